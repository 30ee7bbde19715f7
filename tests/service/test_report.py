"""The results report (Form 06/VPCP/KSTT): every column on a database built so that each number
is known, period boundaries, the year boundary, the invariants on generated data checked against
an independent count in Python, the same numbers on SQLite and PostgreSQL, and the files."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desk_app.cli import main
from desk_app.db.database import open_database
from desk_app.db.models import Dossier
from desk_app.domain.deadline import Classification, classify
from desk_app.domain.errors import ValidationError
from desk_app.domain.statistics import COLUMNS, Counts, quarter_period, year_period
from desk_app.domain.text import nfc
from desk_app.services import demo, dossiers, report, report_files, setup
from desk_app.services.dossiers import Intake

T = dt.datetime
Q3 = quarter_period(2026, 3)  # 01/07/2026 .. 30/09/2026
INVESTMENT = "1.009645"  # field "Đầu tư", 15 working days
WORK_PERMIT = "2.000205"  # field "Lao động", 10 working days


def _register(db, code, received, channel="counter", name="Nguyễn Văn An"):
    return dossiers.register(db, Intake(code, name, channel=channel, received_at=received))


def _resolve(db, registered, at, *, returned=None):
    dossiers.apply_event(db, registered.code, "result_ready", at=at)
    if returned is not None:
        told = {"told_how": "phone", "told_at": at}  # needed when it is before the appointment
        dossiers.apply_event(db, registered.code, "returned", at=returned, data=told)


def _same_day(moment: dt.datetime, hour: int = 8) -> dt.datetime:
    return moment.replace(hour=hour, minute=0)


@pytest.fixture
def quarter_db(db):
    """Q3 2026 with one dossier for each situation; returns the expected per-field counts."""
    setup.initialise(db, samples=True)
    # resolved before the period: not in the report at all
    gone = _register(db, INVESTMENT, T(2026, 6, 1, 9, 0))
    _resolve(db, gone, T(2026, 6, 10, 9, 0), returned=T(2026, 6, 11, 9, 0))
    # carried over, resolved early in the period
    b = _register(db, INVESTMENT, T(2026, 6, 22, 9, 0))
    _resolve(db, b, T(2026, 7, 2, 9, 0), returned=T(2026, 7, 3, 9, 0))
    # carried over, still open at the end and long overdue
    _register(db, INVESTMENT, T(2026, 6, 24, 9, 0))
    # online, resolved on the due day
    d = _register(db, INVESTMENT, T(2026, 7, 6, 9, 0), "online")
    _resolve(db, d, _same_day(d.due_at), returned=_same_day(d.due_at, 10))
    # at the counter, resolved two days late (an apology does not change the legal due day)
    e = _register(db, INVESTMENT, T(2026, 7, 7, 9, 0))
    dossiers.apply_event(
        db,
        e.code,
        "apology",
        at=T(2026, 7, 20, 9, 0),
        note="chờ ý kiến của Sở",  # Decree 118/2025 Art. 19(6): the letter gives the reason
        data={"new_due": T(2026, 8, 10, 17, 0)},
    )
    _resolve(db, e, e.due_at + dt.timedelta(days=2))
    # withdrawn the next day: resolved, early
    h = _register(db, INVESTMENT, T(2026, 7, 8, 9, 0))
    dossiers.apply_event(db, h.code, "withdrawn", at=T(2026, 7, 9, 9, 0))
    # by post, never resolved: overdue at the end of the period
    _register(db, INVESTMENT, T(2026, 8, 3, 9, 0), "postal")
    # waiting for a supplement at the end (its clock is stopped): within the deadline
    g = _register(db, WORK_PERMIT, T(2026, 9, 1, 9, 0), "online")
    dossiers.apply_event(db, g.code, "supplement_requested", at=T(2026, 9, 3, 9, 0))
    # received at 23:59 on the last day, resolved on the first day of the next period
    f = _register(db, WORK_PERMIT, T(2026, 9, 30, 23, 59), "postal")
    _resolve(db, f, T(2026, 10, 1, 10, 0))
    # received after the period
    _register(db, WORK_PERMIT, T(2026, 10, 2, 9, 0))
    return {
        "Đầu tư": Counts(
            online=1,
            direct_postal=3,
            carried_over=2,
            early=2,
            on_time=1,
            late=1,
            within_deadline=0,
            overdue=2,
        ),
        "Lao động": Counts(
            online=1,
            direct_postal=1,
            within_deadline=2,
        ),
    }


def test_every_column_of_a_quarter_is_counted_by_definition(db, quarter_db):
    result = report.report(db, *Q3)
    by_name = {row.name: row.counts for row in result.fields}
    for name, expected in quarter_db.items():
        assert by_name[name] == expected, name
    assert set(by_name) >= set(quarter_db)
    assert all(c == Counts() for n, c in by_name.items() if n not in quarter_db)
    total = result.total
    assert total.values() == tuple(
        sum(getattr(c, column) for c in quarter_db.values()) for column in COLUMNS
    )
    assert (total.received, total.resolved, total.in_progress) == (8, 4, 4)
    assert total.on_time_rate == 0.75
    assert total.online_share == 2 / 8
    assert result.received_by_channel == {"counter": 2, "postal": 2, "online": 2}


def test_procedure_rows_add_up_to_their_field(db, quarter_db):
    result = report.report(db, *Q3)
    for row in result.fields:
        assert sum((child.counts for child in row.children), Counts()) == row.counts
    procedures = {row.code: row.counts for row in result.rows("procedure")}
    assert procedures[INVESTMENT] == quarter_db["Đầu tư"]
    assert procedures[WORK_PERMIT] == quarter_db["Lao động"]


def test_period_boundaries_move_a_late_night_dossier_into_the_next_period(db, quarter_db):
    october = report.report(db, dt.date(2026, 10, 1), dt.date(2026, 10, 31)).total
    # the 23:59 dossier and the one waiting for a supplement are carried over into October; the
    # first is resolved there; the 02/10 one is new; the two overdue investment dossiers carry on
    assert october.carried_over == 4
    assert october.online + october.direct_postal == 1
    assert october.resolved == 1
    assert october.received == october.resolved + october.in_progress


def test_carried_over_across_a_year_boundary(db):
    setup.initialise(db, samples=True)
    closed_in_december = _register(db, INVESTMENT, T(2025, 12, 1, 9, 0))
    _resolve(db, closed_in_december, T(2025, 12, 31, 16, 59))
    across = _register(db, INVESTMENT, T(2025, 12, 29, 9, 0))
    _resolve(db, across, T(2026, 1, 5, 9, 0))
    _register(db, WORK_PERMIT, T(2025, 12, 30, 9, 0), "online")  # open for a long time
    year_2025 = report.report(db, *year_period(2025)).total
    year_2026 = report.report(db, *year_period(2026)).total
    assert (year_2025.received, year_2025.resolved, year_2025.in_progress) == (3, 1, 2)
    assert year_2025.online == 1 and year_2025.carried_over == 0
    assert (year_2026.carried_over, year_2026.online + year_2026.direct_postal) == (2, 0)
    assert (year_2026.resolved, year_2026.in_progress, year_2026.overdue) == (1, 1, 1)


def test_a_bad_period_is_a_clear_error(db):
    setup.initialise(db, samples=True)
    with pytest.raises(ValidationError, match="trước ngày đầu kỳ"):
        report.report(db, dt.date(2026, 3, 31), dt.date(2026, 1, 1))
    with pytest.raises(ValidationError, match="Quý"):
        quarter_period(2026, 5)


def _count_in_python(session, first: dt.date, last: dt.date) -> Counts:
    """The definitions applied dossier by dossier: an independent check of the SQL."""
    start = T(first.year, first.month, first.day)
    end = T(last.year, last.month, last.day) + dt.timedelta(days=1)
    totals = dict.fromkeys(COLUMNS, 0)
    for d in session.query(Dossier).yield_per(2000):
        if d.received_at >= end or (d.resolved_at is not None and d.resolved_at < start):
            continue
        if d.received_at >= start:
            totals["online" if d.channel == "online" else "direct_postal"] += 1
        else:
            totals["carried_over"] += 1
        if d.resolved_at is not None and d.resolved_at < end:
            kind = classify(d.due_at, d.resolved_at) if d.due_at else Classification.ON_TIME
            totals[kind.value] += 1
        elif d.due_at is not None and d.due_at < end:
            totals["overdue"] += 1
        else:
            totals["within_deadline"] += 1
    return Counts(**{k: v for k, v in totals.items() if k in Counts.__dataclass_fields__})


@pytest.mark.parametrize(
    "period",
    [Q3, quarter_period(2025, 1), (dt.date(2024, 12, 15), dt.date(2025, 2, 14)), year_period(2026)],
)
def test_generated_data_matches_the_definitions_and_the_invariants(sqlite_db, period):
    setup.initialise(sqlite_db, samples=True)
    demo.generate(sqlite_db, 3000, seed=4, now=T(2026, 11, 20, 16, 0))
    result = report.report(sqlite_db, *period)
    with sqlite_db.read() as session:
        assert result.total == _count_in_python(session, *period)
    assert result.total.resolved > 100 and result.total.late > 0 and result.total.early > 0
    for row in [*result.rows("procedure"), *result.fields]:
        c = row.counts
        assert (
            c.received == c.online + c.direct_postal + c.carried_over == c.resolved + c.in_progress
        )


@pytest.mark.pg
def test_postgresql_gives_the_same_numbers_as_sqlite(sqlite_db, pg_url):
    pg = open_database(pg_url)
    try:
        for database in (sqlite_db, pg):
            setup.initialise(database, samples=True)
            demo.generate(database, 1500, seed=9, now=T(2026, 11, 20, 16, 0))
        for period in (Q3, year_period(2025), (dt.date(2026, 11, 1), dt.date(2026, 11, 20))):
            lite, postgres = report.report(sqlite_db, *period), report.report(pg, *period)
            assert lite.fields == postgres.fields
            assert lite.total == postgres.total and lite.total.received > 0
        assert report.monthly_on_time(sqlite_db, dt.date(2026, 10, 1)) == report.monthly_on_time(
            pg, dt.date(2026, 10, 1)
        )
    finally:
        pg.dispose()


def test_monthly_on_time_rate_over_twelve_months(db, quarter_db):
    months = report.monthly_on_time(db, dt.date(2026, 10, 15))
    assert months[0].month == dt.date(2025, 11, 1)
    assert months[-1].month == dt.date(2026, 10, 1)
    by_month = {m.month: (m.resolved, m.early_or_on_time) for m in months}
    assert by_month[dt.date(2026, 7, 1)] == (4, 3)  # b early, d on time, h early, e late
    assert by_month[dt.date(2026, 10, 1)] == (1, 1)
    assert by_month[dt.date(2026, 6, 1)] == (1, 1)
    assert by_month[dt.date(2026, 8, 1)] == (0, 0) and months[9].rate is None


# --------------------------------------------------------------------------- files


def test_csv_has_the_columns_and_the_total_last(db, quarter_db, tmp_path):
    result = report.report(db, *Q3)
    out = tmp_path / "q3.csv"
    report_files.write_report(result, out, "field")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["name", *COLUMNS]
    assert rows[-1] == ["TOTAL", *map(str, result.total.values())]
    named = {r[0]: [int(v) for v in r[1:]] for r in rows[1:-1]}
    assert named["Đầu tư"] == list(quarter_db["Đầu tư"].values())
    report_files.write_report(result, out, "procedure")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == 2 + len(result.rows("procedure"))


def test_xlsx_is_laid_out_as_the_official_form(db, quarter_db, tmp_path):
    result = report.report(db, *Q3)
    out = tmp_path / "q3.xlsx"
    report_files.write_report(result, out, "field", day=dt.date(2026, 10, 5))
    sheet = load_workbook(out).active
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Biểu số 06/VPCP/KSTT" in texts
    assert "Kỳ báo cáo: từ ngày 01/07/2026 đến ngày 30/09/2026" in texts
    assert [f"({i})" for i in range(1, 14)] == [t for t in texts if t.startswith("(")][:13]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"C8:F8", "G8:M8", "D9:E9", "G9:J9", "K9:M9", "A8:A10"} <= merged
    total_row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Tổng số")
    assert list(total_row[2:13]) == list(result.total.values())


def test_pdf_shows_the_form_title_period_and_numbers(db, quarter_db, tmp_path):
    result = report.report(db, *Q3)
    out = tmp_path / "q3.pdf"
    report_files.write_report(result, out, "field", day=dt.date(2026, 10, 5))
    reader = PdfReader(out)
    text = nfc(" ".join(page.extract_text() for page in reader.pages))
    for expected in (
        "Biểu số 06/VPCP/KSTT",
        "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
        "từ ngày 01/07/2026 đến ngày 30/09/2026",
        "Trả trước hạn",
        "Đầu tư",
        "ngày 05 tháng 10 năm 2026",
        "Tỷ lệ giải quyết trước hạn và đúng hạn: 75,00 %",
    ):
        assert expected in text, expected
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # A4 landscape


def test_report_command(tmp_path, capsys):
    assert main(["demo-data", "--count", "400", "--seed", "3"]) == 0
    assert "Đã tạo 400 hồ sơ mẫu" in capsys.readouterr().out
    out = tmp_path / "q.csv"
    argv = ["report", "--from", "2026-01-01", "--to", "2026-03-31", "--by", "procedure"]
    assert main([*argv, "--out", str(out)]) == 0
    assert "Báo cáo từ ngày 01/01/2026 đến ngày 31/03/2026: nhận" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8-sig").splitlines()[-1].startswith("TOTAL,")
    for bad, message in (
        ([*argv, "--out", str(tmp_path / "q.txt")], ".csv, .xlsx hoặc .pdf"),
        (["report", "--from", "2026-04-01", "--to", "2026-03-31", "--out", str(out)], "trước"),
        (["report", "--from", "2026-13-01", "--to", "2026-03-31", "--out", str(out)], "ngày"),
        (["demo-data", "--count", "0"], "--count"),
    ):
        with contextlib.suppress(SystemExit):
            assert main(bad) == 2, bad
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and message in err[0], err
