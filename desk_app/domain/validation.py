"""Validation of what the clerk types: names, identity numbers, phones, e-mail addresses.

Every function returns the normalised value or raises ValidationError naming the field."""

from __future__ import annotations

import re

from desk_app.domain.errors import ValidationError
from desk_app.domain.text import nfc

# [0-9], not \d: \d also matches other scripts' digits, such as full-width "１２３".
_CCCD = re.compile(r"^[0-9]{12}$")
_MST = re.compile(r"^[0-9]{10}(-[0-9]{3})?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE_JUNK = re.compile(r"[\s.\-()]")


# C0 controls but tab and line breaks, DEL and the C1 controls: never part of a name or a note
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
LINE_BREAKS = re.compile(r"[\t\n\r]")


def person_or_org_name(value: str, field: str = "applicant_name") -> str:
    name = nfc(value)
    if not name:
        raise ValidationError("Chưa nhập tên người nộp hồ sơ", field)
    if (bad := CONTROL.search(name) or LINE_BREAKS.search(name)) is not None:
        raise ValidationError(
            f"Tên có ký tự điều khiển không hợp lệ (mã {ord(bad.group()):#04x})", field
        )
    if len(name) > 300:
        raise ValidationError("Tên quá dài (tối đa 300 ký tự)", field)
    if not any(map(str.isalpha, name)):
        raise ValidationError(f"Tên không hợp lệ: {name!r}", field)
    return name


def identity_number(value: str, kind: str, field: str = "applicant_id") -> str:
    """Citizen ID (CCCD, 12 digits) for a person; tax code (MST, 10 digits or 10-3) for an
    organisation. Empty is allowed (not every applicant brings one)."""
    if len(value) == 12 and kind != "organisation" and value.isascii() and value.isdigit():
        return value  # the usual citizen ID, as typed or scanned
    text = re.sub(r"\s", "", nfc(value))
    if not text:
        return ""
    if kind == "organisation":
        if not _MST.match(text):
            raise ValidationError(
                f"Mã số thuế không hợp lệ: {text!r} (cần 10 chữ số, hoặc 10 chữ số-3 chữ số "
                "cho chi nhánh)",
                field,
            )
        return text
    if not _CCCD.match(text):
        raise ValidationError(f"Số CCCD không hợp lệ: {text!r} (cần đúng 12 chữ số)", field)
    return text


def phone(value: str, field: str = "phone") -> str:
    """Normalise to the national form: +84 912 345 678 -> 0912345678."""
    if len(value) == 10 and value[0] == "0" and value.isascii() and value.isdigit():
        return value  # already in the national form
    text = _PHONE_JUNK.sub("", nfc(value))
    if not text:
        return ""
    if text.startswith("+84"):
        text = "0" + text[3:]
    elif text.startswith("84") and len(text) == 11:
        text = "0" + text[2:]
    if not (text.isascii() and text.isdigit()) or text[0] != "0" or not 10 <= len(text) <= 11:
        raise ValidationError(
            f"Số điện thoại không hợp lệ: {value!r} (cần 10 chữ số bắt đầu bằng 0)", field
        )
    return text


def email(value: str, field: str = "email") -> str:
    if not value:
        return ""
    text = nfc(value)
    if text and not _EMAIL.match(text):
        shown = text[:80] + ("…" if len(text) > 80 else "")
        raise ValidationError(f"Địa chỉ thư điện tử không hợp lệ: {shown!r}", field)
    return text


def choice(value: str, options: tuple[str, ...], label: str, field: str) -> str:
    text = nfc(value).lower()
    if text not in options:
        raise ValidationError(
            f"{label} không hợp lệ: {value!r} (một trong: {', '.join(options)})", field
        )
    return text


def count(value: int | str, label: str, field: str, minimum: int = 0) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(f"{label} phải là số nguyên: {value!r}", field) from None
    if number < minimum or number > 999:
        raise ValidationError(f"{label} phải từ {minimum} đến 999: {number}", field)
    return number


def free_text(value: str, label: str, field: str, limit: int, *, lines: bool = True) -> str:
    """A note, reason or address: NFC, at most ``limit`` characters, no control characters
    (tab and line breaks allowed where ``lines``)."""
    text = nfc(str(value))
    if len(text) > limit:
        raise ValidationError(f"{label} quá dài (tối đa {limit} ký tự)", field)
    bad = CONTROL.search(text) or (None if lines else LINE_BREAKS.search(text))
    if bad is not None:
        raise ValidationError(
            f"{label} có ký tự điều khiển không hợp lệ (mã {ord(bad.group()):#04x})", field
        )
    return text


def flag(value: object, label: str, field: str) -> bool:
    """A yes/no answer: a bool, never a text that happens to be non-empty."""
    if not isinstance(value, bool):
        raise ValidationError(f"{label} phải là có hoặc không", field)
    return value
