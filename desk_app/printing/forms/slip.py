"""The 80 mm queue slip."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
)

from desk_app.printing import form_texts
from desk_app.printing.forms.common import (
    SLIP_WIDTH,
    Agency,
    DossierSheet,
    Styles,
    _label,
    _p,
    styles,
)
from desk_app.printing.forms.receipt import (
    _canvas,
    _draw,
    _fitting,
)
from desk_app.printing.wording import short_moment

# --------------------------------------------------------------------------- queue slip


def render_slip(agency: Agency, sheet: DossierSheet) -> bytes:
    """A slip for an 80 mm thermal printer: agency, code, procedure, times, barcode."""
    buffer = io.BytesIO()
    width, margin = SLIP_WIDTH, 4 * mm
    box_w = width - 2 * margin
    # as tall as its content: a thermal printer cuts the roll after it
    probe = _canvas(io.BytesIO(), (width, 300 * mm), "", agency)
    layout = _fitting(probe, "slip", lambda s: _slip_flow(agency, sheet, s), box_w, 1000 * mm)
    height = layout.height + 2 * margin
    canvas = _canvas(buffer, (width, height), f"Phiếu hẹn {sheet.code}", agency, sheet.code)
    _draw(canvas, layout, margin, margin + layout.height, box_w)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _slip_flow(agency: Agency, sheet: DossierSheet, s: Styles) -> list[Flowable]:
    s = styles(min(s.body.fontSize, 10))
    flow: list[Flowable] = [
        _p(agency.name.upper(), s.centre_bold),
        _p(agency.desk, s.centre),
        Spacer(1, 2 * mm),
        _p(form_texts.title("slip"), s.title),
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
