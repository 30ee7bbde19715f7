"""Properties of the deadline engine that must hold for any receipt time and limit."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.domain.calendar import Override, OverrideKind, WorkingCalendar, load_official_calendar
from desk_app.domain.deadline import (
    Clock,
    LimitUnit,
    Pause,
    SupplementPolicy,
    TimeLimit,
    compute_deadline,
    limit_minutes,
)

OFFICIAL = load_official_calendar()
CAL = WorkingCalendar(official=OFFICIAL, years=(2022, 2032))
WORKING_UNITS = [LimitUnit.WORKING_DAYS, LimitUnit.HALF_DAYS, LimitUnit.WORKING_HOURS]
ALL_UNITS = list(LimitUnit)

moments = st.datetimes(min_value=dt.datetime(2023, 1, 1), max_value=dt.datetime(2027, 6, 30)).map(
    lambda m: m.replace(second=0, microsecond=0)
)
limits = st.builds(
    TimeLimit,
    value=st.integers(min_value=1, max_value=60),
    unit=st.sampled_from(ALL_UNITS),
    cutoff=st.one_of(
        st.none(),
        st.times(dt.time(8, 0), dt.time(16, 59)).map(lambda t: t.replace(second=0, microsecond=0)),
    ),
)
working_limits = st.builds(
    TimeLimit, value=st.integers(min_value=1, max_value=60), unit=st.sampled_from(WORKING_UNITS)
)
policies = st.sampled_from(list(SupplementPolicy))


@given(received=moments, limit=limits)
def test_due_is_inside_office_time_on_a_working_day(received, limit):
    due = compute_deadline(CAL, Clock(received, limit)).due
    assert due is not None and due >= received
    assert CAL.is_working_day(due.date())
    assert CAL.at_or_inside_session(due)


@given(received=moments, limit=working_limits)
def test_working_time_between_receipt_and_due_equals_the_limit(received, limit):
    due = compute_deadline(CAL, Clock(received, limit)).due
    assert CAL.working_minutes_between(received, due) == limit_minutes(CAL, limit)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(received=moments, limit=limits, offset=st.integers(min_value=0, max_value=90))
def test_adding_a_day_off_never_makes_the_due_moment_earlier(received, limit, offset):
    before = compute_deadline(CAL, Clock(received, limit)).due
    day = received.date() + dt.timedelta(days=offset)
    if day > before.date():
        day = before.date()
    extra = WorkingCalendar(
        official=OFFICIAL, overrides=[Override(day, OverrideKind.OFF)], years=(2022, 2032)
    )
    after = compute_deadline(extra, Clock(received, limit)).due
    assert after >= before


@given(
    received=moments,
    limit=limits,
    policy=policies,
    gaps=st.lists(
        st.tuples(st.integers(0, 30 * 24 * 60), st.integers(0, 20 * 24 * 60)), max_size=3
    ),
)
def test_a_pause_never_makes_the_due_moment_earlier(received, limit, policy, gaps):
    base = compute_deadline(CAL, Clock(received, limit, (), policy)).due
    pauses, cursor = [], received
    for wait, length in gaps:
        requested = cursor + dt.timedelta(minutes=wait)
        supplied = requested + dt.timedelta(minutes=length)
        pauses.append(Pause(requested, supplied))
        cursor = supplied
    paused = compute_deadline(CAL, Clock(received, limit, tuple(pauses), policy)).due
    assert paused >= base
    assert CAL.is_working_day(paused.date())
