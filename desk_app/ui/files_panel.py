"""A dossier's digitised files in its window: the list, attach from a file dialog or by
dropping files on it (to the document chosen above the list), show inside the desk, copy all to
a folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.printing.wording import short_moment
from desk_app.services.desk import Desk
from desk_app.ui.tables import read_only_table
from desk_app.ui.tasks import error_text
from desk_app.ui.viewer import DocumentViewer

FILTER = "PDF, JPEG, PNG, TIFF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"


class FilesPanel(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.code = desk, code
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.target_label = QLabel(self.tr("Attach &to:"), self)
        self.target = QComboBox(self)
        self.target_label.setBuddy(self.target)
        row.addWidget(self.target_label)
        row.addWidget(self.target, 1)
        self.attach_button = QPushButton(self.tr("&Attach a file..."), self)
        row.addWidget(self.attach_button)
        layout.addLayout(row)
        self.table = read_only_table(
            self,
            [
                self.tr("Document"),
                self.tr("File"),
                self.tr("Type"),
                self.tr("Size"),
                self.tr("Added"),
            ],
            0,
        )
        self.table.doubleClicked.connect(lambda _index: self.show_selected())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Sh&ow"), self)
        self.copy_button = QPushButton(self.tr("Copy all to a &folder..."), self)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.attach_button.clicked.connect(lambda: self.attach())
        self.show_button.clicked.connect(self.show_selected)
        self.copy_button.clicked.connect(lambda: self.copy_all())
        self.viewer: DocumentViewer | None = None
        self.items = []

    def load(self, documents: list[str], result_ready: bool) -> None:
        """The documents a file can go to (and the result once it is ready), and the files."""
        current = self.target.currentData()
        self.target.clear()
        for position, name in enumerate(documents, 1):
            self.target.addItem(f"{position}. {name}", position)
        if result_ready:
            self.target.addItem(self.tr("The result"), 0)
        self.target.setCurrentIndex(max(0, self.target.findData(current)))
        self.items = self.desk.attachments(self.code)
        self.table.setRowCount(len(self.items))
        for r, info in enumerate(self.items):
            label = info.document if info.position is None else f"{info.position}. {info.document}"
            cells = (
                label,
                info.file_name,
                info.content_type.upper(),
                f"{info.size / 1024:,.0f} KB".replace(",", "."),
                short_moment(info.added_at),
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def attach(self, path: Path | None = None) -> bool:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"), "", FILTER)
            if not name:
                return False
            path = Path(name)
        chosen = self.target.currentData()
        options = {"result": True} if chosen == 0 else {"document": chosen}
        try:
            info = self.desk.attach(self.code, path, origin=self, **options).value
        except DeskError as exc:
            self.message.setText(error_text(self, exc))
            return False
        self.message.setText(
            self.tr("%1 attached to %2.").replace("%1", info.file_name).replace("%2", info.document)
        )
        self.changed.emit()
        return True

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        for path in paths:
            self.attach(path)
        event.acceptProposedAction()

    def show_selected(self) -> DocumentViewer | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return None
        info = self.items[row]
        try:
            kind, data = self.desk.attachment_content(info.id)
        except DeskError as exc:
            self.message.setText(error_text(self, exc))
            return None
        self.viewer = DocumentViewer(info.file_name, kind, data, self)
        self.viewer.show()
        return self.viewer

    def copy_all(self, folder: Path | None = None) -> list[Path]:
        if folder is None:
            name = QFileDialog.getExistingDirectory(self, self.tr("Copy the files to a folder"))
            if not name:
                return []
            folder = Path(name)
        try:
            written = self.desk.export_files(self.code, folder)
        except DeskError as exc:
            self.message.setText(error_text(self, exc))
            return []
        self.message.setText(
            self.tr("%1 files copied to %2.")
            .replace("%1", str(len(written)))
            .replace("%2", str(folder))
        )
        return written
