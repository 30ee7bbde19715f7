"""Form 01: the receipt and appointment slip, both copies laid out once."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Table,
    TableStyle,
)

from desk_app.printing import form_texts
from desk_app.printing.forms.common import (
    Agency,
    DossierSheet,
    Styles,
    _applicant,
    _count_words,
    _p,
    codes,
    header,
    signatures,
    styles,
)
from desk_app.printing.wording import moment_words

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


def _documents_table(sheet: DossierSheet, width: float, s: Styles) -> Flowable:
    """The documents received, numbered, each with its counts of originals and copies."""
    if not sheet.documents:
        return _p("(không có giấy tờ kèm theo)", s.body)
    rows = [[_p("TT", s.cell_bold), _p("Tên giấy tờ", s.cell_bold), _p("Số lượng", s.cell_bold)]]
    for number, line in enumerate(sheet.documents, 1):
        rows.append(
            [
                _p(str(number), s.cell),
                _p(line.name + (" (đã số hóa)" if line.digitised else ""), s.cell),
                _p(_count_words(line), s.cell),
            ]
        )
    table = Table(rows, colWidths=[width * 0.09, width * 0.58, width * 0.33], repeatRows=1)
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
    return table


def receipt_copy(
    agency: Agency, sheet: DossierSheet, label: CopyLabel | str, width: float, s: Styles
) -> list[Flowable]:
    """One copy of form 01. ``label`` is the copy's label, or a :class:`CopyLabel` that keeps
    its place when one body serves both copies."""
    issued = sheet.supplemented_at or sheet.received_at
    flow: list[Flowable] = [header(agency, issued.date(), width, s)]
    flow.append(_p(form_texts.title("receipt"), s.title))
    if sheet.supplemented_at is not None:
        flow.append(
            _p(
                "(Cấp lại sau khi nhận đủ hồ sơ bổ sung; thay thế Giấy tiếp nhận hồ sơ và hẹn "
                f"trả kết quả cấp lúc {moment_words(sheet.received_at)})",
                s.italic_centre,
            )
        )
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
    flow.append(_documents_table(sheet, width, s))
    flow.append(_p(f"2. Số lượng hồ sơ: {sheet.sets_count:02d} bộ", s.body))
    flow.append(_p(f"3. Thời gian giải quyết hồ sơ theo quy định: {sheet.limit_text}", s.body))
    flow.append(_p(f"4. Thời gian nhận hồ sơ: {moment_words(sheet.received_at)}", s.body))
    if sheet.supplemented_at is not None:
        flow.append(
            _p(
                f"Thời gian nhận đủ hồ sơ bổ sung: {moment_words(sheet.supplemented_at)}; thời "
                "hạn giải quyết được tính lại từ thời điểm này",
                s.body,
            )
        )
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


BODY_SIZES = (13, 12.5, 12, 11.5, 11, 10.5, 10)  # never under 10 pt (common.MIN_SIZE)

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
    if layout.scale < 1 and not a5:  # both copies on one A4 only when they stay legible
        return render_receipt(agency, sheet, "A5")
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
