"""Starting the window: Qt application, logging and error hooks, translations, the database
(with the restore offer when it is damaged), the first administrator, and signing in."""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desk_app import APP_AUTHOR, APP_NAME
from desk_app.db.database import Database, DatabaseError, DatabaseFileError, open_database

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


def offer_restore(url: str, error: DatabaseFileError) -> Database | None:
    """A damaged database: say so, and offer the newest backup that passes the check. The
    damaged file is never written; a restore keeps it aside. Needs an administrator of the
    backup (the damaged database cannot tell who may restore it)."""
    from desk_app.services import auth, backup
    from desk_app.ui.sign_in import Mode, SignInDialog

    newest = backup.newest_good_backup()
    title = QApplication.translate("desk", "The database is damaged")
    if newest is None:
        text = QApplication.translate(
            "desk", "%1 No backup that passes the check was found. Nothing was written to the file."
        )
        QMessageBox.critical(None, title, text.replace("%1", str(error)))
        return None
    text = QApplication.translate(
        "desk",
        "%1 Nothing was written to it. Restore the newest good backup, %2? "
        "The damaged file is kept aside.",
    )
    answer = QMessageBox.question(
        None, title, text.replace("%1", str(error)).replace("%2", newest.name)
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "check.sqlite3"
        shutil.copyfile(newest, copy)
        probe = open_database(f"sqlite:///{copy}")
        try:
            dialog = SignInDialog(probe, mode=Mode.ADMIN)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
                return None
            actor = dialog.actor
        finally:
            probe.dispose()
    with auth.acting_as(actor):
        backup.restore(url, newest)
    return open_database(url)


def sign_in(db: Database):
    """The first administrator on a new installation, then the sign-in; None when cancelled."""
    from desk_app.services import users
    from desk_app.ui.sign_in import Mode, SignInDialog

    if users.user_count(db) == 0:
        first = SignInDialog(db, mode=Mode.FIRST_ADMIN)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
        return first.actor
    dialog = SignInDialog(db, username=str(QSettings().value("sign_in/last_user", "")))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    QSettings().setValue("sign_in/last_user", dialog.actor.username)
    return dialog.actor


def run_gui(url: str) -> int:
    from desk_app.services import auth, setup
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.qt_support import install_excepthook

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
