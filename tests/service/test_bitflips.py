"""Silent damage on disk (issue 20, item 7): a register file with random bit flips either is
refused when it opens, or `audit verify` reports it, or its data did not change. A flipped file
that opens with changed data nobody reports is the failure this test looks for."""

from __future__ import annotations

import datetime as dt
import random
import re
import sqlite3
from pathlib import Path

import pytest

from desk_app.db.database import open_database
from desk_app.domain.errors import DeskError
from desk_app.services import (
    agency,
    audit,
    auth,
    calendar_service,
    checkpoints,
    dossiers,
    setup,
    users,
)
from desk_app.services.dossiers import Intake, ReceivedDocument
from desk_app.services.guidance import record_guidance

T = dt.datetime
FILES = int(__import__("os").environ.get("DESK_FLIP_FILES", "100"))
FLIPS = 8


# A date and time stored as text reads the same whatever the character between them, and
# with a comma or a point before the fraction of a second (datetime.fromisoformat).
_MOMENT = re.compile(r"(\d{4}-\d\d-\d\d).(\d\d:\d\d:\d\d)[.,]?")


def _read(value: object) -> object:
    return _MOMENT.sub(r"\1 \2.", value) if isinstance(value, str) else value


def _dump(path: Path) -> dict[str, list[str]]:
    """Every table's rows as the program reads them (SQL names are case-insensitive), but the
    search index's FTS5 shadow tables: an index, like SQLite's own (not dumped either), which
    FTS5's integrity check in `audit verify` reads against the dossiers."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT CAST(name AS TEXT) FROM sqlite_master "
                "WHERE lower(CAST(type AS TEXT)) = 'table'"
            )
        ]
        return {
            t.lower(): sorted(
                repr(tuple(map(_read, row))) for row in con.execute(f'SELECT * FROM "{t}"')
            )
            for t in tables
            if not t.lower().startswith("dossier_search")
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def register(tmp_path_factory) -> tuple[Path, Path]:
    """A small working register: accounts, a changed setting, a day off, dossiers with papers
    at several steps, guidance at the counter, a checkpoint beside the backups."""
    folder = tmp_path_factory.mktemp("flips")
    path = folder / "desk.sqlite3"
    db = open_database(f"sqlite:///{path}", create=True)
    setup.initialise(db, samples=True)
    with auth.acting_as(None):
        users.add_user(db, "admin", "mật-khẩu-Đúng-1", "administrator")
    admin = users.authenticate(db, "admin", "mật-khẩu-Đúng-1")
    with auth.acting_as(admin):
        users.add_user(db, "lan", "mật-khẩu-Lan-1", "clerk")
        agency.update_settings(db, phone="0251 3892 000", unit_code="000.00.31.H99")
        calendar_service.set_override(db, dt.date(2026, 11, 5), "off", "Sự kiện của tỉnh")
        for i in range(12):
            papers = (ReceivedDocument("Đơn đề nghị", originals=1, copies=i % 3),)
            made = dossiers.register(
                db,
                Intake(
                    "1.009645",
                    f"Nguyễn Văn Thứ {i}",
                    phone=f"09123456{i:02d}",
                    address=f"Số {i} đường Võ Thị Sáu, Biên Hòa",
                    received_at=T(2026, 11, 2, 9, i),
                    documents=papers,
                ),
            )
            if i % 2:
                dossiers.apply_event(db, made.code, "handed_over", at=T(2026, 11, 2, 10, i))
            if i % 4 == 1:
                dossiers.apply_event(db, made.code, "result_ready", at=T(2026, 11, 3, 10, i))
        record_guidance(db, "refusal", "1.009645", at=T(2026, 11, 2, 11))
        checkpoints.write(db, folder / "backups")
    db.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = DELETE")  # one file: every flip lands in the register
    con.close()
    return path, folder / "backups"


def _reported(url: str, backups: Path) -> str:
    """What the opening check or `audit verify` says about the file; "" when nothing."""
    try:
        db = open_database(url)
    except DeskError as exc:
        return f"refused: {exc}"
    try:
        chain = audit.verify(db)
        if not chain.intact:
            return f"chain: {chain.reason}"
        against = checkpoints.check(db, backups)
        if not against.intact:
            return f"checkpoint: {against.reason}"
        rows = audit.verify_states(db)
        if not rows.intact:
            return f"state: {rows.entity} {rows.entity_id}"
        return ""
    except DeskError as exc:
        return f"verify refused: {exc}"
    finally:
        db.dispose()


@pytest.mark.no_actor
def test_no_flipped_file_opens_with_changes_nobody_reports(register, tmp_path):
    original, backups = register
    before = _dump(original)
    clean = original.read_bytes()
    outcomes = {"refused": 0, "reported": 0, "unchanged": 0}
    silent = []
    for n in range(FILES):
        rng = random.Random(n)
        data = bytearray(clean)
        for _ in range(FLIPS):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        path = tmp_path / f"flipped-{n}.sqlite3"
        path.write_bytes(bytes(data))
        said = _reported(f"sqlite:///{path}", backups)
        if said.startswith("refused"):
            outcomes["refused"] += 1
            continue
        if said:
            outcomes["reported"] += 1
            continue
        after = _dump(path)
        changed = sorted(t for t in before if before[t] != after.get(t))
        if changed:
            table = changed[0]
            was = sorted(set(before[table]) - set(after.get(table, [])))[:1]
            now = sorted(set(after.get(table, [])) - set(before[table]))[:1]
            silent.append((n, changed, was, now))
        else:
            outcomes["unchanged"] += 1
    print(outcomes)
    assert not silent, f"opened with changed data nobody reported: {silent}"
    assert outcomes["refused"] + outcomes["reported"] > FILES // 2  # the flips did land
