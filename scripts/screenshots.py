"""Screenshots of every screen and dialog at 1366x768 (the common counter PC), in Vietnamese,
under a real X server with a window manager, for the README (docs/images/screen-*.png).

    Xvfb :77 -screen 0 1366x768x24 &
    DISPLAY=:77 openbox &
    DISPLAY=:77 python scripts/screenshots.py

The whole screen is captured (title bars and all, as the clerk sees it). A throw-away database
is filled by the demo-data generator (seed 3), so the pictures show realistic numbers and never
anybody's personal data.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"
NOW = dt.datetime(2026, 11, 20, 16, 0)
PNG = b"\x89PNG\r\n\x1a\n"


def main() -> int:
    os.environ.setdefault("DESK_DATA_DIR", tempfile.mkdtemp(prefix="desk-shots-"))
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QGuiApplication

    from desk_app.app import create_application
    from desk_app.db.database import open_database
    from desk_app.domain.roles import SYSTEM
    from desk_app.services import auth, demo, setup
    from desk_app.services.desk import Desk
    from desk_app.ui.main_window import MainWindow

    QSettings().setValue("ui/language", "vi")
    QSettings().remove("main_window")  # a first start: the window fills the screen
    app = create_application([sys.argv[0]])
    folder = Path(tempfile.mkdtemp(prefix="desk-shots-db-"))
    db = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    setup.initialise(db, samples=True)
    auth.sign_in(SYSTEM)  # a throw-away database without accounts
    demo.generate(db, 30_000, seed=3, now=NOW)
    scanner = folder / "scanner"
    scanner.mkdir()
    QSettings().setValue("scanner/folder", str(scanner))

    desk = Desk(db)
    window = MainWindow(desk, watch=False)
    window.show()

    def settle(ms: int = 500) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def grab(name: str) -> None:
        settle()
        IMAGES.mkdir(parents=True, exist_ok=True)
        screen = QGuiApplication.primaryScreen()
        screen.grabWindow(0).save(str(IMAGES / f"screen-{name}.png"))
        print(f"docs/images/screen-{name}.png")

    def dialog(name: str, make: Callable[[], object], before: Callable | None = None) -> None:
        shown = make()
        if before is not None:
            before(shown)
        shown.show()
        grab(name)
        shown.close()

    _screens(window, grab, scanner)
    _dialogs(window, desk, db, dialog, folder)
    window.close()
    settle()
    window.wait_for_backup()
    db.dispose()
    app.quit()
    return 0


def _screens(window, grab, scanner: Path) -> None:
    intake = window.show_intake()
    intake.now = lambda: NOW
    intake.select_procedure("2.000205")
    intake.ui.applicant_name.setText("Công ty TNHH Điện tử Minh Long Việt Nam")
    intake.ui.applicant_kind.setCurrentIndex(1)
    intake.ui.applicant_id_no.setText("3601234567")
    intake.ui.address.setText("Lô B12, KCN Amata, phường Long Bình, tỉnh Đồng Nai")
    intake.ui.phone.setText("0251 3891 234")
    intake.ui.email.setText("nhansu@minhlong.vn")
    (scanner / "scan-0001.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    intake.scans.refresh()
    intake.ui.phone.setFocus()
    grab("intake")

    page = window.show_dossiers()
    page.now = page.model.now = lambda: NOW
    page.ui.search.setText("nguyen van")
    page.refresh()
    grab("dossiers")
    page.ui.search.clear()
    page.refresh()

    review = window.show_review()
    review.now = lambda: NOW
    review.refresh()
    grab("review")

    calendar = window.show_calendar()
    calendar.ui.year.setValue(2026)
    grab("calendar")

    reports = window.show_reports()
    reports.today = NOW.date()
    reports.ui.period_kind.setCurrentIndex(1)  # a quarter
    reports.ui.year.setValue(2026)
    reports.ui.part.setCurrentIndex(2)
    reports.compute()
    while reports.result is None:
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.processEvents()
    reports.ui.table.topLevelItem(1).setExpanded(True)
    grab("reports")
    window.show_catalogue()
    grab("catalogue")
    window.show_settings()
    grab("settings")


def _dialogs(window, desk, db, dialog, folder: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desk_app.services import dossiers
    from desk_app.services.dossiers import Intake, ReceivedDocument
    from desk_app.ui.accounts import AccountsDialog, NewAccountDialog
    from desk_app.ui.action_form import ActionForm, Input
    from desk_app.ui.agency_dialog import AgencyDialog
    from desk_app.ui.citizen import RatingDialog
    from desk_app.ui.dossier_dialog import DossierDialog
    from desk_app.ui.notice_settings import NoticeSettingsDialog
    from desk_app.ui.outbox import OutboxDialog
    from desk_app.ui.printer import Preview
    from desk_app.ui.sign_in import SignInDialog
    from desk_app.ui.viewer import DocumentViewer

    papers = (ReceivedDocument("Văn bản đề nghị cấp giấy phép lao động", 1),)
    received = dt.datetime(2026, 11, 9, 8, 30)
    code = dossiers.register(
        db, Intake("2.000205", "Công ty TNHH Minh Long", documents=papers, received_at=received)
    ).code
    dossiers.apply_event(db, code, "handed_over", at=received + dt.timedelta(hours=1))
    dossiers.apply_event(db, code, "forwarded", at=dt.datetime(2026, 11, 17, 9, 0))
    receipt = folder / "receipt.pdf"
    receipt.write_bytes(desk.document("receipt", code))
    from desk_app.services import attachments

    attachments.attach(db, code, receipt, document=1)

    def detail():
        shown = DossierDialog(desk, code, window, now=lambda: NOW, show_document=lambda p: None)
        shown.resize(1100, 650)
        return shown

    dialog("detail", detail)
    dialog("detail-files", detail, lambda shown: shown.ui.tabs.setCurrentWidget(shown.files))
    dialog(
        "apology",
        lambda: ActionForm(
            "Xin lỗi, hẹn lại",
            [
                Input("reason", "Lý do chậm trễ:"),
                Input(
                    "new_due", "Ngày hẹn mới (dd/mm/yyyy hh:mm):", "moment", text="08/12/2026 09:00"
                ),
            ],
            lambda values: None,
            window,
        ),
    )
    returned = dossiers.register(db, Intake("1.009646", "Lê Thị Mai", received_at=received)).code
    dossiers.apply_event(db, returned, "result_ready", at=received + dt.timedelta(days=2))
    told = {"told_how": "phone", "told_at": received + dt.timedelta(days=2, hours=1)}
    dossiers.apply_event(db, returned, "returned", at=received + dt.timedelta(days=3), data=told)
    dialog("rating", lambda: RatingDialog(desk, returned, window))
    dialog("notices", lambda: OutboxDialog(desk, window))
    dialog("notice-settings", lambda: NoticeSettingsDialog(desk, window))
    dialog("agency", lambda: AgencyDialog(desk, window))
    dialog("sign-in", lambda: SignInDialog(desk, window))
    from desk_app.services import users

    users.add_user(db, "quan", "mật-khẩu-Quản-1", "administrator", "Phạm Văn Quản")
    users.add_user(db, "lan", "mật-khẩu-Lan-1", "clerk", "Trần Thị Lan")
    users.add_user(db, "hoa", "mật-khẩu-Hoa-1", "supervisor", "Nguyễn Thị Hoa")
    dialog("accounts", lambda: AccountsDialog(desk, window))
    dialog("new-account", lambda: NewAccountDialog(desk, window))
    dialog("preview", lambda: _sized(Preview(receipt, window)))
    dialog(
        "viewer",
        lambda: _sized(DocumentViewer("giay-tiep-nhan.pdf", "pdf", receipt.read_bytes(), window)),
    )
    dialog(
        "message",
        lambda: QMessageBox(
            QMessageBox.Icon.Warning,
            "Bộ phận Một cửa",
            "Máy này chưa có máy in; tệp đã được lưu tại documents/2026-11/giay-tiep-nhan.pdf",
            QMessageBox.StandardButton.Ok,
            window,
        ),
    )


def _sized(widget):
    widget.resize(1000, 680)
    return widget


if __name__ == "__main__":
    sys.exit(main())
