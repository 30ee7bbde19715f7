"""The documents themselves. Each ``render_*`` takes plain data and returns the PDF as bytes.

Layout follows Decree 30/2020/NĐ-CP as the provinces apply it to the one-stop forms: agency on the
left and the national title, motto and dateline on the right; a Times-style serif at 13 pt for the
body (shrunk only when a copy would not otherwise fit its half sheet); signature blocks at the end.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.printing.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from desk_app.printing.wording import moment_words, place_date, short_moment

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


def styles(size: float = 13) -> Styles:
    register_fonts()
    leading = size * 1.22
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
            "small", parent=body, fontSize=size - 2, leading=(size - 2) * 1.2, alignment=TA_LEFT
        ),
        cell=ParagraphStyle(
            "cell", parent=body, fontSize=size - 3, leading=(size - 3) * 1.18, alignment=TA_LEFT
        ),
        cell_bold=ParagraphStyle(
            "cell_bold",
            parent=body,
            fontName=SERIF_BOLD,
            fontSize=size - 3,
            leading=(size - 3) * 1.18,
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
    barcode = Code128(
        code,
        barHeight=height,
        barWidth=0.27 * mm,
        humanReadable=True,
        fontName=SERIF,
        fontSize=8,
        quiet=True,
    )
    qr = QrCode(payload, height + 9 * mm)
    barcode_width = barcode.wrap(0, 0)[0]
    table = Table([[barcode, qr]], colWidths=[barcode_width + 4 * mm, qr.size])
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


# --------------------------------------------------------------------------- form 01: receipt


class CopyLabel(Flowable):
    """The copy's label under the receipt's title ("Liên 1: lưu"). The body of a receipt is laid
    out and drawn once, as a PDF form that each copy shows; this flowable reserves the label's
    lines in that body and records where they are, and each copy then writes its own label
    there."""

    def __init__(self, labels: Sequence[str], style: ParagraphStyle):
        super().__init__()
        self.labels, self.style = tuple(f"({label})" for label in labels), style
        self.lines: dict[str, list[str]] = {}
        self.at: tuple[float, float, float] | None = None  # x, y and scale on the form

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        font, size = self.style.fontName, self.style.fontSize
        self.lines = {
            label: simpleSplit(label, font, size, available_width) for label in self.labels
        }
        self.height = self.style.leading * max(len(lines) for lines in self.lines.values())
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        scale = (self.canv.absolutePosition(self.width, 0)[0] - x) / self.width
        self.at = (x, y, scale)

    def write(self, canvas: Canvas, label: str) -> None:
        """Write ``label`` (one of those given) where :meth:`draw` found the place."""
        assert self.at is not None, "the body was not drawn"
        x, y, scale = self.at
        style = self.style
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(scale, scale)
        canvas.setFont(style.fontName, style.fontSize)
        baseline = self.height - style.fontSize
        for line in self.lines[f"({label})"]:
            canvas.drawCentredString(self.width / 2, baseline, line)
            baseline -= style.leading
        canvas.restoreState()


def receipt_copy(
    agency: Agency, sheet: DossierSheet, label: CopyLabel | str, width: float, s: Styles
) -> list[Flowable]:
    """One copy of form 01. ``label`` is the copy's label, or a :class:`CopyLabel` that keeps
    its place when one body serves both copies."""
    flow: list[Flowable] = [header(agency, sheet.received_at.date(), width, s)]
    flow.append(_p("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", s.title))
    titles = [
        Paragraph(f"Mã hồ sơ: <b>{escape(sheet.code)}</b>", s.centre),
        label if isinstance(label, CopyLabel) else _p(f"({label})", s.italic_centre),
    ]
    code_block = codes(sheet.code, agency.qr_payload(sheet.code), height=9 * mm)
    code_width = code_block.wrap(width, 100)[0]
    if code_width > width * 0.6:  # a narrow page (A5): the codes under the title lines
        flow += [*titles, code_block]
    else:  # side by side, to save height on a half sheet
        top = Table(
            [[titles, code_block]], colWidths=[width - code_width - 2 * mm, code_width + 2 * mm]
        )
        top.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        flow.append(top)
    flow.append(_p(f"{agency.desk} — {agency.name}", s.body))
    flow += _applicant(sheet, s)
    flow.append(_p("1. Thành phần hồ sơ và số lượng mỗi loại giấy tờ gồm:", s.body))
    if sheet.documents:
        rows = [
            [_p("TT", s.cell_bold), _p("Tên giấy tờ", s.cell_bold), _p("Số lượng", s.cell_bold)]
        ]
        for number, line in enumerate(sheet.documents, 1):
            rows.append(
                [_p(str(number), s.cell), _p(line.name, s.cell), _p(_count_words(line), s.cell)]
            )
        table = Table(rows, colWidths=[width * 0.07, width * 0.6, width * 0.33], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        flow.append(table)
    else:
        flow.append(_p("(không có giấy tờ kèm theo)", s.body))
    flow.append(_p(f"2. Số lượng hồ sơ: {sheet.sets_count:02d} bộ", s.body))
    flow.append(_p(f"3. Thời gian giải quyết hồ sơ theo quy định: {sheet.limit_text}", s.body))
    flow.append(_p(f"4. Thời gian nhận hồ sơ: {moment_words(sheet.received_at)}", s.body))
    if sheet.appointment_at is not None:
        flow.append(
            Paragraph(
                "5. Thời gian trả kết quả giải quyết hồ sơ: "
                f"<b>{escape(moment_words(sheet.appointment_at))}</b>",
                s.body,
            )
        )
    where = (
        f"qua dịch vụ bưu chính công ích đến địa chỉ: {sheet.return_address}"
        if sheet.return_by_post
        else f"tại {agency.desk}"
    )
    flow.append(_p(f"6. Đăng ký nhận kết quả: {where}", s.body))
    if sheet.fee and sheet.fee.lower() not in ("không", "0"):
        flow.append(_p(f"Phí, lệ phí: {sheet.fee}", s.body))
    flow.append(
        _p(
            f"Vào Sổ theo dõi hồ sơ, Quyển số: {sheet.register_year}, "
            f"Số thứ tự: {sheet.register_no}",
            s.body,
        )
    )
    flow.append(signatures("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", width, s, sheet.clerk_name))
    return flow


BODY_SIZES = (13, 12.5, 12, 11.5, 11, 10.5, 10, 9.5, 9)

# Where the search for each form's size starts: the size that fitted last time. The desk prints
# the same few procedures all day, so the next dossier usually fits at the same size, and two
# layouts (that size, and one step larger) settle it. Only a hint: any start gives the same size.
_last_fit: dict[str, int] = {}


@dataclass
class Layout:
    """Flowables wrapped to a width, with their heights, ready to draw without wrapping again."""

    size: float
    placed: list[tuple[Flowable, float, float]]  # flowable, its width, its height
    height: float
    scale: float = 1.0  # below 1: drawn smaller, as a whole, to fit a box it overflows


def _layout(
    canvas: Canvas, flow: list[Flowable], size: float, width: float, height: float
) -> Layout:
    placed, total = [], 0.0
    for number, flowable in enumerate(flow):
        w, h = flowable.wrapOn(canvas, width, height)
        if number:  # as in a frame: no space before the first
            total += flowable.getSpaceBefore()
        total += h + flowable.getSpaceAfter()
        placed.append((flowable, w, h))
    return Layout(size, placed, total)


def _fitting(
    canvas: Canvas, form: str, build: Callable[[Styles], list[Flowable]], w: float, h: float
) -> Layout:
    """The largest body size from 13 pt down to 9 pt at which ``build`` fits the box, laid out;
    below 9 pt the 9 pt layout, to be drawn shrunk as a whole (and centred across the box). The
    sizes are searched from the one that fitted ``form`` last time: one step up or down, then
    by halves."""
    layouts: dict[int, Layout] = {}

    def fits(index: int) -> bool:
        if index not in layouts:
            size = BODY_SIZES[index]
            layouts[index] = _layout(canvas, build(styles(size)), size, w, h)
        return layouts[index].height <= h

    last = len(BODY_SIZES) - 1  # sizes descend: a larger index is a smaller size
    start = _last_fit.get(form, last // 2)
    # The answer is the first index that fits, in [low, high]; high = last + 1: none fits.
    if fits(start):
        low, high = 0, start
        if (
            start > 0
            and not _surely_taller(layouts[start], BODY_SIZES[start - 1], h)
            and fits(start - 1)
        ):
            high = start - 1
        else:
            low = start
    else:
        low, high = start + 1, last + 1
        if low <= last and fits(low):
            high = low
    while low < high:
        middle = (low + high) // 2
        if fits(middle):
            high = middle
        else:
            low = middle + 1
    _last_fit[form] = min(high, last)
    if high > last:
        layouts[last].scale = h / layouts[last].height
        return layouts[last]
    return layouts[high]


def _surely_taller(layout: Layout, size: float, height: float) -> bool:
    """Whether the layout at the larger body ``size`` is surely taller than ``height``, from
    ``layout`` alone: a paragraph keeps at least its number of lines (greedy breaking in the same
    width, with wider glyphs) and its leading grows at least as (size + 1) / (layout's size + 1)
    (the title's, the slowest growing); every other flowable and space at least keeps its
    height. Saves the layout that would only confirm it (the usual case on A5)."""
    grow = (size + 1) / (layout.size + 1)
    text = sum(h for flowable, _w, h in layout.placed if type(flowable) is Paragraph)
    return layout.height + text * (grow - 1) > height


def _draw(canvas: Canvas, layout: Layout, x: float, top: float, width: float) -> None:
    """Draw a layout from ``top`` down, as a frame would, without wrapping again."""
    canvas.saveState()
    canvas.translate(x + width * (1 - layout.scale) / 2, top)
    canvas.scale(layout.scale, layout.scale)
    y = 0.0
    for number, (flowable, w, h) in enumerate(layout.placed):
        if number:
            y -= flowable.getSpaceBefore()
        y -= h
        flowable.drawOn(canvas, 0, y, _sW=width - w)
        y -= flowable.getSpaceAfter()
    canvas.restoreState()


def _canvas(buffer: io.BytesIO, size, title: str, agency: Agency, subject: str = "") -> Canvas:
    canvas = Canvas(buffer, pagesize=size, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(f"{agency.desk} — {agency.name}")
    canvas.setSubject(subject)
    canvas.setCreator("desk")
    return canvas


def render_receipt(agency: Agency, sheet: DossierSheet, paper: str = "A4") -> bytes:
    """Form 01. ``A4``: both copies on one sheet with a cut line between; ``A5``: one page per
    copy. The copies differ only in their label, so the body is laid out and drawn once, as a
    PDF form that both copies show, at the largest size that fits."""
    buffer = io.BytesIO()
    title = f"Giấy tiếp nhận hồ sơ và hẹn trả kết quả {sheet.code}"
    labels = ("Liên 1: lưu", "Liên 2: giao người nộp hồ sơ")
    a5 = paper.upper() == "A5"
    width, height = A5 if a5 else A4
    if a5:
        margin_x, margin_y = 14 * mm, 10 * mm
        box_w, box_h = width - 2 * margin_x, height - 2 * margin_y
        boxes = [(margin_x, margin_y), (margin_x, margin_y)]
    else:
        margin_x, margin_y, gap = 15 * mm, 8 * mm, 6 * mm
        half = height / 2
        box_w, box_h = width - 2 * margin_x, half - margin_y - gap / 2
        boxes = [(margin_x, half + gap / 2), (margin_x, margin_y)]
    slots: dict[float, CopyLabel] = {}  # by body size: the last built is the one laid out

    def build(s: Styles) -> list[Flowable]:
        slots[s.body.fontSize] = CopyLabel(labels, s.italic_centre)
        return receipt_copy(agency, sheet, slots[s.body.fontSize], box_w, s)

    canvas = _canvas(buffer, (width, height), title, agency, sheet.code)
    layout = _fitting(canvas, "receipt-" + paper.upper(), build, box_w, box_h)
    label = slots[layout.size]
    bleed = 5 * mm  # the form's box: table rules on its edges stay whole
    canvas.beginForm("receipt", -bleed, -bleed, box_w + bleed, box_h + bleed)
    _draw(canvas, layout, 0, box_h, box_w)
    canvas.endForm()
    for (x, y), text in zip(boxes, labels, strict=True):
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm("receipt")
        label.write(canvas, text)
        canvas.restoreState()
        if a5:
            canvas.showPage()
    if not a5:
        canvas.setDash(3, 3)
        canvas.setLineWidth(0.5)
        canvas.line(8 * mm, height / 2, width - 8 * mm, height / 2)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --------------------------------------------------------------------------- forms 02-05


def _document(
    pagesize, agency: Agency, title: str, subject: str, build: Callable[[float], list[Flowable]]
) -> bytes:
    buffer = io.BytesIO()
    margins = 15 * mm if pagesize[0] < 160 * mm else 20 * mm
    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=margins,
        rightMargin=margins * 0.8,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=title,
        author=f"{agency.desk} — {agency.name}",
        subject=subject,
        creator="desk",
    )
    document.build(build(document.width))
    return buffer.getvalue()


def render_notice(agency: Agency, sheet: DossierSheet, notice: Notice, day: dt.date) -> bytes:
    """Forms 02 (supplement), 03 (refusal), 04 (apology and new date), 05 (stop notice):
    the same frame around different content, on A5."""
    s = styles(12)

    def build(width: float) -> list[Flowable]:
        flow: list[Flowable] = [header(agency, day, width, s)]
        flow.append(_p(notice.title, s.title))
        if sheet.code:  # guidance at the counter (forms 02/03) has no dossier code yet
            flow.append(Paragraph(f"Mã hồ sơ: <b>{escape(sheet.code)}</b>", s.centre))
            flow.append(codes(sheet.code, agency.qr_payload(sheet.code), height=8 * mm))
        flow += _applicant(sheet, s)
        flow.append(_p(f"Thời gian nhận hồ sơ: {moment_words(sheet.received_at)}", s.body))
        for line in notice.lines:
            flow.append(_p(line, s.body))
        for number, item in enumerate(notice.items, 1):
            flow.append(_p(f"{number}. {item}", s.body))
        if agency.phone:
            flow.append(_p(f"Mọi thắc mắc xin liên hệ: {agency.phone}", s.body))
        flow.append(signatures("", "NGƯỜI LẬP PHIẾU", width, s, sheet.clerk_name))
        return flow

    return _document(A5, agency, f"{notice.title} {sheet.code}", sheet.code, build)


# --------------------------------------------------------------------------- form 06


def render_control(
    agency: Agency, sheet: DossierSheet, rows: Sequence[ControlRow], day: dt.date
) -> bytes:
    s = styles(12)

    def build(width: float) -> list[Flowable]:
        flow: list[Flowable] = [header(agency, day, width, s)]
        flow.append(_p("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", s.title))
        flow.append(Paragraph(f"Mã hồ sơ: <b>{escape(sheet.code)}</b>", s.centre))
        flow.append(codes(sheet.code, agency.qr_payload(sheet.code), height=8 * mm))
        flow.append(_p(f"(Kèm theo hồ sơ của: {sheet.applicant_name})", s.centre))
        flow.append(_label("Thủ tục:", sheet.procedure_name, s.body))
        flow.append(_p(f"Ngày hẹn trả kết quả: {short_moment(sheet.appointment_at)}", s.body))
        head = [
            "TÊN CƠ QUAN, ĐƠN VỊ",
            "THỜI GIAN GIAO, NHẬN HỒ SƠ",
            "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (trước hạn / đúng hạn / quá hạn)",
            "GHI CHÚ",
        ]
        table_rows = [[_p(h, s.cell_bold) for h in head]]
        for row in rows:
            table_rows.append(
                [
                    _p(f"1. Giao: {row.handed_by}\n2. Nhận: {row.received_by}", s.cell),
                    _p(f"{row.at:%H} giờ {row.at:%M} phút, ngày {row.at:%d/%m/%Y}", s.cell),
                    _p(row.result, s.cell),
                    _p(row.note, s.cell),
                ]
            )
        table = Table(
            table_rows,
            colWidths=[width * 0.34, width * 0.24, width * 0.24, width * 0.18],
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        flow.append(Spacer(1, 2 * mm))
        flow.append(table)
        return flow

    return _document(A4, agency, f"Phiếu kiểm soát {sheet.code}", sheet.code, build)


# --------------------------------------------------------------------------- form 07 and lists


class _NumberedCanvas(Canvas):
    """Writes "Trang x/y" at the foot of each page once the page count is known."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.setFont(SERIF, 9)
            self.drawRightString(width - 12 * mm, 7 * mm, f"Trang {self._pageNumber}/{total}")
            super().showPage()
        super().save()


def render_register(
    agency: Agency, lines: Sequence[RegisterLine], first: dt.date, last: dt.date, day: dt.date
) -> bytes:
    """Form 07: one line per dossier received from ``first`` to ``last``, A4 landscape."""
    s = styles(12)
    margin = 10 * mm
    width = landscape(A4)[0] - 2 * margin
    cell = ParagraphStyle("reg", parent=s.cell, fontSize=9, leading=10.6)
    cell_bold = ParagraphStyle("reg_b", parent=s.cell_bold, fontSize=9, leading=10.6)
    heads = [
        ("STT", 0.04),
        ("Mã hồ sơ", 0.145),
        ("Tên thủ tục hành chính", 0.155),
        ("Tên tổ chức, cá nhân", 0.1),
        ("Địa chỉ, số điện thoại", 0.12),
        ("Cơ quan chủ trì giải quyết", 0.09),
        ("Ngày, tháng, năm nhận hồ sơ", 0.07),
        ("Ngày hẹn trả kết quả", 0.07),
        ("Ngày trả kết quả", 0.07),
        ("Hình thức trả", 0.05),
        ("Ký nhận", 0.04),
        ("Ghi chú", 0.05),
    ]
    rows = [[_p(h, cell_bold) for h, _ in heads]]
    for line in lines:
        rows.append(
            [
                _p(str(line.register_no), cell),
                _p(line.code, cell),
                _p(line.procedure_name, cell),
                _p(line.applicant_name, cell),
                _p(line.address_phone, cell),
                _p(line.department, cell),
                _p(short_moment(line.received_at), cell),
                _p(short_moment(line.appointment_at), cell),
                _p(short_moment(line.returned_at), cell),
                _p(line.return_method, cell),
                "",
                _p(line.note, cell),
            ]
        )
    table = Table(rows, colWidths=[width * f for _, f in heads], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    title_left = Table(
        [[[_p(agency.name.upper(), s.centre_bold), _p(agency.desk, s.centre)], ""]],
        colWidths=[width * 0.4, width * 0.6],
    )
    flow = [
        title_left,
        _p("SỔ THEO DÕI HỒ SƠ", s.title),
        _p(f"Từ ngày {first:%d/%m/%Y} đến ngày {last:%d/%m/%Y}", s.centre),
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 2 * mm),
        _p(f"Tổng số: {len(lines)} hồ sơ. In ngày {day:%d/%m/%Y}.", s.small),
    ]
    return landscape_document(
        f"Sổ theo dõi hồ sơ {first:%d/%m/%Y} - {last:%d/%m/%Y}",
        f"{agency.desk} — {agency.name}",
        flow,
        margin,
    )


def landscape_document(title: str, author: str, flow: list[Flowable], margin: float) -> bytes:
    """A4 landscape with "Trang x/y" at the foot of each page: the register and the report.
    ``margin`` on the left and right; the usable width is the page's less twice that."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=10 * mm,
        bottomMargin=12 * mm,
        title=title,
        author=author,
        creator="desk",
    )
    document.build(flow, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()


def render_review(agency: Agency, sheet: ReviewSheet) -> bytes:
    """The end-of-day review: overdue, due today, due next working day, paused, received and
    returned today, each with its total."""
    s = styles(12)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title=f"Rà soát cuối ngày {sheet.day:%d/%m/%Y}",
        author=f"{agency.desk} — {agency.name}",
        creator="desk",
    )
    width = document.width
    flow: list[Flowable] = [header(agency, sheet.day, width, s)]
    flow.append(_p("PHIẾU RÀ SOÁT HỒ SƠ CUỐI NGÀY", s.title))
    flow.append(_p(f"Ngày {sheet.day:%d/%m/%Y} — in lúc {sheet.printed_at:%H:%M}", s.italic_centre))
    totals = [[_p("Nhóm hồ sơ", s.cell_bold), _p("Số hồ sơ", s.cell_bold)]]
    for section in sheet.sections:
        totals.append([_p(section.title, s.cell), _p(str(len(section.lines)), s.cell)])
    summary = Table(totals, colWidths=[width * 0.7, width * 0.3])
    summary.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black)]))
    flow += [Spacer(1, 3 * mm), summary]
    for section in sheet.sections:
        flow.append(_p(f"{section.title} ({len(section.lines)})", s.bold))
        if not section.lines:
            flow.append(_p("Không có.", s.small))
            continue
        rows = [
            [
                _p(h, s.cell_bold)
                for h in ("Mã hồ sơ", "Người nộp", "Thủ tục", "Hạn giải quyết", "Trạng thái")
            ]
        ]
        for line in section.lines:
            who = line.applicant_name + (f"\n{line.phone}" if line.phone else "")
            rows.append(
                [
                    _p(line.code, s.cell),
                    _p(who, s.cell),
                    _p(line.procedure_name, s.cell),
                    _p(short_moment(line.due_at), s.cell),
                    _p(line.state, s.cell),
                ]
            )
        table = Table(
            rows,
            colWidths=[width * f for f in (0.22, 0.2, 0.32, 0.12, 0.14)],
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        flow.append(table)
    flow.append(signatures("", "NGƯỜI RÀ SOÁT", width, s, sheet.clerk_name))
    document.build(flow, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()


# --------------------------------------------------------------------------- queue slip


def render_slip(agency: Agency, sheet: DossierSheet) -> bytes:
    """A slip for an 80 mm thermal printer: agency, code, procedure, times, barcode."""
    buffer = io.BytesIO()
    width, height = SLIP_WIDTH, 150 * mm
    canvas = _canvas(buffer, (width, height), f"Phiếu hẹn {sheet.code}", agency, sheet.code)
    margin = 4 * mm
    box_w = width - 2 * margin

    box_h = height - 2 * margin
    layout = _fitting(canvas, "slip", lambda s: _slip_flow(agency, sheet, s), box_w, box_h)
    _draw(canvas, layout, margin, margin + box_h, box_w)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _slip_flow(agency: Agency, sheet: DossierSheet, s: Styles) -> list[Flowable]:
    s = styles(min(s.body.fontSize, 10))
    flow: list[Flowable] = [
        _p(agency.name.upper(), s.centre_bold),
        _p(agency.desk, s.centre),
        Spacer(1, 2 * mm),
        _p("PHIẾU HẸN TRẢ KẾT QUẢ", s.title),
        Paragraph(f"<b>{escape(sheet.code)}</b>", s.centre),
        Spacer(1, 1 * mm),
    ]
    barcode = Code128(sheet.code, barHeight=12 * mm, barWidth=0.25 * mm, quiet=True)
    barcode.hAlign = "CENTER"
    flow += [
        barcode,
        Spacer(1, 2 * mm),
        _label("Người nộp:", sheet.applicant_name, s.body),
        _label("Thủ tục:", sheet.procedure_name, s.body),
        _p(f"Nhận lúc: {short_moment(sheet.received_at)}", s.body),
        Paragraph(f"Hẹn trả: <b>{escape(short_moment(sheet.appointment_at))}</b>", s.body),
        _p(f"Số thứ tự: {sheet.register_no}/{sheet.register_year}", s.body),
    ]
    if agency.phone:
        flow.append(_p(f"Liên hệ: {agency.phone}", s.body))
    return flow
