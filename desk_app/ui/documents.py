"""Printed documents leave the window as PDF files: kept in the data folder (the PDF is the
record), previewed inside the desk and printed from there, or sent straight to the counter's
printer when the agency's setting says so (``ui.printer``)."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

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
    """Preview inside the desk (``ui.printer``): pages rendered by PDFium, printed from there
    on the counter's printer. No outside PDF viewer is needed."""
    from desk_app.ui.printer import preview_file

    preview_file(path)


def print_pdf(path: Path) -> None:
    """Straight to the counter's printer (the agency's setting ``print_directly``); a failure
    says where the PDF was kept."""
    from desk_app.ui.printer import print_file

    print_file(path)
