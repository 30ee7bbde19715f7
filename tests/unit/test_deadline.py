"""Due moments for every unit and supplement policy, on the official calendar."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from desk_app.domain.calendar import (
    OfficeHours,
    Override,
    OverrideKind,
    WorkingCalendar,
    load_official_calendar,
)
from desk_app.domain.deadline import (
    Classification,
    Clock,
    Deadline,
    LimitUnit,
    Pause,
    SupplementPolicy,
    TimeLimit,
    WarningLevel,
    classify,
    compute_deadline,
    first_dues,
    remaining_minutes,
    warning_level,
)
from desk_app.domain.errors import ValidationError

T = dt.datetime
WD = LimitUnit.WORKING_DAYS


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar(official=load_official_calendar())


def due(cal, received, value, unit=WD, cutoff=None, pauses=(), policy=SupplementPolicy.RESTART):
    limit = TimeLimit(value, unit, cutoff)
    return compute_deadline(cal, Clock(received, limit, tuple(pauses), policy)).due


# --------------------------------------------------------------------------- working days


def test_clock_position_is_carried(cal):
    # Monday 08:37 + 3 working days = Thursday 08:37
    assert due(cal, T(2026, 11, 16, 8, 37), 3) == T(2026, 11, 19, 8, 37)


def test_culture_day_pushes_the_due_date(cal):
    # Monday 23/11/2026 + 3: Tuesday 24/11 is Vietnamese Culture Day
    assert due(cal, T(2026, 11, 23, 8, 37), 3) == T(2026, 11, 27, 8, 37)


def test_received_at_11_45_counts_from_the_afternoon_opening(cal):
    clock = Clock(T(2026, 11, 16, 11, 45), TimeLimit(1, WD))
    assert compute_deadline(cal, clock).start == T(2026, 11, 16, 13, 30)
    # 210 minutes on Monday afternoon + 240 on Tuesday morning: the day is used up at 11:30,
    # the earliest moment with a full working day behind it (the same working instant as 13:30)
    assert due(cal, T(2026, 11, 16, 11, 45), 1) == T(2026, 11, 17, 11, 30)


def test_received_at_17_30_counts_from_next_morning(cal):
    # Friday 17:30 -> Monday 23/11 07:30; Tuesday 24/11 is off -> Wednesday 25/11 17:00
    assert due(cal, T(2026, 11, 20, 17, 30), 2) == T(2026, 11, 25, 17, 0)
    # an ordinary week: Monday 16/11 17:30 -> Tuesday 07:30 -> 1 day -> Tuesday 17:00
    assert due(cal, T(2026, 11, 16, 17, 30), 1) == T(2026, 11, 17, 17, 0)


def test_received_on_sunday(cal):
    # Sunday 22/11 -> Monday 23/11 07:30 -> 1 working day -> Monday 17:00
    assert due(cal, T(2026, 11, 22, 10, 0), 1) == T(2026, 11, 23, 17, 0)


def test_received_on_a_worked_saturday_counts_that_day(cal):
    # Saturday 10/1/2026 is a worked day (swap for Friday 2/1)
    assert due(cal, T(2026, 1, 10, 9, 0), 1) == T(2026, 1, 12, 9, 0)


def test_worked_saturday_is_a_working_day_inside_the_term(cal):
    # Thursday 8/1/2026 09:00 + 2 working days: Friday 9, Saturday 10 (worked)
    assert due(cal, T(2026, 1, 8, 9, 0), 2) == T(2026, 1, 10, 9, 0)
    # 2024: Saturday 4/5 worked, Monday 29/4 - Wednesday 1/5 off
    assert due(cal, T(2024, 4, 26, 9, 0), 1) == T(2024, 5, 2, 9, 0)
    assert due(cal, T(2024, 5, 3, 9, 0), 1) == T(2024, 5, 4, 9, 0)


def test_tet_span_followed_by_a_weekend(cal):
    # Friday 13/2/2026 10:00 + 1 working day: Tết 14-22/2 -> Monday 23/2 10:00
    assert due(cal, T(2026, 2, 13, 10, 0), 1) == T(2026, 2, 23, 10, 0)
    # 2025: Friday 24/1 + 1 -> Tết until Sunday 2/2 -> Monday 3/2
    assert due(cal, T(2025, 1, 24, 10, 0), 1) == T(2025, 2, 3, 10, 0)
    # 2023: Thursday 19/1 + 2 -> Friday 20 off, 23-26 off -> Fri 27/1 and Mon 30/1
    assert due(cal, T(2023, 1, 19, 10, 0), 2) == T(2023, 1, 30, 10, 0)
    # 2024: Wednesday 7/2 + 1 -> Tết 8-14/2 -> Thursday 15/2
    assert due(cal, T(2024, 2, 7, 10, 0), 1) == T(2024, 2, 15, 10, 0)


def test_make_up_days(cal):
    # 2023: Hùng Kings (Sat 29/4) and 30/4 (Sun) made up on Tue 2/5 and Wed 3/5; 1/5 off
    assert due(cal, T(2023, 4, 28, 10, 0), 1) == T(2023, 5, 4, 10, 0)
    # 2026: Hùng Kings on Sunday 26/4, made up Monday 27/4
    assert due(cal, T(2026, 4, 24, 10, 0), 1) == T(2026, 4, 28, 10, 0)
    # 2023: 2/9 on Saturday, made up Monday 4/9; Friday 1/9 off too
    assert due(cal, T(2023, 8, 31, 10, 0), 1) == T(2023, 9, 5, 10, 0)


def test_the_25_day_example(cal):
    # 25 working days from Monday 3/8/2026 08:37: the swap (Sat 22/8 worked, Mon 31/8 off) and
    # 1-2/9 are inside the term.
    result = due(cal, T(2026, 8, 3, 8, 37), 25)
    assert result == T(2026, 9, 9, 8, 37)
    assert cal.working_minutes_between(T(2026, 8, 3, 8, 37), result) == 25 * 450


def test_day_with_only_a_morning_session():
    cal = WorkingCalendar(
        official=load_official_calendar(),
        overrides=[Override(dt.date(2026, 11, 26), OverrideKind.MORNING, "Chiều họp")],
    )
    # Thursday 26/11 has only 07:30-11:30 (240 minutes); received 09:00 with 1 working day (450):
    # 150 on Thursday, 300 on Friday from 07:30 -> 07:30 + 240 = 11:30, then 60 more -> 14:30
    assert due(cal, T(2026, 11, 26, 9, 0), 1) == T(2026, 11, 27, 14, 30)
    # received in the afternoon of that day: counts from Friday's opening
    assert due(cal, T(2026, 11, 26, 14, 0), 1) == T(2026, 11, 27, 17, 0)


# --------------------------------------------------------------------------- other units


def test_half_days(cal):
    # one half day = 225 minutes: Monday 08:00 -> 11:30 is 210, then 15 after 13:30
    assert due(cal, T(2026, 11, 16, 8, 0), 1, LimitUnit.HALF_DAYS) == T(2026, 11, 16, 13, 45)
    assert due(cal, T(2026, 11, 16, 7, 30), 2, LimitUnit.HALF_DAYS) == T(2026, 11, 16, 17, 0)


def test_working_hours(cal):
    # certificate of origin: 8 working hours from Monday 15:00 -> 2h Monday, 4h + 2h Tuesday
    assert due(cal, T(2026, 11, 16, 15, 0), 8, LimitUnit.WORKING_HOURS) == T(2026, 11, 17, 15, 30)
    # across Culture Day
    assert due(cal, T(2026, 11, 23, 15, 0), 4, LimitUnit.WORKING_HOURS) == T(2026, 11, 25, 9, 30)


def test_calendar_days(cal):
    # Monday 16/11 + 10 days -> Thursday 26/11, close of office
    assert due(cal, T(2026, 11, 16, 9, 0), 10, LimitUnit.CALENDAR_DAYS) == T(2026, 11, 26, 17, 0)
    # last day Saturday 21/11 -> close of Monday 23/11
    assert due(cal, T(2026, 11, 16, 9, 0), 5, LimitUnit.CALENDAR_DAYS) == T(2026, 11, 23, 17, 0)
    # last day Tuesday 24/11 (Culture Day) -> Wednesday 25/11
    assert due(cal, T(2026, 11, 16, 9, 0), 8, LimitUnit.CALENDAR_DAYS) == T(2026, 11, 25, 17, 0)
    # received Friday after hours: the clock starts Monday, the term on Tuesday
    assert due(cal, T(2026, 11, 13, 18, 0), 1, LimitUnit.CALENDAR_DAYS) == T(2026, 11, 17, 17, 0)


def test_same_day_with_cutoff(cal):
    cutoff = dt.time(15, 0)
    same = LimitUnit.SAME_DAY
    assert due(cal, T(2026, 11, 16, 14, 59), 0, same, cutoff) == T(2026, 11, 16, 17, 0)
    assert due(cal, T(2026, 11, 16, 15, 0), 0, same, cutoff) == T(2026, 11, 16, 17, 0)
    assert due(cal, T(2026, 11, 16, 15, 1), 0, same, cutoff) == T(2026, 11, 17, 17, 0)
    # Monday 23/11 after the cut-off: Tuesday is Culture Day -> Wednesday
    assert due(cal, T(2026, 11, 23, 16, 0), 0, same, cutoff) == T(2026, 11, 25, 17, 0)
    # without a cut-off the whole day counts; after hours -> next working day
    assert due(cal, T(2026, 11, 16, 16, 59), 0, same) == T(2026, 11, 16, 17, 0)
    assert due(cal, T(2026, 11, 16, 17, 30), 0, same) == T(2026, 11, 17, 17, 0)


# --------------------------------------------------------------------------- supplements


def test_restart_policy_runs_the_full_limit_again(cal):
    pauses = [Pause(T(2026, 11, 17, 9, 0), T(2026, 11, 19, 10, 0))]
    # completed dossier back Thursday 19/11 10:00 + 3 days -> Tuesday 24/11 is off -> Wed 25/11?
    # Thu 19 10:00 -> Fri 20, Mon 23, Wed 25 10:00
    assert due(cal, T(2026, 11, 16, 8, 37), 3, pauses=pauses) == T(2026, 11, 25, 10, 0)


def test_pause_policy_does_not_count_the_wait(cal):
    pauses = [Pause(T(2026, 11, 17, 8, 37), T(2026, 11, 19, 8, 37))]
    # 1 day used (Mon 08:37 -> Tue 08:37), 2 left from Thu 08:37 -> Fri, Mon -> Mon 23/11 08:37
    result = due(cal, T(2026, 11, 16, 8, 37), 3, pauses=pauses, policy=SupplementPolicy.PAUSE)
    assert result == T(2026, 11, 23, 8, 37)


def test_several_supplement_rounds(cal):
    pauses = [
        Pause(T(2026, 11, 17, 8, 37), T(2026, 11, 18, 8, 37)),
        Pause(T(2026, 11, 19, 8, 37), T(2026, 11, 20, 8, 37)),
    ]
    pause_due = due(cal, T(2026, 11, 16, 8, 37), 3, pauses=pauses, policy=SupplementPolicy.PAUSE)
    # used: Mon->Tue (1), Wed->Thu (1), 1 left from Fri 08:37 -> Mon 23/11 08:37
    assert pause_due == T(2026, 11, 23, 8, 37)
    restart_due = due(cal, T(2026, 11, 16, 8, 37), 3, pauses=pauses)
    assert restart_due == T(2026, 11, 26, 8, 37)  # Fri 20 + 3: Mon 23, Wed 25, Thu 26


def test_open_supplement_request_pauses_the_clock(cal):
    clock = Clock(
        T(2026, 11, 16, 8, 37),
        TimeLimit(3, WD),
        (Pause(T(2026, 11, 17, 8, 37)),),
        SupplementPolicy.PAUSE,
    )
    deadline = compute_deadline(cal, clock)
    assert deadline.due is None and deadline.paused
    assert deadline.remaining_minutes_at_pause == 2 * 450
    assert warning_level(cal, deadline, T(2026, 11, 30, 9, 0)) is WarningLevel.PAUSED
    assert remaining_minutes(cal, deadline, T(2026, 11, 30, 9, 0)) == 900


def test_supplement_requested_after_the_due_moment_changes_nothing_under_pause(cal):
    pauses = [Pause(T(2026, 11, 30, 9, 0), T(2026, 12, 1, 9, 0))]
    result = due(cal, T(2026, 11, 16, 8, 37), 3, pauses=pauses, policy=SupplementPolicy.PAUSE)
    assert result == T(2026, 11, 19, 8, 37)


def test_calendar_days_with_supplements(cal):
    pauses = [Pause(T(2026, 11, 18, 9, 0), T(2026, 11, 20, 9, 0))]
    # restart: 10 days from Fri 20/11 -> Mon 30/11
    assert due(cal, T(2026, 11, 16, 9, 0), 10, LimitUnit.CALENDAR_DAYS, pauses=pauses) == T(
        2026, 11, 30, 17, 0
    )
    # pause: 2 days used (16->18), 8 left from 20/11 -> 28/11 (Saturday) -> Monday 30/11
    paused = due(
        cal, T(2026, 11, 16, 9, 0), 10, LimitUnit.CALENDAR_DAYS, pauses=pauses,
        policy=SupplementPolicy.PAUSE,
    )  # fmt: skip
    assert paused == T(2026, 11, 30, 17, 0)


def test_bad_supplement_interval_is_rejected():
    with pytest.raises(ValidationError, match="trước khi bắt đầu"):
        Pause(T(2026, 11, 18, 9, 0), T(2026, 11, 17, 9, 0))


@pytest.mark.parametrize(
    ("value", "unit"), [(-1, "working_days"), (0, "working_days"), (3, "weeks")]
)
def test_bad_limits_are_rejected(value, unit):
    with pytest.raises(ValidationError):
        TimeLimit(value, unit)


# --------------------------------------------------------------------------- classification


def test_classification_compares_days():
    due_at = T(2026, 11, 19, 8, 37)
    assert classify(due_at, T(2026, 11, 18, 16, 0)) is Classification.EARLY
    assert classify(due_at, T(2026, 11, 19, 16, 59)) is Classification.ON_TIME
    assert classify(due_at, T(2026, 11, 20, 7, 31)) is Classification.LATE


def test_warning_levels_and_remaining_time(cal):
    deadline = Deadline(T(2026, 11, 16, 8, 37), T(2026, 11, 25, 10, 0), False)
    assert warning_level(cal, deadline, T(2026, 11, 25, 9, 0)) is WarningLevel.DUE_TODAY
    assert warning_level(cal, deadline, T(2026, 11, 25, 10, 1)) is WarningLevel.OVERDUE
    # Friday 20/11: the 2nd working day after is Tuesday 24... off -> Wednesday 25: due soon
    assert warning_level(cal, deadline, T(2026, 11, 20, 9, 0)) is WarningLevel.DUE_SOON
    assert warning_level(cal, deadline, T(2026, 11, 19, 9, 0)) is WarningLevel.NORMAL
    assert warning_level(cal, deadline, T(2026, 11, 19, 9, 0), soon_days=3) is (
        WarningLevel.DUE_SOON
    )
    assert remaining_minutes(cal, deadline, T(2026, 11, 25, 9, 0)) == 60
    assert remaining_minutes(cal, deadline, T(2026, 11, 26, 7, 30)) == -300  # Wed 10:00-17:00


def test_standard_day_follows_office_hours():
    hours = OfficeHours.from_mapping(
        {d: ["08:00-12:00", "13:00-17:00"] for d in ("mon", "tue", "wed", "thu", "fri")}
    )
    cal = WorkingCalendar(hours, load_official_calendar())
    assert due(cal, T(2026, 11, 16, 8, 0), 1) == T(2026, 11, 16, 17, 0)
    assert due(cal, T(2026, 11, 16, 8, 0), 1, LimitUnit.HALF_DAYS) == T(2026, 11, 16, 12, 0)


@pytest.mark.parametrize(
    "limit",
    [
        TimeLimit(3, WD),
        TimeLimit(1, LimitUnit.HALF_DAYS),
        TimeLimit(4, LimitUnit.WORKING_HOURS),
        TimeLimit(15, LimitUnit.CALENDAR_DAYS),
        TimeLimit(0, LimitUnit.SAME_DAY, dt.time(15, 0)),
    ],
    ids=lambda limit: limit.unit.value,
)
def test_the_import_rule_gives_the_due_moment_the_counter_computes(cal, limit):
    """``first_dues`` (an import's due moments, thousands at once) agrees with
    ``compute_deadline`` every 7 minutes around Tết 2026: sessions' starts and ends, the
    lunch break, nights, weekends and the holiday itself; in any order of the receipts."""
    start = T(2026, 2, 10, 0, 0)
    receipts = [start + dt.timedelta(minutes=7 * step) for step in range(14 * 24 * 60 // 7)]
    expected = [due(cal, at, limit.value, limit.unit, limit.cutoff) for at in receipts]
    assert first_dues(cal, limit, receipts) == expected
    shuffled = list(range(len(receipts)))
    random.Random(3).shuffle(shuffled)
    assert first_dues(cal, limit, [receipts[i] for i in shuffled]) == [
        expected[i] for i in shuffled
    ]


def test_working_minutes_of_many_starts_grow_the_window_as_one_start_does():
    """Starts years apart, beyond the calendar's window: the same answers as one by one."""
    starts = [T(2026, 3, 2, 9, 0), T(2031, 7, 1, 16, 59), T(2019, 1, 2, 7, 30)]
    for minutes in (1, 480, 480 * 400):
        fresh = WorkingCalendar(official=load_official_calendar())
        one_by_one = [fresh.add_working_minutes(at, minutes) for at in starts]
        fresh = WorkingCalendar(official=load_official_calendar())
        assert fresh.add_working_minutes_each(starts, minutes) == one_by_one
