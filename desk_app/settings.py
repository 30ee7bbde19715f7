"""All defaults in one place: folders, the database location, and the agency's first settings.

Business settings (agency names, office hours, policies) live in the database, in the
``agency_settings`` row created from ``AGENCY_DEFAULTS``; window geometry and last choices live in
QSettings (``desk_app.ui``). Nothing else holds configuration.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desk_app import APP_AUTHOR, APP_NAME
from desk_app.domain.calendar import OfficeHours

ENV_DB_URL = "DESK_DB_URL"
ENV_DATA_DIR = "DESK_DATA_DIR"  # moves data, logs and backups together (portable or test installs)

AGENCY_DEFAULTS: dict = {
    "name": "Ban Quản lý các Khu công nghiệp",
    "parent_agency": "Ủy ban nhân dân tỉnh",
    "desk_name": "Bộ phận Tiếp nhận và Trả kết quả",
    "unit_code": "000.00.00.H00",
    "address": "",
    "phone": "",
    "place_name": "Đồng Nai",
    "office_hours": OfficeHours.DEFAULT_TEXT,
    "supplement_policy": "restart",
    "warning_days": 2,
    "lookup_url": "",
    "options": {
        "paper": "A4",  # A4: both receipt copies on one sheet; A5: one sheet per copy
        "print_directly": False,
        "backup_keep": 14,
        "idle_lock_minutes": 15,
        "paused_warning_days": 10,
        # Decree 118/2025 Art. 19(5): days (calendar) the applicant has to supplement
        "unsupplemented_days": 15,
        # reporting periods: "decree09" (figures close on the 14th, Decree 09/2019/NĐ-CP Art. 12)
        # or "calendar" (calendar months, quarters and years)
        "report_cutoff": "decree09",
        # dossier codes: "local" (the desk numbers them) or "provincial" (the clerk types or
        # scans the code the provincial information system issued, Decree 118/2025 Art. 28)
        "code_source": "local",
        # notices to applicants (services.outbox): which kinds ("all", "none" or a comma list)
        "notify_kinds": "all",
        "smtp_host": "",  # e-mail: empty sends none
        "smtp_port": 587,
        "smtp_security": "starttls",  # none, starttls, tls
        "smtp_user": "",
        "smtp_password": "",
        "mail_from": "",
        "sms_url": "",  # the HTTP gateway for text messages: empty sends none
        "sms_method": "POST",
        "sms_headers": {},
        "sms_body": '{"phone": "{phone}", "text": "{text}"}',
        "sms_without_marks": True,  # 160 characters a message instead of 70
        # per cent of ratings "satisfied" or better the agency aims at (provincial reports)
        "satisfaction_target": 92,
        # days after a postal hand-over the review lists a result the post has not delivered
        "postal_delivery_days": 7,
        # the largest digitised file the desk keeps (services.attachments)
        "attachment_max_mb": 50,
    },
}


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    log_dir: Path
    backup_dir: Path

    @property
    def default_database(self) -> Path:
        return self.data_dir / "desk.sqlite3"


def paths() -> Paths:
    """The user folders (created on demand by the code that writes into them)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        base = Path(override)
        return Paths(base, base / "logs", base / "backups")
    data = platformdirs.user_data_path(APP_NAME, APP_AUTHOR)
    logs = platformdirs.user_log_path(APP_NAME, APP_AUTHOR)
    return Paths(data, logs, data / "backups")


def database_url(explicit: str | None = None) -> str:
    """``--db`` wins, then ``DESK_DB_URL``, then the embedded SQLite file in the data folder."""
    if explicit:
        return explicit
    from_env = os.environ.get(ENV_DB_URL)
    if from_env:
        return from_env
    return f"sqlite:///{paths().default_database}"
