"""Catalogue import and export: create or update by code, all or nothing, dossiers keep limits."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desk_app.cli import main
from desk_app.db.models import Dossier, Procedure
from desk_app.domain.errors import ValidationError
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


def test_usual_counts_of_each_document_round_trip_and_reach_the_choices(seeded, tmp_path):
    path = tmp_path / "counts.csv"
    row = ("2.000002", "Thủ tục có bản sao", "Khác", "5", "working_days", "", "", "", "")
    write_table(
        path,
        catalogue.COLUMNS,
        [(*row[:7], "Đơn đề nghị; Bản sao điều lệ=0/1/0; Ảnh=0/0/2", *row[8:])],
    )
    assert catalogue.import_catalogue(seeded, path).created == 1
    choice = next(c for c in dossiers.procedure_choices(seeded) if c.code == "2.000002")
    assert choice.documents == ("Đơn đề nghị", "Bản sao điều lệ", "Ảnh")
    assert choice.counts == ((1, 0, 0), (0, 1, 0), (0, 0, 2))

    out = tmp_path / "out.csv"
    catalogue.export_catalogue(seeded, out)
    assert "Đơn đề nghị;Bản sao điều lệ=0/1/0;Ảnh=0/0/2" in out.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(
    ("documents", "names", "counts"),
    [
        ("A=1/0/0", ("A",), ((1, 0, 0),)),  # written out or not, the usual is one original
        ("Tờ khai = 2/1/3 ", ("Tờ khai",), ((2, 1, 3),)),
        ("Tỷ lệ 1/2/3", ("Tỷ lệ 1/2/3",), ((1, 0, 0),)),  # no '=': part of the name
        ("A=100/0/0", ("A=100/0/0",), ((1, 0, 0),)),  # more than 99: not a count
        ("; ;B=0/0/1;", ("B",), ((0, 0, 1),)),
    ],
)
def test_document_counts_at_their_edges(documents, names, counts):
    assert catalogue.parse_documents(documents) == (names, counts)


def test_a_document_without_a_name_or_received_in_no_form_is_refused():
    with pytest.raises(ValidationError, match="đều bằng 0") as caught:
        catalogue.parse_documents("Đơn=1/0/0;Ảnh=0/0/0")
    assert caught.value.field == "documents"
    with pytest.raises(ValidationError, match="không có tên trước '=1/0/0'") as caught:
        catalogue.parse_documents("Đơn; =1/0/0")
    assert caught.value.field == "documents"
