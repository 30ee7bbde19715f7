"""Quick search: codes, names without diacritics, phones, identity numbers; `desk-app find`."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desk_app.cli import main
from desk_app.db.models import Procedure
from desk_app.domain.deadline import WarningLevel
from desk_app.domain.errors import ValidationError
from desk_app.services import dossiers, search
from desk_app.services.dossiers import Intake

T = dt.datetime


@pytest.fixture
def registered(db):
    people = [
        ("Nguyễn Văn An", "079123456789", "0912345678"),
        ("Đặng Thị Đào", "079987654321", "0987654321"),
        ("Nguyễn Văn Ánh", "", ""),
    ]
    return [
        dossiers.register(
            db,
            Intake(
                "1.009645",
                name,
                applicant_id_no=cccd,
                phone=phone,
                received_at=T(2026, 11, 23, 9, i),
            ),
        )
        for i, (name, cccd, phone) in enumerate(people)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nguyen van an", ["Nguyễn Văn Ánh", "Nguyễn Văn An"]),  # prefix, newest first
        ("NGUYEN VAN AN", ["Nguyễn Văn Ánh", "Nguyễn Văn An"]),
        ("Nguyễn Văn Ánh", ["Nguyễn Văn Ánh"]),
        ("dang thi dao", ["Đặng Thị Đào"]),
        ("0912 345 678", ["Nguyễn Văn An"]),
        ("+84987654321", ["Đặng Thị Đào"]),
        ("079987654321", ["Đặng Thị Đào"]),
        ("2", ["Đặng Thị Đào"]),  # register number
        ("tran", []),
        ("van anh", ["Nguyễn Văn Ánh"]),  # a word inside the name, when no name starts so
        ("thi", ["Đặng Thị Đào"]),
    ],
)
def test_quick_search(db, registered, text, expected):
    with db.read() as session:
        assert [r.applicant_name for r in search.quick_search(session, text)] == expected


def test_scanned_code_finds_the_dossier(db, registered):
    with db.read() as session:
        rows = search.quick_search(session, registered[1].code.lower() + "  ")
        assert [r.code for r in rows] == [registered[1].code]
        with pytest.raises(ValidationError):
            search.quick_search(session, "   ")


def test_find_command(db, db_url, registered, capsys):
    assert main(["--db", db_url, "find", "dang thi dao"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.split("\t") == [
        registered[1].code,
        "Đặng Thị Đào",
        "••••••••4321",  # the citizen ID: only its last four digits
        "1.009645",
        "Đã tiếp nhận",
        "2026-12-15 09:01",
    ]
    assert main(["--db", db_url, "find", "khong co ai"]) == 1
    assert main(["--db", db_url, "find", " "]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 2


# --------------------------------------------------------------------------- filtered pages

NOW = T(2026, 11, 25, 10, 0)


@pytest.fixture
def register_of_twelve(db):
    """Twelve dossiers received on 23-25/11/2026 across two procedures, in several states."""
    made = []
    for i in range(12):
        made.append(
            dossiers.register(
                db,
                Intake(
                    ("1.009645", "1.009646")[i % 2],
                    f"Trần Thị Mai {i:02d}",
                    channel=("counter", "online")[i % 2],
                    received_at=T(2026, 11, 23 + i // 5, 8, i),
                ),
            )
        )
    dossiers.apply_event(db, made[0].code, "supplement_requested", at=T(2026, 11, 24, 9, 0))
    dossiers.apply_event(db, made[1].code, "result_ready", at=T(2026, 11, 24, 9, 0))
    told = {"told_how": "phone", "told_at": T(2026, 11, 24, 9, 30)}  # an early return
    dossiers.apply_event(db, made[1].code, "returned", at=T(2026, 11, 24, 10, 0), data=told)
    return made


def _codes(page):
    return [row.code for row in page.rows]


def test_pages_sorting_and_counts(db, register_of_twelve):
    with db.read() as session:
        first = search.search_dossiers(session, search.Criteria(), page_size=5)
        third = search.search_dossiers(session, search.Criteria(), page=2, page_size=5)
        ascending = search.search_dossiers(
            session, search.Criteria(), sort="register_no", descending=False, page_size=20
        )
    assert (first.total, first.pages, len(first.rows), len(third.rows)) == (12, 3, 5, 2)
    assert _codes(first) == [d.code for d in reversed(register_of_twelve)][:5]
    assert [r.register_no for r in ascending.rows] == list(range(1, 13))
    with db.read() as session, pytest.raises(ValidationError):
        search.search_dossiers(session, search.Criteria(), sort="password")


def test_filters(db, register_of_twelve):
    made = register_of_twelve

    def codes(**criteria):
        with db.read() as session:
            page = search.search_dossiers(
                session,
                search.Criteria(**criteria),
                sort="register_no",
                descending=False,
                page_size=100,
                now=NOW,
            )
        return _codes(page)

    with db.read() as session:
        procedure_id = session.scalar(select(Procedure.id).where(Procedure.code == "1.009646"))
        field_id = session.get(Procedure, procedure_id).field_id
    odd = [d.code for d in made[1::2]]
    assert codes(procedure_id=procedure_id) == odd
    assert codes(channel="online") == odd
    assert set(codes(field_id=field_id)) >= set(odd)
    assert codes(states=("returned",)) == [made[1].code]
    assert codes(warning=WarningLevel.PAUSED) == [made[0].code]
    assert codes(received_from=dt.date(2026, 11, 25)) == [d.code for d in made[10:]]
    assert codes(received_to=dt.date(2026, 11, 23)) == [d.code for d in made[:5]]
    assert codes(text="tran thi mai 07") == [made[7].code]
    assert codes(text="tran thi mai 07", procedure_id=procedure_id) == [made[7].code]
    assert codes(text="tran thi mai 07", channel="counter") == []


def test_warning_levels_match_the_domain_rule(db, register_of_twelve):
    """The SQL filter and warning_level() agree for every open dossier at several moments."""
    from desk_app.domain.deadline import warning_level
    from desk_app.services import calendar_service

    levels = list(WarningLevel)
    for now in (T(2026, 11, 25, 10, 0), T(2026, 12, 14, 9, 0), T(2026, 12, 16, 8, 5)):
        with db.read() as session:
            calendar = calendar_service.calendar_for(session)
            by_filter = {}
            for level in levels:
                page = search.search_dossiers(
                    session, search.Criteria(warning=level), page_size=100, now=now
                )
                for row in page.rows:
                    by_filter[row.code] = level
            for made in register_of_twelve:
                dossier = dossiers.find_dossier(session, made.code)
                if dossier.state not in (*search.RUNNING, "supplement_requested"):
                    assert made.code not in by_filter
                    continue
                expected = warning_level(
                    calendar, dossiers.deadline_of(session, dossier), now, soon_days=2
                )
                assert by_filter[made.code] is expected, (made.code, now)


def test_common_queries_use_indexes_on_sqlite(sqlite_db):
    """No common dossier query reads the whole table: SQLite's plan never shows a bare
    'SCAN dossiers' (a scan *using an index*, in order, with a LIMIT, is how pages work)."""
    from desk_app.services import setup

    setup.initialise(sqlite_db, samples=True)
    criteria = [
        (search.Criteria(), "received_at"),
        (search.Criteria(), "due_at"),
        (search.Criteria(text="nguyen van"), "received_at"),
        (search.Criteria(text="0912345678"), "received_at"),
        (search.Criteria(procedure_id=1), "received_at"),
        (search.Criteria(states=("received", "handed_over")), "received_at"),
        (search.Criteria(warning=WarningLevel.OVERDUE), "due_at"),
        (search.Criteria(warning=WarningLevel.DUE_TODAY), "due_at"),
        (search.Criteria(received_from=dt.date(2026, 1, 1)), "received_at"),
    ]
    captured: list[str] = []
    with sqlite_db.read() as session:
        connection = session.connection()

        def explain(conn, cursor, statement, parameters, context, executemany):
            if statement.lstrip().upper().startswith("SELECT") and "dossiers" in statement:
                plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
                captured.append(" | ".join(row[3] for row in plan))

        from sqlalchemy import event

        event.listen(connection, "before_cursor_execute", explain)
        try:
            for criterion, sort in criteria:
                search.search_dossiers(session, criterion, sort=sort, now=NOW)
        finally:
            event.remove(connection, "before_cursor_execute", explain)
    assert len(captured) >= len(criteria)
    for plan in captured:
        steps = [step.strip() for step in plan.split("|")]
        assert not any(
            step.startswith("SCAN dossiers") and "INDEX" not in step for step in steps
        ), plan


@pytest.fixture
def companies(db):
    made = [
        ("Công ty TNHH Sản xuất Đại Phát", "Lô A5, KCN Amata, Biên Hòa", ""),
        ("Công ty CP Cơ khí Tân Thành", "KCN Hố Nai, Trảng Bom", "Hẹn gọi lại ông Phát"),
        ("Trần Thị Hồng", "12 Lê Lợi, phường Tam Hiệp", ""),
    ]
    return [
        dossiers.register(
            db,
            Intake(
                "1.009645",
                name,
                address=address,
                note=note,
                received_at=T(2026, 11, 23, 9, i),
            ),
        ).code
        for i, (name, address, note) in enumerate(made)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dai phat", ["Công ty TNHH Sản xuất Đại Phát"]),  # words inside the name
        ("Phát Đại", ["Công ty TNHH Sản xuất Đại Phát"]),  # any order, with marks
        ("phat", ["Công ty CP Cơ khí Tân Thành", "Công ty TNHH Sản xuất Đại Phát"]),  # the note
        ("amata", ["Công ty TNHH Sản xuất Đại Phát"]),  # the address
        ("ho nai trang", ["Công ty CP Cơ khí Tân Thành"]),  # parts of the address's words
        ("hanh", ["Công ty CP Cơ khí Tân Thành"]),  # part of a word
        ("tam hiep", ["Trần Thị Hồng"]),
        ("cong ty", ["Công ty CP Cơ khí Tân Thành", "Công ty TNHH Sản xuất Đại Phát"]),
        ("tr", ["Trần Thị Hồng"]),  # two letters: the start of the name
        ("dai xx", []),
    ],
)
def test_words_inside_the_name_address_or_note(db, companies, text, expected):
    with db.read() as session:
        found = [r.applicant_name for r in search.quick_search(session, text)]
        assert found == expected
        page = search.search_dossiers(session, search.Criteria(text=text), now=NOW)
        assert sorted(r.applicant_name for r in page.rows) == sorted(expected)


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        '""dai',
        "dai*",
        "dai AND phat",
        "NEAR(dai phat)",
        "dai OR 1=1",
        "' OR 1=1 --",
        "^dai",
        "cong:ty",
        "(dai",
        "%%%",
        "_ _ _",
        "dai\x00phat",
        "ｄａｉ ｐｈａｔ",
    ],
)
def test_search_syntax_typed_by_a_clerk_is_text(db, companies, hostile):
    """FTS5 has its own query language: what the clerk types is always words, never syntax."""
    with db.read() as session:
        try:
            rows = search.quick_search(session, hostile)
        except ValidationError:
            return  # refused with a message is fine too
        assert all(isinstance(r.applicant_name, str) for r in rows)
        search.search_dossiers(session, search.Criteria(text=hostile), now=NOW)


def test_a_correction_updates_the_search(db, companies):
    dossiers.apply_event(
        db, companies[2], "corrected", data={"field": "address", "new": "Phường Long Bình"}
    )
    with db.read() as session:
        assert [r.code for r in search.quick_search(session, "long binh")] == [companies[2]]
        assert search.quick_search(session, "tam hiep") == []
