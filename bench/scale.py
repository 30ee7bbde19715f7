"""How the desk's everyday work grows from 10,000 to ``big`` dossiers, each figure beside the
same query in raw SQL on the same database (the cost of our layers).

Reads run on the demo registers of ``bench.report``; the work that writes (the intake path, a
calendar change, an import of 100,000 rows) runs on a scratch copy, so the cached registers
stay as built.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from desk_app.db.database import open_database
from desk_app.services import calendar_service, dossiers, printing, register_io, search
from desk_app.services.dossiers import Intake
from desk_app.services.register_io import COLUMNS
from desk_app.services.search import Criteria
from desk_app.services.tabular import write_table

NOW = dt.datetime(2026, 11, 20, 16, 0)


def _raw(path: Path, sql: str, params: tuple, runs: int, median_seconds) -> float:
    con = sqlite3.connect(path)
    try:
        return median_seconds(lambda: con.execute(sql, params).fetchall(), runs=runs)
    finally:
        con.close()


def _reads(path: Path, median_seconds) -> dict[str, tuple[float, float | None]]:
    db = open_database(f"sqlite:///{path}")
    while not db.verified:
        time.sleep(0.05)
    con = sqlite3.connect(path)
    code, phone = con.execute(
        "SELECT code, phone FROM dossiers ORDER BY id DESC LIMIT 1 OFFSET 77"
    ).fetchone()
    # a person's full name typed without diacritics, as a clerk looks someone up
    (prefix,) = con.execute(
        "SELECT applicant_name_folded FROM dossiers WHERE applicant_kind = 'person' "
        "ORDER BY id DESC LIMIT 1 OFFSET 77"
    ).fetchone()
    con.close()
    figures: dict[str, tuple[float, float | None]] = {}

    def quick(text):
        with db.read() as session:
            return search.quick_search(session, text)

    runs = 7

    def pair(label: str, ours, sql: str, params: tuple = ()) -> None:
        figures[label] = (
            median_seconds(ours, runs=runs),
            _raw(path, sql, params, runs, median_seconds),
        )

    def page(descending: bool):
        with db.read() as session:
            return search.search_dossiers(
                session, Criteria(), descending=descending, page_size=50, now=NOW
            )

    def review():
        with db.read() as session:
            return printing.review_sheet(session, NOW.date(), NOW)

    newest = "ORDER BY received_at DESC LIMIT 50"
    pair("search by code", lambda: quick(code), "SELECT * FROM dossiers WHERE code = ?", (code,))
    pair(
        "search by phone",
        lambda: quick(phone),
        f"SELECT * FROM dossiers WHERE phone = ? {newest}",
        (phone,),
    )
    pair(
        "search by name without diacritics",
        lambda: quick(prefix),
        "SELECT * FROM dossiers WHERE applicant_name_folded >= ? AND applicant_name_folded < ? "
        + newest,
        (prefix, prefix + "\uffff"),
    )
    pair(
        "dossier table: first page (newest, with count)",
        lambda: page(True),
        "SELECT * FROM dossiers ORDER BY received_at DESC, id DESC LIMIT 50",
    )
    pair(
        "dossier table: jump to the other end (oldest first)",
        lambda: page(False),
        "SELECT * FROM dossiers ORDER BY received_at, id LIMIT 50",
    )
    pair(
        "end-of-day review (all six lists)",
        review,
        "SELECT * FROM dossiers WHERE state IN ('received','handed_over') AND due_at < ?",
        (f"{NOW:%Y-%m-%d %H:%M:%S}.000000",),
    )
    db.dispose()
    return figures


def _writes(path: Path, median_seconds) -> dict[str, tuple[float, float | None]]:
    with tempfile.TemporaryDirectory(prefix="desk-bench-scale-") as scratch:
        copy = Path(scratch) / "copy.sqlite3"
        shutil.copyfile(path, copy)
        db = open_database(f"sqlite:///{copy}")
        while not db.verified:
            time.sleep(0.05)
        figures: dict[str, tuple[float, float | None]] = {}
        counter = iter(range(10_000))

        def intake():
            registered = dossiers.register(
                db,
                Intake(
                    "2.000205",
                    f"Công ty TNHH Đo Lường {next(counter)}",
                    applicant_kind="organisation",
                    applicant_id_no="3601234567",
                    phone="0912345678",
                    received_at=NOW,
                ),
            )
            printing.dossier_document(db, "receipt", registered.code)

        intake()  # warm: fonts, calendar
        figures["intake path: validate, due moment, register, receipt PDF"] = (
            median_seconds(intake, runs=7),
            None,
        )

        def calendar_change():
            calendar_service.set_override(db, dt.date(2026, 12, 31), "off", "đo")
            calendar_service.remove_override(db, dt.date(2026, 12, 31))

        figures["calendar change: recompute every open dossier (twice: set, unset)"] = (
            median_seconds(calendar_change, runs=3),
            None,
        )
        from bench.register import _rows

        source = Path(scratch) / "import.csv"
        write_table(source, COLUMNS, _rows(100_000))
        start = time.perf_counter()
        register_io.import_register(db, source, now=dt.datetime(2026, 11, 22, 10, 0))
        figures["import of 100,000 rows (CSV)"] = (time.perf_counter() - start, None)
        db.dispose()
    return figures


def run(n_big: int, median_seconds) -> str:
    from bench.report import demo_database

    sizes = [10_000] + ([n_big] if n_big else [])
    measured = []
    for n in sizes:
        path = demo_database(n)[0]
        measured.append({**_reads(path, median_seconds), **_writes(path, median_seconds)})
    lines = [
        "## How the work grows with the register (issue 9)",
        "",
        "The `demo-data` registers (seed 7), SQLite, warm cache, median of 7 (3 for the calendar",
        "change; the import once). *raw*: the same query with the sqlite3 module on the same file.",
        "Writes run on a scratch copy of the register.",
        "",
        "| what | "
        + " | ".join(f"{n:,}: ours / raw" for n in sizes)
        + " | growth | ours / raw at the largest |",
        "|---|" + "---|" * len(sizes) + "---|---|",
    ]
    for key in measured[0]:
        cells = []
        for figures in measured:
            ours, raw = figures[key]
            cells.append(f"**{ours * 1000:,.1f} ms**" + (f" / {raw * 1000:,.1f}" if raw else ""))
        ours_small, ours_big = measured[0][key][0], measured[-1][key][0]
        growth = f"{ours_big / ours_small:.1f}x" if len(measured) > 1 else ""
        raw_big = measured[-1][key][1]
        overhead = f"{ours_big / raw_big:.1f}x" if raw_big else ""
        lines.append(f"| {key} | {' | '.join(cells)} | {growth} | {overhead} |")
    return "\n".join(lines) + "\n"
