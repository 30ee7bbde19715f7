"""One calendar shared by threads: growing its window or changing the agency's days never
changes an answer under a computation (issue: 2.7 million wrong due moments in a probe)."""

from __future__ import annotations

import datetime as dt
import sys
import threading

from desk_app.domain.calendar import Override, OverrideKind, WorkingCalendar
from desk_app.domain.deadline import LimitUnit, TimeLimit, first_dues

STARTS = [
    dt.datetime(2026, 1, 1, 7, 0) + dt.timedelta(days=d, minutes=7 * d) for d in range(0, 700, 3)
]
LIMITS = [TimeLimit(15, LimitUnit.WORKING_DAYS), TimeLimit(12, LimitUnit.WORKING_HOURS)]
DAY_OFF = Override(dt.date(2026, 6, 10), OverrideKind.OFF, "sự kiện của cơ quan")


def _answers(calendar: WorkingCalendar) -> list:
    found = []
    for limit in LIMITS:
        found.append(tuple(first_dues(calendar, limit, STARTS)))
        found.append(tuple(calendar.add_working_minutes(s, limit.value * 60) for s in STARTS))
    found.append(tuple(calendar.next_working_day(s.date(), 4) for s in STARTS))
    found.append(tuple(calendar.working_minutes_between(STARTS[0], s) for s in STARTS))
    return found


def test_due_moments_hold_while_other_threads_grow_the_window_and_change_the_days():
    # the reference: each configuration computed alone, on a calendar of its own
    expected = {
        False: _answers(WorkingCalendar(years=(2026, 2026))),
        True: _answers(WorkingCalendar(overrides=[DAY_OFF], years=(2026, 2026))),
    }
    assert expected[False] != expected[True]  # the day off does move some answers

    # in force: a narrow window that every worker's question makes grow
    in_force = [WorkingCalendar(years=(2026, 2026))]
    stop = threading.Event()
    wrong: list[str] = []
    rounds = [0]

    def worker() -> None:
        while not stop.is_set():
            calendar = in_force[0]  # the calendar a computation starts with is the one it keeps
            with_day_off = DAY_OFF.day in calendar.overrides
            if _answers(calendar) != expected[with_day_off]:
                wrong.append(f"day off: {with_day_off}")
            rounds[0] += 1

    def grower() -> None:
        year = 2025
        while not stop.is_set() and year > 1905:
            calendar = in_force[0]
            calendar.is_working_day(dt.date(year, 3, 2))  # earlier and earlier: a rebuild each
            calendar.sessions(dt.date(2199 - (2025 - year) // 4, 1, 5))
            year -= 3

    def changer() -> None:
        with_day_off = False
        while not stop.is_set():
            with_day_off = not with_day_off
            overrides = [DAY_OFF] if with_day_off else []
            in_force[0] = WorkingCalendar(overrides=overrides, years=(2026, 2026))
            stop.wait(0.05)

    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads as often as possible
    try:
        threads = [threading.Thread(target=worker) for _ in range(3)]
        threads += [threading.Thread(target=grower), threading.Thread(target=changer)]
        for thread in threads:
            thread.start()
        stop.wait(4.0)
        stop.set()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(old_interval)
    assert rounds[0] >= 6
    assert wrong == []


def test_a_shared_calendar_grows_to_the_same_answers_as_a_wide_one():
    narrow = WorkingCalendar(years=(2026, 2026))
    wide = WorkingCalendar(years=(1990, 2060))
    for moment in (dt.datetime(1995, 2, 3, 9, 0), dt.datetime(2055, 9, 1, 16, 59)):
        assert narrow.add_working_minutes(moment, 25 * 480) == wide.add_working_minutes(
            moment, 25 * 480
        )
        assert narrow.next_opening(moment) == wide.next_opening(moment)
    assert narrow.first_year <= 1995 and narrow.last_year >= 2056
