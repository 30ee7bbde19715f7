"""The counter's scanner folder in the intake screen: each new scan the scanner saves there
appears in a list; the clerk selects the document row and presses Ctrl+D to give it the scan
selected (the first new one by default). When the dossier is registered its scans are attached
and moved to the folder's ``da-nhan`` subfolder, so the list shows only what is still to do.

The folder belongs to the counter PC, not to the agency: it is kept in the Qt settings
(``scanner/folder``)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}
DONE = "da-nhan"
SETTING = "scanner/folder"


def scanner_folder() -> Path | None:
    value = str(QSettings().value(SETTING, "") or "")
    return Path(value) if value else None


def set_scanner_folder(folder: Path | None) -> None:
    QSettings().setValue(SETTING, str(folder) if folder else "")


class ScanTray(QWidget):
    """The new scans of the scanner folder, watched."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None):
        super().__init__(parent)
        self.folder = folder or scanner_folder()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(90)
        layout.addWidget(self.list)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.refresh())
        self.used: set[Path] = set()  # given to a document, waiting for the registration
        self.set_folder(self.folder)

    def set_folder(self, folder: Path | None) -> None:
        """Watch ``folder`` (None: no scanner; the tray hides)."""
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.folder = folder
        if folder is not None and folder.is_dir():
            self.watcher.addPath(str(folder))
        self.setHidden(folder is None)
        self.refresh()

    def scans(self) -> list[Path]:
        if self.folder is None or not self.folder.is_dir():
            return []
        found = [p for p in self.folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES]
        return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))

    def refresh(self) -> None:
        current = self.selected()
        self.list.clear()
        for path in self.scans():
            item = QListWidgetItem(path.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            if path in self.used:
                item.setForeground(Qt.GlobalColor.gray)
        waiting = [p for p in self.scans() if p not in self.used]
        self.label.setText(
            self.tr("New scans in %1: %2 (select a document and press Ctrl+D)")
            .replace("%1", str(self.folder))
            .replace("%2", str(len(waiting)))
        )
        for row in range(self.list.count()):
            if Path(self.list.item(row).data(Qt.ItemDataRole.UserRole)) == current:
                self.list.setCurrentRow(row)
        self.changed.emit()

    def selected(self) -> Path | None:
        item = self.list.currentItem()
        if item is not None:
            path = Path(item.data(Qt.ItemDataRole.UserRole))
            if path not in self.used:
                return path
        return next((p for p in self.scans() if p not in self.used), None)

    def take(self) -> Path | None:
        """The scan to give to a document (the selected one, else the oldest new one)."""
        path = self.selected()
        if path is not None:
            self.used.add(path)
            self.refresh()
        return path

    def release(self, paths: list[Path]) -> None:
        self.used.difference_update(paths)
        self.refresh()

    def done(self, paths: list[Path]) -> None:
        """Attached: moved to the ``da-nhan`` subfolder."""
        for path in paths:
            self.used.discard(path)
            if self.folder is not None and path.exists():
                target = self.folder / DONE
                target.mkdir(exist_ok=True)
                shutil.move(str(path), str(target / path.name))
        self.refresh()
