"""Registration, lifecycle transitions and due moments, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desk_app.db.models import Dossier, Guidance
from desk_app.domain.errors import ValidationError
from desk_app.domain.lifecycle import TRANSITIONS, EventKind, State, TransitionError
from desk_app.services import dossiers
from desk_app.services.dossiers import Intake, ReceivedDocument

T = dt.datetime
INVESTMENT = "1.009645"  # 15 working days in the sample catalogue


def intake(**overrides) -> Intake:
    values = dict(
        procedure_code=INVESTMENT,
        applicant_name="Công ty TNHH Điện tử Đồng Nai",
        applicant_kind="organisation",
        applicant_id_no="3601234567",
        address="Lô A1, KCN Biên Hòa 2, Đồng Nai",
        phone="+84 912 345 678",
        documents=(ReceivedDocument("Văn bản đề nghị", originals=1),),
        received_at=T(2026, 11, 23, 8, 37),
    )
    values.update(overrides)
    return Intake(**values)


def test_registration_assigns_code_register_number_and_due(db):
    first = dossiers.register(db, intake())
    second = dossiers.register(
        db,
        intake(
            applicant_name="Nguyễn Văn An", applicant_kind="person", applicant_id_no="079123456789"
        ),
    )
    assert first.code == "000.00.00.X99-261123-0001"
    assert second.code == "000.00.00.X99-261123-0002"
    assert (first.register_no, second.register_no) == (1, 2)
    # 15 working days from Monday 23/11 08:37, Tuesday 24/11 off: Tuesday 15/12 08:37
    assert first.due_at == T(2026, 12, 15, 8, 37)
    with db.read() as session:
        row = dossiers.find_dossier(session, first.code)
        assert row.phone == "0912345678"
        assert row.state == "received" and row.appointment_at == first.due_at
        assert [e.kind for e in row.events] == ["received"]
        assert row.documents[0].originals == 1


def test_register_number_restarts_each_year_and_code_each_day(db):
    a = dossiers.register(db, intake(received_at=T(2026, 12, 31, 9, 0)))
    b = dossiers.register(db, intake(received_at=T(2027, 1, 4, 9, 0)))
    c = dossiers.register(db, intake(received_at=T(2027, 1, 4, 10, 0)))
    assert (a.register_no, b.register_no, c.register_no) == (1, 1, 2)
    assert b.code.endswith("-270104-0001") and c.code.endswith("-270104-0002")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("applicant_name", "   ", "Chưa nhập tên"),
        ("applicant_id_no", "12345", "Mã số thuế không hợp lệ"),
        ("phone", "12ab", "Số điện thoại không hợp lệ"),
        ("channel", "fax", "Kênh nộp"),
        ("procedure_code", "9.999999", "Không có thủ tục"),
        ("return_method", "post", "địa chỉ nhận"),
    ],
)
def test_bad_intake_is_refused_with_a_message_and_nothing_saved(db, field, value, message):
    with pytest.raises(ValidationError, match=message):
        dossiers.register(db, intake(**{field: value}))
    with db.read() as session:
        assert session.scalars(select(Dossier)).all() == []
    assert dossiers.register(db, intake()).register_no == 1  # no number was consumed


def test_full_life_and_classification(db):
    reg = dossiers.register(db, intake())
    dossiers.apply_event(db, reg.code, EventKind.HANDED_OVER, at=T(2026, 11, 23, 10, 0))
    dossiers.apply_event(db, reg.code, EventKind.RESULT_READY, at=T(2026, 12, 10, 9, 0))
    row = dossiers.apply_event(
        db,
        reg.code,
        EventKind.RETURNED,
        at=T(2026, 12, 11, 9, 0),  # before the appointment: the applicant was told first
        data={"recipient": "Ông A", "told_how": "phone", "told_at": T(2026, 12, 10, 9, 30)},
    )
    assert row.state == "returned" and row.outcome == "returned"
    assert row.resolved_at == T(2026, 12, 10, 9, 0) and row.returned_at == T(2026, 12, 11, 9, 0)
    with pytest.raises(TransitionError, match="Đã trả kết quả"):
        dossiers.apply_event(db, reg.code, EventKind.HANDED_OVER)


def test_supplement_moves_the_due_moment_and_apology_is_once_only(db):
    reg = dossiers.register(db, intake())
    dossiers.apply_event(db, reg.code, EventKind.HANDED_OVER, at=T(2026, 11, 23, 10, 0))
    row = dossiers.apply_event(
        db, reg.code, EventKind.SUPPLEMENT_REQUESTED, at=T(2026, 11, 25, 9, 0)
    )
    assert row.state == "supplement_requested" and row.due_at is None  # paused (restart policy)
    row = dossiers.apply_event(db, reg.code, EventKind.SUPPLEMENT_RECEIVED, at=T(2026, 12, 1, 8, 0))
    assert row.due_at == T(2026, 12, 22, 8, 0)  # 15 working days from Tuesday 1/12 08:00
    new_due = T(2026, 12, 28, 17, 0)
    later = T(2026, 12, 2, 9, 0)
    row = dossiers.apply_event(
        db, reg.code, EventKind.APOLOGY, at=later, note="chờ thẩm định", data={"new_due": new_due}
    )
    assert row.extended_due_at == new_due and row.due_at == T(2026, 12, 22, 8, 0)
    with pytest.raises(TransitionError, match="một lần"):
        dossiers.apply_event(
            db, reg.code, EventKind.APOLOGY, at=later, note="lần hai", data={"new_due": new_due}
        )


def test_typing_correction_keeps_the_old_value(db):
    reg = dossiers.register(db, intake())
    at = T(2026, 11, 23, 9, 0)
    row = dossiers.apply_event(
        db, reg.code, EventKind.CORRECTED, at=at, data={"field": "phone", "new": "0987 654 321"}
    )
    assert row.phone == "0987654321"
    assert row.events[-1].data == {"field": "phone", "old": "0912345678", "new": "0987654321"}
    with pytest.raises(ValidationError):
        dossiers.apply_event(
            db, reg.code, EventKind.CORRECTED, at=at, data={"field": "state", "new": "x"}
        )


@pytest.mark.parametrize("kind", [k for k in EventKind if k is not EventKind.RECEIVED])
def test_every_transition_from_every_state(kind):
    from desk_app.domain.lifecycle import next_state

    allowed, _after = TRANSITIONS[kind]
    for state in State:
        if state in allowed:
            next_state(state, kind)
        else:
            with pytest.raises(TransitionError) as info:
                next_state(state, kind)
            assert state.value in str(info.value)


def test_guidance_table_exists(db):
    with db.write() as session:
        session.add(Guidance(at=T(2026, 11, 23, 9, 0), kind="supplement"))
    with db.read() as session:
        assert len(session.scalars(select(Guidance)).all()) == 1
