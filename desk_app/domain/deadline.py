"""Legal deadlines: the due moment of a dossier as a function of its history.

Nothing here reads a stored due date: the due moment is recomputed from the moment the dossier was
received, its time limit, and its supplement intervals, on the calendar in force. That is what makes
a calendar change or a late-entered supplement come out right.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.errors import ValidationError


class LimitUnit(StrEnum):
    WORKING_DAYS = "working_days"
    HALF_DAYS = "half_days"
    WORKING_HOURS = "working_hours"
    CALENDAR_DAYS = "calendar_days"
    SAME_DAY = "same_day"

    @property
    def label_vi(self) -> str:
        return _UNIT_LABELS[self]


_UNIT_LABELS = {
    LimitUnit.WORKING_DAYS: "ngày làm việc",
    LimitUnit.HALF_DAYS: "buổi làm việc",
    LimitUnit.WORKING_HOURS: "giờ làm việc",
    LimitUnit.CALENDAR_DAYS: "ngày",
    LimitUnit.SAME_DAY: "trong ngày",
}


class SupplementPolicy(StrEnum):
    RESTART = "restart"  # the full limit runs again from the supply (Decree 118/2025 Art. 19(5))
    PAUSE = "pause"  # the working time between request and supply does not count


def policy_of(supplement_pause: bool) -> SupplementPolicy:
    """Decree 118/2025 Art. 19(5): the term restarts after a supplement, unless the
    procedure's own law pauses it (the catalogue's column, kept on each dossier)."""
    return SupplementPolicy.PAUSE if supplement_pause else SupplementPolicy.RESTART


class Classification(StrEnum):
    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"


class WarningLevel(StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    DUE_SOON = "due_soon"
    PAUSED = "paused"
    NORMAL = "normal"


@dataclass(frozen=True)
class TimeLimit:
    value: int
    unit: LimitUnit
    cutoff: dt.time | None = None  # same-day procedures: received after it -> next working day

    def __post_init__(self) -> None:
        if not isinstance(self.unit, LimitUnit):
            try:
                object.__setattr__(self, "unit", LimitUnit(self.unit))
            except ValueError:
                units = ", ".join(u.value for u in LimitUnit)
                raise ValidationError(
                    f"Đơn vị thời hạn không hợp lệ: {self.unit!r} (một trong: {units})", "unit"
                ) from None
        if self.value < 0:
            raise ValidationError(f"Thời hạn không được âm: {self.value}", "limit")
        if self.value == 0 and self.unit is not LimitUnit.SAME_DAY:
            raise ValidationError("Thời hạn phải lớn hơn 0", "limit")

    @classmethod
    def stored(cls, value: int, unit: str, cutoff: dt.time | None) -> TimeLimit:
        """From the columns a procedure or a dossier stores it in."""
        return cls(value, LimitUnit(unit), cutoff)

    def describe(self) -> str:
        if self.unit is LimitUnit.SAME_DAY:
            text = "Trong ngày"
            if self.cutoff:
                text += f" (nhận sau {self.cutoff:%H:%M} trả ngày làm việc tiếp theo)"
            return text
        return f"{self.value} {self.unit.label_vi}"


@dataclass(frozen=True)
class Pause:
    """A supplement request: the dossier waits for the applicant from ``requested`` to
    ``supplied`` (``None`` while it is still waiting)."""

    requested: dt.datetime
    supplied: dt.datetime | None = None

    def __post_init__(self) -> None:
        if self.supplied is not None and self.supplied < self.requested:
            raise ValidationError(
                f"Khoảng bổ sung kết thúc ({self.supplied:%Y-%m-%d %H:%M}) trước khi bắt đầu "
                f"({self.requested:%Y-%m-%d %H:%M})",
                "supplement",
            )


@dataclass(frozen=True)
class Clock:
    """Everything the due moment depends on."""

    received_at: dt.datetime
    limit: TimeLimit
    pauses: tuple[Pause, ...] = ()
    policy: SupplementPolicy = SupplementPolicy.RESTART


@dataclass(frozen=True)
class Deadline:
    start: dt.datetime  # when the legal clock started (first session opening at or after receipt)
    due: dt.datetime | None  # legal due moment; None while paused and not yet computable
    paused: bool  # waiting for the applicant's supplement
    remaining_minutes_at_pause: int | None = None  # working time left when paused (pause policy)


def limit_minutes(calendar: WorkingCalendar, limit: TimeLimit) -> int:
    """Working minutes of a limit in a working-time unit."""
    day = calendar.office_hours.standard_day_minutes
    if limit.unit is LimitUnit.WORKING_DAYS:
        return limit.value * day
    if limit.unit is LimitUnit.HALF_DAYS:
        return limit.value * day // 2
    if limit.unit is LimitUnit.WORKING_HOURS:
        return limit.value * 60
    raise ValueError(f"{limit.unit} is not a working-time unit")


def first_dues(
    calendar: WorkingCalendar, limit: TimeLimit, received: Sequence[dt.datetime]
) -> list[dt.datetime]:
    """The due moment of each receipt of a dossier that was never paused: what the counter
    prints at intake, the same as ``compute_deadline(...).due`` without pauses. An import
    computes thousands of these, for a few limits: working time in one pass over them."""
    if limit.unit is LimitUnit.SAME_DAY or limit.unit is LimitUnit.CALENDAR_DAYS:
        opening = calendar.next_opening
        return [_unpaused_due(calendar, opening(at), limit) for at in received]
    # Working time does not pass between a receipt and the next opening, so counting from the
    # receipt itself gives the same moment (the limit is at least a minute) without finding
    # that opening first.
    return calendar.add_working_minutes_each(received, limit_minutes(calendar, limit))


def _unpaused_due(calendar: WorkingCalendar, start: dt.datetime, limit: TimeLimit) -> dt.datetime:
    unit = limit.unit
    if unit is LimitUnit.SAME_DAY:
        return _same_day_due(calendar, start, limit)
    if unit is LimitUnit.CALENDAR_DAYS:
        return _calendar_days_due(calendar, start, limit.value)
    return calendar.add_working_minutes(start, limit_minutes(calendar, limit))


def compute_deadline(calendar: WorkingCalendar, clock: Clock) -> Deadline:
    """The legal due moment of a dossier from its history."""
    start = calendar.next_opening(clock.received_at)
    if not clock.pauses:  # the common case, kept short: 100,000 of these after a calendar change
        return Deadline(start, _unpaused_due(calendar, start, clock.limit), False)
    unit = clock.limit.unit
    if unit is LimitUnit.CALENDAR_DAYS or unit is LimitUnit.SAME_DAY:
        pauses = sorted(clock.pauses, key=lambda p: p.requested)
        return _day_count_deadline(calendar, clock, start, pauses)
    minutes = limit_minutes(calendar, clock.limit)
    pauses = sorted(clock.pauses, key=lambda p: p.requested)
    if clock.policy is SupplementPolicy.RESTART:
        last = pauses[-1]
        if last.supplied is None:
            return Deadline(start, None, True, minutes)
        return Deadline(start, calendar.add_working_minutes(last.supplied, minutes), False)
    # pause policy: consume working time up to each request, resume at each supply
    cursor, remaining = start, minutes
    for pause in pauses:
        if pause.requested <= cursor:
            used = 0
        else:
            used = calendar.working_minutes_between(cursor, pause.requested)
        if used >= remaining:  # the request came after the due moment: it changes nothing
            break
        remaining -= used
        if pause.supplied is None:
            return Deadline(start, None, True, remaining)
        cursor = max(cursor, pause.supplied)
    return Deadline(start, calendar.add_working_minutes(cursor, remaining), False)


def _day_count_deadline(
    calendar: WorkingCalendar, clock: Clock, start: dt.datetime, pauses: Sequence[Pause]
) -> Deadline:
    limit = clock.limit
    if limit.unit is LimitUnit.SAME_DAY:
        if pauses:  # a same-day dossier completed later is due at the close of that day
            last = pauses[-1]
            if last.supplied is None:
                return Deadline(start, None, True)
            return Deadline(start, _same_day_due(calendar, last.supplied, limit), False)
        return Deadline(start, _same_day_due(calendar, start, limit), False)
    # Calendar days (Civil Code Art. 147-148): the term starts the day after the clock starts;
    # a last day that is not a working day moves to the close of the next working day.
    days_left, term_start = limit.value, start
    for pause in pauses:
        if clock.policy is SupplementPolicy.RESTART:
            if pause.supplied is None:
                return Deadline(start, None, True)
            days_left, term_start = limit.value, calendar.next_opening(pause.supplied)
            continue
        used = (pause.requested.date() - term_start.date()).days
        if used >= days_left:
            break
        days_left -= max(used, 0)
        if pause.supplied is None:
            return Deadline(start, None, True)
        term_start = calendar.next_opening(max(pause.supplied, term_start))
    return Deadline(start, _calendar_days_due(calendar, term_start, days_left), False)


def _calendar_days_due(
    calendar: WorkingCalendar, term_start: dt.datetime, days: int
) -> dt.datetime:
    last_day = term_start.date() + dt.timedelta(days=days)
    return calendar.close_of_day(calendar.first_working_day_from(last_day))


def _same_day_due(calendar: WorkingCalendar, moment: dt.datetime, limit: TimeLimit) -> dt.datetime:
    opening = calendar.next_opening(moment)
    day = opening.date()
    if limit.cutoff is not None and opening.time() > limit.cutoff:
        day = calendar.next_working_day(day)
    return calendar.close_of_day(day)


def classify(due: dt.datetime, resolved_at: dt.datetime) -> Classification:
    """An earlier day than the due day is early, the due day is on time, a later day is late:
    the classification Circular 01/2018 Art. 13 set out (lapsed on 1/7/2025 with Decree 61/2018;
    kept as the report's counting rule until a 2025 text words it otherwise)."""
    if resolved_at.date() < due.date():
        return Classification.EARLY
    if resolved_at.date() == due.date():
        return Classification.ON_TIME
    return Classification.LATE


def warning_bounds(
    calendar: WorkingCalendar, now: dt.datetime, soon_days: int = 2
) -> dict[WarningLevel, tuple[dt.datetime | None, dt.datetime | None]]:
    """The one definition of the warning levels of a running dossier: for each level, the
    interval ``[low, high)`` of due moments it covers at ``now`` (None: unbounded). Python
    (:func:`warning_level`) and SQL (``services.search.warning_conditions``) both read it."""
    tomorrow = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time())
    if soon_days > 0:
        last_soon = calendar.next_working_day(now.date(), soon_days)
        soon_end = max(tomorrow, dt.datetime.combine(last_soon + dt.timedelta(days=1), dt.time()))
    else:
        soon_end = tomorrow
    return {
        WarningLevel.OVERDUE: (None, now),  # due before now: overdue (at the due minute: not yet)
        WarningLevel.DUE_TODAY: (now, tomorrow),
        WarningLevel.DUE_SOON: (tomorrow, soon_end),
        WarningLevel.NORMAL: (soon_end, None),
    }


def warning_level(
    calendar: WorkingCalendar, deadline: Deadline, now: dt.datetime, soon_days: int = 2
) -> WarningLevel:
    """How urgent an open dossier is at ``now`` (:func:`warning_bounds`)."""
    if deadline.paused or deadline.due is None:
        return WarningLevel.PAUSED
    due = deadline.due
    for level, (low, high) in warning_bounds(calendar, now, soon_days).items():
        if (low is None or due >= low) and (high is None or due < high):
            return level
    raise AssertionError("the warning intervals cover every moment")  # pragma: no cover


def remaining_minutes(
    calendar: WorkingCalendar, deadline: Deadline, now: dt.datetime
) -> int | None:
    """Working minutes left until the due moment (negative once overdue); the frozen remainder
    while paused under the pause policy; ``None`` when unknown."""
    if deadline.due is None:
        return deadline.remaining_minutes_at_pause
    return calendar.working_minutes_between(now, deadline.due)
