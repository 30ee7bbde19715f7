"""Reading the rows of a register file: each cell checked as the counter checks it, into the
values the dossiers table stores. A clean file is read column by column (a C pass per column
where it can be); at the first value that is not plainly good, the row parser reads the whole
file again and names every bad cell (row, column, reason)."""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress, repeat
from pathlib import Path
from typing import Any

from desk_app.domain import validation
from desk_app.domain.codes import DOSSIER_CODE
from desk_app.domain.errors import ValidationError
from desk_app.domain.lifecycle import OUTCOME_OF, EventKind
from desk_app.domain.text import fold, fold_all, nfc, nfc_all, search_text
from desk_app.services.dossiers import CHANNELS
from desk_app.services.tabular import RowError, Table

OUTCOMES = ("returned", "refused", "stopped", "withdrawn", "unsupplemented")

_CHANNEL_WORDS = {
    "truc tiep": "counter",
    "tai quay": "counter",
    "buu chinh": "postal",
    "qua buu chinh": "postal",
    "truc tuyen": "online",
}
_OUTCOME_WORDS = {
    "da tra": "returned",
    "tra ket qua": "returned",
    "tu choi": "refused",
    "dung": "stopped",
    "dung giai quyet": "stopped",
    "rut": "withdrawn",
    "rut ho so": "withdrawn",
}
_ORGANISATION_WORDS = ("cong ty", "chi nhanh", "doanh nghiep", "hop tac xa", "van phong dai dien")
_MOMENT = re.compile(
    r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})[ T]([0-9]{1,2}):([0-9]{2})(?::[0-9]{2})?$"
)
_STATE_OF = {outcome: state for state, outcome in OUTCOME_OF.items()}
_CLOSING_EVENT = {
    "refused": EventKind.REFUSED,
    "stopped": EventKind.STOPPED,
    "withdrawn": EventKind.WITHDRAWN,
    "unsupplemented": EventKind.CLOSED_UNSUPPLEMENTED,
}


_VALUE_COLUMNS = (
    "applicant_kind",
    "applicant_name",
    "applicant_name_folded",
    "applicant_id_no",
    "address",
    "phone",
    "email",
    "channel",
    "note",
    "sets_count",
    "return_method",
    "return_address",
    "search_folded",
)
_DOSSIER_COLUMNS = (
    "id",
    "code",
    "register_year",
    "register_no",
    "procedure_id",
    "limit_value",
    "limit_unit",
    "cutoff",
    "received_at",
    "received_by_id",
    "state",
    "due_at",
    "due_fixed",
    "appointment_at",
    "resolved_at",
    "outcome",
    "returned_at",
    *_VALUE_COLUMNS,
)


@dataclass
class ImportResult:
    imported: int
    rejected: list[RowError] = field(default_factory=list)
    rejected_file: Path | None = None


@dataclass(slots=True)
class _Row:
    number: int
    code: str
    register_no: int | None
    procedure_code: str
    values: tuple  # _VALUE_COLUMNS
    received_at: dt.datetime
    due_at: dt.datetime | None
    resolved_at: dt.datetime | None
    returned_at: dt.datetime | None
    outcome: str | None


class _Bad(Exception):
    def __init__(self, column: str, reason: str):
        self.column, self.reason = column, reason


def _moment(text: str, column: str) -> dt.datetime | None:
    if not text:
        return None
    if len(text) == 16 and text[10] in " T" and text[4] == "-" and text[13] == ":":
        try:  # the exact form YYYY-MM-DD HH:MM, parsed in C
            return dt.datetime.fromisoformat(text)
        except ValueError:
            pass
    match = _MOMENT.match(text)
    if match is None:
        raise _Bad(column, f"thời điểm {text!r} không đúng dạng YYYY-MM-DD HH:MM")
    try:
        return dt.datetime(*map(int, match.groups()))
    except ValueError:
        raise _Bad(column, f"ngày giờ không có thật: {text!r}") from None


# Procedure codes: a few distinct values over thousands of rows.
_code_text = functools.lru_cache(maxsize=1024)(nfc)


@functools.lru_cache(maxsize=256)
def _word(text: str, column: str) -> str:
    """A channel or outcome as typed ("Trực tuyến", "online") -> its code ("online")."""
    folded = fold(text)
    words = _CHANNEL_WORDS if column == "channel" else _OUTCOME_WORDS
    return words.get(folded, folded)


def _applicant_kind(identity: str, name: str) -> str:
    digits = identity.replace(" ", "")
    if len(digits) in (10, 14) and digits[:10].isdigit():
        return "organisation"
    if not digits and fold(name).startswith(_ORGANISATION_WORDS):
        return "organisation"
    return "person"


def _free(text: str, label: str, column: str, limit: int) -> str:
    try:
        return validation.free_text(text, label, column, limit)
    except ValidationError as exc:
        raise _Bad(column, str(exc)) from None


def _parse(number: int, cells: dict[str, str], now: dt.datetime) -> _Row:
    get = cells.get
    code = get("code", "").upper()
    if code and not DOSSIER_CODE.match(code):
        raise _Bad("code", f"mã hồ sơ {code!r} không đúng dạng <mã đơn vị>-YYMMDD-XXXX")
    register_text = get("register_no", "")
    register_no = None
    if register_text:
        if not (register_text.isascii() and register_text.isdigit()) or int(register_text) < 1:
            raise _Bad("register_no", f"số thứ tự phải là số nguyên dương: {register_text!r}")
        register_no = int(register_text)
    procedure_code = _code_text(get("procedure_code", ""))
    if not procedure_code:
        raise _Bad("procedure_code", "thiếu mã thủ tục")
    try:
        name = validation.person_or_org_name(get("applicant_name", ""))
        kind = _applicant_kind(get("applicant_id", ""), name)
        identity = validation.identity_number(get("applicant_id", ""), kind)
        phone = validation.phone(get("phone", ""))
        email = validation.email(get("email", ""))
    except ValidationError as exc:
        raise _Bad(exc.field or "?", str(exc)) from None
    channel = _word(get("channel", ""), "channel") or "counter"
    if channel not in CHANNELS:
        raise _Bad("channel", f"kênh nộp {get('channel')!r} không hợp lệ (counter, postal, online)")
    received = _moment(get("received_at", ""), "received_at")
    if received is None:
        raise _Bad("received_at", "thiếu thời điểm tiếp nhận")
    if received > now:
        raise _Bad("received_at", f"thời điểm tiếp nhận ở tương lai: {get('received_at')}")
    if code and code[-11:-5] != f"{received:%y%m%d}":
        raise _Bad("code", f"ngày trong mã {code} khác ngày tiếp nhận {received:%d/%m/%Y}")
    due, resolved, returned, outcome = _row_moments(get, received)
    address = _free(get("address", ""), "Địa chỉ", "address", 500)
    note = _free(get("note", ""), "Ghi chú", "note", 2000)
    values = (  # in _VALUE_COLUMNS order
        kind,
        name,
        fold(name),
        identity,
        address,
        phone,
        email,
        channel,
        note,
        1,  # sets_count
        "desk",  # return_method
        "",  # return_address
        search_text(name, address, note),
    )
    return _Row(
        number,
        code,
        register_no,
        procedure_code,
        values,
        received,
        due,
        resolved,
        returned,
        outcome,
    )


def _row_moments(get: Callable[..., str], received: dt.datetime) -> tuple:
    """A row's due, result and return moments and its outcome, checked against each other."""
    due = resolved = returned = None
    if text := get("due_at"):
        due = _moment(text, "due_at")
        if due < received:
            raise _Bad("due_at", "trước thời điểm tiếp nhận")
    if text := get("resolved_at"):
        resolved = _moment(text, "resolved_at")
        if resolved < received:
            raise _Bad("resolved_at", "trước thời điểm tiếp nhận")
    if text := get("returned_at"):
        returned = _moment(text, "returned_at")
        if returned < received:
            raise _Bad("returned_at", "trước thời điểm tiếp nhận")
    outcome = _word(get("outcome", ""), "outcome") or None
    if outcome is not None and outcome not in OUTCOMES:
        raise _Bad("outcome", f"kết quả {get('outcome')!r} không hợp lệ ({', '.join(OUTCOMES)})")
    if outcome is None and returned is not None:
        outcome = "returned"
    if outcome == "returned":
        if returned is None:
            raise _Bad("returned_at", "hồ sơ đã trả kết quả cần ngày trả")
        resolved = resolved or returned
        if returned < resolved:
            raise _Bad("returned_at", "ngày trả trước ngày có kết quả")
    elif outcome is not None and resolved is None:
        raise _Bad("resolved_at", f"hồ sơ có kết quả «{outcome}» cần ngày giải quyết")
    return due, resolved, returned, outcome


def _parse_all(table: Table, now: dt.datetime) -> tuple[list[_Row], list[RowError]]:
    """The rows of ``table``, validated, and the errors of the bad ones."""
    try:
        return _parse_columns(table, now), []
    except _Unclean:
        return _parse_rows(table.rows, now)


def _parse_rows(
    rows: list[tuple[int, dict[str, str]]], now: dt.datetime
) -> tuple[list[_Row], list[RowError]]:
    good: list[_Row] = []
    bad: list[RowError] = []
    codes: set[str] = set()
    numbers: set[tuple[int, int]] = set()
    for number, cells in rows:
        try:
            row = _parse(number, cells, now)
        except _Bad as exc:
            bad.append(RowError(number, exc.column, exc.reason))
            continue
        if row.code:
            if row.code in codes:
                bad.append(RowError(number, "code", f"mã hồ sơ {row.code} trùng với dòng trước"))
                continue
            codes.add(row.code)
        if row.register_no is not None:
            key = (row.received_at.year, row.register_no)
            if key in numbers:
                bad.append(
                    RowError(
                        number,
                        "register_no",
                        f"số thứ tự {row.register_no} năm {key[0]} trùng với dòng trước",
                    )
                )
                continue
            numbers.add(key)
        good.append(row)
    return good, bad


class _Unclean(Exception):
    """The column-wise parser met a value it does not take; the row parser says what is wrong."""


def _moment_column(cells: list[str], column: str, optional: bool) -> list[dt.datetime | None]:
    """The column's moments, as ``_moment`` reads them. The usual column, every filled cell in
    the exact form YYYY-MM-DD HH:MM, is checked by slicing its joined text at the separators'
    places and parsed in C; others go cell by cell."""
    filled = list(filter(None, cells))
    if not optional and len(filled) != len(cells):
        raise _Unclean
    if not filled:  # a column left empty, as due_at usually is
        return [None] * len(cells)
    fromisoformat = dt.datetime.fromisoformat
    try:
        if set(map(len, filled)) == {16}:
            joined = "\n".join(filled)  # 17 characters a cell
            if not (
                joined[4::17].strip("-") or joined[10::17].strip(" T") or joined[13::17].strip(":")
            ):
                if len(filled) == len(cells):
                    return list(map(fromisoformat, cells))
                parsed = dict(zip(filled, map(fromisoformat, filled), strict=True))
                return list(map(parsed.get, cells))
        return [
            fromisoformat(t)
            if len(t) == 16 and t[10] in " T" and t[4] == "-" and t[13] == ":"
            else _moment(t, column)
            for t in cells
        ]
    except (ValueError, _Bad):
        raise _Unclean from None


def _digits_only(cells: list[str], width: int) -> str | None:
    """The filled cells joined, when each is ``width`` ASCII digits; else None."""
    filled = list(filter(None, cells))
    if set(map(len, filled)) <= {width}:
        digits = "".join(filled)
        if digits.isascii() and (digits.isdigit() or not digits):
            return digits
    return None


def _mapped(cells: list[str], convert: Callable[[str], Any]) -> list[Any]:
    """``convert`` applied once per distinct value (procedure codes, channels, outcomes)."""
    mapping = {value: convert(value) for value in set(cells)}
    return list(map(mapping.__getitem__, cells))


def _parse_columns(table: Table, now: dt.datetime) -> list[_Row]:
    """The rows of a clean table, validated column by column: what ``_parse`` gives row by row,
    without a Python call per cell for the usual values. Raises :class:`_Unclean` at the first
    value that is not plainly good, and the row parser takes over to report it."""
    column = table.column
    received, due, resolved, returned = _moment_columns(column, now)
    codes, register_nos = _code_columns(column, received)
    procedure_codes = _mapped(column("procedure_code"), _code_text)
    if "" in procedure_codes:
        raise _Unclean
    names, folded, kinds, identities = _applicant_columns(column)
    channels = _mapped(column("channel"), lambda text: _word(text, "channel") or "counter")
    outcomes = _mapped(column("outcome"), lambda text: _word(text, "outcome") or None)
    if not set(channels) <= set(CHANNELS) or not set(outcomes) <= {None, *OUTCOMES}:
        raise _Unclean
    phones, emails = _contact_columns(column)
    _outcome_columns(outcomes, resolved, returned)
    addresses = nfc_all(column("address"))
    notes = nfc_all(column("note"))
    if validation.CONTROL.search("".join(addresses) + "".join(notes)):
        raise _Unclean  # the row parser names the cell
    if max(map(len, notes), default=0) > 2000:
        raise _Unclean
    if max(map(len, addresses), default=0) > 500:
        raise _Unclean  # the row parser names the cell
    count = len(received)
    values = zip(  # in _VALUE_COLUMNS order
        kinds,
        names,
        folded,
        identities,
        addresses,
        phones,
        emails,
        channels,
        notes,
        repeat(1, count),  # sets_count
        repeat("desk", count),  # return_method
        repeat("", count),  # return_address
        fold_all([" ".join(filter(None, t)) for t in zip(names, addresses, notes, strict=True)]),
        strict=True,
    )
    return list(
        map(
            _Row,
            table.numbers,
            codes,
            register_nos,
            procedure_codes,
            values,
            received,
            due,
            resolved,
            returned,
            outcomes,
        )
    )


def _moment_columns(column: Callable[[str], list[str]], now: dt.datetime) -> tuple[list, ...]:
    """received_at, due_at, resolved_at and returned_at, none before the receipt."""
    received = _moment_column(column("received_at"), "received_at", optional=False)
    if received and max(received) > now:
        raise _Unclean
    due = _moment_column(column("due_at"), "due_at", optional=True)
    resolved = _moment_column(column("resolved_at"), "resolved_at", optional=True)
    returned = _moment_column(column("returned_at"), "returned_at", optional=True)
    for moments in (due, resolved, returned):
        given = list(map(operator.is_not, moments, repeat(None)))
        if any(map(operator.lt, compress(moments, given), compress(received, given))):
            raise _Unclean
    return received, due, resolved, returned


def _code_columns(
    column: Callable[[str], list[str]], received: list[dt.datetime]
) -> tuple[list[str], list[int | None]]:
    """The codes (format, date, no repeat) and register numbers (positive, no repeat a year)."""
    codes = [c.upper() for c in column("code")]
    given = [c for c in codes if c]
    if given:
        if not all(map(DOSSIER_CODE.match, given)) or len(set(given)) != len(given):
            raise _Unclean
        if any(c and c[-11:-5] != f"{r:%y%m%d}" for c, r in zip(codes, received, strict=True)):
            raise _Unclean
    register_nos: list[int | None] = [None] * len(received)
    if any(numbers := column("register_no")):
        given = [n for n in numbers if n]
        digits = "".join(given)
        if not (digits.isascii() and digits.isdigit()) or min(map(int, given)) < 1:
            raise _Unclean
        register_nos = [int(n) if n else None for n in numbers]
        keys = [(r.year, n) for r, n in zip(received, register_nos, strict=True) if n is not None]
        if len(set(keys)) != len(keys):
            raise _Unclean
    return codes, register_nos


def _applicant_columns(column: Callable[[str], list[str]]) -> tuple[list, list, list, list]:
    """Names (with their folded form), applicant kinds and identity numbers."""
    names = nfc_all(column("applicant_name"))
    if validation.CONTROL.search("".join(names)) or validation.LINE_BREAKS.search("".join(names)):
        raise _Unclean
    if not all(names) or max(map(len, names), default=0) > 300:
        raise _Unclean
    if not "".join(n[0] for n in names).isalpha() and not all(
        any(map(str.isalpha, n)) for n in names
    ):
        raise _Unclean
    folded = fold_all(names)
    identities = column("applicant_id")
    citizen_ids = _digits_only(identities, 12) is not None  # persons, each ID as typed
    if citizen_ids and all(identities):
        kinds = ["person"] * len(identities)
    elif citizen_ids:  # a row without an ID is an organisation if its name says so
        kinds = [
            "organisation" if not i and f.startswith(_ORGANISATION_WORDS) else "person"
            for i, f in zip(identities, folded, strict=True)
        ]
    else:
        kinds = [
            "organisation"
            if (len(digits := i.replace(" ", "")) in (10, 14) and digits[:10].isdigit())
            or (not digits and f.startswith(_ORGANISATION_WORDS))
            else "person"
            for i, f in zip(identities, folded, strict=True)
        ]
        try:
            identities = [
                i
                if not i or (len(i) == 12 and k != "organisation" and i.isascii() and i.isdigit())
                else validation.identity_number(i, k)
                for i, k in zip(identities, kinds, strict=True)
            ]
        except ValidationError:
            raise _Unclean from None
    return names, folded, kinds, identities


def _contact_columns(column: Callable[[str], list[str]]) -> tuple[list[str], list[str]]:
    """Phones in the national form and e-mail addresses."""
    phones = column("phone")
    try:
        digits = _digits_only(phones, 10)
        if digits is None or digits[::10].strip("0"):  # not all in the national form
            phones = [
                p
                if not p or (len(p) == 10 and p[0] == "0" and p.isascii() and p.isdigit())
                else validation.phone(p)
                for p in phones
            ]
        emails = [e and validation.email(e) for e in column("email")]
    except ValidationError:
        raise _Unclean from None
    return phones, emails


def _outcome_columns(outcomes: list, resolved: list, returned: list) -> None:
    """A return date means "returned"; a returned dossier's result date defaults to it, and
    every closed dossier has its date (in place)."""
    for i, (outcome, returned_at) in enumerate(zip(outcomes, returned, strict=True)):
        if outcome is None and returned_at is None:
            continue
        if outcome is None:
            outcomes[i] = outcome = "returned"
        if outcome == "returned":
            if returned_at is None:
                raise _Unclean
            if resolved[i] is None:
                resolved[i] = returned_at
            elif returned_at < resolved[i]:
                raise _Unclean
        elif resolved[i] is None:
            raise _Unclean
