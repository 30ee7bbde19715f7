"""One dossier: its data (the identity number in full), documents, history, and the actions
its state and the user's role allow; each action that has a form prints it. Any form can be
printed again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.lifecycle import EventKind
from desk_app.printing.wording import short_moment
from desk_app.services.desk import Desk
from desk_app.services.dossiers import CORRECTABLE, FORM_OF_EVENT
from desk_app.ui.action_form import ActionForm, Input
from desk_app.ui.citizen import ask_rating
from desk_app.ui.documents import open_pdf, save_pdf
from desk_app.ui.files_panel import FilesPanel
from desk_app.ui.generated.ui_dossier_dialog import Ui_DossierDialog
from desk_app.ui.labels import event_label, state_label
from desk_app.ui.tasks import error_text

# the form each action prints
FORM_OF = FORM_OF_EVENT
REPRINTS = (
    "receipt",
    "control",
    "slip",
    "supplement",
    "refusal",
    "apology",
    "stop",
    "unsupplemented",
)


class DossierDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        code: str,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        show_document: Callable[[Path], None] = open_pdf,
    ):
        super().__init__(parent)
        self.desk, self.code, self.now, self.show_document = desk, code, now, show_document
        self.changed = False
        self.ui = Ui_DossierDialog()
        self.ui.setupUi(self)
        for table in (self.ui.timeline, self.ui.documents):
            table.verticalHeader().setVisible(False)
        self.ui.timeline.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ui.documents.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        names = {
            "receipt": self.tr("Receipt and appointment (01)"),
            "unsupplemented": self.tr("Papers returned, not supplemented"),
            "supplement": self.tr("Request to supplement (02)"),
            "refusal": self.tr("Refusal (03)"),
            "apology": self.tr("Apology and new appointment (04)"),
            "stop": self.tr("Stop notice (05)"),
            "control": self.tr("Process-control slip (06)"),
            "slip": self.tr("Queue slip (80 mm)"),
        }
        for form in REPRINTS:
            self.ui.reprint_form.addItem(names[form], form)
        self.ui.reprint_button.clicked.connect(
            lambda: self.print_form(self.ui.reprint_form.currentData())
        )
        self.ui.buttons.rejected.connect(self.reject)
        close = self.ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        self.action_buttons: dict[EventKind, QPushButton] = {}
        self.rating = None  # the rating dialog opened after a return
        self.files = FilesPanel(desk, code, self)
        self.files.changed.connect(self.reload)
        self.ui.tabs.addTab(self.files, self.tr("Digitised &files"))
        self.reload()

    def reload(self) -> None:
        self.detail = d = self.desk.detail(self.code)
        self.setWindowTitle(self.tr("Dossier %1").replace("%1", d.code))
        id_label = (
            self.tr("Tax code") if d.applicant_kind == "organisation" else self.tr("Citizen ID")
        )
        register = (
            self.tr("register no. %1/%2")
            .replace("%1", str(d.register_no))
            .replace("%2", str(d.register_year))
        )
        received = self.tr("Received: %1").replace("%1", short_moment(d.received_at))
        state = self.tr("State: %1").replace("%1", state_label(d.state))
        self.ui.summary.setText(
            f"<b>{escape(d.code)}</b> — {register}<br>"
            f"{escape(d.procedure_code)} {escape(d.procedure_name)}<br>"
            f"<b>{escape(d.applicant_name)}</b> · {id_label}: "
            f"{escape(d.applicant_id_no or '-')} · {escape(d.phone or '-')} · "
            f"{escape(d.email or '-')}<br>{escape(d.address or '')}<br>{received} · {state}"
        )
        if d.deadline.paused:
            text = self.tr("Waiting for the applicant's supplement: the clock is stopped.")
        else:
            text = self.tr("Legal due: %1").replace("%1", short_moment(d.deadline.due))
            if d.extended_due_at:
                text += " · " + self.tr("new appointment: %1").replace(
                    "%1", short_moment(d.extended_due_at)
                )
        self.ui.deadline.setText(text)
        self._fill(
            self.ui.timeline,
            [(short_moment(t.at), t.who, _step(t), t.details) for t in d.timeline],
        )
        self._fill(
            self.ui.documents,
            [(x.name, x.originals, x.certified_copies, x.copies) for x in d.documents],
        )
        result = d.state.value in ("result_ready", "returned")
        self.files.load([x.name for x in d.documents], result)
        layout = self.ui.actions_layout
        for button in self.action_buttons.values():
            layout.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        for number, kind in enumerate(d.actions, 1):
            # Alt+1, Alt+2 ... from the keyboard, in the order the desk meets the steps
            label = f"&{number} " if number < 10 else ""
            label += event_label(kind) + ("..." if kind in FORM_OF else "")
            if kind is EventKind.FORWARDED:  # one key (F6) hands the dossier on
                label += f": {d.next_department} (F6)"
            button = QPushButton(label, self)
            if kind is EventKind.FORWARDED:
                button.setShortcut(QKeySequence("F6"))
            button.clicked.connect(lambda _checked=False, kind=kind: self.act(kind))
            layout.addWidget(button)
            self.action_buttons[kind] = button

    @staticmethod
    def _fill(table, rows) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(str(value)))
        table.resizeColumnsToContents()

    # ------------------------------------------------------------------ actions

    def act(self, kind: EventKind) -> None:
        """Ask what the action needs (each input with its refusal under it), then record it."""
        inputs = self._inputs(kind)
        if not inputs:
            self.perform(kind)
            return
        form = ActionForm(
            event_label(kind), inputs, lambda values: self._submit(kind, values), self
        )
        if form.exec() == QDialog.DialogCode.Accepted:
            self._done(kind)

    def _inputs(self, kind: EventKind) -> list[Input]:
        if kind is EventKind.SUPPLEMENT_REQUESTED:
            return [
                Input("items", self.tr("What is missing (one item per line):"), "lines"),
                Input("late_reason", self.tr("Reason for a late request (supervisor):")),
            ]
        if kind is EventKind.APOLOGY:
            return [
                Input("reason", self.tr("Reason for the delay:")),
                Input("new_due", self.tr("New appointment (dd/mm/yyyy hh:mm):"), "moment"),
            ]
        if kind is EventKind.CORRECTED:
            fields = {name: name for name in CORRECTABLE}
            return [
                Input("field", self.tr("Field to correct:"), "choice", fields),
                Input("new", self.tr("Correct value:")),
            ]
        if kind is EventKind.FORWARDED:
            to = self.detail.next_department or ""
            return [Input("receiver", self.tr("To %1 — received by (name):").replace("%1", to))]
        if kind is EventKind.RETURNED:
            recipient = Input(
                "recipient", self.tr("Received by (name):"), text=self.detail.applicant_name
            )
            postal = []
            if self.detail.return_method == "post":
                postal = [Input("postal", self.tr("Postal item no. (e.g. EE123456785VN):"))]
            return [recipient, *postal, *self._told_inputs()]
        prompt = {
            EventKind.REFUSED: self.tr("Reason for refusal:"),
            EventKind.STOPPED: self.tr("Reason for stopping:"),
            EventKind.WITHDRAWN: self.tr("Note (the applicant's request):"),
            EventKind.HANDED_OVER: self.tr("Handed to (department, person):"),
        }.get(kind)
        return [] if prompt is None else [Input("reason", prompt)]

    def _told_inputs(self) -> list[Input]:
        """Before the appointment (Decree 118/2025): how and when the applicant was told that
        the result was ready."""
        detail = self.detail
        appointment = detail.extended_due_at or detail.appointment_at or detail.deadline.due
        now = self.now()
        if appointment is None or now >= appointment:
            return []
        ways = {
            "phone": self.tr("Phone"),
            "sms": self.tr("Text message"),
            "email": self.tr("Email"),
            "online": self.tr("Public service portal"),
            "post": self.tr("Letter"),
            "in_person": self.tr("In person"),
        }
        return [
            Input("told_how", self.tr("Early return: how was the applicant told?"), "choice", ways),
            Input(
                "told_at",
                self.tr("When was the applicant told (dd/mm/yyyy hh:mm)?"),
                "moment",
                text=f"{now:%d/%m/%Y %H:%M}",
            ),
        ]

    def _submit(self, kind: EventKind, values: dict[str, Any]) -> DeskError | None:
        note = str(values.pop("reason", "") or "")
        data = {k: v for k, v in values.items() if v not in ("", None, [])}
        try:
            self._record(kind, note, data)
        except DeskError as exc:
            return exc
        return None

    def perform(self, kind: EventKind, *, note: str = "", data: dict | None = None) -> bool:
        try:
            self._record(kind, note, data or {})
        except DeskError as exc:
            self.ui.message.setText(error_text(self, exc))
            return False
        self._done(kind)
        return True

    def _record(self, kind: EventKind, note: str, data: dict[str, Any]) -> None:
        self.desk.act(
            self.code,
            kind,
            note=note,
            data=data,
            at=self.now(),
            expected_state=self.detail.state.value,  # what the clerk saw
            origin=self,
        )

    def _done(self, kind: EventKind) -> None:
        self.changed = True
        self.ui.message.setText(self.tr("Done: %1.").replace("%1", event_label(kind)))
        self.reload()
        if kind in FORM_OF:
            self.print_form(FORM_OF[kind])
        if kind is EventKind.RETURNED:
            self.rating = ask_rating(self.desk, self.code, self)

    def print_form(self, form: str) -> Path | None:
        try:
            data = self.desk.document(form, self.code, today=self.now().date())
            path = save_pdf(f"{self.code}-{form}", data)
            self.show_document(path)
        except (DeskError, OSError) as exc:
            self.ui.message.setText(error_text(self, exc))
            return None
        return path


def _step(entry) -> str:
    """A history entry's name in the window's language (its domain label for other entries)."""
    try:
        return event_label(EventKind(entry.kind))
    except ValueError:
        return entry.what
