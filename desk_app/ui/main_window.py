"""The desk's main window. Screens are pages of ``self.ui.pages``."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desk_app import __version__
from desk_app.db.database import Database
from desk_app.services import agency
from desk_app.ui.generated.ui_main_window import Ui_MainWindow
from desk_app.ui.reports import ReportsPage


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        with db.read() as session:
            settings = agency.get_settings(session)
            agency_name = settings.name
        self.setWindowTitle(self.tr("Reception desk - %s") % agency_name)
        self.ui.status_bar.showMessage(self.tr("Database: %s") % db.display_url)
        self.ui.action_quit.triggered.connect(self.close)
        self.ui.action_about.triggered.connect(self.show_about)
        self.ui.action_reports.triggered.connect(self.show_reports)
        self.reports_page: ReportsPage | None = None
        self._restore_geometry()

    def show_reports(self) -> ReportsPage:
        if self.reports_page is None:
            self.reports_page = ReportsPage(self.db, self)
            self.ui.pages.addWidget(self.reports_page)
        self.ui.pages.setCurrentWidget(self.reports_page)
        return self.reports_page

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About desk"),
            self.tr("desk %s\nReception desk for public administrative procedures.") % __version__,
        )

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
