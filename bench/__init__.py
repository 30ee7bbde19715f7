"""Benchmarks: ``python -m bench`` from the repository root writes docs/benchmarks.md."""

import statistics
import time
from collections.abc import Callable

from desk_app.domain.roles import SYSTEM as _SYSTEM
from desk_app.services import auth as _auth

# The benchmarks work on throw-away databases without accounts: they act as the local system.
_auth.sign_in(_SYSTEM)


def median_seconds(func: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
