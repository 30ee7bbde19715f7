"""Long work off the GUI thread: a report over a year, an export, an import.

``BackgroundTask`` runs a plain function on Qt's thread pool and hands its result back on the
GUI thread. When the work takes longer than a moment a progress dialog appears; Cancel closes it
at once and the result, when it comes, is dropped (a database query cannot be stopped halfway,
but the clerk never waits for it). The window keeps painting meanwhile.
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desk_app.domain.errors import DeskError

log = logging.getLogger(__name__)
SHOW_AFTER_MS = 400


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals):
        super().__init__()
        self.work, self.signals = work, signals
        # the signed-in user (services.auth) and any other context go with the work
        self.context = contextvars.copy_context()

    def run(self) -> None:
        try:
            result = self.context.run(self.work)
        except Exception as exc:  # reported on the GUI thread
            if not isinstance(exc, DeskError):
                log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class BackgroundTask(QObject):
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, label: str, work: Callable[[], Any]):
        super().__init__(parent)
        self.cancelled = False
        self.running = False
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._job = _Job(work, self._signals)
        self._job.setAutoDelete(False)
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.reset()  # not shown until start()

    def start(self) -> BackgroundTask:
        self.running = True
        self.dialog.setRange(0, 0)  # busy: restarts the minimum-duration timer
        QThreadPool.globalInstance().start(self._job)
        return self

    def cancel(self) -> None:
        self.cancelled = True
        self.running = False
        self.dialog.reset()

    def _done(self, result: Any) -> None:
        self.running = False
        self.dialog.reset()
        if not self.cancelled:
            self.finished.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.dialog.reset()
        if not self.cancelled:
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
