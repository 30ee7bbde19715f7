"""Users, roles, the audit trail, backups and restores (issue 8), on SQLite and PostgreSQL
where the database matters."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desk_app.cli import main
from desk_app.db.database import DatabaseFileError, open_database
from desk_app.db.models import AuditEntry, Dossier
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.roles import SYSTEM, Actor, NotSignedIn, PermissionDenied, Role, mask_identity
from desk_app.domain.statistics import quarter_period
from desk_app.services import (
    agency,
    audit,
    auth,
    backup,
    calendar_service,
    catalogue,
    dossiers,
    guidance,
    printing,
    register_io,
    report,
    search,
    setup,
    users,
)
from desk_app.services.dossiers import Intake

T = dt.datetime
PASSWORD = "mật-khẩu-Đúng-1"


RECEIVED = T(2026, 11, 20, 9, 0)


def _intake(name: str = "Nguyễn Văn An", at: dt.datetime = RECEIVED) -> Intake:
    return Intake("1.009645", name, applicant_id_no="079123456789", received_at=at)


@pytest.fixture
def staffed(db):
    """A database with one user of each role; yields {role: Actor}."""
    setup.initialise(db, samples=True)
    users.add_user(db, "admin", PASSWORD, "administrator", "Quản Trị")
    actors = {Role.ADMINISTRATOR: users.authenticate(db, "admin", PASSWORD)}
    with auth.acting_as(actors[Role.ADMINISTRATOR]):
        for name, role in (("lan", Role.CLERK), ("hung", Role.SUPERVISOR)):
            users.add_user(db, name, PASSWORD, role)
            actors[role] = users.authenticate(db, name, PASSWORD)
    return actors


def _calls(db, tmp_path: Path):
    """Each service with the least role that may call it."""

    def registered() -> str:  # a new dossier for each call: some actions happen only once
        with auth.acting_as(SYSTEM):
            return dossiers.register(db, _intake()).code

    catalogue_file = tmp_path / "cat.csv"
    with auth.acting_as(SYSTEM):
        catalogue.export_catalogue(db, catalogue_file)
    return [
        ("register", Role.CLERK, lambda: dossiers.register(db, _intake())),
        ("hand over", Role.CLERK, lambda: dossiers.apply_event(db, registered(), "handed_over")),
        ("guidance", Role.CLERK, lambda: guidance.record_guidance(db, "supplement")),
        ("search", Role.CLERK, lambda: _search(db)),
        ("print", Role.CLERK, lambda: printing.dossier_document(db, "receipt", registered())),
        (
            "apology",
            Role.SUPERVISOR,
            lambda: dossiers.apply_event(
                db, registered(), "apology", note="chậm", data={"new_due": T(2027, 1, 15, 16, 0)}
            ),
        ),
        (
            "correct",
            Role.SUPERVISOR,
            lambda: dossiers.apply_event(
                db, registered(), "corrected", data={"field": "phone", "new": "0912345678"}
            ),
        ),
        ("catalogue", Role.SUPERVISOR, lambda: catalogue.import_catalogue(db, catalogue_file)),
        (
            "calendar",
            Role.SUPERVISOR,
            lambda: calendar_service.set_override(db, dt.date(2026, 12, 31), "off", "Tất niên"),
        ),
        ("report", Role.SUPERVISOR, lambda: report.report(db, *quarter_period(2026, 4))),
        ("export", Role.SUPERVISOR, lambda: register_io.export_register(db, tmp_path / "r.csv")),
        ("users", Role.ADMINISTRATOR, lambda: users.list_users(db)),
        ("settings", Role.ADMINISTRATOR, lambda: agency.update_settings(db, phone="0251 3892 000")),
        ("backup", Role.ADMINISTRATOR, lambda: backup.backup(db, tmp_path / "backups")),
    ]


def _search(db):
    with db.read() as session:
        return search.quick_search(session, "nguyen van an")


RANK = {Role.CLERK: 0, Role.SUPERVISOR: 1, Role.ADMINISTRATOR: 2}


@pytest.mark.no_actor
def test_each_role_against_each_service(staffed, db, tmp_path):
    calls = _calls(db, tmp_path)
    for role, actor in staffed.items():
        for name, needed, call in calls:
            if name == "backup" and not db.is_sqlite:
                continue  # pg_dump may be missing here; its message is tested below
            with auth.acting_as(actor):
                if RANK[role] >= RANK[needed]:
                    call()  # allowed
                else:
                    with pytest.raises(PermissionDenied, match=actor.username):
                        call()
    with pytest.raises(NotSignedIn):
        dossiers.register(db, _intake())


@pytest.mark.no_actor
def test_no_default_account_and_the_first_one_is_an_administrator(db):
    setup.initialise(db, samples=True)
    assert users.user_count(db) == 0 and users.bootstrap_actor(db) is SYSTEM
    with pytest.raises(ValidationError, match="quản trị"):
        users.add_user(db, "lan", PASSWORD, "clerk")
    users.add_user(db, "admin", PASSWORD, "administrator")
    assert users.bootstrap_actor(db) is None
    with pytest.raises(NotSignedIn):
        users.add_user(db, "lan", PASSWORD, "clerk")
    with pytest.raises(ValidationError, match="ít nhất 8"):
        users.add_user(db, "x1", "short", "clerk")
    with pytest.raises(users.SignInError, match="Sai tên đăng nhập"):
        users.authenticate(db, "nobody", PASSWORD)


@pytest.mark.no_actor
def test_five_wrong_passwords_lock_the_account_for_a_few_minutes(staffed, db):
    now = T(2026, 11, 23, 9, 0)
    for attempt in range(1, 5):
        with pytest.raises(users.SignInError, match="Sai tên đăng nhập hoặc mật khẩu"):
            users.authenticate(db, "lan", f"wrong-{attempt}", now=now)
    with pytest.raises(users.SignInError, match="khóa 5 phút"):
        users.authenticate(db, "lan", "wrong-5", now=now)
    with pytest.raises(users.SignInError, match="thử lại sau 3 phút"):
        users.authenticate(db, "lan", PASSWORD, now=now + dt.timedelta(minutes=2, seconds=30))
    actor = users.authenticate(db, "LAN", PASSWORD, now=now + dt.timedelta(minutes=5))
    assert actor.role is Role.CLERK
    with db.read() as session:
        actions = [e.action for e in audit.history(session, "user", "lan")]
    assert actions.count("sign_in.failed") == 5 and "sign_in.locked" in actions
    assert actions[-1] == "sign_in"


def test_every_kind_of_change_is_in_the_audit_trail(db, tmp_path):
    setup.initialise(db, samples=True)
    users.add_user(db, "admin", PASSWORD, "administrator")
    with pytest.raises(users.SignInError):
        users.authenticate(db, "admin", "wrong password")
    users.authenticate(db, "admin", PASSWORD)
    users.add_user(db, "lan", PASSWORD, "clerk")
    users.set_password(db, "lan", "một-mật-khẩu-mới")
    users.set_active(db, "lan", False)
    code = dossiers.register(db, _intake()).code
    dossiers.apply_event(db, code, "handed_over", at=T(2026, 11, 20, 10, 0))
    dossiers.apply_event(
        db,
        code,
        "corrected",
        at=T(2026, 11, 23, 10, 5),
        data={"field": "phone", "new": "0987654321"},
    )
    guidance.record_guidance(db, "refusal")
    exported = tmp_path / "cat.csv"
    catalogue.export_catalogue(db, exported)
    catalogue.import_catalogue(db, exported)
    calendar_service.set_override(db, dt.date(2026, 12, 31), "off", "Tất niên")
    calendar_service.remove_override(db, dt.date(2026, 12, 31))
    agency.update_settings(db, phone="0251 3892 000", backup_keep=7)
    register_io.export_register(db, tmp_path / "register.csv")
    if db.is_sqlite:
        backup.backup(db, tmp_path / "backups")
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    actions = {e.action for e in entries}
    expected = {
        "calendar.official",
        "user.add",
        "sign_in.failed",
        "sign_in",
        "user.password",
        "user.active",
        "dossier.register",
        "dossier.handed_over",
        "dossier.corrected",
        "guidance.refusal",
        "catalogue.import",
        "calendar.set",
        "calendar.unset",
        "settings.update",
        "register.export",
    } | ({"backup"} if db.is_sqlite else set())
    assert expected <= actions, expected - actions
    corrected = next(e for e in entries if e.action == "dossier.corrected")
    assert corrected.new["old"] == "" and corrected.new["new"] == "0987654321"
    assert corrected.entity_id == code and corrected.username == "system"
    settings = next(e for e in entries if e.action == "settings.update" and "phone" in e.old)
    assert settings.old == {"phone": "", "backup_keep": 14}
    assert settings.new.pop("state_hash")  # the reference data as the change left it
    assert settings.new.pop("state_v") == 2
    assert settings.new == {"phone": "0251 3892 000", "backup_keep": 7}
    assert all(PASSWORD not in str(e.new) and PASSWORD not in str(e.old) for e in entries)
    assert audit.verify(db).intact and audit.verify(db).checked == len(entries)


def _tampered(db, sql: str) -> audit.Verification:
    with db.write() as session:
        session.execute(text(sql))
    return audit.verify(db)


@pytest.mark.parametrize("tamper", ["edit", "delete", "insert"])
def test_audit_verify_catches_plain_sql_tampering(db, tamper):
    setup.initialise(db, samples=True)
    for i in range(5):
        dossiers.register(db, _intake(f"Người nộp {i}"))
    with db.read() as session:
        ids = list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))
    third = ids[2]
    if tamper == "edit":
        result = _tampered(db, f"UPDATE audit_log SET username = 'ke-gian' WHERE id = {third}")
        assert (result.broken_id, result.checked) == (third, 2)
        assert "sửa" in result.reason
    elif tamper == "delete":
        result = _tampered(db, f"DELETE FROM audit_log WHERE id = {third}")
        assert result.broken_id == ids[3] and "xóa hoặc chèn" in result.reason
    else:
        with db.read() as session:
            row = session.get(AuditEntry, third)
            fake_hash = hashlib.sha256(b"forged").hexdigest()
        result = _tampered(
            db,
            "INSERT INTO audit_log (id, at, user_id, username, action, entity, entity_id, "
            f"prev_hash, hash) VALUES ({ids[-1] + 1}, '2026-11-23 09:00:00', NULL, 'x', "
            f"'dossier.register', 'dossier', 'X', '{row.hash}', '{fake_hash}')",
        )
        assert result.broken_id == ids[-1] + 1
    assert not result.intact


def test_cli_audit_verify_reports_the_first_broken_entry(sqlite_db, capsys, monkeypatch, tmp_path):
    url = sqlite_db.url
    setup.initialise(sqlite_db, samples=True)
    dossiers.register(sqlite_db, _intake())
    assert main(["--db", url, "audit", "verify"]) == 0
    assert "nguyên vẹn" in capsys.readouterr().out
    with sqlite_db.write() as session:
        session.execute(text("UPDATE audit_log SET action = 'x' WHERE id = 1"))
    assert main(["--db", url, "audit", "verify"]) == 3
    assert "mục số 1" in capsys.readouterr().err


def test_backup_during_registrations_holds_every_committed_dossier(sqlite_db, tmp_path):
    setup.initialise(sqlite_db, samples=True)
    stop = threading.Event()
    committed: list[str] = []

    def counter() -> None:
        with auth.acting_as(SYSTEM):
            i = 0
            while not stop.is_set():
                i += 1
                committed.append(dossiers.register(sqlite_db, _intake(f"Quầy {i}")).code)

    thread = threading.Thread(target=counter)
    thread.start()
    try:
        while len(committed) < 20:
            threading.Event().wait(0.02)
        before = list(committed)
        result = backup.backup(sqlite_db, tmp_path / "backups")
    finally:
        stop.set()
        thread.join()
    assert backup.integrity_ok(result.path)
    con = sqlite3.connect(result.path)
    try:
        saved = {row[0] for row in con.execute("SELECT code FROM dossiers")}
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert set(before) <= saved
    assert len(committed) > len(before)  # registrations went on meanwhile


def test_restore_round_trip_keeps_the_current_database_aside(sqlite_db, tmp_path):
    setup.initialise(sqlite_db, samples=True)
    kept = dossiers.register(sqlite_db, _intake("Trước sao lưu")).code
    made = backup.backup(sqlite_db, tmp_path / "backups").path
    later = dossiers.register(sqlite_db, _intake("Sau sao lưu")).code
    url = sqlite_db.url
    sqlite_db.dispose()
    result = backup.restore(url, made)
    assert result.kept_aside is not None and result.kept_aside.exists()
    db = open_database(url)
    try:
        with db.read() as session:
            codes = set(session.scalars(select(Dossier.code)))
            assert (
                session.scalars(
                    select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)
                ).one()
                == "restore"
            )
        assert codes == {kept} and later not in codes
        assert audit.verify(db).intact
    finally:
        db.dispose()
    with pytest.raises(backup.BackupError, match="Không khôi phục"):
        junk = tmp_path / "junk.sqlite3"
        sqlite3.connect(junk).execute("CREATE TABLE t (x)").connection.close()
        backup.restore(url, junk)


def test_old_automatic_backups_are_pruned_and_daily_backup_runs_once(sqlite_db, tmp_path):
    setup.initialise(sqlite_db, samples=True)
    agency.update_settings(sqlite_db, backup_keep=3, backup_folder=str(tmp_path / "b"))
    for day in range(1, 6):
        assert backup.backup_if_due(sqlite_db, now=T(2026, 11, day, 7, 0)) is not None
        assert backup.backup_if_due(sqlite_db, now=T(2026, 11, day, 16, 0)) is None
    names = [p.name for p in backup.backups(tmp_path / "b")]
    assert names == [f"desk-202611{d:02d}-070000.sqlite3" for d in (5, 4, 3)]


def test_a_damaged_database_is_never_written_and_the_newest_good_backup_is_offered(
    tmp_path, capsys, damage
):
    path = tmp_path / "userdata" / "desk.sqlite3"
    url = f"sqlite:///{path}"
    db = open_database(url)
    setup.initialise(db, samples=True)
    for i in range(30):
        dossiers.register(db, _intake(f"Người nộp {i}"))
    good = backup.backup(db).path
    db.dispose()
    damage(path)
    fingerprint = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseFileError):
        open_database(url)
    assert main(["--db", url, "find", "an"]) == 1
    err = capsys.readouterr().err
    assert "bị hỏng" in err and str(good) in err and f"desk-app restore {good}" in err
    assert len(err.strip().splitlines()) == 1
    assert hashlib.sha256(path.read_bytes()).hexdigest() == fingerprint  # not written
    assert main(["--db", url, "restore", str(good)]) == 0
    assert "Đã khôi phục" in capsys.readouterr().out
    db = open_database(url)
    with db.read() as session:
        assert len(session.scalars(select(Dossier.code)).all()) == 30
    db.dispose()


def test_cli_user_management_and_sign_in(tmp_path, capsys, monkeypatch):
    import io

    url = f"sqlite:///{tmp_path / 'u.sqlite3'}"
    assert main(["--db", url, "init", "--samples"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    assert (
        main(["--db", url, "user", "add", "admin", "--role", "administrator", "--password-stdin"])
        == 0
    )
    capsys.readouterr()
    # now the database has an account: commands that change data need --user
    assert main(["--db", url, "calendar", "set", "2026-12-31", "off"]) == 2
    assert "--user" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\nmột-mật-khẩu-khác\n"))
    assert (
        main(
            [
                "--db",
                url,
                "--user",
                "admin",
                "--password-stdin",
                "user",
                "add",
                "lan",
                "--role",
                "clerk",
                "--password-stdin",
            ]
        )
        == 0
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("một-mật-khẩu-khác\n"))
    assert (
        main(
            [
                "--db",
                url,
                "--user",
                "lan",
                "--password-stdin",
                "calendar",
                "set",
                "2026-12-31",
                "off",
            ]
        )
        == 2
    )
    assert "không có quyền điều chỉnh lịch làm việc" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("sai\n"))
    assert main(["--db", url, "--user", "lan", "--password-stdin", "find", "x"]) == 2
    assert "Sai tên đăng nhập hoặc mật khẩu" in capsys.readouterr().err


def test_find_masks_identity_numbers(sqlite_db, capsys):
    setup.initialise(sqlite_db, samples=True)
    dossiers.register(sqlite_db, _intake("Trần Thị Bình"))
    assert main(["--db", sqlite_db.url, "find", "tran thi binh"]) == 0
    out = capsys.readouterr().out
    assert "••••••••6789" in out and "079123456789" not in out
    assert mask_identity("3600123456") == "••••••3456" and mask_identity("12") == "12"


def test_logs_hold_no_personal_data_or_passwords(tmp_path, capsys, monkeypatch, caplog):
    import io
    import logging

    caplog.set_level(logging.DEBUG)
    url = f"sqlite:///{tmp_path / 'l.sqlite3'}"
    assert main(["--db", url, "-v", "init", "--samples"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    main(["--db", url, "-v", "user", "add", "admin", "--role", "administrator", "--password-stdin"])
    monkeypatch.setattr("sys.stdin", io.StringIO("Sai-Mật-Khẩu-99\n"))
    main(["--db", url, "-v", "--user", "admin", "--password-stdin", "find", "079123456789"])
    db = open_database(url)
    with auth.acting_as(SYSTEM):
        dossiers.register(db, _intake("Phạm Thị Riêng Tư"))
    db.dispose()
    logs = caplog.text
    assert "signed in" in logs or "sign-in refused" in logs  # the run did log
    assert "registered" in logs
    for secret in (PASSWORD, "Sai-Mật-Khẩu-99", "079123456789", "Phạm Thị Riêng Tư"):
        assert secret not in logs


def test_settings_are_checked_with_clear_messages(db):
    setup.initialise(db, samples=True)
    for bad, message in (
        ({"unit_code": "abc"}, "Mã định danh"),
        ({"warning_days": "many"}, "0 đến 30"),
        ({"lookup_url": "ftp://x"}, "https://"),
        ({"name": "  "}, "trống"),
        ({"colour": "red"}, "Không có cài đặt"),
        ({"supplement_policy": "never"}, "cột pause"),
    ):
        with pytest.raises(DeskError, match=message):
            agency.update_settings(db, **bad)


@pytest.mark.pg
def test_postgresql_backup_says_pg_dump_is_the_tool(pg_url, tmp_path, monkeypatch):
    db = open_database(pg_url)
    try:
        monkeypatch.setattr(backup.shutil, "which", lambda name: None)
        with pytest.raises(backup.BackupError, match="pg_dump"):
            backup.backup(db, tmp_path)
    finally:
        db.dispose()


def test_actor_context_is_required(db):
    setup.initialise(db, samples=True)
    with auth.acting_as(Actor(None, "khach", Role.CLERK)), pytest.raises(PermissionDenied):
        report.report(db, *quarter_period(2026, 4))


def test_a_large_file_is_checked_in_the_background_and_never_written_when_damaged(
    tmp_path, monkeypatch
):
    from desk_app.db import database

    path = tmp_path / "big.sqlite3"
    url = f"sqlite:///{path}"
    db = open_database(url)
    setup.initialise(db, samples=True)
    for i in range(30):
        dossiers.register(db, _intake(f"Người nộp {i}"))
    db.dispose()
    data = bytearray(path.read_bytes())  # damage the last page only: the schema stays readable
    for offset in range(len(data) - 4096, len(data) - 4084):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    fingerprint = hashlib.sha256(path.read_bytes()).hexdigest()
    monkeypatch.setattr(database, "CHECK_IN_BACKGROUND_BYTES", 0)  # "large" from 1 byte
    db = open_database(url)  # the light check passes; the full one runs on a thread
    try:
        with pytest.raises(DatabaseFileError, match="bị hỏng"):
            dossiers.register(db, _intake("Không được ghi"))
        assert db.verified and db.damage is not None
    finally:
        db.dispose()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == fingerprint


def test_a_large_sound_file_is_written_once_checked(tmp_path, monkeypatch):
    from desk_app.db import database

    url = f"sqlite:///{tmp_path / 'ok.sqlite3'}"
    db = open_database(url)
    setup.initialise(db, samples=True)
    db.dispose()
    monkeypatch.setattr(database, "CHECK_IN_BACKGROUND_BYTES", 0)
    db = open_database(url)
    try:
        assert dossiers.register(db, _intake()).register_no == 1
        assert db.verified and db.damage is None
    finally:
        db.dispose()
