"""Form 07 (the tracking register) and the end-of-day review sheet: A4 landscape lists."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.printing import form_texts
from desk_app.printing.fonts import SERIF
from desk_app.printing.forms.common import (
    Agency,
    RegisterLine,
    ReviewSheet,
    _p,
    header,
    signatures,
    styles,
)
from desk_app.printing.wording import short_moment

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
    # a line with the longest name, address and note allowed is taller than a page: it is
    # split across pages (splitInRow) instead of failing the whole register
    table = Table(rows, colWidths=[width * f for _, f in heads], repeatRows=1, splitInRow=1)
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
        _p(form_texts.title("register"), s.title),
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


def portrait_document(title: str, agency: Agency) -> tuple[SimpleDocTemplate, io.BytesIO]:
    """An A4 portrait list (the review sheet, the postal hand-over list) and the buffer it is
    built into; build it with :class:`_NumberedCanvas` for "Trang x/y" at each foot."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title=title,
        author=f"{agency.desk} — {agency.name}",
        creator="desk",
    )
    return document, buffer


def render_review(agency: Agency, sheet: ReviewSheet) -> bytes:
    """The end-of-day review: overdue, due today, due next working day, paused, received and
    returned today, each with its total."""
    s = styles(12)
    document, buffer = portrait_document(f"Rà soát cuối ngày {sheet.day:%d/%m/%Y}", agency)
    width = document.width
    flow: list[Flowable] = [header(agency, sheet.day, width, s)]
    flow.append(_p(form_texts.title("review"), s.title))
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
