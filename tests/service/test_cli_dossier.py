"""``desk-app dossier`` and ``desk-app settings`` on SQLite and PostgreSQL: a whole life from the
command line, and every refusal as exit 2 with one line."""

from __future__ import annotations

import json

import pytest

from desk_app.cli import main
from desk_app.services import users


def run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url(capsys, db_url):
    assert main(["--db", db_url, "init", "--samples"]) == 0
    capsys.readouterr()
    return db_url


def test_a_dossier_registered_acted_on_and_shown(capsys, url, tmp_path):
    receipt = tmp_path / "receipt.pdf"
    code, out, err = run(
        capsys,
        "--db",
        url,
        "dossier",
        "register",
        "--procedure",
        "1.009645",
        "--applicant",
        "Công ty TNHH Đại Phát",
        "--kind",
        "organisation",
        "--id",
        "3603123456",
        "--documents",
        "Đơn đề nghị=1/0/0;Bản sao giấy phép=0/1/2",
        "--at",
        "2026-11-23 08:37",
        "--print",
        str(receipt),
    )
    assert code == 0, err
    dossier = out.splitlines()[0]
    assert dossier == "000.00.00.X99-261123-0001"  # the code alone on the first line
    assert receipt.read_bytes().startswith(b"%PDF")
    steps = [
        ("handed_over", "--at", "2026-11-23 10:00", "--to", "Phòng Quản lý đầu tư"),
        ("supplement_requested", "--at", "2026-11-24 09:00", "--item", "Bản sao điều lệ"),
        ("supplement_received", "--at", "2026-11-26 09:00"),
        ("result_ready", "--at", "2026-12-10 15:00"),
        # before the appointment: how and when the applicant was told (Decree 118/2025)
        (
            "returned",
            *("--at", "2026-12-11 08:00", "--to", "Nguyễn Văn A"),
            *("--told-how", "sms", "--told-at", "2026-12-10 15:30"),
        ),
    ]
    for step in steps:
        code, out, err = run(capsys, "--db", url, "dossier", "act", dossier, *step)
        assert code == 0, err
    code, out, _ = run(capsys, "--db", url, "dossier", "show", dossier, "--json")
    record = json.loads(out)
    assert {
        "code",
        "register_no",
        "state",
        "outcome",
        "procedure_code",
        "applicant_name",
        "received_at",
        "legal_due_at",
        "appointment_at",
        "resolved_at",
        "returned_at",
        "events",
    } <= set(record)
    assert record["state"] == "returned" and record["outcome"] == "returned"
    assert record["received_at"] == "2026-11-23 08:37"
    assert record["resolved_at"] == "2026-12-10 15:00"
    assert record["returned_at"] == "2026-12-11 08:00"
    assert record["legal_due_at"] == "2026-12-17 09:00"  # restarted: 15 days from 26/11 09:00
    assert [e["kind"] for e in record["events"]] == ["received"] + [s[0] for s in steps]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["act", "{code}", "refused"], "lý do từ chối"),
        (["act", "{code}", "stopped", "--reason", " "], "lý do dừng"),
        (["act", "{code}", "returned"], "không"),  # not allowed in its state
        (["act", "{code}", "teleported"], "lựa chọn không hợp lệ"),
        (["act", "000.00.00.X99-261123-9999", "handed_over"], "Không tìm thấy"),
        (["act", "{code}", "handed_over", "--at", "2026-13-01 10:00"], "thời điểm"),
        (["act", "{code}", "refused", "--reason", "lý do\x00"], "ký tự điều khiển"),
        (["register", "--procedure", "9.999", "--applicant", "A"], "thủ tục"),
        (["register", "--procedure", "1.009645", "--applicant", "   "], "tên"),
        (["register", "--procedure", "1.009645", "--applicant", "A", "--id", "12"], "CCCD"),
        (["register", "--procedure", "1.009645", "--applicant", "A", "--code", "X-1"], "Mã hồ sơ"),
        (
            ["register", "--procedure", "1.009645", "--applicant", "A", "--at", "2099-01-01 08:00"],
            "tương lai",
        ),
        (
            ["register", "--procedure", "1.009645", "--applicant", "A", "--documents", "Đơn=a/b"],
            "số bản",
        ),
        (["show", "{code}x"], "Không tìm thấy"),
    ],
)
def test_bad_input_is_exit_2_and_one_line(capsys, url, argv, words):
    code, out, _ = run(
        capsys, "--db", url, "dossier", "register", "--procedure", "1.009645", "--applicant", "B"
    )
    dossier = out.splitlines()[0]
    code, out, err = run(capsys, "--db", url, "dossier", *[a.format(code=dossier) for a in argv])
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and words.lower() in err.lower()
    assert "Traceback" not in err


def test_a_code_issued_by_the_province_is_checked_and_taken_once(capsys, url):
    settings = ["--db", url, "settings", "set"]
    argv = ["--db", url, "dossier", "register", "--procedure", "1.009645", "--applicant", "C"]
    # a new installation's placeholder identifier numbers nothing
    assert run(capsys, *settings, "unit_code", "000.00.00.H00")[0] == 0
    code, _, err = run(capsys, *argv, "--at", "2026-11-23 08:00")
    assert code == 2 and "Chưa đặt mã định danh" in err and len(err.splitlines()) == 1
    assert run(capsys, *settings, "unit_code", "000.17.22.H56")[0] == 0
    given = "000.17.22.H56-261123-0042"
    code, out, _ = run(capsys, *argv, "--at", "2026-11-23 09:00", "--code", given.lower())
    assert code == 0 and out.splitlines()[0] == given
    code, _, err = run(capsys, *argv, "--at", "2026-11-23 09:10", "--code", given)
    assert code == 2 and "đã có trong sổ" in err
    code, _, err = run(capsys, *argv, "--at", "2026-11-24 09:10", "--code", given)
    assert code == 2 and "ngày khác" in err
    other_unit = "000.17.22.H57-261123-0043"
    code, _, err = run(capsys, *argv, "--at", "2026-11-23 09:15", "--code", other_unit)
    assert code == 2 and "không mang mã định danh" in err
    # the provincial system issues every code: without one the desk refuses ...
    assert run(capsys, *settings, "code_source", "provincial")[0] == 0
    code, _, err = run(capsys, *argv, "--at", "2026-11-23 09:20")
    assert code == 2 and "do hệ thống thông tin" in err
    # ... and with one it keeps its own yearly register number
    code, out, _ = run(capsys, *argv, "--at", "2026-11-23 09:30", "--code", given[:-2] + "44")
    assert code == 0 and "000.17.22.H56-261123-0044" in out
    code, out, _ = run(capsys, "--db", url, "dossier", "show", "000.17.22.H56-261123-0044")
    assert "register_no: 2\n" in out  # its own yearly register number goes on
    assert run(capsys, *settings, "code_source", "tỉnh")[0] == 2


def test_settings_show_and_set_are_the_screens_rules(capsys, url):
    code, out, _ = run(capsys, "--db", url, "settings", "set", "warning_days", "5")
    assert code == 0 and "warning_days: 2 -> 5" in out
    code, out, _ = run(capsys, "--db", url, "settings", "show")
    assert code == 0 and "warning_days = 5" in out and "unit_code = 000.00.00.X99" in out
    for key, value, words in [
        ("warning_days", "99", "từ 0 đến 30"),
        ("paper", "A3", "A4 hoặc A5"),
        ("print_directly", "maybe", "true hoặc false"),
        ("idle_lock_minutes", "-1", "số nguyên"),
        ("unit_code", "000.00", "Mã định danh"),
        ("name", '=HYPERLINK("x")\x07', "ký tự điều khiển"),
        ("office_hours", "{not json", "JSON"),
        ("nonsense", "1", "Không có cài đặt"),
    ]:
        code, _, err = run(capsys, "--db", url, "settings", "set", key, value)
        assert code == 2 and words in err, (key, err)
        assert len(err.strip().splitlines()) == 1
    code, out, _ = run(
        capsys, "--db", url, "settings", "set", "office_hours", '{"mon": ["08:00-11:00"]}'
    )
    assert code == 0 and "office_hours" in out


@pytest.mark.no_actor
def test_settings_need_an_administrator(capsys, url, monkeypatch):
    from desk_app.db.database import open_database
    from desk_app.services import auth

    db = open_database(url)
    with auth.acting_as(None):
        users.add_user(db, "admin", "mật-khẩu-Đúng-1", "administrator")
    with auth.acting_as(users.authenticate(db, "admin", "mật-khẩu-Đúng-1")):
        users.add_user(db, "lan", "mật-khẩu-Lan-1", "clerk")
    db.dispose()
    import io

    for argv in (["settings", "show"], ["settings", "set", "warning_days", "4"]):
        monkeypatch.setattr("sys.stdin", io.StringIO("mật-khẩu-Lan-1\n"))
        code, _, err = run(capsys, "--db", url, "--user", "lan", "--password-stdin", *argv)
        assert code == 2 and len(err.strip().splitlines()) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("mật-khẩu-Đúng-1\n"))
    code, out, _ = run(
        capsys, "--db", url, "--user", "admin", "--password-stdin", "settings", "show"
    )
    assert code == 0 and "warning_days" in out


def test_files_with_personal_data_are_the_users_alone(tmp_path):
    """The database, its folder, backups, PDFs, exports and logs: 0600 files in 0700 folders
    (POSIX), whatever the umask of the shell that started the desk."""
    import os
    import stat
    import subprocess
    import sys

    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    data = tmp_path / "data"
    env = {**os.environ, "DESK_DATA_DIR": str(data)}
    script = (
        "import os, sys; os.umask(0o022); from desk_app.cli import main; "
        "sys.exit(main(sys.argv[1:]))"
    )

    def desk(*argv: str) -> None:
        done = subprocess.run(
            [sys.executable, "-c", script, *argv], env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr

    desk("init", "--samples")
    desk(
        "dossier",
        "register",
        "--procedure",
        "1.009645",
        "--applicant",
        "A",
        "--print",
        str(data / "r.pdf"),
    )
    desk("backup")
    desk("export", str(data / "register.csv"))
    files = [p for p in data.rglob("*") if p.is_file()]
    folders = [data, *(p for p in data.rglob("*") if p.is_dir())]
    assert any(p.suffix == ".pdf" for p in files) and any("backups" in p.parts for p in files)
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == {"0o600"}
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in folders} == {"0o700"}


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["find", "."], "Không tìm thấy"),
        (["find", "-"], "Không tìm thấy"),
        (["find", "+"], "Không tìm thấy"),
        (["find", "("], "Không tìm thấy"),
        (["find", "a" * 100_000], "quá dài"),
        (["find", "12345678901234567890123"], "Không tìm thấy"),
        (["audit", "list", "--limit", "99999999999999999999"], "số lượng"),
        (["audit", "list", "--limit", "-1"], "số lượng"),
    ],
)
def test_hostile_queries_get_one_line(capsys, url, argv, words):
    code, _, err = run(capsys, "--db", url, *argv)
    assert code in (1, 2) and words in err  # 1: nothing found, 2: refused
    assert len(err.strip().splitlines()) == 1 and "không mong đợi" not in err


def test_due_refuses_a_supplement_before_the_receipt(capsys, tmp_path):
    argv = ["--db", f"sqlite:///{tmp_path / 'd.sqlite3'}", "due", "--received", "2026-11-23 08:37"]
    argv += ["--limit", "3", "--unit", "working_days"]
    code, _, err = run(capsys, *argv, "--supplement", "2026-11-20 09:00/2026-11-24 09:00")
    assert code == 2 and "trước khi tiếp nhận" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, *argv, "--supplement", "2026-11-23 08:37/2026-11-25 09:00")
    assert code == 0 and out.splitlines()[0].startswith("2026-11")
