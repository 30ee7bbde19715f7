"""Public postal service (SQLite and PostgreSQL): the item a dossier came in, a result handed
to the post with a checked S10 number, its delivery, the review's list of results not delivered
after the set days (at the minute before, at and after), and the signed hand-over list."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desk_app.cli import main
from desk_app.domain.errors import ValidationError
from desk_app.domain.lifecycle import TransitionError
from desk_app.services import dossier_views, dossiers, printing, review
from desk_app.services.dossiers import Intake

T = dt.datetime
RECEIVED = T(2026, 10, 1, 9, 0)
HANDED = T(2026, 11, 16, 10, 30)  # after the appointment


def _ready(db, **intake) -> str:
    fields = {"return_method": "post", "return_address": "12 Lê Lợi, Biên Hòa"} | intake
    code = dossiers.register(
        db, Intake("1.009645", "Công ty Đại Phát", received_at=RECEIVED, **fields)
    ).code
    dossiers.apply_event(db, code, "result_ready", at=RECEIVED + dt.timedelta(days=20))
    return code


def test_a_dossier_that_came_by_post_keeps_its_item_number(db):
    code = dossiers.register(
        db,
        Intake(
            "1.009645",
            "Công ty Đại Phát",
            channel="postal",
            incoming_tracking="re 000 000 005 vn",
            received_at=RECEIVED,
        ),
    ).code
    assert dossier_views.dossier_record(db, code)["incoming_tracking"] == "RE000000005VN"
    for wrong, message in (("RE000000006VN", "chữ số kiểm tra"), ("RE00000005VN", "dạng")):
        with pytest.raises(ValidationError, match=message):
            dossiers.register(
                db,
                Intake("1.009645", "A Lộc", channel="postal", incoming_tracking=wrong),
            )
    with pytest.raises(ValidationError, match="nộp qua bưu chính"):
        dossiers.register(db, Intake("1.009645", "A Lộc", incoming_tracking="RE000000005VN"))


def test_a_result_handed_to_the_post_and_delivered(db):
    code = _ready(db)
    with pytest.raises(ValidationError, match="chữ số thứ 11 phải là 5"):
        dossiers.apply_event(db, code, "returned", at=HANDED, data={"postal": "EE123456789VN"})
    assert dossier_views.dossier_record(db, code)["state"] == "result_ready"  # nothing kept
    with pytest.raises(ValidationError, match="chỉ ghi khi trả"):
        dossiers.apply_event(db, code, "corrected", data={"postal": "EE123456785VN"})
    dossiers.apply_event(db, code, "returned", at=HANDED, data={"postal": "ee123456785vn"})
    detail = dossier_views.dossier_detail(db, code)
    assert detail.postal_tracking == "EE123456785VN"
    assert "delivered" in detail.actions
    assert "bưu gửi EE123456785VN" in detail.timeline[-1].details
    with pytest.raises(ValidationError, match="trước khi giao"):
        dossiers.apply_event(db, code, "delivered", at=HANDED - dt.timedelta(minutes=1))
    dossiers.apply_event(db, code, "delivered", at=T(2026, 11, 18, 15, 0))
    record = dossier_views.dossier_record(db, code)
    assert record["delivered_at"] == "2026-11-18 15:00"
    assert "delivered" not in dossier_views.dossier_detail(db, code).actions
    with pytest.raises(ValidationError, match="đã phát"):  # the second attempt
        dossiers.apply_event(db, code, "delivered", at=T(2026, 11, 19, 9, 0))


def test_only_a_result_sent_by_post_is_delivered(db):
    code = _ready(db)
    with pytest.raises(TransitionError):
        dossiers.apply_event(db, code, "delivered")
    dossiers.apply_event(db, code, "returned", at=HANDED)  # collected at the desk
    assert "delivered" not in dossier_views.dossier_detail(db, code).actions
    with pytest.raises(ValidationError, match="không gửi qua bưu chính"):
        dossiers.apply_event(db, code, "delivered")


@pytest.mark.parametrize(
    ("now", "listed"),
    [
        (HANDED + dt.timedelta(days=7, minutes=-1), False),  # the minute before
        (HANDED + dt.timedelta(days=7), True),  # at 7 days
        (HANDED + dt.timedelta(days=7, minutes=1), True),
    ],
)
def test_the_review_lists_results_the_post_has_not_delivered(db, now, listed):
    code = _ready(db)
    dossiers.apply_event(db, code, "returned", at=HANDED, data={"postal": "EE123456785VN"})
    sheet = review.review(db, now.date(), now)
    section = sheet.sections[-1]
    assert section.title == "Kết quả gửi qua bưu chính chưa được phát sau 7 ngày"
    assert [line.code for line in section.lines] == ([code] if listed else [])


def test_the_hand_over_list_of_a_day(db, tmp_path):
    codes = [_ready(db) for _ in range(3)]
    for code, number in zip(codes[:2], ("EE123456785VN", "RE000000005VN"), strict=True):
        dossiers.apply_event(db, code, "returned", at=HANDED, data={"postal": number})
    dossiers.apply_event(db, codes[2], "returned", at=HANDED)  # at the desk: not listed
    data = printing.postal_list_document(db, HANDED.date())
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "EE123456785VN" in text and "RE000000005VN" in text
    assert codes[2] not in text
    assert "Tổng số: 2 bưu gửi" in text
    assert "BÊN NHẬN (NHÂN VIÊN BƯU CHÍNH)" in text and "BÊN GIAO" in text


def test_postal_commands(sqlite_db, tmp_path, capsys):
    url = str(sqlite_db.engine.url)
    code = _ready(sqlite_db)
    act = ["--db", url, "dossier", "act", code, "returned", "--at", "2026-11-16 10:30"]
    assert main([*act, "--postal", "EE123456789VN"]) == 2
    assert "chữ số kiểm tra" in capsys.readouterr().err
    assert main([*act, "--postal", "EE123456785VN"]) == 0
    out = tmp_path / "list.pdf"
    assert (
        main(["--db", url, "print", "postal-list", "--date", "2026-11-16", "--out", str(out)]) == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["--db", url, "dossier", "act", code, "delivered"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "dossier", "show", code, "--json"]) == 0
    assert '"postal_tracking": "EE123456785VN"' in capsys.readouterr().out
