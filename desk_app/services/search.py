"""Finding dossiers from what the clerk types or scans: a code, a register number, a phone,
an identity number, or a name typed with or without diacritics."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desk_app.db.models import Dossier, Procedure
from desk_app.domain.codes import looks_like_dossier_code
from desk_app.domain.errors import ValidationError
from desk_app.domain.text import fold, nfc

_DIGITS = re.compile(r"^[\d\s.\-+()]+$")


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
    ).join(Procedure, Procedure.id == Dossier.procedure_id)


def quick_search(session: Session, text: str, limit: int = 50) -> list[DossierRow]:
    """Dossiers matching ``text``, newest first. Each kind of input uses an index: the code,
    the register number, the phone, the identity number, or a prefix of the folded name."""
    query = nfc(text)
    if not query:
        raise ValidationError("Nhập mã hồ sơ, số thứ tự, tên, số điện thoại hoặc số giấy tờ", "q")
    if looks_like_dossier_code(query):
        conditions = [Dossier.code == query.upper()]
    elif _DIGITS.match(query):
        digits = re.sub(r"\D", "", query)
        if query.strip().startswith("+84"):
            digits = "0" + digits[2:]
        if len(digits) <= 6:
            conditions = [Dossier.register_no == int(digits)]
        elif len(digits) in (10, 11) and digits.startswith("0"):
            conditions = [Dossier.phone == digits]
        else:
            conditions = [Dossier.applicant_id_no == query.replace(" ", "")]
    else:
        folded = fold(query)
        # a range on the folded name: an index scan on SQLite and PostgreSQL alike
        conditions = [
            Dossier.applicant_name_folded >= folded,
            Dossier.applicant_name_folded < folded + "\uffff",
        ]
    statement = _base().where(*conditions).order_by(Dossier.received_at.desc()).limit(limit)
    return [DossierRow(*row) for row in session.execute(statement)]
