"""A full disk (issue 20, item 6): the register, its log and its index on a small tmpfs filled
to the last byte. The administrator still signs in and gets the data out (backup to another
disk, export, print, find, report); a change is refused in one line; nothing saved is lost.

Mounting a tmpfs needs root (or CAP_SYS_ADMIN): elsewhere the test is skipped, saying so."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

PASSWORD = "mật-khẩu-Quản-trị-1"


def _desk(data: Path, *argv: str, password: bool = True) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", "import sys; from desk_app.cli import main; sys.exit(main())"]
    if password:
        command += ["--user", "admin", "--password-stdin"]
    return subprocess.run(
        [*command, *argv],
        input=f"{PASSWORD}\n{PASSWORD}\n",
        capture_output=True,
        text=True,
        env={**os.environ, "DESK_DATA_DIR": str(data), "DESK_DB_URL": ""},
        timeout=120,
    )


@pytest.fixture
def full_disk(tmp_path):
    mount = tmp_path / "small-disk"
    mount.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the disk-full test runs where it can")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", f"desk-{uuid.uuid4().hex[:8]}", str(mount)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"this machine does not allow a tmpfs mount: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:  # unbuffered: nothing left to fail at close
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return filler


def test_the_administrator_gets_the_data_out_of_a_full_disk(full_disk, tmp_path):
    data = full_disk / "data"
    assert _desk(data, "init", "--samples", password=False).returncode == 0
    made = _desk(data, "user", "add", "admin", "--role", "administrator", "--password-stdin")
    assert made.returncode == 0, made.stderr
    for i in range(3):
        one = ["--procedure", "1.009645", "--applicant", f"Nguyễn Văn {i}"]
        done = _desk(data, "dossier", "register", *one, "--at", f"2026-11-2{i} 09:00")
        assert done.returncode == 0, done.stderr
    _fill(full_disk)
    assert shutil.disk_usage(full_disk).free < 65536
    out = tmp_path / "elsewhere"
    out.mkdir()

    refused = _desk(data, "dossier", "register", "--procedure", "1.009645", "--applicant", "X")
    assert refused.returncode == 1
    assert "đã đầy" in refused.stderr and "Traceback" not in refused.stderr
    assert refused.stderr.count("Đĩa chứa cơ sở dữ liệu") == 1

    month = ["--from", "2026-11-01", "--to", "2026-11-30"]
    reads = {
        "find": ["find", "Nguyen"],
        "export": ["export", str(out / "register.csv")],
        "backup": ["backup", "--to", str(out / "backups")],
        "print": ["print", "register", *month, "--out", str(out / "register.pdf")],
        "report": ["report", *month, "--out", str(out / "report.csv")],
    }
    for name, argv in reads.items():
        done = _desk(data, *argv)
        assert done.returncode == 0, (name, done.stderr)
        assert "Traceback" not in done.stderr and "Logging error" not in done.stderr, name
        # the log's own disk is full: its warnings come here instead, in one line each
        assert all(line.startswith("WARNING: ") for line in done.stderr.splitlines()), name
    assert _desk(data, "find", "Nguyen").stdout.count("Nguyễn Văn") == 3
    assert (out / "register.csv").read_text(encoding="utf-8-sig").count("Nguyễn Văn") == 3
    assert (out / "register.pdf").read_bytes().startswith(b"%PDF")
    copy = next((out / "backups").glob("desk-*.sqlite3"))
    with sqlite3.connect(copy) as con:
        assert con.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 3

    (full_disk / "filler").unlink()  # room again: the register is whole and writable
    assert _desk(data, "audit", "verify").returncode == 0
    again = _desk(data, "dossier", "register", "--procedure", "1.009645", "--applicant", "Y")
    assert again.returncode == 0, again.stderr
