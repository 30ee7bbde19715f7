"""In Vietnamese mode no English word is left: every screen of the main window and every
dialog the clerk meets is walked, and each text it shows (labels, buttons, titles, tabs, column
headers, list items, placeholders, tooltips, menus) is checked against a list of English words,
Qt's own standard buttons and dialogs included."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from desk_app.services import dossiers
from desk_app.services.desk import Desk
from desk_app.services.dossiers import Intake, ReceivedDocument

pytestmark = pytest.mark.gui
ENGLISH = re.compile(
    r"\b(OK|Cancel|Save|Close|Open|Show Details|Hide Details|Details|Yes|No|Apply|Help|Reset"
    r"|File|Files|Folder|Directory|Look in|Name|Size|Type|Kind|Date Modified|Back|Forward"
    r"|Print|Preview|Export|Import|Search|Report|Reports|Settings|Calendar|Intake|Review"
    r"|Dossier|Dossiers|Procedure|Applicant|Result|Receipt|receipt|Notice|Notices|Rating"
    r"|Postal|Send|Retry|Attach|Step|Steps|Delete|Select All|Undo|Redo|Copy|Paste|Cut"
    r"|confirmed|estimated|restart|pause|Waiting|Sent|Failed|Received|Refused|Stopped"
    r"|Sign in|Password|User|Clerk|Supervisor|Administrator|Quit|About|Language|Back up"
    r"|Due|Overdue|Today|Total|Month|Quarter|Year|Field|Fee|Documents|History)\b"
)


@pytest.fixture
def vietnamese(qapp):
    from desk_app.ui.qt_support import install_translators

    translators = install_translators(qapp, "vi")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) for each text the window or dialog shows."""
    found: list[tuple[str, str]] = [(type(top).__name__, top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        where = f"{type(top).__name__}/{widget.objectName() or type(widget).__name__}"
        texts = [widget.toolTip(), widget.windowTitle() if widget.isWindow() else ""]
        if isinstance(widget, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", widget.text()))
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a model Qt keeps private (inside its file dialog)
                columns = 0
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)
            ]
        if isinstance(widget, QMenu):
            texts.append(widget.title())
            texts += [a.text() for a in widget.actions()] + [a.toolTip() for a in widget.actions()]
        found += [(where, t) for t in texts if t]
    return found


def _english(top: QWidget) -> list[tuple[str, str]]:
    return [(where, text) for where, text in _texts(top) if ENGLISH.search(text.replace("&", ""))]


def test_every_screen_and_dialog_is_in_vietnamese(qtbot, sqlite_db, vietnamese, tmp_path):
    from desk_app.ui.accounts import AccountsDialog, NewAccountDialog, PasswordDialog
    from desk_app.ui.action_form import ActionForm, Input
    from desk_app.ui.agency_dialog import AgencyDialog
    from desk_app.ui.citizen import RatingDialog
    from desk_app.ui.dossier_dialog import DossierDialog
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.notice_settings import NoticeSettingsDialog
    from desk_app.ui.outbox import OutboxDialog
    from desk_app.ui.sign_in import SignInDialog
    from desk_app.ui.viewer import DocumentViewer

    desk = Desk(sqlite_db)
    papers = (ReceivedDocument("Đơn đề nghị", 1),)
    code = dossiers.register(
        sqlite_db,
        Intake("2.000205", "Lê Thị Mai", documents=papers, received_at=dt.datetime(2026, 11, 2, 8)),
    ).code
    dossiers.apply_event(sqlite_db, code, "handed_over", at=dt.datetime(2026, 11, 2, 9))
    window = MainWindow(desk, watch=False)
    qtbot.addWidget(window)
    window.show()
    shown: list[QWidget] = [window]
    for show in (
        window.show_intake,
        window.show_dossiers,
        window.show_review,
        window.show_calendar,
        window.show_reports,
        window.show_catalogue,
        window.show_settings,
    ):
        show()
    dialogs: list[QWidget] = [
        DossierDialog(desk, code, show_document=lambda p: None),
        ActionForm(
            "Xin lỗi",
            [Input("reason", "Lý do:"), Input("new_due", "Hẹn:", "moment")],
            lambda v: None,
        ),
        RatingDialog(desk, code),
        NoticeSettingsDialog(desk),
        OutboxDialog(desk),
        AgencyDialog(desk),
        SignInDialog(desk),
        DocumentViewer("scan.png", "png", b"not an image"),
        AccountsDialog(desk),
        NewAccountDialog(desk),
        PasswordDialog(desk, "lan", True),
    ]
    box = QMessageBox(QMessageBox.Icon.Warning, "desk", "Thông báo", QMessageBox.StandardButton.Ok)
    box.setDetailedText("chi tiết")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Save
    )
    question = QInputDialog()
    question.setLabelText("Lý do:")
    files = QFileDialog(None, "Chọn tệp", str(tmp_path))
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialogs += [box, buttons, question, files]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    shown += dialogs
    qtbot.wait(50)
    found = [hit for top in shown for hit in _english(top)]
    assert not found, "\n".join(f"{where}: {text!r}" for where, text in found)
