"""The agency's settings row, and changing it."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from desk_app.db.models import AgencySettings
from desk_app.domain.calendar import OfficeHours
from desk_app.domain.codes import check_unit_code
from desk_app.domain.deadline import SupplementPolicy
from desk_app.domain.errors import ValidationError
from desk_app.domain.roles import Permission
from desk_app.domain.text import nfc
from desk_app.settings import AGENCY_DEFAULTS

if TYPE_CHECKING:
    from desk_app.db.database import Database


def ensure_settings(session: Session) -> AgencySettings:
    """The settings row, created from the defaults on first use."""
    row = session.get(AgencySettings, 1)
    if row is None:
        row = AgencySettings(id=1, **copy.deepcopy(AGENCY_DEFAULTS))
        session.add(row)
        session.flush()
    return row


def get_settings(session: Session) -> AgencySettings:
    row = session.get(AgencySettings, 1)
    if row is None:  # a database opened read-only before `init`: the defaults, not stored
        return AgencySettings(id=1, **copy.deepcopy(AGENCY_DEFAULTS))
    return row


def office_hours(row: AgencySettings) -> OfficeHours:
    return OfficeHours.from_mapping(row.office_hours)


def supplement_policy(row: AgencySettings) -> SupplementPolicy:
    return SupplementPolicy(row.supplement_policy)


TEXT_SETTINGS = ("name", "parent_agency", "desk_name", "address", "phone", "place_name")
OPTION_SETTINGS = (*AGENCY_DEFAULTS["options"], "backup_folder")


def update_settings(db: Database, **changes: Any) -> dict[str, tuple[Any, Any]]:
    """Change agency settings (an administrator's); every value is checked first, and the
    change is in the audit trail with its old and new values. Returns {name: (old, new)}."""
    from desk_app.services import audit, auth  # they import this module

    auth.require(Permission.SETTINGS)
    checked: dict[str, Any] = {}
    for name, value in changes.items():
        if name in TEXT_SETTINGS:
            text = nfc(str(value)).strip()
            if name in ("name", "desk_name", "place_name") and not text:
                raise ValidationError(f"Cài đặt {name} không được để trống", name)
            checked[name] = text
        elif name == "unit_code":
            checked[name] = check_unit_code(str(value))
        elif name == "supplement_policy":
            if value not in {p.value for p in SupplementPolicy}:
                raise ValidationError(f"Chính sách bổ sung không hợp lệ: {value!r}", name)
            checked[name] = str(value)
        elif name == "warning_days":
            days = int(value) if str(value).strip().isdigit() else -1
            if not 0 <= days <= 30:
                raise ValidationError("Số ngày cảnh báo phải từ 0 đến 30", name)
            checked[name] = days
        elif name == "office_hours":
            checked[name] = OfficeHours.from_mapping(value).to_mapping()
        elif name == "lookup_url":
            url = str(value).strip()
            if url and (not url.startswith(("https://", "http://")) or "{code}" not in url):
                raise ValidationError(
                    "Địa chỉ tra cứu phải bắt đầu bằng https:// và có {code}", name
                )
            checked[name] = url
        elif name in OPTION_SETTINGS:
            checked[name] = value
        else:
            raise ValidationError(f"Không có cài đặt {name!r}", name)

    def work(session: Session) -> dict[str, tuple[Any, Any]]:
        row = ensure_settings(session)
        changed: dict[str, tuple[Any, Any]] = {}
        options = dict(row.options)
        for name, value in checked.items():
            old = options.get(name) if name in OPTION_SETTINGS else getattr(row, name)
            if old == value:
                continue
            changed[name] = (old, value)
            if name in OPTION_SETTINGS:
                options[name] = value
            else:
                setattr(row, name, value)
        row.options = options
        if changed:
            audit.record(
                session,
                "settings.update",
                "settings",
                "agency",
                old={k: v[0] for k, v in changed.items()},
                new={k: v[1] for k, v in changed.items()},
            )
        return changed

    return db.run_write(work)
