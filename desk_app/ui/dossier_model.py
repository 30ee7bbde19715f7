"""The dossier list as a Qt model that fetches pages as the view scrolls (never every row:
a register holds millions), sorts in the database, and colours each row by its warning."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desk_app.domain.deadline import WarningLevel
from desk_app.printing.wording import short_moment
from desk_app.services import search
from desk_app.services.desk import Desk
from desk_app.services.search import COUNT_CAP, Criteria, DossierRow
from desk_app.ui.labels import number, state_label
from desk_app.ui.tasks import QuietTask

log = logging.getLogger(__name__)
PAGE_SIZE = 200
KEEP_PAGES = 10  # a refresh after a change fetches again at most this many pages
COLOURS = {
    WarningLevel.OVERDUE: QColor("#f8c4c4"),
    WarningLevel.DUE_TODAY: QColor("#ffd8a8"),
    WarningLevel.DUE_SOON: QColor("#fff3b0"),
    WarningLevel.PAUSED: QColor("#e0e0e0"),
}
# (sort key in search.SORTS or None, attribute shown)
COLUMNS: tuple[tuple[str | None, str], ...] = (
    ("code", "code"),
    ("register_no", "register_no"),
    ("applicant_name", "applicant_name"),
    (None, "masked_id"),
    ("procedure", "procedure_code"),
    ("state", "state"),
    ("received_at", "received_at"),
    ("due_at", "due_at"),
)


class DossierModel(QAbstractTableModel):
    def __init__(
        self,
        desk: Desk,
        parent: QObject | None = None,
        *,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ):
        super().__init__(parent)
        self.desk, self.now = desk, now
        self.criteria = Criteria()
        self.sort_key, self.descending = "received_at", True
        self.rows: list[DossierRow] = []
        self.colours: list[QBrush | None] = []
        self.total = 0
        self.capped = False
        self.exhausted = True
        self._generation = 0
        self._fetching: QuietTask | None = None
        self._tasks: list[QuietTask] = []
        self.headers = [
            self.tr("Code"),
            self.tr("No."),
            self.tr("Applicant"),
            self.tr("ID (last 4)"),
            self.tr("Procedure"),
            self.tr("State"),
            self.tr("Received"),
            self.tr("Due"),
        ]
        self._load_calendar()

    def _load_calendar(self) -> None:
        context = self.desk.list_context()
        self.calendar, self.soon_days = context.calendar, context.soon_days

    # ------------------------------------------------------------------ loading

    def _query(self) -> Callable[[int, bool], search.Page]:
        """A function that fetches page ``n`` of the current query: its criteria, order and
        moment taken now, on the GUI thread, so that it can run on a worker."""
        desk, criteria, sort, descending, now = (
            self.desk,
            self.criteria,
            self.sort_key,
            self.descending,
            self.now(),
        )

        def page(number: int, count: bool) -> search.Page:
            return desk.page(
                criteria,
                sort=sort,
                descending=descending,
                page=number,
                page_size=PAGE_SIZE,
                now=now,
                count=count,
            )

        return page

    def _colours(self, rows: list[DossierRow]) -> list[QBrush | None]:
        """Each row's colour, worked out once when the row arrives (not at every paint)."""
        now = self.now()
        brushes = []
        for row in rows:
            level = search.row_warning(row, self.calendar, now, self.soon_days)
            quiet = level in (None, WarningLevel.NORMAL)
            if quiet and row.step_due_at is not None and row.step_due_at <= now:
                level = WarningLevel.DUE_SOON  # its step of the internal process overran
            colour = COLOURS.get(level) if level is not None else None
            brushes.append(QBrush(colour) if colour is not None else None)
        return brushes

    def _pages_loaded(self) -> int:
        return min(KEEP_PAGES, max(1, -(-len(self.rows) // PAGE_SIZE)))

    @staticmethod
    def _fetch(page: Callable[[int, bool], search.Page], pages: int) -> tuple[search.Page, list]:
        """The first page (with its count) and the rows of up to ``pages`` pages."""
        first = page(0, True)
        rows = list(first.rows)
        for page_no in range(1, pages):
            if len(rows) < page_no * PAGE_SIZE:
                break
            rows += page(page_no, False).rows
        return first, rows

    def _reset(self, first: search.Page, rows: list[DossierRow], pages: int) -> None:
        self.beginResetModel()
        self.rows = rows
        self.colours = self._colours(self.rows)
        self.total, self.capped = first.total, first.total_capped
        self.exhausted = len(rows) < pages * PAGE_SIZE
        self.endResetModel()

    def refresh(self, criteria: Criteria | None = None) -> None:
        """Run the query (new criteria, or the same again) from the top, at once: the clerk
        changed a filter and waits for it. A change elsewhere goes through :meth:`reload`."""
        if criteria is not None:
            self.criteria = criteria
        self._generation += 1
        self._load_calendar()
        self._reset(*self._fetch(self._query(), 1), 1)

    def reload(self, done: Callable[[], None] | None = None) -> QuietTask:
        """The same query again, as many rows as were loaded, fetched on a worker (a change
        made at another counter): the table keeps working meanwhile; ``done`` follows."""
        self._generation += 1
        generation, query = self._generation, self._query()
        pages = self._pages_loaded()
        self._load_calendar()
        task = QuietTask(self, lambda: self._fetch(query, pages))

        def arrived(result: tuple[search.Page, list]) -> None:
            self._tasks.remove(task)
            if generation == self._generation:  # nothing newer asked for in between
                self._reset(*result, pages)
                if done is not None:
                    done()

        def failed(exc: Exception) -> None:
            self._tasks.remove(task)
            log.warning("reloading the list failed: %s", exc)

        task.finished.connect(arrived)
        task.failed.connect(failed)
        self._tasks.append(task)  # kept until it has spoken
        return task.start()

    def row_of(self, code: str) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.code == code), None)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.exhausted and self._fetching is None

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        """The next page, fetched on a worker while the table scrolls on."""
        if parent.isValid() or self.exhausted or self._fetching is not None:
            return
        generation, query, number = self._generation, self._query(), len(self.rows) // PAGE_SIZE
        task = QuietTask(self, lambda: query(number, False))
        self._fetching = task

        def arrived(page: search.Page) -> None:
            self._fetching = None
            if generation != self._generation:  # the list was fetched again meanwhile
                return
            if not page.rows:
                self.exhausted = True
                return
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.colours.extend(self._colours(page.rows))
            self.endInsertRows()
            self.exhausted = len(page.rows) < PAGE_SIZE

        def failed(exc: Exception) -> None:
            self._fetching = None
            log.warning("fetching the next page failed: %s", exc)

        task.finished.connect(arrived)
        task.failed.connect(failed)
        task.start()

    @property
    def fetching(self) -> bool:
        return self._fetching is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0]
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def count_text(self) -> str:
        if self.capped:
            return self.tr("more than %1 dossiers").replace("%1", number(COUNT_CAP))
        return self.tr("%1 dossiers").replace("%1", number(self.total))

    # ------------------------------------------------------------------ Qt model

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def _where(self, row: DossierRow) -> str:
        text = (
            self.tr("At %1 since %2; its time there runs out at %3")
            .replace("%1", row.step_department or "")
            .replace("%2", short_moment(row.step_since))
            .replace("%3", short_moment(row.step_due_at))
        )
        if row.step_due_at is not None and row.step_due_at <= self.now():
            text += " " + self.tr("(used up)")
        return text

    def row_at(self, row: int) -> DossierRow:
        return self.rows[row]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        attribute = COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, attribute)
            if attribute == "state" and row.step_department:
                return f"{state_label(value)}: {row.step_department}"
            if attribute == "state":
                return state_label(value)
            if isinstance(value, dt.datetime):
                return short_moment(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.colours[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and attribute == "procedure_code":
            return row.procedure_name
        if role == Qt.ItemDataRole.ToolTipRole and attribute == "state" and row.step_department:
            return self._where(row)
        return None
