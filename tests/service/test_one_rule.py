"""Each rule has one definition, and its SQL form answers as the Python one does at the edges:
the due minute, one minute before and one after, the day's first and last minute, for every
unit of time limit (working days, working hours, half days, calendar days, same day)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from desk_app.domain.deadline import (
    Classification,
    LimitUnit,
    TimeLimit,
    WarningLevel,
    classify,
    warning_level,
)
from desk_app.services import catalogue, dossiers, report, search
from desk_app.services.catalogue import ProcedureSpec
from desk_app.services.dossiers import Intake

T = dt.datetime
RECEIVED = T(2026, 11, 23, 8, 37)  # a Monday; Tuesday 24/11 is Vietnamese Culture Day
LIMITS = {
    "P.WD": TimeLimit(3, LimitUnit.WORKING_DAYS),
    "P.WH": TimeLimit(4, LimitUnit.WORKING_HOURS),
    "P.HD": TimeLimit(3, LimitUnit.HALF_DAYS),
    "P.CD": TimeLimit(5, LimitUnit.CALENDAR_DAYS),
    "P.SD": TimeLimit(0, LimitUnit.SAME_DAY, dt.time(15, 0)),
}
MINUTE = dt.timedelta(minutes=1)


@pytest.fixture
def procedures(db):
    with db.write() as session:
        for code, limit in LIMITS.items():
            spec = ProcedureSpec(code, f"Thủ tục {code}", "Kiểm tra", limit, "", ("Đơn",), "")
            catalogue.upsert(session, spec)
    return db


def _edges(due: dt.datetime) -> list[dt.datetime]:
    midnight = dt.datetime.combine(due.date(), dt.time())
    return [
        due - MINUTE,
        due,
        due + MINUTE,
        midnight,
        midnight + dt.timedelta(days=1) - MINUTE,
        midnight + dt.timedelta(days=1),
        due - dt.timedelta(days=1),
    ]


@pytest.mark.parametrize("code", list(LIMITS))
def test_early_on_time_late_in_sql_is_the_domain_rule(procedures, code):
    db = procedures
    first = dossiers.register(db, Intake(code, "Người nộp", received_at=RECEIVED))
    due = first.due_at
    assert due is not None
    expected = Counter()
    for moment in _edges(due):
        if moment < RECEIVED:
            continue
        made = dossiers.register(db, Intake(code, "Người nộp", received_at=RECEIVED))
        dossiers.apply_event(db, made.code, "result_ready", at=moment)
        expected[classify(made.due_at, moment)] += 1
    counts = report.report(db, RECEIVED.date(), due.date() + dt.timedelta(days=3)).total
    assert (counts.early, counts.on_time, counts.late) == (
        expected[Classification.EARLY],
        expected[Classification.ON_TIME],
        expected[Classification.LATE],
    )
    assert expected[Classification.ON_TIME] and expected[Classification.LATE]


@pytest.mark.parametrize("code", list(LIMITS))
@pytest.mark.parametrize("soon_days", [0, 2])
def test_warning_levels_in_sql_are_the_domain_rule(procedures, code, soon_days):
    db = procedures
    made = dossiers.register(db, Intake(code, "Người nộp", received_at=RECEIVED))
    calendar = dossiers.calendar_service.current_calendar(db)
    due = made.due_at
    seen = set()
    for now in [*_edges(due), due - dt.timedelta(days=2), due - dt.timedelta(days=6)]:
        python = warning_level(
            calendar, dossiers.Deadline(RECEIVED, due, False), now, soon_days=soon_days
        )
        assert _sql_level(db, now, soon_days) == python, (code, now, soon_days)
        seen.add(python)
    assert {WarningLevel.OVERDUE, WarningLevel.DUE_TODAY} <= seen


def _sql_level(db, now: dt.datetime, soon_days: int) -> WarningLevel:
    """The level whose SQL conditions select the one dossier, with the warning days set."""
    from desk_app.services import agency

    agency.update_settings(db, warning_days=soon_days)
    matched = []
    with db.read() as session:
        for level in WarningLevel:
            if level is WarningLevel.PAUSED:
                continue
            page = search.search_dossiers(
                session, search.Criteria(warning=level), now=now, count=False
            )
            if page.rows:
                matched.append(level)
    assert len(matched) == 1, matched  # the intervals neither overlap nor leave a gap
    return matched[0]
