"""The Dossiers screen: the whole register, paged from the database as the table scrolls,
filtered and sorted there, coloured by warning. A barcode scanner types the code and Enter:
that dossier opens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from desk_app.domain.codes import looks_like_dossier_code
from desk_app.domain.deadline import WarningLevel
from desk_app.domain.errors import DeskError
from desk_app.domain.lifecycle import OPEN_STATES, State
from desk_app.services.changes import Changes
from desk_app.services.desk import Desk
from desk_app.services.search import Criteria
from desk_app.ui.documents import open_pdf
from desk_app.ui.dossier_dialog import DossierDialog
from desk_app.ui.dossier_model import COLUMNS, DossierModel
from desk_app.ui.generated.ui_dossiers_page import Ui_DossiersPage
from desk_app.ui.labels import state_label
from desk_app.ui.tasks import BackgroundTask, listen, show_error

TYPING_PAUSE_MS = 300  # results as the clerk types, once the typing pauses


class DossiersPage(QWidget):
    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        show_document: Callable[[Path], None] = open_pdf,
        open_dialogs: bool = True,
    ):
        super().__init__(parent)
        self.desk, self.now, self.show_document = desk, now, show_document
        self.task: BackgroundTask | None = None
        self.last_export: int | None = None
        self.open_dialogs = open_dialogs  # tests look at the dialog instead of running it
        self.last_dialog: DossierDialog | None = None
        self.ui = Ui_DossiersPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.state_filter.addItem(self.tr("Open"), "open")
        ui.state_filter.addItem(self.tr("All"), "all")
        for state in State:
            ui.state_filter.addItem(state_label(state), state.value)
        ui.warning_filter.addItem(self.tr("Any"), None)
        for level, text in (
            (WarningLevel.OVERDUE, self.tr("Overdue")),
            (WarningLevel.DUE_TODAY, self.tr("Due today")),
            (WarningLevel.DUE_SOON, self.tr("Due soon")),
            (WarningLevel.PAUSED, self.tr("Waiting for a supplement")),
        ):
            ui.warning_filter.addItem(text, level.value)
        self._fill_catalogue_filters()
        ui.channel_filter.addItem(self.tr("All channels"), None)
        for value, text in (
            ("counter", self.tr("At the counter")),
            ("postal", self.tr("By post")),
            ("online", self.tr("Online")),
        ):
            ui.channel_filter.addItem(text, value)
        today = now().date()
        ui.received_from.setDate(QDate(today.year, today.month, 1))
        ui.received_to.setDate(QDate(today.year, today.month, today.day))
        for widget in (ui.received_from, ui.received_to):
            widget.setEnabled(False)
            widget.dateChanged.connect(self.refresh)
        ui.received_filter.toggled.connect(self._dates_toggled)
        self.model = DossierModel(desk, self, now=now)
        ui.table.setModel(self.model)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(
            [key for key, _ in COLUMNS].index("received_at"), Qt.SortOrder.DescendingOrder
        )
        ui.table.verticalHeader().setVisible(False)
        ui.search.returnPressed.connect(self.search_entered)
        self.typing = self._typing_timer()
        for combo in (
            ui.state_filter,
            ui.warning_filter,
            ui.field_filter,
            ui.channel_filter,
            ui.procedure_filter,
        ):
            combo.currentIndexChanged.connect(self.refresh)
        ui.table.doubleClicked.connect(self._open_row)
        ui.table.activated.connect(self._open_row)
        ui.export_button.clicked.connect(lambda: self.export())
        self.refresh()
        widths = QSettings().value("dossiers/column_widths")
        if isinstance(widths, list) and len(widths) == len(COLUMNS):
            for column, width in enumerate(widths):
                ui.table.setColumnWidth(column, int(width))
        else:
            ui.table.resizeColumnsToContents()

        listen(desk, self, self.on_changes)

    def _fill_catalogue_filters(self) -> None:
        """The field and procedure filters from the catalogue (again after it changed; the
        current choice stays when it still exists)."""
        ui = self.ui
        choices = self.desk.filter_choices()
        for combo, items, everything in (
            (ui.field_filter, [(name, i) for i, name in choices.fields], self.tr("All fields")),
            (
                ui.procedure_filter,
                [(f"{code} — {name}", i) for i, code, name in choices.procedures],
                self.tr("All procedures"),
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Registrations and steps here or at another counter, catalogue and calendar
        changes: the list is fetched again, and the selected dossier stays selected."""
        if changes.catalogue:
            self._fill_catalogue_filters()
        if changes.dossiers or changes.catalogue or changes.calendar or changes.settings:
            code = self.selected_code()
            self.model.reload(done=lambda: self._reloaded(code))

    def _reloaded(self, code: str | None) -> None:
        self.ui.count.setText(self.model.count_text())
        row = self.model.row_of(code) if code is not None else None
        if row is not None:
            self.ui.table.setCurrentIndex(self.model.index(row, 0))

    def selected_code(self) -> str | None:
        index = self.ui.table.currentIndex()
        return self.model.row_at(index.row()).code if index.isValid() else None

    def _dates_toggled(self, on: bool) -> None:
        self.ui.received_from.setEnabled(on)
        self.ui.received_to.setEnabled(on)
        self.refresh()

    def save_choices(self) -> None:
        QSettings().setValue(
            "dossiers/column_widths",
            [self.ui.table.columnWidth(c) for c in range(len(COLUMNS))],
        )

    def criteria(self) -> Criteria:
        ui = self.ui
        state = ui.state_filter.currentData()
        states: tuple[str, ...] = ()
        if state == "open":
            states = tuple(s.value for s in OPEN_STATES)
        elif state != "all":
            states = (state,)
        warning = ui.warning_filter.currentData()
        dates = ui.received_filter.isChecked()
        return Criteria(
            text=ui.search.text().strip(),
            procedure_id=ui.procedure_filter.currentData(),
            received_from=ui.received_from.date().toPython() if dates else None,
            received_to=ui.received_to.date().toPython() if dates else None,
            field_id=ui.field_filter.currentData(),
            states=states,
            warning=WarningLevel(warning) if warning else None,
            channel=ui.channel_filter.currentData(),
        )

    def refresh(self) -> None:
        """The list again from its first page, with the filters as they are now."""
        try:
            self.model.refresh(self.criteria())
        except DeskError as exc:
            show_error(self, self.tr("Dossiers"), exc)
            return
        self.ui.count.setText(self.model.count_text())

    def _typing_timer(self) -> QTimer:
        """Results as the clerk types, after a short pause (a scanner's Enter comes first);
        Down goes from the search box into the list."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(TYPING_PAUSE_MS)
        timer.timeout.connect(self._typed)
        self.ui.search.textEdited.connect(lambda _text: timer.start())
        self.ui.search.installEventFilter(self)
        return timer

    def _typed(self) -> None:
        text = self.ui.search.text().strip()
        if not looks_like_dossier_code(text):  # a code waits for its Enter
            self.refresh()

    def eventFilter(self, watched, event) -> bool:
        """Down in the search box goes into the list, on its first row."""
        if (
            watched is self.ui.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            table = self.ui.table
            table.setFocus()
            if self.model.rowCount() and not table.currentIndex().isValid():
                table.setCurrentIndex(self.model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def search_entered(self) -> None:
        """Enter in the search box: a dossier code (typed or scanned) opens that dossier;
        anything else filters the list."""
        self.typing.stop()
        text = self.ui.search.text().strip()
        self.ui.state_filter.blockSignals(True)
        if looks_like_dossier_code(text):
            self.ui.state_filter.setCurrentIndex(1)  # a scanned code may be closed
        self.ui.state_filter.blockSignals(False)
        self.refresh()
        if looks_like_dossier_code(text) and len(self.model.rows) == 1:
            self.open_dossier(self.model.rows[0].code)
            self.ui.search.selectAll()

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_dossier(self.model.row_at(index.row()).code)

    def open_dossier(self, code: str) -> DossierDialog:
        dialog = DossierDialog(
            self.desk, code, self, now=self.now, show_document=self.show_document
        )
        self.last_dialog = dialog
        if self.open_dialogs:
            dialog.exec()  # what it changed comes back through on_changes
        return dialog

    def export(self, path: Path | None = None) -> BackgroundTask | None:
        """The dossiers of this view (filters and order) to XLSX, in the background and
        cancellable; needs a supervisor, as every file with personal data."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the view"), str(Path.home() / "ho-so.xlsx"), "Excel (*.xlsx)"
            )
            if not name:
                return None
            path = Path(name)
        desk, model, criteria, moment = self.desk, self.model, self.model.criteria, self.now()
        self.last_export = None
        self.task = BackgroundTask(
            self,
            self.tr("Exporting..."),
            lambda: desk.export_view(
                path,
                criteria,
                model.headers,
                sort=model.sort_key,
                descending=model.descending,
                now=moment,
            ),
        )
        self.task.finished.connect(lambda count: setattr(self, "last_export", count))
        self.task.finished.connect(
            lambda count: self.ui.count.setText(
                self.tr("%1 dossiers exported to %2")
                .replace("%1", str(count))
                .replace("%2", str(path))
            )
        )
        self.task.failed.connect(lambda exc: show_error(self, self.tr("Export the view"), exc))
        self.task.cancelled.connect(self.ui.count.setText)
        return self.task.start()
