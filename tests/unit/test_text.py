import unicodedata

from desk_app.domain.text import fold, nfc


def test_nfc_normalises_decomposed_vietnamese_and_spaces():
    decomposed = unicodedata.normalize("NFD", "  Nguyễn   Văn  An ")
    assert decomposed != "Nguyễn Văn An"
    assert nfc(decomposed) == "Nguyễn Văn An"
    assert unicodedata.is_normalized("NFC", nfc(decomposed))


def test_fold_removes_diacritics_case_and_d_stroke():
    assert fold("Nguyễn Văn Đạt") == "nguyen van dat"
    assert fold("NGUYỄN VĂN AN") == fold("nguyen van an") == "nguyen van an"
    assert fold("đường Đồng Khởi") == "duong dong khoi"
    assert fold(unicodedata.normalize("NFD", "Trần Thị Ánh")) == "tran thi anh"
    assert fold(None) == "" and nfc(None) == ""
