"""The Dossiers screen and a dossier's detail: paging, colours, a scanned code opening its
dossier, a supplement request moving the appointment, actions by role, export."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desk_app.domain.lifecycle import EventKind
from desk_app.domain.roles import Actor, Role
from desk_app.domain.text import fold, nfc
from desk_app.services import auth, demo, dossiers, setup
from desk_app.services.desk import Desk
from desk_app.services.dossiers import Intake

NOW = dt.datetime(2026, 11, 20, 16, 0)


@pytest.fixture
def populated(sqlite_db):
    setup.initialise(sqlite_db, samples=True)
    demo.generate(sqlite_db, 700, seed=2, now=NOW)
    # received in October and still without a result: overdue on NOW
    dossiers.register(
        sqlite_db,
        Intake("1.009645", "Công ty TNHH Chậm Trễ", received_at=dt.datetime(2026, 10, 1, 9)),
    )
    return sqlite_db


@pytest.fixture
def page(qtbot, populated):
    from desk_app.ui.dossiers import DossiersPage

    shown = []
    widget = DossiersPage(
        Desk(populated), now=lambda: NOW, show_document=shown.append, open_dialogs=False
    )
    widget.shown = shown
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def test_the_list_pages_from_the_database_and_colours_by_warning(qtbot, page):
    model = page.model
    assert page.ui.count.text()  # "N dossiers"
    page.ui.state_filter.setCurrentIndex(1)  # all
    assert len(model.rows) == 200 and model.canFetchMore()
    model.fetchMore()  # on a worker: the table scrolls on meanwhile
    assert model.fetching and not model.canFetchMore()
    qtbot.waitUntil(lambda: len(model.rows) == 400, timeout=5000)
    received = [r.received_at for r in model.rows]
    assert received == sorted(received, reverse=True)
    page.ui.warning_filter.setCurrentIndex(1)  # overdue
    assert model.rows, "the demo data has overdue dossiers"
    colour = model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole).color().name()
    assert colour == "#f8c4c4"
    page.ui.warning_filter.setCurrentIndex(0)
    model.sort(2, Qt.SortOrder.AscendingOrder)  # by applicant, in the database
    folded = [fold(r.applicant_name) for r in model.rows]
    assert len(folded) == 200 and folded == sorted(folded)


def test_a_scanned_code_opens_its_dossier(qtbot, page, populated):
    code = page.model.rows[5].code
    page.ui.search.setFocus()
    qtbot.keyClicks(page.ui.search, code.lower())
    qtbot.keyClick(page.ui.search, Qt.Key.Key_Return)
    dialog = page.last_dialog
    assert dialog is not None and dialog.code == code
    assert code in dialog.windowTitle()
    assert dialog.ui.timeline.rowCount() >= 1


def test_a_supplement_request_moves_the_appointment(qtbot, sqlite_db):
    from desk_app.ui.dossier_dialog import DossierDialog

    setup.initialise(sqlite_db, samples=True)
    received = dt.datetime(2026, 11, 2, 9, 0)
    code = dossiers.register(
        sqlite_db,
        Intake("2.000205", "Nguyễn Văn An", applicant_id_no="079123456789", received_at=received),
    ).code
    shown = []
    clock = {"now": dt.datetime(2026, 11, 4, 10, 0)}  # within 3 working days (Decree 118)
    dialog = DossierDialog(
        Desk(sqlite_db), code, now=lambda: clock["now"], show_document=shown.append
    )
    qtbot.addWidget(dialog)
    first_due = dialog.detail.deadline.due
    assert "079123456789" in dialog.ui.summary.text()  # in full on the detail screen
    assert EventKind.SUPPLEMENT_REQUESTED in dialog.action_buttons
    assert dialog.perform(EventKind.SUPPLEMENT_REQUESTED, data={"items": ["Hộ chiếu (bản sao)"]})
    assert dialog.detail.deadline.paused and "stopped" in dialog.ui.deadline.text()
    assert "PHIẾU YÊU CẦU BỔ SUNG" in nfc(PdfReader(shown[-1]).pages[0].extract_text())
    clock["now"] = dt.datetime(2026, 11, 16, 9, 0)
    assert dialog.perform(EventKind.SUPPLEMENT_RECEIVED)
    new_due = dialog.detail.deadline.due
    assert new_due > first_due  # the clock restarted when the supplement came
    assert dialog.ui.deadline.text().endswith(new_due.strftime("%H:%M %d/%m/%Y"))
    whats = [dialog.ui.timeline.item(r, 2).text() for r in range(dialog.ui.timeline.rowCount())]
    # the window's language (English here: no translator), not the domain's Vietnamese label
    assert whats == ["Receive", "Request a supplement", "Supplement received"]


def test_actions_follow_the_role(qtbot, sqlite_db):
    from desk_app.ui.dossier_dialog import DossierDialog

    setup.initialise(sqlite_db, samples=True)
    code = dossiers.register(sqlite_db, Intake("1.009645", "Lê Thị Mai")).code
    with auth.acting_as(Actor(None, "lan", Role.CLERK)):
        dialog = DossierDialog(Desk(sqlite_db), code, show_document=lambda p: None)
        qtbot.addWidget(dialog)
        assert EventKind.HANDED_OVER in dialog.action_buttons
        assert EventKind.APOLOGY not in dialog.action_buttons
        assert EventKind.CORRECTED not in dialog.action_buttons


def test_export_of_the_view(qtbot, page, tmp_path):
    out = tmp_path / "view.xlsx"
    task = page.export(out)
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert page.last_export == len(page.model.rows) > 0
    sheet = load_workbook(out).active
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert header[0] == "Code" and sheet.max_row > 1
    ids = [row[3] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert all(i is None or str(i).startswith("•") for i in ids)  # masked in exports of a list


def test_procedure_and_date_filters(qtbot, page):
    from PySide6.QtCore import QDate

    ui = page.ui
    ui.state_filter.setCurrentIndex(1)  # all
    index = ui.procedure_filter.findText("2.000205", Qt.MatchFlag.MatchStartsWith)
    ui.procedure_filter.setCurrentIndex(index)
    assert page.model.rows and {r.procedure_code for r in page.model.rows} == {"2.000205"}
    ui.received_from.setDate(QDate(2026, 10, 1))
    ui.received_to.setDate(QDate(2026, 10, 31))
    ui.received_filter.setChecked(True)
    received = {r.received_at.date() for r in page.model.rows}
    assert received and all(dt.date(2026, 10, 1) <= d <= dt.date(2026, 10, 31) for d in received)


def test_the_language_can_be_switched_for_the_next_start(qtbot, sqlite_db):
    from PySide6.QtCore import QSettings

    from desk_app.ui.main_window import MainWindow

    setup.initialise(sqlite_db, samples=True)
    QSettings().setValue("ui/language", "vi")
    window = MainWindow(Desk(sqlite_db))
    qtbot.addWidget(window)
    assert window.switch_language() == "en"
    assert QSettings().value("ui/language") == "en"
    assert window.switch_language() == "vi"


def _answering(monkeypatch, rounds):
    """Drive each action form the dialog opens: ``rounds`` is a list of (inputs to type, what
    to check after pressing Record) applied in turn while the form stays open."""
    from desk_app.ui import action_form, dossier_dialog

    seen = []

    def exec_(form: action_form.ActionForm) -> int:
        seen.append(form)
        for typed, check in rounds:
            for name, value in typed.items():
                widget = form.widgets[name]
                if hasattr(widget, "findData"):
                    widget.setCurrentIndex(widget.findData(value))
                elif hasattr(widget, "setPlainText"):
                    widget.setPlainText(value)
                else:
                    widget.setText(value)
            form.try_accept()
            if check is not None:
                check(form)
        return form.result()

    monkeypatch.setattr(dossier_dialog.ActionForm, "exec", exec_)
    return seen


def _under(form, name: str) -> str:
    label = form.errors[name]
    return label.text() if not label.isHidden() else ""


def test_an_early_return_asks_how_and_when_the_applicant_was_told(qtbot, sqlite_db, monkeypatch):
    """Decree 118/2025: a result handed over before the appointment records how and when the
    applicant was told; a refusal of the rule appears under its input, nothing is recorded."""
    from desk_app.ui.dossier_dialog import DossierDialog

    setup.initialise(sqlite_db, samples=True)
    received = dt.datetime(2026, 11, 2, 9, 0)
    code = dossiers.register(sqlite_db, Intake("1.009645", "Lê Thị Mai", received_at=received)).code
    dossiers.apply_event(sqlite_db, code, "handed_over", at=received + dt.timedelta(hours=1))
    dossiers.apply_event(sqlite_db, code, "result_ready", at=dt.datetime(2026, 11, 5, 9, 0))
    now = dt.datetime(2026, 11, 6, 10, 0)  # well before the appointment
    dialog = DossierDialog(Desk(sqlite_db), code, now=lambda: now, show_document=lambda p: None)
    qtbot.addWidget(dialog)

    def told_later(form):  # told after the return: refused under "when"
        assert "không sau khi trả" in _under(form, "told_at")
        assert form.result() != QDialog.DialogCode.Accepted

    def bad_date(form):
        assert _under(form, "told_at")  # "dd/mm/yyyy hh:mm"

    _answering(
        monkeypatch,
        [
            (
                {"recipient": "Trần Văn Bình", "told_how": "phone", "told_at": "06/11/2026 11:00"},
                told_later,
            ),
            ({"told_at": "hôm qua"}, bad_date),
            ({"told_at": "06/11/2026 08:15"}, None),
        ],
    )
    dialog.act(EventKind.RETURNED)
    with sqlite_db.read() as session:
        event = dossiers.find_dossier(session, code).events[-1]
    assert event.kind == "returned" and event.data["told_how"] == "phone"
    assert event.data["told_at"] == "2026-11-06 08:15" and event.data["early"] is True
    assert event.data["recipient"] == "Trần Văn Bình"


def test_a_refusal_and_an_apology_show_the_rule_under_their_inputs(qtbot, sqlite_db, monkeypatch):
    from desk_app.ui.dossier_dialog import DossierDialog

    setup.initialise(sqlite_db, samples=True)
    received = dt.datetime(2026, 11, 2, 9, 0)
    code = dossiers.register(sqlite_db, Intake("1.009645", "Lê Thị Mai", received_at=received)).code
    dossiers.apply_event(sqlite_db, code, "handed_over", at=received + dt.timedelta(hours=1))
    now = dt.datetime(2026, 11, 20, 10, 0)
    dialog = DossierDialog(Desk(sqlite_db), code, now=lambda: now, show_document=lambda p: None)
    qtbot.addWidget(dialog)
    due = dialog.detail.deadline.due

    def no_reason(form):
        assert _under(form, "reason") and form.result() != QDialog.DialogCode.Accepted

    def on_a_day_off(form):
        assert "làm việc" in _under(form, "new_due") or "ngày nghỉ" in _under(form, "new_due")

    def before_the_appointment(form):
        assert _under(form, "new_due")

    _answering(
        monkeypatch,
        [
            ({"reason": "", "new_due": "15/12/2026 09:00"}, no_reason),
            ({"reason": "Chờ ý kiến Sở", "new_due": "13/12/2026 09:00"}, on_a_day_off),  # Sunday
            (
                {"new_due": f"{due - dt.timedelta(minutes=1):%d/%m/%Y %H:%M}"},
                before_the_appointment,
            ),
            ({"new_due": "15/12/2026 09:00"}, None),
        ],
    )
    dialog.act(EventKind.APOLOGY)
    with sqlite_db.read() as session:
        dossier = dossiers.find_dossier(session, code)
        assert dossier.extended_due_at == dt.datetime(2026, 12, 15, 9, 0)
        assert [e.kind for e in dossier.events].count("apology") == 1


def test_a_moment_is_picked_on_a_calendar_and_the_time_kept(qtbot):
    from PySide6.QtCore import QDate

    from desk_app.ui.action_form import ActionForm, Input

    form = ActionForm(
        "Xin lỗi, hẹn lại",
        [
            Input("reason", "Lý do:"),
            Input("new_due", "Hẹn mới:", "moment", text="08/12/2026 14:30"),
        ],
        lambda values: None,
    )
    qtbot.addWidget(form)
    line = form.widgets["new_due"]
    form.widgets["reason"].setText("Chờ ý kiến Sở")
    calendar = form.pick_day(line)
    assert calendar.selectedDate() == QDate(2026, 12, 8)
    calendar.activated.emit(QDate(2026, 12, 15))
    assert line.text() == "15/12/2026 14:30"  # the day chosen, the time kept
    assert form.widgets["reason"].text() == "Chờ ý kiến Sở"  # nothing typed is lost
    line.setText("không phải ngày")
    calendar = form.pick_day(line)
    calendar.clicked.emit(QDate(2026, 12, 16))
    assert line.text() == "16/12/2026 09:00"
