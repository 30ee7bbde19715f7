"""The Settings screen (administrators): the agency, the unit code, policies, the QR lookup
address, paper and printer, backups and the idle lock. Every value is checked by the service;
a refused one is named and nothing is stored."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk_app.domain.errors import DeskError
from desk_app.domain.roles import Permission
from desk_app.services import auth
from desk_app.services.changes import Changes
from desk_app.services.desk import Desk
from desk_app.ui.generated.ui_settings_page import Ui_SettingsPage
from desk_app.ui.tasks import error_text, listen

TEXTS = (
    "name",
    "parent_agency",
    "desk_name",
    "unit_code",
    "address",
    "phone",
    "place_name",
    "lookup_url",
)
OPTION_NUMBERS = (
    "paused_warning_days",
    "backup_keep",
    "idle_lock_minutes",
    "unsupplemented_days",
)


class SettingsPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.paper.addItem(self.tr("A4, both copies on one sheet"), "A4")
        ui.paper.addItem(self.tr("A5, one sheet per copy"), "A5")
        ui.report_cutoff.addItem(
            self.tr("Closing on the 14th (Decree 09/2019): month from the 15th before"), "decree09"
        )
        ui.report_cutoff.addItem(self.tr("Calendar months, quarters and years"), "calendar")
        ui.code_source.addItem(self.tr("Numbered by the desk"), "local")
        ui.code_source.addItem(
            self.tr("Issued by the provincial system (typed or scanned at intake)"), "provincial"
        )
        actor = auth.current_or_none()
        self.setEnabled(actor is not None and actor.can(Permission.SETTINGS))
        ui.save_button.clicked.connect(self.save)
        self.load()
        listen(desk, self, self.on_changes)

    def load(self) -> None:
        ui = self.ui
        options = self.desk.settings()
        for name in TEXTS:
            getattr(ui, name).setText(options[name])
        ui.warning_days.setValue(options["warning_days"])
        ui.paper.setCurrentIndex(max(0, ui.paper.findData(options.get("paper", "A4"))))
        cutoff = options.get("report_cutoff") or "decree09"
        ui.report_cutoff.setCurrentIndex(max(0, ui.report_cutoff.findData(cutoff)))
        source = options.get("code_source") or "local"
        ui.code_source.setCurrentIndex(max(0, ui.code_source.findData(source)))
        ui.print_directly.setChecked(bool(options.get("print_directly", False)))
        ui.backup_folder.setText(str(options.get("backup_folder", "")))
        for name in OPTION_NUMBERS:
            getattr(ui, name).setValue(int(options.get(name, 0) or 0))

    def save(self) -> bool:
        ui = self.ui
        changes = {name: getattr(ui, name).text() for name in TEXTS}
        changes |= {
            "warning_days": ui.warning_days.value(),
            "paper": ui.paper.currentData(),
            "report_cutoff": ui.report_cutoff.currentData(),
            "code_source": ui.code_source.currentData(),
            "print_directly": ui.print_directly.isChecked(),
            "backup_folder": ui.backup_folder.text().strip(),
            **{name: getattr(ui, name).value() for name in OPTION_NUMBERS},
        }
        try:
            changed = self.desk.update_settings(origin=self, **changes).value
        except DeskError as exc:
            ui.message.setText(error_text(self, exc))
            return False
        ui.message.setText(self.tr("%1 settings changed.").replace("%1", str(len(changed))))
        return True

    def on_changes(self, changes: Changes, origin: object) -> None:
        """Settings changed elsewhere (another administrator, the command line) show here,
        unless this screen made the change itself."""
        if changes.settings and origin is not self:
            self.load()
