"""Registering dossiers and moving them through their life.

Registration assigns, in one transaction: the dossier code (daily sequence per unit), the register
number (per year, from 1, without gaps), the legal due moment from the deadline engine, and the
first history event. Every later step appends an event and re-derives the due moment from the
whole history.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desk_app.db.database import Database
from desk_app.db.models import Dossier, DossierDocument, DossierEvent, Procedure
from desk_app.domain import decree118, validation
from desk_app.domain.codes import unit_for_numbering
from desk_app.domain.deadline import (
    Clock,
    Deadline,
    Pause,
    SupplementPolicy,
    TimeLimit,
    compute_deadline,
    policy_of,
)
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.lifecycle import (
    OUTCOME_OF,
    EventKind,
    HistoryEvent,
    State,
    clock_from_history,
    next_state,
)
from desk_app.domain.notices import NoticeKind
from desk_app.domain.process import Step, format_steps
from desk_app.domain.roles import Permission
from desk_app.domain.text import fold, nfc, search_text
from desk_app.services import agency, audit, auth, calendar_service, outbox, postal, process
from desk_app.services.numbering import code_for, given_code, next_counter

CHANNELS = ("counter", "postal", "online")
RETURN_METHODS = ("desk", "post")
APPLICANT_KINDS = ("person", "organisation")
CORRECTABLE = ("applicant_name", "applicant_id_no", "address", "phone", "email", "return_address")


class NotFound(DeskError):
    """No dossier with that code or id."""


class ChangedElsewhere(DeskError):
    """Another counter changed the dossier since the caller looked at it."""


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReceivedDocument:
    name: str
    originals: int = 0
    certified_copies: int = 0
    copies: int = 0


@dataclass(frozen=True)
class Intake:
    """What the clerk enters at the counter."""

    procedure_code: str
    applicant_name: str
    applicant_kind: str = "person"
    applicant_id_no: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    channel: str = "counter"
    documents: tuple[ReceivedDocument, ...] = ()
    sets_count: int = 1
    return_method: str = "desk"
    return_address: str = ""
    note: str = ""
    received_at: dt.datetime | None = None  # default: now
    notify: bool = True  # the applicant agrees to be told by text message or e-mail
    incoming_tracking: str = ""  # arrived by post: the item's S10 number


@dataclass(frozen=True)
class Registered:
    id: int
    code: str
    register_year: int
    register_no: int
    received_at: dt.datetime
    deadline: Deadline

    @property
    def due_at(self) -> dt.datetime | None:
        return self.deadline.due


def validate_intake(intake: Intake) -> dict[str, Any]:
    """Normalised column values, or ValidationError naming the first field at fault."""
    kind = validation.choice(intake.applicant_kind, APPLICANT_KINDS, "Loại người nộp", "kind")
    values: dict[str, Any] = {
        "applicant_kind": kind,
        "applicant_name": validation.person_or_org_name(intake.applicant_name),
        "applicant_id_no": validation.identity_number(intake.applicant_id_no, kind),
        "address": validation.free_text(intake.address, "Địa chỉ", "address", 500, lines=False),
        "phone": validation.phone(intake.phone),
        "email": validation.email(intake.email),
        "channel": validation.choice(intake.channel, CHANNELS, "Kênh nộp", "channel"),
        "sets_count": validation.count(intake.sets_count, "Số bộ hồ sơ", "sets_count", 1),
        "return_method": validation.choice(
            intake.return_method, RETURN_METHODS, "Hình thức trả kết quả", "return_method"
        ),
        "return_address": validation.free_text(
            intake.return_address, "Địa chỉ nhận kết quả", "return_address", 500, lines=False
        ),
        "note": validation.free_text(intake.note, "Ghi chú", "note", NOTE_MAX),
    }
    if values["return_method"] == "post" and not values["return_address"]:
        raise ValidationError("Trả kết quả qua bưu chính cần địa chỉ nhận", "return_address")
    values["notify"] = validation.flag(intake.notify, "Nhận thông báo", "notify")
    values["incoming_tracking"] = postal.incoming(intake.incoming_tracking, values["channel"])
    values["applicant_name_folded"] = fold(values["applicant_name"])
    values["search_folded"] = search_text(
        values["applicant_name"], values["address"], values["note"]
    )
    return values


def field_errors(intake: Intake) -> dict[str, str]:
    """Every field at fault with its message (the intake screen shows each beside its field),
    where ``validate_intake`` stops at the first."""
    errors: dict[str, str] = {}
    kind = intake.applicant_kind if intake.applicant_kind in APPLICANT_KINDS else "person"
    checks = {
        "applicant_name": lambda: validation.person_or_org_name(intake.applicant_name),
        "applicant_id_no": lambda: validation.identity_number(intake.applicant_id_no, kind),
        "phone": lambda: validation.phone(intake.phone),
        "email": lambda: validation.email(intake.email),
        "sets_count": lambda: validation.count(intake.sets_count, "Số bộ hồ sơ", "sets_count", 1),
    }
    for name, check in checks.items():
        try:
            check()
        except ValidationError as exc:
            errors[name] = str(exc)
    if intake.return_method == "post" and not nfc(intake.return_address).strip():
        errors["return_address"] = "Trả kết quả qua bưu chính cần địa chỉ nhận"
    try:
        postal.incoming(intake.incoming_tracking, intake.channel)
    except ValidationError as exc:
        errors["incoming_tracking"] = str(exc)
    return errors


@dataclass(frozen=True)
class ProcedureChoice:
    """A procedure as the intake screen offers it."""

    code: str
    name: str
    folded: str
    field: str
    limit: TimeLimit
    fee: str
    department: str
    documents: tuple[str, ...]
    is_sample: bool
    supplement_pause: bool = False  # its own law pauses the term on a supplement
    steps: str = ""  # its internal process, DEPARTMENT=BUDGET;... (domain.process)
    counts: tuple[tuple[int, int, int], ...] = ()  # per document: what is usually received

    @property
    def policy(self) -> SupplementPolicy:
        return policy_of(self.supplement_pause)

    @property
    def label(self) -> str:
        return f"{self.code} — {self.name}"


def procedure_choices(db: Database) -> list[ProcedureChoice]:
    with db.read() as session:
        rows = session.scalars(
            select(Procedure)
            .where(Procedure.active.is_(True))
            .options(
                selectinload(Procedure.documents),
                selectinload(Procedure.field),
                selectinload(Procedure.steps),
            )
            .order_by(Procedure.code)
        ).all()
        return [
            ProcedureChoice(
                p.code,
                p.name,
                fold(f"{p.code} {p.name}"),
                p.field.name,
                TimeLimit.stored(p.limit_value, p.limit_unit, p.cutoff),
                p.fee,
                p.department,
                tuple(d.name for d in p.documents),
                p.is_sample,
                p.supplement_pause,
                format_steps([Step(s.department, s.budget) for s in p.steps]),
                tuple((d.originals, d.certified_copies, d.copies) for d in p.documents),
            )
            for p in rows
        ]


@dataclass(frozen=True)
class DuePreview:
    deadline: Deadline
    days_off: tuple  # DayInfo of the holidays and swaps inside the term
    estimated_years: tuple[int, ...]  # years whose days off are not yet announced
    policy: SupplementPolicy


def preview_due(
    db: Database,
    limit: TimeLimit,
    received: dt.datetime,
    pauses: tuple[Pause, ...] = (),
    policy: SupplementPolicy | None = None,
) -> DuePreview:
    """The due moment a dossier received at ``received`` would get (with ``pauses`` for
    supplements, under ``policy``: by default the decree's restart), and the days off that
    moved it: the intake screen's appointment and ``desk-app due``."""
    for pause in pauses:
        if pause.requested < received:
            raise ValidationError(
                f"Yêu cầu bổ sung lúc {pause.requested:%H:%M %d/%m/%Y} trước khi tiếp nhận "
                f"({received:%H:%M %d/%m/%Y})",
                "supplement",
            )
    with db.read() as session:
        calendar = calendar_service.calendar_for(session)
    policy = policy or SupplementPolicy.RESTART
    deadline = compute_deadline(calendar, Clock(received, limit, tuple(pauses), policy))
    due = deadline.due or deadline.start
    years = tuple(
        y for y in sorted({deadline.start.year, due.year}) if calendar.year_status(y) != "confirmed"
    )
    days_off = tuple(calendar.days_off_between(deadline.start.date(), due.date()))
    return DuePreview(deadline, days_off, years, policy)


def _documents(intake: Intake) -> list[DossierDocument]:
    rows = []
    for position, doc in enumerate(intake.documents, 1):
        name = nfc(doc.name)
        if not name:
            raise ValidationError(f"Giấy tờ thứ {position} chưa có tên", "documents")
        rows.append(
            DossierDocument(
                position=position,
                name=name,
                originals=validation.count(doc.originals, "Số bản chính", "documents"),
                certified_copies=validation.count(
                    doc.certified_copies, "Số bản sao chứng thực", "documents"
                ),
                copies=validation.count(doc.copies, "Số bản sao", "documents"),
            )
        )
    return rows


def _active_procedure(session: Session, code: str) -> Procedure:
    procedure = session.scalar(select(Procedure).where(Procedure.code == nfc(code)))
    if procedure is None or not procedure.active:
        raise ValidationError(f"Không có thủ tục mã {code!r} trong danh mục", "procedure")
    return procedure


def register(
    db: Database,
    intake: Intake,
    user_id: int | None = None,
    *,
    code: str | None = None,
    now: dt.datetime | None = None,
) -> Registered:
    """Validate and register a dossier. Safe when several counters register at the same moment.

    ``code`` takes a code issued elsewhere instead of numbering one; ``intake.received_at``
    earlier than now records a receipt that happened on paper (the audit entry keeps both the
    receipt and the moment it was recorded)."""
    actor = auth.require(Permission.INTAKE)
    user_id = user_id if user_id is not None else actor.id
    values = validate_intake(intake)
    documents = _documents(intake)
    received = (intake.received_at or now or dt.datetime.now()).replace(second=0, microsecond=0)
    given = given_code(code, received.date()) if code else None

    def work(session: Session) -> Registered:
        procedure = _active_procedure(session, intake.procedure_code)
        settings = agency.ensure_settings(session)
        limit = TimeLimit.stored(procedure.limit_value, procedure.limit_unit, procedure.cutoff)
        deadline = compute_deadline(
            calendar_service.calendar_for(session),
            clock_from_history(received, limit, (), policy_of(procedure.supplement_pause)),
        )
        unit = unit_for_numbering(settings.unit_code)
        source = settings.options.get("code_source", "local")
        new_code = code_for(session, given, unit, received, source)
        register_no = next_counter(session, f"register:{received.year}")
        dossier = Dossier(
            code=new_code,
            register_year=received.year,
            register_no=register_no,
            procedure_id=procedure.id,
            limit_value=limit.value,
            limit_unit=limit.unit.value,
            cutoff=limit.cutoff,
            supplement_pause=procedure.supplement_pause,
            process=process.snapshot(procedure),
            received_at=received,
            received_by_id=user_id,
            state=State.RECEIVED.value,
            due_at=deadline.due,
            appointment_at=deadline.due,
            documents=documents,
            **values,
        )
        dossier.events.append(
            DossierEvent(at=received, kind=EventKind.RECEIVED.value, user_id=user_id)
        )
        session.add(dossier)
        session.flush()
        outbox.enqueue(session, dossier, NoticeKind.RECEIVED, dt.datetime.now())
        audit.record(
            session,
            "dossier.register",
            "dossier",
            dossier.code,
            new={
                "procedure": procedure.code,
                "applicant_name": dossier.applicant_name,
                "channel": dossier.channel,
                "received_at": received,
                "due_at": deadline.due,
                "register_no": register_no,
                **({"code_from": "elsewhere"} if given else {}),
            },
        )
        log.info("registered %s (register no. %s)", dossier.code, register_no)
        return Registered(dossier.id, dossier.code, received.year, register_no, received, deadline)

    return db.run_write(work)


def find_dossier(session: Session, code_or_id: str | int, *, lock: bool = False) -> Dossier:
    """The dossier; with ``lock``, its row locked until the transaction ends (PostgreSQL's
    ``SELECT ... FOR UPDATE``; a SQLite write transaction already holds the whole file), so
    that of several counters acting on it at once each sees the state the one before left."""
    if isinstance(code_or_id, int):
        dossier = session.get(Dossier, code_or_id, with_for_update=lock or None)
    else:
        statement = select(Dossier).where(Dossier.code == str(code_or_id).strip().upper()[:60])
        dossier = session.scalar(statement.with_for_update() if lock else statement)
    if dossier is None:
        shown = str(code_or_id)
        raise NotFound(f"Không tìm thấy hồ sơ {shown[:60]}{'…' if len(shown) > 60 else ''}")
    return dossier


def deadline_of(session: Session, dossier: Dossier) -> Deadline:
    """The legal deadline re-derived from the dossier's whole history."""
    calendar = calendar_service.calendar_for(session)
    if dossier.due_fixed:  # imported with the source register's due moment
        return Deadline(calendar.next_opening(dossier.received_at), dossier.due_at, False)
    limit = TimeLimit.stored(dossier.limit_value, dossier.limit_unit, dossier.cutoff)
    history = [HistoryEvent(EventKind(e.kind), e.at) for e in dossier.events]
    clock = clock_from_history(
        dossier.received_at, limit, history, policy_of(dossier.supplement_pause)
    )
    return compute_deadline(calendar, clock)


# the form each action prints (Circular 03/2025/TT-VPCP forms 02-05)
FORM_OF_EVENT = {
    EventKind.SUPPLEMENT_REQUESTED: "supplement",
    EventKind.SUPPLEMENT_RECEIVED: "receipt",  # reissued with the new appointment
    EventKind.REFUSED: "refusal",
    EventKind.APOLOGY: "apology",
    EventKind.STOPPED: "stop",
    EventKind.CLOSED_UNSUPPLEMENTED: "unsupplemented",
}
# what each action needs beyond Permission.PROCESS
_PERMISSION_OF = {EventKind.APOLOGY: Permission.APOLOGY, EventKind.CORRECTED: Permission.CORRECT}
# actions whose form states a reason (Decree 118/2025 Art. 17(1)(c), 19(3), 19(6), 21): the
# window asks for it, the service refuses without it
REASON_REQUIRED = {
    EventKind.REFUSED: "Ghi lý do từ chối giải quyết hồ sơ",
    EventKind.STOPPED: "Ghi lý do dừng giải quyết hồ sơ",
    EventKind.APOLOGY: "Ghi lý do chậm trễ cho văn bản xin lỗi",
}
NOTE_MAX = 2000


def check_event_input(kind: EventKind, note: str, data: dict[str, Any]) -> str:
    """The note of an event, checked: the reason an action needs, the items of a supplement
    request; the same message wherever the action comes from."""
    text = validation.free_text(note, "Ghi chú", "note", NOTE_MAX)
    if kind in REASON_REQUIRED and not text.strip():
        raise ValidationError(REASON_REQUIRED[kind], "reason")
    if kind is EventKind.SUPPLEMENT_REQUESTED:
        items = data.get("items") or []
        if isinstance(items, str) or not isinstance(items, list | tuple):
            raise ValidationError("Danh sách giấy tờ cần bổ sung không hợp lệ", "items")
        items = [validation.free_text(str(i), "Giấy tờ", "items", 500).strip() for i in items]
        data["items"] = [i for i in items if i]
    return text


def apply_event(
    db: Database,
    code_or_id: str | int,
    kind: EventKind | str,
    *,
    user_id: int | None = None,
    at: dt.datetime | None = None,
    note: str = "",
    data: dict[str, Any] | None = None,
    expected_state: State | str | None = None,
) -> Dossier:
    """Record one step of a dossier's life; raises TransitionError when the state forbids it,
    and :class:`ChangedElsewhere` when ``expected_state`` (what the caller showed) is no longer
    the dossier's state."""
    try:
        kind = EventKind(kind)
    except ValueError:
        known = ", ".join(k.value for k in EventKind if k is not EventKind.RECEIVED)
        raise ValidationError(f"Không có thao tác {kind!r} ({known})", "action") from None
    actor = auth.require(_PERMISSION_OF.get(kind, Permission.PROCESS))
    user_id = user_id if user_id is not None else actor.id
    moment = (at or dt.datetime.now()).replace(second=0, microsecond=0)
    payload = dict(data or {})
    note = check_event_input(kind, note, payload)

    def work(session: Session) -> Dossier:
        dossier = find_dossier(session, code_or_id, lock=True)
        state = State(dossier.state)
        if expected_state is not None and state.value != str(expected_state):
            raise ChangedElsewhere(
                f"Hồ sơ vừa được cập nhật ở quầy khác; trạng thái hiện tại: {state.label_vi}"
            )
        apologised = any(e.kind == EventKind.APOLOGY for e in dossier.events)
        after = next_state(state, kind, apologised_before=apologised)
        if moment < dossier.received_at:
            raise ValidationError("Thời điểm trước thời điểm tiếp nhận hồ sơ", "at")
        _check_rules(session, dossier, kind, moment, payload)
        if kind is EventKind.APOLOGY:
            new_due = payload["new_due"]
            dossier.extended_due_at = new_due
            payload["new_due"] = new_due.isoformat(sep=" ", timespec="minutes")
        if kind is EventKind.CORRECTED:
            _correct(dossier, payload)
        if kind is EventKind.RETURNED:
            dossier.returned_at = moment
        dossier.events.append(
            DossierEvent(at=moment, kind=kind.value, user_id=user_id, note=nfc(note), data=payload)
        )
        dossier.state = after.value
        if after in OUTCOME_OF:
            dossier.outcome = OUTCOME_OF[after]
            if dossier.resolved_at is None:
                dossier.resolved_at = moment
        if kind is EventKind.RESULT_READY:
            dossier.resolved_at = moment  # the result exists: that is when it was resolved
        old_due = dossier.due_at
        dossier.due_at = deadline_of(session, dossier).due
        if kind is EventKind.SUPPLEMENT_RECEIVED:  # a new receipt with the new appointment
            dossier.appointment_at = dossier.due_at
        process.refresh(session, dossier, moment)
        session.flush()
        outbox.after_event(session, dossier, kind, moment, nfc(note), payload)
        audit.record(
            session,
            f"dossier.{kind.value}",
            "dossier",
            dossier.code,
            old={"state": state.value, "due_at": old_due},
            new={
                "state": after.value,
                "at": moment,  # when it happened; the entry's own time is when it was recorded
                "due_at": dossier.due_at,
                "note": nfc(note),
                **payload,
            },
        )
        return dossier

    return db.run_write(work)


def _check_rules(
    session: Session, dossier: Dossier, kind: EventKind, moment: dt.datetime, payload: dict
) -> None:
    """The rules of this step beyond the lifecycle's: Decree 118/2025's (``domain.decree118``),
    a return by post and its delivery, the order of the internal process's hand-overs."""
    postal.on_event(dossier, kind, moment, payload)
    process.check_forward(dossier, kind, payload)
    if kind is EventKind.SUPPLEMENT_REQUESTED:
        dossier.due_fixed = False  # the desk's own clock takes over from an imported due
        late_reason = str(payload.pop("late_reason", "") or "")
        if late_reason:
            auth.require(Permission.LATE_OVERRIDE)
        history = [HistoryEvent(EventKind(e.kind), e.at) for e in dossier.events]
        calendar = calendar_service.calendar_for(session)
        if decree118.check_supplement_request(
            calendar, dossier.received_at, history, moment, late_reason
        ):
            payload["late"] = True  # a late request, with the supervisor's reason
            payload["late_reason"] = validation.free_text(
                late_reason, "Lý do", "late_reason", NOTE_MAX
            )
    if kind is EventKind.STOPPED:
        payload["applicant_asked"] = True  # Art. 21: only at the applicant's request
    if kind is EventKind.RETURNED:
        appointment = dossier.extended_due_at or dossier.appointment_at or dossier.due_at
        told = decree118.check_early_return(
            appointment,
            dossier.received_at,
            moment,
            payload.pop("told_how", None),
            payload.pop("told_at", None),
        )
        if told is not None:
            payload.update(told, early=True)
    if kind is EventKind.CLOSED_UNSUPPLEMENTED:
        requests = [e.at for e in dossier.events if e.kind == EventKind.SUPPLEMENT_REQUESTED]
        days = int(agency.get_settings(session).options.get("unsupplemented_days", 15))
        decree118.check_unsupplemented_close(max(requests, default=None), moment, days)
    if kind is EventKind.APOLOGY:
        new_due = payload.get("new_due")
        if not isinstance(new_due, dt.datetime):
            raise ValidationError("Cần ngày hẹn mới khi xin lỗi và hẹn lại", "new_due")
        current = dossier.extended_due_at or dossier.due_at or dossier.appointment_at
        decree118.check_new_appointment(calendar_service.calendar_for(session), current, new_due)


def _correct(dossier: Dossier, payload: dict[str, Any]) -> None:
    column = payload.get("field")
    if column not in CORRECTABLE:
        raise ValidationError(f"Không sửa được trường {column!r}", "field")
    new = str(payload.get("new", ""))
    kind = dossier.applicant_kind
    checked = {
        "applicant_name": validation.person_or_org_name,
        "applicant_id_no": lambda v: validation.identity_number(v, kind),
        "phone": validation.phone,
        "email": validation.email,
    }.get(column, nfc)(new)
    payload["old"] = getattr(dossier, column)
    payload["new"] = checked
    setattr(dossier, column, checked)
    if column == "applicant_name":
        dossier.applicant_name_folded = fold(checked)
    dossier.search_folded = search_text(dossier.applicant_name, dossier.address, dossier.note)
