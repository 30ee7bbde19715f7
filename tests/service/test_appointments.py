"""Appointments that no longer hold after an agency's day off (SQLite and PostgreSQL): listed
from the register itself, so still there after a restart, until the new receipts are printed
in one batch; each new appointment is recorded."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from desk_app.db.database import open_database
from desk_app.services import appointments, audit, calendar_service, dossiers
from desk_app.services.dossiers import Intake

T = dt.datetime


def test_the_changed_appointments_survive_a_restart_until_reissued(db, db_url):
    codes = [
        dossiers.register(
            db, Intake("1.009645", f"Người nộp {i}", received_at=T(2026, 11, 16, 9, i))
        ).code
        for i in range(3)
    ]
    assert appointments.changed(db) == []
    calendar_service.set_override(db, dt.date(2026, 12, 1), "off", "Sự kiện của tỉnh")
    listed = appointments.changed(db)
    assert [c.code for c in listed] == codes
    assert all(c.new_due_at > c.appointment_at for c in listed)
    again = open_database(db_url)  # a restart: the list is read from the register
    try:
        assert [c.code for c in appointments.changed(again)] == codes
    finally:
        again.dispose()
    pdf = appointments.reissue(db, codes[:2])
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 2  # two receipts, both copies on a sheet
    assert [c.code for c in appointments.changed(db)] == codes[2:]
    with db.read() as session:
        assert dossiers.find_dossier(session, codes[0]).appointment_at == listed[0].new_due_at
    assert any(e.action == "dossier.reappointed" for e in audit.recent(db, limit=5))
    assert audit.verify_states(db).intact
