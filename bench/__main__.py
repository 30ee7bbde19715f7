"""Run the benchmarks and write docs/benchmarks.md.

python -m bench                 # all benchmarks available so far
python -m bench --open 100000   # how many open dossiers the recompute benchmark uses
python -m bench --rows 20000    # rows per import benchmark
python -m bench --big 2000000   # dossiers in the list benchmark (built once, kept in /tmp)
python -m bench --no-write      # print only
python -m bench --only attachments  # one section, printed
python -m bench --only import-memory --memory-rows 1000000  # the import's peak memory
"""

from __future__ import annotations

import argparse
import concurrent.futures
import multiprocessing
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import median_seconds  # in the package: a worker process imports it from there

ROOT = Path(__file__).resolve().parent.parent


def isolated(section: Callable[..., str], *args: object) -> str:
    """Run one section in a fresh process, as the desk would run that work, so that what an
    earlier section leaves in the process is not charged to a later one (inside one process,
    receipts took 36-48 ms after the 2,000,000-row sections, 21-30 ms in a process of their
    own)."""
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(section, *args).result()


def speed_check() -> float:
    """A fixed pure-Python workload (best of 5, ms): this machine's speed varies by up to
    twofold over hours, so each run records where it stood, at its start and at its end."""

    def work() -> int:
        total = 0
        for i in range(1_000_000):
            total += i * i % 7
        return total

    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def import_memory(n: int) -> str:
    """The register import's peak memory against the file's size (issue 20): the file written
    by one process, imported by another, each fresh."""
    from bench import register

    with tempfile.TemporaryDirectory(prefix="desk-bench-memory-") as folder:
        path = Path(folder) / "register.csv"
        size = isolated(register.write_register_file, n, path)
        seconds, before, after = isolated(register.import_peak, path)
    mb = 1_000_000
    return "\n".join(
        [
            "## The register import's memory (issue 20)",
            "",
            f"One CSV of {n:,} generated rows ({size / mb:,.1f} MB) imported into a fresh SQLite",
            "database in a process of its own; peak resident memory of the process.",
            "",
            "| what | figure | reference |",
            "|---|---|---|",
            f"| peak memory of the import | **{after / mb:,.0f} MB** ({after / size:.2f}x the "
            f"file) | target < 3x the file |",
            f"| the process before the import (Python, SQLAlchemy, the desk) | {before / mb:,.0f} "
            "MB | |",
            f"| time | {seconds:,.1f} s ({n / seconds:,.0f} rows/s) | |",
            "",
        ]
    )


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import sqlite3

    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.release()}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--open", type=int, default=100_000, help="open dossiers to recompute")
    parser.add_argument("--rows", type=int, default=20_000, help="rows per import benchmark")
    parser.add_argument(
        "--big", type=int, default=2_000_000, help="dossiers for the list benchmark (0: skip)"
    )
    parser.add_argument(
        "--memory-rows", type=int, default=1_000_000, help="rows of the memory import (0: skip)"
    )
    parser.add_argument("--no-write", action="store_true", help="do not write docs/benchmarks.md")
    parser.add_argument(
        "--only",
        choices=["attachments", "search", "import-memory"],
        help="print one section (to read, or to add to docs/benchmarks.md by hand)",
    )
    args = parser.parse_args()

    from bench import attachments, deadlines, printing, register, report, scale, window

    if args.only == "attachments":
        print(isolated(attachments.run, median_seconds))
        return 0
    if args.only == "search":
        print(isolated(register.inside_search, (10_000, args.big or 10_000), median_seconds))
        return 0
    if args.only == "import-memory":
        print(import_memory(args.memory_rows))
        return 0
    os.environ.setdefault("DESK_DATA_DIR", tempfile.mkdtemp(prefix="desk-bench-"))
    check_before = speed_check()
    sections = [
        isolated(deadlines.run, args.open, median_seconds),
        isolated(register.run, args.rows, args.big, median_seconds),
        isolated(printing.run, median_seconds),
        isolated(report.run, args.big, median_seconds),
        isolated(window.run, args.big),
        isolated(scale.run, args.big, median_seconds),
        isolated(attachments.run, median_seconds),
        *([import_memory(args.memory_rows)] if args.memory_rows else []),
    ]
    check_after = speed_check()
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip()
    except OSError:
        commit = "?"
    text = "\n".join(
        [
            "# Benchmarks",
            "",
            "Produced by `python -m bench` (medians of several runs, wall-clock time on one",
            "core unless said otherwise). Each figure stands beside a reference measured in",
            "the same run.",
            "",
            f"- Machine: {machine()}",
            f"- Commit: {commit}",
            f"- Speed check (a fixed pure-Python loop, best of 5): {check_before:.0f} ms at the "
            f"start of this run, {check_after:.0f} ms at its end; see performance-notes.md for "
            "what it reads on this machine at its usual speed",
            "- Targets met and missed, why, and what would fix them: "
            "[performance-notes.md](performance-notes.md)",
            "",
            *sections,
        ]
    )
    print(text)
    if not args.no_write:
        (ROOT / "docs").mkdir(exist_ok=True)
        (ROOT / "docs" / "benchmarks.md").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
