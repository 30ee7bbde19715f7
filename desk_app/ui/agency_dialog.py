"""The agency's identity at the first start: its name, its province and the unit identifier the
province assigned (Decree 118/2025 Art. 28: every dossier code carries it). Asked of the
administrator while the identifier is still the new installation's placeholder; a refusal is
shown under the field it is about."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from desk_app.domain.codes import PLACEHOLDER_UNIT
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.services.desk import Desk
from desk_app.ui.generated.ui_agency_dialog import Ui_AgencyDialog
from desk_app.ui.tasks import error_text

FIELDS = ("name", "place_name", "unit_code")


def needs_agency(desk: Desk) -> bool:
    return desk.settings().get("unit_code") == PLACEHOLDER_UNIT


class AgencyDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_AgencyDialog()
        self.ui.setupUi(self)
        settings = desk.settings()
        self.ui.name.setText(str(settings.get("name", "")))
        self.ui.place_name.setText(str(settings.get("place_name", "")))
        self.ui.unit_code.setPlaceholderText("000.17.22.H56")
        for name in FIELDS:
            self._label(name).setVisible(False)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        self.ui.buttons.accepted.connect(self.try_accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.unit_code.setFocus()

    def _label(self, name: str) -> QLabel:
        return getattr(self.ui, f"{name}_error")

    def try_accept(self) -> None:
        for name in FIELDS:
            self._label(name).setVisible(False)
        values = {name: getattr(self.ui, name).text() for name in FIELDS}
        try:
            if values["unit_code"].strip().upper() == PLACEHOLDER_UNIT:
                raise ValidationError(
                    self.tr("Type the identifier the province assigned, not the placeholder."),
                    "unit_code",
                )
            self.desk.update_settings(origin=self, **values)
        except DeskError as exc:
            field = getattr(exc, "field", None)
            name = field if field in FIELDS else "unit_code"
            self._label(name).setText(error_text(self, exc))
            self._label(name).setVisible(True)
            getattr(self.ui, name).setFocus()
            return
        self.accept()
