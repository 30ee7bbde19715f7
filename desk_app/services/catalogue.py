"""The procedure catalogue: fields, procedures and their required documents."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk_app.db.database import Database
from desk_app.db.models import Field, Procedure, ProcedureDocument, ProcedureStep
from desk_app.domain import validation
from desk_app.domain.calendar import parse_hhmm
from desk_app.domain.deadline import TimeLimit
from desk_app.domain.errors import ValidationError
from desk_app.domain.process import Step, check_within, format_steps, parse_steps
from desk_app.domain.roles import Permission
from desk_app.domain.text import fold, nfc
from desk_app.resources_path import resource_path
from desk_app.services import audit, auth
from desk_app.services.tabular import ImportRejected, RowError, read_table, write_table

COLUMNS = (
    "code",
    "name",
    "field",
    "limit",
    "unit",
    "cutoff",
    "department",
    "documents",
    "fee",
    "pause",
    "steps",
)
ALIASES: dict[str, tuple[str, ...]] = {
    "code": ("Mã thủ tục", "Mã TTHC", "Mã số"),
    "name": ("Tên thủ tục", "Tên thủ tục hành chính"),
    "field": ("Lĩnh vực",),
    "limit": ("Thời hạn", "Thời hạn giải quyết"),
    "unit": ("Đơn vị thời hạn", "Đơn vị"),
    "cutoff": ("Giờ chốt", "Giờ nhận tối đa"),
    "department": ("Phòng xử lý", "Bộ phận giải quyết", "Cơ quan giải quyết"),
    "documents": ("Thành phần hồ sơ", "Giấy tờ"),
    "fee": ("Phí, lệ phí", "Lệ phí", "Phí"),
    # Decree 118/2025 Art. 19(5): empty or "không" = the term restarts after a supplement;
    # "có" only where the procedure's own law pauses it instead
    "pause": ("Tạm dừng khi bổ sung", "Tạm dừng"),
    # the internal process: DEPARTMENT=BUDGET;... in the procedure's unit (domain.process)
    "steps": ("Quy trình nội bộ", "Các bước"),
}
_YES, _NO = {"có", "co", "yes", "true", "1", "x"}, {"", "không", "khong", "no", "false", "0"}
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
    pause: bool = False
    steps: tuple[Step, ...] = ()
    counts: tuple[tuple[int, int, int], ...] = ()  # per document: originals, certified, copies


def parse_row(row: Mapping[str, str | None]) -> ProcedureSpec:
    """Validate one catalogue row; a :class:`ValidationError` names the column at fault."""

    def text(key: str) -> str:
        label = ALIASES[key][0]
        return validation.free_text(str(row.get(key) or ""), label, key, 2000, lines=False)

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
    documents, counts = parse_documents(text("documents"))
    pause = text("pause").strip().lower()
    if pause not in _YES | _NO:
        raise ValidationError(
            f"Cột tạm dừng khi bổ sung phải là có hoặc để trống: {pause!r}", "pause"
        )
    steps = parse_steps(str(row.get("steps") or ""))
    check_within(steps, limit)
    return ProcedureSpec(
        code,
        name,
        field,
        limit,
        text("department"),
        documents,
        text("fee"),
        pause in _YES,
        steps,
        counts,
    )


_COUNTS = re.compile(r"=\s*([0-9]{1,2})/([0-9]{1,2})/([0-9]{1,2})\s*$")
USUAL = (1, 0, 0)  # one original, unless the catalogue says otherwise


def parse_documents(text: str) -> tuple[tuple[str, ...], tuple[tuple[int, int, int], ...]]:
    """``NAME;NAME=ORIGINALS/CERTIFIED/COPIES;...``: the names, and what the counter usually
    receives of each (one original when the catalogue says nothing)."""
    names, counts = [], []
    for part in text.split(";"):
        match = _COUNTS.search(part)
        name = nfc(part[: match.start()] if match else part)
        if not name:
            if match:
                raise ValidationError(f"Giấy tờ không có tên trước {part.strip()!r}", "documents")
            continue
        count = tuple(int(n) for n in match.groups()) if match else USUAL
        if not any(count):
            raise ValidationError(
                f"Giấy tờ {name!r}: số bản chính/bản sao chứng thực/bản sao không thể đều bằng 0",
                "documents",
            )
        names.append(name)
        counts.append(count)
    return tuple(names), tuple(counts)


def format_documents(names, counts) -> str:
    return ";".join(
        name if tuple(count) == USUAL else f"{name}={count[0]}/{count[1]}/{count[2]}"
        for name, count in zip(names, counts, strict=True)
    )


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
    procedure.supplement_pause = spec.pause
    procedure.active = True
    counts = spec.counts or (USUAL,) * len(spec.documents)
    procedure.documents = [
        ProcedureDocument(position=i, name=name, originals=o, certified_copies=c, copies=k)
        for i, (name, (o, c, k)) in enumerate(zip(spec.documents, counts, strict=True), 1)
    ]
    procedure.steps = [
        ProcedureStep(position=i, department=s.department, budget=s.budget)
        for i, s in enumerate(spec.steps, 1)
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


@dataclass(frozen=True)
class CatalogueImport:
    created: int
    updated: int


def filter_choices(db: Database) -> tuple[list[tuple[int, str]], list[tuple[int, str, str]]]:
    """The fields (id, name) and procedures (id, code, name) a list can be filtered by."""
    with db.read() as session:
        fields = [(i, n) for i, n in session.execute(select(Field.id, Field.name))]
        procedures = [
            (i, c, n)
            for i, c, n in session.execute(
                select(Procedure.id, Procedure.code, Procedure.name).order_by(Procedure.code)
            )
        ]
    return fields, procedures


def import_catalogue(db: Database, path: Path) -> CatalogueImport:
    """Create or update procedures from a CSV/XLSX file, all or nothing. Dossiers already
    registered keep the time limit they were registered with."""
    auth.require(Permission.CATALOGUE)
    table = read_table(path, ALIASES, ("code", "name", "field", "limit", "unit"))
    specs: list[ProcedureSpec] = []
    errors: list[RowError] = []
    seen: set[str] = set()
    for number, cells in table.rows:
        try:
            spec = parse_row(cells)
        except ValidationError as exc:
            errors.append(RowError(number, exc.field or "?", str(exc)))
            continue
        if spec.code in seen:
            errors.append(RowError(number, "code", f"mã thủ tục {spec.code} trùng với dòng trước"))
            continue
        seen.add(spec.code)
        specs.append(spec)
    if errors:
        raise ImportRejected(path, errors)

    def work(session: Session) -> CatalogueImport:
        existing = set(session.scalars(select(Procedure.code)))
        for spec in specs:
            upsert(session, spec)
        updated = sum(1 for spec in specs if spec.code in existing)
        audit.record(
            session,
            "catalogue.import",
            "catalogue",
            path.name,
            new={
                "created": sorted(s.code for s in specs if s.code not in existing),
                "updated": sorted(s.code for s in specs if s.code in existing),
            },
        )
        return CatalogueImport(len(specs) - updated, updated)

    return db.run_write(work)


def export_catalogue(db: Database, path: Path) -> int:
    auth.require(Permission.CATALOGUE)
    with db.read() as session:
        procedures = session.scalars(
            select(Procedure)
            .options(
                selectinload(Procedure.documents),
                selectinload(Procedure.field),
                selectinload(Procedure.steps),
            )
            .order_by(Procedure.code)
        ).all()
        return write_table(
            path,
            COLUMNS,
            (
                (
                    p.code,
                    p.name,
                    p.field.name,
                    p.limit_value,
                    p.limit_unit,
                    f"{p.cutoff:%H:%M}" if p.cutoff else "",
                    p.department,
                    format_documents(
                        [d.name for d in p.documents],
                        [(d.originals, d.certified_copies, d.copies) for d in p.documents],
                    ),
                    p.fee,
                    "có" if p.supplement_pause else "",
                    format_steps([Step(s.department, s.budget) for s in p.steps]),
                )
                for p in procedures
            ),
        )
