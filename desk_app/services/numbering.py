"""Dossier codes and register numbers: the desk's own daily sequence per unit, or a code the
provincial system issued (Decree 118/2025 Art. 28, Circular 03/2025's format), and the yearly
register number, both gap-free counters incremented inside the registering transaction."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desk_app.db.models import Counter, Dossier
from desk_app.domain.codes import DOSSIER_CODE, dossier_code
from desk_app.domain.errors import ValidationError
from desk_app.domain.text import nfc


def next_counter(session: Session, name: str) -> int:
    """Increment and return a named counter, atomically, inside the caller's transaction."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(Counter)
        .values(name=name, value=1)
        .on_conflict_do_update(index_elements=[Counter.name], set_={"value": Counter.value + 1})
        .returning(Counter.value)
    )
    return int(session.execute(statement).scalar_one())


def given_code(code: str, received: dt.date) -> str:
    """A code issued elsewhere (the provincial system, Decree 118/2025 Art. 28(1)): its format
    and its date are checked here, its being unused inside the registering transaction."""
    text = nfc(code).strip().upper()
    match = DOSSIER_CODE.match(text)
    if match is None:
        raise ValidationError(
            f"Mã hồ sơ không hợp lệ: {code[:40]!r} (dạng 000.17.22.H56-261123-0001)", "code"
        )
    if match["date"] != f"{received:%y%m%d}":
        raise ValidationError(
            f"Mã hồ sơ {text} mang ngày khác ngày tiếp nhận {received:%d/%m/%Y}", "code"
        )
    return text


def code_for(
    session: Session, given: str | None, unit: str, received: dt.datetime, source: str
) -> str:
    """The code issued elsewhere when it is unused, else the unit's next code of the day (only
    while the agency numbers its own: ``code_source`` ``local``)."""
    if given is not None:
        if given.split("-", 1)[0] != unit:
            raise ValidationError(
                f"Mã hồ sơ {given} không mang mã định danh của cơ quan ({unit})", "code"
            )
        if session.scalar(select(Dossier.id).where(Dossier.code == given)) is not None:
            raise ValidationError(f"Mã hồ sơ {given} đã có trong sổ", "code")
        return given
    if source == "provincial":
        raise ValidationError(
            "Cần mã hồ sơ do hệ thống thông tin giải quyết TTHC của tỉnh cấp (nhập hoặc quét mã)",
            "code",
        )
    sequence = next_counter(session, f"code:{unit}:{received:%y%m%d}")
    if sequence > MAX_SEQUENCE:  # an import took the day's last numbers: the first free one
        sequence = _first_free_sequence(session, unit, received.date())
    return dossier_code(unit, received.date(), sequence)


MAX_SEQUENCE = 9999  # four digits a day and unit (Circular 03/2025's code)


def _first_free_sequence(session: Session, unit: str, day: dt.date) -> int:
    """The lowest number of the day no dossier has. The day's counter row, just updated in
    this transaction, keeps any other counter waiting until this one commits."""
    prefix = dossier_code(unit, day, 1)[:-4]
    used = {
        int(code[-4:])
        for code in session.scalars(select(Dossier.code).where(Dossier.code.startswith(prefix)))
        if code[-4:].isdigit()
    }
    free = next((n for n in range(1, MAX_SEQUENCE + 1) if n not in used), None)
    if free is None:
        raise ValidationError(
            f"Đã dùng hết {MAX_SEQUENCE} mã hồ sơ của ngày {day:%d/%m/%Y} cho đơn vị {unit}",
            "code",
        )
    return free
