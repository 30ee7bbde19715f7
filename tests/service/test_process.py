"""The internal process (SQLite and PostgreSQL): steps and budgets in the catalogue, imported
and exported; hand-overs recorded in order; used time on the calendar across a weekend and Tết;
late steps flagged, in the review at the minute before, at and after; the steps report
reconciled by hand; form 06 from the real rows."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desk_app.cli import main
from desk_app.domain.errors import ValidationError
from desk_app.domain.process import parse_steps
from desk_app.services import catalogue, dossier_views, dossiers, printing, review, steps_report
from desk_app.services.dossiers import Intake
from desk_app.services.tabular import ImportRejected

T = dt.datetime
CODE = "9.000001"
HEADER = "code,name,field,limit,unit,cutoff,department,documents,fee,pause,steps\n"
ROW = f'{CODE},Cấp phép thử,Thử nghiệm,5,working_days,,Phòng Thẩm định,Đơn,Không,,"{{}}"\n'
PROCESS = "Phòng Thẩm định=2;Lãnh đạo Ban=0.5;Văn thư=0,5"


@pytest.fixture
def with_process(db, tmp_path):
    path = tmp_path / "catalogue.csv"
    path.write_text(HEADER + ROW.format(PROCESS), encoding="utf-8")
    catalogue.import_catalogue(db, path)
    return db


THURSDAY, THURSDAY_9 = T(2026, 2, 12, 8, 0), T(2026, 2, 12, 9, 0)


def _handed(db, received=THURSDAY, handed=THURSDAY_9) -> str:
    code = dossiers.register(db, Intake(CODE, "Công ty Đại Phát", received_at=received)).code
    dossiers.apply_event(db, code, "handed_over", at=handed)
    return code


def test_steps_are_imported_exported_and_checked_against_the_limit(with_process, tmp_path):
    db = with_process
    out = tmp_path / "out.csv"
    catalogue.export_catalogue(db, out)
    with out.open(encoding="utf-8-sig") as handle:
        row = next(r for r in csv.DictReader(handle) if r["code"] == CODE)
    assert row["steps"] == "Phòng Thẩm định=2;Lãnh đạo Ban=0.5;Văn thư=0.5"
    for steps, message in (
        ("Phòng Thẩm định=4;Lãnh đạo Ban=1;Văn thư=0.5", "vượt thời hạn"),  # 5.5 > 5
        ("Phòng Thẩm định", "PHÒNG=THỜI_GIAN"),
        ("Phòng Thẩm định=-1", "số dương"),
        ("Phòng Thẩm định=abc", "số dương"),
        ("=1", "PHÒNG=THỜI_GIAN"),
        ("Phòng\x07A=1", "không hợp lệ"),
    ):
        bad = tmp_path / "bad.csv"
        bad.write_text(HEADER + ROW.format(steps), encoding="utf-8")
        with pytest.raises(ImportRejected) as refused:
            catalogue.import_catalogue(db, bad)
        assert message in refused.value.errors[0].reason
    with pytest.raises(ValidationError, match="số dương"):
        parse_steps("A=5;B=0")


def test_a_process_over_the_legal_limit_is_refused_on_the_command_line(sqlite_db, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + ROW.format("A=3;B=3"), encoding="utf-8")
    assert main(["--db", str(sqlite_db.engine.url), "catalogue", "import", str(bad)]) == 2
    out, err = capsys.readouterr()
    assert len([line for line in err.splitlines() if line.strip()]) == 1
    assert "dòng 2, cột steps: Tổng thời gian các bước (6) vượt thời hạn giải quyết (5)" in out


def test_hand_overs_in_order_across_a_weekend_and_tet(with_process):
    db = with_process
    code = _handed(db)
    with pytest.raises(ValidationError, match="Bước tiếp theo là «Lãnh đạo Ban»"):
        dossiers.apply_event(
            db, code, "forwarded", at=T(2026, 2, 13, 16, 0), data={"to": "Văn thư"}
        )
    # Thursday 09:00 -> Friday 16:00: 150 + 210 + 240 + 150 = 750 working minutes of 900
    dossiers.apply_event(
        db, code, "forwarded", at=T(2026, 2, 13, 16, 0), data={"to": "lãnh đạo ban"}
    )
    # Friday 16:00 -> Monday 23/02 09:00 across the weekend and Tết (16-20/02): 60 + 90
    dossiers.apply_event(db, code, "forwarded", at=T(2026, 2, 23, 9, 0))  # the next one
    with pytest.raises(ValidationError, match="bước cuối"):
        dossiers.apply_event(db, code, "forwarded", at=T(2026, 2, 23, 10, 0))
    # Monday 09:00 -> Tuesday 10:00: 150 + 210 + 150 = 510 of 225: late
    dossiers.apply_event(db, code, "result_ready", at=T(2026, 2, 24, 10, 0))
    steps = dossier_views.dossier_record(db, code)["steps"]
    assert steps == [
        {
            "department": "Phòng Thẩm định",
            "started_at": "2026-02-12 09:00",
            "finished_at": "2026-02-13 16:00",
            "budget_minutes": 900,
            "used_minutes": 750,
            "late": False,
        },
        {
            "department": "Lãnh đạo Ban",
            "started_at": "2026-02-13 16:00",
            "finished_at": "2026-02-23 09:00",
            "budget_minutes": 225,
            "used_minutes": 150,
            "late": False,
        },
        {
            "department": "Văn thư",
            "started_at": "2026-02-23 09:00",
            "finished_at": "2026-02-24 10:00",
            "budget_minutes": 225,
            "used_minutes": 510,
            "late": True,
        },
    ]
    events = dossier_views.dossier_detail(db, code).timeline
    forwarded = [e for e in events if e.kind == "forwarded"]
    assert forwarded[0].details == "từ Phòng Thẩm định · chuyển đến Lãnh đạo Ban"
    # form 06 from these rows: each hand-over, each step early / on time / late
    text = "".join(
        p.extract_text()
        for p in PdfReader(io.BytesIO(printing.dossier_document(db, "control", code))).pages
    )
    for expected in (
        "Phòng Thẩm định",
        "Lãnh đạo Ban",
        "Văn thư",
        "Quá hạn",
        "Trước hạn",
        "CHỮ KÝ",
    ):
        assert expected in text


def test_a_supplement_wait_is_not_the_steps_time(with_process):
    db = with_process
    code = _handed(db, T(2026, 11, 2, 8, 0), T(2026, 11, 2, 9, 0))  # Monday
    dossiers.apply_event(db, code, "supplement_requested", at=T(2026, 11, 2, 10, 0))
    dossiers.apply_event(db, code, "supplement_received", at=T(2026, 11, 4, 10, 0))
    dossiers.apply_event(db, code, "forwarded", at=T(2026, 11, 4, 11, 0))
    first = dossier_views.dossier_record(db, code)["steps"][0]
    assert first["used_minutes"] == 60 + 60  # 09:00-10:00 and 10:00-11:00, not the wait


def test_a_forwarding_needs_a_process_and_a_dossier_with_the_department(db):
    code = dossiers.register(db, Intake("1.009646", "A Lộc", received_at=T(2026, 11, 2, 8))).code
    with pytest.raises(Exception, match="Không thể thực hiện"):  # not handed over yet
        dossiers.apply_event(db, code, "forwarded")
    dossiers.apply_event(db, code, "handed_over", at=T(2026, 11, 2, 9, 0))
    with pytest.raises(ValidationError, match="không có quy trình nội bộ"):
        dossiers.apply_event(db, code, "forwarded", at=T(2026, 11, 2, 10, 0))


@pytest.mark.parametrize(
    ("minutes_after", "listed"),
    [(-1, False), (0, True), (1, True)],
)
def test_the_review_warns_when_a_step_used_its_budget(with_process, minutes_after, listed):
    db = with_process
    code = _handed(db, T(2026, 11, 16, 8, 0), T(2026, 11, 16, 8, 30))
    dossiers.apply_event(db, code, "forwarded", at=T(2026, 11, 16, 9, 0))
    # 225 minutes from Monday 09:00: 150 until 11:30, 75 from 13:30: 14:45
    now = T(2026, 11, 16, 14, 45) + dt.timedelta(minutes=minutes_after)
    section = next(
        s for s in review.review(db, now.date(), now).sections if "bước nội bộ" in s.title
    )
    assert [line.code for line in section.lines] == ([code] if listed else [])
    if listed:
        assert section.lines[0].state == "Lãnh đạo Ban từ 09:00 16/11/2026"


def test_the_steps_report_reconciled_by_hand(with_process, tmp_path):
    db = with_process
    # on time: 750/900, 150/225, then Văn thư 510/225 late; resolved early (due 26/02)
    test_hand_overs_in_order_across_a_weekend_and_tet(db)
    # resolved late: received Monday 02/03 08:00, due 5 working days later (Monday 09/03);
    # Phòng Thẩm định 02/03 09:00 -> 05/03 09:00 (3 days: late), Lãnh đạo Ban 05/03 09:00 ->
    # 05/03 10:00 (60), Văn thư 05/03 10:00 -> 10/03 10:00 (late); result 10/03: late
    code = _handed(db, T(2026, 3, 2, 8, 0), T(2026, 3, 2, 9, 0))
    dossiers.apply_event(db, code, "forwarded", at=T(2026, 3, 5, 9, 0))
    dossiers.apply_event(db, code, "forwarded", at=T(2026, 3, 5, 10, 0))
    dossiers.apply_event(db, code, "result_ready", at=T(2026, 3, 10, 10, 0))
    result = steps_report.report(db, dt.date(2026, 2, 1), dt.date(2026, 3, 31))
    rows = {r.department: r for r in result.rows}
    assert [r.department for r in result.rows] == ["Lãnh đạo Ban", "Phòng Thẩm định", "Văn thư"]
    assert (rows["Phòng Thẩm định"].handled, rows["Phòng Thẩm định"].late) == (2, 1)
    # 750/900 and 3 days = 1350/900: median (0.8333 + 1.5) / 2
    assert rows["Phòng Thẩm định"].median_used_share == pytest.approx((750 / 900 + 1.5) / 2)
    assert rows["Lãnh đạo Ban"].median_used_share == pytest.approx((150 / 225 + 60 / 225) / 2)
    assert (rows["Văn thư"].handled, rows["Văn thư"].late) == (2, 2)
    # one dossier resolved late; its late steps: Phòng Thẩm định and Văn thư
    assert rows["Văn thư"].late_share_of_late_dossiers == 1.0
    assert rows["Phòng Thẩm định"].late_share_of_late_dossiers == 1.0
    assert rows["Lãnh đạo Ban"].late_share_of_late_dossiers == 0.0
    assert (result.total.handled, result.total.late) == (6, 3)
    assert result.total.late_share_of_late_dossiers == 1.0
    out = tmp_path / "steps.csv"
    steps_report.write_report(db, result, out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "department,handled,late,median_used_share,late_share_of_late_dossiers"
    assert lines[-1].startswith("TOTAL,6,3,")
    steps_report.write_report(db, result, tmp_path / "steps.pdf")
    assert (tmp_path / "steps.pdf").read_bytes().startswith(b"%PDF")


def test_forwarding_and_the_report_on_the_command_line(with_process, tmp_path, capsys):
    url = str(with_process.engine.url)
    code = _handed(with_process, T(2026, 11, 16, 8, 0), T(2026, 11, 16, 8, 30))
    act = ["--db", url, "dossier", "act", code, "forwarded", "--at", "2026-11-16 09:00"]
    assert main([*act, "--to", "Văn thư"]) == 2
    assert "Lãnh đạo Ban" in capsys.readouterr().err
    assert main([*act, "--to", "Lãnh đạo Ban"]) == 0
    capsys.readouterr()
    out = tmp_path / "steps.xlsx"
    report = [
        "--db",
        url,
        "report",
        "--kind",
        "steps",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-30",
    ]
    assert main([*report, "--out", str(out)]) == 0
    assert "Đã ghi" in capsys.readouterr().out
    assert main([*report, "--by", "field", "--out", str(out)]) == 2


def test_a_calendar_change_moves_when_the_steps_time_runs_out(with_process):
    from desk_app.services import calendar_service

    db = with_process
    code = _handed(db, T(2026, 11, 16, 8, 0), T(2026, 11, 16, 8, 30))
    dossiers.apply_event(db, code, "forwarded", at=T(2026, 11, 16, 9, 0))

    def step_due():
        with db.read() as session:
            return dossiers.find_dossier(session, code).step_due_at

    assert step_due() == T(2026, 11, 16, 14, 45)
    # Monday afternoon off: 150 minutes that morning, the other 75 on Tuesday from 07:30
    calendar_service.set_override(db, dt.date(2026, 11, 16), "morning", "Họp toàn cơ quan")
    assert step_due() == T(2026, 11, 17, 8, 45)
