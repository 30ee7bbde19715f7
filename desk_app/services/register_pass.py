"""The two passes of a register import, and the numbering between them.

The first pass reads and checks the whole file a piece at a time. Of every good row it keeps
what numbering needs in a few arrays (:class:`Keys`: about 30 bytes a row), and the rows
themselves column by column: the first pieces as they are, the later ones pickled and compressed
(about a quarter of the file's bytes, where rows as Python objects take ~2.5 kB each). The second
pass takes the pieces back one by one, each with its codes, register numbers and ids. So memory
stays a small multiple of the file's size however long the file is (2.1x at 1,000,000 rows),
small files pay nothing for it, and the import stays one transaction.
"""

from __future__ import annotations

import datetime as dt
import operator
import pickle
import zlib
from array import array
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress, groupby, repeat
from operator import attrgetter
from pathlib import Path
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from desk_app.db.models import Dossier
from desk_app.domain.codes import dossier_code
from desk_app.services import jobs
from desk_app.services.bulk import chunks, reserve_all
from desk_app.services.register_parse import _parse_all, _Row
from desk_app.services.tabular import RowError, read_chunks

PIECE = 10_000  # rows of the file parsed at once
KEPT_WHOLE = 2  # pieces kept as Python objects (~25 MB each); the later ones are pickled
_EPOCH = dt.datetime(1, 1, 1)
_US = dt.timedelta(microseconds=1)
_DAY = 86_400_000_000  # microseconds
_CODE = attrgetter("code")
_REGISTER_NO = attrgetter("register_no")
_ROW_FIELDS = attrgetter(
    "number",
    "code",
    "register_no",
    "procedure_code",
    "received_at",
    "due_at",
    "resolved_at",
    "returned_at",
    "outcome",
    "values",
)


@dataclass
class Keys:
    """What numbering needs of each good row, by position (file order), in arrays."""

    numbers: array = field(default_factory=lambda: array("q"))  # the row's number in the file
    moments: array = field(default_factory=lambda: array("q"))  # received, µs since year 1
    procedures: array = field(default_factory=lambda: array("l"))  # index in procedure_codes
    procedure_codes: list[str] = field(default_factory=list)
    given_codes: dict[int, str] = field(default_factory=dict)  # position -> code in the file
    given_nos: dict[int, int] = field(default_factory=dict)  # position -> number in the file
    # set by :func:`assign_numbers`, in the transaction
    register_nos: array = field(default_factory=lambda: array("q"))
    sequences: array = field(default_factory=lambda: array("l"))  # 0: the file gave the code
    prefixes: dict[int, str] = field(default_factory=dict)  # day (ordinal) -> code before the no.
    skipped: bytearray = field(default_factory=bytearray)  # refused by the database

    def __len__(self) -> int:
        return len(self.numbers)

    def day(self, position: int) -> int:
        """The day of the receipt, as days since year 1 (the date's ordinal less one)."""
        return self.moments[position] // _DAY

    def code(self, position: int) -> str:
        return self.codes([position])[0]

    def codes(self, positions: Sequence[int]) -> list[str]:
        days = map(operator.floordiv, map(self.moments.__getitem__, positions), repeat(_DAY))
        prefixes = map(self.prefixes.__getitem__, days)
        codes = list(map("{}{:04d}".format, prefixes, map(self.sequences.__getitem__, positions)))
        if self.given_codes:
            for i, position in enumerate(positions):
                codes[i] = self.given_codes.get(position, codes[i])
        return codes

    def register_numbers(self, positions: Sequence[int]) -> list[int]:
        numbers = list(map(self.register_nos.__getitem__, positions))
        if self.given_nos:
            for i, position in enumerate(positions):
                numbers[i] = self.given_nos.get(position, numbers[i])
        return numbers


@dataclass
class Parsed:
    """The first pass: the good rows' keys, the rows in pieces, and the bad rows."""

    keys: Keys = field(default_factory=Keys)
    pieces: list[tuple | bytes] = field(default_factory=list)  # columns, or pickled
    rejected: list[RowError] = field(default_factory=list)

    def columns(self) -> Iterator[tuple[range, tuple[Sequence[Any], ...]]]:
        """Each piece column by column (see :func:`_columns`) with its positions, without the
        rows the database refused; pieces left empty are not given."""
        start = 0
        for piece in self.pieces:
            columns = piece
            if isinstance(piece, bytes):
                columns = _unpacked(pickle.loads(zlib.decompress(piece)))
            positions = range(start, start + len(columns[0]))
            start += len(positions)
            refused = self.keys.skipped[positions.start : positions.stop]
            if any(refused):
                keep = [not r for r in refused]
                positions = list(compress(positions, keep))
                columns = tuple(list(compress(column, keep)) for column in columns)
            if positions:
                yield positions, columns


def first_pass(path: Path, aliases, required, moment: dt.datetime) -> Parsed:
    parsed = Parsed()
    codes: set[str] = set()
    numbers: set[tuple[int, int]] = set()
    for table in read_chunks(path, aliases, required, PIECE):
        jobs.checkpoint()
        rows, bad = _parse_all(table, moment)
        parsed.rejected += bad
        if any(map(_CODE, rows)) or any(map(_REGISTER_NO, rows)):
            rows = _not_repeated(rows, codes, numbers, parsed.rejected)
        if rows:
            columns = _columns(rows)
            _keep_keys(parsed.keys, columns)
            if len(parsed.pieces) >= KEPT_WHOLE:  # to bytes, in a quarter of the file's size
                data = pickle.dumps(_packed(columns), pickle.HIGHEST_PROTOCOL)
                columns = zlib.compress(data, 1)
            parsed.pieces.append(columns)
    return parsed


_MOMENTS = slice(4, 8)  # received, due, resolved, returned in :func:`_columns`


def _packed(columns: tuple[Sequence[Any], ...]) -> tuple[Sequence[Any], ...]:
    """The moments as whole microseconds since year 1: a datetime takes a pickle six times as
    long to write as an int."""
    moments = tuple(map(_microseconds, columns[_MOMENTS]))
    return (*columns[: _MOMENTS.start], *moments, *columns[_MOMENTS.stop :])


def _unpacked(columns: tuple[Sequence[Any], ...]) -> tuple[Sequence[Any], ...]:
    moments = tuple(map(_moments, columns[_MOMENTS]))
    return (*columns[: _MOMENTS.start], *moments, *columns[_MOMENTS.stop :])


def _microseconds(column: Sequence[dt.datetime | None]) -> Sequence[int | None]:
    if not any(column):
        return column
    if None not in column:  # in C: subtract, then divide
        return list(map(operator.floordiv, map(operator.sub, column, repeat(_EPOCH)), repeat(_US)))
    return [None if d is None else (d - _EPOCH) // _US for d in column]


def _moments(column: Sequence[int | None]) -> Sequence[dt.datetime | None]:
    if not any(column):
        return column
    if None not in column:
        deltas = map(dt.timedelta, repeat(0), repeat(0), column)
        return list(map(operator.add, repeat(_EPOCH), deltas))
    return [None if u is None else _EPOCH + dt.timedelta(0, 0, u) for u in column]


def _keep_keys(keys: Keys, columns: tuple[Sequence[Any], ...]) -> None:
    start = len(keys)
    numbers, codes, given_nos, procedures, received = columns[:5]
    keys.numbers.extend(numbers)
    keys.moments.extend(_microseconds(received))
    index = {code: i for i, code in enumerate(keys.procedure_codes)}
    for code in set(procedures) - set(index):
        index[code] = len(keys.procedure_codes)
        keys.procedure_codes.append(code)
    keys.procedures.extend(map(index.__getitem__, procedures))
    if any(codes):
        keys.given_codes.update((start + i, c) for i, c in enumerate(codes) if c)
    if any(given_nos):
        keys.given_nos.update((start + i, n) for i, n in enumerate(given_nos) if n is not None)


def _not_repeated(
    rows: list[_Row], codes: set[str], numbers: set[tuple[int, int]], bad: list[RowError]
) -> list[_Row]:
    """The rows whose code and register number no earlier piece of the file has given."""
    kept = []
    for row in rows:
        if row.code and row.code in codes:
            bad.append(RowError(row.number, "code", f"mã hồ sơ {row.code} trùng với dòng trước"))
            continue
        key = (row.received_at.year, row.register_no)
        if row.register_no is not None and key in numbers:
            reason = f"số thứ tự {row.register_no} năm {key[0]} trùng với dòng trước"
            bad.append(RowError(row.number, "register_no", reason))
            continue
        if row.code:
            codes.add(row.code)
        if row.register_no is not None:
            numbers.add(key)
        kept.append(row)
    return kept


def _columns(rows: list[_Row]) -> tuple[Sequence[Any], ...]:
    """The rows column by column: number, then ``_ROW_FIELDS`` with ``values`` spread out."""
    numbers, *fields, values = zip(*map(_ROW_FIELDS, rows), strict=True)
    return (numbers, *fields, *zip(*values, strict=True))


def check_against_database(session: Session, keys: Keys, known: set[str]) -> list[RowError]:
    """The rows the register refuses (an unknown procedure, a code or a year's number already
    there), marked in ``keys.skipped``; one reason a row, in that order."""
    keys.skipped = bytearray(len(keys))
    reasons: dict[int, tuple[str, str]] = {}
    unknown = {i for i, code in enumerate(keys.procedure_codes) if code not in known}
    if unknown:
        for position, procedure in enumerate(keys.procedures):
            if procedure in unknown:
                code = keys.procedure_codes[procedure]
                reason = f"không có thủ tục mã {code!r} trong danh mục"
                reasons[position] = ("procedure_code", reason)
    taken: set[str] = set()
    for chunk in chunks(list(keys.given_codes.values())):
        taken.update(session.scalars(select(Dossier.code).where(Dossier.code.in_(chunk))))
    for position, code in keys.given_codes.items():
        if code in taken:
            reasons.setdefault(position, ("code", f"mã hồ sơ {code} đã có trong sổ"))
    wanted = {p: (_year(keys, p), n) for p, n in keys.given_nos.items()}
    taken_numbers: set[tuple[int, int]] = set()
    pair = tuple_(Dossier.register_year, Dossier.register_no)
    for chunk in chunks(list(wanted.values())):
        query = select(Dossier.register_year, Dossier.register_no).where(pair.in_(chunk))
        taken_numbers.update((year, number) for year, number in session.execute(query))
    for position, (year, number) in wanted.items():
        if (year, number) in taken_numbers:
            reason = f"số thứ tự {number} năm {year} đã có trong sổ"
            reasons.setdefault(position, ("register_no", reason))
    for position in reasons:
        keys.skipped[position] = 1
    return [RowError(keys.numbers[p], *reason) for p, reason in sorted(reasons.items())]


def _year(keys: Keys, position: int) -> int:
    return _date(keys.day(position)).year


def _date(day: int) -> dt.date:
    return dt.date.fromordinal(day + 1)


_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)


def assign_numbers(session: Session, keys: Keys, unit: str) -> list[int]:
    """Register numbers and code numbers for the kept rows the file left without, in the order
    of their receipt, after the highest the file or the counters already hold. Returns the
    kept positions in that order."""
    kept = list(compress(range(len(keys)), map(operator.not_, keys.skipped)))
    kept.sort(key=keys.moments.__getitem__)  # stable: one moment keeps the file's order
    days = map(operator.floordiv, map(keys.moments.__getitem__, kept), repeat(_DAY))
    in_days = groupby(zip(days, kept, strict=True), _FIRST)  # in time order: days together
    by_day = {day: list(map(_SECOND, group)) for day, group in in_days}
    by_year: dict[int, list[int]] = defaultdict(list)
    for day, group in by_day.items():
        by_year[_date(day).year].extend(group)
    wanted: dict[str, tuple[int, int]] = {}
    for year, group in by_year.items():
        if keys.given_nos:
            given = [keys.given_nos[p] for p in group if p in keys.given_nos]
            group[:] = [p for p in group if p not in keys.given_nos]
        wanted[f"register:{year}"] = (max(given, default=0) if keys.given_nos else 0, len(group))
    for day, group in by_day.items():
        ours = [0]
        if keys.given_codes:
            given = [keys.given_codes.get(p) for p in group]
            ours += [int(c[-4:]) for c in given if c and c.startswith(unit + "-")]
            group[:] = [p for p in group if p not in keys.given_codes]
        wanted[f"code:{unit}:{_date(day):%y%m%d}"] = (max(ours), len(group))
    first = reserve_all(session, wanted)
    keys.register_nos = array("q", [0]) * len(keys)
    for year, blanks in by_year.items():
        start = first[f"register:{year}"]
        for position, number in zip(blanks, range(start, start + len(blanks)), strict=True):
            keys.register_nos[position] = number
    keys.sequences = array("l", [0]) * len(keys)
    for day, blanks in by_day.items():
        date = _date(day)
        start = first[f"code:{unit}:{date:%y%m%d}"]
        if blanks:
            dossier_code(unit, date, start + len(blanks) - 1)  # refuses past 9999
        keys.prefixes[day] = dossier_code(unit, date, 1)[:-4]
        for position, sequence in zip(blanks, range(start, start + len(blanks)), strict=True):
            keys.sequences[position] = sequence
    return kept
