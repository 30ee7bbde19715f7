"""A calendar change recomputes every open dossier and lists the changed appointments."""

from __future__ import annotations

import datetime as dt

from desk_app.domain.lifecycle import EventKind
from desk_app.services import calendar_service, dossiers
from desk_app.services.dossiers import Intake

T = dt.datetime


def test_override_recomputes_open_dossiers_and_lists_changed_appointments(db):
    a = dossiers.register(
        db, Intake("1.009645", "Trần Thị Bình", received_at=T(2026, 11, 25, 9, 0))
    )
    b = dossiers.register(db, Intake("1.009645", "Lê Văn Cường", received_at=T(2026, 11, 25, 9, 5)))
    closed = dossiers.register(
        db, Intake("1.009645", "Phạm Đức", received_at=T(2026, 11, 25, 9, 9))
    )
    dossiers.apply_event(db, closed.code, EventKind.WITHDRAWN, at=T(2026, 11, 26, 9, 0))
    assert a.due_at == T(2026, 12, 16, 9, 0)

    result = calendar_service.set_override(db, dt.date(2026, 12, 4), "off", "Kiểm kê kho lưu trữ")
    assert result.open_dossiers == 2 and result.updated == 2
    changed = {item.code: item for item in result.changed_appointments}
    assert set(changed) == {a.code, b.code}
    assert changed[a.code].appointment_at == T(2026, 12, 16, 9, 0)
    assert changed[a.code].new_due_at == T(2026, 12, 17, 9, 0)
    with db.read() as session:
        assert dossiers.find_dossier(session, a.code).due_at == T(2026, 12, 17, 9, 0)
        assert dossiers.find_dossier(session, closed.code).due_at == T(2026, 12, 16, 9, 9)

    # an override after every due moment changes nothing
    later = calendar_service.set_override(db, dt.date(2027, 3, 1), "off")
    assert later.updated == 0 and len(later.changed_appointments) == 2  # still to be told

    undone = calendar_service.remove_override(db, dt.date(2026, 12, 4))
    assert undone.updated == 2 and undone.changed_appointments == []


def test_calendar_for_reflects_overrides_and_office_hours(db):
    calendar_service.set_override(db, dt.date(2026, 11, 28), "work", "Làm bù")
    calendar = calendar_service.current_calendar(db)
    assert calendar.is_working_day(dt.date(2026, 11, 28))
    assert calendar is calendar_service.current_calendar(db)  # cached while unchanged


def test_new_official_announcements_recompute_open_dossiers(db):
    from desk_app.services import agency, setup

    dossiers.register(db, Intake("1.009645", "Võ Thị Hoa", received_at=T(2026, 11, 25, 9, 0)))
    assert setup.initialise(db).recomputed is None  # same file as before: nothing to do
    with db.write() as session:  # as if the database had last seen an older file
        settings = agency.get_settings(session)
        settings.options = {**settings.options, "official_calendar_sha256": "older"}
    result = setup.initialise(db).recomputed
    assert result is not None and result.open_dossiers == 1
    assert setup.initialise(db).recomputed is None
