"""The applicant's rating (SQLite and PostgreSQL): only after the return, once, from the
dialog, the applicant's screen or a paper form; and the satisfaction report reconciled by hand
on a small register, by procedure, field, clerk and month, to CSV, XLSX and PDF."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from desk_app.cli import main
from desk_app.domain.errors import ValidationError
from desk_app.domain.roles import Actor, Role
from desk_app.services import auth, dossiers, ratings, users
from desk_app.services.dossiers import Intake
from desk_app.services.ratings import AlreadyRated

T = dt.datetime
INVESTMENT, WORK_PERMIT = "1.009645", "2.000205"


SEPTEMBER = T(2026, 9, 1, 9, 0)


def _returned(db, procedure=INVESTMENT, at=SEPTEMBER, who=None) -> str:
    code = dossiers.register(db, Intake(procedure, "Công ty Đại Phát", received_at=at)).code
    dossiers.apply_event(db, code, "result_ready", at=at + dt.timedelta(days=2))
    day = at + dt.timedelta(days=30)  # after the appointment
    if who is None:
        dossiers.apply_event(db, code, "returned", at=day)
    else:
        with auth.acting_as(who):
            dossiers.apply_event(db, code, "returned", at=day)
    return code


def test_a_dossier_is_rated_once_after_its_return(db):
    code = dossiers.register(db, Intake(INVESTMENT, "Lê Thị Hoa", received_at=SEPTEMBER)).code
    with pytest.raises(ValidationError, match="đã trả kết quả"):
        ratings.rate(db, code, "satisfied")
    code = _returned(db)
    with pytest.raises(ValidationError, match="trước khi trả"):
        ratings.rate(db, code, "satisfied", at=T(2026, 10, 1, 8, 59))
    assert ratings.rate(db, code, "satisfied", at=T(2026, 10, 1, 9, 0)).value == "satisfied"
    with pytest.raises(AlreadyRated, match="một lần"):  # the second attempt
        ratings.rate(db, code, "very_satisfied")
    with pytest.raises(ValidationError, match="Mức đánh giá"):
        ratings.rate(db, _returned(db), "5 stars")
    with pytest.raises(ValidationError, match="quá dài"):
        ratings.rate(db, _returned(db), "unsatisfied", "x" * 1001)
    with pytest.raises(ValidationError, match="điều khiển"):
        ratings.rate(db, _returned(db), "unsatisfied", "ok\x00")
    record = dossiers_record(db, code)
    assert record["rating"] == {"level": "satisfied", "comment": "", "at": "2026-10-01 09:00"}


def dossiers_record(db, code):
    from desk_app.services import dossier_views

    return dossier_views.dossier_record(db, code)


def _small_register(db):
    """Six ratings by hand: investment 3 (Sep: very, satisfied; Oct: unsatisfied), work permit
    3 (Sep: satisfied; Oct: very, very); one rating outside the period (Dec)."""
    quan = users.add_user(db, "quan", "mật-khẩu-dài-1", "administrator", "Phạm Văn Quản")
    quan = Actor(quan.id, "quan", Role.ADMINISTRATOR)
    lan = users.add_user(db, "lan", "mật-khẩu-dài-1", "clerk", "Trần Thị Lan")
    lan = Actor(lan.id, "lan", Role.CLERK)
    plan = [
        (INVESTMENT, T(2026, 9, 10, 9), "very_satisfied", quan),
        (INVESTMENT, T(2026, 9, 11, 9), "satisfied", lan),
        (INVESTMENT, T(2026, 10, 5, 9), "unsatisfied", lan),
        (WORK_PERMIT, T(2026, 9, 12, 9), "satisfied", quan),
        (WORK_PERMIT, T(2026, 10, 6, 9), "very_satisfied", lan),
        (WORK_PERMIT, T(2026, 10, 7, 9), "very_satisfied", quan),
        (WORK_PERMIT, T(2026, 11, 20, 9), "unsatisfied", quan),  # rated in December
    ]
    for procedure, received, level, who in plan:
        code = _returned(db, procedure, received - dt.timedelta(days=30), who)
        rated = received if received.month < 11 else T(2026, 12, 1, 9)
        ratings.rate(db, code, level, at=rated)


def test_the_satisfaction_report_reconciled_by_hand(db, tmp_path):
    _small_register(db)
    first, last = dt.date(2026, 9, 1), dt.date(2026, 10, 31)
    by_procedure = ratings.report(db, first, last, "procedure")
    counted = [
        (r.name[:8], r.very_satisfied, r.satisfied, r.unsatisfied) for r in by_procedure.rows
    ]
    assert counted == [
        ("1.009645", 1, 1, 1),
        ("2.000205", 2, 1, 0),
    ]
    assert by_procedure.total.rated == 6
    assert by_procedure.total.satisfied_rate == pytest.approx(5 / 6)
    by_field = ratings.report(db, first, last, "field")
    assert [(r.name, r.rated) for r in by_field.rows] == [("Lao động", 3), ("Đầu tư", 3)]
    by_clerk = ratings.report(db, first, last, "clerk")
    assert {r.name: r.rated for r in by_clerk.rows} == {"Trần Thị Lan": 3, "Phạm Văn Quản": 3}
    by_month = ratings.report(db, first, last, "month")
    assert [(r.name, r.rated, r.unsatisfied) for r in by_month.rows] == [
        ("09/2026", 3, 0),
        ("10/2026", 3, 1),
    ]
    assert by_month.target == 92
    ratings.write_report(db, by_procedure, tmp_path / "s.csv")
    with (tmp_path / "s.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [
        "name",
        "rated",
        "very_satisfied",
        "satisfied",
        "unsatisfied",
        "satisfied_rate",
    ]
    assert rows[1][1:] == ["3", "1", "1", "1", "66.67"]
    assert rows[-1] == ["TOTAL", "6", "3", "2", "1", "83.33"]
    ratings.write_report(db, by_month, tmp_path / "s.xlsx")
    sheet = load_workbook(tmp_path / "s.xlsx").active
    assert [c.value for c in sheet[4]] == ["TOTAL", "6", "3", "2", "1", "83.33"]
    ratings.write_report(db, by_field, tmp_path / "s.pdf")
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


def test_rating_and_the_report_from_the_command_line(sqlite_db, tmp_path, capsys):
    url = str(sqlite_db.engine.url)
    code = _returned(sqlite_db)
    assert main(["--db", url, "dossier", "rate", code, "very_satisfied", "--comment", "Nhanh"]) == 0
    assert "Rất hài lòng" in capsys.readouterr().out
    assert main(["--db", url, "dossier", "rate", code, "satisfied"]) == 2
    assert "một lần" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:  # argparse names the choices
        main(["--db", url, "dossier", "rate", code, "great"])
    assert exited.value.code == 2
    out = tmp_path / "r.csv"
    today = dt.date.today().isoformat()
    args = ["--db", url, "report", "--kind", "satisfaction", "--by", "month"]
    assert main([*args, "--from", "2026-09-01", "--to", today, "--out", str(out)]) == 0
    assert "1 lượt, hài lòng 100,00 %" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8-sig").splitlines()[-1] == "TOTAL,1,1,0,0,100"
    plain = ["--db", url, "report", "--by", "clerk", "--from", "2026-09-01", "--to", today]
    assert main([*plain, "--out", str(out)]) == 2
    assert "--kind satisfaction" in capsys.readouterr().err
