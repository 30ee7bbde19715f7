"""Data, styles and the building blocks every form shares: the header, signatures, the
barcode and QR code."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.printing.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from desk_app.printing.wording import place_date

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SIGN_HINT = "(Ký và ghi rõ họ tên)"
SLIP_WIDTH = 80 * mm


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Agency:
    parent: str  # e.g. "Ủy ban nhân dân tỉnh Đồng Nai"
    name: str  # e.g. "Ban Quản lý các Khu công nghiệp"
    desk: str  # e.g. "Bộ phận Tiếp nhận và Trả kết quả"
    place: str  # for the dateline
    phone: str = ""
    address: str = ""
    lookup_url: str = ""  # "https://.../tra-cuu?ma={code}"; empty: the QR code holds the code

    def qr_payload(self, code: str) -> str:
        return self.lookup_url.replace("{code}", code) if "{code}" in self.lookup_url else code


@dataclass(frozen=True)
class DocumentLine:
    name: str
    originals: int = 0
    certified_copies: int = 0
    copies: int = 0
    digitised: bool = False  # a scan of it is attached to the dossier


@dataclass(frozen=True)
class DossierSheet:
    """What the dossier forms print about one dossier."""

    code: str
    register_year: int
    register_no: int
    applicant_name: str
    applicant_is_organisation: bool
    address: str
    phone: str
    email: str
    procedure_name: str
    department: str
    fee: str
    limit_text: str  # "15 ngày làm việc"
    documents: tuple[DocumentLine, ...]
    sets_count: int
    received_at: dt.datetime
    appointment_at: dt.datetime | None
    return_by_post: bool
    return_address: str
    clerk_name: str = ""
    # after the applicant supplied the missing papers the term counts again (Decree 118/2025
    # Art. 19(5)) and a new receipt replaces the first: the moment the papers were complete
    supplemented_at: dt.datetime | None = None


@dataclass(frozen=True)
class ControlRow:
    """One hand-over on the process-control slip (form 06)."""

    handed_by: str
    received_by: str
    at: dt.datetime
    result: str = ""  # early / on time / late, in words, when the result comes back
    note: str = ""


@dataclass(frozen=True)
class RegisterLine:
    """One line of the tracking register (form 07)."""

    register_no: int
    code: str
    procedure_name: str
    applicant_name: str
    address_phone: str
    department: str
    received_at: dt.datetime
    appointment_at: dt.datetime | None
    returned_at: dt.datetime | None
    return_method: str
    note: str = ""


@dataclass(frozen=True)
class ReviewLine:
    code: str
    applicant_name: str
    procedure_name: str
    due_at: dt.datetime | None
    state: str
    phone: str = ""


@dataclass(frozen=True)
class ReviewSection:
    title: str
    lines: tuple[ReviewLine, ...]


@dataclass(frozen=True)
class ReviewSheet:
    day: dt.date
    printed_at: dt.datetime
    clerk_name: str
    sections: tuple[ReviewSection, ...]


@dataclass(frozen=True)
class Notice:
    """Forms 02-05: what differs between them."""

    title: str
    lines: tuple[str, ...] = ()  # paragraphs of content (plain text)
    items: tuple[str, ...] = ()  # numbered list (missing documents...)
    extra: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    bold: ParagraphStyle
    title: ParagraphStyle
    centre: ParagraphStyle
    centre_bold: ParagraphStyle
    italic_centre: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


MIN_SIZE = 10  # no text of a form under 10 pt: an applicant of any age reads it


def styles(size: float = 13) -> Styles:
    register_fonts()
    leading = size * 1.22
    small, cell = max(size - 2, MIN_SIZE), max(size - 3, MIN_SIZE)
    body = ParagraphStyle(
        "body", fontName=SERIF, fontSize=size, leading=leading, alignment=TA_JUSTIFY
    )
    return Styles(
        body=body,
        bold=ParagraphStyle("bold", parent=body, fontName=SERIF_BOLD),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=SERIF_BOLD,
            fontSize=size + 1,
            leading=(size + 1) * 1.25,
            alignment=TA_CENTER,
            spaceBefore=size * 0.6,
        ),
        centre=ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
        centre_bold=ParagraphStyle(
            "centre_bold", parent=body, fontName=SERIF_BOLD, alignment=TA_CENTER
        ),
        italic_centre=ParagraphStyle(
            "italic_centre", parent=body, fontName=SERIF_ITALIC, alignment=TA_CENTER
        ),
        small=ParagraphStyle(
            "small", parent=body, fontSize=small, leading=small * 1.2, alignment=TA_LEFT
        ),
        cell=ParagraphStyle(
            "cell", parent=body, fontSize=cell, leading=cell * 1.18, alignment=TA_LEFT
        ),
        cell_bold=ParagraphStyle(
            "cell_bold",
            parent=body,
            fontName=SERIF_BOLD,
            fontSize=cell,
            leading=cell * 1.18,
            alignment=TA_CENTER,
        ),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (user data is escaped, never read as markup)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _label(label: str, value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(f"{escape(label)} <b>{escape(value)}</b>", style)


# --------------------------------------------------------------------------- building blocks


def header(agency: Agency, day: dt.date, width: float, s: Styles) -> Table:
    """Agency on the left; national title, motto and dateline on the right."""
    small = ParagraphStyle("hdr", parent=s.centre, fontSize=s.body.fontSize - 1)
    small_bold = ParagraphStyle("hdr_b", parent=s.centre_bold, fontSize=s.body.fontSize - 1)
    left = [
        _p(agency.parent.upper(), small),
        _p(agency.name.upper(), small_bold),
        _p(agency.desk.upper(), small_bold),
        _p("________", small_bold),
    ]
    right = [
        _p(NATIONAL_TITLE, small_bold),
        Paragraph(f"<u>{escape(MOTTO)}</u>", s.centre_bold),
        Spacer(1, 2 * mm),
        _p(place_date(agency.place, day), ParagraphStyle("dl", parent=s.italic_centre)),
    ]
    table = Table([[left, right]], colWidths=[width * 0.42, width * 0.58])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def signatures(
    left: str, right: str, width: float, s: Styles, right_name: str = "", left_name: str = ""
) -> Table:
    def block(title: str, name: str) -> list[Flowable]:
        return [
            _p(title, s.centre_bold),
            _p(SIGN_HINT, s.italic_centre),
            Spacer(1, s.body.fontSize * 3.4),
            _p(name, s.centre_bold),
        ]

    cells = [block(left, left_name) if left else "", block(right, right_name)]
    table = Table([cells], colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    table.spaceBefore = 3 * mm  # one row: it moves to the next page whole, never splits
    return table


@functools.lru_cache(maxsize=128)
def _qr_rows(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix (error correction M) of ``payload``; computed once per payload."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.make()
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


class QrCode(Flowable):
    """A QR code drawn as one filled path (reportlab's widget makes a shape per module, ten
    times slower), with the standard quiet zone of four modules."""

    def __init__(self, payload: str, size: float):
        super().__init__()
        self.payload, self.size = payload, size
        self.rows = _qr_rows(payload)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.rows)
        module = self.size / (count + 8)
        path = self.canv.beginPath()
        for r, row in enumerate(self.rows):
            y = self.size - (r + 5) * module
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    path.rect((start + 4) * module, y, (c - start) * module, module)
                else:
                    c += 1
        self.canv.drawPath(path, stroke=0, fill=1)


def codes(code: str, payload: str, height: float = 11 * mm) -> Table:
    """Code 128 of the dossier code (with the code printed under it) and a QR code."""
    register_fonts()
    barcode = Code128(code, barHeight=height, barWidth=0.27 * mm, quiet=True)
    barcode_width = barcode.wrap(0, 0)[0]
    # the code under the bars, clear of them, at a size one can read
    under = ParagraphStyle("code", fontName=SERIF, fontSize=MIN_SIZE, alignment=TA_CENTER)
    bars = Table([[barcode], [Paragraph(escape(code), under)]], colWidths=[barcode_width])
    bars.setStyle(
        TableStyle(
            [
                ("TOPPADDING", (0, 1), (0, 1), 1.5 * mm),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    qr = QrCode(payload, height + 9 * mm)
    table = Table([[bars, qr]], colWidths=[barcode_width + 4 * mm, qr.size])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    table.hAlign = "RIGHT"
    return table


def _count_words(line: DocumentLine) -> str:
    parts = []
    if line.originals:
        parts.append(f"{line.originals:02d} bản chính")
    if line.certified_copies:
        parts.append(f"{line.certified_copies:02d} bản sao chứng thực")
    if line.copies:
        parts.append(f"{line.copies:02d} bản sao")
    return ", ".join(parts) or "—"


def _applicant(sheet: DossierSheet, s: Styles) -> list[Flowable]:
    rows = [_label("Tiếp nhận hồ sơ của:", sheet.applicant_name, s.body)]
    if sheet.address:
        rows.append(_p(f"Địa chỉ: {sheet.address}", s.body))
    contact = []
    if sheet.phone:
        contact.append(f"Số điện thoại: {sheet.phone}")
    if sheet.email:
        contact.append(f"Thư điện tử: {sheet.email}")
    if contact:
        rows.append(_p("    ".join(contact), s.body))
    rows.append(_label("Nội dung yêu cầu giải quyết:", sheet.procedure_name, s.body))
    return rows
