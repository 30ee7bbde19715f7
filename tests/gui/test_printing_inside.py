"""Preview and printing inside the desk, offscreen: the desk's PDF printed through QPrinter to
a PDF printer target page for page (size and orientation kept), the preview showing every page,
and a counter without a printer told where the document was kept."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from desk_app.services import agency, dossiers, printing
from desk_app.services.desk import Desk
from desk_app.services.dossiers import Intake, ReceivedDocument

pytestmark = pytest.mark.gui


def _sizes(data: bytes) -> list[tuple[int, int]]:
    return [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in PdfReader(io.BytesIO(data)).pages
    ]


@pytest.fixture
def documents(sqlite_db, tmp_path):
    papers = tuple(ReceivedDocument(f"Giấy tờ {i}", 1) for i in range(1, 5))
    for i in range(60):  # a register of two landscape pages
        code = dossiers.register(
            sqlite_db,
            Intake(
                "1.009645",
                f"Người nộp {i}",
                documents=papers,
                received_at=dt.datetime(2026, 11, 2, 8, i),
            ),
        ).code
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(printing.dossier_document(sqlite_db, "receipt", code))
    register = tmp_path / "register.pdf"
    register.write_bytes(
        printing.register_document(sqlite_db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    )
    return receipt, register


def test_the_printed_pages_are_the_pdfs_pages(qtbot, documents, tmp_path):
    from desk_app.ui.printer import print_file

    for source in documents:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out = tmp_path / f"printed-{source.name}"
        printer.setOutputFileName(str(out))
        pages = print_file(source, printer)
        assert pages == len(_sizes(source.read_bytes()))
        assert _sizes(out.read_bytes()) == _sizes(source.read_bytes())  # A4, A4 landscape
    assert _sizes(documents[1].read_bytes())[0] == (842, 595) and pages >= 2


def test_the_preview_shows_every_page(qtbot, documents):
    from desk_app.ui.printer import preview_file

    dialog = preview_file(documents[1])
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    widget = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == len(_sizes(documents[1].read_bytes())))
    assert documents[1].name in dialog.windowTitle()


def test_a_counter_without_a_printer_is_told_where_the_receipt_was_kept(qtbot, sqlite_db):
    from PySide6.QtCore import QSettings

    from desk_app.ui.intake import IntakePage
    from desk_app.ui.printer import SETTING

    agency.update_settings(sqlite_db, print_directly=True)
    QSettings().setValue(SETTING, "Máy in không có")
    try:
        page = IntakePage(Desk(sqlite_db))
        qtbot.addWidget(page)
        page.select_procedure("1.009645")
        page.ui.applicant_name.setText("Lê Thị Mai")
        code = page.save_and_print()
        said = page.ui.appointment_reason.text()
        assert code in said  # registered, and said so
        assert "chưa có máy in" in said and str(page.last_document) in said
        assert page.last_document.read_bytes().startswith(b"%PDF")
    finally:
        QSettings().remove(SETTING)


def test_ctrl_p_in_the_preview_prints_or_says_where_the_file_is(qtbot, documents, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from desk_app.ui.printer import SETTING, preview_file

    QSettings().setValue(SETTING, "Máy in không có")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    try:
        dialog = preview_file(documents[0])
        qtbot.addWidget(dialog)
        assert not dialog.print_now()
        assert "chưa có máy in Máy in không có" in said[0] and str(documents[0]) in said[0]
    finally:
        QSettings().remove(SETTING)
