"""Accounts in the window: administrators add accounts, lock and unlock them and set a new
password; everyone changes their own password (saying the current one). Every rule is the
service's (``services.users``); a refusal is shown under the form and nothing is lost."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.roles import Role
from desk_app.services.desk import Desk
from desk_app.ui.labels import role_label
from desk_app.ui.tables import read_only_table
from desk_app.ui.tasks import error_text


class _Form(QDialog):
    """A small form with a message line under it that stays open on a refusal."""

    def __init__(self, title: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        self.layout_.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def password(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def submit(self) -> None:  # the form's work; raises DeskError to refuse
        raise NotImplementedError

    def try_accept(self) -> bool:
        try:
            self.submit()
        except DeskError as exc:
            self.message.setText(error_text(self, exc))
            return False
        self.accept()
        return True


class NewAccountDialog(_Form):
    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(self.tr("New account"), parent)
        self.desk = desk
        self.username = QLineEdit(self)
        self.full_name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.new = self.password()
        self.again = self.password()
        self.form.addRow(self.tr("&User name:"), self.username)
        self.form.addRow(self.tr("&Full name:"), self.full_name)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("&Password:"), self.new)
        self.form.addRow(self.tr("Password &again:"), self.again)

    def submit(self) -> None:
        if self.new.text() != self.again.text():
            raise DeskError(self.tr("The two passwords differ"))
        self.desk.add_user(
            self.username.text(), self.new.text(), self.role.currentData(), self.full_name.text()
        )


class PasswordDialog(_Form):
    """A new password for ``username`` (an administrator's), or the signed-in user's own
    (``own``: the current one is asked first)."""

    def __init__(self, desk: Desk, username: str, own: bool, parent: QWidget | None = None):
        title = self.tr("Change my password") if own else self.tr("New password for %1")
        super().__init__(title.replace("%1", username), parent)
        self.desk, self.username, self.own = desk, username, own
        self.current = self.password()
        if own:
            self.form.addRow(self.tr("&Current password:"), self.current)
        self.new = self.password()
        self.again = self.password()
        self.form.addRow(self.tr("&New password:"), self.new)
        self.form.addRow(self.tr("Password &again:"), self.again)

    def submit(self) -> None:
        if self.new.text() != self.again.text():
            raise DeskError(self.tr("The two passwords differ"))
        if self.own:
            self.desk.change_own_password(self.current.text(), self.new.text())
        else:
            self.desk.set_password(self.username, self.new.text())


class AccountsDialog(QDialog):
    """The accounts (administrators): add, lock or unlock, set a new password."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.table = read_only_table(
            self,
            [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("State")],
            1,
        )
        layout.addWidget(self.table)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add an account..."), self)
        self.lock_button = QPushButton(self.tr("&Lock or unlock"), self)
        self.password_button = QPushButton(self.tr("Set a new &password..."), self)
        close = QPushButton(self.tr("&Close"), self)
        for button in (self.add_button, self.lock_button, self.password_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add)
        self.lock_button.clicked.connect(self.toggle)
        self.password_button.clicked.connect(self.new_password)
        close.clicked.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        self.accounts = self.desk.users()
        self.table.setRowCount(len(self.accounts))
        for r, user in enumerate(self.accounts):
            state = self.tr("active") if user.active else self.tr("locked")
            cells = (user.username, user.full_name, role_label(user.role), state)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def selected(self):
        row = self.table.currentRow()
        return self.accounts[row] if 0 <= row < len(self.accounts) else None

    def add(self) -> NewAccountDialog:
        form = NewAccountDialog(self.desk, self)
        form.accepted.connect(self.reload)
        form.open()
        return form

    def toggle(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        try:
            self.desk.set_active(user.username, not user.active)
        except DeskError as exc:
            self.message.setText(error_text(self, exc))
            return False
        self.reload()
        return True

    def new_password(self) -> PasswordDialog | None:
        user = self.selected()
        if user is None:
            return None
        form = PasswordDialog(self.desk, user.username, False, self)
        form.open()
        return form
