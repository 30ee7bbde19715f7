"""The validators: what they accept, how they normalise, what they refuse."""

from __future__ import annotations

import pytest

from desk_app.domain import validation
from desk_app.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0912345678", "0912345678"),
        (" 0912345678 ", "0912345678"),
        ("0912 345 678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("84912345678", "0912345678"),
        ("02513822222", "02513822222"),  # landline with an 11-digit area form
        ("", ""),
    ],
)
def test_phone_numbers_are_stored_in_the_national_form(typed, stored):
    assert validation.phone(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "091234567",
        "1912345678",
        "09123456789012",
        "09123abc78",
        "０９１２３４５６７８",
        "0٩12345678",
    ],
)
def test_bad_phone_numbers_are_refused_naming_the_field(typed):
    with pytest.raises(ValidationError) as caught:
        validation.phone(typed)
    assert caught.value.field == "phone"
    assert "Số điện thoại không hợp lệ" in str(caught.value)


def test_citizen_ids_have_twelve_ascii_digits():
    assert validation.identity_number("079201001234", "person") == "079201001234"
    assert validation.identity_number("079 201 001 234", "person") == "079201001234"
    assert validation.identity_number("", "person") == ""
    for bad in ("07920100123", "0792010012345", "07920100123x", "０７９２０１００１２３４"):
        with pytest.raises(ValidationError, match="Số CCCD không hợp lệ"):
            validation.identity_number(bad, "person")


def test_tax_codes_have_ten_digits_or_ten_and_three():
    assert validation.identity_number("3600123456", "organisation") == "3600123456"
    assert validation.identity_number("3600123456-001", "organisation") == "3600123456-001"
    for bad in ("360012345", "079201001234", "3600123456-01", "３６００１２３４５６"):
        with pytest.raises(ValidationError, match="Mã số thuế không hợp lệ"):
            validation.identity_number(bad, "organisation")


def test_email_is_optional_but_checked():
    assert validation.email("") == ""
    assert validation.email(" lienhe@nhontrach.vn ") == "lienhe@nhontrach.vn"
    with pytest.raises(ValidationError, match="thư điện tử"):
        validation.email("lienhe@nhontrach")
