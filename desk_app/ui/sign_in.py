"""Signing in: the first administrator of a new installation, the daily sign-in, unlocking an
idle window, and confirming an administrator before a restore. Messages appear in the dialog,
under the fields, not in pop-ups; a wrong password is cleared, the user name is kept."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk_app.domain.errors import DeskError
from desk_app.domain.roles import Actor, Permission, PermissionDenied
from desk_app.services.desk import Desk
from desk_app.ui.generated.ui_sign_in_dialog import Ui_SignInDialog


class Mode(StrEnum):
    SIGN_IN = "sign_in"
    FIRST_ADMIN = "first_admin"
    UNLOCK = "unlock"
    ADMIN = "admin"  # an administrator confirms a restore


class SignInDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        *,
        mode: Mode = Mode.SIGN_IN,
        username: str = "",
    ):
        super().__init__(parent)
        self.desk, self.mode = desk, Mode(mode)
        self.actor: Actor | None = None
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        creating = self.mode is Mode.FIRST_ADMIN
        for widget in (
            self.ui.full_name_label,
            self.ui.full_name,
            self.ui.repeat_label,
            self.ui.repeat,
        ):
            widget.setVisible(creating)
        intro = {
            Mode.SIGN_IN: self.tr("Sign in to the reception desk."),
            Mode.FIRST_ADMIN: self.tr(
                "No account exists yet. Create the administrator's account: it manages the "
                "other users, the settings and the backups. There is no default password."
            ),
            Mode.UNLOCK: self.tr("The window was locked after a period without use."),
            Mode.ADMIN: self.tr("An administrator's password is needed to restore a backup."),
        }[self.mode]
        self.ui.intro.setText(intro)
        if creating:
            self.setWindowTitle(self.tr("Create the administrator"))
        if username:
            self.ui.username.setText(username)
            self.ui.username.setReadOnly(self.mode is Mode.UNLOCK)
            self.ui.password.setFocus()
        buttons = self.ui.buttons
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Create") if creating else self.tr("&Sign in")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.buttons.accepted.connect(self.try_accept)
        self.ui.buttons.rejected.connect(self.reject)

    def try_accept(self) -> None:
        ui = self.ui
        name, password = ui.username.text().strip(), ui.password.text()
        try:
            if self.mode is Mode.FIRST_ADMIN:
                if password != ui.repeat.text():
                    self._say(self.tr("The two passwords differ."), ui.repeat)
                    return
                self.desk.add_user(name, password, "administrator", ui.full_name.text())
            actor = self.desk.authenticate(name, password)
            if self.mode is Mode.UNLOCK and actor.username.lower() != name.lower():
                raise PermissionDenied(self.tr("Only the signed-in user can unlock the window."))
            if self.mode is Mode.ADMIN:
                actor.require(Permission.BACKUP)
        except DeskError as exc:
            ui.password.clear()
            ui.repeat.clear()
            self._say(str(exc), ui.password if name else ui.username)
            return
        self.actor = actor
        self.accept()

    def _say(self, text: str, focus: QWidget) -> None:
        self.ui.message.setText(text)
        focus.setFocus()
