"""The intake screen (F2): a dossier registered while the applicant waits.

Everything can be done from the keyboard: type a few letters of the procedure (diacritics
ignored) and Enter, tick the documents with Space, Tab through the applicant's fields (each
mistake is said under its field as soon as the field is left), and Ctrl+Enter registers and
prints the receipt. A failed save keeps everything typed.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QHeaderView,
    QInputDialog,
    QLabel,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.text import fold
from desk_app.printing.wording import short_moment
from desk_app.services.changes import Changes
from desk_app.services.desk import Desk
from desk_app.services.dossiers import Intake, ProcedureChoice, ReceivedDocument
from desk_app.ui.citizen import CitizenScreen
from desk_app.ui.documents import open_pdf, print_pdf, save_pdf
from desk_app.ui.generated.ui_intake_page import Ui_IntakePage
from desk_app.ui.labels import limit_label
from desk_app.ui.scans import ScanTray
from desk_app.ui.tasks import error_text, listen

log = logging.getLogger(__name__)
FIELDS = (
    "applicant_name",
    "applicant_id_no",
    "phone",
    "email",
    "return_address",
    "incoming_tracking",
    "sets_count",
)


# the arrows on a count cell of the documents table: (rows, columns) to move
MOVES = {
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
}


def matching(choices: list[ProcedureChoice], text: str) -> list[ProcedureChoice]:
    """The procedures whose code and name contain every word typed, diacritics ignored; an
    exact code first, then the shortest names (the most specific match) first."""
    words = fold(text).split()
    found = [c for c in choices if all(w in c.folded for w in words)]
    return sorted(found, key=lambda c: (c.code != text.strip(), len(c.folded)))


class IntakePage(QWidget):
    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        show_document: Callable[[Path], None] | None = None,
    ):
        super().__init__(parent)
        self.desk, self.now = desk, now
        self.ui = Ui_IntakePage()
        self.ui.setupUi(self)
        settings = desk.settings()
        self.print_directly = bool(settings.get("print_directly"))
        self._show_code_field(settings)
        self.show_document = show_document or (print_pdf if self.print_directly else open_pdf)
        self.last_document: Path | None = None
        self.choice: ProcedureChoice | None = None
        self.touched: set[str] = set()
        ui = self.ui
        for value, text in (
            ("person", self.tr("Person")),
            ("organisation", self.tr("Organisation")),
        ):
            ui.applicant_kind.addItem(text, value)
        for value, text in (
            ("counter", self.tr("At the counter")),
            ("postal", self.tr("By post")),
            ("online", self.tr("Online")),
        ):
            ui.channel.addItem(text, value)
        for value, text in (("desk", self.tr("At the desk")), ("post", self.tr("By post"))):
            ui.return_method.addItem(text, value)
        table = ui.documents
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        table.verticalHeader().setVisible(False)
        table.setTabKeyNavigation(False)  # Tab goes on to the applicant, arrows move inside
        table.installEventFilter(self)
        self._load_procedures()
        for name in FIELDS[:-1]:
            field = getattr(ui, name)
            field.editingFinished.connect(lambda name=name: self._touch(name))
            # once said, a message goes away as soon as the clerk has corrected the field
            field.textChanged.connect(lambda _text, name=name: self._recheck(name))
        ui.applicant_kind.currentIndexChanged.connect(lambda: self._check_fields())
        ui.return_method.currentIndexChanged.connect(self._return_method_changed)
        ui.channel.currentIndexChanged.connect(self._channel_changed)
        for field in (ui.applicant_name, ui.applicant_id_no, ui.phone, ui.email):
            field.textChanged.connect(self._tell_applicant)
        ui.save_print.clicked.connect(self.save_and_print)
        # Ctrl+Enter from any field: a line edit keeps the button's own shortcut from firing
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_and_print)
        # lambdas: a button's clicked(bool) must not arrive as the optional argument
        ui.supplement_button.clicked.connect(lambda: self.print_supplement_request())
        ui.refusal_button.clicked.connect(lambda: self.print_refusal())
        ui.clear_button.clicked.connect(self.clear)
        self.scans = ScanTray(self)
        self.ui.left.addWidget(self.scans)
        self.pending: dict[int, list[Path]] = {}  # documents table row -> scans given to it
        give = QShortcut(QKeySequence("Ctrl+D"), self)
        give.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        give.activated.connect(self.give_scan)
        self._return_method_changed()
        self._channel_changed()
        self.clock = QTimer(self)  # the appointment follows the clock while the applicant waits
        self.clock.timeout.connect(self.update_appointment)
        self.clock.start(30_000)
        self.clear()
        listen(desk, self, self.on_changes)

    # ------------------------------------------------------------------ procedures

    def _load_procedures(self) -> None:
        self.choices = self.desk.procedure_choices()
        combo = self.ui.procedure
        combo.clear()
        for choice in self.choices:
            combo.addItem(choice.label, choice.code)
        self.completer_model = QStringListModel([c.label for c in self.choices], self)
        completer = QCompleter(self.completer_model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._completed)
        combo.setCompleter(completer)
        combo.lineEdit().textEdited.connect(self._typed)
        combo.activated.connect(lambda index: self.select_procedure(combo.itemData(index)))
        combo.lineEdit().returnPressed.connect(self._enter_on_procedure)

    def _typed(self, text: str) -> None:
        found = matching(self.choices, text)
        self.completer_model.setStringList([c.label for c in found])
        completer = self.ui.procedure.completer()
        if found and text.strip():
            completer.complete()

    def _completed(self, label: str) -> None:
        for choice in self.choices:
            if choice.label == label:
                self.select_procedure(choice.code)
                return

    def _enter_on_procedure(self) -> None:
        found = matching(self.choices, self.ui.procedure.currentText())
        exact = [c for c in self.choices if c.label == self.ui.procedure.currentText()]
        pick = exact or found
        if pick:
            self.select_procedure(pick[0].code)
            self.ui.documents.setFocus()
            self.ui.documents.setCurrentCell(0, 0)

    def select_procedure(self, code: str | None) -> None:
        choice = next((c for c in self.choices if c.code == code), None)
        self.choice = choice
        ui = self.ui
        if choice is None:
            ui.procedure_info.setText("")
            ui.documents.setRowCount(0)
            self.update_appointment()
            return
        index = ui.procedure.findData(choice.code)
        ui.procedure.blockSignals(True)
        ui.procedure.setCurrentIndex(index)
        ui.procedure.setEditText(choice.label)
        ui.procedure.blockSignals(False)
        info = (
            self.tr("Field: %1. Legal time limit: %2. Fee: %3. Handled by: %4.")
            .replace("%1", choice.field)
            .replace("%2", limit_label(choice.limit))
            .replace("%3", choice.fee or "-")
            .replace("%4", choice.department or "-")
        )
        if choice.is_sample:
            info += " " + self.tr("(sample procedure: check it against the national database)")
        ui.procedure_info.setText(info)
        table = ui.documents
        table.setRowCount(len(choice.documents))
        for row, name in enumerate(choice.documents):
            item = QTableWidgetItem(name)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(name)
            table.setItem(row, 0, item)
            usual = choice.counts[row] if row < len(choice.counts) else (1, 0, 0)
            for column, value in zip((1, 2, 3), usual, strict=True):
                spin = QSpinBox()
                spin.setRange(0, 99)
                spin.setValue(value)
                # out of the Tab chain: Tab leaves the table; digits typed on the cell set it
                spin.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
                spin.installEventFilter(self)
                table.setCellWidget(row, column, spin)
        self.update_appointment()

    def eventFilter(self, watched, event) -> bool:
        """The documents table from the keyboard: the arrows move, Space ticks a paper, a digit
        on a count cell sets the count and + or - moves it, Tab goes on to the applicant
        (never round the table's cells)."""
        table = self.ui.documents
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        on_count = isinstance(watched, QSpinBox)
        if watched is not table and not on_count:
            return super().eventFilter(watched, event)
        spin = table.cellWidget(table.currentRow(), table.currentColumn())
        text, key = event.text(), event.key()
        if isinstance(spin, QSpinBox) and text.isdigit():
            spin.setValue(int(text))
            return True
        if isinstance(spin, QSpinBox) and text in ("+", "-"):
            spin.stepBy(1 if text == "+" else -1)
            return True
        if on_count and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            table.setFocus()
            self.focusNextPrevChild(key == Qt.Key.Key_Tab)
            return True
        if on_count and key in MOVES:
            rows, columns = MOVES[key]
            row = min(max(table.currentRow() + rows, 0), table.rowCount() - 1)
            column = min(max(table.currentColumn() + columns, 0), table.columnCount() - 1)
            table.setFocus()
            table.setCurrentCell(row, column)
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ the dossier typed in

    def intake(self) -> Intake:
        ui = self.ui
        documents = []
        for row in range(ui.documents.rowCount()):
            item = ui.documents.item(row, 0)
            if item is None or item.checkState() != Qt.CheckState.Checked:
                continue
            counts = [ui.documents.cellWidget(row, c).value() for c in (1, 2, 3)]
            documents.append(ReceivedDocument(item.text(), *counts))
        return Intake(
            procedure_code=self.choice.code if self.choice else "",
            applicant_name=ui.applicant_name.text(),
            applicant_kind=ui.applicant_kind.currentData(),
            applicant_id_no=ui.applicant_id_no.text(),
            address=ui.address.text(),
            phone=ui.phone.text(),
            email=ui.email.text(),
            channel=ui.channel.currentData(),
            documents=tuple(documents),
            sets_count=ui.sets_count.value(),
            return_method=ui.return_method.currentData(),
            return_address=ui.return_address.text(),
            note=ui.note.text(),
            received_at=self.now(),
            notify=ui.notify.isChecked(),
            incoming_tracking=ui.incoming_tracking.text()
            if ui.incoming_tracking.isEnabled()
            else "",
        )

    def _recheck(self, name: str) -> None:
        if name in self.touched:
            self._check_fields()

    def _touch(self, name: str) -> None:
        self.touched.add(name)
        self._check_fields()

    def _check_fields(self, show_all: bool = False) -> dict[str, str]:
        errors = self.desk.field_errors(self.intake())
        for name in FIELDS:
            label: QLabel = getattr(self.ui, f"{name}_error")
            message = errors.get(name, "") if show_all or name in self.touched else ""
            label.setText(message)
            label.setVisible(bool(message))
        return errors

    def _return_method_changed(self) -> None:
        by_post = self.ui.return_method.currentData() == "post"
        self.ui.return_address.setEnabled(by_post)
        self.ui.return_address_label.setEnabled(by_post)

    def _channel_changed(self) -> None:
        by_post = self.ui.channel.currentData() == "postal"
        self.ui.incoming_tracking.setEnabled(by_post)
        self.ui.incoming_tracking_label.setEnabled(by_post)
        self._check_fields()

    def _tell_applicant(self) -> None:
        """The applicant's screen, when there is one, shows what the clerk typed, for the
        applicant to confirm, and the appointment."""
        screen = CitizenScreen.current()
        if screen is None:
            return
        ui = self.ui
        screen.show_intake(
            ui.applicant_name.text(),
            ui.applicant_id_no.text(),
            ui.phone.text(),
            ui.email.text(),
            self.choice.name if self.choice else "",
            ui.appointment.text() if self.choice else "",
        )

    def update_appointment(self) -> None:
        ui = self.ui
        if self.choice is None:
            ui.appointment.setText(self.tr("Choose a procedure"))
            ui.appointment_reason.setText("")
            return
        try:
            preview = self.desk.preview_due(
                self.choice.limit, self.now(), policy=self.choice.policy
            )
        except DeskError as exc:
            ui.appointment.setText("-")
            ui.appointment_reason.setText(str(exc))
            return
        deadline = preview.deadline
        ui.appointment.setText(short_moment(deadline.due) if deadline.due else "-")
        self._tell_applicant()
        reasons = [self.tr("The clock starts at %1.").replace("%1", short_moment(deadline.start))]
        if preview.days_off:
            days = "; ".join(f"{d.day:%d/%m} {d.reason}" for d in preview.days_off)
            reasons.append(self.tr("Moved by days off: %1.").replace("%1", days))
        if preview.estimated_years:
            years = ", ".join(str(y) for y in preview.estimated_years)
            reasons.append(
                self.tr("The days off of %1 are estimated (not yet announced).").replace(
                    "%1", years
                )
            )
        ui.appointment_reason.setText(" ".join(reasons))

    # ------------------------------------------------------------------ actions

    def save_and_print(self) -> str | None:
        """Register, keep the receipt's PDF and show or print it. Returns the new code."""
        if self.choice is None:
            self.ui.procedure_info.setText(self.tr("Choose the procedure first."))
            self.ui.procedure.setFocus()
            return None
        errors = self._check_fields(show_all=True)
        if errors:
            getattr(self.ui, next(iter(errors))).setFocus()
            return None
        intake = self.intake()
        code = self.ui.code.text().strip() if not self.ui.code.isHidden() else ""
        self.ui.code_error.setVisible(False)
        try:
            registered = self.desk.register(intake, origin=self, code=code or None).value
        except DeskError as exc:  # nothing typed is lost
            if not self._say_under_field(exc):
                self.ui.appointment_reason.setText(error_text(self, exc))
            return None
        not_attached = self._attach_scans(registered.code)
        printed = self._show(
            f"{registered.code}-giay-tiep-nhan",
            lambda: self.desk.document("receipt", registered.code),
        )
        self.clear()
        self.ui.appointment_reason.setText(
            self.tr("Registered %1, register no. %2.")
            .replace("%1", registered.code)
            .replace("%2", str(registered.register_no))
            + not_attached
            + " "
            + printed
        )
        return registered.code

    # ------------------------------------------------------------------ scans

    def give_scan(self) -> Path | None:
        """Ctrl+D: the selected new scan goes to the document row the clerk is on."""
        row = self.ui.documents.currentRow()
        item = self.ui.documents.item(row, 0) if row >= 0 else None
        if item is None:
            return None
        path = self.scans.take()
        if path is None:
            return None
        self.pending.setdefault(row, []).append(path)
        item.setCheckState(Qt.CheckState.Checked)  # a scanned paper was received
        names = ", ".join(p.name for p in self.pending[row])
        item.setToolTip(self.tr("Scans: %1").replace("%1", names))
        item.setBackground(QColor("#c8e6c9"))
        return path

    def _attach_scans(self, code: str) -> str:
        """After registering: each document's scans attached (its number among the documents
        ticked, as on the receipt). Returns what could not be attached, to say it."""
        position, attached, failed = 0, [], []
        for row in range(self.ui.documents.rowCount()):
            item = self.ui.documents.item(row, 0)
            if item is None or item.checkState() != Qt.CheckState.Checked:
                continue
            position += 1
            for path in self.pending.get(row, []):
                try:
                    self.desk.attach(code, path, origin=self, document=position)
                    attached.append(path)
                except (DeskError, OSError) as exc:
                    failed.append(f"{path.name}: {error_text(self, exc)}")
        self.scans.done(attached)
        self.scans.release([p for paths in self.pending.values() for p in paths])
        self.pending = {}
        return (
            (" " + self.tr("Not attached: %1").replace("%1", "; ".join(failed))) if failed else ""
        )

    def _show(self, name: str, render: Callable[[], bytes]) -> str:
        """Keep the document, show or print it; returns what to tell the clerk (where it was
        kept, or why it could not be printed) — also said under the appointment."""
        try:
            self.last_document = save_pdf(name, render())
            self.show_document(self.last_document)
        except (DeskError, OSError) as exc:
            if isinstance(exc, OSError):
                log.warning("cannot show %s: %s", name, exc)
            said = error_text(self, exc)
        else:
            said = self.tr("Kept as %1.").replace("%1", str(self.last_document))
        self.ui.appointment_reason.setText(said)
        return said

    def print_supplement_request(self, items: list[str] | None = None) -> None:
        if not self._ready_for_guidance():
            return
        if items is None:
            text, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Request to supplement"),
                self.tr("What is missing or must be corrected (one item per line):"),
            )
            if not ok:
                return
            items = [line for line in text.splitlines() if line.strip()]
        intake = self.intake()
        self._show(
            f"huong-dan-bo-sung-{self.now():%Y%m%d-%H%M%S}",
            lambda: self.desk.guidance_document(
                "supplement",
                intake.procedure_code,
                intake.applicant_name,
                items=tuple(items),
                at=self.now(),
            ),
        )

    def print_refusal(self, reason: str | None = None) -> None:
        if not self._ready_for_guidance():
            return
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Refusal"), self.tr("Reason for refusing the dossier:")
            )
            if not ok:
                return
        intake = self.intake()
        self._show(
            f"tu-choi-{self.now():%Y%m%d-%H%M%S}",
            lambda: self.desk.guidance_document(
                "refusal",
                intake.procedure_code,
                intake.applicant_name,
                reason=reason,
                at=self.now(),
            ),
        )

    def _ready_for_guidance(self) -> bool:
        if self.choice is None:
            self.ui.procedure_info.setText(self.tr("Choose the procedure first."))
            return False
        self.touched.add("applicant_name")
        if "applicant_name" in self._check_fields():
            self.ui.applicant_name.setFocus()
            return False
        return True

    def on_changes(self, changes: Changes, origin: object) -> None:
        """A catalogue import or edit (here or at another counter) reaches the procedure list;
        a calendar or settings change reaches the appointment. What the clerk typed stays."""
        if changes.catalogue:
            code = self.choice.code if self.choice else None
            text = self.ui.procedure.currentText()
            self._load_procedures()
            self.choice = next((c for c in self.choices if c.code == code), None)
            if self.choice is not None:
                self.ui.procedure.setCurrentIndex(self.ui.procedure.findData(code))
            self.ui.procedure.setEditText(self.choice.label if self.choice else text)
        if changes.settings:
            settings = self.desk.settings()
            self.print_directly = bool(settings.get("print_directly"))
            self._show_code_field(settings)
        if changes.catalogue or changes.calendar or changes.settings:
            self.update_appointment()

    def _show_code_field(self, settings: dict) -> None:
        """The code issued by the provincial system is typed or scanned only when the agency
        takes its codes from there (setting ``code_source``)."""
        provincial = settings.get("code_source") == "provincial"
        for widget in (self.ui.code_label, self.ui.code):
            widget.setVisible(provincial)
        self.ui.code_error.setVisible(False)

    def _say_under_field(self, exc: DeskError) -> bool:
        """A refusal about one field shown under that field, the field focused."""
        field = getattr(exc, "field", None)
        label = getattr(self.ui, f"{field}_error", None) if field else None
        if label is None or getattr(self.ui, field).isHidden():
            return False
        label.setText(error_text(self, exc))
        label.setVisible(True)
        getattr(self.ui, field).setFocus()
        return True

    def clear(self) -> None:
        ui = self.ui
        ui.code.clear()
        ui.code_error.setVisible(False)
        for name in (
            "applicant_name",
            "applicant_id_no",
            "address",
            "phone",
            "email",
            "return_address",
            "note",
            "incoming_tracking",
        ):
            getattr(ui, name).clear()
        ui.notify.setChecked(True)
        ui.sets_count.setValue(1)
        ui.applicant_kind.setCurrentIndex(0)
        ui.channel.setCurrentIndex(0)
        ui.return_method.setCurrentIndex(0)
        self.touched.clear()
        self._check_fields()
        self.select_procedure(None)
        ui.procedure.setEditText("")
        ui.procedure.setFocus()
