"""The register: import and export speed, and the dossier list on a register of millions.

* import: ``import_register`` of a 20,000-row CSV (and XLSX) into a fresh SQLite database, on one
  core, with every row validated and code, register number and due moment assigned;
* export of the same 20,000 dossiers;
* search: the dossier list's common queries (search.search_dossiers and quick_search) on a SQLite
  register of ``big`` dossiers, built once with bulk inserts and kept in the temp folder.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import func, select, text

from desk_app.db import models
from desk_app.db.database import head_revision, open_database
from desk_app.domain.deadline import WarningLevel
from desk_app.domain.text import fold, search_text
from desk_app.services import bulk, register_io, search, setup
from desk_app.services.register_io import COLUMNS
from desk_app.services.tabular import write_table

NOW = dt.datetime(2026, 11, 22, 10, 0)
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi")
MIDDLE = ("Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Đức", "Quốc")
GIVEN = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hà",
    "Hải",
    "Hạnh",
    "Hoa",
    "Hùng",
    "Lan",
    "Long",
    "Mai",
    "Nam",
    "Phương",
    "Quân",
    "Tâm",
    "Thảo",
    "Trang",
    "Tuấn",
    "Vy",
    "Đạt",
    "Ánh",
)
PROCEDURES = ("1.009645", "1.009646", "2.000205", "1.009972")


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _rows(n: int) -> list[list[str]]:
    return list(_generated_rows(n))


def _generated_rows(n: int) -> Iterator[list[str]]:
    rng = random.Random(11)
    start = dt.datetime(2024, 1, 2, 7, 30)
    for _ in range(n):
        received = start + dt.timedelta(minutes=rng.randrange(0, 1000 * 24 * 60))
        closed = rng.random() < 0.8
        resolved = received + dt.timedelta(days=rng.randint(1, 25)) if closed else None
        cells = {
            "procedure_code": rng.choice(PROCEDURES),
            "applicant_name": _name(rng),
            "applicant_id": f"{rng.randrange(10**11, 10**12):012d}",
            "address": "Khu công nghiệp Amata, phường Long Bình, Biên Hòa, Đồng Nai",
            "phone": f"09{rng.randrange(10**8):08d}",
            "channel": rng.choice(("counter", "online", "postal")),
            "received_at": f"{received:%Y-%m-%d %H:%M}",
            "resolved_at": f"{resolved:%Y-%m-%d %H:%M}" if resolved else "",
            "returned_at": f"{resolved:%Y-%m-%d %H:%M}" if resolved else "",
            "outcome": "returned" if resolved else "",
        }
        yield [cells.get(c, "") for c in COLUMNS]


def _fresh(folder: Path, name: str):
    db = open_database(f"sqlite:///{folder / name}")
    setup.initialise(db, samples=True)
    return db


def import_export(n: int, median_seconds) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="desk-bench-import-") as scratch:
        return _import_export(Path(scratch), n, median_seconds)


def _import_export(folder: Path, n: int, median_seconds) -> list[str]:
    rows = _rows(n)
    lines = []
    for suffix in (".csv", ".xlsx"):
        path = folder / f"register{suffix}"
        write_table(path, COLUMNS, rows)
        times = []
        for run in range(5):
            db = _fresh(folder, f"import-{suffix[1:]}-{run}.sqlite3")
            start = time.perf_counter()
            result = register_io.import_register(db, path, now=NOW)
            times.append(time.perf_counter() - start)
            assert result.imported == n
            db.dispose()
        # This machine's speed varies by up to half between runs: the best of five is the
        # code's cost (as timeit reports it), the median what a clerk would see on a busy day.
        best, median = min(times), sorted(times)[2]
        lines.append(
            f"| import {n:,} rows from {suffix[1:].upper()} into SQLite, best of 5 (median) "
            f"| **{best:.2f} s** ({n / best:,.0f} rows/s); median {median:.2f} s "
            f"({n / median:,.0f} rows/s) | target ≥ 20,000 rows/s |"
        )
    db = _fresh(folder, "export.sqlite3")
    register_io.import_register(db, folder / "register.csv", now=NOW)
    for suffix in (".csv", ".xlsx"):
        out = folder / f"export{suffix}"
        seconds = median_seconds(lambda out=out: register_io.export_register(db, out), runs=3)
        lines.append(
            f"| export {n:,} dossiers to {suffix[1:].upper()} | **{seconds:.2f} s** "
            f"({n / seconds:,.0f} rows/s) | |"
        )
    db.dispose()
    return lines


def _big_database(n: int) -> Path:
    path = Path(tempfile.gettempdir()) / f"desk-bench-{n}-rev{head_revision()}.sqlite3"
    if path.exists():
        return path
    partial = path.with_suffix(".part")
    partial.unlink(missing_ok=True)
    db = _fresh(partial.parent, partial.name)
    rng = random.Random(5)
    with db.read() as session:
        procedures = list(session.execute(select(models.Procedure.id, models.Procedure.code)))
    start = dt.datetime(2019, 1, 1, 7, 30)
    span = int((NOW - start).total_seconds() // 60)
    per_day: dict[str, int] = {}
    per_year: dict[int, int] = {}
    batch = []

    def flush() -> None:
        columns = tuple(batch[0])
        with db.write() as session:
            bulk.bulk_insert(
                session.connection(),
                models.Dossier.__table__,
                columns,
                [tuple(record[c] for c in columns) for record in batch],
            )
        batch.clear()

    moments = sorted(start + dt.timedelta(minutes=rng.randrange(span)) for _ in range(n))
    for received in moments:
        day = f"{received:%y%m%d}"
        per_day[day] = per_day.get(day, 0) + 1
        per_year[received.year] = per_year.get(received.year, 0) + 1
        procedure_id, _ = rng.choice(procedures)
        due = received + dt.timedelta(days=rng.randint(1, 30))
        age = (NOW - received).days
        open_ = age < 40 and rng.random() < 0.7
        name = _name(rng)
        batch.append(
            {
                "code": f"000.00.00.X99-{day}-{per_day[day]:04d}",
                "register_year": received.year,
                "register_no": per_year[received.year],
                "procedure_id": procedure_id,
                "limit_value": 15,
                "limit_unit": "working_days",
                "applicant_kind": "person",
                "applicant_name": name,
                "applicant_name_folded": fold(name),
                "search_folded": search_text(name, "Biên Hòa, Đồng Nai"),
                "applicant_id_no": f"{rng.randrange(10**11, 10**12):012d}",
                "address": "Biên Hòa, Đồng Nai",
                "phone": f"09{rng.randrange(10**8):08d}",
                "channel": rng.choice(("counter", "online", "postal")),
                "received_at": received,
                "state": rng.choice(("received", "handed_over", "supplement_requested"))
                if open_
                else "returned",
                "due_at": due,
                "appointment_at": due,
                "resolved_at": None if open_ else received + dt.timedelta(days=rng.randint(1, 30)),
                "outcome": None if open_ else "returned",
                "email": "",
                "sets_count": 1,
                "return_method": "desk",
                "return_address": "",
                "note": "",
                "due_fixed": False,
            }
        )
        if len(batch) == 50_000:
            flush()
    if batch:
        flush()
    with db.write() as session:
        session.execute(text("ANALYZE"))
    db.dispose()
    partial.rename(path)
    return path


def big_search(n: int, median_seconds) -> list[str]:
    path = _big_database(n)
    db = open_database(f"sqlite:///{path}")
    with db.read() as session:
        count = session.scalar(select(func.count()).select_from(models.Dossier))
        sample = session.execute(
            select(models.Dossier.code, models.Dossier.phone).where(models.Dossier.id == n // 2)
        ).one()
    assert count == n, count
    cases = [
        ("quick search: a scanned dossier code", lambda s: search.quick_search(s, sample.code)),
        ("quick search: a phone number", lambda s: search.quick_search(s, sample.phone)),
        (
            "quick search: a name without diacritics (prefix)",
            lambda s: search.quick_search(s, "nguyen van an"),
        ),
        (
            "quick search: words inside the name (FTS5 trigram)",
            lambda s: search.quick_search(s, "van anh"),
        ),
        (
            "quick search: part of a word inside the name (FTS5 trigram)",
            lambda s: search.quick_search(s, "uyen thi"),
        ),
        (
            "list: words inside the name, page 1 (+ count)",
            lambda s: search.search_dossiers(s, search.Criteria(text="van anh"), now=NOW),
        ),
        (
            "list: newest first, page 1 (+ count)",
            lambda s: search.search_dossiers(s, search.Criteria(), now=NOW),
        ),
        (
            "list: page 200 (offset 9,950)",
            lambda s: search.search_dossiers(s, search.Criteria(), page=199, now=NOW),
        ),
        (
            "list: overdue, by due moment",
            lambda s: search.search_dossiers(
                s, search.Criteria(warning=WarningLevel.OVERDUE), sort="due_at", now=NOW
            ),
        ),
        (
            "list: due today",
            lambda s: search.search_dossiers(
                s, search.Criteria(warning=WarningLevel.DUE_TODAY), sort="due_at", now=NOW
            ),
        ),
        (
            "list: open states, newest first",
            lambda s: search.search_dossiers(
                s, search.Criteria(states=("received", "handed_over")), now=NOW
            ),
        ),
        (
            "list: one procedure, newest first",
            lambda s: search.search_dossiers(s, search.Criteria(procedure_id=2), now=NOW),
        ),
        (
            "list: received in one month, by register number",
            lambda s: search.search_dossiers(
                s,
                search.Criteria(
                    received_from=dt.date(2026, 10, 1), received_to=dt.date(2026, 10, 31)
                ),
                sort="register_no",
                now=NOW,
            ),
        ),
        (
            "list: name prefix + procedure",
            lambda s: search.search_dossiers(
                s, search.Criteria(text="tran thi", procedure_id=1), now=NOW
            ),
        ),
    ]
    lines = []
    with db.read() as session:
        for label, query in cases:
            seconds = median_seconds(lambda query=query: query(session), runs=5)
            lines.append(f"| {label} | **{seconds * 1000:.1f} ms** |")
    db.dispose()
    return lines


def run(n_import: int, n_big: int, median_seconds) -> str:
    lines = [
        "## Register import and export (issue 4)",
        "",
        "Rows with a procedure, applicant, CCCD, phone, channel and times; 80 % closed. Each",
        "import is into a fresh SQLite database and validates every row; the code, register",
        "number and due moment are assigned as at the counter. Median of 3.",
        "",
        "| what | time | reference |",
        "|---|---|---|",
        *import_export(n_import, median_seconds),
    ]
    if n_big:
        lines += [
            "",
            f"## The dossier list on {n_big:,} dossiers (issue 4)",
            "",
            "SQLite file built once with bulk inserts (2019-2026, about 1 % open). Warm cache,",
            "median of 5. A page is 50 rows; its count stops at 10,001.",
            "",
            "| query | time |",
            "|---|---|",
            *big_search(n_big, median_seconds),
        ]
    return "\n".join(lines) + "\n"


def inside_search(sizes: tuple[int, ...], median_seconds) -> str:
    """Searching inside names (issue 21): the same queries on registers of each size, built
    once with bulk inserts (the FTS5 trigram table filled by its triggers)."""
    queries = [
        ("quick search: two words inside the name", lambda s: search.quick_search(s, "van anh")),
        ("quick search: parts of words", lambda s: search.quick_search(s, "uyen thi")),
        ("quick search: a word and a two-letter word", lambda s: search.quick_search(s, "hoa an")),
        (
            "list: words inside the name, page 1 (+ count)",
            lambda s: search.search_dossiers(s, search.Criteria(text="van anh"), now=NOW),
        ),
        ("quick search: nothing matches", lambda s: search.quick_search(s, "xyzq")),
    ]
    timings: dict[str, list[str]] = {name: [] for name, _ in queries}
    for n in sizes:
        db = open_database(f"sqlite:///{_big_database(n)}")
        with db.read() as session:
            for name, query in queries:
                query(session)  # warm
                seconds = median_seconds(lambda q=query: q(session), runs=7)
                timings[name].append(f"**{seconds * 1000:.1f} ms**")
        db.dispose()
    head = " | ".join(f"{n:,} dossiers" for n in sizes)
    lines = [
        "## Searching inside names, addresses and notes (issue 21)",
        "",
        "SQLite registers built once with bulk inserts; the words are looked up in an FTS5",
        "table with the trigram tokenizer over the folded name, address and note, the page and",
        "its count read through it. Warm cache, median of 7.",
        "",
        f"| query | {head} | target |",
        "|---|" + "---|" * len(sizes) + "---|",
    ]
    lines += [
        f"| {name} | {' | '.join(cells)} | ≤ 50 ms at 2,000,000 |"
        for name, cells in timings.items()
    ]
    return "\n".join(lines) + "\n"


def write_register_file(n: int, path: Path) -> int:
    """A register CSV of ``n`` generated rows (in a process of its own: the bytes of the
    rows it writes are not charged to the import)."""
    write_table(path, COLUMNS, _generated_rows(n))
    return path.stat().st_size


def import_peak(path: Path) -> tuple[float, int, int]:
    """Import ``path`` into a fresh SQLite database: seconds, and the process's peak resident
    memory before and after (bytes). Run in a fresh process."""
    import resource

    db = _fresh(path.parent, f"{path.stem}.sqlite3")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    start = time.perf_counter()
    result = register_io.import_register(db, path, now=NOW)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    assert result.imported > 0
    db.dispose()
    return seconds, before, after
