"""Printed documents leave the window as PDF files: kept in the data folder (the PDF is the
record), opened in the computer's PDF viewer for preview and printing, or sent straight to the
default printer when the agency's setting says so."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desk_app.domain.errors import DeskError
from desk_app.services.tabular import write_bytes
from desk_app.settings import paths

log = logging.getLogger(__name__)


def documents_folder() -> Path:
    folder = paths().data_dir / "documents" / f"{dt.date.today():%Y-%m}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save_pdf(name: str, data: bytes) -> Path:
    """Keep a document as ``documents/YYYY-MM/<name>.pdf`` (a later print of the same name
    replaces it) and return its path."""
    safe = "".join(c if c.isalnum() or c in "-._" else "_" for c in name)
    path = documents_folder() / f"{safe}.pdf"
    write_bytes(path, data)
    return path


def open_pdf(path: Path) -> None:
    """Preview in the PDF viewer of the computer, whose Print uses the default printer."""
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        raise DeskError(f"Không mở được trình xem PDF cho {path}; tệp đã được lưu.")


def print_pdf(path: Path) -> None:
    """Straight to the default printer (Windows: the viewer's print verb; elsewhere: lp)."""
    if sys.platform == "win32":
        os.startfile(str(path), "print")  # type: ignore[attr-defined]
        return
    lp = shutil.which("lp")
    if lp is None:
        raise DeskError("Máy này chưa có lệnh in (lp); tệp PDF đã được lưu để in sau.")
    done = subprocess.run([lp, str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        raise DeskError(f"Máy in báo lỗi: {done.stderr.strip()[:200]}")
