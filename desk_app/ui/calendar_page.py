"""The Calendar screen: the year's days off and worked days coloured by their source, a click
to add or remove the agency's own override, the office sessions, and the open dossiers whose
appointment changed with the last change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QInputDialog,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QWidget,
)

from desk_app.domain.calendar import WEEKDAY_KEYS, DaySource, OverrideKind
from desk_app.domain.errors import DeskError
from desk_app.domain.roles import Permission
from desk_app.printing.wording import short_moment
from desk_app.services import auth
from desk_app.services.calendar_service import RecomputeResult
from desk_app.services.changes import Changes
from desk_app.services.desk import Desk, Done
from desk_app.ui.calendar_view import KIND_COLOURS, YearView
from desk_app.ui.documents import open_pdf, save_pdf
from desk_app.ui.generated.ui_calendar_page import Ui_CalendarPage
from desk_app.ui.labels import number
from desk_app.ui.tasks import error_text, listen


class CalendarPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None, *, year: int | None = None):
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_CalendarPage()
        self.ui.setupUi(self)
        self.view = YearView(self)
        self.view.source_labels = {
            DaySource.WEEKLY: self.tr("ordinary week"),
            DaySource.LAW: self.tr("Labour Code"),
            DaySource.NOTICE: self.tr("official notice"),
            DaySource.AGENCY: self.tr("the agency's override"),
        }
        # the year scrolls on a small screen (1280x720) rather than make the window taller
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.view)
        self.ui.year_layout.addWidget(scroll)
        self._add_reissue_button()
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        legend = [
            ("weekend", self.tr("weekend")),
            ("holiday", self.tr("holiday")),
            ("swap_off", self.tr("swapped day off")),
            ("worked_saturday", self.tr("worked Saturday")),
            ("agency_off", self.tr("agency day off")),
            ("agency_work", self.tr("agency working day")),
        ]
        self.ui.legend.setText(
            " ".join(
                f'<span style="background:{KIND_COLOURS[k].name()}">&nbsp;&nbsp;&nbsp;</span> {t}'
                for k, t in legend
            )
        )
        self.ui.sessions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.changed.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        may_change = (actor := auth.current_or_none()) is not None and actor.can(
            Permission.CALENDAR
        )
        self.ui.save_sessions.setEnabled(may_change)
        self.may_change = may_change
        self.ui.year.setValue(year or dt.date.today().year)
        self.ui.year.valueChanged.connect(self.refresh)
        self.view.dayClicked.connect(self._day_clicked)
        self.ui.save_sessions.clicked.connect(self.save_sessions)
        self.refresh()
        listen(desk, self, self.on_changes)

    def _add_reissue_button(self) -> None:
        text = self.tr("Print the &new receipts of these dossiers")
        self.reissue_button = QPushButton(text, self)
        self.reissue_button.clicked.connect(lambda: self.reissue())
        self.ui.changed_layout.addWidget(self.reissue_button)
        self.ui.changed.setMinimumHeight(140)
        self.show_document = open_pdf

    def show_stale(self) -> None:
        """The dossiers whose printed appointment no longer holds, read from the register (so
        the list survives a restart), until their new receipts are printed."""
        rows = self.desk.changed_appointments()
        table = self.ui.changed
        table.setRowCount(len(rows))
        for r, item in enumerate(rows):
            values = (
                f"{item.code} — {item.applicant_name}",
                short_moment(item.appointment_at) if item.appointment_at else "-",
                short_moment(item.new_due_at) if item.new_due_at else "-",
            )
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        self.reissue_button.setEnabled(bool(rows))
        self.stale = [item.code for item in rows]

    def reissue(self) -> Path | None:
        """Every listed dossier's new receipt, in one PDF to print at once."""
        try:
            data = self.desk.reissue_receipts(self.stale).value
            path = save_pdf(f"hen-moi-{len(self.stale)}-ho-so", data)
            self.show_document(path)
        except (DeskError, OSError) as exc:
            self.ui.message.setText(error_text(self, exc))
            return None
        self.ui.message.setText(self.tr("New receipts kept as %1.").replace("%1", str(path)))
        self.show_stale()
        return path

    def refresh(self) -> None:
        calendar = self.desk.calendar()
        year = self.ui.year.value()
        self.view.show_year(calendar, year)
        self.show_stale()
        status = calendar.year_status(year)
        self.ui.status.setText(
            self.tr("confirmed by the official notices")
            if status == "confirmed"
            else self.tr("estimated from the law (no notice yet)")
        )
        for row, key in enumerate(WEEKDAY_KEYS):
            text = ", ".join(calendar.office_hours.to_mapping()[key])
            self.ui.sessions.setItem(row, 0, QTableWidgetItem(text))

    # ------------------------------------------------------------------ overrides

    def _day_clicked(self, day: dt.date) -> None:
        if not self.may_change:
            self.ui.message.setText(self.view.tooltip_for(day))
            return
        choice = self.ask_override(day)
        if choice is not None:
            kind, reason = choice
            self.set_day(day, kind, reason)

    def ask_override(self, day: dt.date) -> tuple[OverrideKind | None, str] | None:
        """The clerk's choice for ``day`` from a menu (None: the override is removed), with a
        reason; None when nothing was chosen."""
        menu = QMenu(self)
        options = {
            menu.addAction(self.tr("Day off for the agency...")): OverrideKind.OFF,
            menu.addAction(self.tr("Working day")): OverrideKind.WORK,
            menu.addAction(self.tr("Morning only")): OverrideKind.MORNING,
            menu.addAction(self.tr("Afternoon only")): OverrideKind.AFTERNOON,
        }
        menu.addSeparator()
        remove = menu.addAction(self.tr("Remove the agency's override"))
        chosen = menu.exec(QCursor.pos())
        if chosen is None:
            return None
        if chosen is remove:
            return None, ""
        reason, ok = QInputDialog.getText(
            self, self.tr("Reason"), self.tr("Reason for %1:").replace("%1", f"{day:%d/%m/%Y}")
        )
        return (options[chosen], reason) if ok else None

    def set_day(self, day: dt.date, kind: OverrideKind | None, reason: str = "") -> bool:
        if kind is None:
            return self._change(lambda: self.desk.unset_day(day))
        return self._change(lambda: self.desk.set_day(day, kind, reason))

    def save_sessions(self) -> bool:
        mapping = {}
        for row, key in enumerate(WEEKDAY_KEYS):
            item = self.ui.sessions.item(row, 0)
            text = item.text() if item else ""
            mapping[key] = [part.strip() for part in text.split(",") if part.strip()]
        return self._change(lambda: self.desk.set_office_hours(mapping))

    def _change(self, change: Callable[[], Done[RecomputeResult]]) -> bool:
        """Apply a calendar change and list the appointments it moved; the redraw follows
        from the change itself (``on_changes``), as at every other screen."""
        try:
            result = change().value
        except DeskError as exc:
            self.ui.message.setText(error_text(self, exc))
            return False
        self.show_changes(result)
        return True

    def on_changes(self, changes: Changes, origin: object) -> None:
        if changes.calendar:
            self.refresh()

    def show_changes(self, result: RecomputeResult) -> None:
        rows = result.changed_appointments
        self.show_stale()
        self.ui.message.setText(
            self.tr("%1 open dossiers recomputed; %2 appointments to tell the applicants.")
            .replace("%1", number(result.open_dossiers))
            .replace("%2", number(len(rows)))
        )
