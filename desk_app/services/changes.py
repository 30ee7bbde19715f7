"""What a change touched, and hearing of the changes other counters make.

Every mutation of the :class:`~desk_app.services.desk.Desk` returns a :class:`Changes` (Anki's
``OpChanges``): which kinds of data it touched, so that each screen decides for itself whether
to refresh. Other counters' changes arrive through :class:`ChangeWatcher`: every change writes
an audit entry in its own transaction, so the entries written since the last look say what
changed, whoever wrote them. On SQLite the watcher wakes when ``PRAGMA data_version`` moves
(another connection committed to the file); on PostgreSQL when the server delivers the
``desk_changes`` notification that :func:`desk_app.services.audit.record` sends on commit.
"""

from __future__ import annotations

import logging
import select
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields

from sqlalchemy import func
from sqlalchemy import select as sql_select

from desk_app.db.database import Database
from desk_app.db.models import AuditEntry

log = logging.getLogger(__name__)
CHANNEL = "desk_changes"


@dataclass(frozen=True)
class Changes:
    dossiers: bool = False
    catalogue: bool = False
    calendar: bool = False
    settings: bool = False
    accounts: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(*(getattr(self, f.name) or getattr(other, f.name) for f in fields(self)))

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @classmethod
    def of_actions(cls, actions: Iterable[str]) -> Changes:
        """What audit entries with these actions changed."""
        found = NONE
        for action in actions:
            found = found | _OF_PREFIX.get(action.split(".", 1)[0], NONE)
        return found


NONE = Changes()
DOSSIERS = Changes(dossiers=True)
CATALOGUE = Changes(catalogue=True)
# a calendar change moves open dossiers' due moments
CALENDAR = Changes(calendar=True, dossiers=True)
SETTINGS = Changes(settings=True)
ACCOUNTS = Changes(accounts=True)
_OF_PREFIX = {
    "dossier": DOSSIERS,
    "register": DOSSIERS,
    "demo": DOSSIERS,
    "review": DOSSIERS,
    "guidance": DOSSIERS,
    "catalogue": CATALOGUE,
    "calendar": CALENDAR,
    "settings": SETTINGS,
    "user": ACCOUNTS,
}


class ChangeWatcher:
    """Calls ``on_change(changes)`` from its own thread when another connection has committed
    changes (a counter on another PC, another window on this one). Entries this process wrote
    through ``db`` are left out: the desk reports those itself, at once."""

    def __init__(
        self, db: Database, on_change: Callable[[Changes], None], *, interval: float = 0.4
    ):
        self.db, self.on_change, self.interval = db, on_change, interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        with db.engine.connect() as conn:
            self.last_id = conn.scalar(sql_select(func.coalesce(func.max(AuditEntry.id), 0)))

    def start(self) -> ChangeWatcher:
        target = self._watch_sqlite if self.db.is_sqlite else self._watch_postgres
        self._thread = threading.Thread(target=self._guarded(target), name="desk-changes")
        self._thread.daemon = True
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _guarded(self, target: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            try:
                target()
            except Exception:  # the counter keeps working; it only stops hearing of others
                log.exception("watching for other counters' changes stopped")

        return run

    def poll(self) -> Changes:
        """Read the entries written since the last look; report what others changed."""
        with self.db.engine.connect() as conn:
            rows = conn.execute(
                sql_select(AuditEntry.id, AuditEntry.action)
                .where(AuditEntry.id > self.last_id)
                .order_by(AuditEntry.id)
            ).all()
        if not rows:
            return NONE
        self.last_id = rows[-1][0]
        ours = self.db.local_audit_ids
        changes = Changes.of_actions(action for id_, action in rows if id_ not in ours)
        if changes:
            self.on_change(changes)
        return changes

    def _watch_sqlite(self) -> None:
        path = self.db.file
        if path is None:  # an in-memory database has no other connection
            return
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = con.execute("PRAGMA data_version").fetchone()[0]
            while not self._stop.wait(self.interval):
                now = con.execute("PRAGMA data_version").fetchone()[0]
                if now != version:
                    version = now
                    self.poll()
        finally:
            con.close()

    def _watch_postgres(self) -> None:
        raw = self.db.engine.raw_connection()
        try:
            conn = raw.driver_connection
            conn.autocommit = True
            conn.execute(f"LISTEN {CHANNEL}")
            while not self._stop.is_set():
                ready, _, _ = select.select([conn.fileno()], [], [], self.interval)
                if not ready:
                    continue
                heard = list(conn.notifies(timeout=0, stop_after=100))
                if heard:
                    self.poll()
        finally:
            raw.invalidate()  # LISTEN and autocommit must not go back to the pool
