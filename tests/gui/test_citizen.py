"""The applicant's side in the window: the applicant's screen on a second screen (two virtual
screens, in a process of its own), the rating dialog when there is one screen, the notices'
screen and settings, the postal item at intake and at return."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.lifecycle import EventKind
from desk_app.services import agency, dossier_views, dossiers, outbox
from desk_app.services.desk import Desk
from desk_app.services.dossiers import Intake

pytestmark = pytest.mark.gui
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCREENS = {
    "screens": [
        {"name": "screen-1", "x": 0, "y": 0, "width": 1366, "height": 768},
        {"name": "screen-2", "x": 1366, "y": 0, "width": 1024, "height": 600},
    ]
}


def _returned(db, received=dt.datetime(2026, 10, 1, 9, 0), **intake) -> str:
    code = dossiers.register(db, Intake("1.009645", "Lê Thị Mai", received_at=received, **intake))
    dossiers.apply_event(db, code.code, "result_ready", at=received + dt.timedelta(days=2))
    return code.code


@pytest.mark.slow
def test_the_applicants_screen_on_the_second_screen(tmp_path):
    config = tmp_path / "screens.json"
    for screen in SCREENS["screens"]:
        screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "DESK_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    done = subprocess.run(
        [sys.executable, str(HERE / "two_screens.py"), url],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["screens"] == ["screen-1", "screen-2"]
    assert seen["main_screen"] == "screen-1"
    assert seen["citizen_screen"] == "screen-2"
    assert seen["citizen_geometry"] == [1366, 0, 1024, 600]
    assert seen["full_screen"] and seen["welcome"]
    assert seen["intake_shown"]
    assert "Nguyễn Văn Đạt" in seen["intake_text"]
    assert "••••••••1234" in seen["intake_text"] and "079203" not in seen["intake_text"]
    assert (
        "Cấp Giấy chứng nhận đăng ký đầu tư" in seen["intake_text"]
        or "Procedure" in (seen["intake_text"])
    )
    assert not seen["dialog"] and seen["rating_shown"]  # asked on the applicant's screen
    assert seen["thanks_shown"]
    assert seen["record"]["level"] == "very_satisfied"
    assert seen["record"]["comment"] == "Cán bộ nhiệt tình"
    assert seen["current"] and not seen["current_after_close"]


def test_one_screen_the_clerk_turns_the_rating_dialog_around(qtbot, sqlite_db, monkeypatch):
    from desk_app.ui import citizen
    from desk_app.ui.dossier_dialog import DossierDialog
    from desk_app.ui.main_window import MainWindow

    window = MainWindow(Desk(sqlite_db), watch=False)
    qtbot.addWidget(window)
    assert window.citizen is None  # one screen: no applicant's window
    code = _returned(sqlite_db)
    now = dt.datetime(2026, 11, 16, 9, 0)
    dialog = DossierDialog(Desk(sqlite_db), code, now=lambda: now, show_document=lambda p: None)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        "desk_app.ui.dossier_dialog.ActionForm.exec", lambda form: form.try_accept() or 1
    )
    dialog.act(EventKind.RETURNED)
    rating = dialog.rating
    assert isinstance(rating, citizen.RatingDialog) and rating.isVisible()
    assert rating.panel.question.text().endswith(f"{code}?")
    rating.panel.comment.setText('=HYPERLINK("x")')  # kept as text, not a formula
    qtbot.mouseClick(rating.panel.buttons[citizen.Level.UNSATISFIED], Qt.MouseButton.LeftButton)
    assert not rating.isVisible()
    record = dossier_views.dossier_record(sqlite_db, code)["rating"]
    assert record["level"] == "unsatisfied" and record["comment"] == '=HYPERLINK("x")'
    again = citizen.RatingDialog(Desk(sqlite_db), code)  # the second attempt
    qtbot.addWidget(again)
    qtbot.mouseClick(again.panel.buttons[citizen.Level.SATISFIED], Qt.MouseButton.LeftButton)
    assert "một lần" in again.panel.message.text()
    returned = dossier_views.dossier_detail(sqlite_db, code)
    assert returned.timeline[-1].what == "Người nộp đánh giá"


def test_a_postal_return_is_recorded_from_the_dialog(qtbot, sqlite_db, monkeypatch):
    from desk_app.ui.dossier_dialog import DossierDialog

    code = _returned(sqlite_db, return_method="post", return_address="12 Lê Lợi, Biên Hòa")
    now = dt.datetime(2026, 11, 16, 9, 0)
    dialog = DossierDialog(Desk(sqlite_db), code, now=lambda: now, show_document=lambda p: None)
    qtbot.addWidget(dialog)
    attempts = iter(["EE123456789VN", "EE123456785VN"])
    messages = []

    def exec_(form):
        assert form.widgets["recipient"].text() == "Lê Thị Mai"  # offered
        for number in attempts:
            form.widgets["postal"].setText(number)
            form.try_accept()
            messages.append(form.errors["postal"].text())
        return form.result()

    monkeypatch.setattr("desk_app.ui.dossier_dialog.ActionForm.exec", exec_)
    monkeypatch.setattr("desk_app.ui.dossier_dialog.ask_rating", lambda *a: None)
    dialog.act(EventKind.RETURNED)
    assert "chữ số kiểm tra" in messages[0]
    assert dossier_views.dossier_record(sqlite_db, code)["postal_tracking"] == "EE123456785VN"
    assert EventKind.DELIVERED in dialog.detail.actions
    dialog.action_buttons[EventKind.DELIVERED].click()
    assert dossier_views.dossier_record(sqlite_db, code)["delivered_at"] == "2026-11-16 09:00"


def test_intake_records_the_postal_item_and_the_applicants_choice(qtbot, sqlite_db):
    from desk_app.ui.intake import IntakePage

    page = IntakePage(Desk(sqlite_db), show_document=lambda p: None)
    qtbot.addWidget(page)
    page.select_procedure("1.009645")
    page.ui.applicant_name.setText("Công ty Đại Phát")
    assert not page.ui.incoming_tracking.isEnabled()  # only for dossiers by post
    page.ui.channel.setCurrentIndex(page.ui.channel.findData("postal"))
    assert page.ui.incoming_tracking.isEnabled()
    page.ui.incoming_tracking.setText("RE000000006VN")
    assert page.save_and_print() is None
    assert "chữ số kiểm tra" in page.ui.incoming_tracking_error.text()
    page.ui.incoming_tracking.setText("RE000000005VN")
    page.ui.notify.setChecked(False)
    code = page.save_and_print()
    record = dossier_views.dossier_record(sqlite_db, code)
    assert record["incoming_tracking"] == "RE000000005VN" and record["notify"] is False
    assert page.ui.notify.isChecked()  # the next applicant starts from yes


def test_the_notices_screen_and_settings(qtbot, sqlite_db):
    from desk_app.ui.notice_settings import NoticeSettingsDialog
    from desk_app.ui.outbox import OutboxDialog

    desk = Desk(sqlite_db)
    settings = NoticeSettingsDialog(desk)
    qtbot.addWidget(settings)
    settings.ui.sms_url.setText("http://127.0.0.1:9/sms")  # nothing listens there
    settings.ui.sms_headers.setText("not json")
    assert not settings.save()
    assert "sms_headers" in settings.ui.message.text()
    settings.ui.sms_headers.setText('{"Authorization": "Bearer k"}')
    settings.ui.kind_refused.setChecked(False)
    assert settings.save()
    stored = agency.settings_view(sqlite_db)
    assert stored["sms_headers"] == {"Authorization": "Bearer k"}
    assert "refused" not in stored["notify_kinds"] and "received" in stored["notify_kinds"]
    dossiers.register(sqlite_db, Intake("1.009645", "Lê Thị Mai", phone="0912345678"))
    screen = OutboxDialog(desk)
    qtbot.addWidget(screen)
    assert screen.table.rowCount() == 1
    assert screen.table.item(0, 3).text() == screen.tr("Waiting")
    screen.send()  # the gateway cannot be reached: waits for its next attempt
    assert screen.table.item(0, 4).text() == "1"
    assert "HTTP" in screen.table.item(0, 7).text()
    assert outbox.counts(sqlite_db) == {"waiting": 1}


def test_the_window_sends_in_the_background(qtbot, sqlite_db):
    """The screen's "Send now" goes through the window's sender, on a worker thread: the
    counter is not held while a server answers."""
    from desk_app.ui.outbox import NoticeSender, OutboxDialog
    from tests.service.servers import GatewayServer

    gateway = GatewayServer()
    try:
        agency.update_settings(sqlite_db, sms_url=gateway.url)
        dossiers.register(sqlite_db, Intake("1.009645", "Lê Thị Mai", phone="0912345678"))
        desk = Desk(sqlite_db)
        sender = NoticeSender(desk, interval=3_600_000)
        screen = OutboxDialog(desk, sender=sender)
        qtbot.addWidget(screen)
        gateway.hang_on, gateway.hang = 1, 1.0  # the gateway takes a second
        screen.send()
        assert not screen.send_button.isEnabled()  # back at once; the work goes on
        qtbot.waitUntil(lambda: screen.send_button.isEnabled(), timeout=10_000)
        assert screen.table.item(0, 3).text() == screen.tr("Sent")
        assert len(gateway.requests) == 1
        sender.stop()
    finally:
        gateway.stop()
