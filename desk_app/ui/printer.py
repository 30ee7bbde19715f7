"""Preview and print inside the desk, with no outside PDF viewer: the saved PDF's pages are
rendered by PDFium (``pypdfium2``) at the printer's resolution and painted on a ``QPrinter``,
so what is printed is exactly the PDF the desk keeps. The counter's printer is kept per PC in
the Qt settings (``printing/printer``; empty: the system's default); the paper is the agency's
setting, chosen when the document is made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSettings, QSizeF
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desk_app.domain.errors import DeskError

SETTING = "printing/printer"


class PrintError(DeskError):
    """Printing failed; the message says where the PDF was kept."""


def chosen_printer() -> str:
    return str(QSettings().value(SETTING, "") or "")


def choose_printer(name: str) -> None:
    QSettings().setValue(SETTING, name)


def counter_info() -> QPrinterInfo:
    """The counter's printer (the one chosen, else the system's default); null when none."""
    name = chosen_printer()
    return QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()


def counter_printer() -> QPrinter:
    info = counter_info()
    if info.isNull():
        return QPrinter(QPrinter.PrinterMode.HighResolution)
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def paint_pdf(printer: QPrinter, data: bytes) -> int:
    """Paint each page of the PDF ``data`` on ``printer``, each sheet sized as the PDF's page.
    Returns the number of pages."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    painter = QPainter()
    try:
        count = len(document)
        for index in range(count):
            page = document[index]
            if index == 0 and not printer.paintingActive():  # a preview has set it already
                printer.setPageLayout(page_layout(*page.get_size()))
            if index == 0:
                if not painter.begin(printer):
                    raise PrintError("Máy in không nhận lệnh in")
            elif not printer.newPage():
                raise PrintError("Máy in không sang được trang sau")
            dpi = max(printer.resolution(), 72)
            bitmap = page.render(scale=min(dpi, 300) / 72, rev_byteorder=True)
            kind = (
                QImage.Format.Format_RGB888
                if bitmap.n_channels == 3
                else QImage.Format.Format_RGBA8888
            )
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, kind)
            target = QRectF(painter.viewport())
            painter.drawImage(target, image)
        return count
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def page_layout(width: float, height: float) -> QPageLayout:
    """A sheet the size of a PDF page (in points), without margins: the PDF has its own."""
    size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def first_page_size(data: bytes) -> tuple[float, float]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return document[0].get_size()
    finally:
        document.close()


def print_file(path: Path, printer: QPrinter | None = None) -> int:
    """Print the PDF at ``path`` (kept by the desk) on the counter's printer."""
    if printer is None:
        if counter_info().isNull():
            name = chosen_printer()
            which = f" {name}" if name else ""
            raise PrintError(f"Máy này chưa có máy in{which}; tệp đã được lưu tại {path}")
        printer = counter_printer()
    try:
        return paint_pdf(printer, path.read_bytes())
    except PrintError as exc:
        raise PrintError(f"{exc}; tệp đã được lưu tại {path}") from None
    except OSError as exc:
        raise PrintError(f"Không đọc được {path}: {exc.strerror}") from None


class Preview(QPrintPreviewDialog):
    """The document as it will print, inside the desk; its Print button prints it."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        self.data = path.read_bytes()
        self.printer = counter_printer()
        self.printer.setPageLayout(page_layout(*first_page_size(self.data)))
        super().__init__(self.printer, parent or QApplication.activeWindow())
        self.path = path
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", path.name))
        self.paintRequested.connect(lambda printer: paint_pdf(printer, self.data))
        self.resize(900, 700)
        # Ctrl+P prints on the counter's printer at once (the toolbar's printer asks which)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_now)
        self.message = ""

    def print_now(self) -> bool:
        try:
            print_file(self.path)
        except PrintError as exc:
            self.message = str(exc)
            QMessageBox.warning(self, self.windowTitle(), self.message)
            return False
        self.accept()
        return True


def preview_file(path: Path) -> Preview:
    """Show the document kept at ``path`` in the preview (not waiting for it to close)."""
    try:
        dialog = Preview(path)
    except OSError as exc:
        raise PrintError(f"Không đọc được {path}: {exc.strerror}") from None
    dialog.open()
    return dialog
