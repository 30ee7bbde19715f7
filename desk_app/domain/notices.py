"""What the desk tells the applicant, and how long a text message is.

Decree 118/2025/NĐ-CP has the applicant told of a supplement request (Art. 19(5)), of a late
dossier with the reason and the new appointment (Art. 19(6)) and, before an early return, that
the result is ready (Art. 22); the agencies also tell them at receipt and when the result is
ready. Each notice is a
kind; the agency switches kinds on or off (setting ``notify_kinds``)."""

from __future__ import annotations

from enum import StrEnum

from desk_app.domain.errors import ValidationError
from desk_app.domain.text import fold


class NoticeKind(StrEnum):
    RECEIVED = "received"  # registered, with the appointment
    SUPPLEMENT = "supplement"  # papers missing, with the list
    RESULT_READY = "result_ready"  # result ready at or after the appointment
    EARLY_RETURN = "early_return"  # result ready before the appointment (Art. 22)
    APOLOGY = "apology"  # late, with the reason and the new appointment (Art. 19(6))
    REFUSED = "refused"
    STOPPED = "stopped"


KIND_LABELS = {
    NoticeKind.RECEIVED: "Đã tiếp nhận",
    NoticeKind.SUPPLEMENT: "Yêu cầu bổ sung",
    NoticeKind.RESULT_READY: "Có kết quả",
    NoticeKind.EARLY_RETURN: "Có kết quả trước hẹn",
    NoticeKind.APOLOGY: "Xin lỗi, hẹn lại",
    NoticeKind.REFUSED: "Từ chối giải quyết",
    NoticeKind.STOPPED: "Dừng giải quyết",
}

CHANNELS = ("email", "sms")
STATES = ("waiting", "sending", "sent", "failed")
STATE_LABELS = {
    "waiting": "Chờ gửi",
    "sending": "Đang gửi",
    "sent": "Đã gửi",
    "failed": "Gửi không được",
}


def kinds_setting(value: str) -> str:
    """``all``, ``none`` or a comma list of kinds, checked and written the same way."""
    text = ",".join(part.strip() for part in str(value).split(",") if part.strip()).lower()
    if text in ("all", "none"):
        return text
    wrong = [part for part in text.split(",") if part not in NoticeKind.__members__.values()]
    if not text or wrong:
        known = ", ".join(k.value for k in NoticeKind)
        raise ValidationError(
            f"notify_kinds: {(wrong or [''])[0][:40]!r} không phải loại thông báo "
            f"(all, none hoặc danh sách: {known})",
            "notify_kinds",
        )
    return ",".join(k.value for k in NoticeKind if k.value in text.split(","))


def kind_enabled(setting: str, kind: NoticeKind) -> bool:
    if setting == "all":
        return True
    if setting == "none":
        return False
    return kind.value in setting.split(",")


# GSM 03.38 basic character set (a text made only of these travels 7 bits a character)
_GSM7 = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM7_EXTENDED = frozenset("^{}\\[~]|€")  # two septets each


def sms_text(text: str, *, without_marks: bool) -> str:
    """The text as sent: without diacritics when the agency sends so (a text with Vietnamese
    marks is UCS-2, 70 characters a message instead of 160). Case is kept."""
    if not without_marks:
        return text
    return "\n".join(
        " ".join(_unmark(word) for word in line.split(" ")) for line in text.split("\n")
    )


def _unmark(word: str) -> str:
    folded = fold(word)
    if not folded or len(folded) != len(word):
        return folded or word
    return "".join(f.upper() if c.isupper() else f for c, f in zip(word, folded, strict=True))


def sms_segments(text: str) -> int:
    """How many messages the text takes: 160 / 153 per part in GSM 7-bit, 70 / 67 in UCS-2."""
    if all(ch in _GSM7 or ch in _GSM7_EXTENDED for ch in text):
        units = sum(2 if ch in _GSM7_EXTENDED else 1 for ch in text)
        single, part = 160, 153
    else:
        units = sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)
        single, part = 70, 67
    if units <= single:
        return 1
    return -(-units // part)
