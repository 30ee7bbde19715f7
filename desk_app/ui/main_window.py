"""The desk's main window. Screens are pages of ``self.ui.pages``.

The window belongs to the signed-in user: it shows who that is, offers only what the role may
do (the services check again), locks itself after the idle time the administrator set, and
makes the automatic backup when it closes.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
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
from desk_app.domain.errors import DeskError
from desk_app.domain.roles import SYSTEM, Actor, Permission
from desk_app.services import auth
from desk_app.services.changes import Changes
from desk_app.services.desk import Desk
from desk_app.services.tabular import ImportRejected
from desk_app.ui.calendar_page import CalendarPage
from desk_app.ui.catalogue_page import CataloguePage
from desk_app.ui.citizen import CitizenScreen
from desk_app.ui.dossiers import DossiersPage
from desk_app.ui.generated.ui_main_window import Ui_MainWindow
from desk_app.ui.intake import IntakePage
from desk_app.ui.labels import number, role_label
from desk_app.ui.notice_settings import NoticeSettingsDialog
from desk_app.ui.outbox import NoticeSender, OutboxDialog
from desk_app.ui.reports import ReportsPage
from desk_app.ui.review import ReviewPage
from desk_app.ui.settings_page import SettingsPage
from desk_app.ui.sign_in import Mode, SignInDialog
from desk_app.ui.tasks import BackgroundTask, ChangeBridge, QuietTask, show_error

log = logging.getLogger(__name__)
_WATCH_AFTER_MS = 1000
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class ShortcutKeeper(QObject):
    """The window's own shortcuts (F2, F3, Ctrl+E, Ctrl+L, Ctrl+R, Ctrl+T) work from every
    widget: a line edit would otherwise keep Ctrl+E for itself ("end of line"), and the focus is
    in the search box after every scan."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.keys = {
            action.shortcut()
            for action in window.findChildren(QAction)
            if not action.shortcut().isEmpty()
        }

    def install(self) -> None:
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self.window.isActiveWindow():
            pressed = QKeySequence(event.keyCombination())
            if pressed in self.keys:
                return True  # not offered to the widget: the window's shortcut runs
        return False


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, actor: Actor | None = None, parent=None, *, watch: bool = True):
        super().__init__(parent)
        self.desk = desk
        self.actor = actor or auth.current_or_none() or SYSTEM
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        settings = desk.settings()
        idle_minutes = int(settings.get("idle_lock_minutes") or 0)
        self.setWindowTitle(self.tr("Reception desk - %s") % settings["name"])
        self.ui.status_bar.showMessage(self.tr("Database: %s") % desk.display_url)
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
        self.ui.action_outbox.triggered.connect(self.show_outbox)
        self.ui.action_notice_settings.triggered.connect(self.show_notice_settings)
        self.ui.action_notice_settings.setVisible(self.actor.can(Permission.SETTINGS))
        self.ui.action_postal_list.triggered.connect(self.print_postal_list)
        self.ui.action_scanner_folder.triggered.connect(lambda: self.choose_scanner_folder())
        self.ui.action_printer.triggered.connect(lambda: self.choose_printer())
        self.ui.action_accounts.triggered.connect(self.show_accounts)
        self.ui.action_accounts.setVisible(self.actor.can(Permission.USERS))
        self.ui.action_my_password.triggered.connect(self.change_my_password)
        self.ui.action_my_password.setVisible(self.actor.id is not None)
        self.ui.action_sign_out.triggered.connect(self.sign_out)
        self.signed_out = False
        self.ui.action_postal_list.setVisible(self.actor.can(Permission.PRINT))
        self.notice_sender = NoticeSender(desk, self).start()
        self.shortcuts = ShortcutKeeper(self)
        # a filter sees every event of the application: like the idle lock's, it starts a
        # second after the window, when the thousands of events of its start are over
        QTimer.singleShot(_WATCH_AFTER_MS, self, self.shortcuts.install)
        self.citizen = CitizenScreen.on_second_screen(desk, self)
        self.task: BackgroundTask | None = None
        self.intake_page = IntakePage(desk, self)
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
        self.closing_backup: threading.Thread | None = None
        self.changes = ChangeBridge(desk, self)
        self.changes.changed.connect(self.on_changes)
        if watch:  # other counters' work shows up without anyone asking
            desk.watch()
        if not desk.verified:  # a large file: its integrity check runs in the background
            self.integrity_timer = QTimer(self)
            self.integrity_timer.timeout.connect(self._check_integrity)
            self.integrity_timer.start(500)

    def _check_integrity(self) -> None:
        if not self.desk.verified:
            return
        self.integrity_timer.stop()
        if self.desk.damage is not None and not self.damage_shown:
            self.damage_shown = True
            QMessageBox.critical(
                self,
                self.tr("The database is damaged"),
                self.tr(
                    "%1 Nothing will be written to it. Close the program and restore the newest "
                    "good backup (desk-app restore, or the offer at the next start)."
                ).replace("%1", str(self.desk.damage)),
            )

    def start_daily_backup(self) -> QuietTask | None:
        """The automatic copy of the first start of the day, without holding the window."""
        if self.desk.file is None:
            return None
        desk = self.desk
        task = QuietTask(self, desk.backup_if_due)
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
        name = self.desk.full_name(self.actor)
        self.user_label.setText(
            self.tr("Signed in: %1 (%2)")
            .replace("%1", name)
            .replace("%2", role_label(self.actor.role))
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
        dialog = SignInDialog(self.desk, self, mode=Mode.UNLOCK, username=self.actor.username)
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
        desk = self.desk
        self.task = BackgroundTask(
            self,
            self.tr("Importing %1...").replace("%1", path.name),
            lambda: desk.import_register(path, origin=self, skip_invalid=skip_invalid),
        )
        self.task.finished.connect(
            lambda done: self.ui.status_bar.showMessage(
                self.tr("Imported %1 dossiers from %2.")
                .replace("%1", number(done.value.imported))
                .replace("%2", path.name)
            )
        )
        self.task.failed.connect(lambda exc: self._import_failed(path, exc))
        self.task.cancelled.connect(self.ui.status_bar.showMessage)
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
        desk = self.desk
        self.task = BackgroundTask(self, self.tr("Backing up..."), desk.backup)
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
            return DossiersPage(self.desk, self)

        page = self._page("dossiers", make)
        page.ui.search.setFocus()
        page.ui.search.selectAll()
        return page

    def show_review(self) -> ReviewPage:
        fresh = "review" not in self.pages
        page = self._page("review", lambda: ReviewPage(self.desk, self))
        if not fresh:
            page.refresh()  # "today" moves on: the overdue list too
        return page

    def show_calendar(self) -> CalendarPage:
        def make() -> CalendarPage:
            return CalendarPage(self.desk, self)

        return self._page("calendar", make)

    def show_catalogue(self) -> CataloguePage:
        return self._page("catalogue", lambda: CataloguePage(self.desk, self))

    def show_settings(self) -> SettingsPage | None:
        if not self.actor.can(Permission.SETTINGS):
            return None
        return self._page("settings", lambda: SettingsPage(self.desk, self))

    def show_reports(self) -> ReportsPage | None:
        if not self.actor.can(Permission.REPORTS):
            return None
        return self._page("reports", lambda: ReportsPage(self.desk, self))

    def show_outbox(self) -> OutboxDialog:
        dialog = OutboxDialog(self.desk, self, self.notice_sender)
        dialog.open()
        return dialog

    def show_notice_settings(self) -> NoticeSettingsDialog | None:
        if not self.actor.can(Permission.SETTINGS):
            return None
        dialog = NoticeSettingsDialog(self.desk, self)
        dialog.open()
        return dialog

    def print_postal_list(self) -> Path | None:
        """Today's hand-over list to the public postal service, saved and shown."""
        import datetime as dt

        from desk_app.ui.documents import open_pdf, save_pdf

        today = dt.date.today()
        try:
            path = save_pdf(f"postal-{today:%Y%m%d}", self.desk.postal_list_document(today))
            open_pdf(path)
        except (DeskError, OSError) as exc:
            show_error(self, self.tr("Postal hand-over list"), exc)
            return None
        self.ui.status_bar.showMessage(self.tr("Saved to %1").replace("%1", str(path)))
        return path

    def choose_scanner_folder(self, folder: Path | None = None) -> Path | None:
        """This counter's scanner folder (kept in the Qt settings: it is the PC's)."""
        from desk_app.ui.scans import set_scanner_folder

        if folder is None:
            name = QFileDialog.getExistingDirectory(self, self.tr("Scanner folder"))
            if not name:
                return None
            folder = Path(name)
        set_scanner_folder(folder)
        self.intake_page.scans.set_folder(folder)
        self.ui.status_bar.showMessage(
            self.tr("New scans in %1 appear in the intake screen.").replace("%1", str(folder))
        )
        return folder

    def show_accounts(self):
        from desk_app.ui.accounts import AccountsDialog

        dialog = AccountsDialog(self.desk, self)
        dialog.open()
        return dialog

    def change_my_password(self):
        from desk_app.ui.accounts import PasswordDialog

        dialog = PasswordDialog(self.desk, self.actor.username, True, self)
        dialog.open()
        return dialog

    def sign_out(self) -> None:
        """Close the window; the sign-in comes back for the next user (``app.run_gui``)."""
        self.signed_out = True
        self.close()

    def choose_printer(self, name: str | None = None) -> str | None:
        """This counter's printer (kept in the Qt settings: it is the PC's)."""
        from PySide6.QtPrintSupport import QPrinterInfo
        from PySide6.QtWidgets import QInputDialog

        from desk_app.ui import printer

        if name is None:
            default = self.tr("(the system's default printer)")
            names = [default, *QPrinterInfo.availablePrinterNames()]
            current = printer.chosen_printer()
            index = names.index(current) if current in names else 0
            name, chosen = QInputDialog.getItem(
                self, self.tr("Counter's printer"), self.tr("Print on:"), names, index, False
            )
            if not chosen:
                return None
            name = "" if name == default else name
        printer.choose_printer(name)
        return name

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

    def _geometry_key(self) -> str:
        """The window's size is remembered per screen: the counter PC's own, a projector's."""
        screen = self.screen() or QApplication.primaryScreen()
        size = screen.size()
        return f"main_window/geometry/{screen.name()}-{size.width()}x{size.height()}"

    def _restore_geometry(self) -> None:
        """As it was left on this screen; the first time, the whole screen (the counter PC's
        1366x768 has no room to spare)."""
        geometry = QSettings().value(self._geometry_key())
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        screen = self.screen() or QApplication.primaryScreen()
        self.setGeometry(screen.availableGeometry())
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def closeEvent(self, event) -> None:
        QSettings().setValue(self._geometry_key(), self.saveGeometry())
        if self.dossiers_page is not None:
            self.dossiers_page.save_choices()
        QApplication.instance().removeEventFilter(self)
        QApplication.instance().removeEventFilter(self.shortcuts)
        self.idle_timer.stop()
        self.notice_sender.stop()
        if self.citizen is not None:
            self.citizen.close()
        self.changes.detach()
        self.desk.unwatch()
        if self.desk.file is not None and self.closing_backup is None:
            # the automatic copy when the window closes, on a thread: the window goes at once,
            # and the program waits for the copy before it ends (run_gui)
            folder = self.desk.backup_folder()  # now: the thread may outlive the settings
            self.closing_backup = threading.Thread(
                target=self._backup_on_close, args=(contextvars.copy_context(), folder)
            )
            self.closing_backup.start()
        super().closeEvent(event)

    def _backup_on_close(self, context: contextvars.Context, folder: Path) -> None:
        try:
            context.run(self.desk.backup, folder, automatic=True)
        except (DeskError, OSError) as exc:
            log.warning("automatic backup on close failed: %s", exc)

    def wait_for_backup(self) -> None:
        if self.closing_backup is not None:
            self.closing_backup.join()

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Each screen listens to the desk itself (``tasks.listen``); the window keeps only
        its title, the agency's name, current."""
        if changes.settings:
            self.setWindowTitle(self.tr("Reception desk - %s") % self.desk.settings()["name"])


def open_and_close(desk: Desk, actor: Actor) -> None:
    """The self-check's last step: the main window and its busiest screens, built, shown and
    closed (offscreen in CI and in the bundle)."""
    window = MainWindow(desk, actor, watch=False)
    window.show()
    window.show_dossiers()
    window.show_review()
    QApplication.processEvents()
    window.close()
    QApplication.processEvents()
    window.wait_for_backup()
