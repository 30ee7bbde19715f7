"""Reporting periods of Decree 09/2019 (figures close on the 14th) and calendar periods; a
period not yet ended counts its overdue dossiers as of now and says so."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.cli import main
from desk_app.domain.errors import ValidationError
from desk_app.domain.statistics import reporting_period
from desk_app.services import agency, dossiers, report
from desk_app.services.dossiers import Intake

D, T = dt.date, dt.datetime


@pytest.mark.parametrize(
    ("spec", "decree09", "calendar"),
    [
        ("2026-09", (D(2026, 8, 15), D(2026, 9, 14)), (D(2026, 9, 1), D(2026, 9, 30))),
        ("2026-01", (D(2025, 12, 15), D(2026, 1, 14)), (D(2026, 1, 1), D(2026, 1, 31))),
        ("2026-Q1", (D(2025, 12, 15), D(2026, 3, 14)), (D(2026, 1, 1), D(2026, 3, 31))),
        ("2026-q3", (D(2026, 6, 15), D(2026, 9, 14)), (D(2026, 7, 1), D(2026, 9, 30))),
        ("2026-H1", (D(2025, 12, 15), D(2026, 6, 14)), (D(2026, 1, 1), D(2026, 6, 30))),
        ("2026-H2", (D(2026, 6, 15), D(2026, 12, 14)), (D(2026, 7, 1), D(2026, 12, 31))),
        ("2026-9M", (D(2025, 12, 15), D(2026, 9, 14)), (D(2026, 1, 1), D(2026, 9, 30))),
        ("2026", (D(2025, 12, 15), D(2026, 12, 14)), (D(2026, 1, 1), D(2026, 12, 31))),
    ],
)
def test_the_five_kinds_of_period_on_both_cutoffs(spec, decree09, calendar):
    assert reporting_period(spec) == decree09
    assert reporting_period(spec, "decree09") == decree09
    assert reporting_period(spec, "calendar") == calendar


@pytest.mark.parametrize(
    "spec",
    [
        "2026-13",
        "2026-00",
        "2026-Q5",
        "2026-H3",
        "26-Q1",
        "Q3",
        "",
        "2026-Q3; DROP TABLE dossiers",
        "9" * 10_000,
        "1999",
    ],
)
def test_a_malformed_period_is_named(spec):
    with pytest.raises(ValidationError):
        reporting_period(spec)


def test_a_quarter_reproduced_by_hand(db):
    """Four dossiers around the cut-offs of Q3 2026; counted by hand under both rules."""
    for at in (
        T(2026, 6, 14, 16, 59),
        T(2026, 6, 15, 7, 30),
        T(2026, 9, 14, 16, 0),
        T(2026, 9, 15, 7, 30),
    ):
        dossiers.register(db, Intake("1.009645", "Người nộp", received_at=at))
    now = T(2026, 11, 28, 9, 0)
    q3 = report.report(db, *report.period(db, "2026-Q3"), now=now).total
    # decree09, 15/6-14/9: one received before and still open (carried over), two inside
    assert (q3.carried_over, q3.direct_postal, q3.received) == (1, 2, 3)
    agency.update_settings(db, report_cutoff="calendar")
    first, last = report.period(db, "2026-Q3")
    assert (first, last) == (D(2026, 7, 1), D(2026, 9, 30))
    q3 = report.report(db, first, last, now=now).total
    # calendar, 1/7-30/9: two received before July and open, two inside
    assert (q3.carried_over, q3.direct_postal, q3.received) == (2, 2, 4)
    assert q3.received == q3.resolved + q3.in_progress


def test_a_period_not_yet_ended_counts_overdue_as_of_now(db):
    # 1.009645: 15 working days. Received 2/11 09:00: due 23/11 09:00 (24/11 is a day off).
    early = dossiers.register(db, Intake("1.009645", "A", received_at=T(2026, 11, 2, 9, 0)))
    late = dossiers.register(db, Intake("1.009645", "B", received_at=T(2026, 11, 16, 9, 0)))
    assert early.due_at < T(2026, 11, 28, 9, 0) < late.due_at < T(2026, 12, 14, 23, 59)
    first, last = reporting_period("2026-12")  # 15/11 - 14/12/2026
    now = T(2026, 11, 28, 9, 0)
    result = report.report(db, first, last, now=now)
    assert (result.total.overdue, result.total.within_deadline) == (1, 1)
    assert "số liệu đến 09:00 ngày 28/11/2026" in result.period_text
    ended = report.report(db, first, last, now=T(2026, 12, 20, 9, 0))
    assert (ended.total.overdue, ended.total.within_deadline) == (2, 0)
    assert "số liệu đến" not in ended.period_text


def test_report_period_on_the_command_line(capsys, db_url, tmp_path):
    assert main(["--db", db_url, "init", "--samples"]) == 0
    for cutoff in ("decree09", "calendar"):
        assert main(["--db", db_url, "settings", "set", "report_cutoff", cutoff]) == 0
        for spec in ("2026-09", "2026-Q3", "2026-H1", "2026-9M", "2026"):
            out = tmp_path / f"{cutoff}-{spec}.csv"
            assert main(["--db", db_url, "report", "--period", spec, "--out", str(out)]) == 0
            assert out.read_text(encoding="utf-8-sig").splitlines()[-1].startswith("TOTAL")
    capsys.readouterr()
    code = main(["--db", db_url, "report", "--period", "2026-Q9", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "Kỳ báo cáo không hợp lệ" in err and len(err.strip().splitlines()) == 1
