"""Before the main window: the restore offer for a damaged database, the first administrator,
and signing in."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desk_app.db.database import Database, DatabaseFileError, open_database


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
