"""The official results report's numbers (Form 06/VPCP/KSTT) and reporting periods. The
counting itself is SQL, in ``services.report``; this module only holds and adds the numbers."""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt
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

    @property
    def period_text(self) -> str:
        return f"từ ngày {self.first:%d/%m/%Y} đến ngày {self.last:%d/%m/%Y}"


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
