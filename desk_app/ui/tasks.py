"""Long work off the GUI thread: a report over a year, an export, an import (Anki's
``CollectionOp``/``QueryOp``).

``BackgroundTask`` runs a plain function on Qt's thread pool and hands its result back on the
GUI thread. When the work takes longer than a moment a progress dialog appears. Cancel asks the
work to stop at its next step (``services.jobs``): a write rolls back, a file being written is
removed, and ``cancelled`` is emitted with "Đã hủy; không có gì thay đổi". Work that had already
passed its last step when Cancel came finishes, and its result is reported as usual. The window
keeps painting meanwhile.
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desk_app.domain.errors import DeskError
from desk_app.services import jobs

log = logging.getLogger(__name__)
SHOW_AFTER_MS = 400


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals, job: jobs.Job | None = None):
        super().__init__()
        self.work, self.signals, self.job = work, signals, job or jobs.Job()
        # the signed-in user (services.auth) and any other context go with the work
        self.context = contextvars.copy_context()

    def _run(self) -> Any:
        with jobs.running(self.job):
            return self.work()

    def run(self) -> None:
        try:
            result = self.context.run(self._run)
        except Exception as exc:  # reported on the GUI thread
            if not isinstance(exc, DeskError):
                log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class BackgroundTask(QObject):
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal(str)

    def __init__(self, parent: QWidget, label: str, work: Callable[[], Any]):
        super().__init__(parent)
        self.job = jobs.Job()
        self.running = False
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._job = _Job(work, self._signals, self.job)
        self._job.setAutoDelete(False)
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.reset()  # not shown until start()

    def start(self) -> BackgroundTask:
        self.running = True
        self.dialog.setRange(0, 0)  # busy: restarts the minimum-duration timer
        QThreadPool.globalInstance().start(self._job)
        return self

    def cancel(self) -> None:
        """Ask the work to stop at its next step; the dialog stays until it has."""
        if not self.running or self.job.cancelled:
            return
        self.job.cancel()
        self.dialog.setLabelText(self.tr("Cancelling..."))
        self.dialog.setCancelButton(None)

    def _done(self, result: Any) -> None:
        self.running = False
        self.dialog.reset()
        self.finished.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.dialog.reset()
        if isinstance(exc, jobs.Cancelled):
            self.cancelled.emit(str(exc))
        else:
            self.failed.emit(exc)


class QuietTask(QObject):
    """Work in the background without a dialog (the daily automatic backup): its result or
    error arrives on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject, work: Callable[[], Any]):
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.done.connect(self.finished)
        self._signals.failed.connect(self.failed)
        self._job = _Job(work, self._signals)
        self._job.setAutoDelete(False)

    def start(self) -> QuietTask:
        QThreadPool.globalInstance().start(self._job)
        return self


def error_text(widget: QWidget, exc: Exception) -> str:
    """What the clerk reads: the message of an expected error, or a plain sentence."""
    if isinstance(exc, DeskError):
        return str(exc)
    return widget.tr(
        "An unexpected error occurred. Your saved data is safe; the details are in the log file."
    )


def show_error(widget: QWidget, title: str, exc: Exception) -> None:
    if not isinstance(exc, DeskError) and exc.__traceback__ is not None:
        log.error("%s failed", title, exc_info=exc)
    QMessageBox.warning(widget, title, error_text(widget, exc))


class ChangeBridge(QObject):
    """The desk's change notifications as a Qt signal on the GUI thread (they come from the
    thread that acted, or from the thread watching other counters)."""

    changed = Signal(object, object)  # Changes, origin

    def __init__(self, desk, parent: QObject | None = None):
        super().__init__(parent)
        self._unsubscribe = desk.subscribe(self._heard)

    def _heard(self, changes, origin) -> None:
        try:
            self.changed.emit(changes, origin)
        except RuntimeError:  # the window is gone: nobody to tell
            self.detach()

    def detach(self) -> None:
        self._unsubscribe()


def listen(desk, widget: QObject, handler: Callable[[Any, object], None]) -> ChangeBridge:
    """Call ``handler(changes, origin)`` on the GUI thread for every change of the desk, for
    as long as ``widget`` lives."""
    bridge = ChangeBridge(desk, widget)
    bridge.changed.connect(handler)
    unsubscribe = bridge._unsubscribe
    widget.destroyed.connect(lambda *_: unsubscribe())
    return bridge
