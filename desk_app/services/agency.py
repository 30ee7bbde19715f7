"""The agency's settings row, and changing it."""

from __future__ import annotations

import copy
import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from desk_app.db.models import AgencySettings
from desk_app.domain import validation
from desk_app.domain.calendar import OfficeHours
from desk_app.domain.codes import PLACEHOLDER_UNIT, SAMPLE_UNIT, check_unit_code
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
        # the register's own identifier: its audit checkpoints are found by it
        row.options = {**row.options, "register_id": uuid.uuid4().hex}
        session.add(row)
        session.flush()
    return row


def use_sample_unit(session: Session) -> str:
    """Sample and demonstration data are numbered with the obviously fictitious
    :data:`SAMPLE_UNIT` while the agency has not set its own identifier (recorded)."""
    from desk_app.services import audit  # it imports this module

    row = ensure_settings(session)
    if row.unit_code == PLACEHOLDER_UNIT:
        row.unit_code = SAMPLE_UNIT
        audit.record(
            session,
            "settings.update",
            "settings",
            "agency",
            old={"unit_code": PLACEHOLDER_UNIT},
            new={"unit_code": SAMPLE_UNIT, "why": "sample data"},
        )
    return row.unit_code


def get_settings(session: Session) -> AgencySettings:
    row = session.get(AgencySettings, 1)
    if row is None:  # a database opened read-only before `init`: the defaults, not stored
        return AgencySettings(id=1, **copy.deepcopy(AGENCY_DEFAULTS))
    return row


def office_hours(row: AgencySettings) -> OfficeHours:
    return OfficeHours.from_mapping(row.office_hours)


TEXT_SETTINGS = ("name", "parent_agency", "desk_name", "address", "phone", "place_name")
OPTION_SETTINGS = (*AGENCY_DEFAULTS["options"], "backup_folder")


_NUMBER_OPTIONS = {"backup_keep": (1, 1000), "idle_lock_minutes": (0, 480)}
_NUMBER_OPTIONS["paused_warning_days"] = (0, 90)
_NUMBER_OPTIONS["unsupplemented_days"] = (1, 90)
_TRUE, _FALSE = {"true", "1", "yes", "on", "có"}, {"false", "0", "no", "off", "không"}


def _option(name: str, value: Any) -> Any:
    """An option's value checked and in its stored type (the window gives typed values, the
    command line gives text)."""
    text = nfc(str(value)).strip()
    if name in _NUMBER_OPTIONS:
        low, high = _NUMBER_OPTIONS[name]
        if type(value) is int:
            number = value
        else:
            number = int(text) if text.isascii() and text.isdigit() else None
        if number is None or not low <= number <= high:
            raise ValidationError(f"Cài đặt {name} phải là số nguyên từ {low} đến {high}", name)
        return number
    if name == "print_directly":
        if isinstance(value, bool):
            return value
        if text.lower() not in _TRUE | _FALSE:
            raise ValidationError(f"Cài đặt {name} phải là true hoặc false: {text!r}", name)
        return text.lower() in _TRUE
    if name == "report_cutoff":
        if text not in ("decree09", "calendar"):
            raise ValidationError(
                f"Cách chốt số liệu phải là decree09 hoặc calendar: {text!r}", name
            )
        return text
    if name == "code_source":
        if text not in ("local", "provincial"):
            raise ValidationError(f"Nguồn mã hồ sơ phải là local hoặc provincial: {text!r}", name)
        return text
    if name == "paper":
        if text.upper() not in ("A4", "A5"):
            raise ValidationError(f"Khổ giấy phải là A4 hoặc A5: {text!r}", name)
        return text.upper()
    return validation.free_text(text, f"Cài đặt {name}", name, 500, lines=False)


def update_settings(db: Database, **changes: Any) -> dict[str, tuple[Any, Any]]:
    """Change agency settings (an administrator's); every value is checked first, and the
    change is in the audit trail with its old and new values. Returns {name: (old, new)}."""
    from desk_app.services import audit, auth  # they import this module

    auth.require(Permission.SETTINGS)
    checked: dict[str, Any] = {}
    for name, value in changes.items():
        if name in TEXT_SETTINGS:
            text = validation.free_text(str(value), f"Cài đặt {name}", name, 300, lines=False)
            text = text.strip()
            if name in ("name", "desk_name", "place_name") and not text:
                raise ValidationError(f"Cài đặt {name} không được để trống", name)
            checked[name] = text
        elif name == "unit_code":
            checked[name] = check_unit_code(str(value))
        elif name == "supplement_policy":
            raise ValidationError(
                "Từ Nghị định 118/2025 thời hạn tính lại từ đầu sau khi bổ sung; thủ tục nào "
                "được tạm dừng theo luật riêng thì ghi ở cột pause của danh mục thủ tục",
                name,
            )
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
            checked[name] = _option(name, value)
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


SETTING_NAMES = (
    *TEXT_SETTINGS,
    "unit_code",
    "warning_days",
    "lookup_url",
    "office_hours",
    *OPTION_SETTINGS,
)


def settings_view(db: Database) -> dict[str, Any]:
    """Every agency setting by name, as plain values (the defaults where none is stored)."""
    with db.read() as session:
        row = get_settings(session)
        options = {**AGENCY_DEFAULTS["options"], "backup_folder": "", **dict(row.options)}
        view = {name: getattr(row, name) for name in SETTING_NAMES if name not in OPTION_SETTINGS}
    view["office_hours"] = copy.deepcopy(view["office_hours"])
    return view | {name: options.get(name) for name in OPTION_SETTINGS}
