"""User accounts: Argon2id password hashes, sign-in with lockout, and administration.

There is no default account and no default password: a new installation has no user, and the
first administrator is created at the first start of the window or with ``desk-app user add``.
Five wrong passwords in a row lock an account for ``LOCK_MINUTES``; every sign-in and every
failure is in the audit trail (without the password, naturally).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.db.database import Database, DiskFull
from desk_app.db.models import AuditEntry, User
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.roles import SYSTEM, Actor, Permission, Role
from desk_app.domain.text import nfc
from desk_app.services import audit, auth

log = logging.getLogger(__name__)
MAX_FAILURES = 5
LOCK_MINUTES = 5
MIN_PASSWORD = 8
_hasher = PasswordHasher()  # Argon2id with the library's current recommended parameters


class SignInError(DeskError):
    """Wrong user name or password, or a locked or disabled account."""


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: dt.datetime | None


def check_username(username: str) -> str:
    name = nfc(username).strip()
    if not 2 <= len(name) <= 100 or any(c.isspace() for c in name):
        raise ValidationError("Tên đăng nhập phải dài 2-100 ký tự và không có dấu cách", "username")
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"Mật khẩu phải có ít nhất {MIN_PASSWORD} ký tự", "password")
    if password.strip() != password or not password.strip():
        raise ValidationError("Mật khẩu không được bắt đầu hoặc kết thúc bằng dấu cách", "password")
    return password


def check_role(role: str | Role) -> Role:
    try:
        return Role(role)
    except ValueError:
        roles = ", ".join(r.value for r in Role)
        raise ValidationError(
            f"Vai trò không hợp lệ {role!r} (một trong: {roles})", "role"
        ) from None


def user_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(User)) or 0


def bootstrap_actor(db: Database) -> Actor | None:
    """The local system actor while the database has no user yet (a new installation), so
    that the first administrator can be created and the catalogue loaded; None afterwards."""
    return SYSTEM if user_count(db) == 0 else None


def add_user(
    db: Database, username: str, password: str, role: str | Role, full_name: str = ""
) -> UserInfo:
    """Create an account. The first account of a database must be an administrator; later
    ones need an administrator signed in."""
    name = check_username(username)
    check_password(password)
    chosen = check_role(role)
    hashed = _hasher.hash(password)

    def work(session: Session) -> UserInfo:
        existing = session.scalar(select(func.count()).select_from(User)) or 0
        if existing == 0:
            if chosen is not Role.ADMINISTRATOR:
                raise ValidationError(
                    "Tài khoản đầu tiên phải là quản trị hệ thống (administrator)", "role"
                )
        else:
            auth.require(Permission.USERS)
        if _find(session, name) is not None:
            raise ValidationError(f"Tên đăng nhập {name} đã có", "username")
        user = User(
            username=name,
            full_name=nfc(full_name).strip() or name,
            role=chosen.value,
            password_hash=hashed,
            active=True,
            failed_logins=0,
        )
        session.add(user)
        session.flush()
        audit.record(
            session,
            "user.add",
            "user",
            name,
            new={"full_name": user.full_name, "role": chosen.value},
        )
        return _info(user)

    return db.run_write(work)


def _info(user: User) -> UserInfo:
    return UserInfo(
        user.id, user.username, user.full_name, Role(user.role), user.active, user.locked_until
    )


@functools.cache
def _unusable_hash() -> str:
    return _hasher.hash(secrets.token_hex(16))


def _verify_nothing(password: str) -> None:
    """One Argon2 verification that always fails, for an unknown account."""
    with contextlib.suppress(VerifyMismatchError, VerificationError, InvalidHashError):
        _hasher.verify(_unusable_hash(), password)


WRONG = "Sai tên đăng nhập hoặc mật khẩu"
JUST_LOCKED = f"Nhập sai mật khẩu {MAX_FAILURES} lần: tài khoản bị khóa {LOCK_MINUTES} phút"


def _still_locked(until: dt.datetime, moment: dt.datetime) -> str:
    minutes = max(1, -(-int((until - moment).total_seconds()) // 60))
    return f"Tài khoản đang bị khóa do nhập sai mật khẩu nhiều lần; thử lại sau {minutes} phút"


def _record_failure(
    session: Session,
    name: str,
    moment: dt.datetime,
    *,
    locked_now: bool = False,
    still_locked: bool = False,
    user_id: int | None = None,
) -> None:
    """The audit entry of a refused sign-in: the count of failures in a row lives there too."""
    audit.record(
        session,
        "sign_in.locked" if still_locked else "sign_in.failed",
        "user",
        name,
        new={"locked_minutes": LOCK_MINUTES} if locked_now else None,
        username=name,
        user_id=user_id,
        at=moment,
    )


def _unknown_failure(session: Session, name: str, moment: dt.datetime) -> str:
    """A failed sign-in as an unknown (or disabled) name, answered as a real account would be:
    "locked" after the fifth in a row, for as long, so that the answers do not tell which
    names exist. The count is kept in the audit trail, as for real accounts."""
    key = name.lower()[:80]
    recent = session.execute(
        select(AuditEntry.action, AuditEntry.at, AuditEntry.new)
        .where(AuditEntry.entity == "user", AuditEntry.entity_id == key)
        .order_by(AuditEntry.id.desc())
        .limit(MAX_FAILURES + 1)
    ).all()
    lock_start = next((at for action, at, new in recent if (new or {}).get("locked_minutes")), None)
    until = lock_start + dt.timedelta(minutes=LOCK_MINUTES) if lock_start else None
    if until is not None and until > moment:
        _record_failure(session, key, moment, still_locked=True)
        return _still_locked(until, moment)
    failures = 0
    for action, _at, new in recent:  # the failures in a row since the last lock
        if action != "sign_in.failed" or (new or {}).get("locked_minutes"):
            break
        failures += 1
    locked = failures + 1 >= MAX_FAILURES
    _record_failure(session, key, moment, locked_now=locked)
    return JUST_LOCKED if locked else WRONG


def authenticate(
    db: Database, username: str, password: str, now: dt.datetime | None = None
) -> Actor:
    """Check a user name and password. Raises SignInError with a message a clerk understands;
    the fifth wrong password in a row locks the account for LOCK_MINUTES."""
    moment = now or dt.datetime.now()
    name = nfc(username).strip()

    def check(session: Session, writing: bool = True) -> tuple[Actor | None, str]:
        """The verdict; with ``writing`` also its consequences (failure count, lockout,
        audit entry). Without (a full disk) the same answers, nothing recorded."""
        user = _find(session, name, lock=writing)
        if user is None or not user.active:
            _verify_nothing(password)  # as long as a real check: names cannot be told apart
            return None, _unknown_failure(session, name, moment) if writing else WRONG
        if user.locked_until is not None and user.locked_until > moment:
            _verify_nothing(password)  # the same time as a check
            if writing:
                _record_failure(session, user.username, moment, still_locked=True, user_id=user.id)
            return None, _still_locked(user.locked_until, moment)
        try:
            _hasher.verify(user.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            if not writing:
                return None, WRONG
            user.failed_logins += 1
            locked = user.failed_logins >= MAX_FAILURES
            if locked:
                user.locked_until = moment + dt.timedelta(minutes=LOCK_MINUTES)
                user.failed_logins = 0
            _record_failure(session, user.username, moment, locked_now=locked, user_id=user.id)
            return None, JUST_LOCKED if locked else WRONG
        if writing:
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            user.failed_logins = 0
            user.locked_until = None
            audit.record(
                session,
                "sign_in",
                "user",
                user.username,
                username=user.username,
                user_id=user.id,
                at=moment,
            )
        return Actor(user.id, user.username, Role(user.role)), ""

    try:
        actor, message = db.run_write(check)
    except DiskFull:  # the check still holds; only its entry (and a failure's count) waits
        with db.read() as session:
            actor, message = check(session, writing=False)
        if actor is not None:
            log.warning("disk full: sign-in of user #%s not recorded in the audit trail", actor.id)
    if actor is None:
        log.warning("sign-in refused: %s", message)  # no user name, no password
        raise SignInError(message)
    log.info("user #%s signed in (%s)", actor.id, actor.role.value)
    return actor


def list_users(db: Database) -> list[UserInfo]:
    auth.require(Permission.USERS)
    with db.read() as session:
        return [_info(u) for u in session.scalars(select(User).order_by(User.username))]


def full_name(db: Database, actor: Actor) -> str:
    if actor.id is None:
        return actor.username
    with db.read() as session:
        user = session.get(User, actor.id)
        return user.full_name if user is not None else actor.username


def _find(session: Session, name: str, *, lock: bool = False) -> User | None:
    """User names are matched without regard to case; with ``lock``, the row is locked until
    the transaction ends (parallel sign-ins count their failures one after the other)."""
    statement = select(User).where(func.lower(User.username) == name.strip().lower())
    return session.scalar(statement.with_for_update() if lock else statement)


def _account(session: Session, name: str) -> User:
    user = _find(session, name)
    if user is None:
        raise ValidationError(f"Không có tài khoản {name}", "username")
    return user


def set_password(db: Database, username: str, password: str) -> None:
    """An administrator sets anyone's password; a user may set their own."""
    check_password(password)
    actor = auth.current()
    name = nfc(username).strip()
    if name.lower() != actor.username.lower():
        actor.require(Permission.USERS)
    hashed = _hasher.hash(password)

    def work(session: Session) -> None:
        user = _account(session, name)
        user.password_hash = hashed
        user.failed_logins = 0
        user.locked_until = None
        audit.record(session, "user.password", "user", user.username)

    db.run_write(work)


def set_active(db: Database, username: str, active: bool) -> None:
    auth.require(Permission.USERS)

    def work(session: Session) -> None:
        user = _account(session, username)
        if not active and user.role == Role.ADMINISTRATOR.value:
            admins = session.scalar(
                select(func.count())
                .select_from(User)
                .where(User.role == Role.ADMINISTRATOR.value, User.active.is_(True))
            )
            if admins <= 1:
                raise ValidationError("Không thể khóa quản trị hệ thống cuối cùng", "username")
        old = user.active
        user.active = active
        audit.record(
            session,
            "user.active",
            "user",
            user.username,
            old={"active": old},
            new={"active": active},
        )

    db.run_write(work)


def change_own_password(db: Database, current_password: str, new_password: str) -> None:
    """Anyone signed in changes their own password, saying the current one first."""
    from argon2.exceptions import InvalidHashError, VerificationError

    actor = auth.current()
    check_password(new_password)
    with db.read() as session:
        user = _account(session, actor.username)
        stored = user.password_hash
    try:
        _hasher.verify(stored, current_password)
    except (VerificationError, InvalidHashError):
        raise ValidationError("Mật khẩu hiện tại không đúng", "current") from None
    set_password(db, actor.username, new_password)
