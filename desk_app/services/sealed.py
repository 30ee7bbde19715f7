"""Backups kept encrypted: a checked copy of the register inside a ZIP archive encrypted with
AES-256 (WinZip AE-2, written by the ``pyzipper`` library), under a passphrase the
administrator chooses and keeps outside the computer. 7-Zip and WinZip open the archive, so
the copy can be read back without the desk; ``desk-app restore`` opens it with the passphrase.

The digitised documents go into the same archive (``files/ab/abcdef...``), so one file carries
the whole register. What it protects: a backup on a USB disk, a network share or a lost laptop
cannot be read without the passphrase. What it does not: the file names inside the archive
(``desk.sqlite3`` and the contents' SHA-256) and their sizes are visible; a forgotten passphrase
cannot be recovered.
"""

from __future__ import annotations

import shutil
import tempfile
import zlib
from pathlib import Path

from desk_app.domain.errors import DeskError, ValidationError

SEALED_SUFFIX = ".zip"
INNER_NAME = "desk.sqlite3"
MIN_PASSPHRASE = 12


class SealedBackupError(DeskError):
    """An encrypted backup cannot be opened: wrong passphrase, or not such an archive."""


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            f"Mật khẩu của bản sao lưu cần ít nhất {MIN_PASSPHRASE} ký tự", "passphrase"
        )
    return passphrase


FILES = "files/"  # the digitised documents, by their SHA-256 (services.attachments)


def seal(plain: Path, target: Path, passphrase: str, files: Path | None = None) -> Path:
    """Write ``plain`` into the encrypted archive ``target`` (through a temporary file
    beside it: a reader never sees half an archive), with the contents in the folder ``files``
    (kept as they are: scans and PDFs are compressed already)."""
    import pyzipper

    check_passphrase(passphrase)
    partial = target.with_name(target.name + ".part")
    try:
        with pyzipper.AESZipFile(
            partial, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
        ) as archive:
            archive.setpassword(passphrase.encode("utf-8"))
            archive.setencryption(pyzipper.WZ_AES, nbits=256)
            archive.write(plain, INNER_NAME)
            for path in sorted(files.glob("??/*")) if files is not None else ():
                if len(path.name) == 64 and path.is_file():
                    name = f"{FILES}{path.parent.name}/{path.name}"
                    archive.write(path, name, compress_type=pyzipper.ZIP_STORED)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def is_sealed(path: Path) -> bool:
    return path.name.endswith(SEALED_SUFFIX)


def unseal(archive_path: Path, passphrase: str, folder: Path) -> Path:
    """The register inside ``archive_path``, written into ``folder`` under the archive's name
    less ``.zip``; the passphrase is checked by the archive's own authentication."""
    import pyzipper

    target = folder / archive_path.name.removesuffix(SEALED_SUFFIX)
    try:
        with pyzipper.AESZipFile(archive_path) as archive:
            archive.setpassword(passphrase.encode("utf-8"))
            if INNER_NAME not in archive.namelist():
                raise SealedBackupError(
                    f"{archive_path.name} không phải bản sao lưu của chương trình"
                )
            with archive.open(INNER_NAME) as source, target.open("wb") as out:
                shutil.copyfileobj(source, out, 1 << 20)
            for name in archive.namelist():
                parts = name.split("/")
                if name.startswith(FILES) and len(parts) == 3 and len(parts[2]) == 64:
                    inner = folder / "files" / parts[1] / parts[2]
                    inner.parent.mkdir(parents=True, exist_ok=True)
                    with archive.open(name) as source, inner.open("wb") as out:
                        shutil.copyfileobj(source, out, 1 << 20)
    except RuntimeError as exc:  # pyzipper: "Bad password for file"
        target.unlink(missing_ok=True)
        raise SealedBackupError(f"Sai mật khẩu của bản sao lưu {archive_path.name}") from exc
    except (pyzipper.BadZipFile, zlib.error, OSError, EOFError) as exc:
        target.unlink(missing_ok=True)
        raise SealedBackupError(
            f"Không mở được bản sao lưu mã hóa {archive_path.name}: {exc}"
        ) from exc
    return target


def temporary_folder() -> tempfile.TemporaryDirectory:
    """Where a plain copy lives while it is sealed or restored: the system's temporary
    folder, readable by this user alone (the desk's umask), removed afterwards."""
    return tempfile.TemporaryDirectory(prefix="desk-sealed-")
