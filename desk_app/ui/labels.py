"""The names the window shows for states, actions, roles and time-limit units.

One mechanism: Qt's translations. The source strings are English (here, extracted by
``pyside6-lupdate``); the Vietnamese ones in ``desk_vi.ts`` are filled by
``scripts/translate_vi.py`` from the domain's own labels (``State.label_vi``, ``EVENT_LABELS``,
``Role.label_vi``, ``LimitUnit.label_vi``), so the window, the printed forms and the command line
say the same words, and the English interface shows none of them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desk_app.domain.deadline import LimitUnit, TimeLimit
from desk_app.domain.lifecycle import EventKind, State
from desk_app.domain.roles import Role


def state_label(state: State | str) -> str:
    return {
        State.RECEIVED: QCoreApplication.translate("labels", "Received"),
        State.HANDED_OVER: QCoreApplication.translate("labels", "Being handled"),
        State.SUPPLEMENT_REQUESTED: QCoreApplication.translate(
            "labels", "Waiting for a supplement"
        ),
        State.RESULT_READY: QCoreApplication.translate("labels", "Result ready, to be returned"),
        State.RETURNED: QCoreApplication.translate("labels", "Result returned"),
        State.REFUSED: QCoreApplication.translate("labels", "Refused"),
        State.STOPPED: QCoreApplication.translate("labels", "Stopped"),
        State.WITHDRAWN: QCoreApplication.translate("labels", "Withdrawn"),
        State.CLOSED_UNSUPPLEMENTED: QCoreApplication.translate(
            "labels", "Returned unsupplemented"
        ),
    }[State(state)]


def event_label(kind: EventKind | str) -> str:
    return {
        EventKind.RECEIVED: QCoreApplication.translate("labels", "Receive"),
        EventKind.HANDED_OVER: QCoreApplication.translate("labels", "Hand over to the department"),
        EventKind.SUPPLEMENT_REQUESTED: QCoreApplication.translate(
            "labels", "Request a supplement"
        ),
        EventKind.SUPPLEMENT_RECEIVED: QCoreApplication.translate("labels", "Supplement received"),
        EventKind.RESULT_READY: QCoreApplication.translate("labels", "Result ready"),
        EventKind.RETURNED: QCoreApplication.translate("labels", "Return the result"),
        EventKind.APOLOGY: QCoreApplication.translate("labels", "Apologise, new appointment"),
        EventKind.STOPPED: QCoreApplication.translate("labels", "Stop handling"),
        EventKind.WITHDRAWN: QCoreApplication.translate("labels", "Withdraw"),
        EventKind.REFUSED: QCoreApplication.translate("labels", "Refuse"),
        EventKind.CORRECTED: QCoreApplication.translate("labels", "Correct a typing error"),
        EventKind.CLOSED_UNSUPPLEMENTED: QCoreApplication.translate(
            "labels", "Return the papers: not supplemented"
        ),
        EventKind.DELIVERED: QCoreApplication.translate("labels", "Delivered by the post"),
        EventKind.FORWARDED: QCoreApplication.translate("labels", "Forward to the next step"),
    }[EventKind(kind)]


def role_label(role: Role | str) -> str:
    return {
        Role.CLERK: QCoreApplication.translate("labels", "Reception clerk"),
        Role.SUPERVISOR: QCoreApplication.translate("labels", "Desk supervisor"),
        Role.ADMINISTRATOR: QCoreApplication.translate("labels", "System administrator"),
    }[Role(role)]


def limit_label(limit: TimeLimit) -> str:
    """ "15 working days", "Same day (after 15:00: the next working day)"."""
    if limit.unit is LimitUnit.SAME_DAY:
        if limit.cutoff is None:
            return QCoreApplication.translate("labels", "Same day")
        return QCoreApplication.translate(
            "labels", "Same day (after %1: the next working day)"
        ).replace("%1", f"{limit.cutoff:%H:%M}")
    unit = {
        LimitUnit.WORKING_DAYS: QCoreApplication.translate("labels", "working days"),
        LimitUnit.HALF_DAYS: QCoreApplication.translate("labels", "working half-days"),
        LimitUnit.WORKING_HOURS: QCoreApplication.translate("labels", "working hours"),
        LimitUnit.CALENDAR_DAYS: QCoreApplication.translate("labels", "days"),
    }[limit.unit]
    return f"{limit.value} {unit}"


def number(value: int) -> str:
    """A count as the interface's language writes it: 2.000 in Vietnamese, 2,000 in English
    (the default locale is set with the translators)."""
    return QLocale().toString(int(value))
