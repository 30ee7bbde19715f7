"""Digitised documents (SQLite and PostgreSQL): stored once per content, typed by content,
within the size limit, attached to a real document or to the result once it is ready; a file
changed or lost behind the desk's back named by audit verify; backups and restores (plain and
encrypted) carry the files; the receipt marks the digitised papers."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from desk_app.cli import main
from desk_app.db.models import Blob
from desk_app.domain.errors import ValidationError
from desk_app.services import agency, attachments, backup, dossiers, printing
from desk_app.services.dossiers import Intake, ReceivedDocument

T = dt.datetime
PDF = b"%PDF-1.4\n" + b"1 0 obj << >> endobj\n" * 50 + b"%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
JPEG = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF" + bytes(100)
TIFF = b"II*\x00" + bytes(100)


def _dossier(db) -> str:
    papers = (ReceivedDocument("Đơn đề nghị", 1), ReceivedDocument("Bản vẽ mặt bằng", 0, 1))
    intake = Intake("1.009645", "Công ty Đại Phát", documents=papers, received_at=T(2026, 11, 2, 8))
    return dossiers.register(db, intake).code


def _file(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _stored(db) -> int:
    if db.file is not None:
        return sum(1 for p in attachments.files_folder(db.file).glob("??/*"))
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Blob))


def test_the_same_content_is_stored_once(db, tmp_path):
    code = _dossier(db)
    first = attachments.attach(db, code, _file(tmp_path, "don.pdf", PDF), document=1)
    again = attachments.attach(db, code, _file(tmp_path, "ban-sao.pdf", PDF), document=2)
    assert not first.duplicate and again.duplicate and first.sha256 == again.sha256
    assert _stored(db) == 1
    attachments.attach(db, code, _file(tmp_path, "ve.png", PNG), document=2)
    assert _stored(db) == 2
    listed = attachments.of_dossier(db, code)
    assert [(a.position, a.document, a.file_name) for a in listed] == [
        (1, "Đơn đề nghị", "don.pdf"),
        (2, "Bản vẽ mặt bằng", "ban-sao.pdf"),
        (2, "Bản vẽ mặt bằng", "ve.png"),
    ]
    assert attachments.content(db, listed[2].id) == ("png", PNG)


def test_the_type_is_taken_from_the_content(db, tmp_path):
    code = _dossier(db)
    for name, data, kind in (
        ("scan.pdf", PNG, "png"),  # named PDF, is a PNG
        ("anh.jpg", JPEG, "jpeg"),
        ("may-quet.tif", TIFF, "tiff"),
    ):
        assert (
            attachments.attach(db, code, _file(tmp_path, name, data), document=1).content_type
            == kind
        )
    for name, data in (
        ("virus.pdf", b"MZ\x90\x00" + bytes(100)),  # a Windows program named .pdf
        ("ghi-chu.pdf", b'=HYPERLINK("x")'),
        ("rong.pdf", b""),
    ):
        with pytest.raises(ValidationError, match="không phải PDF, JPEG, PNG hay TIFF"):
            attachments.attach(db, code, _file(tmp_path, name, data), document=1)
    with pytest.raises(ValidationError, match="Không có tệp"):
        attachments.attach(db, code, tmp_path / "khong-co.pdf", document=1)
    with pytest.raises(ValidationError, match="Không đọc được"):
        attachments.attach(db, code, tmp_path, document=1)  # a folder


def test_the_size_limit_is_a_setting(db, tmp_path):
    code = _dossier(db)
    agency.update_settings(db, attachment_max_mb=1)
    exactly = _file(tmp_path, "1mb.pdf", PDF + bytes(1024 * 1024 - len(PDF)))
    attachments.attach(db, code, exactly, document=1)  # at the limit
    over = _file(tmp_path, "lon.pdf", PDF + bytes(1024 * 1024 - len(PDF) + 1))
    with pytest.raises(ValidationError, match="quá giới hạn 1 MB"):
        attachments.attach(db, code, over, document=1)


def test_the_document_or_the_result(db, tmp_path):
    code = _dossier(db)
    pdf = _file(tmp_path, "a.pdf", PDF)
    for wrong in (0, 3, -1):
        with pytest.raises(ValidationError, match="không có giấy tờ số"):
            attachments.attach(db, code, pdf, document=wrong)
    with pytest.raises(ValidationError, match="đã có kết quả"):
        attachments.attach(db, code, pdf, result=True)
    with pytest.raises(ValidationError, match="Chọn một"):
        attachments.attach(db, code, pdf, document=1, result=True)
    dossiers.apply_event(db, code, "result_ready", at=T(2026, 11, 5, 9))
    info = attachments.attach(db, code, _file(tmp_path, "giay-phep.pdf", PDF + b"r"), result=True)
    assert info.document == "Kết quả" and info.position is None


def test_a_file_changed_or_lost_behind_the_desks_back_is_named(db, db_url, tmp_path, capsys):
    from desk_app.services import users

    users.add_user(db, "admin", "mật-khẩu-Đúng-1", "administrator")
    code = _dossier(db)
    info = attachments.attach(db, code, _file(tmp_path, "don.pdf", PDF), document=1)
    attachments.attach(db, code, _file(tmp_path, "ve.png", PNG), document=2)
    assert attachments.check(db).intact and attachments.check(db).checked == 2
    verify = ["--db", db_url, "--user", "admin", "--password-stdin", "audit", "verify"]
    verify += ["--checkpoints", str(tmp_path)]

    def run() -> tuple[int, str]:
        import sys

        sys.stdin = io.StringIO("mật-khẩu-Đúng-1\n")
        code_ = main(verify)
        return code_, capsys.readouterr().err

    assert run()[0] == 0
    if db.file is not None:
        path = attachments.files_folder(db.file) / info.sha256[:2] / info.sha256
        path.write_bytes(PDF.replace(b"obj", b"obk", 1))
    else:
        with db.engine.begin() as conn:
            conn.execute(
                text("UPDATE blobs SET data = :d WHERE sha256 = :s"),
                {"d": b"%PDF-x", "s": info.sha256},
            )
    status, err = run()
    assert status == 3 and "Tệp đính kèm don.pdf của hồ sơ" in err and "bị thay đổi" in err
    if db.file is not None:
        path.unlink()
    else:
        with db.engine.begin() as conn:
            conn.execute(text("DELETE FROM blobs WHERE sha256 = :s"), {"s": info.sha256})
    status, err = run()
    assert status == 3 and "bị mất" in err


def test_the_receipt_marks_the_digitised_papers(db, tmp_path):
    code = _dossier(db)
    attachments.attach(db, code, _file(tmp_path, "ve.png", PNG), document=2)
    pdf = printing.dossier_document(db, "receipt", code)
    words = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Bản vẽ mặt bằng (đã số hóa)" in words.replace("\n", " ")
    assert "Đơn đề nghị (đã số hóa)" not in words.replace("\n", " ")


@pytest.mark.parametrize("encrypted", [False, True])
def test_backup_and_restore_carry_the_files(sqlite_db, tmp_path, encrypted):
    from desk_app.domain.roles import SYSTEM
    from desk_app.services.desk import restore_register

    db = sqlite_db
    code = _dossier(db)
    attachments.attach(db, code, _file(tmp_path, "don.pdf", PDF), document=1)
    folder = tmp_path / "backups"
    passphrase = "một mật khẩu dài đủ" if encrypted else None
    first = T(2026, 11, 28, 9, 0)
    made = backup.backup(db, folder, passphrase=passphrase, now=first).path
    attachments.attach(db, code, _file(tmp_path, "ve.png", PNG), document=2)
    later = first + dt.timedelta(minutes=5)
    backup.backup(db, folder, now=later)  # a later copy adds only the new file beside them
    assert len(list((folder / "files").glob("??/*"))) == 2
    url = str(db.engine.url)
    live = attachments.files_folder(db.file)
    db.dispose()
    import shutil

    shutil.rmtree(live)  # the disk lost the files
    result = restore_register(url, made, lambda desk: SYSTEM, passphrase)
    assert result is not None
    from desk_app.db.database import open_database

    restored = open_database(url)
    try:
        listed = attachments.of_dossier(restored, code)
        assert [a.file_name for a in listed] == ["don.pdf"]
        assert attachments.check(restored).intact
        assert attachments.content(restored, listed[0].id) == ("pdf", PDF)
    finally:
        restored.dispose()


def test_attach_and_files_on_the_command_line(sqlite_db, tmp_path, capsys):
    url = str(sqlite_db.engine.url)
    code = _dossier(sqlite_db)
    pdf = _file(tmp_path, "don.pdf", PDF)
    assert main(["--db", url, "dossier", "attach", code, str(pdf), "--document", "1"]) == 0
    assert main(["--db", url, "dossier", "attach", code, str(pdf), "--document", "2"]) == 0
    assert "lưu một lần" in capsys.readouterr().out
    assert (
        main(["--db", url, "dossier", "attach", code, str(tmp_path / "x.doc"), "--document", "1"])
        == 2
    )
    with pytest.raises(SystemExit):  # neither --document nor --result: argparse says so
        main(["--db", url, "dossier", "attach", code, str(pdf)])
    capsys.readouterr()
    out = tmp_path / "out"
    assert main(["--db", url, "dossier", "files", code, "--out", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["01-don-de-nghi.pdf", "02-ban-ve-mat-bang.pdf"]
    assert (out / "01-don-de-nghi.pdf").read_bytes() == PDF
