"""Realistic demonstration dossiers: `desk-app demo-data --count N [--seed S]`.

Dossiers are spread over the working sessions of the past years (more of them each year), on
the catalogue's procedures, with Vietnamese people and companies, the three channels, hand-over
to the department, supplement requests (some still waiting), apologies with a new appointment,
early, on-time and late results, returns, and a few refusals, stops and withdrawals. The legal
due moment of each one comes from the deadline engine, so the statistics report and the
warnings read them exactly as they read dossiers registered at the counter.

The same seed gives the same dossiers. Everything lands in one transaction (all or nothing);
on SQLite a large load drops the secondary indexes first and builds them once at the end.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from desk_app.db.database import Database
from desk_app.db.models import Dossier, DossierEvent, Procedure
from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.codes import dossier_code, unit_for_numbering
from desk_app.domain.deadline import Clock, Pause, TimeLimit, compute_deadline, policy_of
from desk_app.domain.errors import ValidationError
from desk_app.domain.lifecycle import EventKind, State
from desk_app.domain.roles import Permission
from desk_app.domain.text import fold, search_text
from desk_app.services import agency, audit, auth, calendar_service
from desk_app.services.bulk import (
    EVENT_COLUMNS,
    allocate_ids,
    bulk_insert,
    indexes_rebuilt_after,
    mark_pausing,
    reserve_all,
)

MAX_COUNT = 5_000_000
_NO_DATA: dict = {}  # one shared payload: the bulk insert serialises it once
CHUNK = 20_000

SURNAMES = (
    ("Nguyễn", 31),
    ("Trần", 11),
    ("Lê", 9),
    ("Phạm", 7),
    ("Hoàng", 5),
    ("Huỳnh", 4),
    ("Phan", 4),
    ("Vũ", 4),
    ("Võ", 4),
    ("Đặng", 2),
    ("Bùi", 2),
    ("Đỗ", 2),
    ("Hồ", 2),
    ("Ngô", 2),
    ("Dương", 1),
    ("Lý", 1),
)
MIDDLE_MEN = ("Văn", "Hữu", "Minh", "Quốc", "Đức", "Thanh", "Công", "Xuân", "Ngọc")
MIDDLE_WOMEN = ("Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Hồng", "Bích")
GIVEN_MEN = ("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khoa", "Long", "Nam", "Phúc")
GIVEN_MEN += ("Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Vinh")
GIVEN_WOMEN = ("Anh", "Ánh", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai")
GIVEN_WOMEN += ("Ngân", "Nhung", "Phương", "Thảo", "Trang", "Uyên", "Vy", "Yến")
COMPANY_FORMS = ("Công ty TNHH", "Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV")
COMPANY_TRADES = ("Sản xuất", "Thương mại", "Điện tử", "Cơ khí", "Bao bì", "Dệt may", "Nhựa")
COMPANY_TRADES += ("Thực phẩm", "Gỗ", "Hóa chất", "Logistics", "Xây dựng", "Linh kiện")
COMPANY_NAMES = ("Đại Phát", "Minh Long", "Hoàng Gia", "Việt Nhật", "Tân Cảng", "An Phú")
COMPANY_NAMES += ("Thành Công", "Phú Mỹ", "Hưng Thịnh", "Kim Long", "Đông Á", "Sao Việt")
COMPANY_NAMES += ("Hòa Bình", "Nam Việt", "Toàn Cầu", "Quang Minh", "Thái Bình Dương")
COMPANY_NAMES += ("Hanwha Vina", "Taekwang", "Formosa", "Changshin", "Pouchen", "Shinsung")
ZONES = ("Amata", "Biên Hòa 2", "Long Thành", "Nhơn Trạch 3", "Loteco", "Hố Nai", "Sông Mây")
WARDS = ("phường Long Bình", "phường An Bình", "xã An Phước", "xã Hiệp Phước", "phường Tam Phước")
STREETS = ("Võ Thị Sáu", "Phạm Văn Thuận", "Nguyễn Ái Quốc", "Đồng Khởi", "Huỳnh Văn Nghệ")
PHONE_PREFIXES = ("090", "091", "093", "094", "096", "097", "098", "086", "088", "070", "079")

# share of each channel, and of each closing
CHANNELS = (("online", 0.46), ("counter", 0.46), ("postal", 0.08))
ORGANISATION_FIELDS = ("Đầu tư", "Xây dựng", "Thương mại", "Lao động")

DOSSIER_COLUMNS = (
    "id",
    "code",
    "register_year",
    "register_no",
    "procedure_id",
    "limit_value",
    "limit_unit",
    "cutoff",
    "received_at",
    "state",
    "due_at",
    "due_fixed",
    "appointment_at",
    "extended_due_at",
    "resolved_at",
    "outcome",
    "returned_at",
    "applicant_kind",
    "applicant_name",
    "applicant_name_folded",
    "applicant_id_no",
    "address",
    "phone",
    "email",
    "channel",
    "sets_count",
    "return_method",
    "return_address",
    "note",
    "search_folded",
)


@dataclass(frozen=True)
class DemoResult:
    created: int
    first_day: dt.date
    last_day: dt.date
    events: int


@dataclass(frozen=True)
class _Procedure:
    id: int
    field: str
    limit: TimeLimit
    weight: float
    pause: bool = False  # the procedure's own law pauses the term on a supplement


def _weighted(rng: random.Random, pairs) -> Callable[[], str]:
    values = [v for v, _ in pairs]
    cumulative = []
    total = 0.0
    for _, weight in pairs:
        total += weight
        cumulative.append(total)
    return lambda: rng.choices(values, cum_weights=cumulative)[0]


class _People:
    """Vietnamese names, identity numbers, phones and addresses."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.surname = _weighted(rng, SURNAMES)

    def person(self) -> tuple[str, str]:
        rng = self.rng
        if rng.random() < 0.5:
            middle, given = rng.choice(MIDDLE_MEN), rng.choice(GIVEN_MEN)
        else:
            middle, given = rng.choice(MIDDLE_WOMEN), rng.choice(GIVEN_WOMEN)
        province = rng.choice(("075", "079", "001", "038", "040", "052", "066"))
        number = f"{province}{rng.randrange(10**9):09d}"
        return f"{self.surname()} {middle} {given}", number

    def company(self) -> tuple[str, str]:
        rng = self.rng
        name = (
            f"{rng.choice(COMPANY_FORMS)} {rng.choice(COMPANY_TRADES)} {rng.choice(COMPANY_NAMES)}"
        )
        if rng.random() < 0.3:
            name += " Việt Nam"
        return name, f"36{rng.randrange(10**8):08d}"

    def address(self, organisation: bool) -> str:
        rng = self.rng
        if organisation:
            return (
                f"Lô {rng.choice('ABCDEFGH')}{rng.randint(1, 40)}, Khu công nghiệp "
                f"{rng.choice(ZONES)}, {rng.choice(WARDS)}, tỉnh Đồng Nai"
            )
        street = f"Số {rng.randint(1, 350)} đường {rng.choice(STREETS)}"
        return f"{street}, {rng.choice(WARDS)}, tỉnh Đồng Nai"

    def phone(self) -> str:
        return f"{self.rng.choice(PHONE_PREFIXES)}{self.rng.randrange(10**7):07d}"


def _days(calendar: WorkingCalendar, first: dt.date, last: dt.date) -> list[dt.date]:
    days = []
    day = first
    while day <= last:
        if calendar.is_working_day(day):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def _per_day(rng: random.Random, days: list[dt.date], count: int) -> list[int]:
    """How many dossiers each working day receives: ``count`` in all, growing by about a
    tenth a year, busier on Mondays and before Tết, with day-to-day noise."""
    first = days[0]
    weights = []
    for day in days:
        weight = 1.1 ** ((day - first).days / 365) * rng.uniform(0.7, 1.3)
        if day.weekday() == 0:
            weight *= 1.25
        if day.weekday() == 5:  # a worked Saturday, or a Saturday-morning office
            weight *= 0.5
        if day.month == 1:
            weight *= 1.15
        weights.append(weight)
    total = sum(weights)
    counts = [int(count * w / total) for w in weights]
    for index in rng.choices(range(len(days)), weights=weights, k=count - sum(counts)):
        counts[index] += 1
    return counts


def generate(
    db: Database,
    count: int,
    *,
    seed: int = 1,
    years: int = 3,
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    """Add ``count`` demonstration dossiers received over the ``years`` before ``now``."""
    if not 1 <= count <= MAX_COUNT:
        raise ValidationError(f"Số hồ sơ mẫu phải từ 1 đến {MAX_COUNT:,}: {count}", "count")
    if not 1 <= years <= 30:
        raise ValidationError(f"Số năm phải từ 1 đến 30: {years}", "years")
    moment = (now or dt.datetime.now()).replace(second=0, microsecond=0)
    auth.require(Permission.SETTINGS)

    def work(session: Session) -> DemoResult:
        procedures = _procedures(session)
        unit = unit_for_numbering(agency.use_sample_unit(session))
        first_id = (session.scalar(select(func.max(Dossier.id))) or 0) + 1
        calendar = calendar_service.calendar_for(session)
        rng = random.Random(seed)
        days = _days(calendar, moment.date().replace(year=moment.year - years), moment.date())
        per_day = [(day, n) for day, n in zip(days, _per_day(rng, days, count), strict=True) if n]
        connection = session.connection()
        made = events_made = 0
        with (
            indexes_rebuilt_after(connection, Dossier.__table__, count),
            indexes_rebuilt_after(connection, DossierEvent.__table__, count * 4),
        ):
            for batch in _batches(per_day, CHUNK):
                writer = _Writer(session, unit, batch)
                factory = _Factory(rng, calendar, procedures, moment)
                dossiers, events = factory.make(batch, writer)
                bulk_insert(connection, Dossier.__table__, DOSSIER_COLUMNS, dossiers)
                bulk_insert(connection, DossierEvent.__table__, EVENT_COLUMNS, events)
                made += len(dossiers)
                events_made += len(events)
                if progress is not None:
                    progress(made, count)
        mark_pausing(session, first_id)
        audit.record(
            session,
            "demo.generate",
            "register",
            f"seed {seed}",
            new={"dossiers": made, "events": events_made, "years": years},
        )
        return DemoResult(made, per_day[0][0], per_day[-1][0], events_made)

    return db.run_write(work, attempts=1)


def _procedures(session: Session) -> list[_Procedure]:
    query = select(Procedure).where(Procedure.active.is_(True)).order_by(Procedure.code)
    rows = session.scalars(query.options(joinedload(Procedure.field))).all()
    if not rows:
        raise ValidationError(
            "Danh mục thủ tục trống: hãy nhập danh mục trước khi tạo hồ sơ mẫu", "catalogue"
        )
    result = []
    for row in rows:
        limit = TimeLimit.stored(row.limit_value, row.limit_unit, row.cutoff)
        # the investment and work-permit procedures are the busy ones at an industrial-zone board
        weight = 3.0 if row.field.name in ("Đầu tư", "Lao động") else 1.0
        result.append(_Procedure(row.id, row.field.name, limit, weight, row.supplement_pause))
    return result


def _batches(per_day: list[tuple[dt.date, int]], size: int) -> Iterator[list[tuple[dt.date, int]]]:
    batch: list[tuple[dt.date, int]] = []
    total = 0
    for item in per_day:
        batch.append(item)
        total += item[1]
        if total >= size:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


class _Writer:
    """Numbers for one batch: code sequences per day and register numbers per year, reserved
    from the same counters the counter's registrations use."""

    def __init__(self, session: Session, unit: str, batch: list[tuple[dt.date, int]]):
        by_year: dict[int, int] = defaultdict(int)
        wanted: dict[str, tuple[int, int]] = {}
        for day, n in batch:
            wanted[f"code:{unit}:{day:%y%m%d}"] = (0, n)
            by_year[day.year] += n
        for year, n in by_year.items():
            wanted[f"register:{year}"] = (0, n)
        self.unit = unit
        self.first = reserve_all(session, wanted)
        self.ids = iter(allocate_ids(session, sum(n for _, n in batch)))

    def code(self, day: dt.date, offset: int) -> str:
        return dossier_code(self.unit, day, self.first[f"code:{self.unit}:{day:%y%m%d}"] + offset)

    def register_no(self, year: int) -> int:
        name = f"register:{year}"
        number = self.first[name]
        self.first[name] = number + 1
        return number


class _Factory:
    def __init__(self, rng, calendar, procedures, now):
        self.rng = rng
        self.calendar = calendar
        self.procedures = procedures
        self.weights = [p.weight for p in procedures]
        self.now = now
        self.people = _People(rng)
        self.channel = _weighted(rng, CHANNELS)

    def _moments(self, day: dt.date, n: int) -> list[dt.datetime]:
        """``n`` sorted moments inside the day's sessions (today: before now)."""
        sessions = self.calendar.sessions(day)
        minutes = [m for start, end in sessions for m in range(start, end)]
        midnight = dt.datetime(day.year, day.month, day.day)
        if day == self.now.date():
            before = (self.now - midnight).seconds // 60
            minutes = [m for m in minutes if m <= before] or [min(before, minutes[0])]
        chosen = sorted(self.rng.choice(minutes) for _ in range(n))
        return [midnight + dt.timedelta(minutes=m) for m in chosen]

    def make(self, batch, writer: _Writer) -> tuple[list[tuple], list[tuple]]:
        dossiers: list[tuple] = []
        events: list[tuple] = []
        ids = writer.ids
        for day, n in batch:
            for offset, received in enumerate(self._moments(day, n)):
                dossier_id = next(ids)
                dossiers.append(
                    self._dossier(
                        dossier_id,
                        writer.code(day, offset),
                        writer.register_no(day.year),
                        received,
                        events,
                    )
                )
        return dossiers, events

    def _dossier(self, dossier_id, code, register_no, received, events) -> tuple:
        rng, calendar, now = self.rng, self.calendar, self.now
        procedure = rng.choices(self.procedures, weights=self.weights)[0]
        organisation = procedure.field in ORGANISATION_FIELDS or rng.random() < 0.2
        name, identity = self.people.company() if organisation else self.people.person()
        channel = self.channel()

        def event(at: dt.datetime, kind: EventKind, data: dict | None = None) -> None:
            events.append((dossier_id, at, kind.value, None, "", data or _NO_DATA))

        event(received, EventKind.RECEIVED)
        state = State.RECEIVED
        handed = calendar.add_working_minutes(received, rng.randint(15, 240))
        pauses: tuple[Pause, ...] = ()
        if handed <= now:
            event(handed, EventKind.HANDED_OVER)
            state = State.HANDED_OVER
            if rng.random() < 0.12:  # the department asks for a supplement
                asked = calendar.add_working_minutes(handed, rng.randint(60, 3 * 480))
                if asked <= now:
                    supplied = calendar.next_opening(asked + dt.timedelta(days=rng.randint(1, 12)))
                    event(asked, EventKind.SUPPLEMENT_REQUESTED, {"items": ["Bản sao giấy tờ"]})
                    state = State.SUPPLEMENT_REQUESTED
                    if supplied <= now:
                        event(supplied, EventKind.SUPPLEMENT_RECEIVED)
                        state = State.HANDED_OVER
                        pauses = (Pause(asked, supplied),)
                    else:
                        pauses = (Pause(asked, None),)
        policy = policy_of(procedure.pause)
        deadline = compute_deadline(calendar, Clock(received, procedure.limit, pauses, policy))
        due = deadline.due
        resolved = outcome = returned = extended = None
        if due is not None and state is State.HANDED_OVER:
            base = pauses[-1].supplied if pauses else handed
            resolved, outcome, extended = self._result(base, due, event)
            if resolved is not None and resolved <= now:
                state, outcome, returned = self._finish(resolved, outcome, event, due)
            else:
                resolved = outcome = None
        return (
            dossier_id,
            code,
            received.year,
            register_no,
            procedure.id,
            procedure.limit.value,
            procedure.limit.unit.value,
            procedure.limit.cutoff,
            received,
            state.value,
            due,
            False,
            due,
            extended,
            resolved,
            outcome,
            returned,
            "organisation" if organisation else "person",
            name,
            fold(name),
            identity,
            address := self.people.address(organisation),
            self.people.phone(),
            "",
            channel,
            1,
            "post" if channel == "postal" else "desk",
            "",
            "",
            search_text(name, address),
        )

    def _finish(
        self, resolved, outcome, event, due
    ) -> tuple[State, str | None, dt.datetime | None]:
        """The result made and perhaps handed back by now, or the dossier closed otherwise:
        its state, outcome and return moment. A return before the appointment records that
        the applicant was phoned when the result was ready (Decree 118/2025)."""
        rng, calendar, now = self.rng, self.calendar, self.now
        if outcome is not None:
            kind = {
                "refused": EventKind.REFUSED,
                "stopped": EventKind.STOPPED,
                "withdrawn": EventKind.WITHDRAWN,
            }[outcome]
            event(resolved, kind)
            return State(outcome), outcome, None
        event(resolved, EventKind.RESULT_READY)
        handback = resolved + dt.timedelta(minutes=rng.choice((10, 60, 240, 1440, 2880, 4320)))
        if handback <= now:
            returned = calendar.next_opening(handback)
            if returned <= now:
                told = None
                if due is not None and returned < due:
                    at = resolved.isoformat(sep=" ", timespec="minutes")
                    told = {"told_how": "phone", "told_at": at, "early": True}
                event(returned, EventKind.RETURNED, told)
                return State.RETURNED, "returned", returned
        return State.RESULT_READY, None, None

    def _result(self, base, due, event):
        """When and how the department finishes: early, on the due day, late (some with an
        apology beforehand) or closed without a result."""
        rng, calendar = self.rng, self.calendar
        span = max(calendar.working_minutes_between(base, due), 1)
        draw = rng.random()
        if draw < 0.035:
            outcome = rng.choice(("refused", "stopped", "withdrawn"))
            at = calendar.add_working_minutes(base, max(1, int(span * rng.uniform(0.1, 0.7))))
            return at, outcome, None
        if draw < 0.125:  # late
            late = calendar.add_working_minutes(due, rng.randint(60, 8 * 480))
            extended = None
            if rng.random() < 0.6:
                warned = calendar.add_working_minutes(base, max(1, int(span * 0.8)))
                if warned <= self.now:
                    extended = calendar.close_of_day(late.date())
                    event(warned, EventKind.APOLOGY, {"new_due": f"{extended:%Y-%m-%d %H:%M}"})
            return late, None, extended
        at = calendar.add_working_minutes(base, max(1, int(span * rng.uniform(0.35, 1.0))))
        return at, None, None
