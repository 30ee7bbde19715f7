"""Catalogue import and export: create or update by code, all or nothing, dossiers keep limits."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desk_app.cli import main
from desk_app.db.models import Dossier, Procedure
from desk_app.services import catalogue, dossiers, setup
from desk_app.services.dossiers import Intake
from desk_app.services.tabular import ImportRejected, write_table


@pytest.fixture
def seeded(db):
    setup.initialise(db, samples=True)
    return db


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_import_round_trip_and_update_keeps_dossier_limits(seeded, tmp_path, suffix):
    registered = dossiers.register(
        seeded, Intake("1.009645", "Lê Văn Tâm", received_at=dt.datetime(2026, 11, 23, 9, 0))
    )
    path = tmp_path / f"catalogue{suffix}"
    assert catalogue.export_catalogue(seeded, path) == 8
    result = catalogue.import_catalogue(seeded, path)
    assert (result.created, result.updated) == (0, 8)

    write_table(
        path,
        catalogue.COLUMNS,
        [
            (
                "1.009645",
                "Cấp GCN đăng ký đầu tư",
                "Đầu tư",
                "12",
                "working_days",
                "",
                "P. Đầu tư",
                "Văn bản đề nghị; Đề xuất dự án",
                "Không",
            ),
            (
                "2.000001",
                "Xác nhận hợp đồng lao động",
                "Lao động",
                "1",
                "same_day",
                "15:00",
                "",
                "Đơn đề nghị",
                "50.000 đồng",
            ),
        ],
    )
    result = catalogue.import_catalogue(seeded, path)
    assert (result.created, result.updated) == (1, 1)
    with seeded.read() as session:
        procedure = session.scalar(select(Procedure).where(Procedure.code == "1.009645"))
        assert procedure.limit_value == 12
        assert [d.name for d in procedure.documents] == ["Văn bản đề nghị", "Đề xuất dự án"]
        new = session.scalar(select(Procedure).where(Procedure.code == "2.000001"))
        assert new.cutoff == dt.time(15, 0) and new.field.name == "Lao động"
        dossier = session.get(Dossier, registered.id)
        assert dossier.limit_value == 15  # registered under the old limit


def test_bad_catalogue_rows_are_all_reported_and_nothing_changes(seeded, tmp_path):
    path = tmp_path / "bad.csv"
    write_table(
        path,
        ("Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn", "Đơn vị thời hạn"),
        [
            ("3.000001", "Thủ tục tốt", "Khác", "5", "working_days"),
            ("3.000002", "Thủ tục lỗi đơn vị", "Khác", "5", "weeks"),
            ("3.000003", "Thủ tục lỗi hạn", "Khác", "năm", "working_days"),
            ("3.000001", "Trùng mã", "Khác", "5", "working_days"),
        ],
    )
    with pytest.raises(ImportRejected) as caught:
        catalogue.import_catalogue(seeded, path)
    assert [(e.row, e.column) for e in caught.value.errors] == [
        (3, "unit"),
        (4, "limit"),
        (5, "code"),
    ]
    with seeded.read() as session:
        assert session.scalar(select(Procedure).where(Procedure.code == "3.000001")) is None


def test_cli_catalogue_commands(tmp_path, capsys):
    assert main(["init", "--samples"]) == 0
    out = tmp_path / "c.xlsx"
    assert main(["catalogue", "export", str(out)]) == 0
    assert main(["catalogue", "import", str(out)]) == 0
    assert "cập nhật 8 thủ tục" in capsys.readouterr().out
    assert main(["catalogue", "import", str(tmp_path / "none.csv")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
