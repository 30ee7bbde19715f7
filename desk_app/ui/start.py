"""Before the main window: the restore offer for a damaged database, the first administrator,
and signing in."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desk_app.services.desk import DatabaseFileError, Desk, NoRegisterError, restore_register


def offer_restore(url: str, error: DatabaseFileError) -> Desk | None:
    """A damaged database: say so, and offer the newest backup that passes the check. The
    damaged file is never written; a restore keeps it aside. Needs an administrator of the
    backup (the damaged database cannot tell who may restore it)."""
    from desk_app.services import backup
    from desk_app.ui.sign_in import Mode, SignInDialog

    newest = backup.newest_good_backup()
    title = QApplication.translate("desk", "The database is damaged")
    if newest is None and isinstance(error, NoRegisterError):
        text = QApplication.translate(
            "desk",
            "%1 No backup was found. Create a new, empty register here? Only do so if this "
            "is a new installation: dossier numbering starts again at 1.",
        )
        answer = QMessageBox.question(None, title, text.replace("%1", str(error)))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return Desk.open(url, create=True)
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

    def administrator(probe: Desk):
        dialog = SignInDialog(probe, mode=Mode.ADMIN)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.actor

    if restore_register(url, newest, administrator) is None:
        return None
    return Desk.open(url)


def sign_in(desk: Desk):
    """The first administrator on a new installation, then the sign-in; None when cancelled."""
    from desk_app.ui.sign_in import Mode, SignInDialog

    if desk.user_count() == 0:
        first = SignInDialog(desk, mode=Mode.FIRST_ADMIN)
        if first.exec() != QDialog.DialogCode.Accepted:
            return None
        ask_agency(desk, first.actor)
        return first.actor
    dialog = SignInDialog(desk, username=str(QSettings().value("sign_in/last_user", "")))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    QSettings().setValue("sign_in/last_user", dialog.actor.username)
    ask_agency(desk, dialog.actor)
    return dialog.actor


def ask_agency(desk: Desk, actor) -> None:
    """An administrator is asked for the agency's name, province and unit identifier while
    the identifier is the placeholder (no dossier can be numbered with it)."""
    from desk_app.domain.roles import Permission
    from desk_app.services import auth
    from desk_app.ui.agency_dialog import AgencyDialog, needs_agency

    if actor is None or not actor.can(Permission.SETTINGS) or not needs_agency(desk):
        return
    with auth.acting_as(actor):
        AgencyDialog(desk).exec()
