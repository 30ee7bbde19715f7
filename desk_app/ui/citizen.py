"""The applicant's side of the counter.

On a second screen turned toward the applicant (a touch screen), :class:`CitizenScreen` shows
during intake what the clerk types, for the applicant to confirm, and the appointment; when the
result is handed back it asks for the applicant's rating with large buttons. Without a second
screen, :class:`RatingDialog` asks the same on the clerk's screen, turned toward the applicant.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.satisfaction import Level
from desk_app.services.desk import Desk
from desk_app.ui.tasks import error_text

THANKS_MS = 8000  # the thanks stay this long before the screen goes back to its welcome


def level_label(level: Level) -> str:
    return {
        Level.VERY_SATISFIED: RatingPanel.tr("Very satisfied"),
        Level.SATISFIED: RatingPanel.tr("Satisfied"),
        Level.UNSATISFIED: RatingPanel.tr("Not satisfied"),
    }[level]


class RatingPanel(QWidget):
    """The question, three large buttons and an optional comment."""

    rated = Signal(str, str)  # level, comment

    def __init__(self, parent: QWidget | None = None, *, large: bool = False):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        size = 26 if large else 15
        self.question.setStyleSheet(f"font-size: {size}pt; font-weight: bold;")
        layout.addWidget(self.question)
        row = QHBoxLayout()
        self.buttons: dict[Level, QPushButton] = {}
        colours = {
            Level.VERY_SATISFIED: "#1b5e20",
            Level.SATISFIED: "#2e7d32",
            Level.UNSATISFIED: "#b71c1c",
        }
        for number, level in enumerate(Level, 1):
            button = QPushButton(f"&{number}  {level_label(level)}", self)
            button.setMinimumHeight(120 if large else 64)
            button.setStyleSheet(
                f"font-size: {size}pt; color: white; background: {colours[level]};"
            )
            button.clicked.connect(lambda _checked=False, level=level: self._chosen(level))
            row.addWidget(button)
            self.buttons[level] = button
        layout.addLayout(row)
        self.comment = QLineEdit(self)
        self.comment.setPlaceholderText(self.tr("Your comment (optional)"))
        self.comment.setMaxLength(1000)
        self.comment.setStyleSheet(f"font-size: {max(size - 8, 12)}pt;")
        layout.addWidget(self.comment)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.message)

    def ask(self, code: str) -> None:
        self.question.setText(
            self.tr("How satisfied are you with the handling of dossier %1?").replace("%1", code)
        )
        self.comment.clear()
        self.message.clear()
        self.buttons[Level.VERY_SATISFIED].setFocus()

    def _chosen(self, level: Level) -> None:
        self.rated.emit(level.value, self.comment.text())


class RatingDialog(QDialog):
    """The rating on the clerk's screen: the clerk turns it toward the applicant."""

    def __init__(self, desk: Desk, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.code, self.level = desk, code, None
        self.setWindowTitle(self.tr("The applicant's rating"))
        layout = QVBoxLayout(self)
        self.panel = RatingPanel(self)
        self.panel.ask(code)
        self.panel.rated.connect(self.record)
        layout.addWidget(self.panel)
        later = QPushButton(self.tr("The applicant does not rate now"), self)
        later.clicked.connect(self.reject)
        layout.addWidget(later)

    def record(self, level: str, comment: str) -> None:
        try:
            self.level = self.desk.rate(self.code, level, comment, source="dialog").value
        except DeskError as exc:
            self.panel.message.setText(error_text(self, exc))
            return
        self.accept()


class CitizenScreen(QWidget):
    """The window on the applicant's screen: welcome, the intake to confirm, the rating."""

    _current: CitizenScreen | None = None

    def __init__(self, desk: Desk, agency_name: str):
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.desk = desk
        self.setWindowTitle(self.tr("Applicant's screen"))
        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.welcome = QLabel(self)
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setWordWrap(True)
        self.welcome.setStyleSheet("font-size: 30pt;")
        self.welcome.setText(self.tr("%1\nWelcome").replace("%1", agency_name))
        self.intake = QLabel(self)
        self.intake.setWordWrap(True)
        self.intake.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.intake.setStyleSheet("font-size: 22pt;")
        self.rating = RatingPanel(self, large=True)
        self.rating.rated.connect(self._rated)
        self.thanks = QLabel(self.tr("Thank you for your rating."), self)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks.setStyleSheet("font-size: 30pt;")
        for page in (self.welcome, self.intake, self.rating, self.thanks):
            self.pages.addWidget(page)
        self.code: str | None = None
        self.on_rated: Callable[[str], None] | None = None

    @classmethod
    def current(cls) -> CitizenScreen | None:
        return cls._current

    @classmethod
    def on_second_screen(cls, desk: Desk, main: QWidget) -> CitizenScreen | None:
        """The applicant's window, full screen on the second screen when there is one."""
        screens = QGuiApplication.screens()
        if len(screens) < 2:
            return None
        primary = main.screen() or QGuiApplication.primaryScreen()
        other = next(s for s in screens if s is not primary)
        window = cls(desk, desk.settings()["name"])
        window.setGeometry(other.geometry())
        window.show()
        window.windowHandle().setScreen(other)
        window.setGeometry(other.geometry())
        window.showFullScreen()
        cls._current = window
        return window

    def closeEvent(self, event) -> None:
        if CitizenScreen._current is self:
            CitizenScreen._current = None
        super().closeEvent(event)

    def idle(self) -> None:
        self.code = None
        self.pages.setCurrentWidget(self.welcome)

    def show_intake(
        self, name: str, id_no: str, phone: str, email: str, procedure: str, appointment: str
    ) -> None:
        """What the clerk typed, for the applicant to check (the identity number but its last
        four digits hidden: others in the hall can see the screen)."""
        if not any((name, id_no, phone, email, procedure)):
            self.idle()
            return
        shown_id = ("•" * max(len(id_no) - 4, 0) + id_no[-4:]) if id_no else ""
        rows = [
            self.tr("Please check your details:"),
            self.tr("Name: %1").replace("%1", name),
            self.tr("ID: %1").replace("%1", shown_id),
            self.tr("Phone: %1").replace("%1", phone),
            self.tr("E-mail: %1").replace("%1", email),
            self.tr("Procedure: %1").replace("%1", procedure),
        ]
        if appointment:
            rows.append(self.tr("Appointment to collect the result: %1").replace("%1", appointment))
        self.intake.setText("\n".join(rows))
        self.pages.setCurrentWidget(self.intake)

    def ask_rating(self, code: str, on_rated: Callable[[str], None] | None = None) -> None:
        self.code, self.on_rated = code, on_rated
        self.rating.ask(code)
        self.pages.setCurrentWidget(self.rating)

    def _rated(self, level: str, comment: str) -> None:
        if self.code is None:
            return
        try:
            self.desk.rate(self.code, level, comment, source="screen")
        except DeskError as exc:
            self.rating.message.setText(error_text(self, exc))
            return
        if self.on_rated is not None:
            self.on_rated(level)
        self.code = None
        self.pages.setCurrentWidget(self.thanks)
        QTimer.singleShot(THANKS_MS, self.idle)


def ask_rating(desk: Desk, code: str, parent: QWidget) -> RatingDialog | None:
    """After a return: on the applicant's screen when there is one, else in a dialog."""
    screen = CitizenScreen.current()
    if screen is not None:
        screen.ask_rating(code)
        return None
    dialog = RatingDialog(desk, code, parent)
    dialog.open()
    return dialog
