"""The rules of Decree 118/2025/NĐ-CP that a step of a dossier's life must keep (articles as
read from a public copy of the decree; ``shared/domain.md`` lists them).

Plain functions over the dossier's history and the calendar: the services call them inside the
transaction that records the step, so the window, the command line and an import meet the same
rule with the same sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.deadline import Clock, LimitUnit, SupplementPolicy, TimeLimit, compute_deadline
from desk_app.domain.errors import ValidationError
from desk_app.domain.lifecycle import EventKind, HistoryEvent

# Art. 19(5): the request to supplement is made within 3 working days of the receipt.
SUPPLEMENT_REQUEST_LIMIT = TimeLimit(3, LimitUnit.WORKING_DAYS)


class RuleRefused(ValidationError):
    """A step that Decree 118/2025 does not allow (the message names the rule)."""


def supplement_request_deadline(calendar: WorkingCalendar, received_at: dt.datetime) -> dt.datetime:
    """The last moment a supplement request is in time: 3 working days from the receipt, the
    clock position carried as for a legal term (received Monday 09:00: Thursday 09:00)."""
    clock = Clock(received_at, SUPPLEMENT_REQUEST_LIMIT, (), SupplementPolicy.RESTART)
    due = compute_deadline(calendar, clock).due
    assert due is not None
    return due


def check_supplement_request(
    calendar: WorkingCalendar,
    received_at: dt.datetime,
    history: Iterable[HistoryEvent],
    moment: dt.datetime,
    late_reason: str = "",
) -> bool:
    """Refuse a second request (Art. 19(5): once); refuse one made after the 3 working days
    unless ``late_reason`` says why. Returns whether the request is late."""
    if any(event.kind is EventKind.SUPPLEMENT_REQUESTED for event in history):
        raise RuleRefused(
            "Hồ sơ đã được yêu cầu bổ sung một lần; Nghị định 118/2025 chỉ cho yêu cầu bổ sung "
            "một lần",
            "kind",
        )
    limit = supplement_request_deadline(calendar, received_at)
    if moment <= limit:
        return False
    if not late_reason.strip():
        raise RuleRefused(
            f"Quá 3 ngày làm việc kể từ khi tiếp nhận (hạn {limit:%H:%M %d/%m/%Y}): lãnh đạo "
            "bộ phận ghi lý do yêu cầu bổ sung muộn",
            "late_reason",
        )
    return True


def check_new_appointment(
    calendar: WorkingCalendar, current: dt.datetime | None, new_due: dt.datetime
) -> None:
    """Art. 19(6): the new appointment of an apology is a working moment after the current
    appointment."""
    if current is not None and new_due <= current:
        raise RuleRefused(
            f"Ngày hẹn mới {new_due:%H:%M %d/%m/%Y} phải sau ngày hẹn hiện tại "
            f"{current:%H:%M %d/%m/%Y}",
            "new_due",
        )
    if not calendar.at_or_inside_session(new_due):
        raise RuleRefused(
            f"Ngày hẹn mới {new_due:%H:%M %d/%m/%Y} không phải thời gian làm việc của cơ quan",
            "new_due",
        )


def check_unsupplemented_close(
    requested_at: dt.datetime | None, moment: dt.datetime, days: int
) -> None:
    """Art. 19(5): a dossier is closed for want of its supplement only once the period given
    to the applicant (``days`` calendar days from the request; 15 by the decree, a setting)
    has run out."""
    if requested_at is None:
        raise RuleRefused("Hồ sơ chưa được yêu cầu bổ sung", "kind")
    ends = requested_at + dt.timedelta(days=days)
    if moment < ends:
        raise RuleRefused(
            f"Chưa hết {days} ngày chờ bổ sung (đến {ends:%H:%M %d/%m/%Y}): chưa trả lại hồ sơ",
            "at",
        )


# Art. 18(2): a paper dossier goes to the handling department the same day, or at the start of
# the next working day when it was received after 15:00.
HANDOVER_CUTOFF = dt.time(15, 0)
# Art. 17(2): an online dossier is accepted or sent back within 8 working hours.
ONLINE_ANSWER_MINUTES = 8 * 60


def handover_due(calendar: WorkingCalendar, received_at: dt.datetime) -> dt.datetime:
    """When the desk must have handed a paper dossier to the department: the close of the day
    of receipt, or the next opening for one received after 15:00 (or outside office hours)."""
    opening = calendar.next_opening(received_at)
    if opening.date() == received_at.date() and received_at.time() <= HANDOVER_CUTOFF:
        return calendar.close_of_day(received_at.date())
    if opening.date() == received_at.date():  # after 15:00: the next working day's opening
        return calendar.next_opening(calendar.close_of_day(received_at.date()))
    return opening  # received on a day off or after hours: its first opening


def online_answer_due(calendar: WorkingCalendar, received_at: dt.datetime) -> dt.datetime:
    """When an online dossier must have been accepted or sent back."""
    return calendar.add_working_minutes(received_at, ONLINE_ANSWER_MINUTES)


# Art. 22: a result ready before the appointment is handed over early only after the applicant
# was told; the desk records how and when.
TOLD_HOW = {
    "phone": "điện thoại",
    "sms": "tin nhắn",
    "email": "thư điện tử",
    "online": "Cổng dịch vụ công",
    "post": "thư bưu chính",
    "in_person": "trực tiếp",
}


def check_early_return(
    appointment: dt.datetime | None,
    received_at: dt.datetime,
    moment: dt.datetime,
    told_how: object,
    told_at: object,
) -> dict[str, str] | None:
    """For a return before the appointment: how (one of :data:`TOLD_HOW`) and when (after the
    receipt, not after the return) the applicant was told; None for a return at or after it."""
    if appointment is None or moment >= appointment:
        return None
    if told_how not in TOLD_HOW:
        choices = ", ".join(TOLD_HOW)
        raise RuleRefused(
            f"Trả kết quả trước hẹn: cần ghi đã báo người nộp bằng cách nào (một trong: {choices})",
            "told_how",
        )
    if not isinstance(told_at, dt.datetime):
        raise RuleRefused("Trả kết quả trước hẹn: cần ghi lúc đã báo người nộp", "told_at")
    if not received_at <= told_at <= moment:
        raise RuleRefused(
            "Thời điểm báo người nộp phải sau khi tiếp nhận và không sau khi trả kết quả",
            "told_at",
        )
    return {"told_how": str(told_how), "told_at": told_at.isoformat(sep=" ", timespec="minutes")}
