"""The procedure catalogue: fields, procedures and their required documents."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.models import Field, Procedure, ProcedureDocument
from desk_app.domain.calendar import parse_hhmm
from desk_app.domain.deadline import TimeLimit
from desk_app.domain.errors import ValidationError
from desk_app.domain.text import fold, nfc
from desk_app.resources_path import resource_path

COLUMNS = ("code", "name", "field", "limit", "unit", "cutoff", "department", "documents", "fee")
_CODE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-_]{0,39}$")


@dataclass(frozen=True)
class ProcedureSpec:
    code: str
    name: str
    field: str
    limit: TimeLimit
    department: str
    documents: tuple[str, ...]
    fee: str


def parse_row(row: Mapping[str, str | None]) -> ProcedureSpec:
    """Validate one catalogue row; a :class:`ValidationError` names the column at fault."""

    def text(key: str) -> str:
        return nfc(str(row.get(key) or ""))

    code = text("code")
    if not _CODE.match(code):
        raise ValidationError(f"Mã thủ tục không hợp lệ: {code!r}", "code")
    name = text("name")
    if not name:
        raise ValidationError("Thiếu tên thủ tục", "name")
    field = text("field")
    if not field:
        raise ValidationError("Thiếu lĩnh vực", "field")
    try:
        value = int(text("limit") or "0")
    except ValueError:
        raise ValidationError(
            f"Thời hạn không phải số nguyên: {text('limit')!r}", "limit"
        ) from None
    cutoff_text = text("cutoff")
    cutoff = None
    if cutoff_text:
        minutes = parse_hhmm(cutoff_text)
        cutoff = dt.time(minutes // 60 % 24, minutes % 60)
    limit = TimeLimit(value, text("unit"), cutoff)  # validates unit and value
    documents = tuple(d for d in (nfc(part) for part in text("documents").split(";")) if d)
    return ProcedureSpec(code, name, field, limit, text("department"), documents, text("fee"))


def field_for(session: Session, name: str) -> Field:
    code = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:40] or "khac"
    found = session.scalar(select(Field).where(Field.code == code))
    if found is None:
        found = Field(code=code, name=name)
        session.add(found)
        session.flush()
    return found


def upsert(session: Session, spec: ProcedureSpec, *, sample: bool = False) -> Procedure:
    """Create or update the procedure with ``spec.code``. Dossiers already registered keep the
    time limit they were registered with (it is copied onto each dossier)."""
    field = field_for(session, spec.field)
    procedure = session.scalar(select(Procedure).where(Procedure.code == spec.code))
    if procedure is None:
        procedure = Procedure(code=spec.code, is_sample=sample)
    procedure.name = spec.name
    procedure.name_folded = fold(f"{spec.code} {spec.name}")
    procedure.field = field
    procedure.limit_value = spec.limit.value
    procedure.limit_unit = spec.limit.unit.value
    procedure.cutoff = spec.limit.cutoff
    procedure.department = spec.department
    procedure.fee = spec.fee
    procedure.active = True
    procedure.documents = [
        ProcedureDocument(position=i, name=name) for i, name in enumerate(spec.documents, 1)
    ]
    session.add(procedure)
    session.flush()
    return procedure


def seed_samples(session: Session) -> int:
    """Load the sample catalogue shipped in resources/ (marked as samples to check)."""
    path = resource_path("catalogue", "sample_procedures.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        upsert(session, parse_row(row), sample=True)
    return len(rows)
