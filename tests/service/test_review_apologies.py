"""The end-of-day review marks the dossiers already apologised for, with their new
appointment: an apology is made once (Decree 118/2025 Art. 19(6))."""

from __future__ import annotations

import datetime as dt

from desk_app.services import dossiers, review
from desk_app.services.dossiers import Intake

T = dt.datetime
RECEIVED = T(2026, 10, 1, 9, 0)


def test_the_review_marks_the_dossiers_already_apologised_for(db):
    late = dossiers.register(db, Intake("1.009645", "Lê Thị Mai", received_at=RECEIVED)).code
    other = dossiers.register(db, Intake("1.009645", "Trần Văn An", received_at=RECEIVED)).code
    dossiers.apply_event(
        db, late, "apology", note="Chờ ý kiến Sở", data={"new_due": T(2026, 12, 4, 9, 0)}
    )
    now = T(2026, 11, 27, 16, 0)
    overdue = review.review(db, now.date(), now).sections[0]
    states = {line.code: line.state for line in overdue.lines}
    assert states[other] == "Đang giải quyết" or states[other] == "Đã tiếp nhận"
    assert states[late].endswith("đã xin lỗi, hẹn lại 09:00 04/12/2026")
