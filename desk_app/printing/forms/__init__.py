"""The documents themselves. Each ``render_*`` takes plain data and returns the PDF as bytes.

Layout follows Decree 30/2020/NĐ-CP as the provinces apply it to the one-stop forms: agency on the
left and the national title, motto and dateline on the right; a Times-style serif at 13 pt for the
body (shrunk only when a copy would not otherwise fit its half sheet); signature blocks at the end.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from desk_app.printing.forms.common import (  # noqa: F401
    MOTTO,
    NATIONAL_TITLE,
    SIGN_HINT,
    SLIP_WIDTH,
    Agency,
    ControlRow,
    DocumentLine,
    DossierSheet,
    Notice,
    QrCode,
    RegisterLine,
    ReviewLine,
    ReviewSection,
    ReviewSheet,
    Styles,
    _applicant,
    _count_words,
    _label,
    _p,
    _qr_rows,
    codes,
    header,
    signatures,
    styles,
)
from desk_app.printing.forms.lists import (  # noqa: F401
    _NumberedCanvas,
    landscape_document,
    render_register,
    render_review,
)
from desk_app.printing.forms.notices import (  # noqa: F401
    _document,
    render_control,
    render_notice,
)
from desk_app.printing.forms.receipt import (  # noqa: F401
    BODY_SIZES,
    CopyLabel,
    Layout,
    _canvas,
    _draw,
    _fitting,
    _last_fit,
    _layout,
    _surely_taller,
    receipt_copy,
    render_receipt,
)
from desk_app.printing.forms.slip import (  # noqa: F401
    _slip_flow,
    render_slip,
)

__all__ = ["Canvas"]  # the names above are this package's, re-exported for its users
