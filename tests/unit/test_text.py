import unicodedata

from hypothesis import given
from hypothesis import strategies as st

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


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
def test_fast_fold_agrees_with_stripping_every_mark(value):
    import re

    from desk_app.domain.text import _strip_marks

    assert fold(value) == re.sub(r"\s+", " ", _strip_marks(value).casefold()).strip()


def test_fold_every_vietnamese_letter():
    upper = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
    assert fold(upper) == "a" * 17 + "e" * 11 + "i" * 5 + "o" * 17 + "u" * 11 + "y" * 5 + "d"
    assert fold(upper.lower()) == fold(upper)
