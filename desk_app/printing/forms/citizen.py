"""The documents of the citizen's side: the list of results handed to the public postal
service for one day (signed by both sides), and the satisfaction report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desk_app.printing.forms.common import Agency, _p, header, signatures, styles
from desk_app.printing.forms.lists import (
    _NumberedCanvas,
    landscape_document,
    portrait_document,
)


@dataclass(frozen=True)
class PostalLine:
    code: str
    tracking: str
    applicant_name: str
    address: str
    procedure_name: str
    handed_at: dt.datetime


_GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
)


def render_postal_list(
    agency: Agency, day: dt.date, lines: Sequence[PostalLine], clerk_name: str = ""
) -> bytes:
    """The hand-over list: one line per result given to the postal clerk on ``day``, the
    count, and the signatures of the desk and of the post."""
    s = styles(12)
    title = f"Bàn giao kết quả cho bưu chính {day:%d/%m/%Y}"
    document, buffer = portrait_document(title, agency)
    width = document.width
    flow: list[Flowable] = [header(agency, day, width, s)]
    flow.append(_p("DANH SÁCH BÀN GIAO KẾT QUẢ GIẢI QUYẾT HỒ SƠ", s.title))
    flow.append(_p("CHO DỊCH VỤ BƯU CHÍNH CÔNG ÍCH", s.title))
    flow.append(_p(f"Ngày {day:%d/%m/%Y}", s.italic_centre))
    heads = ("STT", "Mã hồ sơ", "Số hiệu bưu gửi", "Người nhận, địa chỉ", "Thủ tục", "Giờ giao")
    rows = [[_p(h, s.cell_bold) for h in heads]]
    for number, line in enumerate(lines, 1):
        rows.append(
            [
                _p(str(number), s.cell),
                _p(line.code, s.cell),
                _p(line.tracking, s.cell_bold),
                _p(f"{line.applicant_name}\n{line.address}", s.cell),
                _p(line.procedure_name, s.cell),
                _p(f"{line.handed_at:%H:%M}", s.cell),
            ]
        )
    if not lines:
        rows.append(["", _p("Không có kết quả nào giao cho bưu chính trong ngày.", s.cell)])
    fractions = (0.06, 0.24, 0.17, 0.27, 0.18, 0.08)
    table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1, splitInRow=1)
    table.setStyle(_GRID)
    flow += [Spacer(1, 3 * mm), table, Spacer(1, 2 * mm)]
    flow.append(_p(f"Tổng số: {len(lines)} bưu gửi.", s.body))
    flow.append(signatures("BÊN GIAO", "BÊN NHẬN (NHÂN VIÊN BƯU CHÍNH)", width, s, "", clerk_name))
    document.build(flow, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()


def render_table_report(
    agency: Agency,
    title: str,
    subtitle: str,
    heads: Sequence[str],
    rows: Sequence[Sequence[str]],
    fractions: Sequence[float],
    footer: str,
) -> bytes:
    """A report as one table on A4 landscape: a line per group, the last (the total) in bold,
    and a sentence under it (the satisfaction and the steps reports)."""
    s = styles(12)
    margin = 12 * mm
    width = A4[1] - 2 * margin  # landscape
    table_rows = [[_p(h, s.cell_bold) for h in heads]]
    for number, row in enumerate(rows, 1):
        style = s.cell_bold if number == len(rows) else s.cell
        table_rows.append([_p(cell, style) for cell in row])
    table = Table(table_rows, colWidths=[width * f for f in fractions], repeatRows=1, splitInRow=1)
    table.setStyle(_GRID)
    flow: list[Flowable] = [
        _p(agency.name.upper(), s.centre_bold),
        _p(title, s.title),
        _p(subtitle, s.centre),
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 2 * mm),
        _p(footer, s.body),
    ]
    return landscape_document(title.capitalize(), f"{agency.desk} — {agency.name}", flow, margin)
