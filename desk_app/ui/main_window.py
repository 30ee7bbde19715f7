"""The desk's main window. Screens are pages of ``self.ui.pages``.

The window belongs to the signed-in user: it shows who that is, offers only what the role may
do (the services check again), locks itself after the idle time the administrator set, and
makes the automatic backup when it closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from desk_app import __version__
from desk_app.db.database import Database
from desk_app.domain.errors import DeskError
from desk_app.domain.roles import SYSTEM, Actor, Permission
from desk_app.services import agency, auth, backup, register_io, users
from desk_app.services.tabular import ImportRejected
from desk_app.ui.calendar_page import CalendarPage
from desk_app.ui.catalogue_page import CataloguePage
from desk_app.ui.dossiers import DossiersPage
from desk_app.ui.generated.ui_main_window import Ui_MainWindow
from desk_app.ui.intake import IntakePage
from desk_app.ui.reports import ReportsPage
from desk_app.ui.review import ReviewPage
from desk_app.ui.settings_page import SettingsPage
from desk_app.ui.sign_in import Mode, SignInDialog
from desk_app.ui.tasks import BackgroundTask, QuietTask, show_error

log = logging.getLogger(__name__)
_WATCH_AFTER_MS = 1000
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.actor = actor or auth.current_or_none() or SYSTEM
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        with db.read() as session:
            settings = agency.get_settings(session)
            agency_name = settings.name
            idle_minutes = int(settings.options.get("idle_lock_minutes", 15) or 0)
        self.setWindowTitle(self.tr("Reception desk - %s") % agency_name)
        self.ui.status_bar.showMessage(self.tr("Database: %s") % db.display_url)
        self.user_label = QLabel()
        self.ui.status_bar.addPermanentWidget(self.user_label)
        self._show_user()
        self.ui.action_quit.triggered.connect(self.close)
        self.ui.action_about.triggered.connect(self.show_about)
        self.ui.action_language.triggered.connect(self.switch_language)
        self.ui.action_reports.triggered.connect(self.show_reports)
        self.ui.action_intake.triggered.connect(self.show_intake)
        self.ui.action_dossiers.triggered.connect(self.show_dossiers)
        self.ui.action_review.triggered.connect(self.show_review)
        self.ui.action_calendar.triggered.connect(self.show_calendar)
        self.ui.action_catalogue.triggered.connect(self.show_catalogue)
        self.ui.action_settings.triggered.connect(self.show_settings)
        self.ui.action_settings.setVisible(self.actor.can(Permission.SETTINGS))
        self.pages: dict[str, QWidget] = {}
        self.ui.action_import_register.triggered.connect(lambda: self.import_register())
        self.ui.action_import_register.setVisible(self.actor.can(Permission.EXPORT_PERSONAL))
        self.ui.action_backup.triggered.connect(self.backup_now)
        self.ui.action_backup.setVisible(self.actor.can(Permission.BACKUP))
        self.task: BackgroundTask | None = None
        self.intake_page = IntakePage(db, self)
        self.ui.pages.addWidget(self.intake_page)
        self.show_intake()
        self.ui.action_reports.setVisible(self.actor.can(Permission.REPORTS))
        self.locked = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self.watching_activity = False
        if idle_minutes > 0:
            self.idle_timer.setInterval(idle_minutes * 60_000)
            self.idle_timer.start()
            # The filter is a Python call for every event of the application: building and
            # showing the window sends thousands (a third of the start in the benchmark).
            # The lock counts minutes, so the filter starts watching a second later.
            QTimer.singleShot(_WATCH_AFTER_MS, self, self._watch_activity)
        self._restore_geometry()
        self.damage_shown = False
        if not db.verified:  # a large file: its integrity check runs in the background
            self.integrity_timer = QTimer(self)
            self.integrity_timer.timeout.connect(self._check_integrity)
            self.integrity_timer.start(500)

    def _check_integrity(self) -> None:
        if not self.db.verified:
            return
        self.integrity_timer.stop()
        if self.db.damage is not None and not self.damage_shown:
            self.damage_shown = True
            QMessageBox.critical(
                self,
                self.tr("The database is damaged"),
                self.tr(
                    "%1 Nothing will be written to it. Close the program and restore the newest "
                    "good backup (desk-app restore, or the offer at the next start)."
                ).replace("%1", str(self.db.damage)),
            )

    def start_daily_backup(self) -> QuietTask | None:
        """The automatic copy of the first start of the day, without holding the window."""
        if self.db.file is None:
            return None
        db = self.db
        task = QuietTask(self, lambda: backup.backup_if_due(db))
        task.finished.connect(
            lambda result: (
                result is not None
                and self.ui.status_bar.showMessage(
                    self.tr("Daily backup written to %1").replace("%1", str(result.path))
                )
            )
        )
        task.failed.connect(lambda exc: log.warning("automatic daily backup failed: %s", exc))
        return task.start()

    def _show_user(self) -> None:
        name = users.full_name(self.db, self.actor)
        self.user_label.setText(
            self.tr("Signed in: %1 (%2)")
            .replace("%1", name)
            .replace("%2", self.actor.role.label_vi)
        )

    def _watch_activity(self) -> None:
        QApplication.instance().installEventFilter(self)
        self.watching_activity = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and not self.locked and self.idle_timer.interval() > 0:
            self.idle_timer.start()  # restart: the clerk is at work
        return False

    def lock(self) -> None:
        """Hide the work until the signed-in user types the password again."""
        if self.locked:
            return
        self.locked = True
        self.ui.central_widget.setVisible(False)
        self.ui.menu_bar.setEnabled(False)
        dialog = SignInDialog(self.db, self, mode=Mode.UNLOCK, username=self.actor.username)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.unlock()
        else:
            self.close()

    def unlock(self) -> None:
        self.locked = False
        self.ui.central_widget.setVisible(True)
        self.ui.menu_bar.setEnabled(True)
        self.idle_timer.start()

    def show_intake(self) -> IntakePage:
        self.ui.pages.setCurrentWidget(self.intake_page)
        self.intake_page.ui.procedure.setFocus()
        return self.intake_page

    # ------------------------------------------------------------------ long work

    def import_register(self, path: Path | None = None, skip_invalid: bool = False) -> None:
        """In the background with a cancellable progress dialog; bad rows are listed, and the
        good ones can then be imported alone."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a register"), "", "CSV, Excel (*.csv *.xlsx)"
            )
            if not name:
                return
            path = Path(name)
        db = self.db
        self.task = BackgroundTask(
            self,
            self.tr("Importing %1...").replace("%1", path.name),
            lambda: register_io.import_register(db, path, skip_invalid=skip_invalid),
        )
        self.task.finished.connect(
            lambda result: self.ui.status_bar.showMessage(
                self.tr("Imported %1 dossiers from %2.")
                .replace("%1", str(result.imported))
                .replace("%2", path.name)
            )
        )
        self.task.failed.connect(lambda exc: self._import_failed(path, exc))
        self.task.start()

    def _import_failed(self, path: Path, exc: Exception) -> None:
        if not isinstance(exc, ImportRejected):
            show_error(self, self.tr("Import a register"), exc)
            return
        lines = "\n".join(e.line() for e in exc.errors[:15])
        answer = QMessageBox.question(
            self,
            self.tr("Import a register"),
            self.tr("%1\n%2\n\nImport the good rows and write the bad ones to a side file?")
            .replace("%1", str(exc))
            .replace("%2", lines),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.import_register(path, skip_invalid=True)

    def backup_now(self) -> None:
        db = self.db
        self.task = BackgroundTask(self, self.tr("Backing up..."), lambda: backup.backup(db))
        self.task.finished.connect(
            lambda result: self.ui.status_bar.showMessage(
                self.tr("Backed up to %1").replace("%1", str(result.path))
            )
        )
        self.task.failed.connect(lambda exc: show_error(self, self.tr("Back up now"), exc))
        self.task.start()

    # ------------------------------------------------------------------ pages

    def _page(self, name: str, make: Callable[[], QWidget]) -> QWidget:
        """Show screen ``name``, built by ``make`` the first time it is asked for."""
        page = self.pages.get(name)
        if page is None:
            page = self.pages[name] = make()
            self.ui.pages.addWidget(page)
        self.ui.pages.setCurrentWidget(page)
        return page

    @property
    def dossiers_page(self) -> DossiersPage | None:
        return self.pages.get("dossiers")

    @property
    def reports_page(self) -> ReportsPage | None:
        return self.pages.get("reports")

    def show_dossiers(self) -> DossiersPage:
        def make() -> DossiersPage:
            page = DossiersPage(self.db, self)
            self.intake_page.registered.connect(lambda _code: page.refresh())
            return page

        page = self._page("dossiers", make)
        page.ui.search.setFocus()
        page.ui.search.selectAll()
        return page

    def show_review(self) -> ReviewPage:
        fresh = "review" not in self.pages
        page = self._page("review", lambda: ReviewPage(self.db, self))
        if not fresh:
            page.refresh()  # the lists move during the day
        return page

    def show_calendar(self) -> CalendarPage:
        def make() -> CalendarPage:
            page = CalendarPage(self.db, self)
            page.calendar_changed.connect(self.intake_page.update_appointment)
            return page

        return self._page("calendar", make)

    def show_catalogue(self) -> CataloguePage:
        return self._page("catalogue", lambda: CataloguePage(self.db, self))

    def show_settings(self) -> SettingsPage | None:
        if not self.actor.can(Permission.SETTINGS):
            return None
        return self._page("settings", lambda: SettingsPage(self.db, self))

    def show_reports(self) -> ReportsPage | None:
        if not self.actor.can(Permission.REPORTS):
            return None
        return self._page("reports", lambda: ReportsPage(self.db, self))

    def switch_language(self) -> str:
        """Vietnamese <-> English, stored in the Qt settings; takes effect at the next start
        (every screen is built translated)."""
        settings = QSettings()
        language = "en" if str(settings.value("ui/language", "vi")) == "vi" else "vi"
        settings.setValue("ui/language", language)
        self.ui.status_bar.showMessage(
            self.tr("The interface will be in English from the next start.")
            if language == "en"
            else self.tr("The interface will be in Vietnamese from the next start.")
        )
        return language

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
        if self.dossiers_page is not None:
            self.dossiers_page.save_choices()
        QApplication.instance().removeEventFilter(self)
        self.idle_timer.stop()
        if self.db.file is not None:
            try:  # the automatic copy when the window closes; never blocks closing
                backup.backup(self.db, automatic=True)
            except (DeskError, OSError) as exc:
                log.warning("automatic backup on close failed: %s", exc)
        super().closeEvent(event)


def open_and_close(db: Database, actor: Actor) -> None:
    """The self-check's last step: the main window and its busiest screens, built, shown and
    closed (offscreen in CI and in the bundle)."""
    window = MainWindow(db, actor)
    window.show()
    window.show_dossiers()
    window.show_review()
    QApplication.processEvents()
    window.close()
    QApplication.processEvents()
