"""Public postal service (bưu chính công ích): item numbers in the UPU S10 form.

An S10 number is two letters of service, eight digits, a check digit and the two-letter country
code, for example ``EE123456785VN``. The check digit weighs the eight digits by 8 6 4 2 3 5 9 7,
takes 11 minus the sum's remainder by 11, and writes 10 as 0 and 11 as 5 (UPU S10 standard,
which Vietnam Post follows for registered items and EMS)."""

from __future__ import annotations

import re

from desk_app.domain.errors import ValidationError

_S10 = re.compile(r"^([A-Z]{2})([0-9]{8})([0-9])([A-Z]{2})$")
_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def check_digit(serial: str) -> int:
    """The S10 check digit of eight digits."""
    remainder = 11 - sum(int(d) * w for d, w in zip(serial, _WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(remainder, remainder)


def tracking_number(value: str, field: str = "postal") -> str:
    """``value`` as a checked S10 item number (upper case, spaces removed), or ValidationError
    saying what is wrong with it."""
    text = re.sub(r"[\s-]", "", str(value)).upper()
    shown = text[:20] + ("…" if len(text) > 20 else "")
    match = _S10.match(text) if text.isascii() else None
    if match is None:
        raise ValidationError(
            f"Số hiệu bưu gửi {shown!r} không đúng dạng: 2 chữ cái, 9 chữ số, 2 chữ cái "
            "(ví dụ EE123456785VN)",
            field,
        )
    expected = check_digit(match.group(2))
    if int(match.group(3)) != expected:
        raise ValidationError(
            f"Số hiệu bưu gửi {shown} sai chữ số kiểm tra (chữ số thứ 11 phải là {expected})",
            field,
        )
    return text
