"""The results report written to a file: CSV (one line per row, for other tools), XLSX laid
out as Form 06/VPCP/KSTT (merged headers, column numbers, agency and period, ready to send), or
the same on an A4 landscape PDF. The file's extension picks the format."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from desk_app.domain.errors import ValidationError
from desk_app.domain.statistics import COLUMNS, Grouping, Report
from desk_app.services.tabular import write_bytes, write_table

FORMATS = (".csv", ".xlsx", ".pdf")
NAME_CHARS = 56  # characters of a name per line in the XLSX's second column


def report_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            f"{path.name}: báo cáo ghi ra tệp .csv, .xlsx hoặc .pdf "
            f"(tệp này là {suffix or 'không đuôi'})",
            "out",
        )
    return suffix


def write_report(report: Report, path: Path, by: Grouping, day: dt.date | None = None) -> None:
    kind = report_format(path)
    today = day or dt.date.today()
    if kind == ".csv":
        rows = [(row.name, *row.counts.values()) for row in report.rows(by)]
        rows.append(("TOTAL", *report.total.values()))
        write_table(path, ("name", *COLUMNS), rows)
    elif kind == ".xlsx":
        write_bytes(path, xlsx_bytes(report, by, today))
    else:
        from desk_app.printing.report_form import render_pdf

        write_bytes(path, render_pdf(report, by, today))


def xlsx_bytes(report: Report, by: Grouping, day: dt.date) -> bytes:
    """The report laid out as the official form: titles, the two-level header with column
    numbers, one row per field (procedures folded under it), the summary and signatures."""
    from openpyxl import Workbook

    from desk_app.printing.report_form import HEADER_ROWS

    book = Workbook()
    form = _FormSheet(book.active)
    top = form.titles(report)
    form.header(top)
    row = form.body(report, by, top + HEADER_ROWS)
    form.footer(report, day, row + 1)
    form.page_setup(top)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


class _FormSheet:
    """One sheet of Form 06 being written, with its fonts and borders."""

    def __init__(self, sheet):
        from openpyxl.styles import Alignment, Border, Font, Side

        self.sheet = sheet
        sheet.title = "Biểu 06"
        self.font = "Times New Roman"
        thin = Side(style="thin")
        self.box = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.bold = Font(name=self.font, bold=True, size=11)
        self.plain = Font(name=self.font, size=11)

    def styled(self, **options):
        from openpyxl.styles import Font

        return Font(name=self.font, **options)

    def put(self, row: int, column: int, value, *, font=None, align=None, span: int = 1) -> None:
        cell = self.sheet.cell(row=row, column=column, value=value)
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # a procedure named "=..." is a name, not a formula
        cell.font = font or self.plain
        if align is not None:
            cell.alignment = align
        if span > 1:
            self.sheet.merge_cells(
                start_row=row, start_column=column, end_row=row, end_column=column + span - 1
            )

    def titles(self, report: Report) -> int:
        """The form's code, basis, title and period; returns the header's first row."""
        from desk_app.printing.report_form import FORM_BASIS, FORM_CODE, N_COLUMNS, TITLE, UNIT_NOTE

        put, centre = self.put, self.centre
        put(1, 1, FORM_CODE, font=self.bold, span=3)
        put(2, 1, FORM_BASIS, font=self.styled(italic=True, size=10), span=3)
        put(3, 1, TITLE, font=self.styled(bold=True, size=13), align=centre, span=N_COLUMNS)
        self.sheet.row_dimensions[3].height = 36
        put(4, 1, f"Kỳ báo cáo: {report.period_text}", align=centre, span=N_COLUMNS)
        put(5, 1, f"- Đơn vị báo cáo: {report.agency_name}", span=8)
        put(6, 1, f"- Đơn vị nhận báo cáo: {report.parent_name}", span=8)
        put(7, 10, UNIT_NOTE, font=self.styled(italic=True, size=10), span=4)
        return 8

    def header(self, top: int) -> None:
        from desk_app.printing.report_form import HEADER, HEADER_ROWS, N_COLUMNS

        sheet = self.sheet
        for c in HEADER:
            self.put(top + c.row, c.column + 1, c.text, font=self.bold, align=self.centre)
            if c.rows > 1 or c.columns > 1:
                sheet.merge_cells(
                    start_row=top + c.row,
                    start_column=c.column + 1,
                    end_row=top + c.row + c.rows - 1,
                    end_column=c.column + c.columns,
                )
        for row in range(top, top + HEADER_ROWS):
            for column in range(1, N_COLUMNS + 1):
                sheet.cell(row=row, column=column).border = self.box
        sheet.row_dimensions[top + 2].height = 45

    def body(self, report: Report, by: Grouping, row: int) -> int:
        """One row per line of the form from ``row``; returns the row after the last."""
        from openpyxl.styles import Alignment, PatternFill

        from desk_app.printing.report_form import N_COLUMNS, lines

        sheet, put = self.sheet, self.put
        grey = PatternFill("solid", fgColor="EEEEEE")
        for line in lines(report, by):
            weight = self.bold if line.level <= 0 else self.plain
            put(row, 1, line.number, font=weight, align=Alignment(horizontal="center"))
            put(row, 2, line.name, font=weight, align=Alignment(wrap_text=True, vertical="top"))
            # spreadsheets do not grow a row for wrapped text written by a program: set it
            sheet.row_dimensions[row].height = 15 * max(1, -(-len(line.name) // NAME_CHARS))
            for offset, value in enumerate(line.values):
                put(row, 3 + offset, value, font=weight, align=Alignment(vertical="top"))
            if line.level == 1:
                sheet.row_dimensions[row].outlineLevel = 1  # procedures fold under their field
            if line.level == -1:
                sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
                sheet.cell(row=row, column=1, value=line.name).alignment = self.centre
            for column in range(1, N_COLUMNS + 1):
                cell = sheet.cell(row=row, column=column)
                cell.border = self.box
                if line.level == -1:
                    cell.fill = grey
            row += 1
        return row

    def footer(self, report: Report, day: dt.date, row: int) -> None:
        from desk_app.printing.report_form import summary_lines
        from desk_app.printing.wording import place_date

        put, centre = self.put, self.centre
        for text in summary_lines(report):
            put(row, 2, text, font=self.styled(italic=True, size=10), span=8)
            row += 1
        row += 1
        put(row, 2, "NGƯỜI LẬP BIỂU", font=self.bold, align=centre)
        dateline = place_date(report.place_name, day)
        put(row - 1, 9, dateline, font=self.styled(italic=True), align=centre, span=5)
        put(row, 9, "THỦ TRƯỞNG ĐƠN VỊ", font=self.bold, align=centre, span=5)

    def page_setup(self, top: int) -> None:
        from openpyxl.utils import get_column_letter

        from desk_app.printing.report_form import HEADER_ROWS, N_COLUMNS

        sheet = self.sheet
        sheet.column_dimensions["A"].width = 6
        sheet.column_dimensions["B"].width = NAME_CHARS + 4
        for column in range(3, N_COLUMNS + 1):
            sheet.column_dimensions[get_column_letter(column)].width = 11
        sheet.freeze_panes = sheet.cell(row=top + HEADER_ROWS, column=3)
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = f"{top}:{top + HEADER_ROWS - 1}"


SATISFACTION_COLUMNS = (
    "name",
    "rated",
    "very_satisfied",
    "satisfied",
    "unsatisfied",
    "satisfied_rate",
)


def write_satisfaction(report, path: Path, agency=None, day: dt.date | None = None) -> None:
    """The satisfaction report (:class:`desk_app.services.ratings.SatisfactionReport`): CSV
    and XLSX as a table with a TOTAL row (``satisfied_rate`` in per cent, two decimals, empty
    when nobody rated), PDF as a page."""
    kind = report_format(path)
    rows = [*report.rows, report.total]

    def rate(tally) -> float | str:
        value = tally.satisfied_rate
        return "" if value is None else round(100 * value, 2)

    if kind in (".csv", ".xlsx"):
        write_table(
            path,
            SATISFACTION_COLUMNS,
            [
                (t.name, t.rated, t.very_satisfied, t.satisfied, t.unsatisfied, rate(t))
                for t in rows
            ],
        )
        return
    from desk_app.domain.statistics import percent_text
    from desk_app.printing.forms.citizen import render_table_report

    cells = [
        [
            t.name if t is not report.total else "Tổng cộng",
            str(t.rated),
            str(t.very_satisfied),
            str(t.satisfied),
            str(t.unsatisfied),
            percent_text(t.satisfied_rate),
        ]
        for t in rows
    ]
    rate = report.total.satisfied_rate
    verdict = "đạt" if rate is not None and rate * 100 >= report.target else "chưa đạt"
    day = day or dt.date.today()
    data = render_table_report(
        agency,
        "BÁO CÁO MỨC ĐỘ HÀI LÒNG CỦA TỔ CHỨC, CÁ NHÂN",
        f"Từ ngày {report.first:%d/%m/%Y} đến ngày {report.last:%d/%m/%Y}",
        ("Nhóm", "Số đánh giá", "Rất hài lòng", "Hài lòng", "Không hài lòng", "Tỷ lệ hài lòng"),
        cells,
        (0.45, 0.1, 0.11, 0.11, 0.11, 0.12),
        f"Chỉ tiêu: {report.target} % hài lòng trở lên; kỳ này {percent_text(rate)}: {verdict}. "
        f"In ngày {day:%d/%m/%Y}.",
    )
    write_bytes(path, data)


def write_steps(report, path: Path, agency=None, day: dt.date | None = None) -> None:
    """The steps report (:class:`desk_app.services.steps_report.StepsReport`): CSV and XLSX
    with ``department, handled, late, median_used_share, late_share_of_late_dossiers`` and a
    TOTAL line (shares as fractions from 0 to 1), PDF as a page."""
    from desk_app.services.steps_report import COLUMNS

    kind = report_format(path)
    rows = [*report.rows, report.total]
    if kind in (".csv", ".xlsx"):
        write_table(path, COLUMNS, [t.row() for t in rows])
        return
    from desk_app.domain.statistics import percent_text
    from desk_app.printing.forms.citizen import render_table_report

    cells = [
        [
            t.department if t is not report.total else "Tổng cộng",
            str(t.handled),
            str(t.late),
            percent_text(t.median_used_share),
            percent_text(t.late_share_of_late_dossiers),
        ]
        for t in rows
    ]
    day = day or dt.date.today()
    data = render_table_report(
        agency,
        "BÁO CÁO THỜI GIAN CÁC BƯỚC GIẢI QUYẾT HỒ SƠ",
        f"Các bước kết thúc từ ngày {report.first:%d/%m/%Y} đến ngày {report.last:%d/%m/%Y}",
        (
            "Phòng, bộ phận",
            "Số bước đã xong",
            "Số bước quá thời gian",
            "Thời gian đã dùng (trung vị, % định mức)",
            "Trong các hồ sơ trễ hạn: tỷ lệ có bước này quá thời gian",
        ),
        cells,
        (0.36, 0.12, 0.14, 0.19, 0.19),
        f"In ngày {day:%d/%m/%Y}.",
    )
    write_bytes(path, data)
