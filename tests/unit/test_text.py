import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.text import fold, fold_all, nfc, nfc_all


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


TRICKY = [
    "Nguyễn Văn An",
    "",
    "Nguye\u0302\u0303n Van",  # decomposed marks
    " leading",
    "trailing ",
    "two  spaces",
    "tab\there",
    "no\u00a0break",
    "a | b",
    "a |b",
    "\u0301 a lone mark",
    "zero\u200bwidth",
    "nul\0inside",
    "Đặng Thị Ánh",
    "Ελληνικά",
    "ПРИВЕТ",
    "Straße",
    "ǅemal",
]


def test_the_column_forms_agree_with_nfc_and_fold_cell_by_cell():
    for start in range(len(TRICKY)):
        values = TRICKY[start:] + ["Trần Hưng Đạo"] * 3
        assert nfc_all(values) == [nfc(v) for v in values]
        normalised = [nfc(v) for v in values]
        assert fold_all(normalised) == [fold(v) for v in normalised]
    clean = ["Nguyễn Văn An", "Lê Thị Hoa", "Công ty TNHH Đại Phát"]
    assert nfc_all(clean) is clean  # the usual column passes through untouched
    assert fold_all(clean) == ["nguyen van an", "le thi hoa", "cong ty tnhh dai phat"]


@given(st.lists(st.text(max_size=12), max_size=6))
def test_the_column_forms_agree_on_any_text(values):
    assert nfc_all(values) == [nfc(v) for v in values]
    normalised = [nfc(v) for v in values]
    assert fold_all(normalised) == [fold(v) for v in normalised]
