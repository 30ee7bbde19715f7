"""Starting the window: Qt application, logging and error hooks, translations, the database
(with the restore offer when it is damaged: ``ui.start``), the first administrator, signing in."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app import APP_AUTHOR, APP_NAME
from desk_app.db.database import DatabaseError, DatabaseFileError, open_database

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
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.qt_support import install_excepthook
    from desk_app.ui.start import offer_restore, sign_in

    app = create_application()
    install_excepthook()
    try:
        try:
            db = open_database(url)
        except DatabaseFileError as exc:
            log.error("damaged database: %s", exc)
            restored = offer_restore(url, exc)
            if restored is None:
                return 1
            db = restored
        setup.initialise(db, samples=True)
    except DatabaseError as exc:
        log.error("cannot open the database: %s", exc)
        QMessageBox.critical(None, app.translate("desk", "Cannot open the database"), str(exc))
        return 1
    actor = sign_in(db)
    if actor is None:
        db.dispose()
        return 0
    auth.sign_in(actor)
    window = MainWindow(db, actor)
    window.show()
    window.start_daily_backup()  # the first start of the day, in the background
    code = app.exec()
    db.dispose()
    return code
