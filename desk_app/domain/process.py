"""A procedure's internal process (quy trình nội bộ): the ordered steps a dossier goes through
between the counter's receipt and its return, each held by a department or role with its own
share of the time (ISO 9001 process control; Decree 118/2025 asks each agency to publish the
internal process of each procedure).

Budgets are in the procedure's own unit (working days, half-days, working hours, calendar days),
decimals allowed; their sum is the internal target and may not exceed the legal limit. A step's
used time is working time on the desk's calendar (wall time for a procedure counted in
calendar days), less the time the dossier waited for the applicant's supplement."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.deadline import Classification, LimitUnit, Pause, TimeLimit
from desk_app.domain.errors import ValidationError
from desk_app.domain.text import fold, nfc
from desk_app.domain.validation import CONTROL, LINE_BREAKS

MAX_STEPS = 20
_NUMBER = re.compile(r"^[0-9]{1,4}([.,][0-9]{1,2})?$")


@dataclass(frozen=True)
class Step:
    department: str
    budget: float  # in the procedure's unit

    def same_department(self, name: str) -> bool:
        return fold(self.department) == fold(name)


def parse_steps(text: str, field: str = "steps") -> tuple[Step, ...]:
    """``DEPARTMENT=BUDGET;DEPARTMENT=BUDGET;...`` in order (empty: no internal process)."""
    steps = []
    for position, part in enumerate((p for p in str(text or "").split(";") if p.strip()), 1):
        name, sep, budget = part.rpartition("=")
        name, budget = nfc(name), budget.strip()
        if not sep or not name:
            raise ValidationError(
                f"Bước {position} của quy trình cần dạng PHÒNG=THỜI_GIAN: {part.strip()[:60]!r}",
                field,
            )
        if CONTROL.search(name) or LINE_BREAKS.search(name) or len(name) > 200:
            raise ValidationError(f"Tên phòng ở bước {position} không hợp lệ", field)
        if not _NUMBER.match(budget) or float(budget.replace(",", ".")) <= 0:
            raise ValidationError(
                f"Thời gian của bước {position} ({name[:40]}) phải là số dương, ví dụ 0.5: "
                f"{budget[:20]!r}",
                field,
            )
        steps.append(Step(name, float(budget.replace(",", "."))))
    if len(steps) > MAX_STEPS:
        raise ValidationError(f"Quy trình có quá {MAX_STEPS} bước", field)
    return tuple(steps)


def format_steps(steps: Sequence[Step]) -> str:
    return ";".join(f"{s.department}={s.budget:g}" for s in steps)


def check_within(steps: Sequence[Step], limit: TimeLimit, field: str = "steps") -> None:
    """The internal target (the sum of the budgets) may not exceed the legal limit."""
    legal = 1 if limit.unit is LimitUnit.SAME_DAY else limit.value
    total = round(sum(s.budget for s in steps), 2)
    if steps and total > legal:
        raise ValidationError(
            f"Tổng thời gian các bước ({total:g}) vượt thời hạn giải quyết ({legal})", field
        )


def budget_minutes(budget: float, unit: LimitUnit, day_minutes: int) -> int:
    """A budget in the procedure's unit as minutes of working time (of wall time for
    calendar days)."""
    per_unit = {
        LimitUnit.WORKING_DAYS: day_minutes,
        LimitUnit.SAME_DAY: day_minutes,
        LimitUnit.HALF_DAYS: day_minutes / 2,
        LimitUnit.WORKING_HOURS: 60,
        LimitUnit.CALENDAR_DAYS: 24 * 60,
    }[unit]
    return math.ceil(budget * per_unit - 1e-9)


@dataclass(frozen=True)
class StepRun:
    """One step as it went: started when the dossier reached the department, finished when
    the department handed it on (None while it holds it)."""

    position: int
    department: str
    budget_minutes: int
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    used_minutes: int | None
    late: bool
    due_at: dt.datetime | None  # when the budget runs out

    @property
    def classification(self) -> Classification | None:
        """A finished step: late past its budget (to the minute), early when handed on before
        its budget's last day, else on time. None while it runs or was not reached."""
        if self.finished_at is None or self.due_at is None:
            return None
        if self.late:
            return Classification.LATE
        if self.finished_at.date() < self.due_at.date():
            return Classification.EARLY
        return Classification.ON_TIME


def _used(calendar: WorkingCalendar, unit: LimitUnit, start, end, pauses) -> tuple[int, int]:
    """The step's time from ``start`` to ``end``, and how much of it the dossier waited for the
    applicant (not counted against the step)."""

    def span(a: dt.datetime, b: dt.datetime) -> int:
        if b <= a:
            return 0
        if unit is LimitUnit.CALENDAR_DAYS:
            return int((b - a).total_seconds() // 60)
        return calendar.working_minutes_between(a, b)

    waited = sum(
        span(max(start, p.requested), min(end, p.supplied or end))
        for p in pauses
        if p.requested < end and (p.supplied is None or p.supplied > start)
    )
    return span(start, end) - waited, waited


def _due(calendar: WorkingCalendar, unit: LimitUnit, start: dt.datetime, minutes: int):
    if unit is LimitUnit.CALENDAR_DAYS:
        return start + dt.timedelta(minutes=minutes)
    return calendar.add_working_minutes(start, minutes)


def runs(
    steps: Sequence[Step],
    handovers: Sequence[dt.datetime],
    finished: dt.datetime | None,
    calendar: WorkingCalendar,
    unit: LimitUnit,
    now: dt.datetime,
    pauses: Sequence[Pause] = (),
) -> list[StepRun]:
    """Each step's run: ``handovers`` are the moments the dossier reached step 1, 2, ... (the
    hand-over to the first department, then each forwarding); ``finished`` is when the result
    came back to the desk. A step not reached has no times."""
    day = calendar.office_hours.standard_day_minutes
    result = []
    for index, step in enumerate(steps):
        budget = budget_minutes(step.budget, unit, day)
        start = handovers[index] if index < len(handovers) else None
        if start is None:
            result.append(
                StepRun(index + 1, step.department, budget, None, None, None, False, None)
            )
            continue
        end = handovers[index + 1] if index + 1 < len(handovers) else finished
        used, waited = _used(calendar, unit, start, end or max(now, start), pauses)
        due = _due(calendar, unit, start, budget + waited)  # the wait moves it on
        result.append(
            StepRun(index + 1, step.department, budget, start, end, used, used > budget, due)
        )
    return result


def next_step(steps: Sequence[Step], reached: int, to: str) -> Step:
    """The step a forwarding reaches after ``reached`` steps, checked against ``to`` (the
    department named; empty: the next one)."""
    if reached >= len(steps):
        raise ValidationError(
            "Đã qua bước cuối của quy trình: ghi «Có kết quả» khi hồ sơ về Bộ phận Một cửa", "to"
        )
    step = steps[reached]
    if to.strip() and not step.same_department(to):
        raise ValidationError(
            f"Bước tiếp theo là «{step.department}» (bước {reached + 1}), không phải "
            f"«{nfc(to)[:60]}»: ghi các bước theo thứ tự",
            "to",
        )
    return step
