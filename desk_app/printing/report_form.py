"""Form 06/VPCP/KSTT laid out: the header cells shared by the XLSX and the PDF, the report's
lines in order, and the PDF on A4 landscape."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from desk_app.domain.statistics import Counts, Grouping, Report, percent_text
from desk_app.printing.fonts import register_fonts
from desk_app.printing.forms import _p, landscape_document, styles
from desk_app.printing.wording import place_date

FORM_CODE = "Biểu số 06/VPCP/KSTT"
FORM_BASIS = "Ban hành theo Thông tư số 01/2020/TT-VPCP"
TITLE = (
    "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ "
    "TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"
)
UNIT_NOTE = "Đơn vị tính: Số hồ sơ TTHC"
N_COLUMNS = 13
HEADER_ROWS = 4  # three rows of titles, then the column numbers (1) ... (13)


@dataclass(frozen=True)
class HeaderCell:
    row: int  # 0-based within the header
    column: int  # 0-based: column (1) of the form is 0
    rows: int
    columns: int
    text: str


HEADER: tuple[HeaderCell, ...] = (
    HeaderCell(0, 0, 3, 1, "STT"),
    HeaderCell(0, 1, 3, 1, "Lĩnh vực, thủ tục hành chính"),
    HeaderCell(0, 2, 1, 4, "Số hồ sơ nhận giải quyết"),
    HeaderCell(0, 6, 1, 7, "Kết quả giải quyết"),
    HeaderCell(1, 2, 2, 1, "Tổng số"),
    HeaderCell(1, 3, 1, 2, "Trong đó: số mới tiếp nhận"),
    HeaderCell(1, 5, 2, 1, "Số kỳ trước chuyển qua"),
    HeaderCell(1, 6, 1, 4, "Số hồ sơ đã giải quyết"),
    HeaderCell(1, 10, 1, 3, "Số hồ sơ đang giải quyết"),
    HeaderCell(2, 3, 1, 1, "Trực tuyến"),
    HeaderCell(2, 4, 1, 1, "Trực tiếp, dịch vụ bưu chính"),
    HeaderCell(2, 6, 1, 1, "Tổng số"),
    HeaderCell(2, 7, 1, 1, "Trả trước hạn"),
    HeaderCell(2, 8, 1, 1, "Trả đúng thời hạn"),
    HeaderCell(2, 9, 1, 1, "Trả quá hạn"),
    HeaderCell(2, 10, 1, 1, "Tổng số"),
    HeaderCell(2, 11, 1, 1, "Chưa đến hạn"),
    HeaderCell(2, 12, 1, 1, "Quá hạn"),
    *(HeaderCell(3, i, 1, 1, f"({i + 1})") for i in range(N_COLUMNS)),
)


def form_values(counts: Counts) -> tuple[int, ...]:
    """Columns (3) to (13) in the form's order (the same as ``report.COLUMNS``)."""
    return counts.values()


@dataclass(frozen=True)
class Line:
    number: str  # "1", "1.2", or "" for the total
    name: str
    values: tuple[int, ...]
    level: int  # 0 field (or procedure when listed alone), 1 procedure under its field, -1 total


def lines(report: Report, by: Grouping, expanded: bool = True) -> list[Line]:
    """The body of the form: fields with, when ``expanded``, their procedures under them; or
    every procedure; then the total."""
    result: list[Line] = []
    if by == "procedure":
        for index, row in enumerate(report.rows("procedure"), 1):
            result.append(Line(str(index), f"{row.name} ({row.code})", form_values(row.counts), 0))
    else:
        for index, row in enumerate(report.fields, 1):
            result.append(Line(str(index), row.name, form_values(row.counts), 0))
            if expanded:
                for sub, child in enumerate(row.children, 1):
                    result.append(
                        Line(
                            f"{index}.{sub}",
                            f"{child.name} ({child.code})",
                            form_values(child.counts),
                            1,
                        )
                    )
    result.append(Line("", "Tổng số", form_values(report.total), -1))
    return result


def summary_lines(report: Report) -> list[str]:
    total = report.total
    channels = report.received_by_channel
    return [
        f"Tỷ lệ giải quyết trước hạn và đúng hạn: {percent_text(total.on_time_rate)}",
        f"Tỷ lệ hồ sơ trực tuyến: {percent_text(total.online_share)}",
        "Tiếp nhận mới trong kỳ theo kênh: "
        f"trực tiếp {channels.get('counter', 0)}, bưu chính {channels.get('postal', 0)}, "
        f"trực tuyến {channels.get('online', 0)}",
    ]


WIDTHS = (0.045, 0.275) + (0.06,) * 11  # fractions of the page width, 13 columns


def render_pdf(report: Report, by: Grouping, day: dt.date) -> bytes:
    register_fonts()
    s = styles(11)
    margin = 12 * mm
    width = landscape(A4)[0] - 2 * margin
    head = ParagraphStyle("rh", parent=s.cell_bold, fontSize=9, leading=10.5)
    cell = ParagraphStyle("rc", parent=s.cell, fontSize=9, leading=10.5)
    cell_bold = ParagraphStyle("rcb", parent=cell, fontName=head.fontName)
    number = ParagraphStyle("rn", parent=cell, alignment=TA_RIGHT)
    number_bold = ParagraphStyle("rnb", parent=cell_bold, alignment=TA_RIGHT)
    grid: list[list] = [[""] * N_COLUMNS for _ in range(HEADER_ROWS)]
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    for c in HEADER:
        grid[c.row][c.column] = _p(c.text, head)
        if c.rows > 1 or c.columns > 1:
            last = (c.column + c.columns - 1, c.row + c.rows - 1)
            commands.append(("SPAN", (c.column, c.row), last))
    for index, line in enumerate(lines(report, by), HEADER_ROWS):
        style, digits = (cell_bold, number_bold) if line.level <= 0 else (cell, number)
        grid.append(
            [_p(line.number, style), _p(line.name, style)]
            + [_p(f"{v:,}".replace(",", "."), digits) for v in line.values]
        )
        if line.level == -1:
            commands.append(("SPAN", (0, index), (1, index)))
            grid[index][0] = _p(line.name, cell_bold)
            commands.append(("BACKGROUND", (0, index), (-1, index), colors.HexColor("#eeeeee")))
    table = Table(grid, colWidths=[width * f for f in WIDTHS], repeatRows=HEADER_ROWS)
    table.setStyle(TableStyle(commands))
    left = [
        _p(FORM_CODE, s.centre_bold),
        _p(FORM_BASIS, s.italic_centre),
    ]
    top = Table([[left, ""]], colWidths=[width * 0.35, width * 0.65])
    right_align = ParagraphStyle("ra", parent=s.small, alignment=2)
    flow = [
        top,
        Spacer(1, 2 * mm),
        _p(TITLE, s.title),
        _p(f"Kỳ báo cáo: {report.period_text}", s.centre),
        Spacer(1, 2 * mm),
        _p(f"- Đơn vị báo cáo: {report.agency_name}", s.body),
        _p(f"- Đơn vị nhận báo cáo: {report.parent_name}", s.body),
        _p(UNIT_NOTE, right_align),
        Spacer(1, 1 * mm),
        table,
        Spacer(1, 2 * mm),
        *(_p(text, s.small) for text in summary_lines(report)),
        Spacer(1, 3 * mm),
        _signatures(report, day, width, s),
    ]
    return landscape_document(
        f"Báo cáo kết quả giải quyết TTHC {report.period_text}", report.agency_name, flow, margin
    )


def _signatures(report: Report, day: dt.date, width: float, s) -> Table:
    left = [_p("NGƯỜI LẬP BIỂU", s.centre_bold), _p("(Ký và ghi rõ họ tên)", s.italic_centre)]
    right = [
        _p(place_date(report.place_name, day), s.italic_centre),
        _p("THỦ TRƯỞNG ĐƠN VỊ", s.centre_bold),
        _p("(Ký, ghi rõ họ tên và đóng dấu)", s.italic_centre),
    ]
    table = Table([[left, right]], colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    table.keepWithNext = False
    return table
