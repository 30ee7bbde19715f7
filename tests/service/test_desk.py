"""The desk facade: the boundary the window keeps to, the rules it enforces whoever calls, the
changes it reports (its own at once, other counters' through the watcher), and long jobs that
stop at their next step with nothing kept."""

from __future__ import annotations

import ast
import datetime as dt
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.db.models import AuditEntry, CalendarOverride, Dossier
from desk_app.domain.errors import ValidationError
from desk_app.services import jobs
from desk_app.services.changes import CALENDAR, DOSSIERS, NONE, SETTINGS, Changes
from desk_app.services.desk import Desk
from desk_app.services.dossiers import Intake
from desk_app.services.register_io import COLUMNS
from desk_app.services.search import Criteria
from desk_app.services.tabular import write_table

ROOT = Path(__file__).resolve().parents[2]
T = dt.datetime


def test_the_window_reaches_the_database_only_through_the_services():
    """No module of desk_app/ui imports SQLAlchemy or desk_app.db (generated code included)."""
    offenders = []
    for path in sorted((ROOT / "desk_app" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] == "sqlalchemy" or name.startswith("desk_app.db"):
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


@pytest.fixture
def desk(db):
    return Desk(db)


MONDAY = T(2026, 11, 23, 9, 0)


def _registered(desk: Desk, at: dt.datetime = MONDAY) -> str:
    return desk.register(Intake("1.009645", "Công ty TNHH Đại Phát", received_at=at)).value.code


# --------------------------------------------------------------------------- rules


@pytest.mark.parametrize(
    ("action", "message"),
    [("refused", "lý do từ chối"), ("stopped", "lý do dừng"), ("apology", "lý do chậm trễ")],
)
def test_an_action_that_states_a_reason_is_refused_without_one(desk, action, message):
    code = _registered(desk)
    data = {"new_due": T(2027, 1, 8, 16, 0)} if action == "apology" else None
    for blank in ("", "   ", "\n"):
        with pytest.raises(ValidationError, match=message):
            desk.act(code, action, note=blank, data=data, at=T(2026, 11, 24, 9, 0))
    assert len(desk.detail(code).timeline) == 1  # nothing recorded
    desk.act(code, action, note="Hồ sơ không thuộc thẩm quyền", data=data, at=T(2026, 11, 24, 9))
    assert len(desk.detail(code).timeline) == 2


def test_a_note_with_control_characters_or_too_long_is_refused(desk):
    code = _registered(desk)
    for hostile in ("lý do\x00", "=cmd|' /C calc'!A0\x1b", "x" * 2001):
        with pytest.raises(ValidationError):
            desk.act(code, "refused", note=hostile, at=T(2026, 11, 24, 9, 0))
    desk.act(code, "refused", note="dòng 1\ndòng 2\tcột", at=T(2026, 11, 24, 9, 0))
    assert "dòng 2" in desk.detail(code).timeline[-1].details


def test_an_unknown_action_names_the_known_ones(desk):
    code = _registered(desk)
    with pytest.raises(ValidationError, match="handed_over"):
        desk.act(code, "teleported")


# --------------------------------------------------------------------------- changes


def test_every_mutation_says_what_it_changed_and_tells_the_listeners(desk, tmp_path):
    heard: list[tuple[Changes, object]] = []
    desk.subscribe(lambda changes, origin: heard.append((changes, origin)))
    origin = object()
    done = desk.register(
        Intake("1.009645", "Trần Thị Mai", received_at=T(2026, 11, 23, 9)), origin=origin
    )
    assert done.changes == DOSSIERS and heard[-1] == (DOSSIERS, origin)
    assert desk.set_day(dt.date(2026, 12, 4), "off", "Hội nghị").changes == CALENDAR
    assert heard[-1][0].calendar and heard[-1][0].dossiers  # due moments move with the days
    assert desk.update_settings(warning_days=3).changes == SETTINGS
    assert desk.update_settings(warning_days=3).changes == NONE  # same value: nothing changed
    count = len(heard)
    desk.page(Criteria())  # reads tell nobody
    desk.report(dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert len(heard) == count


def _watching(desk: Desk) -> list[Changes]:
    heard: list[Changes] = []
    desk.subscribe(lambda changes, origin: heard.append(changes))
    desk.watch(interval=0.05)
    return heard


def test_another_counter_hears_of_a_registration_within_two_seconds(db):
    here, there = Desk(db), Desk.open(db.url)
    try:
        heard_here, heard_there = _watching(here), _watching(there)
        _registered(there)
        deadline = time.monotonic() + 2
        while not heard_here and time.monotonic() < deadline:
            time.sleep(0.02)
        assert heard_here and heard_here[0].dossiers
        assert heard_there == [DOSSIERS]  # at once, from its own desk
        time.sleep(0.3)  # the watcher of the counter that acted does not report it again
        assert heard_there == [DOSSIERS]
        there.update_settings(name="Ban Quản lý các KCN tỉnh Đồng Nai")
        deadline = time.monotonic() + 2
        while not any(c.settings for c in heard_here) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert any(c.settings and not c.dossiers for c in heard_here)
    finally:
        here.unwatch()
        there.close()


def test_changes_of_audit_actions():
    assert Changes.of_actions(["dossier.returned"]) == DOSSIERS
    assert Changes.of_actions(["calendar.set", "settings.update"]) == CALENDAR | SETTINGS
    assert Changes.of_actions(["sign_in.failed", "backup"]) == NONE


# --------------------------------------------------------------------------- cancelling


class CancelAt(jobs.Job):
    """A job whose clerk presses Cancel just before its ``n``-th step (0: never)."""

    def __init__(self, n: int = 0):
        super().__init__()
        self.n, self.steps = n, 0

    def check(self, done=None, total=None):
        self.steps += 1
        if self.steps == self.n:
            self.cancel()
        super().check(done, total)


def _cancelled_at_each_step(run, unchanged, undo=lambda: None):
    """Run once to count the steps (``undo`` then puts things back); then cancel before each
    step in turn (the last one is the commit's eve) and check that nothing changed."""
    counting = CancelAt()
    with jobs.running(counting):
        run(dry=True)
    undo()
    assert counting.steps >= 2
    for n in sorted({1, counting.steps // 2, counting.steps}):
        job = CancelAt(n)
        with jobs.running(job), pytest.raises(jobs.Cancelled, match="không có gì thay đổi"):
            run(dry=False)
        assert job.steps == n  # stopped at that step, not later
        unchanged()


def _register_file(path: Path, rows: int) -> Path:
    write_table(
        path,
        COLUMNS,
        (
            [
                "",
                "",
                "1.009645",
                f"Nguyễn Văn {i}",
                "",
                "",
                "",
                "",
                "counter",
                f"2026-10-{i % 28 + 1:02d} 09:00",
                "",
                "",
                "",
                "",
                "",
            ]
            for i in range(rows)
        ),
    )
    return path


def _dossiers(desk: Desk) -> int:
    with desk.database.read() as session:
        return session.scalar(select(func.count()).select_from(Dossier))


def _audit_entries(desk: Desk) -> int:
    with desk.database.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def test_a_cancelled_import_keeps_nothing(desk, tmp_path):
    path = _register_file(tmp_path / "register.csv", 3000)
    before = (_dossiers(desk), _audit_entries(desk))
    imported = []
    from desk_app.services import setup

    other = Desk.open(f"sqlite:///{tmp_path / 'dry.sqlite3'}")  # counts the steps
    setup.initialise(other.database, samples=True)

    def run(dry: bool) -> None:
        if dry:
            imported.append(other.import_register(path).value.imported)
            return
        desk.import_register(path)

    _cancelled_at_each_step(run, lambda: (_dossiers(desk), _audit_entries(desk)) == before)
    other.close()
    assert imported == [3000]
    assert (_dossiers(desk), _audit_entries(desk)) == before


def test_a_cancelled_export_leaves_no_file(desk, tmp_path):
    desk.import_register(_register_file(tmp_path / "r.csv", 2500))  # three pages of the export
    out = tmp_path / "view.xlsx"

    def run(dry: bool) -> None:
        count = desk.export_view(out, Criteria(), ["c"] * 8)
        assert count == 2500
        out.unlink()

    _cancelled_at_each_step(run, lambda: not out.exists() and not list(tmp_path.glob(".*.part")))


def test_a_cancelled_report_stops(desk):
    _registered(desk)

    def run(dry: bool) -> None:
        desk.report(dt.date(2026, 10, 1), dt.date(2026, 12, 31))

    _cancelled_at_each_step(run, lambda: True)


def test_a_cancelled_calendar_change_moves_no_due_moment(desk):
    codes = [_registered(desk, T(2026, 11, 23, 8, 0) + dt.timedelta(minutes=i)) for i in range(5)]
    dues = {code: desk.detail(code).deadline.due for code in codes}

    def overrides() -> int:
        with desk.database.read() as session:
            return session.scalar(select(func.count()).select_from(CalendarOverride))

    def run(dry: bool) -> None:
        desk.set_day(dt.date(2026, 11, 25), "off", "Sự kiện")

    def unchanged() -> bool:
        assert overrides() == 0
        assert {code: desk.detail(code).deadline.due for code in codes} == dues
        return True

    _cancelled_at_each_step(run, unchanged, undo=lambda: desk.unset_day(dt.date(2026, 11, 25)))


def test_a_job_cancelled_from_another_thread_stops_at_its_next_step():
    job = jobs.Job()
    steps = []

    def work() -> None:
        with jobs.running(job):
            try:
                for i in range(1000):
                    jobs.checkpoint(done=i)
                    steps.append(i)
                    time.sleep(0.002)
            except jobs.Cancelled:
                steps.append("cancelled")

    thread = threading.Thread(target=work)
    thread.start()
    time.sleep(0.05)
    job.cancel()
    thread.join()
    assert steps[-1] == "cancelled" and len(steps) < 1000


def test_pg_dump_gets_the_password_through_its_environment(tmp_path):
    from desk_app.services.backup import pg_dump_command

    url = "postgresql+psycopg://desk:s3cr%40t@db.example/desk?host=/run/pg"
    command, environment = pg_dump_command("pg_dump", url, tmp_path / "x.dump")
    assert not any("s3cr" in part for part in command)
    assert environment["PGPASSWORD"] == "s3cr@t"
    assert command[-1].startswith("postgresql://desk@db.example/desk")


def test_the_history_shows_every_stored_event_however_the_dossier_came(desk, tmp_path):
    """An imported dossier, then a step at the counter: the history is the stored events,
    each once, in order, with who recorded it (issue 20, item 8)."""
    from desk_app.db.models import DossierEvent
    from desk_app.services.dossiers import find_dossier

    path = tmp_path / "r.csv"
    write_table(
        path,
        COLUMNS,
        [
            [
                "",
                "",
                "1.009645",
                "Phạm Thị Hoa",
                "",
                "",
                "",
                "",
                "counter",
                "2026-10-05 09:00",
                "",
                "2026-10-20 10:00",
                "2026-10-21 08:00",
                "",
                "",
            ]
        ],
    )
    from desk_app.services import auth, users

    users.add_user(desk.database, "lan", "mật-khẩu-Lan-1", "administrator", "Nguyễn Thị Lan")
    with auth.acting_as(users.authenticate(desk.database, "lan", "mật-khẩu-Lan-1")):
        desk.import_register(path)
        with desk.database.read() as session:
            code = session.scalar(select(Dossier.code))
        desk.act(code, "corrected", data={"field": "phone", "new": "0912345678"})
        detail = desk.detail(code)
    with desk.database.read() as session:
        dossier = find_dossier(session, code)
        stored = sorted(dossier.events, key=lambda e: (e.at, e.id))
        kinds = [e.kind for e in stored]
        assert session.scalar(select(func.count()).select_from(DossierEvent)) == len(kinds)
    assert [t.kind for t in detail.timeline] == kinds
    assert kinds[:3] == ["received", "result_ready", "returned"] and kinds[-1] == "corrected"
    assert [t.at for t in detail.timeline] == sorted(t.at for t in detail.timeline)
    assert "phone:  → 0912345678" in detail.timeline[-1].details
    assert {t.who for t in detail.timeline} == {"Nguyễn Thị Lan"}  # full names, each step
