"""Long work that can be stopped: an import, an export, a report, a recomputation.

The code of a long job calls :func:`checkpoint` between its steps. Outside a job it costs a
context-variable lookup; inside one it raises :class:`Cancelled` once the job was cancelled.
Raised inside a write transaction, that rolls the transaction back, so a cancelled job leaves
nothing behind (Anki's ``want_cancel``, made to stop the work instead of only hiding it).
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
from collections.abc import Iterator

from desk_app.domain.errors import DeskError

CANCELLED_TEXT = "Đã hủy; không có gì thay đổi"


class Cancelled(DeskError):
    """The job was cancelled at one of its steps; its transaction was rolled back."""

    def __init__(self, message: str = CANCELLED_TEXT):
        super().__init__(message)


class Job:
    """One run of a long job: whether it was asked to stop, and how far it got."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self.done = 0
        self.total = 0

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self, done: int | None = None, total: int | None = None) -> None:
        if done is not None:
            self.done = done
        if total is not None:
            self.total = total
        if self._stop.is_set():
            raise Cancelled()


_current: contextvars.ContextVar[Job | None] = contextvars.ContextVar("desk_job", default=None)


def checkpoint(done: int | None = None, total: int | None = None) -> None:
    """A step of the current job (if any): raise :class:`Cancelled` when it was cancelled."""
    job = _current.get()
    if job is not None:
        job.check(done, total)


@contextlib.contextmanager
def running(job: Job) -> Iterator[Job]:
    """Make ``job`` the current one for the code inside."""
    token = _current.set(job)
    try:
        yield job
    finally:
        _current.reset(token)
