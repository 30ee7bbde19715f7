"""The life of a dossier: states, events, the transitions allowed between them, and how its
deadline clock is read off its history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desk_app.domain.deadline import Clock, Pause, SupplementPolicy, TimeLimit
from desk_app.domain.errors import DeskError


class State(StrEnum):
    RECEIVED = "received"
    HANDED_OVER = "handed_over"  # with the handling department
    SUPPLEMENT_REQUESTED = "supplement_requested"  # waiting for the applicant
    RESULT_READY = "result_ready"  # result back at the desk
    RETURNED = "returned"
    REFUSED = "refused"
    STOPPED = "stopped"
    WITHDRAWN = "withdrawn"
    # Decree 118/2025 Art. 19(5): not supplemented in time, closed and the papers returned
    CLOSED_UNSUPPLEMENTED = "closed_unsupplemented"

    @property
    def is_open(self) -> bool:
        return self in OPEN_STATES

    @property
    def label_vi(self) -> str:
        return STATE_LABELS[self]


OPEN_STATES = frozenset(
    {State.RECEIVED, State.HANDED_OVER, State.SUPPLEMENT_REQUESTED, State.RESULT_READY}
)

STATE_LABELS = {
    State.RECEIVED: "Đã tiếp nhận",
    State.HANDED_OVER: "Đang giải quyết",
    State.SUPPLEMENT_REQUESTED: "Chờ bổ sung",
    State.RESULT_READY: "Có kết quả, chờ trả",
    State.RETURNED: "Đã trả kết quả",
    State.REFUSED: "Từ chối giải quyết",
    State.STOPPED: "Dừng giải quyết",
    State.WITHDRAWN: "Rút hồ sơ",
    State.CLOSED_UNSUPPLEMENTED: "Trả lại do không bổ sung",
}


class EventKind(StrEnum):
    RECEIVED = "received"
    HANDED_OVER = "handed_over"
    SUPPLEMENT_REQUESTED = "supplement_requested"
    SUPPLEMENT_RECEIVED = "supplement_received"
    RESULT_READY = "result_ready"
    RETURNED = "returned"
    APOLOGY = "apology"  # apology with a new appointment (once only)
    STOPPED = "stopped"
    WITHDRAWN = "withdrawn"
    REFUSED = "refused"
    CORRECTED = "corrected"  # typing error in applicant data, old value kept
    CLOSED_UNSUPPLEMENTED = "closed_unsupplemented"  # not supplemented in time: papers returned
    DELIVERED = "delivered"  # the post confirmed it delivered a result sent by post
    FORWARDED = "forwarded"  # to the next step of the internal process


EVENT_LABELS = {
    EventKind.RECEIVED: "Tiếp nhận",
    EventKind.HANDED_OVER: "Chuyển phòng chuyên môn",
    EventKind.SUPPLEMENT_REQUESTED: "Yêu cầu bổ sung",
    EventKind.SUPPLEMENT_RECEIVED: "Nhận hồ sơ bổ sung",
    EventKind.RESULT_READY: "Có kết quả",
    EventKind.RETURNED: "Trả kết quả",
    EventKind.APOLOGY: "Xin lỗi, hẹn lại",
    EventKind.STOPPED: "Dừng giải quyết",
    EventKind.WITHDRAWN: "Rút hồ sơ",
    EventKind.REFUSED: "Từ chối giải quyết",
    EventKind.CORRECTED: "Sửa lỗi nhập liệu",
    EventKind.CLOSED_UNSUPPLEMENTED: "Trả hồ sơ không bổ sung",
    EventKind.DELIVERED: "Bưu điện đã phát kết quả",
    EventKind.FORWARDED: "Chuyển bước tiếp theo",
}


def allowed_events(state: State, *, apologised_before: bool) -> list[EventKind]:
    """The actions a dossier in ``state`` allows, in the order the desk meets them."""
    return [
        kind
        for kind, (states, _after) in TRANSITIONS.items()
        if state in states and not (kind is EventKind.APOLOGY and apologised_before)
    ]


# event -> (states it may happen in, state after; None = state unchanged)
TRANSITIONS: dict[EventKind, tuple[frozenset[State], State | None]] = {
    EventKind.HANDED_OVER: (frozenset({State.RECEIVED}), State.HANDED_OVER),
    EventKind.SUPPLEMENT_REQUESTED: (
        frozenset({State.RECEIVED, State.HANDED_OVER}),
        State.SUPPLEMENT_REQUESTED,
    ),
    EventKind.SUPPLEMENT_RECEIVED: (frozenset({State.SUPPLEMENT_REQUESTED}), State.HANDED_OVER),
    EventKind.RESULT_READY: (frozenset({State.RECEIVED, State.HANDED_OVER}), State.RESULT_READY),
    EventKind.RETURNED: (frozenset({State.RESULT_READY}), State.RETURNED),
    EventKind.APOLOGY: (
        frozenset({State.RECEIVED, State.HANDED_OVER, State.SUPPLEMENT_REQUESTED}),
        None,
    ),
    EventKind.STOPPED: (OPEN_STATES - {State.RESULT_READY}, State.STOPPED),
    EventKind.WITHDRAWN: (OPEN_STATES - {State.RESULT_READY}, State.WITHDRAWN),
    EventKind.REFUSED: (frozenset({State.RECEIVED, State.HANDED_OVER}), State.REFUSED),
    EventKind.CORRECTED: (frozenset(State), None),
    EventKind.CLOSED_UNSUPPLEMENTED: (
        frozenset({State.SUPPLEMENT_REQUESTED}),
        State.CLOSED_UNSUPPLEMENTED,
    ),
    EventKind.DELIVERED: (frozenset({State.RETURNED}), None),
    EventKind.FORWARDED: (frozenset({State.HANDED_OVER}), None),
}

# The outcome recorded when a dossier closes.
OUTCOME_OF = {
    State.RETURNED: "returned",
    State.REFUSED: "refused",
    State.STOPPED: "stopped",
    State.WITHDRAWN: "withdrawn",
    State.CLOSED_UNSUPPLEMENTED: "unsupplemented",  # the outcome column holds 20 characters
}


class TransitionError(DeskError):
    """An action that the dossier's state does not allow."""

    def __init__(self, state: State, kind: EventKind, reason: str = ""):
        self.state, self.kind = state, kind
        message = reason or (
            f"Không thể thực hiện «{kind.value}» khi hồ sơ đang ở trạng thái "
            f"«{state.label_vi}» ({state.value})"
        )
        super().__init__(message)


def next_state(state: State, kind: EventKind, *, apologised_before: bool = False) -> State:
    """The state after ``kind`` happens in ``state``; raises :class:`TransitionError`."""
    if kind is EventKind.RECEIVED:
        raise TransitionError(state, kind, "Hồ sơ đã được tiếp nhận")
    allowed, after = TRANSITIONS[kind]
    if state not in allowed:
        raise TransitionError(state, kind)
    if kind is EventKind.APOLOGY and apologised_before:
        raise TransitionError(
            state, kind, "Hồ sơ đã được hẹn lại một lần; chỉ được hẹn lại một lần"
        )
    return after if after is not None else state


@dataclass(frozen=True)
class HistoryEvent:
    kind: EventKind
    at: dt.datetime


def pauses_from(events: Iterable[HistoryEvent]) -> tuple[Pause, ...]:
    """Supplement intervals from a history, in order; the last one may still be open."""
    pauses: list[Pause] = []
    requested: dt.datetime | None = None
    for event in sorted(events, key=lambda e: e.at):
        if event.kind is EventKind.SUPPLEMENT_REQUESTED and requested is None:
            requested = event.at
        elif event.kind is EventKind.SUPPLEMENT_RECEIVED and requested is not None:
            pauses.append(Pause(requested, max(event.at, requested)))
            requested = None
    if requested is not None:
        pauses.append(Pause(requested, None))
    return tuple(pauses)


def clock_from_history(
    received_at: dt.datetime,
    limit: TimeLimit,
    events: Iterable[HistoryEvent],
    policy: SupplementPolicy,
) -> Clock:
    return Clock(received_at, limit, pauses_from(events), policy)
