"""Writing many rows at once: the register import and the demo data share this.

On SQLite the rows go straight to the driver's ``executemany`` in the form SQLAlchemy itself
stores them (its per-row parameter processing costs more than SQLite's insert). Counters
(register numbers, daily code sequences) are reserved for a whole batch in three statements.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import operator
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Table,
    Time,
    bindparam,
    func,
    insert,
    literal,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desk_app.db.models import Counter, Dossier

# dossier_events as bulk loads write them: (dossier_id, at, kind, user_id, note, data)
EVENT_COLUMNS = ("dossier_id", "at", "kind", "user_id", "note", "data")


def chunks(items: list, size: int = 500) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def reserve_all(session: Session, wanted: dict[str, tuple[int, int]]) -> dict[str, int]:
    """For each counter name -> (at least, count): raise the counter to at least ``at least``,
    take ``count`` numbers after it, and return the first number taken. Three statements
    whatever the number of counters; the counter rows stay locked until the transaction ends
    (SQLite: the whole database is, from BEGIN IMMEDIATE)."""
    if not wanted:
        return {}
    connection = session.connection()  # Core, not the ORM: a thousand counters in an import
    counters = Counter.__table__
    insert_ = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    names = list(wanted)
    connection.execute(
        insert_(counters).on_conflict_do_nothing(index_elements=[counters.c.name]),
        [{"name": name, "value": 0} for name in names],
    )
    current: dict[str, int] = {}
    for chunk in chunks(names):
        current.update(
            connection.execute(
                select(counters.c.name, counters.c.value)
                .where(counters.c.name.in_(chunk))
                .with_for_update()
            ).all()
        )
    first: dict[str, int] = {}
    updates = []
    for name, (at_least, count) in wanted.items():
        base = max(current[name], at_least)
        first[name] = base + 1
        updates.append({"counter_name": name, "new_value": base + count})
    connection.execute(
        update(counters)
        .where(counters.c.name == bindparam("counter_name"))
        .values(value=bindparam("new_value")),
        updates,
    )
    return first


JSON_CONVERTER = json.dumps


def _sqlite_converter(column_type: Any):
    """How SQLAlchemy's SQLite types store a Python value (the same text, so that comparisons
    with values SQLAlchemy binds later hold); ``None`` when the driver's own form is right."""
    if isinstance(column_type, DateTime):
        return lambda value: value.isoformat(" ", "microseconds")
    if isinstance(column_type, Time):
        return lambda value: value.isoformat("microseconds")
    if isinstance(column_type, Date):
        return dt.date.isoformat
    if isinstance(column_type, JSON):
        return JSON_CONVERTER
    if isinstance(column_type, Boolean):
        return int
    return None


@contextlib.contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a bulk load builds a few hundred thousand small
    objects (rows, tuples) that form no cycles: it would walk them again and again, a tenth of
    an import's time. Reference counting still frees everything meanwhile."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def indexes_rebuilt_after(connection: Connection, table: Table, adding: int) -> Iterator[None]:
    """A bulk load into SQLite that at least doubles ``table``: drop its non-unique indexes,
    load, and build them again (one sort per index instead of an insert per row per index).
    All inside the caller's transaction, so a failure leaves the indexes as they were. Not on
    PostgreSQL, where dropping an index would lock out the other counters meanwhile."""
    if connection.dialect.name != "sqlite" or adding < 1000:
        yield
        return
    # Rebuild when the table holds at most ``adding`` rows: the count stops past that, so that
    # a large table (8 million events at 2,000,000 dossiers) is not counted whole each time.
    first_rows = select(literal(1)).select_from(table).limit(adding + 1).subquery()
    if connection.execute(select(func.count()).select_from(first_rows)).scalar_one() > adding:
        yield
        return
    indexes = [index for index in table.indexes if not index.unique]
    for index in indexes:
        index.drop(connection)
    yield
    for index in indexes:
        index.create(connection)


class StoredForms(NamedTuple):
    """How a caller of :func:`insert_columns` writes values (never None) of the
    types SQLAlchemy stores in its own way on SQLite; elsewhere each value goes as it is.
    ``moments`` turns a whole column of moments at once."""

    moments: Callable[[Sequence[dt.datetime]], list[Any]]
    time_of_day: Callable[[dt.time], Any]
    json: Callable[[Any], Any]
    flag: Callable[[bool], Any]  # SQLite's driver adapts a bool in Python, an int in C


_DAY = dt.datetime.date
_CLOCK = dt.datetime.time


def sqlite_moments(moments: Sequence[dt.datetime]) -> list[str]:
    """Each moment as SQLAlchemy's SQLite DateTime stores it (``2026-03-05 07:30:00.000000``),
    put together from the text of each distinct day and time of day: a register holds a few
    hundred of each, and formatting every moment whole costs three times as much."""
    days = list(map(_DAY, moments))
    clocks = list(map(_CLOCK, moments))
    day_text = {day: f"{day.isoformat()} " for day in set(days)}
    clock_text = {clock: clock.isoformat("microseconds") for clock in set(clocks)}
    return list(
        map(operator.add, map(day_text.__getitem__, days), map(clock_text.__getitem__, clocks))
    )


# As SQLAlchemy's SQLite DateTime and Time store them.
_SQLITE_FORMS = StoredForms(
    sqlite_moments,
    operator.methodcaller("isoformat", "microseconds"),
    JSON_CONVERTER,
    int,
)


def _same(value: Any) -> Any:
    return value


_AS_THEY_ARE = StoredForms(list, _same, _same, _same)


def stored_forms(connection: Connection) -> StoredForms:
    return _SQLITE_FORMS if connection.dialect.name == "sqlite" else _AS_THEY_ARE


def bulk_insert(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    rows: list[tuple],
) -> None:
    """Insert many rows (tuples in ``columns`` order). On SQLite they go straight to the
    driver's executemany, converted column by column as SQLAlchemy would store them (its
    per-row parameter processing costs more than SQLite's insert); elsewhere through Core."""
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        connection.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    placeholders = ", ".join("?" for _ in columns)
    statement = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({placeholders})"
    by_column = list(zip(*rows, strict=True))
    for i, name in enumerate(columns):
        convert = _sqlite_converter(table.c[name].type)
        if convert is JSON_CONVERTER:  # usually the same payload dict many times
            dumped = {id(v): json.dumps(v) for v in {id(v): v for v in by_column[i]}.values()}
            by_column[i] = [dumped[id(v)] for v in by_column[i]]
        elif convert is not None:
            by_column[i] = [None if v is None else convert(v) for v in by_column[i]]
    connection.exec_driver_sql(statement, list(zip(*by_column, strict=True)))


def _sqlite_literal(value: Any) -> str | None:
    """``value`` written into SQLite's SQL text, for the plain types; else None."""
    if value is None:
        return "NULL"
    if type(value) is int:
        return str(value)
    if type(value) is str and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def insert_columns(
    connection: Connection, table: Table, columns: Mapping[str, Sequence[Any]]
) -> None:
    """Insert the rows that ``columns`` holds column by column (name -> one value per row,
    all of one length), each value in the form :func:`stored_forms` gives. On SQLite they go
    straight to the driver's executemany, and a column with one value in every row (the clerk
    who imports, an empty note, one channel...) is written into the statement instead of
    bound again for each row: binding a parameter costs more than storing it. The rows are
    put together only there, from the columns still bound. Elsewhere through Core."""
    names = list(columns)
    cells = list(columns.values())
    if not cells or not cells[0]:
        return
    if connection.dialect.name != "sqlite":
        bulk_insert(connection, table, names, list(zip(*cells, strict=True)))
        return
    values, kept = [], []
    for i, column in enumerate(cells):
        first = column[0]
        literal = None
        if (
            i > 0  # one column at least stays a parameter, or there would be no rows to bind
            and column.count(first) == len(column)
            # 1 == 1.0 == True: an int column must hold ints alone to be written as one
            and (type(first) is not int or set(map(type, column)) == {int})
        ):
            literal = _sqlite_literal(first)
        values.append("?" if literal is None else literal)
        if literal is None:
            kept.append(column)
    statement = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join(values)})"
    connection.exec_driver_sql(statement, list(zip(*kept, strict=True)))


def mark_pausing(session: Session, first_id: int) -> None:
    """Dossiers loaded in bulk from ``first_id`` on keep their procedure's supplement rule
    (Decree 118/2025 Art. 19(5)); one statement, as the loads write rows without it."""
    from desk_app.db.models import Procedure

    pausing = select(Procedure.id).where(Procedure.supplement_pause.is_(True))
    session.execute(
        update(Dossier)
        .where(Dossier.id >= first_id, Dossier.procedure_id.in_(pausing))
        .values(supplement_pause=True)
        .execution_options(synchronize_session=False)
    )


def allocate_ids(session: Session, count: int) -> Sequence[int]:
    """Primary keys for ``count`` new dossiers, so that their events can be inserted without
    reading the ids back row by row."""
    if session.get_bind().dialect.name == "postgresql":
        sequence = session.scalar(text("SELECT pg_get_serial_sequence('dossiers', 'id')"))
        return list(
            session.scalars(
                text("SELECT nextval(:sequence) FROM generate_series(1, :count)"),
                {"sequence": sequence, "count": count},
            )
        )
    # SQLite: the write transaction began with BEGIN IMMEDIATE, so nobody else inserts now
    highest = session.scalar(select(func.max(Dossier.id))) or 0
    return range(highest + 1, highest + count + 1)
