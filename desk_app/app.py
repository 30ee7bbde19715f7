"""Starting the window: Qt application, logging and error hooks, translations, the database
(with the restore offer when it is damaged: ``ui.start``), the first administrator, signing in."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app import APP_AUTHOR, APP_NAME

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    from desk_app.ui.qt_support import install_translators, route_qt_messages

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    route_qt_messages()
    language = str(QSettings().value("ui/language", "vi"))
    install_translators(app, language)
    return app


def run_gui(url: str) -> int:
    from desk_app.services import auth, setup
    from desk_app.services.desk import DatabaseError, DatabaseFileError, Desk
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.qt_support import install_excepthook
    from desk_app.ui.start import offer_restore, sign_in

    app = create_application()
    install_excepthook()
    try:
        try:
            desk = Desk.open(url)
        except DatabaseFileError as exc:
            log.error("damaged database: %s", exc)
            restored = offer_restore(url, exc)
            if restored is None:
                return 1
            desk = restored
        setup.initialise(desk.database, samples=True, sample_unit=False)
    except DatabaseError as exc:
        log.error("cannot open the database: %s", exc)
        QMessageBox.critical(None, app.translate("desk", "Cannot open the database"), str(exc))
        return 1
    code = 0
    while True:  # "sign out / switch user" closes the window: the next one signs in
        actor = sign_in(desk)
        if actor is None:
            break
        auth.sign_in(actor)
        window = MainWindow(desk, actor)
        window.show()
        window.start_daily_backup()  # the first start of the day, in the background
        code = app.exec()
        window.wait_for_backup()
        if not window.signed_out:
            break
        auth.sign_in(None)
    desk.close()
    return code
