"""Decree 118/2025 at its edges (SQLite and PostgreSQL): a supplement is requested once and
within 3 working days of receipt (later only with a supervisor's reason, marked late); an
apology's new appointment is a working moment after the current one."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.decree118 import RuleRefused
from desk_app.domain.errors import ValidationError
from desk_app.domain.lifecycle import TransitionError
from desk_app.domain.roles import Actor, PermissionDenied, Role
from desk_app.services import auth, dossier_views, dossiers
from desk_app.services.dossiers import Intake

T = dt.datetime


def _received(db, at: dt.datetime) -> str:
    code = dossiers.register(db, Intake("1.009645", "Nguyễn Văn A", received_at=at)).code
    dossiers.apply_event(db, code, "handed_over", at=at + dt.timedelta(minutes=30))
    return code


@pytest.mark.parametrize(
    ("received", "asked", "late"),
    [
        # Monday 30/11 09:00 + 3 working days = Thursday 3/12 09:00
        (T(2026, 11, 30, 9, 0), T(2026, 12, 3, 8, 59), False),
        (T(2026, 11, 30, 9, 0), T(2026, 12, 3, 9, 0), False),  # the 3rd working day, at it
        (T(2026, 11, 30, 9, 0), T(2026, 12, 3, 9, 1), True),
        (T(2026, 11, 30, 9, 0), T(2026, 12, 4, 8, 0), True),  # the 4th working day
        # across a day off: Monday 23/11, Tuesday 24/11 is Vietnamese Culture Day
        (T(2026, 11, 23, 9, 0), T(2026, 11, 27, 9, 0), False),
        (T(2026, 11, 23, 9, 0), T(2026, 11, 27, 9, 1), True),
    ],
)
def test_a_supplement_request_within_three_working_days(db, received, asked, late):
    code = _received(db, received)
    if late:
        with pytest.raises(RuleRefused, match="3 ngày làm việc"):
            dossiers.apply_event(db, code, "supplement_requested", at=asked)
        dossiers.apply_event(
            db, code, "supplement_requested", at=asked, data={"late_reason": "Chờ ý kiến Sở"}
        )
        event = dossier_views.dossier_record(db, code)["events"][-1]
        assert event["kind"] == "supplement_requested"
        with db.read() as session:
            stored = dossiers.find_dossier(session, code).events[-1].data
        assert stored["late"] is True and stored["late_reason"] == "Chờ ý kiến Sở"
    else:
        dossiers.apply_event(db, code, "supplement_requested", at=asked)
        with db.read() as session:
            assert "late" not in (dossiers.find_dossier(session, code).events[-1].data or {})


def test_a_second_supplement_request_is_refused(db):
    code = _received(db, T(2026, 11, 30, 9, 0))
    dossiers.apply_event(db, code, "supplement_requested", at=T(2026, 12, 1, 9, 0))
    dossiers.apply_event(db, code, "supplement_received", at=T(2026, 12, 8, 9, 0))
    with pytest.raises(RuleRefused, match="một lần"):
        dossiers.apply_event(db, code, "supplement_requested", at=T(2026, 12, 9, 9, 0))
    with pytest.raises(RuleRefused, match="một lần"):  # a reason does not open it again
        dossiers.apply_event(
            db, code, "supplement_requested", at=T(2026, 12, 9, 9, 0), data={"late_reason": "x"}
        )


def test_only_a_supervisor_records_a_late_request(db):
    code = _received(db, T(2026, 11, 30, 9, 0))
    with auth.acting_as(Actor(None, "lan", Role.CLERK)), pytest.raises(PermissionDenied):
        dossiers.apply_event(
            db, code, "supplement_requested", at=T(2026, 12, 7, 9, 0), data={"late_reason": "x"}
        )
    with auth.acting_as(Actor(None, "hoa", Role.SUPERVISOR)):
        dossiers.apply_event(
            db, code, "supplement_requested", at=T(2026, 12, 7, 9, 0), data={"late_reason": "x"}
        )


@pytest.mark.parametrize(
    ("offset", "new_due", "refused"),
    [
        (dt.timedelta(minutes=-1), None, "phải sau"),
        (dt.timedelta(0), None, "phải sau"),
        (dt.timedelta(minutes=1), None, None),
        (None, T(2027, 1, 3, 9, 0), "thời gian làm việc"),  # a Sunday
        (None, T(2027, 1, 4, 12, 0), "thời gian làm việc"),  # between the sessions
        (None, T(2027, 1, 4, 17, 0), None),  # the end of the afternoon session
    ],
)
def test_an_apologys_new_appointment(db, offset, new_due, refused):
    code = _received(db, T(2026, 11, 30, 9, 0))
    current = dossier_views.dossier_record(db, code)["legal_due_at"]
    due = dt.datetime.strptime(current, "%Y-%m-%d %H:%M")
    new_due = new_due or due + offset
    args = dict(at=T(2026, 12, 10, 9, 0), note="Chờ thẩm định", data={"new_due": new_due})
    if refused:
        with pytest.raises(RuleRefused, match=refused):
            dossiers.apply_event(db, code, "apology", **args)
        assert dossier_views.dossier_record(db, code)["events"][-1]["kind"] == "handed_over"
    else:
        dossiers.apply_event(db, code, "apology", **args)
        record = dossier_views.dossier_record(db, code)
        assert record["appointment_at"] == f"{new_due:%Y-%m-%d %H:%M}"


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (T(2026, 11, 25, 14, 59), T(2026, 11, 25, 17, 0)),  # Wednesday: the same day
        (T(2026, 11, 25, 15, 0), T(2026, 11, 25, 17, 0)),
        (T(2026, 11, 25, 15, 1), T(2026, 11, 26, 7, 30)),  # after 15:00: the next opening
        (T(2026, 11, 27, 16, 0), T(2026, 11, 30, 7, 30)),  # Friday afternoon: Monday
        (T(2026, 11, 23, 17, 30), T(2026, 11, 25, 7, 30)),  # after hours, 24/11 a day off
        (T(2026, 11, 28, 9, 0), T(2026, 11, 30, 7, 30)),  # a Saturday
    ],
)
def test_the_hand_over_is_due_the_same_day_or_at_the_next_opening(received, due):
    from desk_app.domain.calendar import WorkingCalendar
    from desk_app.domain.decree118 import handover_due
    from desk_app.services.calendar_service import official_calendar

    assert handover_due(WorkingCalendar(official=official_calendar()), received) == due


def test_the_review_lists_dossiers_waiting_past_the_decrees_time(db):
    from desk_app.services import printing

    paper = dossiers.register(db, Intake("1.009645", "Giấy", received_at=T(2026, 11, 25, 14, 0)))
    handed = dossiers.register(db, Intake("1.009645", "Đã chuyển", received_at=T(2026, 11, 25, 9)))
    dossiers.apply_event(db, handed.code, "handed_over", at=T(2026, 11, 25, 10, 0))
    late_in_day = dossiers.register(
        db, Intake("1.009645", "Chiều", received_at=T(2026, 11, 25, 16))
    )
    online = dossiers.register(
        db, Intake("1.009645", "Trực tuyến", channel="online", received_at=T(2026, 11, 25, 9, 0))
    )

    def section(now: dt.datetime, words: str) -> set[str]:
        with db.read() as session:
            sheet = printing.review_sheet(session, now.date(), now)
        (found,) = [s for s in sheet.sections if words in s.title]
        return {line.code for line in found.lines}

    # Wednesday 17:00: due at 17:00, not yet late; 17:01 late (only the one before 15:00)
    assert section(T(2026, 11, 25, 17, 0), "chưa chuyển") == set()
    assert section(T(2026, 11, 25, 17, 1), "chưa chuyển") == {paper.code}
    assert section(T(2026, 11, 26, 7, 31), "chưa chuyển") == {paper.code, late_in_day.code}
    assert handed.code not in section(T(2026, 11, 30, 9, 0), "chưa chuyển")
    # online, received Wednesday 09:00: 6 working hours that day, 2 more on Thursday: 09:30
    assert section(T(2026, 11, 26, 9, 30), "trực tuyến") == set()
    assert section(T(2026, 11, 26, 9, 31), "trực tuyến") == {online.code}
    assert online.code not in section(T(2026, 11, 26, 9, 31), "chưa chuyển")


def test_a_dossier_not_supplemented_in_time_is_closed_and_counted_as_resolved(db, tmp_path):
    from pypdf import PdfReader

    from desk_app.domain.text import nfc
    from desk_app.services import printing, report

    code = _received(db, T(2026, 11, 2, 9, 0))
    asked = T(2026, 11, 3, 9, 0)
    dossiers.apply_event(db, code, "supplement_requested", at=asked, data={"items": ["Điều lệ"]})
    ends = asked + dt.timedelta(days=15)

    def review(now: dt.datetime) -> set[str]:
        with db.read() as session:
            sheet = printing.review_sheet(session, now.date(), now)
        (found,) = [s for s in sheet.sections if "không bổ sung" in s.title]
        return {line.code for line in found.lines}

    assert review(ends - dt.timedelta(minutes=1)) == set()
    assert review(ends) == {code}
    with pytest.raises(RuleRefused, match="Chưa hết 15 ngày"):
        dossiers.apply_event(db, code, "closed_unsupplemented", at=ends - dt.timedelta(minutes=1))
    dossiers.apply_event(db, code, "closed_unsupplemented", at=ends)
    record = dossier_views.dossier_record(db, code)
    assert (record["state"], record["outcome"]) == ("closed_unsupplemented", "unsupplemented")
    text = nfc(
        "".join(
            p.extract_text()
            for p in PdfReader(
                __import__("io").BytesIO(printing.dossier_document(db, "unsupplemented", code))
            ).pages
        )
    )
    assert "TRẢ LẠI HỒ SƠ" in text and "Điều 19" in text
    counts = report.report(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30)).total
    assert (counts.resolved, counts.late, counts.in_progress) == (1, 0, 0)
    with pytest.raises(TransitionError):
        dossiers.apply_event(db, code, "handed_over", at=ends + dt.timedelta(days=1))


def test_a_stop_is_at_the_applicants_request_and_returns_papers_and_fees(db):
    import io

    from pypdf import PdfReader

    from desk_app.domain.text import nfc
    from desk_app.services import printing

    code = _received(db, T(2026, 11, 30, 9, 0))
    with pytest.raises(ValidationError, match="lý do dừng"):
        dossiers.apply_event(db, code, "stopped", at=T(2026, 12, 1, 9, 0))
    dossiers.apply_event(db, code, "stopped", at=T(2026, 12, 1, 9, 0), note="Đổi dự án")
    with db.read() as session:
        assert dossiers.find_dossier(session, code).events[-1].data["applicant_asked"] is True
    pdf = PdfReader(io.BytesIO(printing.dossier_document(db, "stop", code)))
    text = nfc(" ".join(p.extract_text() for p in pdf.pages))
    assert "Theo đề nghị" in text and "phí, lệ phí" in text and "Đổi dự án" in text


def test_a_hostile_late_reason_is_refused(db):
    code = _received(db, T(2026, 11, 30, 9, 0))
    for hostile in ("Chờ\x00ý kiến", "x" * 2001):
        with pytest.raises(ValidationError, match="Lý do"):
            dossiers.apply_event(
                db,
                code,
                "supplement_requested",
                at=T(2026, 12, 7, 9, 0),
                data={"late_reason": hostile},
            )
    assert dossier_views.dossier_record(db, code)["state"] == "handed_over"


def test_the_term_restarts_after_a_supplement_unless_the_procedures_own_law_pauses_it(db, tmp_path):
    """Art. 19(5): the restart is the rule; the pause is a catalogue column of the procedures
    whose own law says so, kept on each dossier (a later catalogue change leaves it)."""
    from desk_app.services import agency, catalogue
    from desk_app.services.tabular import ImportRejected

    table = tmp_path / "catalogue.csv"
    catalogue.export_catalogue(db, table)
    text = table.read_text(encoding="utf-8-sig").splitlines()
    assert text[0].endswith(",pause,steps")
    # the internal processes (the last column, never quoted) are not this test's business
    text = [line.rsplit(",", 1)[0] for line in text]
    # 1.009645 (15 working days) becomes a pausing procedure
    text = [text[0]] + [
        line[: -len(",")] + ",có" if line.startswith("1.009645,") else line for line in text[1:]
    ]
    table.write_text("\n".join(text) + "\n", encoding="utf-8")
    catalogue.import_catalogue(db, table)
    paused = _received(db, T(2026, 11, 30, 9, 0))  # Monday
    catalogue.import_catalogue(db, _without_pause(tmp_path, text))  # a later change
    restarted = _received(db, T(2026, 11, 30, 9, 0))
    for code in (paused, restarted):
        dossiers.apply_event(db, code, "supplement_requested", at=T(2026, 12, 2, 9, 0))
        dossiers.apply_event(db, code, "supplement_received", at=T(2026, 12, 4, 9, 0))
    with db.read() as session:
        due = {c: dossiers.find_dossier(session, c).due_at for c in (paused, restarted)}
    # paused: 2 working days counted before the request, 13 left from Friday 4/12 09:00
    assert due[paused] == T(2026, 12, 23, 9, 0)
    # restarted: 15 working days from Friday 4/12 09:00
    assert due[restarted] == T(2026, 12, 25, 9, 0)
    with pytest.raises(ValidationError, match="cột pause"):
        agency.update_settings(db, supplement_policy="pause")
    bad = tmp_path / "bad.csv"
    bad.write_text(text[0] + "\n" + text[1][:-3] + ",đôi khi\n", encoding="utf-8")
    with pytest.raises(ImportRejected) as refused:
        catalogue.import_catalogue(db, bad)
    assert "tạm dừng khi bổ sung" in refused.value.errors[0].line()


def _without_pause(tmp_path, lines):
    path = tmp_path / "catalogue-restart.csv"
    path.write_text("\n".join(line.removesuffix(",có") for line in lines) + "\n", encoding="utf-8")
    return path


def test_a_restart_issues_a_new_receipt_that_replaces_the_first(db):
    """Art. 19(5): once the papers are complete the term counts again, and the receipt the
    desk prints says so, with the new appointment, and that it replaces the first one."""
    import io

    from pypdf import PdfReader

    from desk_app.domain.text import nfc
    from desk_app.services import printing

    code = _received(db, T(2026, 11, 30, 9, 0))  # Monday; 15 working days

    def receipt() -> str:
        data = printing.dossier_document(db, "receipt", code)
        return nfc(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))

    first = " ".join(receipt().split())
    assert "thay thế" not in first and "ngày 21 tháng 12 năm 2026" in first
    dossiers.apply_event(db, code, "supplement_requested", at=T(2026, 12, 2, 9, 0))
    dossiers.apply_event(db, code, "supplement_received", at=T(2026, 12, 4, 9, 0))
    with db.read() as session:
        dossier = dossiers.find_dossier(session, code)
        assert dossier.appointment_at == dossier.due_at == T(2026, 12, 25, 9, 0)
    again = " ".join(receipt().split())
    assert "Cấp lại sau khi nhận đủ hồ sơ bổ sung" in again
    assert "thay thế Giấy tiếp nhận hồ sơ và hẹn trả kết quả cấp lúc 09 giờ 00 phút" in again
    assert "nhận đủ hồ sơ bổ sung: 09 giờ 00 phút, ngày 04 tháng 12 năm 2026" in again
    assert "09 giờ 00 phút, ngày 25 tháng 12 năm 2026" in again  # the new appointment
    assert dossiers.FORM_OF_EVENT[dossiers.EventKind.SUPPLEMENT_RECEIVED] == "receipt"


@pytest.mark.parametrize(
    ("returned", "told", "refused"),
    [
        # received Monday 30/11 09:00, appointment Monday 21/12 09:00
        (T(2026, 12, 21, 8, 59), None, "bằng cách nào"),  # the minute before: early
        (T(2026, 12, 21, 8, 59), ("fax", T(2026, 12, 18, 10, 0)), "bằng cách nào"),
        (T(2026, 12, 21, 8, 59), ("phone", None), "lúc đã báo"),
        (T(2026, 12, 21, 8, 59), ("phone", T(2026, 12, 21, 9, 30)), "không sau khi trả"),
        (T(2026, 12, 21, 8, 59), ("phone", T(2026, 11, 29, 9, 0)), "sau khi tiếp nhận"),
        (T(2026, 12, 21, 8, 59), ("sms", T(2026, 12, 18, 10, 0)), None),
        (T(2026, 12, 21, 9, 0), None, None),  # at the appointment: not early
        (T(2026, 12, 21, 9, 1), None, None),
    ],
)
def test_an_early_return_records_how_and_when_the_applicant_was_told(db, returned, told, refused):
    code = _received(db, T(2026, 11, 30, 9, 0))
    dossiers.apply_event(db, code, "result_ready", at=T(2026, 12, 17, 15, 0))
    data = {} if told is None else {"told_how": told[0], "told_at": told[1]}
    if refused:
        with pytest.raises(RuleRefused, match=refused):
            dossiers.apply_event(db, code, "returned", at=returned, data=data)
        return
    dossiers.apply_event(db, code, "returned", at=returned, data=data)
    event = dossier_views.dossier_record(db, code)["events"][-1]
    assert event["kind"] == "returned"
    with db.read() as session:
        stored = dossiers.find_dossier(session, code).events[-1].data
    if told is None:
        assert "early" not in stored
    else:
        assert stored["early"] is True and stored["told_how"] == "sms"
        assert stored["told_at"] == "2026-12-18 10:00"
