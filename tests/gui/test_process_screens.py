"""The internal process in the window: the catalogue shows each procedure's steps, F6 in a
dossier hands it to the next step's department, and the list says where each open dossier is,
since when, and marks the one whose step used its time."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desk_app.domain.lifecycle import EventKind
from desk_app.services import dossier_views, dossiers, search
from desk_app.services.desk import Desk
from desk_app.services.dossiers import Intake

pytestmark = pytest.mark.gui
T = dt.datetime
# the sample catalogue's 2.000205 has "Phòng Quản lý Lao động=7;Lãnh đạo Ban=2;Văn thư=0.5"
PERMIT = "2.000205"


def _handed(db) -> str:
    code = dossiers.register(db, Intake(PERMIT, "Lý Văn Phúc", received_at=T(2026, 11, 16, 8))).code
    dossiers.apply_event(db, code, "handed_over", at=T(2026, 11, 16, 8, 30))
    return code


def test_the_catalogue_shows_the_internal_process(qtbot, sqlite_db):
    from desk_app.ui.catalogue_page import CataloguePage

    page = CataloguePage(Desk(sqlite_db))
    qtbot.addWidget(page)
    tree = page.ui.procedures
    items = [
        tree.topLevelItem(i).child(j)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]
    permit = next(item for item in items if item.text(1) == PERMIT)
    assert permit.text(5) == "Phòng Quản lý Lao động=7; Lãnh đạo Ban=2; Văn thư=0.5"


def test_f6_hands_the_dossier_to_the_next_step(qtbot, sqlite_db, monkeypatch):
    from desk_app.ui.dossier_dialog import DossierDialog

    code = _handed(sqlite_db)
    now = T(2026, 11, 18, 9, 0)
    dialog = DossierDialog(Desk(sqlite_db), code, now=lambda: now, show_document=lambda p: None)
    qtbot.addWidget(dialog)
    button = dialog.action_buttons[EventKind.FORWARDED]
    assert button.text().endswith(": Lãnh đạo Ban (F6)")
    assert button.shortcut() == QKeySequence("F6")
    asked = []

    def exec_(form):
        asked.append(form.widgets["receiver"])
        form.widgets["receiver"].setText("Phạm Thu Hà")
        form.try_accept()
        return form.result()

    monkeypatch.setattr("desk_app.ui.dossier_dialog.ActionForm.exec", exec_)
    dialog.show()
    with warnings.catch_warnings():  # offscreen, only this makes the dialog the active window
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(dialog)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)  # the button's animated click
    record = dossier_views.dossier_record(sqlite_db, code)
    assert [s["finished_at"] for s in record["steps"]] == ["2026-11-18 09:00", None, None]
    assert record["steps"][1]["started_at"] == "2026-11-18 09:00"
    assert dialog.detail.next_department == "Văn thư"
    assert "người nhận Phạm Thu Hà" in dialog.detail.timeline[-1].details


def test_the_list_says_where_a_dossier_is_and_marks_a_used_step(qtbot, sqlite_db):
    from desk_app.ui.dossier_model import COLOURS, DossierModel

    code = _handed(sqlite_db)
    dossiers.apply_event(sqlite_db, code, "forwarded", at=T(2026, 11, 18, 9, 0))
    # Lãnh đạo Ban's 2 working days (2 x 450 minutes) from Wednesday 09:00: Friday 09:00
    model = DossierModel(Desk(sqlite_db), now=lambda: T(2026, 11, 20, 8, 59))
    model.criteria = search.Criteria(text=code)
    model.reload()
    qtbot.waitUntil(lambda: len(model.rows) == 1)
    state = model.index(0, 5)
    assert model.data(state).endswith(": Lãnh đạo Ban")
    tip = model.data(state, Qt.ItemDataRole.ToolTipRole)
    assert "Lãnh đạo Ban" in tip and "09:00 18/11/2026" in tip and "09:00 20/11/2026" in tip
    assert model.data(state, Qt.ItemDataRole.BackgroundRole) is None  # the minute before
    late = DossierModel(Desk(sqlite_db), now=lambda: T(2026, 11, 20, 9, 0))
    late.criteria = search.Criteria(text=code)
    late.reload()
    qtbot.waitUntil(lambda: len(late.rows) == 1)
    colour = late.data(late.index(0, 0), Qt.ItemDataRole.BackgroundRole).color()
    assert colour == COLOURS[search.WarningLevel.DUE_SOON]
