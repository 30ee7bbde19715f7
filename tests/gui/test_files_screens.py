"""Digitised documents in the window: the dossier's files tab attaches (from a path or by
dropping files), shows a PDF inside the desk through PDFium, and copies the files out; the
intake screen picks up a new scan from the scanner folder, gives it to a document with Ctrl+D
and attaches it when the dossier is registered."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desk_app.services import attachments, dossiers, printing
from desk_app.services.desk import Desk
from desk_app.services.dossiers import Intake, ReceivedDocument

pytestmark = pytest.mark.gui
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def _dossier(db) -> str:
    papers = (ReceivedDocument("Đơn đề nghị", 1), ReceivedDocument("Bản vẽ mặt bằng", 0, 1))
    intake = Intake("1.009645", "Công ty Đại Phát", documents=papers)
    return dossiers.register(db, intake).code


def test_the_files_tab_attaches_shows_and_copies(qtbot, sqlite_db, tmp_path):
    from desk_app.ui.dossier_dialog import DossierDialog

    code = _dossier(sqlite_db)
    receipt = tmp_path / "giay-tiep-nhan.pdf"  # a real two-copy PDF from the desk itself
    receipt.write_bytes(printing.dossier_document(sqlite_db, "receipt", code))
    dialog = DossierDialog(Desk(sqlite_db), code, show_document=lambda p: None)
    qtbot.addWidget(dialog)
    files = dialog.files
    assert [files.target.itemText(i) for i in range(files.target.count())] == [
        "1. Đơn đề nghị",
        "2. Bản vẽ mặt bằng",
    ]  # no result yet
    files.target.setCurrentIndex(1)
    assert files.attach(receipt)
    assert files.table.rowCount() == 1 and files.table.item(0, 1).text() == "giay-tiep-nhan.pdf"
    bad = tmp_path / "ghi-chu.pdf"
    bad.write_text("không phải PDF", encoding="utf-8")
    assert not files.attach(bad)
    assert "không phải PDF" in files.message.text()
    # dropping a file on the tab attaches it to the chosen document
    scan = tmp_path / "scan.png"
    scan.write_bytes(PNG)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    files.dropEvent(drop)
    assert files.table.rowCount() == 2
    files.table.selectRow(0)
    viewer = files.show_selected()
    qtbot.addWidget(viewer)
    assert len(viewer.pages) == 2  # the receipt's A5 page per copy, rendered by PDFium
    assert viewer.pages[0].width() > 500 and not viewer.pages[0].isNull()
    written = files.copy_all(tmp_path / "ra")
    assert sorted(p.name for p in written) == ["02-ban-ve-mat-bang.pdf", "02-ban-ve-mat-bang.png"]


def test_a_scan_from_the_scanner_folder_goes_to_a_document_with_ctrl_d(qtbot, sqlite_db, tmp_path):
    from desk_app.ui.intake import IntakePage
    from desk_app.ui.scans import set_scanner_folder

    folder = tmp_path / "scanner"
    folder.mkdir()
    set_scanner_folder(folder)
    try:
        page = IntakePage(Desk(sqlite_db), show_document=lambda p: None)
        qtbot.addWidget(page)
        page.show()
        assert page.scans.isVisible() and page.scans.list.count() == 0
        page.select_procedure("1.009645")
        page.ui.applicant_name.setText("Công ty Đại Phát")
        (folder / "ghi-chu.txt").write_text("x", encoding="utf-8")  # not a scan
        time.sleep(0.01)
        (folder / "scan-0001.png").write_bytes(PNG)  # the scanner saves a page
        qtbot.waitUntil(lambda: page.scans.list.count() == 1, timeout=5000)
        page.ui.documents.setCurrentCell(2, 0)  # the third document of the procedure
        page.ui.documents.setFocus()
        qtbot.keyClick(page.ui.documents, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        assert 2 in page.pending and page.pending[2][0].name == "scan-0001.png"
        code = page.save_and_print()
        listed = attachments.of_dossier(sqlite_db, code)
        assert [(a.position, a.file_name) for a in listed] == [(3, "scan-0001.png")]
        assert (folder / "da-nhan" / "scan-0001.png").exists()
        qtbot.waitUntil(lambda: page.scans.list.count() == 0, timeout=5000)
    finally:
        set_scanner_folder(None)
