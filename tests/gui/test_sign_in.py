"""Signing in with real widgets: the first administrator, wrong passwords and the lockout, the
window showing who is signed in and only what the role may do, the idle lock, and the restore
offer for a damaged database."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desk_app.domain.roles import Role
from desk_app.services import auth, backup, dossiers, setup, users
from desk_app.services.desk import Desk
from desk_app.services.dossiers import Intake

PASSWORD = "mật-khẩu-Đúng-1"


def _type(qtbot, widget, text: str) -> None:
    """Typed key by key; QTest can only synthesise Latin-1 keys, so Vietnamese text arrives
    as an input method would deliver it (whole)."""
    widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


@contextlib.contextmanager
def _window_of(qtbot, db, username: str):
    """The main window of ``username``, signed in for the length of the block."""
    from desk_app.ui.main_window import MainWindow

    actor = users.authenticate(db, username, PASSWORD)
    with auth.acting_as(actor):
        window = MainWindow(Desk(db), actor)
        qtbot.addWidget(window)
        yield window


@pytest.mark.no_actor
def test_first_start_creates_the_administrator(qtbot, sqlite_db):
    from desk_app.ui.sign_in import Mode, SignInDialog

    setup.initialise(sqlite_db, samples=True)
    dialog = SignInDialog(Desk(sqlite_db), mode=Mode.FIRST_ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.repeat.isVisibleTo(dialog)
    _type(qtbot, dialog.ui.username, "admin")
    _type(qtbot, dialog.ui.full_name, "Trần Quản Trị")
    _type(qtbot, dialog.ui.password, PASSWORD)
    _type(qtbot, dialog.ui.repeat, PASSWORD + "x")
    dialog.try_accept()
    assert dialog.ui.message.text() and users.user_count(sqlite_db) == 0  # said, not created
    _type(qtbot, dialog.ui.password, "short")
    _type(qtbot, dialog.ui.repeat, "short")
    dialog.try_accept()
    assert "8" in dialog.ui.message.text() and dialog.ui.password.text() == ""
    _type(qtbot, dialog.ui.password, PASSWORD)
    _type(qtbot, dialog.ui.repeat, PASSWORD)
    qtbot.keyClick(dialog.ui.repeat, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.role is Role.ADMINISTRATOR and users.user_count(sqlite_db) == 1


@pytest.fixture
def staffed(sqlite_db):
    setup.initialise(sqlite_db, samples=True)
    users.add_user(sqlite_db, "admin", PASSWORD, "administrator", "Trần Quản Trị")
    with auth.acting_as(users.authenticate(sqlite_db, "admin", PASSWORD)):
        users.add_user(sqlite_db, "lan", PASSWORD, "clerk", "Nguyễn Thị Lan")
    return sqlite_db


@pytest.mark.no_actor
def test_wrong_passwords_are_said_beside_the_fields_then_lock(qtbot, staffed):
    from desk_app.ui.sign_in import SignInDialog

    dialog = SignInDialog(Desk(staffed), username="lan")
    qtbot.addWidget(dialog)
    assert not dialog.ui.full_name.isVisibleTo(dialog)
    for attempt in range(5):
        _type(qtbot, dialog.ui.password, f"sai-mat-khau-{attempt}")
        dialog.try_accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.ui.password.text() == "" and dialog.ui.username.text() == "lan"
    assert "khóa 5 phút" in dialog.ui.message.text()
    _type(qtbot, dialog.ui.password, PASSWORD)
    dialog.try_accept()
    assert "thử lại sau" in dialog.ui.message.text() and dialog.actor is None


@pytest.mark.no_actor
def test_the_window_shows_the_user_and_only_what_the_role_may_do(qtbot, staffed):
    with _window_of(qtbot, staffed, "lan") as window:
        assert "Nguyễn Thị Lan" in window.user_label.text()
        assert not window.ui.action_reports.isVisible()
        assert window.show_reports() is None
    with _window_of(qtbot, staffed, "admin") as window:
        assert window.ui.action_reports.isVisible() and window.show_reports() is not None


@pytest.mark.no_actor
def test_idle_window_locks_until_the_password_is_typed(qtbot, staffed, monkeypatch):
    from desk_app.ui import main_window

    seen = {}

    def unlock_with_password(dialog):
        seen["hidden"] = not dialog.parent().ui.central_widget.isVisible()
        seen["user"] = dialog.ui.username.text()
        dialog.ui.password.setText("sai")
        dialog.try_accept()
        seen["refused"] = dialog.ui.message.text()
        dialog.ui.password.setText(PASSWORD)
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(main_window.SignInDialog, "exec", unlock_with_password)
    with _window_of(qtbot, staffed, "lan") as window:
        window.show()
        window.idle_timer.setInterval(50)
        window.idle_timer.start()
        qtbot.waitUntil(lambda: "hidden" in seen, timeout=3000)
    assert seen["hidden"] and seen["user"] == "lan" and seen["refused"]
    assert not window.locked and window.ui.central_widget.isVisible()


@pytest.mark.no_actor
def test_damaged_database_offers_the_newest_good_backup(qtbot, tmp_path, monkeypatch, damage):
    from desk_app.db.database import DatabaseFileError, open_database
    from desk_app.ui import sign_in, start

    path = tmp_path / "userdata" / "desk.sqlite3"
    url = f"sqlite:///{path}"
    db = open_database(url)
    setup.initialise(db, samples=True)
    users.add_user(db, "admin", PASSWORD, "administrator")
    with auth.acting_as(users.authenticate(db, "admin", PASSWORD)):
        for i in range(20):
            dossiers.register(db, Intake("1.009645", f"Người nộp {i}"))
        backup.backup(db)
    db.dispose()
    damage(path)
    with pytest.raises(DatabaseFileError) as damaged:
        open_database(url)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.Yes,
    )

    def admin_signs(dialog):
        assert dialog.mode is sign_in.Mode.ADMIN
        dialog.ui.username.setText("admin")
        dialog.ui.password.setText(PASSWORD)
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(sign_in.SignInDialog, "exec", admin_signs)
    restored = start.offer_restore(url, damaged.value)
    assert restored is not None and "desk-" in asked[0]
    try:
        assert restored.user_count() == 1
    finally:
        restored.close()
    assert list(path.parent.glob("desk.before-restore-*.sqlite3"))


def test_damage_found_after_opening_is_said_in_the_window(qtbot, sqlite_db, monkeypatch):
    from desk_app.db.database import DatabaseFileError
    from desk_app.ui.main_window import MainWindow

    setup.initialise(sqlite_db, samples=True)
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    sqlite_db._verified.clear()  # as if the background check were still running
    window = MainWindow(Desk(sqlite_db))
    qtbot.addWidget(window)
    sqlite_db.damage = DatabaseFileError("Tệp cơ sở dữ liệu bị hỏng: page 7")
    sqlite_db._verified.set()
    qtbot.waitUntil(lambda: bool(said), timeout=3000)
    assert "page 7" in said[0]
    sqlite_db.damage = None  # let the fixture's teardown close it normally


@pytest.mark.no_actor
def test_input_anywhere_in_the_window_restarts_the_idle_clock(qtbot, staffed):
    with _window_of(qtbot, staffed, "lan") as window:
        window.show()
        qtbot.waitUntil(lambda: window.watching_activity, timeout=5000)
        restarts = []
        window.idle_timer.start = lambda: restarts.append(window.idle_timer.interval())
        field = window.intake_page.ui.applicant_name
        qtbot.keyClick(field, Qt.Key.Key_A)  # typing in a field deep inside the window
        assert restarts == [15 * 60_000]  # the default of 15 minutes, counted again
        window.locked = True  # while locked, only the password counts
        qtbot.keyClick(field, Qt.Key.Key_B)
        assert restarts == [15 * 60_000]


@pytest.mark.no_actor
def test_the_first_start_asks_the_agency_and_shows_a_refusal_under_its_field(qtbot, tmp_path):
    """A new installation numbers nothing with the placeholder identifier: the administrator
    is asked for the agency's name, province and identifier (Decree 118/2025 Art. 28)."""
    from desk_app.db.database import open_database
    from desk_app.services import agency
    from desk_app.ui.agency_dialog import AgencyDialog, needs_agency

    sqlite_db = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}", create=True)
    setup.initialise(sqlite_db, samples=True, sample_unit=False)  # what the window does
    with auth.acting_as(None):
        users.add_user(sqlite_db, "admin", PASSWORD, "administrator")
    desk = Desk(sqlite_db)
    assert needs_agency(desk)
    admin = users.authenticate(sqlite_db, "admin", PASSWORD)
    with auth.acting_as(admin):
        with pytest.raises(Exception, match="Chưa đặt mã định danh"):
            dossiers.register(sqlite_db, Intake("1.009645", "Nguyễn Văn An"))
        dialog = AgencyDialog(desk)
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        ui = dialog.ui
        # in the window's language (another test may have installed the Vietnamese one)
        placeholder_refusal = dialog.tr(
            "Type the identifier the province assigned, not the placeholder."
        )
        for name, unit, field, words in (
            ("Ban Quản lý", "000.00.00.H00", "unit_code", placeholder_refusal),
            ("Ban Quản lý", "17.22", "unit_code", "Mã định danh"),
            ("", "000.17.22.H56", "name", "không được để trống"),
        ):
            _type(qtbot, ui.name, name)
            _type(qtbot, ui.unit_code, unit)
            qtbot.keyClick(ui.unit_code, Qt.Key.Key_Return)
            label = getattr(ui, f"{field}_error")
            assert words in label.text() and not label.isHidden(), (unit, label.text())
            assert dialog.result() != QDialog.DialogCode.Accepted
        _type(qtbot, ui.name, "Ban Quản lý các Khu công nghiệp tỉnh Đồng Nai")
        _type(qtbot, ui.place_name, "Đồng Nai")
        _type(qtbot, ui.unit_code, "000.17.22.h56")
        qtbot.keyClick(ui.unit_code, Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert agency.settings_view(sqlite_db)["unit_code"] == "000.17.22.H56"
        assert not needs_agency(desk)
        made = dossiers.register(sqlite_db, Intake("1.009645", "Nguyễn Văn An"))
        assert made.code.startswith("000.17.22.H56-")
    sqlite_db.dispose()
