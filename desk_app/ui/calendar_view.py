"""A year on one screen: twelve months coloured by what each day is (weekend, legal holiday,
official swap, worked Saturday, the agency's own day off or working day), the day's source on
hover, a click to change the agency's override."""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from desk_app.domain.calendar import DayInfo, DaySource, WorkingCalendar

WEEKDAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
COLUMNS, ROWS = 4, 3
KIND_COLOURS = {
    "weekend": QColor("#e6e6e6"),
    "holiday": QColor("#ef9a9a"),
    "swap_off": QColor("#ffcc80"),
    "worked_saturday": QColor("#90caf9"),
    "agency_off": QColor("#ce93d8"),
    "agency_work": QColor("#a5d6a7"),
    "working": QColor("#ffffff"),
}


def day_kind(info: DayInfo) -> str:
    if info.source is DaySource.AGENCY:
        return "agency_work" if info.working else "agency_off"
    if info.source is DaySource.NOTICE:
        return "worked_saturday" if info.working else "swap_off"
    if info.source is DaySource.LAW and not info.working:
        return "holiday"
    if not info.working:
        return "weekend"
    return "working"


class YearView(QWidget):
    dayClicked = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.year = dt.date.today().year
        self.calendar: WorkingCalendar | None = None
        self.source_labels: dict[DaySource, str] = {}
        self.setMouseTracking(True)
        self.setMinimumSize(760, 520)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_year(self, calendar: WorkingCalendar, year: int) -> None:
        self.calendar, self.year = calendar, year
        self.update()

    # ------------------------------------------------------------------ geometry

    def _month_rect(self, month: int) -> QRect:
        w, h = self.width() // COLUMNS, self.height() // ROWS
        index = month - 1
        return QRect((index % COLUMNS) * w, (index // COLUMNS) * h, w, h)

    def _cells(self, month: int):
        """(date, rect) of each day of ``month``."""
        box = self._month_rect(month).adjusted(6, 4, -6, -4)
        cell_w, cell_h = box.width() // 7, box.height() // 8
        first_weekday, days = month_calendar.monthrange(self.year, month)
        for day in range(1, days + 1):
            slot = first_weekday + day - 1
            row, column = slot // 7, slot % 7
            rect = QRect(
                box.left() + column * cell_w, box.top() + (row + 2) * cell_h, cell_w, cell_h
            )
            yield dt.date(self.year, month, day), rect

    def date_at(self, point: QPoint) -> dt.date | None:
        for month in range(1, 13):
            if self._month_rect(month).contains(point):
                for day, rect in self._cells(month):
                    if rect.contains(point):
                        return day
        return None

    def rect_of(self, day: dt.date) -> QRect:
        return next(rect for d, rect in self._cells(day.month) if d == day)

    # ------------------------------------------------------------------ painting and mouse

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self.calendar is None:
            return
        bold = QFont(self.font())
        bold.setBold(True)
        for month in range(1, 13):
            box = self._month_rect(month).adjusted(6, 4, -6, -4)
            cell_h = box.height() // 8
            cell_w = box.width() // 7
            painter.setFont(bold)
            painter.drawText(
                QRect(box.left(), box.top(), box.width(), cell_h),
                Qt.AlignmentFlag.AlignCenter,
                f"Tháng {month}/{self.year}",
            )
            painter.setFont(self.font())
            for column, name in enumerate(WEEKDAYS):
                painter.drawText(
                    QRect(box.left() + column * cell_w, box.top() + cell_h, cell_w, cell_h),
                    Qt.AlignmentFlag.AlignCenter,
                    name,
                )
            for day, rect in self._cells(month):
                info = self.calendar.day_info(day)
                painter.fillRect(rect.adjusted(1, 1, -1, -1), KIND_COLOURS[day_kind(info)])
                if info.working and len(info.sessions) == 1 and info.source is DaySource.AGENCY:
                    painter.drawRect(rect.adjusted(2, 2, -3, -3))  # half a day
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(day.day))

    def tooltip_for(self, day: dt.date) -> str:
        assert self.calendar is not None
        info = self.calendar.day_info(day)
        sessions = ", ".join(
            f"{s // 60:02d}:{s % 60:02d}-{e // 60:02d}:{e % 60:02d}" for s, e in info.sessions
        )
        parts = [f"{day:%d/%m/%Y}", sessions or "nghỉ"]
        if info.reason:
            parts.append(info.reason)
        parts.append(self.source_labels.get(info.source, info.source.value))
        if info.notice:
            parts.append(info.notice)
        return " — ".join(parts)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        day = self.date_at(event.position().toPoint())
        if day is not None and self.calendar is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(day), self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.date_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.dayClicked.emit(day)
