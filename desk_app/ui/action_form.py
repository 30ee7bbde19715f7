"""What one step of a dossier needs (a reason, a new appointment, the papers to supplement, how
the applicant was told...) asked in one small dialog, each input with its message line under
it: a refusal by a rule of the services (Decree 118/2025) appears under the input it is about,
the dialog stays open and nothing typed is lost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError, ValidationError
from desk_app.ui.tasks import error_text

MOMENT_FORMAT = "%d/%m/%Y %H:%M"


@dataclass(frozen=True)
class Input:
    """One input: ``name`` is the key the services name in a refusal (``reason``, ``new_due``,
    ``late_reason``, ``items``, ``told_how``, ``told_at``...)."""

    name: str
    label: str
    kind: str = "line"  # line, lines (one item per line), moment, choice
    choices: dict[str, str] = field(default_factory=dict)  # value -> label
    text: str = ""


class ActionForm(QDialog):
    """``submit(values)`` performs the step and returns None, or the refusal it met."""

    def __init__(
        self,
        title: str,
        inputs: list[Input],
        submit: Callable[[dict[str, Any]], DeskError | None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.inputs, self.submit = inputs, submit
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        for spec in inputs:
            widget = self._widget(spec)
            self.widgets[spec.name] = widget
            label = QLabel(spec.label, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
            error = QLabel(self)
            error.setObjectName(f"{spec.name}_error")
            error.setStyleSheet("color: #b71c1c;")
            error.setWordWrap(True)
            error.setVisible(False)
            form.addRow("", error)
            self.errors[spec.name] = error
        layout.addLayout(form)
        self.message = QLabel(self)  # a refusal about no input shown
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if inputs:
            self.widgets[inputs[0].name].setFocus()

    def _widget(self, spec: Input) -> QWidget:
        if spec.kind == "choice":
            box = QComboBox(self)
            for value, text in spec.choices.items():
                box.addItem(text, value)
            return box
        if spec.kind == "lines":
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setPlainText(spec.text)
            return edit
        line = QLineEdit(self)
        line.setText(spec.text)
        if spec.kind == "moment":
            line.setPlaceholderText("dd/mm/yyyy hh:mm")
            self._add_day_picker(line)
        return line

    def _add_day_picker(self, line: QLineEdit) -> None:
        """A calendar beside a moment's input (its button, or F4): the day chosen there goes
        into the input, the time typed (or 09:00) kept; typing stays possible."""
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        action = line.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(self.tr("Choose the day on a calendar (F4)"))
        action.triggered.connect(lambda: self.pick_day(line))
        shortcut = QShortcut(QKeySequence("F4"), line)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: self.pick_day(line))

    def pick_day(self, line: QLineEdit) -> QCalendarWidget:
        try:
            current = dt.datetime.strptime(line.text().strip(), MOMENT_FORMAT)
        except ValueError:
            current = None
        hour = f"{current:%H:%M}" if current else "09:00"
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        day = current.date() if current else dt.date.today()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))

        def chosen(date: QDate) -> None:
            line.setText(f"{date.toPython():%d/%m/%Y} {hour}")
            calendar.close()
            line.setFocus()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        calendar.move(line.mapToGlobal(line.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()
        return calendar

    def values(self) -> dict[str, Any]:
        """The inputs as the services take them; a moment that does not parse is refused
        under its input."""
        values: dict[str, Any] = {}
        for spec in self.inputs:
            widget = self.widgets[spec.name]
            if isinstance(widget, QComboBox):
                values[spec.name] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                values[spec.name] = [x for x in widget.toPlainText().splitlines() if x.strip()]
            elif spec.kind == "moment":
                text = widget.text().strip()
                if not text:
                    values[spec.name] = None
                    continue
                try:
                    values[spec.name] = dt.datetime.strptime(text, MOMENT_FORMAT)
                except ValueError:
                    raise ValidationError(
                        self.tr("Write the date as dd/mm/yyyy hh:mm."), spec.name
                    ) from None
            else:
                values[spec.name] = widget.text()
        return values

    def try_accept(self) -> None:
        for error in self.errors.values():
            error.setVisible(False)
        self.message.clear()
        try:
            refused = self.submit(self.values())
        except DeskError as exc:
            refused = exc
        if refused is None:
            self.accept()
            return
        name = getattr(refused, "field", None)
        name = "reason" if name == "note" and "reason" in self.errors else name
        label = self.errors.get(name or "")
        if label is None:
            self.message.setText(error_text(self, refused))
            return
        label.setText(error_text(self, refused))
        label.setVisible(True)
        self.widgets[name].setFocus()
