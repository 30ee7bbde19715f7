"""Notices to applicants through the outbox, on SQLite and PostgreSQL, with a real SMTP server
and a real HTTP message gateway started by the tests: every kind of notice, retries after a
refusal, nothing lost when the sender is killed, nothing sent for a rolled-back event, nothing
for an applicant who declined, and no personal data in the log."""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
import subprocess
import sys

import pytest
from sqlalchemy import select

from desk_app.db.models import OutboxNotice
from desk_app.domain.errors import ValidationError
from desk_app.services import agency, audit, dossiers, outbox, users
from desk_app.services.dossiers import Intake
from tests.service.servers import GatewayServer, SmtpServer

T = dt.datetime
PHONE, EMAIL = "0912345678", "nguyen.van.dat@example.vn"


@pytest.fixture
def smtp():
    server = SmtpServer()
    yield server
    server.stop()


@pytest.fixture
def gateway():
    server = GatewayServer()
    yield server
    server.stop()


def _configure(db, smtp=None, gateway=None, **more):
    settings = dict(more)
    if smtp is not None:
        settings |= {
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp.port,
            "smtp_security": "none",
            "mail_from": "mot-cua@example.vn",
        }
    if gateway is not None:
        settings |= {"sms_url": gateway.url, "sms_headers": '{"Authorization": "Bearer k-123"}'}
    agency.update_settings(db, **settings)


MONDAY = T(2026, 11, 23, 9, 0)


def _register(db, at=MONDAY, **intake):
    fields = {"phone": PHONE, "email": EMAIL} | intake
    return dossiers.register(db, Intake("1.009645", "Nguyễn Văn Đạt", received_at=at, **fields))


def _notices(db):
    with db.read() as session:
        rows = session.scalars(select(OutboxNotice).order_by(OutboxNotice.id)).all()
        return [(r.kind, r.channel, r.state) for r in rows]


def test_every_kind_of_notice_reaches_both_servers(db, smtp, gateway):
    _configure(db, smtp, gateway)
    code = _register(db).code  # received
    dossiers.apply_event(db, code, "handed_over", at=T(2026, 11, 23, 10, 0))
    dossiers.apply_event(
        db, code, "supplement_requested", at=T(2026, 11, 25, 9, 0), data={"items": ["Bản vẽ"]}
    )
    dossiers.apply_event(db, code, "supplement_received", at=T(2026, 11, 26, 9, 0))
    dossiers.apply_event(  # long before the appointment: the early-return notice
        db, code, "result_ready", at=T(2026, 11, 27, 9, 0)
    )
    late = _register(db, at=T(2026, 10, 1, 9, 0)).code  # overdue by now
    dossiers.apply_event(
        db, late, "apology", note="Chờ ý kiến Sở Xây dựng", data={"new_due": T(2026, 12, 4, 9, 0)}
    )
    ready = _register(db, at=T(2026, 10, 1, 9, 0)).code
    dossiers.apply_event(db, ready, "result_ready", at=T(2026, 11, 27, 10, 0))  # after it
    refused = _register(db).code
    dossiers.apply_event(db, refused, "refused", note="Không thuộc thẩm quyền")
    stopped = _register(db).code
    dossiers.apply_event(db, stopped, "stopped", note="Người nộp xin dừng")
    kinds = [
        "received",
        "supplement",
        "early_return",
        "received",
        "apology",
        "received",
        "result_ready",
        "received",
        "refused",
        "received",
        "stopped",
    ]
    assert [k for k, channel, _ in _notices(db) if channel == "email"] == kinds
    assert [k for k, channel, _ in _notices(db) if channel == "sms"] == kinds

    result = outbox.send_pending(db)

    assert (result.sent, result.retrying, result.failed) == (22, 0, 0)
    assert {state for _, _, state in _notices(db)} == {"sent"}
    subjects = [m["Subject"] for m in smtp.messages]
    assert subjects[0] == f"Hồ sơ {code} đã được tiếp nhận"
    assert subjects[1] == f"Hồ sơ {code} cần bổ sung giấy tờ"
    assert all(m["To"] == EMAIL and m["From"] == "mot-cua@example.vn" for m in smtp.messages)
    assert "Bản vẽ" in smtp.messages[1].get_content()
    assert "Chờ ý kiến Sở Xây dựng" in smtp.messages[4].get_content()
    assert "04/12/2026" in smtp.messages[4].get_content()  # the new appointment
    texts = [r["json"]["text"] for r in gateway.requests]
    assert all(r["json"]["phone"] == PHONE for r in gateway.requests)
    assert all(r["headers"]["Authorization"] == "Bearer k-123" for r in gateway.requests)
    assert texts[0].startswith("Ban Quan ly cac Khu cong nghiep: da tiep nhan ho so")
    assert all(t.isascii() for t in texts)  # sent without diacritics (the default)
    assert "Ban ve" in texts[1]
    assert outbox.send_pending(db).sent == 0  # nothing twice


def test_a_refused_notice_is_retried_later_and_then_marked_failed(db, smtp):
    _configure(db, smtp)
    _register(db)
    smtp.refuse = 1
    now = T(2026, 11, 30, 9, 5)
    first = outbox.send_pending(db, now=lambda: now)
    assert (first.sent, first.retrying) == (0, 1)
    notice = outbox.listing(db)[0]
    assert notice.last_error == "SMTP 451" and notice.attempts == 1
    assert notice.next_attempt_at == now + dt.timedelta(minutes=1)
    # the minute before the next attempt: not yet; at it: sent
    assert outbox.send_pending(db, now=lambda: now + dt.timedelta(seconds=59)).sent == 0
    assert outbox.send_pending(db, now=lambda: now + dt.timedelta(minutes=1)).sent == 1
    assert len(smtp.messages) == 1

    _register(db)
    smtp.refuse = outbox.MAX_ATTEMPTS
    moment = now
    for attempt in range(1, outbox.MAX_ATTEMPTS + 1):
        result = outbox.send_pending(db, now=lambda at=moment: at)
        assert result.failed == (1 if attempt == outbox.MAX_ATTEMPTS else 0)
        moment += outbox.backoff(attempt)
    assert outbox.listing(db, "failed")[0].attempts == outbox.MAX_ATTEMPTS
    assert outbox.retry_failed(db) == 1
    assert outbox.send_pending(db).sent == 1


def test_the_gateway_refusing_is_retried(db, gateway):
    _configure(db, gateway=gateway)
    _register(db)
    gateway.refuse = 2
    now = T(2026, 11, 30, 9, 5)
    assert outbox.send_pending(db, now=lambda: now).retrying == 1
    assert outbox.listing(db)[0].last_error == "HTTP 503"
    assert outbox.send_pending(db, now=lambda: now + dt.timedelta(minutes=1)).retrying == 1
    assert outbox.send_pending(db, now=lambda: now + dt.timedelta(minutes=3)).sent == 1
    assert len(gateway.requests) == 3


def test_nothing_is_sent_for_an_event_that_rolled_back(db, smtp, gateway, monkeypatch):
    _configure(db, smtp, gateway)
    code = _register(db).code
    before = _notices(db)

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        dossiers.apply_event(db, code, "refused", note="Không thuộc thẩm quyền")
    with pytest.raises(RuntimeError):
        _register(db)
    monkeypatch.undo()
    assert _notices(db) == before  # the two receipt notices of the first dossier only
    outbox.send_pending(db)
    assert len(smtp.messages) == 1 and len(gateway.requests) == 1


def test_who_gets_no_notice(db, smtp, gateway):
    _configure(db, smtp, gateway)
    _register(db, notify=False)  # declined
    _register(db, phone="", email="")  # nothing to reach them by
    assert _notices(db) == []
    _register(db, email="")  # a phone only: a text message only
    assert _notices(db) == [("received", "sms", "waiting")]
    agency.update_settings(db, notify_kinds="supplement,refused")
    _register(db)
    assert len(_notices(db)) == 1  # receipts switched off
    agency.update_settings(db, notify_kinds="none", sms_url="")
    code = _register(db).code
    dossiers.apply_event(db, code, "refused", note="x")
    assert len(_notices(db)) == 1
    with pytest.raises(ValidationError, match="notify_kinds"):
        agency.update_settings(db, notify_kinds="received,sms")


def test_the_log_holds_no_phone_address_or_text(db, smtp, gateway, caplog):
    _configure(db, smtp, gateway)
    _register(db, address="12 Lê Lợi, Biên Hòa")
    gateway.refuse = 1
    with caplog.at_level(logging.DEBUG):
        outbox.send_pending(db)
        outbox.send_pending(db, now=lambda: dt.datetime.now() + dt.timedelta(minutes=2))
    text = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("desk_app"))
    assert "notice" in text  # the sender did log
    for private in (PHONE, EMAIL, "Lê Lợi", "Nguyễn", "Nguyen", "tiep nhan", "tiếp nhận"):
        assert private not in text


def test_the_agency_rewords_a_notice_and_a_bad_template_stops_nothing(db, gateway, tmp_path):
    _configure(db, gateway=gateway)
    folder = tmp_path / "userdata" / "notices"
    folder.mkdir(parents=True)
    (folder / "templates.toml").write_text(
        '[received]\nsms = "Hồ sơ {code}: hẹn {appointment}."\n', encoding="utf-8"
    )
    registered = _register(db)
    outbox.send_pending(db)
    promised = f"{registered.due_at:%H:%M %d/%m/%Y}"
    assert gateway.requests[-1]["json"]["text"] == f"Ho so {registered.code}: hen {promised}."
    agency.update_settings(db, sms_without_marks="false")
    _register(db)
    outbox.send_pending(db)
    assert gateway.requests[-1]["json"]["text"].startswith("Hồ sơ ")
    (folder / "templates.toml").write_text(
        '[received]\nsms = "{applicant_id_no}"\n', encoding="utf-8"
    )
    registered = _register(db)  # the counter goes on
    assert registered.code
    failed = outbox.listing(db, "failed")
    assert len(failed) == 1 and "applicant_id_no" in failed[0].last_error


def test_a_form_body_and_a_get_gateway(db, gateway):
    _configure(
        db,
        gateway=gateway,
        sms_method="GET",
        sms_body="u=desk&to={phone}&msg={text}",
        sms_without_marks="true",
    )
    _register(db)
    outbox.send_pending(db)
    request = gateway.requests[0]
    assert request["method"] == "GET" and "to=0912345678" in request["path"]
    assert "msg=Ban+Quan+ly" in request["path"]


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("sms_headers", "not json", "JSON"),
        ("sms_headers", '{"X": 1}', "JSON"),
        ("sms_headers", '{"X": "a\\nb"}', "điều khiển"),
        ("sms_body", '{"phone": "{phone}"}', "{text}"),
        ("sms_body", '{"text": "{text}"', "JSON"),
        ("sms_url", "ftp://gateway", "https://"),
        ("smtp_security", "ssl", "starttls"),
        ("smtp_port", "70000", "65535"),
        ("smtp_host", "mail server", "khoảng trắng"),
        ("mail_from", "=HYPERLINK(1)", "thư điện tử"),
        ("smtp_password", "a\x00b", "điều khiển"),
        ("notify_kinds", "", "loại thông báo"),
    ],
)
def test_a_wrong_notice_setting_is_refused_naming_it(sqlite_db, name, value, message):
    with pytest.raises(ValidationError, match=message):
        agency.update_settings(sqlite_db, **{name: value})


def test_secrets_stay_out_of_the_audit_trail(sqlite_db):
    from desk_app.db.models import AuditEntry

    agency.update_settings(
        sqlite_db, smtp_password="  s3cret pass ", sms_headers='{"Authorization": "Bearer zz"}'
    )
    assert agency.settings_view(sqlite_db)["smtp_password"] == "  s3cret pass "  # as typed
    with sqlite_db.read() as session:
        texts = [str(e.new) + str(e.old) for e in session.scalars(select(AuditEntry))]
    assert not any("s3cret" in t or "Bearer zz" in t for t in texts)
    assert any("'smtp_password': '*****'" in t for t in texts)


SENDER = """
import sys
from desk_app.cli import main
sys.exit(main(["--db", sys.argv[1], "--user", "admin", "--password-stdin", "outbox", "send"]))
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_sender_killed_between_two_notices_loses_none(db, db_url, gateway):
    users.add_user(db, "admin", "mật-khẩu-dài-1", "administrator")
    _configure(db, gateway=gateway)
    codes = [_register(db).code for _ in range(3)]
    gateway.hang_on, gateway.hang = 2, 30.0  # the second notice: the gateway takes its time
    process = subprocess.Popen(
        [sys.executable, "-c", SENDER, db_url],
        stdin=subprocess.PIPE,
        env={**os.environ},
        text=True,
    )
    process.stdin.write("mật-khẩu-dài-1\n")
    process.stdin.close()
    deadline = dt.datetime.now() + dt.timedelta(seconds=60)
    while len(gateway.requests) < 2 and dt.datetime.now() < deadline:
        gateway.arrived.wait(0.2)
    assert len(gateway.requests) == 2
    os.kill(process.pid, signal.SIGKILL)  # while the second notice is on its way
    process.wait()
    gateway.hang_on = 0
    states = [state for _, _, state in _notices(db)]
    assert states == ["sent", "sending", "waiting"]
    # another sender, once the claim's lease ran out, sends what was left
    later = dt.datetime.now() + outbox.LEASE + dt.timedelta(minutes=1)
    assert outbox.send_pending(db, now=lambda: later).sent == 2
    assert [state for _, _, state in _notices(db)] == ["sent"] * 3
    received = [r["json"]["text"] for r in gateway.requests]
    assert all(any(code in text for text in received) for code in codes)


def test_the_history_shows_each_notice_and_settings_show_hides_the_secrets(
    sqlite_db, gateway, capsys
):
    from desk_app.cli import main
    from desk_app.services import dossier_views

    _configure(sqlite_db, gateway=gateway, smtp_password="s3cret")
    code = _register(sqlite_db).code
    before = [e.what for e in dossier_views.dossier_detail(sqlite_db, code).timeline]
    assert "Thông báo (tin nhắn): Đã tiếp nhận" in before
    outbox.send_pending(sqlite_db)
    after = dossier_views.dossier_detail(sqlite_db, code).timeline
    notice = next(e for e in after if e.kind == "notice")
    assert notice.details == "Đã gửi"
    record = dossier_views.dossier_record(sqlite_db, code)
    assert record["notices"][0] | {"created_at": "", "sent_at": ""} == {
        "kind": "received",
        "channel": "sms",
        "state": "sent",
        "created_at": "",
        "sent_at": "",
    }
    url = str(sqlite_db.engine.url)
    assert main(["--db", url, "settings", "show"]) == 0
    shown = capsys.readouterr().out
    assert "smtp_password = *****" in shown and "sms_headers = *****" in shown
    assert "s3cret" not in shown and "k-123" not in shown
    assert main(["--db", url, "outbox", "list"]) == 0
    listed = capsys.readouterr().out
    assert f"\t{code}\treceived\tsms\t1 tin\tĐã gửi\t1\t" in listed
    assert main(["--db", url, "outbox", "send"]) == 0
    assert "Đã gửi 0" in capsys.readouterr().out
