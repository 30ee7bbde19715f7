"""The Calendar screen: the year coloured by source with the source on hover, a click adding
the agency's override that moves the intake screen's appointment preview, office sessions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from desk_app.domain.calendar import OverrideKind
from desk_app.services import dossiers, setup
from desk_app.services.desk import Desk
from desk_app.services.dossiers import Intake


def test_a_calendar_override_moves_the_appointment_preview(qtbot, sqlite_db, monkeypatch):
    from desk_app.ui.main_window import MainWindow

    setup.initialise(sqlite_db, samples=True)
    window = MainWindow(Desk(sqlite_db))
    qtbot.addWidget(window)
    window.resize(1300, 900)
    window.show()
    intake = window.intake_page
    intake.now = lambda: dt.datetime(2026, 11, 23, 8, 37)
    intake.select_procedure("2.000205")
    before = intake.ui.appointment.text()
    page = window.show_calendar()
    page.ui.year.setValue(2026)
    view = page.view
    assert "Ngày Văn hóa Việt Nam" in view.tooltip_for(dt.date(2026, 11, 24))
    assert "Labour Code" in view.tooltip_for(dt.date(2026, 4, 27)) or "notice" in view.tooltip_for(
        dt.date(2026, 4, 27)
    )
    # a click on 25/11, answered as the menu and the reason box would be
    asked = []
    monkeypatch.setattr(
        page, "ask_override", lambda day: asked.append(day) or (OverrideKind.OFF, "Họp tổng kết")
    )
    centre = view.rect_of(dt.date(2026, 11, 25)).center()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(centre.x(), centre.y()))
    assert asked == [dt.date(2026, 11, 25)]
    assert "Họp tổng kết" in view.tooltip_for(dt.date(2026, 11, 25))
    assert intake.ui.appointment.text() != before
    assert "Họp tổng kết" in intake.ui.appointment_reason.text()
    assert page.set_day(dt.date(2026, 11, 25), None)  # removed again
    assert intake.ui.appointment.text() == before


def test_changed_appointments_are_listed_and_sessions_saved(qtbot, sqlite_db):
    from desk_app.ui.calendar_page import CalendarPage

    setup.initialise(sqlite_db, samples=True)
    code = dossiers.register(
        sqlite_db, Intake("2.000205", "Lê Văn Tâm", received_at=dt.datetime(2026, 11, 20, 9, 0))
    ).code
    page = CalendarPage(Desk(sqlite_db), year=2026)
    qtbot.addWidget(page)
    assert page.set_day(dt.date(2026, 11, 27), OverrideKind.OFF, "Sự kiện")
    assert page.ui.changed.rowCount() == 1 and code in page.ui.changed.item(0, 0).text()
    page.ui.sessions.item(5, 0).setText("07:30-11:30")  # Saturday mornings
    assert page.save_sessions()
    assert "07:30-11:30" in page.ui.sessions.item(5, 0).text()
    page.ui.sessions.item(0, 0).setText("11:30-07:30")
    assert not page.save_sessions() and page.ui.message.text()


def test_the_changed_appointments_are_listed_and_reissued_in_one_batch(qtbot, sqlite_db):
    import datetime as dt

    from desk_app.services import calendar_service, dossiers
    from desk_app.services.desk import Desk
    from desk_app.services.dossiers import Intake
    from desk_app.ui.calendar_page import CalendarPage

    for i in range(3):
        dossiers.register(
            sqlite_db,
            Intake("1.009645", f"Người nộp {i}", received_at=dt.datetime(2026, 11, 16, 9, i)),
        )
    calendar_service.set_override(sqlite_db, dt.date(2026, 12, 1), "off", "Sự kiện")
    page = CalendarPage(Desk(sqlite_db))  # opened later: the list comes from the register
    qtbot.addWidget(page)
    shown = []
    page.show_document = shown.append
    assert page.ui.changed.rowCount() == 3 and page.reissue_button.isEnabled()
    path = page.reissue()
    assert shown == [path] and path.read_bytes().startswith(b"%PDF")
    assert page.ui.changed.rowCount() == 0 and not page.reissue_button.isEnabled()
