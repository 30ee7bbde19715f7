"""Dossier codes: ``<unit identifier>-YYMMDD-XXXX`` (Circular 03/2025/TT-VPCP)."""

from __future__ import annotations

import datetime as dt
import re

from desk_app.domain.errors import ValidationError

UNIT_CODE = re.compile(r"^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[0-9A-Z]{3}$")
DOSSIER_CODE = re.compile(
    r"^(?P<unit>[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[0-9A-Z]{3})-(?P<date>[0-9]{6})-(?P<seq>[0-9]{4})$"
)


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
