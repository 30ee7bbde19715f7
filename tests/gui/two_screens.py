"""Run in its own process by test_citizen.py: the window on a computer with two screens (Qt's
offscreen platform with two virtual screens, which must be set before the application starts).
Prints one JSON line of what it saw."""

from __future__ import annotations

import datetime as dt
import json
import sys

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desk_app.db.database import open_database
from desk_app.domain.roles import SYSTEM
from desk_app.services import auth, dossiers, setup
from desk_app.services.desk import Desk
from desk_app.services.dossiers import Intake


def main(url: str) -> None:
    app = QApplication([])
    auth.sign_in(SYSTEM)
    db = open_database(url)
    setup.initialise(db, samples=True)
    received = dt.datetime(2026, 10, 1, 9, 0)
    code = dossiers.register(db, Intake("1.009645", "Lê Thị Mai", received_at=received)).code
    dossiers.apply_event(db, code, "result_ready", at=received + dt.timedelta(days=2))
    dossiers.apply_event(db, code, "returned", at=received + dt.timedelta(days=30))
    from desk_app.ui.citizen import CitizenScreen, ask_rating
    from desk_app.ui.main_window import MainWindow

    desk = Desk(db)
    window = MainWindow(desk, SYSTEM, watch=False)
    window.show()
    app.processEvents()
    screen = window.citizen
    seen = {
        "screens": [s.name() for s in app.screens()],
        "main_screen": window.screen().name(),
        "citizen_screen": screen.screen().name() if screen else None,
        "citizen_geometry": list(screen.geometry().getRect()) if screen else None,
        "full_screen": bool(screen and screen.isFullScreen()),
        "welcome": screen.pages.currentWidget() is screen.welcome,
    }
    page = window.intake_page
    page.select_procedure("1.009645")
    page.ui.applicant_name.setText("Nguyễn Văn Đạt")
    page.ui.applicant_id_no.setText("079203001234")
    app.processEvents()
    seen["intake_shown"] = screen.pages.currentWidget() is screen.intake
    seen["intake_text"] = screen.intake.text()
    dialog = ask_rating(desk, code, window)
    seen["dialog"] = dialog is not None
    seen["rating_shown"] = screen.pages.currentWidget() is screen.rating
    screen.rating.comment.setText("Cán bộ nhiệt tình")
    button = screen.rating.buttons[next(iter(screen.rating.buttons))]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    seen["thanks_shown"] = screen.pages.currentWidget() is screen.thanks
    seen["record"] = desk.dossier_record(code)["rating"]
    seen["current"] = CitizenScreen.current() is screen
    window.close()
    app.processEvents()
    window.wait_for_backup()
    seen["current_after_close"] = CitizenScreen.current() is not None
    print(json.dumps(seen, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
