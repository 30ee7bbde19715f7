"""The statistics report on registers built by ``desk-app demo-data``, at 10,000 dossiers and at
``big`` dossiers (built once with the same seed and kept in the temp folder, since two million
take about six minutes).

* demo data: dossiers generated and stored per second (with their events);
* the report for one quarter (the last complete one), for a whole year, and the twelve-month
  on-time series the Reports screen draws beside it.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select, text

from desk_app.db import models
from desk_app.db.database import head_revision, open_database
from desk_app.domain.statistics import quarter_period, year_period
from desk_app.services import demo, report, setup

NOW = dt.datetime(2026, 11, 22, 10, 0)
SEED = 7


def demo_database(n: int) -> tuple[Path, float | None]:
    """The path of a demo register of ``n`` dossiers, and its build time when known."""
    path = (
        Path(tempfile.gettempdir()) / f"desk-bench-demo-{n}-seed{SEED}-rev{head_revision()}.sqlite3"
    )
    timing = path.with_suffix(".seconds")
    if not path.exists():
        partial = path.with_suffix(".part")
        partial.unlink(missing_ok=True)
        db = open_database(f"sqlite:///{partial}")
        setup.initialise(db, samples=True)
        start = time.perf_counter()
        demo.generate(db, n, seed=SEED, now=NOW)
        timing.write_text(f"{time.perf_counter() - start:.1f}")
        with db.write() as session:
            session.execute(text("ANALYZE"))
        db.dispose()
        partial.rename(path)
    seconds = float(timing.read_text()) if timing.exists() else None
    return path, seconds


def _figures(n: int, median_seconds) -> dict[str, float]:
    path, built = demo_database(n)
    db = open_database(f"sqlite:///{path}")
    with db.read() as session:
        count = session.scalar(select(func.count()).select_from(models.Dossier))
    assert count == n, (path, count)
    quarter = quarter_period(2026, 3)
    figures = {
        "quarter": median_seconds(lambda: report.report(db, *quarter), runs=3),
        "year": median_seconds(lambda: report.report(db, *year_period(2025)), runs=3),
        "months": median_seconds(lambda: report.monthly_on_time(db, NOW.date()), runs=3),
        "build": built or 0.0,
        "size": path.stat().st_size / 1e6,
    }
    db.dispose()
    return figures


def run(n_big: int, median_seconds) -> str:
    small = _figures(10_000, median_seconds)
    sizes = [(10_000, small)]
    if n_big:
        sizes.append((n_big, _figures(n_big, median_seconds)))
    lines = [
        "## Statistics report and demo data (issue 7)",
        "",
        f"Registers made by `desk-app demo-data --seed {SEED}` (three years of dossiers up to",
        f"{NOW:%d/%m/%Y}; about 4.2 events each), SQLite, warm cache, median of 3. The report",
        "is SQL aggregates grouped by procedure (two statements); nothing is loaded per dossier.",
        "",
        "| what | " + " | ".join(f"{n:,} dossiers" for n, _ in sizes) + " | target |",
        "|---|" + "---|" * len(sizes) + "---|",
    ]
    rows = (
        ("report for one quarter (Q3 2026)", "quarter", "a few seconds"),
        ("report for one year (2025)", "year", ""),
        ("on-time rate per month, 12 months (Reports chart)", "months", ""),
    )
    for label, key, target in rows:
        cells = " | ".join(f"**{f[key] * 1000:,.0f} ms**" for _, f in sizes)
        lines.append(f"| {label} | {cells} | {target} |")
    cells = " | ".join(
        f"{f['build']:.1f} s ({n / f['build']:,.0f} dossiers/s)" if f["build"] else "(cached)"
        for n, f in sizes
    )
    lines.append(f"| `demo-data` build | {cells} | a few minutes for 2,000,000 |")
    cells = " | ".join(f"{f['size']:,.0f} MB" for _, f in sizes)
    lines.append(f"| database size on disk | {cells} | |")
    return "\n".join(lines) + "\n"
