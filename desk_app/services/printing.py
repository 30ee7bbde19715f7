"""The documents a dossier needs, filled from the database (see desk_app.printing.forms)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desk_app.db.database import Database
from desk_app.db.models import AgencySettings, Dossier, DossierEvent, Procedure, User
from desk_app.domain import decree118, validation
from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.deadline import Classification, TimeLimit, WarningLevel, classify
from desk_app.domain.errors import ValidationError
from desk_app.domain.lifecycle import EventKind, State
from desk_app.domain.process import StepRun
from desk_app.domain.roles import Permission
from desk_app.domain.text import nfc
from desk_app.printing import DOSSIER_FORMS, form_texts, forms
from desk_app.printing.wording import moment_words, short_moment
from desk_app.services import agency as agency_service
from desk_app.services import auth, calendar_service, process, search
from desk_app.services.dossiers import find_dossier
from desk_app.services.tabular import writable_target, write_bytes

CLASSIFICATION_WORDS = {
    Classification.EARLY: "Trước hạn",
    Classification.ON_TIME: "Đúng hạn",
    Classification.LATE: "Quá hạn",
}
RETURN_WORDS = {"desk": "Tại Bộ phận Một cửa", "post": "Bưu chính công ích"}


def agency_of(settings: AgencySettings) -> forms.Agency:
    return forms.Agency(
        parent=settings.parent_agency,
        name=settings.name,
        desk=settings.desk_name,
        place=settings.place_name,
        phone=settings.phone,
        address=settings.address,
        lookup_url=settings.lookup_url,
    )


def sheet_of(session: Session, dossier: Dossier) -> forms.DossierSheet:
    clerk = session.get(User, dossier.received_by_id) if dossier.received_by_id else None
    limit = TimeLimit.stored(dossier.limit_value, dossier.limit_unit, dossier.cutoff)
    return forms.DossierSheet(
        code=dossier.code,
        register_year=dossier.register_year,
        register_no=dossier.register_no,
        applicant_name=dossier.applicant_name,
        applicant_is_organisation=dossier.applicant_kind == "organisation",
        address=dossier.address,
        phone=dossier.phone,
        email=dossier.email,
        procedure_name=dossier.procedure.name,
        department=dossier.procedure.department,
        fee=dossier.procedure.fee,
        limit_text=limit.describe(),
        documents=tuple(
            forms.DocumentLine(
                d.name,
                d.originals,
                d.certified_copies,
                d.copies,
                d.position in {a.position for a in dossier.attachments},
            )
            for d in dossier.documents
        ),
        sets_count=dossier.sets_count,
        received_at=dossier.received_at,
        appointment_at=dossier.appointment_at or dossier.due_at,
        return_by_post=dossier.return_method == "post",
        return_address=dossier.return_address,
        clerk_name=clerk.full_name if clerk else "",
        supplemented_at=max(
            (e.at for e in dossier.events if e.kind == EventKind.SUPPLEMENT_RECEIVED.value),
            default=None,
        ),
    )


def _last_event(dossier: Dossier, kind: EventKind, form: str):
    events = [e for e in dossier.events if e.kind == kind.value]
    if not events:
        raise ValidationError(
            f"Hồ sơ {dossier.code} chưa có bước «{kind.value}» nên chưa in được {form}", "code"
        )
    return events[-1]


_EVENT_OF_FORM = {
    "supplement": EventKind.SUPPLEMENT_REQUESTED,
    "refusal": EventKind.REFUSED,
    "apology": EventKind.APOLOGY,
    "stop": EventKind.STOPPED,
    "unsupplemented": EventKind.CLOSED_UNSUPPLEMENTED,
}


def _notice(dossier: Dossier, kind: str, sheet: forms.DossierSheet) -> forms.Notice:
    """Forms 02-05 and the notice of papers returned, worded from the forms' data file
    (:mod:`desk_app.printing.form_texts`)."""
    who = "Tổ chức" if sheet.applicant_is_organisation else "Ông/Bà"
    title = form_texts.title(kind)
    if kind == "supplement":
        event = _last_event(dossier, EventKind.SUPPLEMENT_REQUESTED, "phiếu yêu cầu bổ sung")
        items = tuple(event.data.get("items") or [x for x in event.note.splitlines() if x])
        return forms.Notice(
            title,
            lines=form_texts.lines("supplement", who=who),
            items=items or (form_texts.line("supplement_empty"),),
        )
    reason_of = {
        "refusal": (EventKind.REFUSED, "phiếu từ chối"),
        "apology": (EventKind.APOLOGY, "văn bản xin lỗi"),
        "stop": (EventKind.STOPPED, "thông báo dừng giải quyết"),
        "unsupplemented": (EventKind.CLOSED_UNSUPPLEMENTED, "thông báo trả hồ sơ"),
    }
    if kind not in reason_of:
        raise ValueError(kind)
    event = _last_event(dossier, *reason_of[kind])
    reason = event.note or form_texts.line("no_reason")
    if kind == "apology":
        new_due = dt.datetime.fromisoformat(event.data["new_due"])
        promised = dossier.appointment_at or dossier.due_at
        words = {"who": who, "reason": reason, "new_due": moment_words(new_due)}
        lead = (form_texts.line("apology_promised", promised=moment_words(promised)),)
        return forms.Notice(
            title,
            lines=(lead if promised else ("",)) + form_texts.lines("apology", **words),
            extra={"new_due": moment_words(new_due)},
        )
    lines = form_texts.lines(kind, who=who, reason=reason)
    if kind == "unsupplemented" and event.note:
        lines += (form_texts.line("unsupplemented_note", note=event.note),)
    return forms.Notice(title, lines=lines)


def _control_rows(session: Session, dossier: Dossier, desk: str) -> list[forms.ControlRow]:
    """Form 06's rows from the dossier's real hand-overs: with an internal process, one row per
    step's hand-over (who gave, who received, when, the step early / on time / late)."""
    department = dossier.procedure.department or "Phòng chuyên môn"
    due = dossier.due_at
    runs = process.step_runs(session, dossier, dt.datetime.now())
    forwarded = 0  # the k-th forwarding ends step k and starts step k + 1
    rows = []
    for event in dossier.events:
        kind = EventKind(event.kind)
        if kind is EventKind.HANDED_OVER:
            first = runs[0].department if runs else department
            rows.append(forms.ControlRow(desk, first, event.at, note=event.note))
        elif kind is EventKind.FORWARDED and forwarded < len(runs) - 1:
            ended, forwarded = runs[forwarded], forwarded + 1
            receiver = str((event.data or {}).get("receiver") or "")
            to = runs[forwarded].department + (f" ({receiver})" if receiver else "")
            rows.append(forms.ControlRow(ended.department, to, event.at, _words(ended)))
        elif kind is EventKind.SUPPLEMENT_REQUESTED:
            rows.append(
                forms.ControlRow(
                    department, dossier.applicant_name, event.at, "", "Yêu cầu bổ sung"
                )
            )
        elif kind is EventKind.SUPPLEMENT_RECEIVED:
            rows.append(forms.ControlRow(dossier.applicant_name, desk, event.at, "", "Đã bổ sung"))
        elif kind is EventKind.RESULT_READY:
            overall = CLASSIFICATION_WORDS[classify(due, event.at)] if due else ""
            if runs:
                last = runs[forwarded]
                note = "; ".join(filter(None, [f"Hồ sơ: {overall.lower()}", event.note]))
                rows.append(forms.ControlRow(last.department, desk, event.at, _words(last), note))
            else:
                rows.append(forms.ControlRow(department, desk, event.at, overall, event.note))
        elif kind is EventKind.RETURNED:
            rows.append(forms.ControlRow(desk, dossier.applicant_name, event.at, "", event.note))
    return rows


def _words(run: StepRun) -> str:
    kind = run.classification
    return "" if kind is None else CLASSIFICATION_WORDS[kind]


def dossier_document(
    db: Database, kind: str, code: str, *, paper: str | None = None, today: dt.date | None = None
) -> bytes:
    """Render a dossier form: receipt, supplement, refusal, apology, stop, control or slip."""
    auth.require(Permission.PRINT)
    if kind not in DOSSIER_FORMS:
        raise ValidationError(f"Không có mẫu in {kind!r}", "kind")
    with db.read() as session:
        dossier = find_dossier(session, code)
        settings = agency_service.get_settings(session)
        agency = agency_of(settings)
        sheet = sheet_of(session, dossier)
        day = today or dt.date.today()
        if kind == "receipt":
            return forms.render_receipt(agency, sheet, paper or settings.options.get("paper", "A4"))
        if kind == "slip":
            return forms.render_slip(agency, sheet)
        if kind == "control":
            rows = _control_rows(session, dossier, agency.desk)
            return forms.render_control(agency, sheet, rows, day)
        notice = _notice(dossier, kind, sheet)
        # a notice carries the date it was issued, however often it is printed again
        issued = _last_event(dossier, _EVENT_OF_FORM[kind], kind).at.date()
        return forms.render_notice(agency, sheet, notice, issued)


def guidance_document(
    db: Database,
    kind: str,
    procedure_code: str,
    applicant_name: str,
    *,
    items: tuple[str, ...] = (),
    reason: str = "",
    at: dt.datetime | None = None,
) -> bytes:
    """Form 02 (what to supplement) or 03 (refusal) for an incomplete dossier at the counter,
    which is not registered; the guidance is counted (``guidance.record_guidance``)."""
    from desk_app.services import guidance

    auth.require(Permission.PRINT)
    if kind not in ("supplement", "refusal"):
        raise ValidationError(f"Không có mẫu hướng dẫn {kind!r}", "kind")
    if kind == "supplement" and not any(i.strip() for i in items):
        raise ValidationError("Ghi ít nhất một giấy tờ cần bổ sung", "items")
    if kind == "refusal" and not reason.strip():
        raise ValidationError("Ghi lý do từ chối tiếp nhận", "reason")
    moment = (at or dt.datetime.now()).replace(second=0, microsecond=0)
    with db.read() as session:
        procedure = session.scalar(select(Procedure).where(Procedure.code == procedure_code))
        if procedure is None:
            raise ValidationError(f"Không có thủ tục mã {procedure_code!r}", "procedure")
        settings = agency_service.get_settings(session)
        agency = agency_of(settings)
        limit = TimeLimit.stored(procedure.limit_value, procedure.limit_unit, procedure.cutoff)
        actor = auth.current()
        clerk = session.get(User, actor.id) if actor.id else None
        sheet = forms.DossierSheet(
            code="",
            register_year=moment.year,
            register_no=0,
            applicant_name=validation.person_or_org_name(applicant_name),
            applicant_is_organisation=False,
            address="",
            phone="",
            email="",
            procedure_name=procedure.name,
            department=procedure.department,
            fee=procedure.fee,
            limit_text=limit.describe(),
            documents=(),
            sets_count=1,
            received_at=moment,
            appointment_at=None,
            return_by_post=False,
            return_address="",
            clerk_name=clerk.full_name if clerk else "",
        )
    if kind == "supplement":
        notice = forms.Notice(
            form_texts.title("supplement"),
            lines=form_texts.lines("guidance_supplement"),
            items=tuple(i.strip() for i in items if i.strip()),
        )
    else:
        notice = forms.Notice(
            form_texts.title("refusal"),
            lines=form_texts.lines("guidance_refusal", reason=nfc(reason.strip())),
        )
    data = forms.render_notice(agency, sheet, notice, moment.date())
    guidance.record_guidance(db, kind, procedure_code, at=moment)
    return data


def register_document(db: Database, first: dt.date, last: dt.date) -> bytes:
    """Form 07 for the dossiers received from ``first`` to ``last``."""
    auth.require(Permission.PRINT)
    if last < first:
        raise ValidationError("Ngày kết thúc trước ngày bắt đầu", "to")
    with db.read() as session:
        agency = agency_of(agency_service.get_settings(session))
        dossiers = session.scalars(
            select(Dossier)
            .options(selectinload(Dossier.procedure))
            .where(
                Dossier.received_at >= dt.datetime.combine(first, dt.time()),
                Dossier.received_at < dt.datetime.combine(last + dt.timedelta(days=1), dt.time()),
            )
            .order_by(Dossier.received_at, Dossier.id)
        ).all()
        lines = [
            forms.RegisterLine(
                register_no=d.register_no,
                code=d.code,
                procedure_name=d.procedure.name,
                applicant_name=d.applicant_name,
                address_phone=", ".join(x for x in (d.address, d.phone) if x),
                department=d.procedure.department,
                received_at=d.received_at,
                appointment_at=d.extended_due_at or d.appointment_at or d.due_at,
                returned_at=d.returned_at,
                return_method=RETURN_WORDS.get(d.return_method, d.return_method)
                if d.returned_at
                else "",
                note=d.note,
            )
            for d in dossiers
        ]
    return forms.render_register(agency, lines, first, last, dt.date.today())


def _review_lines(session: Session, conditions) -> tuple[forms.ReviewLine, ...]:
    rows = session.execute(
        select(
            Dossier.code,
            Dossier.applicant_name,
            Procedure.name,
            Dossier.due_at,
            Dossier.state,
            Dossier.phone,
            Dossier.extended_due_at,
        )
        .join(Procedure, Procedure.id == Dossier.procedure_id)
        .where(*conditions)
    )
    # sorted here: an ORDER BY due_at would lead SQLite to walk the due_at index over the
    # whole register instead of using the state index (these lists are short)
    far = dt.datetime.max
    ordered = sorted(rows, key=lambda r: (r.due_at or far, r.code))
    return tuple(
        forms.ReviewLine(code, name, procedure, due, _state_words(state, apologised), phone)
        for code, name, procedure, due, state, phone, apologised in ordered
    )


def _state_words(state: str, new_appointment: dt.datetime | None) -> str:
    """The state, and for a dossier already apologised for, its new appointment (the review
    shows whom not to apologise to again)."""
    words = State(state).label_vi
    if new_appointment is None:
        return words
    return f"{words} · đã xin lỗi, hẹn lại {short_moment(new_appointment)}"


def _waiting(
    session: Session, calendar: WorkingCalendar, now: dt.datetime, *, online: bool
) -> tuple[forms.ReviewLine, ...]:
    """Dossiers still only received past the decree's time: paper ones not handed to the
    department (Art. 18(2)), online ones neither accepted nor sent back (Art. 17(2))."""
    due = decree118.online_answer_due if online else decree118.handover_due
    channel = Dossier.channel == "online" if online else Dossier.channel != "online"
    rows = session.execute(
        select(Dossier.id, Dossier.received_at).where(
            Dossier.state == State.RECEIVED.value, channel
        )
    ).all()
    late = [dossier_id for dossier_id, received in rows if due(calendar, received) < now]
    if not late:
        return ()
    return _review_lines(session, (Dossier.id.in_(late),))


def review_sheet(session: Session, day: dt.date, now: dt.datetime) -> forms.ReviewSheet:
    """The end-of-day lists: overdue, due today, due the next working day, waiting for a
    supplement, received today, returned today."""
    calendar = calendar_service.calendar_for(session)
    start = dt.datetime.combine(day, dt.time())
    end = start + dt.timedelta(days=1)
    next_day = calendar.next_working_day(day)
    next_start = dt.datetime.combine(next_day, dt.time())

    def lines(*conditions) -> tuple[forms.ReviewLine, ...]:
        return _review_lines(session, conditions)

    running = Dossier.state.in_(search.RUNNING)
    settings = agency_service.get_settings(session)
    paused_days = int(settings.options.get("paused_warning_days", 10))
    unsupplemented_days = int(settings.options.get("unsupplemented_days", 15))
    # the last request of each waiting dossier (read per dossier through its events' index)
    last_request = (
        select(func.max(DossierEvent.at))
        .where(
            DossierEvent.dossier_id == Dossier.id,
            DossierEvent.kind == EventKind.SUPPLEMENT_REQUESTED.value,
        )
        .scalar_subquery()
    )
    return forms.ReviewSheet(
        day=day,
        printed_at=now,
        clerk_name="",
        sections=(
            forms.ReviewSection(
                "Hồ sơ quá hạn",
                lines(*search.warning_conditions(WarningLevel.OVERDUE, calendar, now, 0)),
            ),
            forms.ReviewSection(
                "Hồ sơ đến hạn hôm nay",
                lines(*search.warning_conditions(WarningLevel.DUE_TODAY, calendar, now, 0)),
            ),
            forms.ReviewSection(
                f"Hồ sơ đến hạn ngày làm việc tiếp theo ({next_day:%d/%m/%Y})",
                lines(
                    running,
                    Dossier.due_at >= next_start,
                    Dossier.due_at < next_start + dt.timedelta(days=1),
                ),
            ),
            forms.ReviewSection(
                f"Hồ sơ chờ bổ sung quá {paused_days} ngày",
                lines(
                    *search.warning_conditions(WarningLevel.PAUSED, calendar, now, 0),
                    last_request < now - dt.timedelta(days=paused_days),
                ),
            ),
            forms.ReviewSection(
                "Hồ sơ tiếp nhận trong ngày",
                lines(Dossier.received_at >= start, Dossier.received_at < end),
            ),
            forms.ReviewSection(
                "Hồ sơ đã trả kết quả trong ngày",
                lines(Dossier.returned_at >= start, Dossier.returned_at < end),
            ),
            forms.ReviewSection(
                "Hồ sơ chưa chuyển phòng chuyên môn đúng hạn (NĐ 118/2025, Điều 18)",
                _waiting(session, calendar, now, online=False),
            ),
            forms.ReviewSection(
                "Hồ sơ trực tuyến chờ tiếp nhận quá 8 giờ làm việc (NĐ 118/2025, Điều 17)",
                _waiting(session, calendar, now, online=True),
            ),
            forms.ReviewSection(
                f"Hồ sơ quá {unsupplemented_days} ngày không bổ sung: trả lại hồ sơ "
                "(NĐ 118/2025, Điều 19)",
                lines(
                    Dossier.state == State.SUPPLEMENT_REQUESTED.value,
                    last_request <= now - dt.timedelta(days=unsupplemented_days),
                ),
            ),
            *(_step_section(session, now), _postal_section(settings, lines, now)),
        ),
    )


def _step_section(session: Session, now: dt.datetime) -> forms.ReviewSection:
    """Open dossiers whose current step of the internal process has used its time budget:
    where each is and since when, before the legal deadline is at risk."""
    rows = session.execute(
        select(
            Dossier.code,
            Dossier.applicant_name,
            Procedure.name,
            Dossier.due_at,
            Dossier.step_department,
            Dossier.step_since,
            Dossier.phone,
        )
        .join(Procedure, Procedure.id == Dossier.procedure_id)
        .where(Dossier.step_due_at <= now, Dossier.state.in_(search.RUNNING))
        .order_by(Dossier.step_due_at)
    )
    lines = tuple(
        forms.ReviewLine(code, name, procedure, due, f"{where} từ {short_moment(since)}", phone)
        for code, name, procedure, due, where, since, phone in rows
    )
    return forms.ReviewSection(
        "Hồ sơ đã hết thời gian của bước nội bộ (đang ở đâu, từ bao giờ)", lines
    )


def _postal_section(settings, lines, now: dt.datetime) -> forms.ReviewSection:
    """Results handed to the post that it has not confirmed delivering after the set days."""
    days = int(settings.options.get("postal_delivery_days", 7))
    return forms.ReviewSection(
        f"Kết quả gửi qua bưu chính chưa được phát sau {days} ngày",
        lines(
            Dossier.postal_tracking.is_not(None),
            Dossier.delivered_at.is_(None),
            Dossier.returned_at <= now - dt.timedelta(days=days),
        ),
    )


def review_document(db: Database, day: dt.date, now: dt.datetime | None = None) -> bytes:
    auth.require(Permission.PRINT)
    moment = now or dt.datetime.combine(day, dt.time(17, 0))
    with db.read() as session:
        agency = agency_of(agency_service.get_settings(session))
        sheet = review_sheet(session, day, moment)
    return forms.render_review(agency, sheet)


def check_pdf_path(path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        raise ValidationError(f"Tệp in phải có đuôi .pdf: {path.name}", "out")
    return writable_target(path)


def write_pdf(path: Path, data: bytes) -> None:
    """Write through a temporary file: a reader never sees half a PDF."""
    write_bytes(check_pdf_path(path), data)


def postal_list_document(db: Database, day: dt.date) -> bytes:
    """The list of results handed to the public postal service on ``day``, to be signed by the
    clerk and the postal clerk."""
    from desk_app.printing.forms.citizen import PostalLine, render_postal_list
    from desk_app.services import postal

    actor = auth.require(Permission.PRINT)
    with db.read() as session:
        agency = agency_of(agency_service.get_settings(session))
        items = postal.handed_on(session, day)
        clerk = session.get(User, actor.id) if actor.id is not None else None
        clerk_name = (clerk.full_name or clerk.username) if clerk is not None else ""
    lines = [
        PostalLine(i.code, i.tracking, i.applicant_name, i.address, i.procedure_name, i.handed_at)
        for i in items
    ]
    return render_postal_list(agency, day, lines, clerk_name)
