"""Appointments that no longer hold: open dossiers whose legal due moment, after a change of
the calendar (an agency's day off, a supplement), differs from the appointment printed on their
receipt and no apology has set a new one. The list is read from the register itself, so it is
still there after a restart; issuing the new receipts records each new appointment."""

from __future__ import annotations

import io

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.database import Database
from desk_app.db.models import Dossier
from desk_app.domain.lifecycle import OPEN_STATES, State
from desk_app.domain.roles import Permission
from desk_app.services import audit, auth
from desk_app.services.calendar_service import ChangedAppointment

RUNNING = [s.value for s in OPEN_STATES if s is not State.SUPPLEMENT_REQUESTED]


def _stale(session: Session):
    return session.execute(
        select(
            Dossier.id,
            Dossier.code,
            Dossier.applicant_name,
            Dossier.phone,
            Dossier.appointment_at,
            Dossier.due_at,
        )
        .where(
            Dossier.state.in_(RUNNING),
            Dossier.appointment_at.is_not(None),
            Dossier.due_at.is_not(None),
            Dossier.due_at != Dossier.appointment_at,
            Dossier.extended_due_at.is_(None),
        )
        .order_by(Dossier.appointment_at, Dossier.id)
    )


def changed(db: Database) -> list[ChangedAppointment]:
    auth.require(Permission.SEARCH)
    with db.read() as session:
        return [
            ChangedAppointment(i, code, name, phone, printed, due, due)
            for i, code, name, phone, printed, due in _stale(session)
        ]


def reissue(db: Database, codes: list[str]) -> bytes:
    """New receipts with the new appointments, as one PDF to print at once; each dossier's
    printed appointment becomes its due moment (recorded)."""
    import pypdfium2 as pdfium

    from desk_app.services import printing

    auth.require(Permission.PRINT)
    wanted = set(codes)

    def work(session: Session) -> list[str]:
        done = []
        for i, code, _name, _phone, printed, due in _stale(session):
            if code not in wanted:
                continue
            dossier = session.get(Dossier, i)
            dossier.appointment_at = due
            audit.record(
                session,
                "dossier.reappointed",
                "dossier",
                code,
                old={"appointment_at": printed},
                new={"appointment_at": due},
            )
            done.append(code)
        return done

    reissued = db.run_write(work)
    merged = pdfium.PdfDocument.new()
    for code in reissued:
        merged.import_pages(pdfium.PdfDocument(printing.dossier_document(db, "receipt", code)))
    out = io.BytesIO()
    merged.save(out)
    return out.getvalue() if reissued else b""
