"""Nothing lost: a dossier whose registration returned is on disk, even if the process is killed
(SIGKILL) right after (issue 4, item 8)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from desk_app.db.database import open_database
from desk_app.services import setup

WORKER = textwrap.dedent(
    """
    import datetime as dt, sys
    from desk_app.db.database import open_database
    from desk_app.domain.roles import SYSTEM
    from desk_app.services import auth, dossiers
    auth.sign_in(SYSTEM)  # a counter's process, acting as the local system
    db = open_database(sys.argv[1])
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        reg = dossiers.register(db, dossiers.Intake(
            "1.009645", f"Người nộp {i}", received_at=dt.datetime(2026, 11, 25, 9, 0)))
        print(reg.code, flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_registrations_survive_sigkill_20_times(tmp_path):
    path = tmp_path / "desk.sqlite3"
    url = f"sqlite:///{path}"
    db = open_database(url)
    setup.initialise(db, samples=True)
    db.dispose()
    reported: list[str] = []
    for round_no in range(20):
        process = subprocess.Popen(
            [sys.executable, "-c", WORKER, url], stdout=subprocess.PIPE, text=True
        )
        assert process.stdout.readline().strip() == "ready"
        target = 5 + round_no % 7
        for _ in range(target):
            reported.append(process.stdout.readline().strip())
        time.sleep(0.001 * round_no)  # kill at varying points of the next registration
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        for line in process.stdout.read().splitlines():  # reported before the kill landed
            if line.strip():
                reported.append(line.strip())
        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = {row[0] for row in con.execute("SELECT code FROM dossiers")}
            numbers = sorted(row[0] for row in con.execute("SELECT register_no FROM dossiers"))
        finally:
            con.close()
        missing = [code for code in reported if code not in stored]
        assert missing == [], f"round {round_no}: reported but lost: {missing}"
        assert numbers == list(range(1, len(numbers) + 1)), "register numbers must have no gap"
