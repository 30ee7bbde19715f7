"""The intake screen driven from the keyboard: type-ahead without diacritics, documents,
applicant fields with messages beside them, Ctrl+Enter to register and print; guidance forms
02/03 without registering; the appointment preview following a calendar override."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desk_app.db.models import Dossier, Guidance
from desk_app.domain.text import nfc
from desk_app.services import calendar_service, setup
from desk_app.services.desk import Desk

NOW = dt.datetime(2026, 11, 23, 8, 37)  # Monday; Tuesday 24/11 is a day off


@pytest.fixture
def page(qtbot, sqlite_db):
    from desk_app.ui.intake import IntakePage

    setup.initialise(sqlite_db, samples=True)
    shown = []
    widget = IntakePage(Desk(sqlite_db), now=lambda: NOW, show_document=shown.append)
    widget.shown = shown
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def _keys(qtbot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text)


def test_register_by_keyboard_alone_and_find_the_receipt(qtbot, page, sqlite_db):
    ui = page.ui
    ui.procedure.setFocus()
    _keys(qtbot, ui.procedure.lineEdit(), "giay phep lao dong nuoc ngoai cap")
    qtbot.keyClick(ui.procedure.lineEdit(), Qt.Key.Key_Return)
    assert page.choice is not None and page.choice.code == "2.000205"
    assert "10 working days" in ui.procedure_info.text()
    assert ui.documents.rowCount() >= 2
    assert ui.appointment.text() == "08:37 08/12/2026"  # 24/11 off: one day later
    assert "24/11" in ui.appointment_reason.text()

    ui.applicant_name.setFocus()
    _keys(qtbot, ui.applicant_name, "Cong ty TNHH Dai Phat")
    qtbot.keyClick(ui.applicant_name, Qt.Key.Key_Tab)
    _keys(qtbot, ui.applicant_id_no, "12345")
    qtbot.keyClick(ui.applicant_id_no, Qt.Key.Key_Tab)
    assert ui.applicant_id_no_error.text()  # said beside the field, no pop-up
    assert ui.applicant_id_no_error.isVisible()
    ui.applicant_id_no.clear()
    _keys(qtbot, ui.applicant_id_no, "079123456789")
    qtbot.keyClick(ui.applicant_id_no, Qt.Key.Key_Tab)
    assert not ui.applicant_id_no_error.text()
    ui.phone.setFocus()
    _keys(qtbot, ui.phone, "0912 345 678")
    qtbot.keyClick(ui.phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert len(page.shown) == 1
    receipt = page.shown[0]
    assert receipt.exists() and receipt.suffix == ".pdf"
    text = nfc(" ".join(p.extract_text() for p in PdfReader(receipt).pages))
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text and "Cong ty TNHH Dai Phat" in text
    with sqlite_db.read() as session:
        dossier = session.scalars(select(Dossier)).one()
    assert dossier.code in receipt.name and dossier.phone == "0912345678"
    assert (
        "Registered" in ui.appointment_reason.text() or dossier.code in ui.appointment_reason.text()
    )
    assert ui.applicant_name.text() == "" and page.choice is None  # ready for the next one


def test_a_bad_save_keeps_what_was_typed(qtbot, page, sqlite_db):
    ui = page.ui
    page.select_procedure("1.009645")
    ui.applicant_name.setText("Lê Văn Tâm")
    ui.phone.setText("12")
    assert page.save_and_print() is None
    assert ui.phone_error.text() and ui.applicant_name.text() == "Lê Văn Tâm"
    assert page.shown == []
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 0


def test_guidance_forms_print_without_registering(qtbot, page, sqlite_db):
    page.select_procedure("1.009645")
    page.ui.applicant_name.setText("Phạm Thị Hoa")
    page.print_supplement_request(["Bản sao giấy chứng nhận đăng ký doanh nghiệp"])
    page.print_refusal("Dự án không thuộc khu công nghiệp")
    assert len(page.shown) == 2
    supplement = nfc(PdfReader(page.shown[0]).pages[0].extract_text())
    assert "PHIẾU YÊU CẦU BỔ SUNG" in supplement and "Bản sao giấy chứng nhận" in supplement
    assert "TỪ CHỐI" in nfc(PdfReader(page.shown[1]).pages[0].extract_text())
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 0
        assert session.scalar(select(func.count()).select_from(Guidance)) == 2


def test_a_calendar_override_changes_the_appointment_preview(qtbot, page, sqlite_db):
    page.select_procedure("2.000205")
    before = page.ui.appointment.text()
    calendar_service.set_override(sqlite_db, dt.date(2026, 11, 25), "off", "Họp tổng kết")
    page.update_appointment()
    assert page.ui.appointment.text() != before
    assert page.ui.appointment.text() == "08:37 09/12/2026"
    assert "Họp tổng kết" in page.ui.appointment_reason.text()


def test_the_guidance_buttons_ask_then_print(qtbot, page, sqlite_db, monkeypatch):
    from desk_app.ui import intake

    page.select_procedure("1.009645")
    page.ui.applicant_name.setText("Phạm Thị Hoa")
    monkeypatch.setattr(
        intake.QInputDialog,
        "getMultiLineText",
        lambda *args, **kwargs: ("Bản sao điều lệ công ty\n", True),
    )
    monkeypatch.setattr(
        intake.QInputDialog, "getText", lambda *args, **kwargs: ("Không thuộc thẩm quyền", True)
    )
    qtbot.mouseClick(page.ui.supplement_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.refusal_button, Qt.MouseButton.LeftButton)
    assert len(page.shown) == 2
    assert "Bản sao điều lệ" in nfc(PdfReader(page.shown[0]).pages[0].extract_text())
    assert "Không thuộc thẩm quyền" in nfc(PdfReader(page.shown[1]).pages[0].extract_text())


def test_a_provincial_code_is_typed_and_a_refusal_shows_under_its_field(qtbot, sqlite_db):
    """Decree 118/2025 Art. 28: with codes issued by the provincial system the clerk types or
    scans the code; a wrong one is refused under the code field, nothing typed is lost."""
    from desk_app.services import agency
    from desk_app.ui.intake import IntakePage

    setup.initialise(sqlite_db, samples=True)
    agency.update_settings(sqlite_db, unit_code="000.17.22.H56")
    desk = Desk(sqlite_db)
    page = IntakePage(desk, now=lambda: NOW, show_document=lambda _path: None)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    ui = page.ui
    assert ui.code.isHidden()  # the desk numbers its own codes
    desk.update_settings(code_source="provincial")  # the page hears of it as any change
    qtbot.waitUntil(lambda: not ui.code.isHidden())
    ui.procedure.setFocus()
    _keys(qtbot, ui.procedure.lineEdit(), "giay phep lao dong nuoc ngoai cap")
    qtbot.keyClick(ui.procedure.lineEdit(), Qt.Key.Key_Return)
    ui.applicant_name.setFocus()
    ui.applicant_name.setText("Nguyễn Văn An")
    for typed, words in (
        ("", "do hệ thống thông tin"),
        ("000.17.22.H57-261123-0001", "không mang mã định danh"),
        ("000.17.22.H56-261124-0001", "ngày khác"),
    ):
        ui.code.setText(typed)
        qtbot.keyClick(ui.applicant_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert words in ui.code_error.text(), (typed, ui.appointment_reason.text())
        assert not ui.code_error.isHidden()
        assert ui.applicant_name.text() == "Nguyễn Văn An"  # nothing typed is lost
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 0
    ui.code.setText("000.17.22.h56-261123-0042")
    qtbot.keyClick(ui.applicant_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with sqlite_db.read() as session:
        assert session.scalars(select(Dossier.code)).one() == "000.17.22.H56-261123-0042"
    assert ui.code.text() == "" and ui.code_error.isHidden()


def test_document_counts_start_from_what_the_catalogue_says(qtbot, sqlite_db, tmp_path):
    from desk_app.services import catalogue
    from desk_app.services.tabular import write_table
    from desk_app.ui.intake import IntakePage

    setup.initialise(sqlite_db, samples=True)
    path = tmp_path / "c.csv"
    row = ("2.000002", "Thủ tục có bản sao", "Khác", "5", "working_days", "", "", "", "")
    write_table(path, catalogue.COLUMNS, [(*row[:7], "Đơn;Điều lệ=0/1/0;Ảnh=0/0/2", *row[8:])])
    catalogue.import_catalogue(sqlite_db, path)
    page = IntakePage(Desk(sqlite_db), now=lambda: NOW, show_document=lambda _p: None)
    qtbot.addWidget(page)
    page.select_procedure("2.000002")
    table = page.ui.documents
    counts = [[table.cellWidget(r, c).value() for c in (1, 2, 3)] for r in range(3)]
    assert counts == [[1, 0, 0], [0, 1, 0], [0, 0, 2]]
    assert page.intake().documents[1].certified_copies == 1
