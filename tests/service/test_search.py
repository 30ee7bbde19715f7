"""Quick search: codes, names without diacritics, phones, identity numbers; `desk-app find`."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.cli import main
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
        "1.009645",
        "Đã tiếp nhận",
        "2026-12-15 09:01",
    ]
    assert main(["--db", db_url, "find", "khong co ai"]) == 1
    assert main(["--db", db_url, "find", " "]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 2
