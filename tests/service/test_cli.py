"""The desk-app command: output, exit status and one-line errors."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from desk_app.cli import main
from desk_app.db.database import head_revision


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_then_info_on_both_databases(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, "init")
    assert code == 0 and f"Phiên bản lược đồ: {head_revision()}" in out
    code, out, _ = run(capsys, "--db", db_url, "info")
    assert code == 0
    assert f"Phiên bản lược đồ: {head_revision()} (mới nhất)" in out
    assert "dossiers: 0" in out and "users: 0" in out and "procedures: 0" in out
    assert "password" not in out


def test_due_prints_the_moment_alone_on_the_first_line(capsys, tmp_path):
    db = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "due",
        "--received",
        "2026-11-23 08:37",
        "--limit",
        "3",
        "--unit",
        "working_days",
    )
    lines = out.splitlines()
    assert code == 0 and lines[0] == "2026-11-27 08:37"
    assert any("24/11/2026" in line for line in lines[1:])


def test_due_with_supplements_and_policies(capsys, tmp_path):
    db = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    base = [
        "--db",
        db,
        "due",
        "--received",
        "2026-11-16 08:37",
        "--limit",
        "3",
        "--unit",
        "working_days",
        "--supplement",
        "2026-11-17 08:37/2026-11-19 08:37",
    ]
    assert run(capsys, *base, "--policy", "pause")[1].splitlines()[0] == "2026-11-23 08:37"
    assert run(capsys, *base, "--policy", "restart")[1].splitlines()[0] == "2026-11-25 08:37"
    _code, out, _ = run(
        capsys,
        "--db",
        db,
        "due",
        "--received",
        "2026-11-16 15:30",
        "--limit",
        "0",
        "--unit",
        "same_day",
        "--cutoff",
        "15:00",
    )
    assert out.splitlines()[0] == "2026-11-17 17:00"


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (["--unit", "weeks"], "đơn vị"),
        (["--received", "23/11/2026 08:37"], "thời điểm"),
        (["--limit", "-3"], "âm"),
        (["--limit", "abc"], "số nguyên"),
        (["--supplement", "2026-11-24 08:00/2026-11-23 08:00"], "trước khi bắt đầu"),
        (["--supplement", "2026-11-24 08:00"], "khoảng bổ sung"),
        (["--cutoff", "25:99"], "Giờ"),
        (["--limit", "0"], "lớn hơn 0"),
    ],
)
def test_bad_due_input_is_one_line_and_exit_2(capsys, tmp_path, args, word):
    values = {"--received": "2026-11-23 08:37", "--limit": "3", "--unit": "working_days"}
    argv = ["--db", f"sqlite:///{tmp_path / 'd.sqlite3'}", "due"]
    for key, value in values.items():
        if key not in args:
            argv += [key, value]
    argv += args
    with pytest.raises(SystemExit) as info:
        code = main(argv)
        raise SystemExit(code)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and word in err
    assert "Traceback" not in err


def test_calendar_listing_and_overrides(capsys, tmp_path):
    db = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    code, out, _ = run(capsys, "--db", db, "calendar", "--year", "2026")
    assert code == 0 and out.splitlines()[0].startswith("Năm 2026: confirmed")
    assert "2026-11-24  T3  nghỉ" in out and "2026-01-10  T7  làm việc" in out
    assert "12729/VPCP-KGVX" in out
    code, out, _ = run(capsys, "--db", db, "calendar", "--year", "2028")
    assert "estimated" in out.splitlines()[0]
    code, out, _ = run(
        capsys, "--db", db, "calendar", "set", "2026-12-04", "off", "--reason", "Họp"
    )
    assert code == 0 and "0 hồ sơ thay đổi" in out
    code, out, _ = run(capsys, "--db", db, "calendar", "--year", "2026")
    assert "2026-12-04  T6  nghỉ      Họp  [cơ quan" in out
    code, _, err = run(capsys, "--db", db, "calendar", "unset", "2026-12-05")
    assert code == 2 and "không có điều chỉnh" in err


def test_damaged_database_file_exits_1_naming_the_file(capsys, tmp_path):
    path = tmp_path / "khong-phai-csdl.sqlite3"
    path.write_bytes(b"this is a spreadsheet, not a database" * 50)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    code, _out, err = run(capsys, "--db", f"sqlite:///{path}", "info")
    assert code == 1 and str(path) in err and len(err.strip().splitlines()) == 1
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_installed_entry_point(tmp_path):
    exe = [sys.executable, "-m", "desk_app"]
    result = subprocess.run(
        [*exe, "--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "init"],
        capture_output=True,
        text=True,
        env={"DESK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    help_text = subprocess.run([*exe, "due", "--help"], capture_output=True, text=True).stdout
    assert "--received" in help_text and "hạn giải quyết" in help_text


def test_an_unexpected_error_prints_no_traceback(capsys, tmp_path, monkeypatch):
    import logging

    from desk_app.cli import admin_cmds

    def broken(args):
        raise RuntimeError("bug")

    monkeypatch.setattr(admin_cmds, "cmd_info", broken)
    root = logging.getLogger()
    before = list(root.handlers)
    code = main(["--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "info"])
    err = capsys.readouterr().err
    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)
    assert code == 1 and "Traceback" not in err and "lỗi không mong đợi" in err
