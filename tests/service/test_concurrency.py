"""Several counters registering at the same moment on one database (issue 4, item 7)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import func, select

from desk_app.db.models import Dossier

WORKER = textwrap.dedent(
    """
    import datetime as dt, sys
    from desk_app.db.database import open_database
    from desk_app.domain.roles import SYSTEM
    from desk_app.services import auth, dossiers
    auth.sign_in(SYSTEM)  # a counter's process, acting as the local system
    db = open_database(sys.argv[1])
    counter, count = sys.argv[2], int(sys.argv[3])
    for i in range(count):
        reg = dossiers.register(db, dossiers.Intake(
            "1.009645", f"Quầy {counter} người nộp {i}",
            received_at=dt.datetime(2026, 11, 25, 9, 0)))
        print(reg.code, reg.register_no, flush=True)
    """
)


@pytest.mark.slow
def test_four_counters_register_250_each_without_duplicates_or_gaps(db, db_url):
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, db_url, str(counter), "250"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for counter in range(4)
    ]
    results = [p.communicate(timeout=600) for p in processes]
    for process, (_out, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, err[-2000:]
        assert "locked" not in err
    lines = [line.split() for out, _ in results for line in out.splitlines()]
    codes = {code for code, _ in lines}
    numbers = sorted(int(number) for _, number in lines)
    assert len(lines) == 1000 and len(codes) == 1000
    assert numbers == list(range(1, 1001))
    assert sorted(int(code.rsplit("-", 1)[1]) for code in codes) == list(range(1, 1001))
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 1000
