"""A digitised document shown inside the desk: PDF pages rendered by PDFium (``pypdfium2``, the
renderer Chrome uses), images by Qt. No outside viewer is needed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

MAX_PAGES = 200  # a longer file is shown in part, and says so


def pdf_pages(data: bytes, scale: float = 1.25) -> list[QImage]:
    """Each page of a PDF as an image (at ``scale`` x 72 dpi)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    images = []
    try:
        for index in range(min(len(document), MAX_PAGES)):
            bitmap = document[index].render(scale=scale, rev_byteorder=True)
            kind = (
                QImage.Format.Format_RGB888
                if bitmap.n_channels == 3
                else QImage.Format.Format_RGBA8888
            )
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, kind)
            images.append(image.copy())  # the bitmap's memory goes with it
    finally:
        document.close()
    return images


def images_of(content_type: str, data: bytes) -> list[QImage]:
    """The pages of a stored file; an empty list when it cannot be shown."""
    if content_type == "pdf":
        import pypdfium2 as pdfium

        try:
            return pdf_pages(data)
        except pdfium.PdfiumError:  # a damaged PDF: the viewer says so
            return []
    image = QImage.fromData(data)
    return [] if image.isNull() else [image]


class DocumentViewer(QDialog):
    def __init__(self, title: str, content_type: str, data: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        self.pages = images_of(content_type, data)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        holder = QWidget()
        column = QVBoxLayout(holder)
        for page in self.pages:
            label = QLabel(holder)
            label.setPixmap(QPixmap.fromImage(page))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
        if not self.pages:
            column.addWidget(
                QLabel(
                    self.tr(
                        "This file cannot be shown here; copy it to a folder to open it "
                        "(the dossier's files, Copy to a folder)."
                    ),
                    holder,
                )
            )
        self.scroll.setWidget(holder)
        layout.addWidget(self.scroll)
