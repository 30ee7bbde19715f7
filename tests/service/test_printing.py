"""Printed documents: text, codes that scan, Vietnamese letters, nothing overflowing."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from desk_app.cli import main
from desk_app.printing import fonts, forms
from desk_app.printing.wording import date_words, moment_words, place_date
from desk_app.services import dossiers, printing, setup
from desk_app.services.dossiers import Intake, ReceivedDocument

T = dt.datetime
LONG_PROCEDURE = (
    "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương "
    "đầu tư, kèm theo điều chỉnh nội dung về quy mô, tiến độ, địa điểm thực hiện dự án và "
    "chuyển nhượng một phần dự án cho nhà đầu tư khác trong khu công nghiệp"
)


def _text(pdf: bytes) -> str:
    """The text of every page, NFC, with line breaks and runs of spaces as one space."""
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def test_vietnamese_date_wording():
    assert date_words(dt.date(2026, 3, 5)) == "ngày 05 tháng 3 năm 2026"
    assert date_words(dt.date(2026, 1, 15)) == "ngày 15 tháng 01 năm 2026"
    assert date_words(dt.date(2026, 2, 9)) == "ngày 09 tháng 02 năm 2026"
    assert date_words(dt.date(2026, 12, 31)) == "ngày 31 tháng 12 năm 2026"
    assert place_date("Đồng Nai", dt.date(2026, 3, 5)) == "Đồng Nai, ngày 05 tháng 3 năm 2026"
    assert moment_words(T(2026, 11, 23, 8, 7)) == "08 giờ 07 phút, ngày 23 tháng 11 năm 2026"


def test_the_shipped_font_has_every_vietnamese_letter():
    fonts.register_fonts()
    for face in (fonts.SERIF, fonts.SERIF_BOLD, fonts.SERIF_ITALIC, fonts.SERIF_BOLD_ITALIC):
        assert fonts.missing_glyphs(face) == ""
    assert fonts.missing_glyphs(fonts.SERIF, "ắặềộữđĐ\u4e2d") == "\u4e2d"  # the check can fail


@pytest.fixture
def registered(db):
    setup.initialise(db, samples=True)
    documents = tuple(
        ReceivedDocument(f"Văn bản đề nghị số {i} kèm phụ lục thuyết minh dự án", 1, i % 2, 2)
        for i in range(1, 11)
    )
    return dossiers.register(
        db,
        Intake(
            "1.009645",
            "Công ty TNHH Đầu tư Phát triển Hạ tầng Khu công nghiệp Nhơn Trạch Đồng Nai",
            applicant_kind="organisation",
            applicant_id_no="3600123456",
            address=("Lô A5, đường số 7, Khu công nghiệp Amata, phường Long Bình, Biên Hòa; " * 4)[
                :200
            ],
            phone="0912345678",
            email="lienhe@nhontrach.vn",
            documents=documents,
            sets_count=2,
            received_at=T(2026, 11, 23, 8, 37),
        ),
    )


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_receipt_text_and_layout(db, registered, paper):
    pdf = printing.dossier_document(db, "receipt", registered.code, paper=paper)
    text = _text(pdf)
    for expected in (
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Đồng Nai, ngày 23 tháng 11 năm 2026",
        registered.code,
        "Công ty TNHH Đầu tư Phát triển Hạ tầng",
        "Cấp Giấy chứng nhận đăng ký đầu tư",
        "08 giờ 37 phút, ngày 23 tháng 11 năm 2026",
        "08 giờ 37 phút, ngày 15 tháng 12 năm 2026",  # 15 working days; 24/11 is a day off
        "Liên 1: lưu",
        "Liên 2: giao người nộp hồ sơ",
        "Số thứ tự: 1",
        "NGƯỜI TIẾP NHẬN HỒ SƠ",
    ):
        assert expected in text, expected
    # ten documents do not fit half an A4 at 10 pt: one A5 page per copy, on either setting
    assert _pages(pdf) == 2
    from pypdf import PdfReader

    sizes = {
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in PdfReader(io.BytesIO(pdf)).pages
    }
    assert sizes == {(420, 595)}  # A5


def _lines(pdf: bytes, tmp_path) -> tuple[float, list[tuple[float, str]]]:
    """The first page's height and its text lines, each with the height of its baseline side
    above the bottom edge, as poppler lays them out (it follows the forms a page shows)."""
    path = tmp_path / "lines.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-bbox-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html).group(1))
    lines = []
    for match in re.finditer(r'<line [^>]*yMax="([\d.]+)">(.*?)</line>', html, re.S):
        words = re.findall(r"<word [^>]*>(.*?)</word>", match.group(2))
        text = unicodedata.normalize("NFC", " ".join(words))
        lines.append((height - float(match.group(1)), text))
    return height, lines


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
def test_receipt_on_a4_fits_each_copy_in_its_half(db, registered, tmp_path):
    """A receipt that holds at 10 pt in half a sheet: both copies on one A4, each in its own
    half, signature blocks last."""
    small = dossiers.register(  # no paper listed: the one receipt that holds at 10 pt
        db, Intake("1.009645", "Lê Thị Mai", received_at=T(2026, 11, 23, 9))
    )
    pdf = printing.dossier_document(db, "receipt", small.code, paper="A4")
    assert _pages(pdf) == 1
    height, positions = _lines(pdf, tmp_path)
    half = height / 2

    def ys(fragment: str) -> list[float]:
        return [y for y, text in positions if fragment in text]

    titles, signatures_ = ys("GIẤY TIẾP NHẬN"), ys("NGƯỜI TIẾP NHẬN HỒ SƠ")
    documents = ys("Lê Thị Mai")
    labels = ys("Liên 1: lưu") + ys("Liên 2: giao người nộp hồ sơ")
    assert len(titles) == len(signatures_) == len(documents) == len(labels) == 2
    top, bottom = sorted(titles, reverse=True), sorted(signatures_, reverse=True)
    assert top[0] > bottom[0] > half > top[1] > bottom[1] > 0  # each copy in its half
    assert top[0] > labels[0] > half > top[1] > labels[1]  # each label under its copy's title
    assert all(min(signatures_) < y for y in ys("Vào Sổ theo dõi hồ sơ")[1:])
    for copy_documents, copy_signature in zip(sorted(documents), sorted(signatures_), strict=True):
        assert copy_documents > copy_signature  # the list ends above the signature block


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) not installed")
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
@pytest.mark.parametrize("form", ["receipt", "slip"])
def test_barcode_and_qr_decode_to_the_dossier_code(db, registered, tmp_path, form):
    pdf_path = tmp_path / f"{form}.pdf"
    pdf_path.write_bytes(printing.dossier_document(db, form, registered.code))
    subprocess.run(
        ["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(pdf_path), str(tmp_path / "p")],
        check=True,
    )
    image = next(tmp_path.glob("p*.png"))
    found = subprocess.run(
        ["zbarimg", "-q", "--raw", "-Sdisable", "-Scode128.enable", "-Sqrcode.enable", str(image)],
        capture_output=True,
        text=True,
    ).stdout.split()
    assert registered.code in found
    if form == "receipt":
        kinds = subprocess.run(
            ["zbarimg", "-q", str(image)], capture_output=True, text=True
        ).stdout.splitlines()
        assert f"CODE-128:{registered.code}" in kinds and f"QR-Code:{registered.code}" in kinds


def test_qr_code_can_carry_a_lookup_address():
    agency = forms.Agency(
        "UBND tỉnh",
        "Ban Quản lý",
        "Bộ phận Một cửa",
        "Đồng Nai",
        lookup_url="https://dichvucong.example.gov.vn/tra-cuu?ma={code}",
    )
    assert agency.qr_payload("X-1") == "https://dichvucong.example.gov.vn/tra-cuu?ma=X-1"
    assert forms.Agency("a", "b", "c", "d").qr_payload("X-1") == "X-1"


def _sheet(documents: int, address: str = "Lô A5, KCN Amata, Biên Hòa") -> forms.DossierSheet:
    return forms.DossierSheet(
        code="000.00.00.X99-261123-0001",
        register_year=2026,
        register_no=1,
        applicant_name="Nguyễn Văn An",
        applicant_is_organisation=False,
        address=address,
        phone="0912345678",
        email="",
        procedure_name="Cấp Giấy chứng nhận đăng ký đầu tư",
        department="Phòng Đầu tư",
        fee="",
        limit_text="15 ngày làm việc",
        documents=tuple(forms.DocumentLine(f"Giấy tờ {i}", 1) for i in range(documents)),
        sets_count=1,
        received_at=T(2026, 11, 23, 8, 37),
        appointment_at=T(2026, 12, 15, 8, 37),
        return_by_post=False,
        return_address="",
    )


@pytest.mark.parametrize(
    ("paper", "documents", "expected"),
    [("A5", 0, 12.5), ("A5", 3, 12), ("A5", 12, 10), ("A4", 0, 10), ("A4", 4, 10)],
)
def test_the_receipt_size_does_not_depend_on_where_the_search_starts(
    monkeypatch, paper, documents, expected
):
    """The search starts from the size that fitted last time; that is only a hint."""
    agency = forms.Agency("UBND tỉnh", "Ban Quản lý", "Bộ phận Một cửa", "Đồng Nai")
    sheet = _sheet(documents)
    found = set()
    for start in range(len(forms.BODY_SIZES)):
        monkeypatch.setitem(forms._last_fit, f"receipt-{paper}", start)
        forms.render_receipt(agency, sheet, paper)
        found.add(forms.BODY_SIZES[forms._last_fit[f"receipt-{paper}"]])
    assert found == {expected}


@pytest.mark.parametrize("documents", [0, 1, 4, 10, 25])
@pytest.mark.parametrize("address", ["KCN Amata", "Lô A5, đường số 7, phường Long Bình; " * 5])
def test_the_bound_on_the_next_size_never_exceeds_its_real_height(documents, address):
    """The size search skips a layout when a lower bound on its height already overflows; the
    bound must stay below the real height at every step, or a size that fits would be lost."""
    agency = forms.Agency("UBND tỉnh", "Ban Quản lý", "Bộ phận Một cửa", "Đồng Nai")
    canvas = forms.Canvas(io.BytesIO())
    sheet = _sheet(documents, address)
    width = 120 * mm
    layouts = [
        forms._layout(
            canvas,
            forms.receipt_copy(agency, sheet, "Liên 1", width, forms.styles(size)),
            size,
            width,
            1000 * mm,
        )
        for size in forms.BODY_SIZES
    ]
    for larger, smaller in itertools.pairwise(layouts):
        assert not forms._surely_taller(smaller, larger.size, larger.height)
        assert forms._surely_taller(smaller, larger.size, smaller.height)  # it does grow


def test_a_receipt_too_long_for_its_half_is_drawn_smaller_as_a_whole():
    agency = forms.Agency("UBND tỉnh", "Ban Quản lý", "Bộ phận Một cửa", "Đồng Nai")
    canvas = forms.Canvas(io.BytesIO())
    sheet = _sheet(30, "Đường số 7; " * 20)
    layout = forms._fitting(
        canvas,
        "test-long",
        lambda s: forms.receipt_copy(agency, sheet, "Liên 1", 180 * mm, s),
        180 * mm,
        130 * mm,
    )
    assert layout.size == forms.BODY_SIZES[-1]
    assert layout.scale < 0.8
    assert layout.height * layout.scale == pytest.approx(130 * mm)


def test_forms_02_to_07_and_the_review_sheet(db, registered):
    code = registered.code
    dossiers.apply_event(db, code, "handed_over", at=T(2026, 11, 23, 14, 0))
    dossiers.apply_event(
        db,
        code,
        "supplement_requested",
        at=T(2026, 11, 25, 9, 0),
        data={"items": ["Bản sao báo cáo tài chính năm 2025", "Văn bản ủy quyền có công chứng"]},
    )
    text = _text(printing.dossier_document(db, "supplement", code, today=dt.date(2026, 11, 25)))
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" in text
    assert "1. Bản sao báo cáo tài chính năm 2025" in text
    assert "2. Văn bản ủy quyền có công chứng" in text
    assert "Đồng Nai, ngày 25 tháng 11 năm 2026" in text
    dossiers.apply_event(db, code, "supplement_received", at=T(2026, 11, 26, 9, 0))
    dossiers.apply_event(
        db,
        code,
        "apology",
        at=T(2026, 12, 14, 8, 0),
        note="Chờ ý kiến Sở Xây dựng",
        data={"new_due": T(2026, 12, 28, 16, 30)},
    )
    text = _text(printing.dossier_document(db, "apology", code))
    assert "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT" in text  # 2025 title
    assert "16 giờ 30 phút, ngày 28 tháng 12 năm 2026" in text
    assert "Chờ ý kiến Sở Xây dựng" in text
    dossiers.apply_event(db, code, "result_ready", at=T(2026, 12, 22, 10, 0))
    text = _text(printing.dossier_document(db, "control", code))
    assert "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ" in text and "Yêu cầu bổ sung" in text
    assert "Quá hạn" in text  # due 17/12 (15 working days from the supply), result on 22/12

    other = dossiers.register(
        db, Intake("1.009646", "Trần Văn Bảy", received_at=T(2026, 11, 24, 10, 0))
    )
    dossiers.apply_event(
        db, other.code, "stopped", at=T(2026, 11, 24, 15, 0), note="Người nộp đề nghị"
    )
    assert "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ" in _text(
        printing.dossier_document(db, "stop", other.code)
    )
    third = dossiers.register(
        db, Intake("1.009646", "Lê Thị Tám", received_at=T(2026, 11, 24, 11, 0))
    )
    dossiers.apply_event(
        db, third.code, "refused", at=T(2026, 11, 24, 16, 0), note="Sai thẩm quyền"
    )
    text = _text(printing.dossier_document(db, "refusal", third.code))
    assert "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ" in text and "Sai thẩm quyền" in text

    register = printing.register_document(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    text = _text(register)
    assert "SỔ THEO DÕI HỒ SƠ" in text and "Trang 1/1" in text
    assert all(c in text for c in (code, other.code, third.code))
    page = PdfReader(io.BytesIO(register)).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape

    review = _text(printing.review_document(db, dt.date(2026, 11, 24), T(2026, 11, 24, 17, 0)))
    assert "PHIẾU RÀ SOÁT HỒ SƠ CUỐI NGÀY" in review
    assert "Hồ sơ tiếp nhận trong ngày (2)" in review


def test_a_register_of_many_dossiers_has_numbered_pages(db):
    setup.initialise(db, samples=True)
    for i in range(60):
        dossiers.register(
            db, Intake("1.009646", f"Phạm Thị Hồng {i}", received_at=T(2026, 10, 1 + i % 28, 9, 0))
        )
    pdf = printing.register_document(db, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    pages = _pages(pdf)
    assert pages >= 2 and f"Trang {pages}/{pages}" in _text(pdf)


def test_print_command(db_url, registered, tmp_path, capsys):
    out = tmp_path / "receipt.pdf"
    assert (
        main(["--db", db_url, "print", "receipt", "--code", registered.code, "--out", str(out)])
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    for argv in (
        ["print", "receipt", "--code", "000.00.00.X99-261123-9999", "--out", str(out)],
        ["print", "receipt", "--out", str(out)],
        ["print", "apology", "--code", registered.code, "--out", str(out)],
        ["print", "receipt", "--code", registered.code, "--out", str(tmp_path / "r.txt")],
        ["print", "register", "--from", "2026-12-01", "--to", "2026-11-01", "--out", str(out)],
    ):
        capsys.readouterr()
        assert main(["--db", db_url, *argv]) == 2, argv
        assert len(capsys.readouterr().err.strip().splitlines()) == 1, argv


def test_every_form_lays_out_the_longest_values_allowed(db):
    """The longest name (300), address (500) and note (2,000) the desk accepts, twelve long
    documents: every form renders (a register line taller than a page is split)."""
    from desk_app.services.dossiers import ReceivedDocument

    documents = tuple(ReceivedDocument(f"Giấy tờ rất dài số {i} " * 8, 1, 1, 1) for i in range(12))
    made = dossiers.register(
        db,
        Intake(
            "1.009645",
            ("Công ty TNHH Thương mại Dịch vụ Xuất nhập khẩu " * 7)[:300],
            address=("Lô G1, Khu công nghiệp Biên Hòa 2, " * 15)[:500].strip(),
            note=("ghi chú dài " * 200)[:2000],
            documents=documents,
            received_at=T(2026, 11, 23, 9, 0),
        ),
    )
    for form in ("receipt", "control", "slip"):
        assert printing.dossier_document(db, form, made.code).startswith(b"%PDF")
    assert printing.dossier_document(db, "receipt", made.code, paper="A5").startswith(b"%PDF")
    register = printing.register_document(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert register.startswith(b"%PDF")
    assert printing.review_document(db, dt.date(2026, 11, 23)).startswith(b"%PDF")


def test_a_reprinted_notice_carries_the_date_it_was_issued(db):
    made = dossiers.register(db, Intake("1.009645", "Nguyễn Văn A", received_at=T(2026, 11, 23, 9)))
    dossiers.apply_event(
        db, made.code, "supplement_requested", at=T(2026, 11, 25, 9, 0), data={"items": ["Đơn"]}
    )
    later = printing.dossier_document(db, "supplement", made.code, today=dt.date(2026, 12, 10))
    text = unicodedata.normalize("NFC", PdfReader(io.BytesIO(later)).pages[0].extract_text())
    assert "ngày 25 tháng 11 năm 2026" in text and "ngày 10 tháng 12" not in text
