"""Forms 02-05 (notices to the applicant) and form 06 (the process-control slip)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desk_app.printing import form_texts
from desk_app.printing.forms.common import (
    Agency,
    ControlRow,
    DossierSheet,
    Notice,
    _applicant,
    _label,
    _p,
    codes,
    header,
    signatures,
    styles,
)
from desk_app.printing.wording import moment_words, short_moment

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
        flow.append(_p(form_texts.title("control"), s.title))
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
            "CHỮ KÝ",
        ]
        table_rows = [[_p(h, s.cell_bold) for h in head]]
        for row in rows:
            table_rows.append(
                [
                    _p(f"1. Giao: {row.handed_by}\n2. Nhận: {row.received_by}", s.cell),
                    _p(f"{row.at:%H} giờ {row.at:%M} phút, ngày {row.at:%d/%m/%Y}", s.cell),
                    _p(row.result, s.cell),
                    _p(row.note, s.cell),
                    _p("Giao:\n\n\nNhận:\n\n", s.cell),  # the two signatures
                ]
            )
        table = Table(
            table_rows,
            colWidths=[width * f for f in (0.29, 0.19, 0.19, 0.16, 0.17)],
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
