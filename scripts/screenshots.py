"""Screenshots of the window for the README, in Vietnamese, under a real or virtual X server.

    Xvfb :77 -screen 0 1366x860x24 &
    DISPLAY=:77 python scripts/screenshots.py        # writes docs/images/screen-*.png

Uses a throw-away database filled by the demo-data generator (seed 3), so the pictures show
realistic numbers and never anybody's personal data.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"
NOW = dt.datetime(2026, 11, 20, 16, 0)


def main() -> int:
    os.environ.setdefault("DESK_DATA_DIR", tempfile.mkdtemp(prefix="desk-shots-"))
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from desk_app.app import create_application
    from desk_app.db.database import open_database
    from desk_app.domain.roles import SYSTEM
    from desk_app.services import auth, demo, setup
    from desk_app.services.desk import Desk
    from desk_app.ui.main_window import MainWindow

    QSettings().setValue("ui/language", "vi")
    app = create_application([sys.argv[0]])
    folder = Path(tempfile.mkdtemp(prefix="desk-shots-db-"))
    db = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    setup.initialise(db, samples=True)
    auth.sign_in(SYSTEM)  # a throw-away database without accounts
    demo.generate(db, 30_000, seed=3, now=NOW)

    desk = Desk(db)
    window = MainWindow(desk, watch=False)
    window.resize(1340, 820)
    window.show()

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def grab(name: str) -> None:
        settle()
        IMAGES.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(IMAGES / f"screen-{name}.png"))
        print(f"docs/images/screen-{name}.png")

    intake = window.show_intake()
    intake.now = lambda: NOW
    intake.select_procedure("2.000205")
    intake.ui.applicant_name.setText("Công ty TNHH Điện tử Minh Long Việt Nam")
    intake.ui.applicant_kind.setCurrentIndex(1)
    intake.ui.applicant_id_no.setText("3601234567")
    intake.ui.address.setText("Lô B12, KCN Amata, phường Long Bình, tỉnh Đồng Nai")
    intake.ui.phone.setText("0251 3891 234")
    intake.ui.email.setText("nhansu@minhlong.vn")
    intake.ui.phone.setFocus()
    grab("intake")

    dossiers_page = window.show_dossiers()
    dossiers_page.now = dossiers_page.model.now = lambda: NOW
    dossiers_page.refresh()
    grab("dossiers")

    from desk_app.ui.dossier_dialog import DossierDialog

    code = (
        next(r.code for r in dossiers_page.model.rows if r.state == "returned")
        if any(r.state == "returned" for r in dossiers_page.model.rows)
        else dossiers_page.model.rows[0].code
    )
    dialog = DossierDialog(desk, code, window, now=lambda: NOW)
    dialog.resize(1000, 640)
    dialog.show()
    settle()
    dialog.grab().save(str(IMAGES / "screen-detail.png"))
    print("docs/images/screen-detail.png")
    dialog.close()

    review_page = window.show_review()
    review_page.now = lambda: NOW
    review_page.refresh()
    grab("review")

    calendar_page = window.show_calendar()
    calendar_page.ui.year.setValue(2026)
    grab("calendar")

    page = window.show_reports()
    page.today = NOW.date()
    page.ui.period_kind.setCurrentIndex(1)  # quarter
    page.ui.year.setValue(2026)
    page.ui.part.setCurrentIndex(2)
    page.compute()
    while page.result is None:
        settle(100)
    page.ui.table.topLevelItem(1).setExpanded(True)
    grab("reports")
    window.close()
    db.dispose()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
