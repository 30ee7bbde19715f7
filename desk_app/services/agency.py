"""The agency's settings row, and changing it."""

from __future__ import annotations

import copy
import json
import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from desk_app.db.models import AgencySettings
from desk_app.domain import validation
from desk_app.domain.calendar import OfficeHours
from desk_app.domain.codes import PLACEHOLDER_UNIT, SAMPLE_UNIT, check_unit_code
from desk_app.domain.errors import ValidationError
from desk_app.domain.notices import kinds_setting
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
_NUMBER_OPTIONS |= {"smtp_port": (1, 65535), "satisfaction_target": (1, 100)}
_NUMBER_OPTIONS["postal_delivery_days"] = (1, 90)
_NUMBER_OPTIONS["attachment_max_mb"] = (1, 500)
_CHOICES = {
    "report_cutoff": ("decree09", "calendar"),
    "code_source": ("local", "provincial"),
    "smtp_security": ("none", "starttls", "tls"),
    "sms_method": ("POST", "GET", "PUT"),
}
_BOOLEANS = ("print_directly", "sms_without_marks")
# printed as ***** and kept out of the audit trail's values
SECRET_SETTINGS = frozenset({"smtp_password", "sms_headers"})
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
    if name in _BOOLEANS:
        if isinstance(value, bool):
            return value
        if text.lower() not in _TRUE | _FALSE:
            raise ValidationError(f"Cài đặt {name} phải là true hoặc false: {text[:40]!r}", name)
        return text.lower() in _TRUE
    if name in _CHOICES:
        choices = _CHOICES[name]
        chosen = text.upper() if name == "sms_method" else text
        if chosen not in choices:
            raise ValidationError(
                f"Cài đặt {name} phải là {' hoặc '.join(choices)}: {text[:40]!r}", name
            )
        return chosen
    if name in _NOTICE_OPTIONS:
        return _NOTICE_OPTIONS[name](name, value, text)
    if name == "paper":
        if text.upper() not in ("A4", "A5"):
            raise ValidationError(f"Khổ giấy phải là A4 hoặc A5: {text!r}", name)
        return text.upper()
    return validation.free_text(text, f"Cài đặt {name}", name, 500, lines=False)


def _headers(name: str, value: Any, text: str) -> dict[str, str]:
    """HTTP headers for the message gateway: a JSON object of texts."""
    if isinstance(value, dict):
        mapping = value
    else:
        try:
            mapping = json.loads(text or "{}")
        except json.JSONDecodeError:
            mapping = None
    if not isinstance(mapping, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()
    ):
        raise ValidationError(
            'sms_headers cần dạng JSON, ví dụ {"Authorization": "Bearer ..."}', name
        )
    for key, header in mapping.items():
        if validation.CONTROL.search(key + header) or validation.LINE_BREAKS.search(key + header):
            raise ValidationError(f"sms_headers: tiêu đề {key[:40]!r} có ký tự điều khiển", name)
    return dict(mapping)


def _body(name: str, value: Any, text: str) -> str:
    """The gateway's body: a JSON template or a form ``a={phone}&b={text}``."""
    body = validation.free_text(str(value), f"Cài đặt {name}", name, 2000, lines=False)
    if body.startswith(("{", "[")):
        try:
            json.loads(body)
        except json.JSONDecodeError as exc:
            raise ValidationError(f"sms_body không phải JSON hợp lệ: {exc.msg}", name) from None
    if body and "{text}" not in body:
        raise ValidationError("sms_body phải có chỗ điền {text} (và thường {phone})", name)
    return body


def _url(name: str, value: Any, text: str) -> str:
    if text and not text.startswith(("https://", "http://")):
        raise ValidationError(f"{name} phải bắt đầu bằng https:// hoặc http://", name)
    return validation.free_text(text, f"Cài đặt {name}", name, 500, lines=False)


def _mail_from(name: str, value: Any, text: str) -> str:
    return validation.email(text, name)


def _plain(name: str, value: Any, text: str) -> str:
    """A host name, a user name or a password: one line, no control characters (a password
    kept exactly as typed)."""
    if name == "smtp_password":
        raw = str(value)
        if len(raw) > 300 or validation.CONTROL.search(raw) or validation.LINE_BREAKS.search(raw):
            raise ValidationError("smtp_password quá dài hoặc có ký tự điều khiển", name)
        return raw
    checked = validation.free_text(str(value), f"Cài đặt {name}", name, 300, lines=False)
    if name == "smtp_host" and any(ch.isspace() for ch in checked.strip()):
        raise ValidationError(f"smtp_host không được có khoảng trắng: {checked[:40]!r}", name)
    return checked.strip()


_NOTICE_OPTIONS = {
    "notify_kinds": lambda name, value, text: kinds_setting(text),
    "sms_headers": _headers,
    "sms_body": _body,
    "sms_url": _url,
    "mail_from": _mail_from,
    "smtp_host": _plain,
    "smtp_user": _plain,
    "smtp_password": _plain,
}


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
            shown = {
                k: ("*****", "*****") if k in SECRET_SETTINGS else v for k, v in changed.items()
            }
            audit.record(
                session,
                "settings.update",
                "settings",
                "agency",
                old={k: v[0] for k, v in shown.items()},
                new={k: v[1] for k, v in shown.items()},
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
