"""The agency's working calendar: which minutes of which days count as working time.

Three layers decide a day, the later winning:

1. the law, through the ``holidays`` package's ``Vietnam`` calendar (lunar dates in UTC+7, the
   observed make-up days of Labour Code Art. 111(3), and the swaps the package knows);
2. the official yearly announcements kept by this project in ``resources/calendar/official.toml``
   (days off, swapped weekdays, worked Saturdays, each with its notice);
3. the agency's own overrides (extra day off, extra working day, a morning-only or
   afternoon-only day).

Working time is then the agency's office sessions on the working days. Arithmetic on working
time uses a cumulative table of working minutes per day, so adding 25 working days is a binary
search, not a walk through the calendar.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import threading
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import ClassVar

import holidays

from desk_app.domain.errors import CalendarFileError, ValidationError

MINUTES_PER_DAY = 24 * 60
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

Session = tuple[int, int]
"""An office session as (start, end) minutes after midnight, end exclusive."""


def parse_hhmm(text: str) -> int:
    """``"07:30"`` -> 450 minutes after midnight."""
    try:
        hours, minutes = text.strip().split(":")
        value = int(hours) * 60 + int(minutes)
    except ValueError:
        raise ValidationError(f"Giờ không hợp lệ: {text!r} (cần dạng HH:MM)") from None
    if not (0 <= int(hours) <= 24 and 0 <= int(minutes) < 60 and value <= MINUTES_PER_DAY):
        raise ValidationError(f"Giờ không hợp lệ: {text!r} (cần dạng HH:MM)")
    return value


def format_hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


class DaySource(StrEnum):
    WEEKLY = "weekly"  # the ordinary working week
    LAW = "law"  # Labour Code days off, from the holidays package
    NOTICE = "notice"  # an official yearly announcement
    AGENCY = "agency"  # an override entered by the agency


class OverrideKind(StrEnum):
    OFF = "off"  # extra day off
    WORK = "work"  # extra working day with the normal sessions
    MORNING = "morning"  # only the morning session
    AFTERNOON = "afternoon"  # only the afternoon session


@dataclass(frozen=True)
class Override:
    day: dt.date
    kind: OverrideKind
    reason: str = ""


@dataclass(frozen=True)
class DayInfo:
    day: dt.date
    sessions: tuple[Session, ...]
    source: DaySource
    reason: str = ""
    notice: str = ""

    @property
    def working(self) -> bool:
        return bool(self.sessions)


# --------------------------------------------------------------------------- office hours


@dataclass(frozen=True)
class OfficeHours:
    """Office sessions for each weekday (0 = Monday ... 6 = Sunday)."""

    by_weekday: tuple[tuple[Session, ...], ...]

    DEFAULT_TEXT: ClassVar[dict[str, list[str]]] = {
        "mon": ["07:30-11:30", "13:30-17:00"],
        "tue": ["07:30-11:30", "13:30-17:00"],
        "wed": ["07:30-11:30", "13:30-17:00"],
        "thu": ["07:30-11:30", "13:30-17:00"],
        "fri": ["07:30-11:30", "13:30-17:00"],
        "sat": [],
        "sun": [],
    }

    @classmethod
    def default(cls) -> OfficeHours:
        return cls.from_mapping(cls.DEFAULT_TEXT)

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Iterable[str]]) -> OfficeHours:
        """Build from ``{"mon": ["07:30-11:30", ...], ...}``; missing days have no session."""
        unknown = set(mapping) - set(WEEKDAY_KEYS)
        if unknown:
            raise ValidationError(f"Ngày trong tuần không hợp lệ: {', '.join(sorted(unknown))}")
        days = []
        for key in WEEKDAY_KEYS:
            sessions = []
            for text in mapping.get(key, []):
                start_text, sep, end_text = text.partition("-")
                if not sep:
                    raise ValidationError(f"Buổi làm việc không hợp lệ: {text!r} (cần HH:MM-HH:MM)")
                start, end = parse_hhmm(start_text), parse_hhmm(end_text)
                if end <= start:
                    raise ValidationError(f"Buổi làm việc kết thúc trước khi bắt đầu: {text!r}")
                if end >= MINUTES_PER_DAY:
                    raise ValidationError(f"Buổi làm việc phải kết thúc trước 24:00: {text!r}")
                sessions.append((start, end))
            sessions.sort()
            for (_, end1), (start2, _) in itertools.pairwise(sessions):
                if start2 < end1:
                    raise ValidationError(f"Các buổi làm việc chồng lên nhau ({key})")
            days.append(tuple(sessions))
        if not any(days):
            raise ValidationError("Phải có ít nhất một buổi làm việc trong tuần")
        return cls(tuple(days))

    def to_mapping(self) -> dict[str, list[str]]:
        return {
            key: [f"{format_hhmm(s)}-{format_hhmm(e)}" for s, e in sessions]
            for key, sessions in zip(WEEKDAY_KEYS, self.by_weekday, strict=True)
        }

    @cached_property
    def standard_sessions(self) -> tuple[Session, ...]:
        """The sessions of a normal working day: the commonest Monday-Friday pattern.

        Used for a worked Saturday, an extra working day, and to size "one working day".
        """
        weekdays = [s for s in self.by_weekday[:5] if s] or [s for s in self.by_weekday if s]
        return max(weekdays, key=lambda s: (weekdays.count(s), _length(s)))

    @cached_property
    def standard_day_minutes(self) -> int:
        return _length(self.standard_sessions)


def _length(sessions: Iterable[Session]) -> int:
    return sum(end - start for start, end in sessions)


# --------------------------------------------------------------------------- official file


@dataclass(frozen=True)
class OfficialDay:
    day: dt.date
    reason: str
    notice: str
    source: DaySource = DaySource.NOTICE


@dataclass
class OfficialYear:
    year: int
    confirmed: bool
    notices: list[str] = field(default_factory=list)
    days_off: dict[dt.date, OfficialDay] = field(default_factory=dict)
    worked_days: dict[dt.date, OfficialDay] = field(default_factory=dict)
    not_off: dict[dt.date, OfficialDay] = field(default_factory=dict)


@dataclass
class OfficialCalendar:
    """The yearly announcements (days off, swaps, worked Saturdays) kept by the project."""

    years: dict[int, OfficialYear] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> OfficialCalendar:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise CalendarFileError(f"Không đọc được tệp lịch chính thức {path}: {exc}") from exc
        return cls.from_dict(data, origin=str(path))

    @classmethod
    def from_dict(cls, data: Mapping, origin: str = "official calendar") -> OfficialCalendar:
        calendar = cls()
        for entry in data.get("years", []):
            try:
                year = int(entry["year"])
                official = OfficialYear(
                    year=year,
                    confirmed=bool(entry.get("confirmed", False)),
                    notices=[str(n) for n in entry.get("notices", [])],
                )
                for key in ("days_off", "worked_days", "not_off"):
                    target = getattr(official, key)
                    for item in entry.get(key, []):
                        day = item["date"]
                        if not isinstance(day, dt.date) or day.year != year:
                            raise ValueError(f"{key}: {day!r} is not a date of {year}")
                        source = DaySource(item.get("source", DaySource.NOTICE))
                        if source not in (DaySource.LAW, DaySource.NOTICE):
                            raise ValueError(f"{key}: source {source!r} for {day}")
                        target[day] = OfficialDay(
                            day, str(item["reason"]), str(item["notice"]), source
                        )
            except (KeyError, TypeError, ValueError) as exc:
                raise CalendarFileError(f"{origin}: mục năm không hợp lệ ({exc})") from exc
            if year in calendar.years:
                raise CalendarFileError(f"{origin}: năm {year} xuất hiện hai lần")
            clash = set(official.days_off) & set(official.worked_days)
            if clash:
                raise CalendarFileError(f"{origin}: ngày vừa nghỉ vừa làm: {sorted(clash)}")
            calendar.years[year] = official
        return calendar


# --------------------------------------------------------------------------- the calendar


class _Tables:
    """The calendar's tables over one window of years. Built once and never changed: a wider
    window is a new ``_Tables`` that replaces the old one as a whole, so a thread that is using
    the old one keeps a consistent view (positions, cumulative minutes and days all agree)."""

    __slots__ = (
        "base",
        "cum",
        "first_year",
        "infos",
        "last_year",
        "midnights",
        "n_days",
        "next_work",
        "sessions",
    )

    def __init__(self, calendar: WorkingCalendar, first_year: int, last_year: int):
        self.first_year, self.last_year = first_year, last_year
        law = holidays.Vietnam(years=range(first_year, last_year + 1), language="vi")
        law_days = dict(law.items())
        law_workdays = {d for d in law.weekend_workdays if first_year <= d.year <= last_year}
        self.base = base = dt.date(first_year, 1, 1).toordinal()
        self.n_days = n_days = dt.date(last_year, 12, 31).toordinal() - base + 1
        infos = tuple(
            calendar._decide(dt.date.fromordinal(base + i), law_days, law_workdays)
            for i in range(n_days)
        )
        self.infos = infos
        self.sessions = sessions = tuple(info.sessions for info in infos)
        self.midnights = tuple(dt.datetime.fromordinal(base + i) for i in range(n_days))
        cum = [0] * (n_days + 1)
        for i, day_sessions in enumerate(sessions):
            cum[i + 1] = cum[i] + _length(day_sessions)
        self.cum = tuple(cum)
        # next_work[i]: first index >= i that has a session (n_days when none inside the window)
        nxt = [n_days] * (n_days + 1)
        for i in range(n_days - 1, -1, -1):
            nxt[i] = i if sessions[i] else nxt[i + 1]
        self.next_work = tuple(nxt)


class WorkingCalendar:
    """Working days and working minutes of one agency.

    Times are naive ``datetime`` in Vietnam local time (UTC+7, no daylight saving), to the minute.
    The tables cover a window of years that grows on demand. Growing builds new tables and swaps
    them in with one assignment; every method reads the tables once and works on that snapshot,
    so one calendar can be shared by threads. The configuration (office hours, official
    calendar, overrides) never changes: a different one is a different calendar.
    """

    def __init__(
        self,
        office_hours: OfficeHours | None = None,
        official: OfficialCalendar | None = None,
        overrides: Iterable[Override] = (),
        years: tuple[int, int] | None = None,
    ):
        self.office_hours = office_hours or OfficeHours.default()
        self.official = official if official is not None else OfficialCalendar()
        self.overrides: Mapping[dt.date, Override] = MappingProxyType({o.day: o for o in overrides})
        self._grow_lock = threading.Lock()
        today = dt.date.today()
        first, last = years or (min(2015, today.year - 5), today.year + 3)
        self._t = _Tables(self, first, last)

    @property
    def first_year(self) -> int:
        return self._t.first_year

    @property
    def last_year(self) -> int:
        return self._t.last_year

    # ----- construction

    def _decide(
        self, day: dt.date, law: Mapping[dt.date, str], law_workdays: set[dt.date]
    ) -> DayInfo:
        standard = self.office_hours.standard_sessions
        override = self.overrides.get(day)
        if override is not None:
            sessions: tuple[Session, ...]
            if override.kind is OverrideKind.OFF:
                sessions = ()
            elif override.kind is OverrideKind.WORK:
                sessions = self.office_hours.by_weekday[day.weekday()] or standard
            else:
                base = self.office_hours.by_weekday[day.weekday()] or standard
                noon = 12 * 60
                if override.kind is OverrideKind.MORNING:
                    sessions = tuple(s for s in base if s[0] < noon)
                else:
                    sessions = tuple(s for s in base if s[0] >= noon)
            return DayInfo(day, sessions, DaySource.AGENCY, override.reason)
        official = self.official.years.get(day.year)
        if official is not None:
            if day in official.worked_days:
                entry = official.worked_days[day]
                sessions = self.office_hours.by_weekday[day.weekday()] or standard
                return DayInfo(day, sessions, entry.source, entry.reason, entry.notice)
            if day in official.days_off:
                entry = official.days_off[day]
                return DayInfo(day, (), entry.source, entry.reason, entry.notice)
        # A confirmed year lists every weekday off and every worked weekend day itself, so the
        # package's estimate only labels weekend holidays there.
        complete = official is not None and official.confirmed
        if (
            day in law
            and not (official and day in official.not_off)
            and not (complete and day.weekday() < 5)
        ):
            return DayInfo(day, (), DaySource.LAW, law[day], "Bộ luật Lao động 2019, Điều 112")
        if day in law_workdays and not complete:
            sessions = self.office_hours.by_weekday[day.weekday()] or standard
            return DayInfo(day, sessions, DaySource.NOTICE, "Ngày làm bù", "holidays")
        return DayInfo(day, self.office_hours.by_weekday[day.weekday()], DaySource.WEEKLY)

    def _covering(self, day_ordinal: int, t: _Tables | None = None) -> tuple[_Tables, int]:
        """Tables that hold the day (growing the window by whole years, with margin, if
        needed), and the day's index in them."""
        t = t or self._t
        index = day_ordinal - t.base
        if 0 <= index < t.n_days:
            return t, index
        year = dt.date.fromordinal(day_ordinal).year
        if not 1900 <= year <= 2199:
            raise ValidationError(f"Ngày nằm ngoài phạm vi lịch: năm {year}")
        with self._grow_lock:  # one thread builds; the others take what it built
            grown = self._t  # windows only grow: this one holds all that ``t`` holds
            if not grown.base <= day_ordinal < grown.base + grown.n_days:
                grown = _Tables(
                    self, min(grown.first_year, year - 1), max(grown.last_year, year + 2)
                )
                self._t = grown
        return grown, day_ordinal - grown.base

    # ----- days

    def day_info(self, day: dt.date) -> DayInfo:
        t, index = self._covering(day.toordinal())
        return t.infos[index]

    def sessions(self, day: dt.date) -> tuple[Session, ...]:
        t, index = self._covering(day.toordinal())
        return t.sessions[index]

    def is_working_day(self, day: dt.date) -> bool:
        return bool(self.sessions(day))

    def year_status(self, year: int) -> str:
        official = self.official.years.get(year)
        return "confirmed" if official is not None and official.confirmed else "estimated"

    def unusual_days(self, year: int) -> list[DayInfo]:
        """Every day of ``year`` that differs from the ordinary week (days off on weekdays,
        worked weekend days, shortened days), with its reason and source."""
        result = []
        day = dt.date(year, 1, 1)
        while day.year == year:
            info = self.day_info(day)
            if info.sessions != self.office_hours.by_weekday[day.weekday()]:
                result.append(info)
            day += dt.timedelta(days=1)
        return result

    def days_off_between(self, first: dt.date, last: dt.date) -> list[DayInfo]:
        """The days off from ``first`` to ``last`` other than the weekly rest days: what moved
        an appointment (a holiday, a swap, the agency's own day off)."""
        found = []
        day = first
        while day <= last:
            info = self.day_info(day)
            if not info.working and info.source is not DaySource.WEEKLY:
                found.append(info)
            day += dt.timedelta(days=1)
        return found

    def next_working_day(self, day: dt.date, n: int = 1) -> dt.date:
        """The ``n``-th working day strictly after ``day``."""
        current = day
        for _ in range(n):
            t, index = self._covering(current.toordinal() + 1)
            t, index = self._next_index(t, index)
            current = dt.date.fromordinal(t.base + index)
        return current

    def first_working_day_from(self, day: dt.date) -> dt.date:
        """``day`` itself when it is a working day, else the next one."""
        t, index = self._next_index(*self._covering(day.toordinal()))
        return dt.date.fromordinal(t.base + index)

    def _next_index(self, t: _Tables, index: int) -> tuple[_Tables, int]:
        """The first working day at or after ``index`` (growing the window when none is left
        in it), as tables and index."""
        found = t.next_work[index]
        while found >= t.n_days:  # no working day left in the window: grow it
            ordinal = t.base + index
            t, _ = self._covering(t.base + t.n_days, t)
            index = ordinal - t.base
            found = t.next_work[index]
        return t, found

    def close_of_day(self, day: dt.date) -> dt.datetime:
        """End of the last session of a working day."""
        sessions = self.sessions(day)
        if not sessions:
            raise ValueError(f"{day} is not a working day")
        return _at(day, sessions[-1][1])

    # ----- working minutes

    @staticmethod
    def _position(t: _Tables, index: int, moment: dt.datetime) -> int:
        minute = moment.hour * 60 + moment.minute
        done = t.cum[index]
        for start, end in t.sessions[index]:
            if minute <= start:
                break
            done += (minute if minute < end else end) - start
        return done

    def working_minutes_between(self, start: dt.datetime, end: dt.datetime) -> int:
        """Working minutes in [start, end); negative when ``end`` is before ``start``."""
        t, _ = self._covering(start.toordinal())
        t, end_index = self._covering(end.toordinal(), t)
        t, start_index = self._covering(start.toordinal(), t)
        return self._position(t, end_index, end) - self._position(t, start_index, start)

    def _reaching(
        self, start: dt.datetime, minutes: int, t: _Tables | None = None
    ) -> tuple[_Tables, int]:
        """Tables that hold ``start`` and the moment ``minutes`` of working time after it, and
        the index of ``start`` in them."""
        t, index = self._covering(start.toordinal(), t)
        while t.cum[-1] < self._position(t, index, start) + minutes:
            t, _ = self._covering(t.base + t.n_days + 366 * 3, t)  # grow by a few years
            index = start.toordinal() - t.base
        return t, index

    def add_working_minutes(self, start: dt.datetime, minutes: int) -> dt.datetime:
        """The earliest moment at which ``minutes`` of working time have passed since ``start``.

        When the time runs out exactly at the end of a session, that end is the answer
        (17:00 that day, not 07:30 the next).
        """
        if minutes <= 0:
            return self.next_opening(start) if minutes == 0 else start
        t, index = self._reaching(start, minutes)
        return self._after(t, index, start, minutes)

    @staticmethod
    def _after(t: _Tables, index: int, start: dt.datetime, minutes: int) -> dt.datetime:
        cum, sessions = t.cum, t.sessions
        minute = start.hour * 60 + start.minute
        target = cum[index] + minutes
        for s_start, s_end in sessions[index]:  # the position of start, as in _position
            if minute <= s_start:
                break
            target += (minute if minute < s_end else s_end) - s_start
        index = bisect.bisect_left(cum, target, index + 1) - 1
        rest = target - cum[index]
        for s_start, s_end in sessions[index]:
            length = s_end - s_start
            if rest <= length:
                return t.midnights[index] + _MINUTES[s_start + rest]
            rest -= length
        raise AssertionError("cumulative table inconsistent")  # pragma: no cover

    def add_working_minutes_each(
        self, starts: Sequence[dt.datetime], minutes: int
    ) -> list[dt.datetime]:
        """``add_working_minutes(start, minutes)`` of each start, in one loop on one snapshot
        of the tables (an import's due moments)."""
        if minutes <= 0 or not starts:
            return [self.add_working_minutes(start, minutes) for start in starts]
        # Tables that hold the earliest start and the latest start's answer hold every start
        # and answer between.
        t, _ = self._reaching(min(starts), minutes)
        t, _ = self._reaching(max(starts), minutes, t)
        base, cum, sessions, midnights = t.base, t.cum, t.sessions, t.midnights
        found = []
        for start in starts:  # _after, inline: a call per start would double the time
            index = start.toordinal() - base
            minute = start.hour * 60 + start.minute
            target = cum[index] + minutes
            for s_start, s_end in sessions[index]:
                if minute <= s_start:
                    break
                target += (minute if minute < s_end else s_end) - s_start
            index = bisect.bisect_left(cum, target, index + 1) - 1
            rest = target - cum[index]
            for s_start, s_end in sessions[index]:
                length = s_end - s_start
                if rest <= length:
                    found.append(midnights[index] + _MINUTES[s_start + rest])
                    break
                rest -= length
            else:  # pragma: no cover
                raise AssertionError("cumulative table inconsistent")
        return found

    def next_opening(self, moment: dt.datetime) -> dt.datetime:
        """``moment`` if it lies inside an office session, else the next session's opening."""
        t, index = self._covering(moment.toordinal())
        minute = moment.hour * 60 + moment.minute
        for start, end in t.sessions[index]:
            if minute < end:
                if minute >= start:
                    return t.midnights[index] + _MINUTES[minute]
                return t.midnights[index] + _MINUTES[start]
        t, index = self._next_index(*self._covering(moment.toordinal() + 1, t))
        return t.midnights[index] + _MINUTES[t.sessions[index][0][0]]

    def at_or_inside_session(self, moment: dt.datetime) -> bool:
        """Inside a session or exactly at a session's end (where a deadline may fall)."""
        minute = moment.hour * 60 + moment.minute
        return any(s <= minute <= e for s, e in self.sessions(moment.date()))


def _at(day: dt.date, minute: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, minute // 60, minute % 60)


_MINUTES = [dt.timedelta(minutes=m) for m in range(MINUTES_PER_DAY + 1)]


def load_official_calendar(path: Path | None = None) -> OfficialCalendar:
    """The official calendar shipped with the program (or the file at ``path``)."""
    if path is None:
        from desk_app.resources_path import resource_path

        path = resource_path("calendar", "official.toml")
    return OfficialCalendar.load(path)
