"""The wording of the official forms is data (Circular 03/2025/TT-VPCP): an agency overrides
an entry from its data folder without a release, and a bad override is refused naming the file
and the entry, never half applied."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desk_app.domain.text import nfc
from desk_app.printing import form_texts
from desk_app.services import dossiers, printing
from desk_app.services.dossiers import Intake

T = dt.datetime


def _text(data: bytes) -> str:
    return " ".join(
        nfc(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)).split()
    )


@pytest.fixture
def refused(db, tmp_path, monkeypatch):
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    code = dossiers.register(
        db, Intake("1.009645", "Lê Thị Mai", received_at=T(2026, 11, 2, 9))
    ).code
    dossiers.apply_event(db, code, "refused", at=T(2026, 11, 2, 10), note="Sai thẩm quyền")
    return code


def _override(tmp_path, text: str):
    folder = tmp_path / "data" / "forms"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "wording.toml").write_text(text, encoding="utf-8")
    return folder / "wording.toml"


def test_the_shipped_titles_are_circular_03_2025s(db, refused):
    text = _text(printing.dossier_document(db, "refusal", refused))
    assert "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ" in text
    assert "Lý do: Sai thẩm quyền." in text
    assert form_texts.title("apology").startswith("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN")
    for form in ("receipt", "supplement", "refusal", "apology", "stop", "control", "register"):
        assert form_texts.title(form).isupper()


def test_an_agency_rewords_one_entry_and_keeps_the_rest(db, refused, tmp_path):
    _override(
        tmp_path,
        '[titles]\nrefusal = "PHIẾU TỪ CHỐI (MẪU CỦA TỈNH)"\n\n'
        '[lines]\nrefusal = ["{who} được biết: hồ sơ bị từ chối vì {reason}."]\n',
    )
    text = _text(printing.dossier_document(db, "refusal", refused))
    assert "PHIẾU TỪ CHỐI (MẪU CỦA TỈNH)" in text
    assert "Ông/Bà được biết: hồ sơ bị từ chối vì Sai thẩm quyền." in text
    assert "Xin thông báo" not in text  # the whole entry replaced
    receipt = _text(printing.dossier_document(db, "receipt", refused))
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in receipt  # not overridden: shipped


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('[titles]\nrefusal = "X"\nnonsense = "Y"\n', "titles.nonsense"),
        ('[lines]\nrefusal = ["Số giấy tờ: {applicant_id_no}"]\n', "{applicant_id_no}"),
        ('[lines]\nrefusal = "một câu thay vì danh sách"\n', "danh sách câu"),
        ('[titles]\nrefusal = ["X"]\n', "một câu"),
        ("[titles\nrefusal = ", "Không đọc được"),
        ("[footer]\nx = 1\n", "[footer]"),
        ('[lines]\nrefusal = ["Lý do {reason"]\n', "lines.refusal"),
    ],
)
def test_a_bad_override_is_refused_naming_the_file_and_the_entry(
    db, refused, tmp_path, capsys, text, words
):
    path = _override(tmp_path, text)
    with pytest.raises(form_texts.WordingError) as caught:
        printing.dossier_document(db, "refusal", refused)
    assert str(path) in str(caught.value) and words in str(caught.value)
