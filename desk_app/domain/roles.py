"""Who may do what at the desk, and how personal data is shown in lists.

Three roles, each with everything of the one before: a *clerk* receives, returns, prints and
searches; a *supervisor* also manages the catalogue and the calendar, reads and exports reports
and registers, apologises and extends, signs off the end-of-day review and corrects typing
errors; an *administrator* also manages users, settings, backups and restores.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desk_app.domain.errors import DeskError


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"

    @property
    def label_vi(self) -> str:
        return {"clerk": "Cán bộ tiếp nhận", "supervisor": "Lãnh đạo bộ phận"}.get(
            self.value, "Quản trị hệ thống"
        )


class Permission(StrEnum):
    INTAKE = "intake"  # register dossiers, guidance at the counter
    PROCESS = "process"  # hand over, supplements, result ready, return, stop, withdraw, refuse
    PRINT = "print"
    SEARCH = "search"
    CATALOGUE = "catalogue"
    CALENDAR = "calendar"
    REPORTS = "reports"
    APOLOGY = "apology"  # apologies and new appointments
    REVIEW_SIGNOFF = "review_signoff"
    CORRECT = "correct"  # typing errors in applicant data
    EXPORT_PERSONAL = "export_personal"  # register import/export (files with personal data)
    USERS = "users"
    SETTINGS = "settings"
    BACKUP = "backup"  # backup and restore
    LATE_OVERRIDE = "late_override"  # record why a step comes after the decree's time


_CLERK = frozenset({Permission.INTAKE, Permission.PROCESS, Permission.PRINT, Permission.SEARCH})
_SUPERVISOR = _CLERK | {
    Permission.CATALOGUE,
    Permission.CALENDAR,
    Permission.REPORTS,
    Permission.APOLOGY,
    Permission.REVIEW_SIGNOFF,
    Permission.CORRECT,
    Permission.EXPORT_PERSONAL,
    Permission.LATE_OVERRIDE,
}
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: _CLERK,
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMINISTRATOR: frozenset(
        _SUPERVISOR | {Permission.USERS, Permission.SETTINGS, Permission.BACKUP}
    ),
}

PERMISSION_LABELS = {
    Permission.INTAKE: "tiếp nhận hồ sơ",
    Permission.PROCESS: "xử lý hồ sơ",
    Permission.PRINT: "in giấy tờ",
    Permission.SEARCH: "tra cứu hồ sơ",
    Permission.CATALOGUE: "quản lý danh mục thủ tục",
    Permission.CALENDAR: "điều chỉnh lịch làm việc",
    Permission.REPORTS: "lập báo cáo thống kê",
    Permission.APOLOGY: "xin lỗi và hẹn lại",
    Permission.REVIEW_SIGNOFF: "xác nhận rà soát cuối ngày",
    Permission.CORRECT: "sửa lỗi nhập liệu",
    Permission.EXPORT_PERSONAL: "nhập, xuất tệp có dữ liệu cá nhân",
    Permission.USERS: "quản lý người dùng",
    Permission.SETTINGS: "thay đổi cài đặt",
    Permission.BACKUP: "sao lưu và khôi phục",
    Permission.LATE_OVERRIDE: "ghi lý do cho bước làm muộn so với quy định",
}


class PermissionDenied(DeskError):
    """The signed-in user's role does not allow the action."""


class NotSignedIn(DeskError):
    """An action that needs a user, with nobody signed in."""


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in user, or the local system before any user exists."""

    id: int | None
    username: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                f"Tài khoản {self.username} ({self.role.label_vi}) không có quyền "
                f"{PERMISSION_LABELS[permission]}"
            )


# Before the first user exists (a new installation), the local command line acts as this.
SYSTEM = Actor(None, "system", Role.ADMINISTRATOR)


def mask_identity(number: str) -> str:
    """A citizen ID or tax code as lists show it: only the last four characters."""
    text = number.strip()
    if len(text) <= 4:
        return text
    return "•" * (len(text) - 4) + text[-4:]
