"""Run the benchmarks and write docs/benchmarks.md.

python -m bench                 # all benchmarks available so far
python -m bench --open 100000   # how many open dossiers the recompute benchmark uses
python -m bench --rows 20000    # rows per import benchmark
python -m bench --big 2000000   # dossiers in the list benchmark (built once, kept in /tmp)
python -m bench --no-write      # print only
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_seconds(func: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
    parser.add_argument("--no-write", action="store_true", help="do not write docs/benchmarks.md")
    args = parser.parse_args()

    from bench import deadlines, printing, register, report, scale, window

    os.environ.setdefault("DESK_DATA_DIR", tempfile.mkdtemp(prefix="desk-bench-"))
    sections = [
        deadlines.run(args.open, median_seconds),
        register.run(args.rows, args.big, median_seconds),
        printing.run(median_seconds),
        report.run(args.big, median_seconds),
        window.run(args.big),
        scale.run(args.big, median_seconds),
    ]
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
