"""Backups kept encrypted (issue 20, item 9): `backup --encrypt` writes an AES-256 ZIP that
holds no readable personal data and no plain copy beside it; `restore` opens it only with the
passphrase, and the register comes back whole."""

from __future__ import annotations

import io
import os
import stat

import pytest
import pyzipper

from desk_app.cli import main

ADMIN, PASSPHRASE = "mật-khẩu-Quản-trị-1", "cụm mật khẩu sao lưu 2026"
NAME = "Phạm Thị Bí Mật"


def run(capsys, monkeypatch, stdin: str, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def register(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'data' / 'desk.sqlite3'}"
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    assert run(capsys, monkeypatch, "", "--db", url, "init", "--samples")[0] == 0
    made = run(
        capsys,
        monkeypatch,
        f"{ADMIN}\n",
        *("--db", url, "user", "add", "admin", "--role", "administrator", "--password-stdin"),
    )
    assert made[0] == 0, made[2]
    for name in (NAME, "Lê Văn Hai"):
        argv = ["dossier", "register", "--procedure", "1.009645", "--applicant", name]
        done = run(capsys, monkeypatch, f"{ADMIN}\n", "--db", url, *_as_admin(), *argv)
        assert done[0] == 0, done[2]
    return url


def _as_admin() -> list[str]:
    return ["--user", "admin", "--password-stdin"]


def test_an_encrypted_backup_hides_the_register_and_restores_with_its_passphrase(
    register, tmp_path, capsys, monkeypatch
):
    url, folder = register, tmp_path / "usb"
    argv = ["--db", url, *_as_admin(), "backup", "--to", str(folder), "--encrypt"]
    code, _, err = run(capsys, monkeypatch, f"{ADMIN}\nngắn\n", *argv)
    assert code == 2 and "ít nhất 12 ký tự" in err  # too short a passphrase
    code, _, err = run(capsys, monkeypatch, f"{ADMIN}\n{PASSPHRASE}\n", *argv)
    assert code == 0, err
    files = sorted(p.name for p in folder.iterdir())
    archive = next(folder.glob("desk-*.sqlite3.zip"))
    assert not list(folder.glob("*.sqlite3")) and not list(folder.glob("*.part"))  # no plain copy
    assert files == sorted([archive.name, "audit-checkpoints.jsonl"])
    data = archive.read_bytes()
    assert NAME.encode() not in data and b"SQLite format 3" not in data
    if os.name == "posix":
        assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    with pyzipper.AESZipFile(archive) as opened:  # what 7-Zip would do
        opened.setpassword(b"wrong passphrase!!")
        with pytest.raises(RuntimeError):
            opened.read("desk.sqlite3")

    restore = ["--db", url, *_as_admin(), "restore", str(archive)]
    code, _, err = run(capsys, monkeypatch, f"{ADMIN}\nsai cụm mật khẩu rồi\n", *restore)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Sai mật khẩu" in err
    # a change after the backup, then the backup restored: the change is gone, the rest back
    more = ["dossier", "register", "--procedure", "1.009645", "--applicant", "Sau sao lưu"]
    assert run(capsys, monkeypatch, f"{ADMIN}\n", "--db", url, *_as_admin(), *more)[0] == 0
    code, _out, err = run(capsys, monkeypatch, f"{ADMIN}\n{PASSPHRASE}\n", *restore)
    assert code == 0, err
    find = ["--db", url, *_as_admin(), "find"]
    assert NAME in run(capsys, monkeypatch, f"{ADMIN}\n", *find, "Pham Thi")[1]
    assert run(capsys, monkeypatch, f"{ADMIN}\n", *find, "Sau sao luu")[0] == 1  # not found
    verify = run(capsys, monkeypatch, f"{ADMIN}\n", "--db", url, *_as_admin(), "audit", "verify")
    assert verify[0] == 0, verify[2]


def test_the_service_restores_an_encrypted_backup_only_with_its_passphrase(register, tmp_path):
    """The window and the command line share ``restore_register``: the archive is opened
    there, not in one of them."""
    from desk_app.domain.errors import ValidationError
    from desk_app.domain.roles import SYSTEM
    from desk_app.services import backup, sealed
    from desk_app.services.desk import Desk, restore_register

    db = Desk.open(register).database
    try:
        from desk_app.services import auth

        with auth.acting_as(SYSTEM):
            made = backup.backup(db, tmp_path / "usb", passphrase=PASSPHRASE).path
    finally:
        db.dispose()
    with pytest.raises(ValidationError, match="cần mật khẩu"):
        restore_register(register, made, lambda desk: SYSTEM)
    with pytest.raises(sealed.SealedBackupError, match="Sai mật khẩu"):
        restore_register(register, made, lambda desk: SYSTEM, "không phải cụm này")
    done = restore_register(register, made, lambda desk: SYSTEM, PASSPHRASE)
    assert done is not None and done.kept_aside is not None
