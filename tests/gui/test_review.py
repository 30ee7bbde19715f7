"""The end-of-day review on a database with overdue dossiers: the lists, apology letters for
the ticked ones at once, the sheet, and the sign-off recording who and when."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desk_app.domain.text import nfc
from desk_app.services import dossiers, setup
from desk_app.services.desk import Desk
from desk_app.services.dossiers import Intake

NOW = dt.datetime(2026, 11, 20, 16, 30)  # Friday afternoon


@pytest.fixture
def page(qtbot, sqlite_db):
    from desk_app.ui.review import ReviewPage

    setup.initialise(sqlite_db, samples=True)
    for i, received in enumerate(
        (dt.datetime(2026, 10, 1, 9), dt.datetime(2026, 10, 2, 9), dt.datetime(2026, 10, 5, 9))
    ):
        dossiers.register(
            sqlite_db, Intake("1.009645", f"Công ty Quá Hạn {i}", received_at=received)
        )
    dossiers.register(sqlite_db, Intake("1.009645", "Người nộp hôm nay", received_at=NOW))
    shown = []
    widget = ReviewPage(Desk(sqlite_db), now=lambda: NOW, show_document=shown.append)
    widget.shown = shown
    qtbot.addWidget(widget)
    return widget


def test_the_review_lists_and_apology_letters_at_once(qtbot, page, sqlite_db):
    tree = page.ui.sections
    overdue = tree.topLevelItem(0)
    assert overdue.text(0).startswith("Hồ sơ quá hạn (3)")
    assert tree.topLevelItem(4).text(0).startswith("Hồ sơ tiếp nhận trong ngày (1)")
    items = page.overdue_items()
    first_code = items[0].text(0)
    for item in items[:2]:
        item.setCheckState(0, Qt.CheckState.Checked)
    paths = page.apologise(dt.datetime(2026, 11, 27, 16, 0), "Chờ ý kiến thẩm định của Sở")
    assert len(paths) == 2 and len(page.shown) == 2
    text = nfc(PdfReader(paths[0]).pages[0].extract_text())
    assert "XIN LỖI" in text and "27 tháng 11 năm 2026" in text
    detail = Desk(sqlite_db).detail(first_code)
    assert detail.extended_due_at == dt.datetime(2026, 11, 27, 16, 0)
    # a second apology for the same dossier is refused (once only), and said so
    page.overdue_items()[0].setCheckState(0, Qt.CheckState.Checked)
    page.apologise(dt.datetime(2026, 11, 30, 16, 0), "Lần nữa")
    assert "một lần" in page.ui.message.text()


def test_the_sheet_prints_and_the_review_is_signed_off(qtbot, page):
    path = page.print_sheet()
    assert path is not None and "quá hạn" in nfc(PdfReader(path).pages[0].extract_text()).lower()
    assert page.ui.signed.text() == "Not reviewed yet"
    qtbot.mouseClick(page.ui.done_button, Qt.MouseButton.LeftButton)
    assert page.ui.signed.text().startswith("Review done by system at ")
