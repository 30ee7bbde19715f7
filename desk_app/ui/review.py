"""The end-of-day review (Ctrl+E): overdue, due today, due the next working day, waiting long
for a supplement, received and returned today. Tick overdue dossiers to produce their apology
letters at once; print the sheet; record that the review was done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QInputDialog, QTreeWidgetItem, QWidget

from desk_app.domain.errors import DeskError
from desk_app.domain.roles import Permission
from desk_app.printing.wording import short_moment
from desk_app.services import auth
from desk_app.services.changes import Changes
from desk_app.services.desk import Desk
from desk_app.ui.documents import open_pdf, save_pdf
from desk_app.ui.generated.ui_review_page import Ui_ReviewPage
from desk_app.ui.tasks import error_text, listen

OVERDUE_SECTION = 0


class ReviewPage(QWidget):
    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        show_document: Callable[[Path], None] = open_pdf,
    ):
        super().__init__(parent)
        self.desk, self.now, self.show_document = desk, now, show_document
        self.ui = Ui_ReviewPage()
        self.ui.setupUi(self)
        header = self.ui.sections.header()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        actor = auth.current_or_none()
        self.ui.apology_button.setVisible(actor is not None and actor.can(Permission.APOLOGY))
        self.ui.done_button.setVisible(actor is not None and actor.can(Permission.REVIEW_SIGNOFF))
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.print_button.clicked.connect(self.print_sheet)
        self.ui.apology_button.clicked.connect(lambda: self.apologise())
        self.ui.done_button.clicked.connect(self.sign_off)
        self.sheet = None
        self.refresh()
        listen(desk, self, self.on_changes)

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Dossiers registered, moved or closed here or at another counter, and calendar or
        settings changes that move due moments, show up; the ticks stay."""
        if changes.dossiers or changes.calendar or changes.settings:
            ticked = set(self.ticked())
            self.refresh()
            for item in self.overdue_items():
                if item.text(0) in ticked:
                    item.setCheckState(0, Qt.CheckState.Checked)

    def codes(self) -> list[str]:
        """Every dossier code the review shows, section by section."""
        tree = self.ui.sections
        return [
            tree.topLevelItem(i).child(j).text(0)
            for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())
        ]

    def refresh(self) -> None:
        now = self.now()
        self.sheet = self.desk.review(now.date(), now)
        self.ui.title.setText(self.tr("Review of %1").replace("%1", f"{now:%d/%m/%Y}"))
        tree = self.ui.sections
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        for index, section in enumerate(self.sheet.sections):
            top = QTreeWidgetItem([f"{section.title} ({len(section.lines)})"])
            top.setFont(0, bold)
            top.setFirstColumnSpanned(True)
            for line in section.lines:
                item = QTreeWidgetItem(
                    [
                        line.code,
                        line.applicant_name,
                        line.procedure_name,
                        short_moment(line.due_at) if line.due_at else "-",
                        line.phone,
                    ]
                )
                item.setToolTip(2, line.procedure_name)
                if index == OVERDUE_SECTION:
                    item.setCheckState(0, Qt.CheckState.Unchecked)
                top.addChild(item)
            tree.addTopLevelItem(top)
            top.setExpanded(index < 4 or len(section.lines) <= 20)
            top.setFirstColumnSpanned(True)
        for column in (0, 1, 3, 4):
            tree.resizeColumnToContents(column)
        self._show_sign_off()

    def _show_sign_off(self) -> None:
        done = self.desk.signed_off(self.now().date())
        self.ui.signed.setText(
            self.tr("Review done by %1 at %2")
            .replace("%1", done.username)
            .replace("%2", f"{done.at:%H:%M}")
            if done
            else self.tr("Not reviewed yet")
        )

    def overdue_items(self) -> list[QTreeWidgetItem]:
        top = self.ui.sections.topLevelItem(OVERDUE_SECTION)
        return [top.child(i) for i in range(top.childCount())] if top else []

    def ticked(self) -> list[str]:
        return [
            item.text(0)
            for item in self.overdue_items()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def apologise(
        self, new_due: dt.datetime | None = None, reason: str | None = None
    ) -> list[Path]:
        codes = self.ticked()
        if not codes:
            self.ui.message.setText(self.tr("Tick the overdue dossiers first."))
            return []
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Apology letters"), self.tr("Reason for the delay:")
            )
            if not ok:
                return []
        if new_due is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Apology letters"), self.tr("New appointment (dd/mm/yyyy hh:mm):")
            )
            if not ok:
                return []
            try:
                new_due = dt.datetime.strptime(text.strip(), "%d/%m/%Y %H:%M")
            except ValueError:
                self.ui.message.setText(self.tr("Write the date as dd/mm/yyyy hh:mm."))
                return []
        try:
            result = self.desk.apology_letters(codes, new_due, reason, now=self.now()).value
        except DeskError as exc:
            self.ui.message.setText(error_text(self, exc))
            return []
        paths = []
        for code, data in result.letters:
            path = save_pdf(f"{code}-apology", data)
            paths.append(path)
            self.show_document(path)
        message = self.tr("%1 apology letters made.").replace("%1", str(len(paths)))
        if result.refused:
            message += " " + "; ".join(f"{code}: {why}" for code, why in result.refused)
        self.ui.message.setText(message)
        self.refresh()
        return paths

    def print_sheet(self) -> Path | None:
        try:
            data = self.desk.review_document(self.now().date(), self.now())
            path = save_pdf(f"ra-soat-{self.now():%Y%m%d}", data)
            self.show_document(path)
            return path
        except (DeskError, OSError) as exc:
            self.ui.message.setText(error_text(self, exc))
            return None

    def sign_off(self) -> None:
        counts = {s.title: len(s.lines) for s in self.sheet.sections} if self.sheet else None
        try:
            self.desk.sign_off(self.now().date(), counts)
        except DeskError as exc:
            self.ui.message.setText(error_text(self, exc))
            return
        self._show_sign_off()
