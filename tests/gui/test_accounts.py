"""Accounts in the window: an administrator adds an account, locks and unlocks it and sets a
new password (the last administrator cannot be locked); a clerk changes their own password,
saying the current one; signing out closes the window for the next user."""

from __future__ import annotations

import pytest

from desk_app.services import users
from desk_app.services.desk import Desk

pytestmark = [pytest.mark.gui, pytest.mark.no_actor]


@pytest.fixture
def admin(sqlite_db):
    from desk_app.services import auth

    with auth.acting_as(None):
        users.add_user(sqlite_db, "admin", "mật-khẩu-Đúng-1", "administrator", "Phạm Văn Quản")
    actor = users.authenticate(sqlite_db, "admin", "mật-khẩu-Đúng-1")
    with auth.acting_as(actor):
        yield actor


def test_an_administrator_manages_the_accounts(qtbot, sqlite_db, admin):
    from desk_app.ui.accounts import AccountsDialog, NewAccountDialog

    dialog = AccountsDialog(Desk(sqlite_db))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    form = dialog.add()
    assert isinstance(form, NewAccountDialog)
    form.username.setText("lan")
    form.full_name.setText("Trần Thị Lan")
    form.role.setCurrentIndex(form.role.findData("clerk"))
    form.new.setText("mật-khẩu-Lan-1")
    form.again.setText("mật-khẩu-Lan-2")
    assert not form.try_accept() and form.message.text()  # the two passwords differ
    form.again.setText("mật-khẩu-Lan-1")
    assert form.try_accept()
    assert [u.username for u in dialog.accounts] == ["admin", "lan"]
    dialog.table.selectRow(0)
    assert not dialog.toggle()  # the last administrator
    assert "cuối cùng" in dialog.message.text()
    dialog.table.selectRow(1)
    assert dialog.toggle() and not dialog.accounts[1].active
    assert dialog.toggle() and dialog.accounts[1].active
    reset = dialog.new_password()
    reset.new.setText("mật-khẩu-Mới-3")
    reset.again.setText("mật-khẩu-Mới-3")
    assert reset.try_accept()
    assert users.authenticate(sqlite_db, "lan", "mật-khẩu-Mới-3").username == "lan"


def test_a_clerk_changes_their_own_password(qtbot, sqlite_db, admin):
    from desk_app.services import auth
    from desk_app.ui.accounts import PasswordDialog

    users.add_user(sqlite_db, "lan", "mật-khẩu-Lan-1", "clerk")
    lan = users.authenticate(sqlite_db, "lan", "mật-khẩu-Lan-1")
    with auth.acting_as(lan):
        form = PasswordDialog(Desk(sqlite_db), "lan", True)
        qtbot.addWidget(form)
        form.current.setText("sai")
        form.new.setText("mật-khẩu-Mới-9")
        form.again.setText("mật-khẩu-Mới-9")
        assert not form.try_accept() and "hiện tại" in form.message.text()
        form.current.setText("mật-khẩu-Lan-1")
        assert form.try_accept()
    assert users.authenticate(sqlite_db, "lan", "mật-khẩu-Mới-9").username == "lan"


def test_signing_out_closes_the_window_for_the_next_user(qtbot, sqlite_db, admin):
    from desk_app.ui.main_window import MainWindow

    window = MainWindow(Desk(sqlite_db), admin, watch=False)
    qtbot.addWidget(window)
    window.show()
    assert window.ui.action_accounts.isVisible() and window.ui.action_my_password.isVisible()
    window.ui.action_sign_out.trigger()
    assert window.signed_out and not window.isVisible()
