"""Notices to applicants in the window: the sender that drains the outbox in the background
every minute (never blocking the counter), and the small screen that shows what was sent,
what failed and what waits."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.roles import Permission
from desk_app.printing.wording import short_moment
from desk_app.services import auth
from desk_app.services.desk import Desk
from desk_app.ui.tables import read_only_table
from desk_app.ui.tasks import QuietTask, error_text

INTERVAL_MS = 60_000


class _Stopped(Exception):
    pass


class NoticeSender(QObject):
    """Sends due notices on a worker thread every :data:`INTERVAL_MS`, one batch at a time;
    :meth:`stop` lets the batch end after the notice on its way."""

    finished = Signal(object)  # the batch's SendResult, or the error it met

    def __init__(self, desk: Desk, parent: QObject | None = None, interval: int = INTERVAL_MS):
        super().__init__(parent)
        self.desk = desk
        self.task: QuietTask | None = None
        self._stop = threading.Event()
        self.timer = QTimer(self)
        self.timer.setInterval(interval)
        self.timer.timeout.connect(self.send_now)

    def start(self) -> NoticeSender:
        actor = auth.current_or_none()
        if actor is not None and actor.can(Permission.PROCESS):
            self.timer.start()
            QTimer.singleShot(2000, self, self.send_now)  # not after this object is gone
        return self

    def stop(self) -> None:
        self.timer.stop()
        self._stop.set()

    def _between(self) -> None:
        if self._stop.is_set():
            raise _Stopped

    def _work(self):
        try:
            return self.desk.send_notices(limit=50, between=self._between)
        except _Stopped:
            return None

    def send_now(self) -> None:
        if self.task is not None or self._stop.is_set():
            return
        self.task = QuietTask(self, self._work)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._finished)
        self.task.start()

    def _finished(self, result) -> None:
        self.task = None
        self.finished.emit(result)


class OutboxDialog(QDialog):
    """The newest notices: dossier, kind, channel, state, attempts, when, why it failed."""

    def __init__(
        self, desk: Desk, parent: QWidget | None = None, sender: NoticeSender | None = None
    ):
        super().__init__(parent)
        self.desk, self.sender_ = desk, sender
        self.setWindowTitle(self.tr("Notices to applicants"))
        self.resize(980, 520)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        self.table = read_only_table(
            self,
            [
                self.tr("Dossier"),
                self.tr("Notice"),
                self.tr("Channel"),
                self.tr("State"),
                self.tr("Attempts"),
                self.tr("Sent / next attempt"),
                self.tr("Size"),
                self.tr("Why it failed"),
            ],
            7,
        )
        layout.addWidget(self.table)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.send_button = QPushButton(self.tr("&Send now"), self)
        self.retry_button = QPushButton(self.tr("&Retry the failed ones"), self)
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        close = QPushButton(self.tr("&Close"), self)
        for button in (self.send_button, self.retry_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.send_button.clicked.connect(self.send)
        self.retry_button.clicked.connect(self.retry)
        self.refresh_button.clicked.connect(self.reload)
        close.clicked.connect(self.reject)
        actor = auth.current_or_none()
        self.retry_button.setEnabled(actor is not None and actor.can(Permission.SETTINGS))
        self.reload()

    def reload(self) -> None:
        rows = self.desk.notices(limit=500)
        counts = self.desk.notice_counts()
        self.summary.setText(
            self.tr("Waiting: %1 · sent: %2 · failed: %3")
            .replace("%1", str(counts.get("waiting", 0) + counts.get("sending", 0)))
            .replace("%2", str(counts.get("sent", 0)))
            .replace("%3", str(counts.get("failed", 0)))
        )
        channels = {"email": self.tr("E-mail"), "sms": self.tr("Text message")}
        states = {
            "waiting": self.tr("Waiting"),
            "sending": self.tr("Sending"),
            "sent": self.tr("Sent"),
            "failed": self.tr("Failed"),
        }
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            when = row.sent_at if row.state == "sent" else row.next_attempt_at
            size = self.tr("%1 msg").replace("%1", str(row.segments)) if row.segments else ""
            cells = (
                row.code,
                row.kind_label,
                channels[row.channel],
                states[row.state],
                str(row.attempts),
                short_moment(when) if row.state != "failed" else "",
                size,
                row.last_error,
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def send(self) -> None:
        """Send what is due: through the window's background sender when there is one (a
        server that does not answer must not freeze the counter), else here."""
        if self.sender_ is not None:
            self.send_button.setEnabled(False)
            self.message.setText(self.tr("Sending..."))
            self.sender_.finished.connect(self._sent)
            self.sender_.send_now()
            return
        try:
            result = self.desk.send_notices(limit=50)
        except DeskError as exc:
            self.message.setText(error_text(self, exc))
            return
        self._sent(result)

    def _sent(self, result) -> None:
        if self.sender_ is not None:
            self.sender_.finished.disconnect(self._sent)
            self.send_button.setEnabled(True)
        if result is None or isinstance(result, Exception):
            text = error_text(self, result) if isinstance(result, Exception) else ""
            self.message.setText(text)
            self.reload()
            return
        self.message.setText(
            self.tr("Sent %1; to retry later %2; failed %3.")
            .replace("%1", str(result.sent))
            .replace("%2", str(result.retrying))
            .replace("%3", str(result.failed))
        )
        self.reload()

    def retry(self) -> None:
        try:
            count = self.desk.retry_notices()
        except DeskError as exc:
            self.message.setText(error_text(self, exc))
            return
        self.message.setText(self.tr("%1 notices queued again.").replace("%1", str(count)))
        self.reload()
