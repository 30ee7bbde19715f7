"""The citizen's side's plain rules: S10 postal item numbers, text-message length and marks,
the notice kinds setting, and the satisfaction tally."""

from __future__ import annotations

import pytest

from desk_app.domain import satisfaction
from desk_app.domain.errors import ValidationError
from desk_app.domain.notices import NoticeKind as K
from desk_app.domain.notices import kind_enabled, kinds_setting, sms_segments, sms_text
from desk_app.domain.postal import check_digit, tracking_number
from desk_app.domain.satisfaction import Tally


@pytest.mark.parametrize(
    ("serial", "digit"),
    # 47312482 -> 9 is the example of the UPU S10 standard (AA 47312482 9 GB); the sum's
    # remainder 0 gives 11, written 5; remainder 1 gives 10, written 0
    [("12345678", 5), ("47312482", 9), ("00000000", 5), ("00300000", 0), ("00000001", 4)],
)
def test_s10_check_digit(serial, digit):
    assert check_digit(serial) == digit


def test_a_tracking_number_is_normalised_and_checked():
    assert tracking_number(" ee 123 456 785 vn ") == "EE123456785VN"
    assert tracking_number("AA473124829GB") == "AA473124829GB"
    with pytest.raises(ValidationError, match="chữ số thứ 11 phải là 5"):
        tracking_number("EE123456789VN")  # the check digit is 5
    for wrong in ("", "EE12345678VN", "E1123456785VN", "EE123456785V", "ЕЕ123456785VN", "x" * 99):
        with pytest.raises(ValidationError, match="không đúng dạng"):
            tracking_number(wrong)


def test_text_message_length_in_segments():
    assert sms_segments("a" * 160) == 1
    assert sms_segments("a" * 161) == 2  # 153 a part
    assert sms_segments("a" * 306) == 2
    assert sms_segments("a" * 307) == 3
    assert sms_segments("[" * 80) == 1  # two septets each
    assert sms_segments("[" * 81) == 2
    assert sms_segments("ạ" * 70) == 1  # UCS-2
    assert sms_segments("ạ" * 71) == 2
    assert sms_segments("a" * 159 + "ạ") == 3  # one mark makes the whole text UCS-2


def test_a_text_without_marks_keeps_its_case_and_numbers():
    text = "Ban Quản lý: hồ sơ 000.00.00.X99-261123-0001 ĐÃ tiếp nhận.\nHẹn trả 09:00 04/12/2026"
    plain = sms_text(text, without_marks=True)
    expected = (
        "Ban Quan ly: ho so 000.00.00.X99-261123-0001 DA tiep nhan.\nHen tra 09:00 04/12/2026"
    )
    assert plain == expected
    assert sms_segments(plain) == 1 and sms_segments(text) == 2
    assert sms_text(text, without_marks=False) == text


def test_notice_kinds_setting():
    assert kinds_setting(" Received , refused ") == "received,refused"
    assert kinds_setting("refused,received") == "received,refused"  # the kinds' own order
    assert kinds_setting("ALL") == "all"
    assert kind_enabled("all", K.APOLOGY) and not kind_enabled("none", K.APOLOGY)
    assert kind_enabled("received,refused", K.REFUSED)
    assert not kind_enabled("received,refused", K.STOPPED)
    for wrong in ("", "receivd", "all,received", "=1+1"):
        with pytest.raises(ValidationError):
            kinds_setting(wrong)


def test_satisfaction_tally():
    tally = Tally("x", very_satisfied=5, satisfied=18, unsatisfied=2)
    assert tally.rated == 25 and tally.satisfied_rate == pytest.approx(0.92)
    assert Tally("none").satisfied_rate is None
    assert tally.plus(Tally("y", 1, 0, 1), "TOTAL") == Tally("TOTAL", 6, 18, 3)
    assert satisfaction.level(" satisfied ") is satisfaction.Level.SATISFIED
    with pytest.raises(ValidationError, match="very_satisfied, satisfied, unsatisfied"):
        satisfaction.level("happy")
