"""A day at the counter without the mouse: every mnemonic unique on its screen (with the menu
bar's), in Vietnamese and in English; the application's shortcuts work from a line edit; a
whole intake and a whole return driven by key events only, the focus checked at each step."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from desk_app.services.desk import Desk

pytestmark = pytest.mark.gui
_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(top: QWidget, extra: list[str] = ()) -> dict[str, list[str]]:
    """Letter -> the texts that use it, for what ``top`` shows."""
    found: dict[str, list[str]] = defaultdict(list)
    texts = list(extra)
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    for text in texts:
        match = _MNEMONIC.search(text.replace("&&", ""))
        if match:
            found[match.group(1).lower()].append(text)
    return found


def duplicates(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in found.items() if len(texts) > 1}


def _activate(widget: QWidget) -> None:
    widget.show()
    with warnings.catch_warnings():  # offscreen, only this makes it the active window
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(widget)
    QApplication.processEvents()  # the activation delivered before the next key


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_mnemonic_is_unique_on_its_screen(qtbot, qapp, sqlite_db, language):
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.qt_support import install_translators

    translators = install_translators(qapp, language)
    try:
        window = MainWindow(Desk(sqlite_db), watch=False)
        qtbot.addWidget(window)
        window.show()
        menus = [m.title() for m in window.ui.menu_bar.findChildren(type(window.ui.menu_file))]
        clashes = {}
        for name, show in (
            ("intake", window.show_intake),
            ("dossiers", window.show_dossiers),
            ("review", window.show_review),
            ("calendar", window.show_calendar),
            ("reports", window.show_reports),
            ("catalogue", window.show_catalogue),
            ("settings", window.show_settings),
        ):
            page = show()
            found = duplicates(mnemonics(page, menus))
            if found:
                clashes[name] = found
        assert not clashes, clashes
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_a_whole_intake_by_keyboard(qtbot, sqlite_db):
    """F2, the procedure and Enter, the first document; a count typed on its cell; Tab out of
    the table to the applicant; the name; Ctrl+Enter registers and the receipt is made."""
    from desk_app.services import dossier_views
    from desk_app.ui.main_window import MainWindow

    shown = []
    window = MainWindow(Desk(sqlite_db), watch=False)
    qtbot.addWidget(window)
    window.intake_page.show_document = shown.append
    _activate(window)
    window.shortcuts.install()
    window.show_dossiers()  # start elsewhere: F2 brings the intake
    _key(qtbot, Qt.Key.Key_F2)
    page = window.intake_page
    assert window.ui.pages.currentWidget() is page
    assert QApplication.focusWidget() in (page.ui.procedure, page.ui.procedure.lineEdit())
    qtbot.keyClicks(QApplication.focusWidget(), "1.009646")
    _key(qtbot, Qt.Key.Key_Return)
    assert page.choice is not None and page.choice.code == "1.009646"
    assert QApplication.focusWidget() is page.ui.documents
    assert page.ui.documents.currentRow() == 0 and page.ui.documents.currentColumn() == 0
    _key(qtbot, Qt.Key.Key_Space)  # the first paper was not brought: untick it
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Right)  # the originals' count of the second paper
    _key(qtbot, Qt.Key.Key_2)
    assert page.ui.documents.cellWidget(1, 1).value() == 2
    _key(qtbot, Qt.Key.Key_Tab)  # out of the table, on to the applicant
    assert QApplication.focusWidget() is page.ui.applicant_kind
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.ui.applicant_name
    qtbot.keyClicks(page.ui.applicant_name, "Tran Van Binh")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert shown, "the receipt was made"
    code = shown[0].name.split("-giay")[0]
    record = dossier_views.dossier_record(sqlite_db, code)
    assert record["applicant_name"] == "Tran Van Binh"
    detail = dossier_views.dossier_detail(sqlite_db, code)
    assert detail.documents[0].originals == 2  # the second paper, the first now
    assert len(detail.documents) == 3  # four papers, the first unticked
    assert QApplication.focusWidget() in (page.ui.procedure, page.ui.procedure.lineEdit())


def test_a_whole_return_by_keyboard(qtbot, sqlite_db, monkeypatch):
    """F3, the code scanned with its Enter, the dossier opens; Alt+1 records the result ready,
    Alt+1 then hands it back (the form's Enter, the applicant's name offered), and the
    applicant rates with Alt+1 in the dialog turned toward them; Ctrl+E from the search box."""
    from desk_app.services import dossier_views, dossiers
    from desk_app.services.dossiers import Intake
    from desk_app.ui import action_form
    from desk_app.ui.main_window import MainWindow

    received = dt.datetime(2026, 10, 1, 9, 0)
    code = dossiers.register(sqlite_db, Intake("1.009646", "Lê Thị Mai", received_at=received)).code
    dossiers.apply_event(sqlite_db, code, "handed_over", at=received + dt.timedelta(hours=1))
    window = MainWindow(Desk(sqlite_db), watch=False)
    qtbot.addWidget(window)
    _activate(window)
    window.shortcuts.install()
    _key(qtbot, Qt.Key.Key_F3)
    page = window.dossiers_page
    page.open_dialogs = False
    page.show_document = lambda path: None
    assert QApplication.focusWidget() is page.ui.search
    qtbot.keyClicks(page.ui.search, code)
    _key(qtbot, Qt.Key.Key_Return)
    dialog = page.last_dialog
    qtbot.addWidget(dialog)
    dialog.show_document = lambda path: None
    _activate(dialog)
    labels = [b.text() for b in dialog.action_buttons.values()]
    assert labels[0].startswith("&1 ")
    result_ready = next(k for k, b in dialog.action_buttons.items() if k.value == "result_ready")
    number = list(dialog.action_buttons).index(result_ready) + 1
    _key(qtbot, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.detail.state.value == "result_ready", timeout=3000)

    def by_keys(form: action_form.ActionForm) -> int:
        """The form's inputs as the keyboard leaves them; Enter records."""
        assert form.widgets["recipient"].text() == "Lê Thị Mai"
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: qtbot.keyClick(form, Qt.Key.Key_Return))
        return action_form.QDialog.exec(form)

    monkeypatch.setattr("desk_app.ui.dossier_dialog.ActionForm.exec", by_keys)
    _activate(dialog)
    _key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # "&1 Trả kết quả..."
    qtbot.waitUntil(lambda: dialog.detail.state.value == "returned", timeout=3000)
    rating = dialog.rating
    qtbot.addWidget(rating)
    _activate(rating)
    _key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # "&1 Rất hài lòng"
    qtbot.waitUntil(lambda: dossier_views.dossier_record(sqlite_db, code)["rating"] is not None)
    assert dossier_views.dossier_record(sqlite_db, code)["rating"]["level"] == "very_satisfied"
    _activate(window)
    page.ui.search.setFocus()
    _key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # from a line edit
    assert window.ui.pages.currentWidget() is window.pages["review"]


def test_the_list_finds_as_you_type_and_down_goes_into_it(qtbot, sqlite_db):
    from desk_app.services import dossiers
    from desk_app.services.dossiers import Intake
    from desk_app.ui.dossiers import DossiersPage

    for name in ("Công ty TNHH Đại Phát", "Công ty CP Tân Thành"):
        dossiers.register(sqlite_db, Intake("1.009645", name))
    page = DossiersPage(Desk(sqlite_db), open_dialogs=False)
    qtbot.addWidget(page)
    _activate(page)
    page.ui.search.setFocus()
    qtbot.keyClicks(page.ui.search, "dai phat")
    assert len(page.model.rows) == 2  # not yet: the pause
    qtbot.waitUntil(lambda: len(page.model.rows) == 1, timeout=3000)
    assert page.model.rows[0].applicant_name == "Công ty TNHH Đại Phát"
    _key(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.ui.table
    assert page.ui.table.currentIndex().row() == 0
