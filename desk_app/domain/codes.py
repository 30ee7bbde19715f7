"""Dossier codes: ``<unit identifier>-YYMMDD-XXXX`` (Circular 03/2025/TT-VPCP)."""

from __future__ import annotations

import datetime as dt
import re

from desk_app.domain.errors import ValidationError

UNIT_CODE = re.compile(r"^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[0-9A-Z]{3}$")
DOSSIER_CODE = re.compile(
    r"^(?P<unit>[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[0-9A-Z]{3})-(?P<date>[0-9]{6})-(?P<seq>[0-9]{4})$"
)


# The identifier a new installation starts with: no agency has it, so nothing is numbered with
# it (Decree 118/2025 Art. 28: the code carries the agency's own identifier).
PLACEHOLDER_UNIT = "000.00.00.H00"
# The identifier of sample and demonstration data: obviously not an agency's (no province 99).
SAMPLE_UNIT = "000.00.00.X99"


def unit_for_numbering(code: str) -> str:
    """The agency's identifier, checked, for a new dossier code; refused while it is still
    the placeholder of a new installation."""
    text = check_unit_code(code)
    if text == PLACEHOLDER_UNIT:
        raise ValidationError(
            f"Chưa đặt mã định danh của cơ quan (đang là {PLACEHOLDER_UNIT}): đặt mã do tỉnh "
            "cấp trong Cài đặt, hoặc desk-app settings set unit_code 000.17.22.H56",
            "unit_code",
        )
    return text


def check_unit_code(code: str) -> str:
    text = code.strip().upper()
    if not UNIT_CODE.match(text):
        raise ValidationError(
            f"Mã định danh đơn vị không hợp lệ: {code!r} (dạng V1V2V3.Z1Z2.Y1Y2.MX1X2, "
            "ví dụ 000.17.22.H56)",
            "unit_code",
        )
    return text


def dossier_code(unit_code: str, received: dt.date, sequence: int) -> str:
    if not 1 <= sequence <= 9999:
        raise ValidationError(f"Số thứ tự hồ sơ trong ngày vượt quá 9999: {sequence}", "code")
    return f"{unit_code}-{received:%y%m%d}-{sequence:04d}"


def looks_like_dossier_code(text: str) -> bool:
    return bool(DOSSIER_CODE.match(text.strip().upper()))
