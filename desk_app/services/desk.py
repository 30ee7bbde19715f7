"""The desk: one object through which the window, the command line, the self-check and the
benchmarks do everything (Anki's ``Collection`` is the model).

It owns the database and its transactions: its methods take and return plain domain values or
small read models, never sessions or ORM rows. Every mutation returns :class:`Done` with what it
changed (:class:`~desk_app.services.changes.Changes`) and tells the desk's subscribers, each
screen deciding for itself whether that concerns it; :meth:`Desk.watch` makes the changes of
other counters arrive the same way. Long jobs run under :mod:`desk_app.services.jobs` and can
be cancelled at their next step, their transaction rolled back.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from desk_app.db.database import (
    Database,
    DatabaseError,
    DatabaseFileError,
    NewerSchemaError,
    NoRegisterError,
    open_database,
)
from desk_app.domain.calendar import OverrideKind, WorkingCalendar
from desk_app.domain.deadline import TimeLimit
from desk_app.domain.errors import ValidationError
from desk_app.domain.lifecycle import EventKind
from desk_app.domain.roles import Actor
from desk_app.services import (
    agency,
    appointments,
    attachments,
    backup,
    calendar_service,
    catalogue,
    dossier_views,
    dossiers,
    outbox,
    printing,
    ratings,
    register_io,
    report,
    review,
    search,
    steps_report,
    users,
)
from desk_app.services.changes import (
    ACCOUNTS,
    CALENDAR,
    CATALOGUE,
    DOSSIERS,
    NONE,
    SETTINGS,
    Changes,
    ChangeWatcher,
)

__all__ = [
    "NONE",
    "Changes",
    "DatabaseError",
    "DatabaseFileError",
    "Desk",
    "Done",
    "NewerSchemaError",
    "NoRegisterError",
]

log = logging.getLogger(__name__)
T = TypeVar("T")
Listener = Callable[[Changes, object], None]


@dataclass(frozen=True)
class Done(Generic[T]):
    """What a mutation returned, and what it changed."""

    value: T
    changes: Changes


@dataclass(frozen=True)
class ListContext:
    """What a list needs to colour its rows: the calendar in force and the warning days."""

    calendar: WorkingCalendar
    soon_days: int


@dataclass(frozen=True)
class FilterChoices:
    fields: tuple[tuple[int, str], ...]  # (id, name)
    procedures: tuple[tuple[int, str, str], ...]  # (id, code, name)


class Desk:
    """The open register of one agency."""

    def __init__(self, db: Database):
        self._db = db
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._watcher: ChangeWatcher | None = None

    @classmethod
    def open(cls, url: str, *, migrate: bool = True, create: bool = False) -> Desk:
        return cls(open_database(url, migrate=migrate, create=create))

    # ------------------------------------------------------------------ the database

    @property
    def database(self) -> Database:
        """For the services layer and tests; the window never uses it."""
        return self._db

    @property
    def display_url(self) -> str:
        return self._db.display_url

    @property
    def file(self) -> Path | None:
        return self._db.file

    @property
    def verified(self) -> bool:
        return self._db.verified

    @property
    def damage(self) -> DatabaseFileError | None:
        return self._db.damage

    def close(self) -> None:
        self.unwatch()
        self._db.dispose()

    # ------------------------------------------------------------------ changes

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(changes, origin)`` after every change (this desk's own, with the
        ``origin`` its caller gave, and other counters' once watched, with origin None).
        Returns the function that unsubscribes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _notify(self, changes: Changes, origin: object = None) -> None:
        if not changes:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(changes, origin)

    def _done(self, value: T, changes: Changes, origin: object = None) -> Done[T]:
        self._notify(changes, origin)
        return Done(value, changes)

    def watch(self, interval: float = 0.4) -> None:
        """Hear of other counters' changes (a thread; SQLite data_version or PostgreSQL
        LISTEN/NOTIFY) and pass them to the subscribers."""
        if self._watcher is None:
            self._watcher = ChangeWatcher(
                self._db, lambda changes: self._notify(changes), interval=interval
            ).start()

    def unwatch(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None

    # ------------------------------------------------------------------ catalogue

    def procedure_choices(self) -> list[dossiers.ProcedureChoice]:
        return dossiers.procedure_choices(self._db)

    def filter_choices(self) -> FilterChoices:
        fields, procedures = catalogue.filter_choices(self._db)
        return FilterChoices(tuple(fields), tuple(procedures))

    def import_catalogue(self, path: Path, origin: object = None) -> Done:
        return self._done(catalogue.import_catalogue(self._db, path), CATALOGUE, origin)

    def export_catalogue(self, path: Path) -> int:
        return catalogue.export_catalogue(self._db, path)

    # ------------------------------------------------------------------ dossiers

    def field_errors(self, intake: dossiers.Intake) -> dict[str, str]:
        return dossiers.field_errors(intake)

    def preview_due(
        self, limit: TimeLimit, received: dt.datetime, **options: Any
    ) -> dossiers.DuePreview:
        return dossiers.preview_due(self._db, limit, received, **options)

    def register(
        self, intake: dossiers.Intake, origin: object = None, **options: Any
    ) -> Done[dossiers.Registered]:
        return self._done(dossiers.register(self._db, intake, **options), DOSSIERS, origin)

    def detail(self, code: str) -> dossier_views.DossierDetail:
        return dossier_views.dossier_detail(self._db, code)

    def dossier_record(self, code: str) -> dict[str, Any]:
        return dossier_views.dossier_record(self._db, code)

    def act(
        self,
        code: str,
        kind: EventKind | str,
        *,
        at: dt.datetime | None = None,
        note: str = "",
        data: dict[str, Any] | None = None,
        expected_state: str | None = None,
        origin: object = None,
    ) -> Done[str]:
        """Record one step of a dossier's life (the rules of the lifecycle and of the law are
        checked by the service: the same refusal here, in the window and on the command line)."""
        dossier = dossiers.apply_event(
            self._db, code, kind, at=at, note=note, data=data, expected_state=expected_state
        )
        return self._done(dossier.code, DOSSIERS, origin)

    def document(self, form: str, code: str, **options: Any) -> bytes:
        return printing.dossier_document(self._db, form, code, **options)

    def guidance_document(self, kind: str, procedure_code: str, applicant_name: str, **kw) -> bytes:
        """Form 02 or 03 for a dossier that is not registered (counted as guidance)."""
        data = printing.guidance_document(self._db, kind, procedure_code, applicant_name, **kw)
        self._notify(DOSSIERS)  # the guidance counts in the report
        return data

    def page(self, criteria: search.Criteria, **options: Any) -> search.Page:
        return search.page(self._db, criteria, **options)

    def quick_search(self, text: str, limit: int = 50) -> list[search.DossierRow]:
        return search.find(self._db, text, limit)

    def list_context(self) -> ListContext:
        calendar, days = search.list_context(self._db)
        return ListContext(calendar, days)

    def export_view(
        self, path: Path, criteria: search.Criteria, headers: list[str], **options: Any
    ) -> int:
        return search.export_view(self._db, path, criteria, headers, **options)

    def import_register(self, path: Path, origin: object = None, **options: Any) -> Done:
        result = register_io.import_register(self._db, path, **options)
        return self._done(result, DOSSIERS if result.imported else NONE, origin)

    def export_register(self, path: Path, **options: Any) -> int:
        return register_io.export_register(self._db, path, **options)

    # ------------------------------------------------------------------ review

    def review(self, day: dt.date, now: dt.datetime | None = None):
        return review.review(self._db, day, now)

    def signed_off(self, day: dt.date) -> review.SignOff | None:
        return review.signed_off(self._db, day)

    def sign_off(self, day: dt.date, counts: dict[str, int] | None = None) -> Done:
        return self._done(review.sign_off(self._db, day, counts), DOSSIERS)

    def apology_letters(self, codes: list[str], new_due: dt.datetime, reason: str, **kw) -> Done:
        result = review.apology_letters(self._db, codes, new_due, reason, **kw)
        return self._done(result, DOSSIERS if result.letters else NONE)

    def review_document(self, day: dt.date, now: dt.datetime | None = None) -> bytes:
        return printing.review_document(self._db, day, now)

    def register_document(self, first: dt.date, last: dt.date) -> bytes:
        return printing.register_document(self._db, first, last)

    # ------------------------------------------------------------------ calendar

    def calendar(self) -> WorkingCalendar:
        return calendar_service.current_calendar(self._db)

    def set_day(self, day: dt.date, kind: OverrideKind | str, reason: str = "") -> Done:
        return self._done(calendar_service.set_override(self._db, day, kind, reason), CALENDAR)

    def unset_day(self, day: dt.date) -> Done:
        return self._done(calendar_service.remove_override(self._db, day), CALENDAR)

    def set_office_hours(self, mapping: dict[str, list[str]]) -> Done:
        return self._done(calendar_service.set_office_hours(self._db, mapping), CALENDAR)

    # ------------------------------------------------------------------ reports

    def report(self, first: dt.date, last: dt.date, **options: Any) -> report.Report:
        return report.report(self._db, first, last, **options)

    def report_period(self, spec: str) -> tuple[dt.date, dt.date]:
        return report.period(self._db, spec)

    def monthly_on_time(self, last_month: dt.date, months: int = 12) -> list:
        return report.monthly_on_time(self._db, last_month, months)

    # ------------------------------------------------------------------ the citizen's side

    def notices(self, state: str | None = None, limit: int = 200) -> list[outbox.NoticeRow]:
        return outbox.listing(self._db, state, limit)

    def notice_counts(self) -> dict[str, int]:
        return outbox.counts(self._db)

    def send_notices(self, **options: Any) -> outbox.SendResult:
        """Send the notices that are due (no transaction is held while a server answers)."""
        return outbox.send_pending(self._db, **options)

    def retry_notices(self) -> int:
        return outbox.retry_failed(self._db)

    def rate(
        self,
        code: str,
        level: str,
        comment: str = "",
        *,
        source: str = "dialog",
        at: dt.datetime | None = None,
        origin: object = None,
    ) -> Done:
        rated = ratings.rate(self._db, code, level, comment, source=source, at=at)
        return self._done(rated, DOSSIERS, origin)

    def satisfaction(
        self, first: dt.date, last: dt.date, by: str = "procedure"
    ) -> ratings.SatisfactionReport:
        return ratings.report(self._db, first, last, by)

    def write_satisfaction(self, result: ratings.SatisfactionReport, path: Path) -> None:
        ratings.write_report(self._db, result, path)

    def changed_appointments(self) -> list:
        return appointments.changed(self._db)

    def reissue_receipts(self, codes: list[str]) -> Done[bytes]:
        return self._done(appointments.reissue(self._db, codes), DOSSIERS)

    def steps_report(self, first: dt.date, last: dt.date) -> steps_report.StepsReport:
        return steps_report.report(self._db, first, last)

    def write_steps_report(self, result: steps_report.StepsReport, path: Path) -> None:
        steps_report.write_report(self._db, result, path)

    def attach(self, code: str, source: Path, origin: object = None, **options: Any) -> Done:
        """Attach a digitised paper (``document=N``) or the result (``result=True``)."""
        info = attachments.attach(self._db, code, source, **options)
        return self._done(info, DOSSIERS, origin)

    def attachments(self, code: str) -> list[attachments.AttachmentInfo]:
        return attachments.of_dossier(self._db, code)

    def attachment_content(self, attachment_id: int) -> tuple[str, bytes]:
        return attachments.content(self._db, attachment_id)

    def export_files(self, code: str, folder: Path) -> list[Path]:
        return attachments.export_files(self._db, code, folder)

    def postal_list_document(self, day: dt.date) -> bytes:
        return printing.postal_list_document(self._db, day)

    # ------------------------------------------------------------------ settings

    def settings(self) -> dict[str, Any]:
        """Every agency setting by name (texts, numbers, the office hours, the options)."""
        return agency.settings_view(self._db)

    def update_settings(self, origin: object = None, **changes: Any) -> Done[dict]:
        changed = agency.update_settings(self._db, **changes)
        return self._done(changed, SETTINGS if changed else NONE, origin)

    # ------------------------------------------------------------------ accounts

    def user_count(self) -> int:
        return users.user_count(self._db)

    def authenticate(self, username: str, password: str) -> Actor:
        return users.authenticate(self._db, username, password)

    def add_user(self, username: str, password: str, role: str, full_name: str = "") -> Done:
        info = users.add_user(self._db, username, password, role, full_name)
        return self._done(info, ACCOUNTS)

    def users(self) -> list[users.UserInfo]:
        return users.list_users(self._db)

    def set_password(self, username: str, password: str) -> Done:
        return self._done(users.set_password(self._db, username, password), ACCOUNTS)

    def change_own_password(self, current: str, new: str) -> Done:
        return self._done(users.change_own_password(self._db, current, new), ACCOUNTS)

    def set_active(self, username: str, active: bool) -> Done:
        return self._done(users.set_active(self._db, username, active), ACCOUNTS)

    def full_name(self, actor: Actor) -> str:
        return users.full_name(self._db, actor)

    # ------------------------------------------------------------------ backups

    def backup(self, to: Path | None = None, *, automatic: bool = False) -> backup.BackupResult:
        return backup.backup(self._db, to, automatic=automatic)

    def backup_folder(self) -> Path:
        return backup.backup_folder(self._db)

    def backup_if_due(self) -> backup.BackupResult | None:
        return backup.backup_if_due(self._db)


def restore_register(
    url: str,
    source: Path,
    sign_in: Callable[[Desk], Actor | None],
    passphrase: str | None = None,
) -> backup.RestoreResult | None:
    """Put the backup ``source`` in place of the database at ``url``, for an administrator;
    an encrypted backup (``.zip``) is opened with ``passphrase`` first.

    ``sign_in(desk)`` asks who acts (a dialog, or the command line's ``--user``) against the
    current register when it opens, else against the backup itself (a damaged register cannot
    say who may restore it). None when it returns None (the sign-in was cancelled)."""
    from desk_app.services import sealed

    if sealed.is_sealed(source):
        if not source.is_file():
            raise ValidationError(f"Không có tệp sao lưu {source}", "file")
        if not passphrase:
            raise ValidationError("Bản sao lưu được mã hóa: cần mật khẩu của nó", "passphrase")
        with sealed.temporary_folder() as scratch:
            plain = sealed.unseal(source, passphrase, Path(scratch))
            return restore_register(url, plain, sign_in)
    return _restore_plain(url, source, sign_in)


def _restore_plain(
    url: str, source: Path, sign_in: Callable[[Desk], Actor | None]
) -> backup.RestoreResult | None:
    import shutil
    import tempfile

    from desk_app.domain.roles import Permission
    from desk_app.services import auth

    damaged: DatabaseFileError | None = None
    try:
        current = Desk.open(url)
    except DatabaseFileError as exc:
        current, damaged = None, exc
    if current is not None:
        try:
            actor = sign_in(current)
        finally:
            current.close()
    else:
        if not backup.integrity_ok(source):
            raise damaged  # nobody can say who may restore: the register's own error stands
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch) / "check.sqlite3"
            shutil.copyfile(source, copy)
            probe = Desk.open(f"sqlite:///{copy}")
            try:
                actor = sign_in(probe)
            finally:
                probe.close()
    if actor is None:
        return None
    with auth.acting_as(actor):
        auth.require(Permission.BACKUP)
        return backup.restore(url, source)
