"""The administrator's settings of the citizen's side: which notices go to applicants, the
e-mail server, the text-message gateway, the satisfaction target and the days after which an
undelivered postal result is listed. Every value is checked by the service; a refused one is
named and nothing is stored."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desk_app.domain.errors import DeskError
from desk_app.domain.notices import NoticeKind
from desk_app.services.desk import Desk
from desk_app.ui.generated.ui_notice_settings import Ui_NoticeSettingsDialog
from desk_app.ui.tasks import error_text

TEXTS = ("smtp_host", "smtp_user", "smtp_password", "mail_from", "sms_url", "sms_body")
NUMBERS = ("smtp_port", "satisfaction_target", "postal_delivery_days")


class NoticeSettingsDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.ui = ui = Ui_NoticeSettingsDialog()
        ui.setupUi(self)
        ui.smtp_security.addItem(self.tr("STARTTLS (port 587)"), "starttls")
        ui.smtp_security.addItem(self.tr("TLS from the start (port 465)"), "tls")
        ui.smtp_security.addItem(self.tr("None (inside the agency's network only)"), "none")
        for method in ("POST", "GET", "PUT"):
            ui.sms_method.addItem(method, method)
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.load()

    def _kind_box(self, kind: NoticeKind):
        return getattr(self.ui, f"kind_{kind.value}")

    def load(self) -> None:
        ui, options = self.ui, self.desk.settings()
        for name in TEXTS:
            getattr(ui, name).setText(str(options.get(name) or ""))
        for name in NUMBERS:
            getattr(ui, name).setValue(int(options.get(name) or 0))
        headers = options.get("sms_headers") or {}
        ui.sms_headers.setText(json.dumps(headers, ensure_ascii=False) if headers else "")
        for combo, name in ((ui.smtp_security, "smtp_security"), (ui.sms_method, "sms_method")):
            combo.setCurrentIndex(max(0, combo.findData(options.get(name))))
        ui.sms_without_marks.setChecked(bool(options.get("sms_without_marks", True)))
        chosen = str(options.get("notify_kinds") or "all")
        for kind in NoticeKind:
            on = chosen == "all" or (chosen != "none" and kind.value in chosen.split(","))
            self._kind_box(kind).setChecked(on)

    def values(self) -> dict:
        ui = self.ui
        kinds = [kind.value for kind in NoticeKind if self._kind_box(kind).isChecked()]
        chosen = "all" if len(kinds) == len(NoticeKind) else ",".join(kinds) or "none"
        return {
            **{name: getattr(ui, name).text() for name in TEXTS},
            **{name: getattr(ui, name).value() for name in NUMBERS},
            "sms_headers": ui.sms_headers.text() or "{}",
            "smtp_security": ui.smtp_security.currentData(),
            "sms_method": ui.sms_method.currentData(),
            "sms_without_marks": ui.sms_without_marks.isChecked(),
            "notify_kinds": chosen,
        }

    def save(self) -> bool:
        try:
            changed = self.desk.update_settings(origin=self, **self.values()).value
        except DeskError as exc:
            self.ui.message.setText(error_text(self, exc))
            return False
        self.ui.message.setText(self.tr("%1 settings changed.").replace("%1", str(len(changed))))
        return True
