"""Someone with the database file rewrites the audit trail (issue 20, item 3): every kind of
change, and each again with the hash chain recomputed so that the chain alone holds, is caught
by the checkpoints kept outside the database (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, select, update

from desk_app.db.models import AuditEntry
from desk_app.services import audit, checkpoints, dossiers
from desk_app.services.dossiers import Intake, ReceivedDocument

T = dt.datetime


@pytest.fixture
def trail(db, tmp_path):
    for i in range(6):
        made = dossiers.register(
            db, Intake("1.009645", f"Người nộp {i}", received_at=T(2026, 11, 2, 9))
        )
        dossiers.apply_event(db, made.code, "handed_over", at=T(2026, 11, 2, 10, 0))
    folder = tmp_path / "backups"
    checkpoints.write(db, folder)
    return db, folder


def _recompute(db) -> None:
    """What an attacker who read the code does after a change: every hash again, in order."""
    with db.write() as session:
        previous = audit.GENESIS
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            entry.prev_hash = previous
            entry.hash = audit.entry_digest(entry, previous)
            previous = entry.hash


def _ids(db) -> list[int]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def _edit(db):
    with db.write() as session:
        session.execute(
            update(AuditEntry).where(AuditEntry.id == _ids(db)[3]).values(username="ai-do")
        )


def _delete(db):
    with db.write() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.id == _ids(db)[3]))


def _insert(db):
    """A forged entry in the middle: the later ones moved one place on."""
    ids = _ids(db)
    with db.write() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.id >= ids[3])))
        rows = [{c.name: getattr(e, c.key) for c in AuditEntry.__table__.columns} for e in entries]
        session.execute(delete(AuditEntry).where(AuditEntry.id >= ids[3]))
        session.flush()
        forged = {**rows[0], "username": "giả mạo", "action": "dossier.returned", "hash": "f" * 64}
        for offset, row in enumerate([forged, *rows]):
            session.add(AuditEntry(**{**row, "id": ids[3] + offset}))


def _reorder(db):
    ids = _ids(db)
    with db.write() as session:
        a, b = session.get(AuditEntry, ids[2]), session.get(AuditEntry, ids[4])
        a.action, b.action = b.action, a.action
        a.entity_id, b.entity_id = b.entity_id, a.entity_id


def _cut_tail(db):
    with db.write() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.id > _ids(db)[-3]))


def _wipe(db):
    with db.write() as session:
        session.execute(delete(AuditEntry))


TAMPERING = {
    "edit": _edit,
    "delete": _delete,
    "insert": _insert,
    "reorder": _reorder,
    "cut the tail": _cut_tail,
    "wipe": _wipe,
}


@pytest.mark.parametrize("recomputed", [False, True], ids=["as is", "chain recomputed"])
@pytest.mark.parametrize("kind", list(TAMPERING))
def test_every_rewrite_of_the_trail_is_caught(trail, kind, recomputed):
    db, folder = trail
    assert audit.verify(db).intact and checkpoints.check(db, folder).intact
    TAMPERING[kind](db)
    if recomputed:
        _recompute(db)
    chain, against = audit.verify(db), checkpoints.check(db, folder)
    assert not (chain.intact and against.intact), kind
    if recomputed:
        assert chain.intact  # the chain alone would not have told
        assert not against.intact and against.broken is not None and against.reason


def test_later_work_and_more_checkpoints_still_match(trail):
    db, folder = trail
    dossiers.register(db, Intake("1.009645", "Người nộp sau", received_at=T(2026, 11, 3, 9)))
    checkpoints.write(db, folder)
    result = checkpoints.check(db, folder)
    assert result.intact and result.checked == 2


def test_the_command_names_the_checkpoint_that_no_longer_matches(trail, capsys):
    from desk_app.cli import main

    db, folder = trail
    _cut_tail(db)
    code = main(["--db", db.url, "audit", "verify", "--checkpoints", str(folder)])
    err = capsys.readouterr().err
    assert code == 3 and "điểm kiểm tra" in err and "cắt bớt" in err


def _sql(db, statement: str) -> None:
    from sqlalchemy import text

    with db.engine.begin() as conn:
        conn.execute(text(statement))


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE users SET role = 'administrator' WHERE username = 'lan'",
        "UPDATE users SET active = false WHERE username = 'admin'",
        "UPDATE dossiers SET applicant_name = 'Người khác' WHERE register_no = 2",
        "UPDATE dossiers SET state = 'returned', outcome = 'returned' WHERE register_no = 3",
        "UPDATE dossier_events SET note = 'sửa' WHERE kind = 'handed_over'",
        "DELETE FROM dossier_events WHERE kind = 'handed_over' AND dossier_id = "
        "(SELECT id FROM dossiers WHERE register_no = 4)",
        "UPDATE dossiers SET limit_value = limit_value + 5 WHERE register_no = 1",
        "UPDATE dossiers SET supplement_pause = true WHERE register_no = 1",
        "UPDATE dossier_documents SET originals = 3",
        "UPDATE procedures SET limit_value = limit_value + 5",
        "UPDATE procedure_documents SET name = 'Giấy khác' WHERE position = 1",
        "UPDATE procedure_documents SET copies = 2 WHERE position = 1",
        "UPDATE agency_settings SET unit_code = '000.00.99.H99'",
        "UPDATE calendar_overrides SET kind = 'work'",
        "DELETE FROM calendar_overrides",
        "UPDATE guidance SET kind = 'supplement'",
        # the citizen's side: columns added after the hash's definition, and the rating
        "UPDATE dossiers SET postal_tracking = 'EE123456785VN' WHERE register_no = 2",
        "UPDATE dossiers SET notify = false WHERE register_no = 2",
        "UPDATE dossiers SET incoming_tracking = '' WHERE register_no = 5",
        "UPDATE ratings SET level = 'very_satisfied'",
        "DELETE FROM ratings",
    ],
)
@pytest.mark.no_actor
def test_a_direct_edit_of_a_dossier_or_an_account_is_caught(db, edit):
    from desk_app.services import auth, calendar_service, guidance, ratings, users

    with auth.acting_as(None):
        users.add_user(db, "admin", "mật-khẩu-Đúng-1", "administrator")
    admin = users.authenticate(db, "admin", "mật-khẩu-Đúng-1")
    with auth.acting_as(admin):
        users.add_user(db, "lan", "mật-khẩu-Lan-1", "clerk")
        users.authenticate(db, "lan", "mật-khẩu-Lan-1")
        for i in range(5):
            papers = (ReceivedDocument("Đơn đề nghị", originals=1),)
            by_post = {"channel": "postal", "incoming_tracking": "RE000000005VN"} if i == 4 else {}
            intake = Intake(
                "1.009645",
                f"Người nộp {i}",
                received_at=T(2026, 11, 2, 9),
                documents=papers,
                **by_post,
            )
            made = dossiers.register(db, intake)
            dossiers.apply_event(db, made.code, "handed_over", at=T(2026, 11, 2, 10, 0))
        dossiers.apply_event(db, made.code, "result_ready", at=T(2026, 11, 3, 9, 0))
        told = {"told_how": "phone", "told_at": T(2026, 11, 3, 9, 30)}
        dossiers.apply_event(db, made.code, "returned", at=T(2026, 11, 3, 10, 0), data=told)
        ratings.rate(db, made.code, "unsatisfied", "Chờ lâu", at=T(2026, 11, 3, 10, 5))
        # what the program itself does must keep the check quiet: a calendar change moves
        # every open dossier's due moment, a wrong password counts a failure
        calendar_service.set_override(db, dt.date(2026, 11, 5), "off", "Sự kiện")
        guidance.record_guidance(db, "refusal", "1.009645", at=T(2026, 11, 2, 11))
        with pytest.raises(users.SignInError):
            users.authenticate(db, "lan", "sai")
    assert audit.verify_states(db).intact
    _sql(db, edit)
    result = audit.verify_states(db)
    assert not result.intact and result.entity in ("user", "dossier", "guidance", "settings")


def test_hashes_of_an_earlier_definition_are_not_checked_until_the_next_change(trail):
    """A register written before this definition of the row hash (``state_v``) is not called
    edited for that; the dossier's next change records a hash that is checked again."""
    db, _folder = trail
    with db.write() as session:
        newest = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "dossier").order_by(AuditEntry.id.desc())
        ).first()
        code = newest.entity_id
        newest.new = {**newest.new, "state_v": 1, "state_hash": "0" * 64}
    assert audit.verify_states(db).intact  # the old definition's hash is left alone
    dossiers.apply_event(db, code, "result_ready", at=T(2026, 11, 3, 9, 0))
    assert audit.verify_states(db).intact
    _sql(db, f"UPDATE dossiers SET note = 'sửa' WHERE code = '{code}'")
    result = audit.verify_states(db)
    assert not result.intact and result.entity_id == code
