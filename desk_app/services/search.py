"""Finding dossiers from what the clerk types or scans: a code, a register number, a phone,
an identity number, or a name typed with or without diacritics."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, column, func, select, table
from sqlalchemy.orm import Session

from desk_app.db.database import Database
from desk_app.db.models import Dossier, Procedure
from desk_app.domain import validation
from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.codes import looks_like_dossier_code
from desk_app.domain.deadline import Deadline, WarningLevel, warning_bounds, warning_level
from desk_app.domain.errors import ValidationError
from desk_app.domain.lifecycle import State
from desk_app.domain.roles import Permission, mask_identity
from desk_app.domain.text import fold, nfc
from desk_app.services import agency, auth, calendar_service, jobs
from desk_app.services.tabular import write_table

_DIGITS = re.compile(r"^[\d\s.\-+()]+$")
MAX_QUERY = 200  # longer than any name, code, phone or number: a paste gone wrong


@dataclass(frozen=True)
class DossierRow:
    id: int
    code: str
    register_year: int
    register_no: int
    applicant_name: str
    procedure_code: str
    procedure_name: str
    state: str
    received_at: dt.datetime
    due_at: dt.datetime | None
    applicant_id_no: str = ""
    step_department: str | None = None  # where it is in its internal process, since when,
    step_since: dt.datetime | None = None  # and when that step's time budget runs out
    step_due_at: dt.datetime | None = None

    @property
    def masked_id(self) -> str:
        """The citizen ID or tax code as a list shows it (last four characters)."""
        return mask_identity(self.applicant_id_no)


def _base() -> Select:
    return select(
        Dossier.id,
        Dossier.code,
        Dossier.register_year,
        Dossier.register_no,
        Dossier.applicant_name,
        Procedure.code,
        Procedure.name,
        Dossier.state,
        Dossier.received_at,
        Dossier.due_at,
        Dossier.applicant_id_no,
        Dossier.step_department,
        Dossier.step_since,
        Dossier.step_due_at,
    ).join(Procedure, Procedure.id == Dossier.procedure_id)


_SEARCH = table("dossier_search", column("rowid"), column("dossier_search"))


QUICK_CANDIDATES = 1000  # quick search: the newest entries among the matches, by entry order


def _inside(folded: str, sqlite: bool, newest: int | None = None) -> list:
    """Every word typed (or part of a word) somewhere in the name, address or note, without
    diacritics: through the FTS5 trigram table on SQLite, the trigram index on PostgreSQL.
    Words of fewer than three letters (too short for a trigram) narrow what the others found."""
    words = list(dict.fromkeys(folded.split()))
    long_words = [w for w in words if len(w) >= 3]
    short = [Dossier.search_folded.contains(w, autoescape=True) for w in words if len(w) < 3]
    if sqlite:
        phrase = " ".join('"' + w.replace('"', '""') + '"' for w in long_words)
        match = select(_SEARCH.c.rowid).where(_SEARCH.c.dossier_search.op("MATCH")(phrase))
        if newest is not None:  # FTS5 walks its lists backwards and stops: a common word in
            match = match.order_by(_SEARCH.c.rowid.desc()).limit(newest)  # 2,000,000 is cheap
        return [Dossier.id.in_(match), *short]
    return [*(Dossier.search_folded.contains(w, autoescape=True) for w in long_words), *short]


def _text_conditions(text: str, sqlite: bool = True, newest: int | None = None) -> list:
    """Index-backed conditions for what was typed: a dossier code, a register number, a phone,
    an identity number, or words found anywhere in the name, address or note ("dai phat" finds
    "Công ty TNHH Đại Phát"); one or two letters alone look at the start of the name."""
    query = nfc(text)
    if len(query) > MAX_QUERY:
        raise ValidationError(f"Nội dung tìm quá dài (tối đa {MAX_QUERY} ký tự)", "q")
    if validation.CONTROL.search(query):
        raise ValidationError("Nội dung tìm có ký tự điều khiển", "q")
    if looks_like_dossier_code(query):
        return [Dossier.code == query.upper()]
    if _DIGITS.match(query) and any(c.isdigit() for c in query):  # not "." or "(" alone
        digits = re.sub(r"\D", "", query)
        if query.strip().startswith("+84"):
            digits = "0" + digits[2:]
        if len(digits) <= 6:
            return [Dossier.register_no == int(digits)]
        if len(digits) in (10, 11) and digits.startswith("0"):
            return [Dossier.phone == digits]
        return [Dossier.applicant_id_no == query.replace(" ", "")]
    folded = fold(query)
    if any(len(word) >= 3 for word in folded.split()):
        return _inside(folded, sqlite, newest)
    # a range on the folded name: an index scan on SQLite and PostgreSQL alike
    return [
        Dossier.applicant_name_folded >= folded,
        Dossier.applicant_name_folded < folded + "\uffff",
    ]


def quick_search(session: Session, text: str, limit: int = 50) -> list[DossierRow]:
    """Dossiers matching ``text``, newest first. Each kind of input uses an index: the code,
    the register number, the phone, the identity number, the words of the name, address or
    note (a trigram index), or the start of the folded name."""
    auth.require(Permission.SEARCH)
    if not nfc(text):
        raise ValidationError("Nhập mã hồ sơ, số thứ tự, tên, số điện thoại hoặc số giấy tờ", "q")
    conditions = _text_conditions(text, _is_sqlite(session), QUICK_CANDIDATES)
    order = (Dossier.received_at.desc(), Dossier.id.desc())
    statement = _base().where(*conditions).order_by(*order).limit(limit)
    return [DossierRow(*row) for row in session.execute(statement)]


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


# --------------------------------------------------------------------------- filtered pages

SORTS = {
    "code": Dossier.code,
    "register_no": Dossier.register_no,
    "applicant_name": Dossier.applicant_name_folded,
    "procedure": Procedure.code,
    "state": Dossier.state,
    "received_at": Dossier.received_at,
    "due_at": Dossier.due_at,
    "resolved_at": Dossier.resolved_at,
}
# States in which the clock runs and the result is not back yet: these can be overdue.
RUNNING = (State.RECEIVED.value, State.HANDED_OVER.value)
COUNT_CAP = 10_000
# a search by words lists the newest 1,000 dossiers that match (by entry order); more words
# narrow it (a common name in 2,000,000 dossiers would otherwise read thousands of rows)
TEXT_CAP = 1_000


@dataclass(frozen=True)
class Criteria:
    """What the dossier list is filtered by; every field is optional."""

    text: str = ""
    procedure_id: int | None = None
    field_id: int | None = None
    states: tuple[str, ...] = ()
    warning: WarningLevel | None = None
    channel: str | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    resolved_from: dt.date | None = None
    resolved_to: dt.date | None = None


@dataclass(frozen=True)
class Page:
    rows: list[DossierRow]
    total: int  # capped at COUNT_CAP
    total_capped: bool  # more than COUNT_CAP match
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


def _day_range(column, first: dt.date | None, last: dt.date | None) -> list:
    conditions = []
    if first is not None:
        conditions.append(column >= dt.datetime.combine(first, dt.time()))
    if last is not None:
        conditions.append(column < dt.datetime.combine(last + dt.timedelta(days=1), dt.time()))
    return conditions


def warning_conditions(
    level: WarningLevel, calendar: WorkingCalendar, now: dt.datetime, soon_days: int
) -> list:
    """The SQL form of :func:`desk_app.domain.deadline.warning_level` (on the stored due),
    generated from the same intervals (:func:`desk_app.domain.deadline.warning_bounds`)."""
    if level is WarningLevel.PAUSED:
        return [Dossier.state == State.SUPPLEMENT_REQUESTED.value]
    low, high = warning_bounds(calendar, now, soon_days)[level]
    conditions = [Dossier.state.in_(RUNNING)]
    if low is not None:
        conditions.append(Dossier.due_at >= low)
    if high is not None:
        conditions.append(Dossier.due_at < high)
    return conditions


def search_dossiers(
    session: Session,
    criteria: Criteria,
    *,
    sort: str = "received_at",
    descending: bool = True,
    page: int = 0,
    page_size: int = 50,
    now: dt.datetime | None = None,
    count: bool = True,
) -> Page:
    """One page of dossiers matching ``criteria``, sorted by ``sort`` (a key of ``SORTS``).
    ``count=False`` skips counting (a list fetching its next page already knows)."""
    auth.require(Permission.SEARCH)
    if sort not in SORTS:
        raise ValidationError(f"Không sắp xếp được theo {sort!r}", "sort")
    if page < 0 or not 1 <= page_size <= 1000:
        raise ValidationError("Trang hoặc cỡ trang không hợp lệ", "page")
    conditions: list = []
    cap = COUNT_CAP
    if criteria.text.strip():  # words: among the newest TEXT_CAP matches, by entry order
        cap = TEXT_CAP
        conditions += _text_conditions(criteria.text, _is_sqlite(session), TEXT_CAP + 1)
    if criteria.procedure_id is not None:
        conditions.append(Dossier.procedure_id == criteria.procedure_id)
    if criteria.field_id is not None:
        in_field = select(Procedure.id).where(Procedure.field_id == criteria.field_id)
        conditions.append(Dossier.procedure_id.in_(in_field))
    if criteria.states:
        conditions.append(Dossier.state.in_(criteria.states))
    if criteria.channel:
        conditions.append(Dossier.channel == criteria.channel)
    if criteria.warning is not None:
        settings = agency.get_settings(session)
        conditions += warning_conditions(
            criteria.warning,
            calendar_service.calendar_for(session),
            now or dt.datetime.now(),
            settings.warning_days,
        )
    conditions += _day_range(Dossier.received_at, criteria.received_from, criteria.received_to)
    conditions += _day_range(Dossier.due_at, criteria.due_from, criteria.due_to)
    conditions += _day_range(Dossier.resolved_at, criteria.resolved_from, criteria.resolved_to)

    column = SORTS[sort]
    order = (column.desc(), Dossier.id.desc()) if descending else (column.asc(), Dossier.id)
    statement = (
        _base().where(*conditions).order_by(*order).offset(page * page_size).limit(page_size)
    )
    rows = [DossierRow(*row) for row in session.execute(statement)]
    if not count:
        return Page(rows, -1, False, page, page_size)
    counted = select(Dossier.id).where(*conditions).limit(cap + 1).subquery()
    total = session.scalar(select(func.count()).select_from(counted)) or 0
    return Page(rows, min(total, cap), total > cap, page, page_size)


def row_warning(
    row: DossierRow, calendar: WorkingCalendar, now: dt.datetime, soon_days: int
) -> WarningLevel | None:
    """How a list colours a dossier: None when its clock is not running (result ready,
    closed); else the domain's warning level."""
    if row.state == State.SUPPLEMENT_REQUESTED.value:
        return WarningLevel.PAUSED
    if row.state not in RUNNING:
        return None
    deadline = Deadline(row.received_at, row.due_at, row.due_at is None)
    return warning_level(calendar, deadline, now, soon_days)


# --------------------------------------------------------------------------- for the facade

EXPORT_LIMIT = 100_000
EXPORT_PAGE = 1000


def page(db: Database, criteria: Criteria, **options: Any) -> Page:
    """:func:`search_dossiers` in a read transaction of its own (same options)."""
    with db.read() as session:
        return search_dossiers(session, criteria, **options)


def find(db: Database, text: str, limit: int = 50) -> list[DossierRow]:
    """:func:`quick_search` in a read transaction of its own."""
    validation.free_text(text, "Nội dung tìm", "text", 10_000, lines=False)
    with db.read() as session:
        return quick_search(session, text, limit=limit)


def list_context(db: Database) -> tuple[WorkingCalendar, int]:
    """The calendar in force and the agency's warning days: what colours a list's rows."""
    with db.read() as session:
        return calendar_service.calendar_for(session), agency.get_settings(session).warning_days


def export_view(
    db: Database,
    path: Path,
    criteria: Criteria,
    headers: Sequence[str],
    *,
    sort: str = "received_at",
    descending: bool = True,
    now: dt.datetime | None = None,
) -> int:
    """The dossiers of a list's view (its filters and order, at most ``EXPORT_LIMIT``) to a
    CSV or XLSX file: personal data, so a supervisor's. Cancellable between pages."""
    auth.require(Permission.EXPORT_PERSONAL)
    moment = now or dt.datetime.now()

    def rows() -> Iterator[tuple]:
        with db.read() as session:
            for number in range(EXPORT_LIMIT // EXPORT_PAGE):
                jobs.checkpoint(done=number * EXPORT_PAGE)
                found = search_dossiers(
                    session,
                    criteria,
                    sort=sort,
                    descending=descending,
                    page=number,
                    page_size=EXPORT_PAGE,
                    now=moment,
                    count=False,
                ).rows
                for r in found:
                    yield (
                        r.code,
                        r.register_no,
                        r.applicant_name,
                        r.masked_id,
                        r.procedure_code,
                        State(r.state).label_vi,
                        r.received_at,
                        r.due_at,
                    )
                if len(found) < EXPORT_PAGE:
                    return

    return write_table(path, headers, rows())
