"""The Catalogue screen: procedures by field, with import and export (CSV/XLSX)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeWidgetItem, QWidget

from desk_app.domain.errors import DeskError
from desk_app.domain.roles import Permission
from desk_app.services import auth
from desk_app.services.changes import Changes
from desk_app.services.desk import Desk
from desk_app.services.tabular import ImportRejected
from desk_app.ui.generated.ui_catalogue_page import Ui_CataloguePage
from desk_app.ui.labels import limit_label
from desk_app.ui.tasks import error_text, listen

FILTER = "CSV, Excel (*.csv *.xlsx)"


class CataloguePage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_CataloguePage()
        self.ui.setupUi(self)
        self.ui.procedures.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        actor = auth.current_or_none()
        may = actor is not None and actor.can(Permission.CATALOGUE)
        self.ui.import_button.setEnabled(may)
        self.ui.export_button.setEnabled(may)
        self.ui.import_button.clicked.connect(lambda: self.import_file())
        self.ui.export_button.clicked.connect(lambda: self.export_file())
        self.refresh()
        listen(desk, self, self.on_changes)

    def refresh(self) -> None:
        tree = self.ui.procedures
        tree.clear()
        fields: dict[str, QTreeWidgetItem] = {}
        sample = QBrush(QColor("#fff3b0"))
        for choice in self.desk.procedure_choices():
            parent = fields.get(choice.field)
            if parent is None:
                parent = fields[choice.field] = QTreeWidgetItem([choice.field])
                tree.addTopLevelItem(parent)
                parent.setExpanded(True)
            item = QTreeWidgetItem(
                [
                    choice.name,
                    choice.code,
                    limit_label(choice.limit),
                    choice.fee,
                    choice.department,
                    choice.steps.replace(";", "; "),
                ]
            )
            item.setToolTip(0, choice.name)
            if choice.is_sample:
                for column in range(6):
                    item.setBackground(column, sample)
                item.setToolTip(0, self.tr("Sample: check it against the national database"))
            parent.addChild(item)
        for column in (1, 2, 3, 4):
            tree.resizeColumnToContents(column)

    def import_file(self, path: Path | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import procedures"), "", FILTER)
            if not name:
                return False
            path = Path(name)
        try:
            result = self.desk.import_catalogue(path, origin=self).value
        except ImportRejected as exc:
            lines = [e.line() for e in exc.errors[:20]]
            self.ui.message.setText("\n".join([str(exc), *lines]))
            return False
        except DeskError as exc:
            self.ui.message.setText(error_text(self, exc))
            return False
        self.ui.message.setText(
            self.tr("%1 procedures added, %2 updated.")
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
        )
        return True

    def on_changes(self, changes: Changes, origin: object) -> None:
        if changes.catalogue:
            self.refresh()

    def export_file(self, path: Path | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export procedures"), str(Path.home() / "thu-tuc.xlsx"), FILTER
            )
            if not name:
                return False
            path = Path(name)
        try:
            count = self.desk.export_catalogue(path)
        except DeskError as exc:
            self.ui.message.setText(error_text(self, exc))
            return False
        self.ui.message.setText(self.tr("%1 procedures saved.").replace("%1", str(count)))
        return True
