"""The official results report's numbers (Form 06/VPCP/KSTT) and reporting periods. The
counting itself is SQL, in ``services.report``; this module only holds and adds the numbers."""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt
import re
from dataclasses import dataclass, field, fields
from typing import Literal

from desk_app.domain.errors import ValidationError

Grouping = Literal["field", "procedure"]
GROUPINGS: tuple[Grouping, ...] = ("field", "procedure")
CHANNELS = ("counter", "postal", "online")
COLUMNS = (
    "received",
    "online",
    "direct_postal",
    "carried_over",
    "resolved",
    "early",
    "on_time",
    "late",
    "in_progress",
    "within_deadline",
    "overdue",
)
MAX_DAYS = 366 * 10


@dataclass(frozen=True)
class Counts:
    """The numbered columns (3) to (13) of one row."""

    online: int = 0
    direct_postal: int = 0
    carried_over: int = 0
    early: int = 0
    on_time: int = 0
    late: int = 0
    within_deadline: int = 0
    overdue: int = 0

    @property
    def received(self) -> int:  # (3)
        return self.online + self.direct_postal + self.carried_over

    @property
    def resolved(self) -> int:  # (7)
        return self.early + self.on_time + self.late

    @property
    def in_progress(self) -> int:  # (11)
        return self.within_deadline + self.overdue

    @property
    def on_time_rate(self) -> float | None:
        """(8 + 9) / (7); None when nothing was resolved."""
        return (self.early + self.on_time) / self.resolved if self.resolved else None

    @property
    def online_share(self) -> float | None:
        """(4) / (3); None when nothing was received."""
        return self.online / self.received if self.received else None

    def values(self) -> tuple[int, ...]:
        """The eleven numbers in ``COLUMNS`` order."""
        return tuple(getattr(self, name) for name in COLUMNS)

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Counts)))


@dataclass(frozen=True)
class ReportRow:
    name: str
    code: str  # field code or procedure code; "" for the total
    counts: Counts
    children: tuple[ReportRow, ...] = ()


@dataclass(frozen=True)
class Report:
    first: dt.date
    last: dt.date
    agency_name: str
    parent_name: str
    place_name: str
    fields: tuple[ReportRow, ...]  # each with its procedures as children
    total: Counts
    received_by_channel: dict[str, int] = field(default_factory=dict)  # received in the period

    def rows(self, by: Grouping = "field") -> list[ReportRow]:
        """The report's lines, without the total: fields, or every procedure."""
        if by == "field":
            return list(self.fields)
        return [procedure for row in self.fields for procedure in row.children]

    as_of: dt.datetime | None = None  # a period not yet ended: the figures stand at this moment

    @property
    def period_text(self) -> str:
        text = f"từ ngày {self.first:%d/%m/%Y} đến ngày {self.last:%d/%m/%Y}"
        if self.as_of is not None:
            text += f" (số liệu đến {self.as_of:%H:%M ngày %d/%m/%Y})"
        return text


def check_period(first: dt.date, last: dt.date) -> None:
    if last < first:
        raise ValidationError(
            f"Ngày cuối kỳ ({last:%d/%m/%Y}) trước ngày đầu kỳ ({first:%d/%m/%Y})", "period"
        )
    if (last - first).days > MAX_DAYS:
        raise ValidationError("Kỳ báo cáo dài quá 10 năm", "period")


def month_period(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, month_calendar.monthrange(year, month)[1])


def quarter_period(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    if not 1 <= quarter <= 4:
        raise ValidationError(f"Quý phải từ 1 đến 4: {quarter}", "quarter")
    first, _ = month_period(year, 3 * quarter - 2)
    _, last = month_period(year, 3 * quarter)
    return first, last


def year_period(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


CUTOFFS = ("decree09", "calendar")
_PERIOD = re.compile(r"^(\d{4})(?:-(?:(\d{1,2})|Q([1-4])|H([12])|(9)M))?$", re.IGNORECASE)


def reporting_period(spec: str, cutoff: str = "decree09") -> tuple[dt.date, dt.date]:
    """The dates of a reporting period: ``2026-09`` (a month), ``2026-Q3``, ``2026-H1`` (or
    ``H2``), ``2026-9M`` (nine months), ``2026`` (the year).

    ``decree09`` (Decree 09/2019/NĐ-CP, Art. 12): the figures close on the 14th, so a month runs
    from the 15th of the month before to the 14th; a quarter from the 15th of the month before
    it to the 14th of its last month; six months, nine months and the year from 15 December of
    the year before to 14 June, 14 September and 14 December. ``calendar``: calendar months,
    quarters, halves and years."""
    if cutoff not in CUTOFFS:
        raise ValidationError(f"Cách chốt số liệu không hợp lệ: {cutoff!r} (decree09, calendar)")
    match = _PERIOD.match(spec.strip())
    if match is None:
        raise ValidationError(
            f"Kỳ báo cáo không hợp lệ: {spec[:30]!r} (ví dụ 2026-09, 2026-Q3, 2026-H1, 2026-9M, "
            "2026)",
            "period",
        )
    year, month, quarter, half, nine = match.groups()
    year = int(year)
    if not 2000 <= year <= 2100:
        raise ValidationError(f"Năm báo cáo không hợp lệ: {year}", "period")
    if month is not None:
        first_month = last_month = int(month)
        if not 1 <= first_month <= 12:
            raise ValidationError(f"Tháng phải từ 1 đến 12: {month}", "period")
    elif quarter is not None:
        first_month, last_month = 3 * int(quarter) - 2, 3 * int(quarter)
    elif half is not None:
        first_month, last_month = (1, 6) if half == "1" else (7, 12)
    elif nine is not None:
        first_month, last_month = 1, 9
    else:
        first_month, last_month = 1, 12
    if cutoff == "calendar":
        return month_period(year, first_month)[0], month_period(year, last_month)[1]
    before = dt.date(year, first_month, 1) - dt.timedelta(days=1)  # the month before
    if half == "2":  # the second half closes the year: from 15 June
        before = dt.date(year, 6, 1)
    elif half is not None or nine is not None or (month, quarter) == (None, None):
        before = dt.date(year - 1, 12, 1)  # six, nine months and the year: from 15 December
    return dt.date(before.year, before.month, 15), dt.date(year, last_month, 14)


def percent_text(value: float | None) -> str:
    """A rate as Vietnamese documents write it: "95,25 %"; "-" when there is nothing to rate."""
    return "-" if value is None else f"{value * 100:.2f} %".replace(".", ",")


@dataclass(frozen=True)
class MonthRate:
    month: dt.date  # first day of the month
    resolved: int
    early_or_on_time: int

    @property
    def rate(self) -> float | None:
        return self.early_or_on_time / self.resolved if self.resolved else None
