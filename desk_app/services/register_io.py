"""Import and export of the tracking register (CSV or XLSX).

For moving from an Excel register or another system, and for handing data on. Import is
all-or-nothing by default: every bad row is reported (row, column, reason) and nothing is written.
With ``skip_invalid`` the good rows land and the bad ones go to a side file with their reasons.

Empty ``code``, ``register_no`` or ``due_at`` are assigned as at the counter. A ``due_at`` given by
the file is the source register's legal due moment: it is kept (``Dossier.due_fixed``) unless it is
the one this desk would compute anyway.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections import defaultdict
from collections.abc import Sequence
from operator import attrgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Integer,
    and_,
    case,
    insert,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desk_app.db.database import Database
from desk_app.db.models import Dossier, DossierEvent, Procedure
from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.codes import unit_for_numbering
from desk_app.domain.deadline import TimeLimit, first_dues
from desk_app.domain.errors import ValidationError
from desk_app.domain.lifecycle import EventKind, State
from desk_app.domain.roles import Permission
from desk_app.services import agency, audit, auth, calendar_service, jobs
from desk_app.services.bulk import (
    EVENT_COLUMNS,
    StoredForms,
    allocate_ids,
    cycle_collector_paused,
    indexes_rebuilt_after,
    insert_columns,
    mark_pausing,
    stored_forms,
)
from desk_app.services.register_parse import (
    _CLOSING_EVENT,
    _DOSSIER_COLUMNS,
    _STATE_OF,
    ImportResult,
)
from desk_app.services.register_pass import assign_numbers, check_against_database, first_pass
from desk_app.services.tabular import ImportRejected, RowError, read_chunks, write_table

COLUMNS = (
    "code",
    "register_no",
    "procedure_code",
    "applicant_name",
    "applicant_id",
    "address",
    "phone",
    "email",
    "channel",
    "received_at",
    "due_at",
    "resolved_at",
    "returned_at",
    "outcome",
    "note",
)
REQUIRED = ("procedure_code", "applicant_name", "received_at")

# Header names seen in Excel registers kept by one-stop desks.
ALIASES: dict[str, tuple[str, ...]] = {
    "code": ("Mã hồ sơ", "Ma ho so", "Số hồ sơ"),
    "register_no": ("Số thứ tự", "STT", "Số TT", "Số vào sổ"),
    "procedure_code": ("Mã thủ tục", "Mã TTHC", "Mã thủ tục hành chính"),
    "applicant_name": (
        "Tên tổ chức, cá nhân",
        "Tên tổ chức/cá nhân",
        "Người nộp",
        "Tên người nộp",
        "Họ và tên",
        "Họ tên",
    ),
    "applicant_id": ("Số CCCD/MST", "Số giấy tờ", "CCCD", "Mã số thuế", "Số định danh"),
    "address": ("Địa chỉ",),
    "phone": ("Số điện thoại", "Điện thoại", "SĐT"),
    "email": ("Thư điện tử", "E-mail"),
    "channel": ("Kênh nộp", "Hình thức nộp"),
    "received_at": ("Ngày nhận", "Ngày tiếp nhận", "Thời điểm tiếp nhận", "Ngày nhận hồ sơ"),
    "due_at": ("Ngày hẹn trả", "Hẹn trả", "Hạn giải quyết", "Ngày hẹn trả kết quả"),
    "resolved_at": ("Ngày có kết quả", "Ngày giải quyết", "Ngày hoàn thành"),
    "returned_at": ("Ngày trả kết quả", "Ngày trả", "Ngày trả hồ sơ"),
    "outcome": ("Kết quả", "Kết quả giải quyết"),
    "note": ("Ghi chú",),
}


def import_register(
    db: Database,
    path: Path,
    *,
    skip_invalid: bool = False,
    user_id: int | None = None,
    now: dt.datetime | None = None,
) -> ImportResult:
    """Import a register file. Raises :class:`ImportRejected` (nothing written) when a row is
    bad, unless ``skip_invalid``: then the bad rows go to ``<file>.rejected.csv``."""
    actor = auth.require(Permission.EXPORT_PERSONAL)
    user_id = user_id if user_id is not None else actor.id
    with cycle_collector_paused():
        return _import(db, path, skip_invalid, user_id, now or dt.datetime.now())


def _import(
    db: Database, path: Path, skip_invalid: bool, user_id: int | None, moment: dt.datetime
) -> ImportResult:
    parsed = first_pass(path, ALIASES, REQUIRED, moment)
    jobs.checkpoint()
    imported_note = f"Nhập từ tệp {path.name}"

    def work(session: Session) -> tuple[int, list[RowError]]:
        keys = parsed.keys
        procedures = {
            code: (pid, value, unit, cutoff)
            for pid, code, value, unit, cutoff in session.execute(
                select(
                    Procedure.id,
                    Procedure.code,
                    Procedure.limit_value,
                    Procedure.limit_unit,
                    Procedure.cutoff,
                )
            )
        }
        late_bad = check_against_database(session, keys, set(procedures))
        bad = sorted(parsed.rejected + late_bad, key=lambda e: e.row)
        if bad and not skip_invalid:
            raise ImportRejected(path, bad)
        count = len(keys) - len(late_bad)
        if not count:
            return 0, bad
        settings = agency.ensure_settings(session)
        calendar = calendar_service.calendar_for(session)
        in_time = assign_numbers(session, keys, unit_for_numbering(settings.unit_code))
        ids = allocate_ids(session, count)  # in file order: the table grows at one end
        connection = session.connection()
        # Each value as the table stores it, built once: no second pass to convert columns.
        stored = stored_forms(connection)
        # per procedure: (id, limit value, unit, stored cutoff, limit)
        terms = {
            code: (
                pid,
                value,
                unit_name,
                None if cutoff is None else stored.time_of_day(cutoff),
                TimeLimit.stored(value, unit_name, cutoff),
            )
            for code, (pid, value, unit_name, cutoff) in procedures.items()
        }
        with indexes_rebuilt_after(connection, Dossier.__table__, count):
            done = 0
            for positions, columns in parsed.columns():
                numbering = (
                    ids[done : done + len(positions)],
                    keys.codes(positions),
                    keys.register_numbers(positions),
                )
                done += len(positions)
                records = _records(columns, numbering, terms, calendar, stored, user_id)
                insert_columns(connection, Dossier.__table__, records)
                jobs.checkpoint()
        with indexes_rebuilt_after(connection, DossierEvent.__table__, count):
            _insert_history(connection, ids, user_id, imported_note)
        mark_pausing(session, min(ids))
        jobs.checkpoint()  # the last step before the commit: cancelled, nothing is kept
        audit.record(
            session,
            "register.import",
            "register",
            path.name,
            new={
                "imported": count,
                "rejected": len(bad),
                "codes": f"{keys.code(in_time[0])} .. {keys.code(in_time[-1])}",
            },
        )
        return count, bad

    count, bad = db.run_write(work)
    result = ImportResult(count, bad)
    if bad:
        result.rejected_file = _write_rejects(path, bad)
    return result


def _records(
    columns: tuple[Sequence[Any], ...],
    numbering: tuple[Sequence[int], list[str], list[int]],
    terms: dict[str, tuple],
    calendar: WorkingCalendar,
    stored: StoredForms,
    user_id: int | None,
) -> dict[str, Sequence[Any]]:
    """The dossiers table's columns (``_DOSSIER_COLUMNS``, each value in stored form) for a
    piece of rows (``columns`` from :func:`register_pass._columns`, at least one row;
    ``numbering`` their ids, codes and register numbers): each column one pass of a C
    function (map, zip) where it can be, and one loop per procedure for the due moments."""
    _numbers, _codes, _given, procedures, received, given_due, resolved, returned, outcomes = (
        columns[:9]
    )
    values = columns[9:]
    ids, codes, register_nos = numbering
    count = len(ids)
    procedure_ids, limit_values, limit_units, cutoffs, _limits = zip(
        *map(terms.__getitem__, procedures), strict=True
    )
    computed: list[Any] = [None] * count
    by_procedure: dict[str, list[int]] = defaultdict(list)
    for i, code in enumerate(procedures):
        by_procedure[code].append(i)
    for code, positions in by_procedure.items():
        dues = first_dues(calendar, terms[code][4], [received[i] for i in positions])
        for i, due_at in zip(positions, dues, strict=True):
            computed[i] = due_at
    if any(given_due):  # the source register's own due moments, kept when they differ
        due = [given or mine for given, mine in zip(given_due, computed, strict=True)]
        fixed = list(map(stored.flag, map(operator.ne, due, computed)))
    else:
        due, fixed = computed, [stored.flag(False)] * count
    closed = {outcome: state.value for outcome, state in _STATE_OF.items()}
    ready, open_ = State.RESULT_READY.value, State.RECEIVED.value
    states = [
        (ready if at else open_) if outcome is None else closed[outcome]
        for outcome, at in zip(outcomes, resolved, strict=True)
    ]
    due_text = stored.moments(due)
    later = list({*resolved, *returned} - {None})  # resolved and returned share many moments
    later_text = dict(zip(later, stored.moments(later), strict=True)).get
    return dict(
        zip(
            _DOSSIER_COLUMNS,
            (
                list(ids),
                codes,
                list(map(_YEAR, received)),
                register_nos,
                procedure_ids,
                limit_values,
                limit_units,
                cutoffs,
                stored.moments(received),
                [user_id] * count,  # received_by_id
                states,
                due_text,
                fixed,
                due_text,  # appointment_at
                list(map(later_text, resolved)),
                outcomes,
                list(map(later_text, returned)),
                *values,
            ),
            strict=True,
        )
    )


_YEAR = attrgetter("year")


def _insert_history(connection: Connection, ids: list[int], user_id: int | None, note: str) -> None:
    """The history of the dossiers just inserted (``ids``), written by the database from their
    own columns: received; result ready and returned; or the closing event (refused, stopped,
    withdrawn). One statement per kind over each run of consecutive ids, in that order, so that
    a dossier's events keep the order of their ids when two share a moment."""
    d, events = Dossier.__table__, DossierEvent.__table__
    payload = literal({"source": "import"}, JSON)
    kinds = (
        (d.c.received_at, literal(EventKind.RECEIVED.value), note, true()),
        (
            d.c.resolved_at,
            literal(EventKind.RESULT_READY.value),
            "",
            and_(
                d.c.resolved_at.is_not(None),
                or_(d.c.outcome.is_(None), d.c.outcome == "returned"),
            ),
        ),
        (d.c.returned_at, literal(EventKind.RETURNED.value), "", d.c.outcome == "returned"),
        (
            d.c.resolved_at,
            case(
                {outcome: kind.value for outcome, kind in _CLOSING_EVENT.items()}, value=d.c.outcome
            ),
            "",
            d.c.outcome.in_(list(_CLOSING_EVENT)),
        ),
    )
    for first, last in _runs(ids):
        for at, kind, text, condition in kinds:
            chosen = (
                select(d.c.id, at, kind, literal(user_id, Integer), literal(text), payload)
                .where(d.c.id.between(first, last), condition)
                .order_by(d.c.id)
            )
            connection.execute(insert(events).from_select(EVENT_COLUMNS, chosen))


def _runs(ids: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted ids as runs of consecutive numbers: [1, 2, 3, 7, 8] -> [(1, 3), (7, 8)]. One run
    on SQLite; on PostgreSQL another counter's ids can fall between ours."""
    if isinstance(ids, range) and ids.step == 1:  # SQLite's: no list of a million numbers
        return [(ids[0], ids[-1])] if ids else []
    runs: list[tuple[int, int]] = []
    for number in sorted(ids):
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs


def rejected_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.rejected.csv")


def _write_rejects(path: Path, errors: list[RowError]) -> Path:
    """The bad rows beside the file, each with its reason and its cells (read once more)."""
    wanted = {e.row for e in errors}
    cells: dict[int, dict[str, str]] = {}
    for table in read_chunks(path, ALIASES, REQUIRED):
        cells.update((n, row) for n, row in table.rows if n in wanted)
    target = rejected_path(path)
    write_table(
        target,
        ("row", "error_column", "reason", *COLUMNS),
        (
            (e.row, e.column, e.reason, *(cells.get(e.row, {}).get(c, "") for c in COLUMNS))
            for e in errors
        ),
    )
    return target


def export_register(
    db: Database,
    path: Path,
    *,
    received_from: dt.date | None = None,
    received_to: dt.date | None = None,
) -> int:
    """Write the register (optionally the dossiers received in a date range) to ``path``: a
    file of personal data, so a supervisor's, and the export is in the audit trail."""
    auth.require(Permission.EXPORT_PERSONAL)
    if received_from and received_to and received_from > received_to:
        raise ValidationError("Ngày bắt đầu sau ngày kết thúc", "to")
    statement = (
        select(
            Dossier.code,
            Dossier.register_no,
            Procedure.code,
            Dossier.applicant_name,
            Dossier.applicant_id_no,
            Dossier.address,
            Dossier.phone,
            Dossier.email,
            Dossier.channel,
            Dossier.received_at,
            Dossier.due_at,
            Dossier.resolved_at,
            Dossier.returned_at,
            Dossier.outcome,
            Dossier.note,
        )
        .join(Procedure, Procedure.id == Dossier.procedure_id)
        .order_by(Dossier.received_at, Dossier.id)
    )
    if received_from is not None:
        statement = statement.where(Dossier.received_at >= received_from)
    if received_to is not None:
        statement = statement.where(Dossier.received_at < received_to + dt.timedelta(days=1))
    with db.read() as session:  # times come out as YYYY-MM-DD HH:MM (tabular._cell_text)
        result = session.execute(statement.execution_options(yield_per=2000))
        count = write_table(path, COLUMNS, result)

    def log_export(session: Session) -> None:
        audit.record(
            session,
            "register.export",
            "register",
            path.name,
            new={"rows": count, "from": received_from, "to": received_to},
        )

    db.record_or_note(log_export, "register export")
    return count
