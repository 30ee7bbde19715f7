"""SQLAlchemy 2.x typed models. The schema changes only through Alembic migrations.

Times are naive ``datetime`` in the agency's local time (Vietnam, UTC+7, no daylight saving), to the
minute: that is how the law and the printed forms speak of them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.expression import false, true

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict] = {
        dict[str, Any]: JSON,
        dt.datetime: DateTime(),
        dt.date: Date(),
    }


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class AgencySettings(Base):
    """The one row of agency settings (id = 1). Defaults live in ``desk_app.settings``."""

    __tablename__ = "agency_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    parent_agency: Mapped[str] = mapped_column(String(300))
    desk_name: Mapped[str] = mapped_column(String(300))
    unit_code: Mapped[str] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(String(500), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    place_name: Mapped[str] = mapped_column(String(100))
    office_hours: Mapped[dict[str, Any]]
    supplement_policy: Mapped[str] = mapped_column(String(20), default="restart")
    warning_days: Mapped[int] = mapped_column(Integer, default=2)
    lookup_url: Mapped[str] = mapped_column(String(500), default="")
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)  # paper, printer, backups...
    updated_at: Mapped[dt.datetime] = mapped_column(default=_now, onupdate=_now)


class Field(Base):
    """A field of administrative procedures (lĩnh vực)."""

    __tablename__ = "fields"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))

    procedures: Mapped[list[Procedure]] = relationship(back_populates="field")


class Procedure(Base):
    """A catalogue entry (thủ tục hành chính)."""

    __tablename__ = "procedures"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # national code, e.g. 1.009645
    name: Mapped[str] = mapped_column(Text)
    name_folded: Mapped[str] = mapped_column(Text, default="")
    field_id: Mapped[int] = mapped_column(ForeignKey("fields.id"), index=True)
    limit_value: Mapped[int] = mapped_column(Integer)
    limit_unit: Mapped[str] = mapped_column(String(20))
    cutoff: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    department: Mapped[str] = mapped_column(String(300), default="")
    fee: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    # Decree 118/2025 Art. 19(5): the term restarts after a supplement; True only where the
    # procedure's own law pauses it instead
    supplement_pause: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    field: Mapped[Field] = relationship(back_populates="procedures")
    documents: Mapped[list[ProcedureDocument]] = relationship(
        back_populates="procedure",
        order_by="ProcedureDocument.position",
        cascade="all, delete-orphan",
    )
    steps: Mapped[list[ProcedureStep]] = relationship(
        order_by="ProcedureStep.position", cascade="all, delete-orphan"
    )


class ProcedureDocument(Base):
    """A document the procedure requires (thành phần hồ sơ)."""

    __tablename__ = "procedure_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedures.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    # what the counter usually receives of it: the intake's counts start from these
    originals: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    certified_copies: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    copies: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    procedure: Mapped[Procedure] = relationship(back_populates="documents")


class ProcedureStep(Base):
    """A step of the procedure's internal process: who holds the dossier and for how long (in
    the procedure's unit; ``domain.process``)."""

    __tablename__ = "procedure_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedures.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    department: Mapped[str] = mapped_column(String(200))
    budget: Mapped[float] = mapped_column(Float)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # clerk, supervisor, administrator
    password_hash: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=_now)


class Dossier(Base):
    """One application (hồ sơ). ``due_at`` is a cache of the deadline engine's answer, always
    recomputed from the events; it is stored only so the desk can filter and sort by it."""

    __tablename__ = "dossiers"
    __table_args__ = (
        UniqueConstraint("register_year", "register_no", name="uq_dossiers_register"),
        Index("ix_dossiers_state_due", "state", "due_at"),
        Index("ix_dossiers_state_received", "state", "received_at"),
        Index("ix_dossiers_procedure_received", "procedure_id", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    register_year: Mapped[int] = mapped_column(Integer)
    register_no: Mapped[int] = mapped_column(Integer)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"))
    # The time limit in force when the dossier was registered (the catalogue may change later).
    limit_value: Mapped[int] = mapped_column(Integer)
    limit_unit: Mapped[str] = mapped_column(String(20))
    cutoff: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    supplement_pause: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    applicant_kind: Mapped[str] = mapped_column(String(20), default="person")
    applicant_name: Mapped[str] = mapped_column(String(300))
    applicant_name_folded: Mapped[str] = mapped_column(String(300), index=True)
    applicant_id_no: Mapped[str] = mapped_column(String(20), default="", index=True)
    address: Mapped[str] = mapped_column(String(500), default="")
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    channel: Mapped[str] = mapped_column(String(10))  # counter, postal, online
    sets_count: Mapped[int] = mapped_column(Integer, default=1)
    return_method: Mapped[str] = mapped_column(String(10), default="desk")  # desk, post
    return_address: Mapped[str] = mapped_column(String(500), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # name, address and note folded (domain.text.fold), indexed for searching inside them by
    # migration 0010: an FTS5 trigram table on SQLite, a pg_trgm index on PostgreSQL
    search_folded: Mapped[str] = mapped_column(Text, default="", server_default="")

    received_at: Mapped[dt.datetime] = mapped_column(index=True)
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    state: Mapped[str] = mapped_column(String(30))
    due_at: Mapped[dt.datetime | None] = mapped_column(nullable=True, index=True)
    # True for a due moment taken from an imported register, kept until a supplement moves it.
    due_fixed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    appointment_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)  # as printed
    extended_due_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(nullable=True, index=True)
    outcome: Mapped[str | None] = mapped_column(String(20), nullable=True)
    returned_at: Mapped[dt.datetime | None] = mapped_column(nullable=True, index=True)
    # the applicant agreed to be told by text message or e-mail (Decree 118/2025); False: none
    notify: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # public postal service: the item the papers came in; the item the result left in (S10),
    # and when the post confirmed its delivery
    incoming_tracking: Mapped[str] = mapped_column(String(13), default="", server_default="")
    postal_tracking: Mapped[str | None] = mapped_column(String(13), nullable=True)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    # the internal process in force when registered ([[department, budget], ...]), and where
    # the dossier is now: derived from its events, kept for the list and the review
    process: Mapped[list[Any] | None] = mapped_column(JSON, nullable=True)
    step_department: Mapped[str | None] = mapped_column(String(200), nullable=True)
    step_since: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    step_due_at: Mapped[dt.datetime | None] = mapped_column(nullable=True, index=True)

    procedure: Mapped[Procedure] = relationship()
    documents: Mapped[list[DossierDocument]] = relationship(
        back_populates="dossier", order_by="DossierDocument.position", cascade="all, delete-orphan"
    )
    events: Mapped[list[DossierEvent]] = relationship(
        back_populates="dossier", order_by="DossierEvent.id", cascade="all, delete-orphan"
    )
    rating: Mapped[Rating | None] = relationship(cascade="all, delete-orphan")
    attachments: Mapped[list[Attachment]] = relationship(
        order_by="Attachment.id", cascade="all, delete-orphan"
    )


class DossierDocument(Base):
    __tablename__ = "dossier_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    originals: Mapped[int] = mapped_column(Integer, default=0)
    certified_copies: Mapped[int] = mapped_column(Integer, default=0)
    copies: Mapped[int] = mapped_column(Integer, default=0)

    dossier: Mapped[Dossier] = relationship(back_populates="documents")


class DossierEvent(Base):
    """One step of a dossier's history: who did what, when. The deadline is derived from these."""

    __tablename__ = "dossier_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime]
    kind: Mapped[str] = mapped_column(String(30))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)

    dossier: Mapped[Dossier] = relationship(back_populates="events")


class CalendarOverride(Base):
    """An agency's own change to the calendar for one day."""

    __tablename__ = "calendar_overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # off, work, morning, afternoon
    reason: Mapped[str] = mapped_column(String(300), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=_now)


class Counter(Base):
    """Gap-free sequences: the daily dossier sequence per unit and the yearly register number.
    Incremented inside the registering transaction, so a rolled-back registration leaves no gap
    and two counters never get the same number."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Guidance(Base):
    """An incomplete dossier turned back at the counter with a printed form 02 or 03: not
    registered, but counted."""

    __tablename__ = "guidance"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(20))  # supplement (form 02), refusal (form 03)
    procedure_id: Mapped[int | None] = mapped_column(ForeignKey("procedures.id"), nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class AuditEntry(Base):
    """One change of data, append-only. ``hash`` covers the entry's fields and the previous
    entry's hash, so an edited, deleted or inserted row breaks the chain (``desk-app audit
    verify``). ``username`` is kept as text: the entry outlives any change to the user."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    username: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(80), default="")
    old: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    new: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class OutboxNotice(Base):
    """A notice to the applicant, written in the transaction of the event that causes it and
    sent later by the sender (``services.outbox``): none is lost when sending fails or the
    program stops, none is sent for an event that rolled back."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_next", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(10))  # email, sms
    recipient: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(10), default="waiting")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime]
    next_attempt_at: Mapped[dt.datetime]
    claimed_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    sent_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    last_error: Mapped[str] = mapped_column(String(300), default="")


class Rating(Base):
    """The applicant's rating of the handling of a dossier (one per dossier)."""

    __tablename__ = "ratings"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.id", ondelete="CASCADE"), unique=True
    )
    level: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(10))  # screen, dialog, paper
    at: Mapped[dt.datetime] = mapped_column(index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class Attachment(Base):
    """A digitised paper of the dossier (``position`` of its document) or its result file
    (``position`` None), by the SHA-256 of its content, which is stored once
    (``services.attachments``)."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(
        ForeignKey("dossiers.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(10))  # pdf, jpeg, png, tiff
    file_name: Mapped[str] = mapped_column(String(255))
    added_at: Mapped[dt.datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class Blob(Base):
    """The content of an attachment when it is kept in the database (PostgreSQL: every
    counter reaches it; SQLite keeps its files beside the database instead)."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


def outside_search_index(object_: Any, name: str | None, type_: str, reflected: bool, compare_to):
    """For Alembic's comparison of the schema with these models: the search index of migration
    0010 (an FTS5 table and its shadow tables on SQLite, a trigram index on PostgreSQL) is made
    by SQL the models do not describe."""
    return not str(name or "").startswith(("dossier_search", "ix_dossiers_search_trgm"))
