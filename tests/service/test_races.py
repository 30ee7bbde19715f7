"""Counters racing on the same dossiers and the same account (issue 20, item 1): of several
transitions at once exactly one wins, the others are refused with the state they met; parallel
wrong passwords are counted one after the other and lock the account."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import func, select

from desk_app.db.models import AuditEntry, DossierEvent, User
from desk_app.services import dossier_views, dossiers, users
from desk_app.services.dossiers import Intake

T = dt.datetime
ACTOR = textwrap.dedent(
    """
    import sys
    from desk_app.db.database import open_database
    from desk_app.domain.errors import DeskError
    from desk_app.domain.roles import SYSTEM
    from desk_app.services import auth, dossiers
    auth.sign_in(SYSTEM)
    db = open_database(sys.argv[1])
    kind, note, codes = sys.argv[2], sys.argv[3], sys.argv[4].split(",")
    for code in codes:
        try:
            dossiers.apply_event(db, code, kind, note=note)
            print("ok", code, flush=True)
        except DeskError as exc:
            print("refused", code, type(exc).__name__, flush=True)
    """
)


def _dossiers(db, count: int, *steps: str) -> list[str]:
    codes = []
    for i in range(count):
        made = dossiers.register(
            db, Intake("1.009645", f"Người nộp {i}", received_at=T(2026, 11, 2, 9, 0))
        )
        for step in steps:
            dossiers.apply_event(db, made.code, step, at=T(2026, 11, 3, 9, 0))
        codes.append(made.code)
    return codes


def _race(db_url: str, runs: list[tuple[str, str]], codes: list[str]) -> list[list[str]]:
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", ACTOR, db_url, kind, note, ",".join(codes)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for kind, note in runs
    ]
    results = [p.communicate(timeout=600) for p in processes]
    for process, (_out, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, err[-2000:]
    return [line.split() for out, _ in results for line in out.splitlines()]


def _events(db, kinds: set[str]) -> dict[int, int]:
    with db.read() as session:
        rows = session.execute(
            select(DossierEvent.dossier_id, func.count())
            .where(DossierEvent.kind.in_(kinds))
            .group_by(DossierEvent.dossier_id)
        ).all()
    return dict(rows)


@pytest.mark.slow
def test_four_counters_return_the_same_40_results_once_each(db, db_url):
    codes = _dossiers(db, 40, "handed_over", "result_ready")
    lines = _race(db_url, [("returned", "")] * 4, codes)
    assert sum(1 for line in lines if line[0] == "ok") == 40
    assert sorted({line[1] for line in lines if line[0] == "ok"}) == sorted(codes)
    assert {line[2] for line in lines if line[0] == "refused"} == {"TransitionError"}
    returned = _events(db, {"returned"})
    assert len(returned) == 40 and set(returned.values()) == {1}


@pytest.mark.slow
def test_conflicting_closes_leave_one_final_event_per_dossier(db, db_url):
    codes = _dossiers(db, 30, "handed_over")
    finals = {"refused", "result_ready", "withdrawn", "stopped"}
    runs = [
        ("refused", "Không thuộc thẩm quyền"),
        ("result_ready", ""),
        ("withdrawn", ""),
        ("stopped", "Người nộp đề nghị dừng"),
    ]
    lines = _race(db_url, runs, codes)
    assert sum(1 for line in lines if line[0] == "ok") == 30
    per_dossier = _events(db, finals)
    assert len(per_dossier) == 30 and set(per_dossier.values()) == {1}
    for code in codes:  # state and outcome tell the same story
        record = dossier_views.dossier_record(db, code)
        final = [e["kind"] for e in record["events"] if e["kind"] in finals]
        assert record["state"] == final[0]
        assert record["outcome"] in (None if final[0] == "result_ready" else final[0],)


def test_a_step_on_a_dossier_changed_since_the_clerk_looked_says_so(db):
    (code,) = _dossiers(db, 1, "handed_over", "result_ready")
    dossiers.apply_event(db, code, "returned", expected_state="result_ready")
    with pytest.raises(dossiers.ChangedElsewhere, match=r"quầy khác.*Đã trả kết quả"):
        dossiers.apply_event(db, code, "returned", expected_state="result_ready")


SIGNER = textwrap.dedent(
    """
    import sys
    from desk_app.db.database import open_database
    from desk_app.services import users
    from desk_app.services.users import SignInError
    db = open_database(sys.argv[1])
    for _ in range(3):
        try:
            users.authenticate(db, "lan", "sai-mật-khẩu")
        except SignInError as exc:
            print(str(exc), flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.no_actor
def test_parallel_wrong_passwords_are_all_counted_and_lock_the_account(db, db_url):
    from desk_app.services import auth

    with auth.acting_as(None):
        users.add_user(db, "admin", "mật-khẩu-Đúng-1", "administrator")
    with auth.acting_as(users.authenticate(db, "admin", "mật-khẩu-Đúng-1")):
        users.add_user(db, "lan", "mật-khẩu-Lan-1", "clerk")
    processes = [
        subprocess.Popen([sys.executable, "-c", SIGNER, db_url], stdout=subprocess.PIPE, text=True)
        for _ in range(10)
    ]
    said = [line for p in processes for line in p.communicate(timeout=600)[0].splitlines()]
    assert len(said) == 30
    with db.read() as session:
        user = session.scalar(select(User).where(User.username == "lan"))
        attempts = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.entity_id == "lan", AuditEntry.action.like("sign_in.%"))
        )
    assert user.locked_until is not None  # locked: no attempt was lost to a race
    assert attempts == 30
    assert sum("bị khóa" in line for line in said) >= 30 - 4  # all after the fifth say locked


@pytest.mark.no_actor
def test_an_unknown_name_is_answered_as_a_real_account_would_be(db):
    """Wrong passwords for a real account and for a name that does not exist get the same
    answers in the same order, "locked" included (issue 20, item 5)."""
    from desk_app.services import auth
    from desk_app.services.users import SignInError

    with auth.acting_as(None):
        users.add_user(db, "admin", "mật-khẩu-Đúng-1", "administrator")
    with auth.acting_as(users.authenticate(db, "admin", "mật-khẩu-Đúng-1")):
        users.add_user(db, "lan", "mật-khẩu-Lan-1", "clerk")

    def answers(name: str) -> list[str]:
        said = []
        for minute in [*range(7), 5 + 6]:  # seven at once, then one after the lock ran out
            try:
                users.authenticate(db, name, "sai", now=T(2026, 11, 30, 9, minute))
            except SignInError as exc:
                said.append(str(exc))
        return said

    real, unknown = answers("lan"), answers("khong-co-ai")
    assert real == unknown
    assert "bị khóa 5 phút" in real[4] and "đang bị khóa" in real[5]
    assert real[-1] == "Sai tên đăng nhập hoặc mật khẩu"
