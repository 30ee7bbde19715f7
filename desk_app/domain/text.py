"""Unicode text rules: everything stored in NFC, names searchable without diacritics."""

from __future__ import annotations

import functools
import unicodedata


def nfc(value: str | None) -> str:
    """Return ``value`` in Unicode NFC with surrounding and repeated white space folded."""
    if not value:
        return ""
    return " ".join(unicodedata.normalize("NFC", value).split())


def _strip_marks(value: str) -> str:
    decomposed = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Every precomposed Latin letter with marks (Vietnamese needs U+00C0-U+024F and U+1E00-U+1EFF)
# mapped to its bare letter: one str.translate instead of a walk over each character.
_BARE = {
    code: _strip_marks(chr(code))
    for block in (range(0x00C0, 0x0250), range(0x1E00, 0x1F00))
    for code in block
    if _strip_marks(chr(code)) != chr(code)
}
_BARE[ord("đ")], _BARE[ord("Đ")] = "d", "D"
# The same as a list indexed by code point, for long texts: a list lookup per character costs
# half a dict lookup, and past its end str.translate leaves a character as it is.
_BARE_LIST = [_BARE.get(code, chr(code)) for code in range(max(_BARE) + 1)]


def fold(value: str | None) -> str:
    """Fold text for searching: no diacritics, lower case, "đ" as "d", single spaces.

    ``fold("Nguyễn Văn Đạt") == "nguyen van dat"``.
    """
    if not value:
        return ""
    return " ".join(filter(None, map(_fold_word, unicodedata.normalize("NFC", value).split())))


@functools.lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    """One word, folded. Cached: names and addresses are made of a few thousand words (Nguyễn,
    Văn, Thị ...), so an import of thousands of rows folds each of them once."""
    bare = word.translate(_BARE)
    if not bare.isascii():  # marks on letters outside the table, or other scripts
        bare = _strip_marks(bare)
    return bare.casefold()


def search_text(name: str, address: str = "", note: str = "") -> str:
    """What searching inside a dossier reads: its applicant's name, address and note, folded."""
    return fold(" ".join(filter(None, (name, address, note))))


# Column-wise forms of nfc() and fold() for bulk loads: one pass of a C function over the joined
# cells answers for every cell. The separators are starters that compose with nothing, so the
# joined text is in NFC exactly when every cell is.


def nfc_all(values: list[str]) -> list[str]:
    """``[nfc(v) for v in values]``: ``values`` itself when each is already so (the usual case:
    no white space but single inner spaces, no control or format characters, in NFC)."""
    joined = "|".join(values)
    if (
        joined.isprintable()  # the only printable white space is " "
        and "  " not in joined
        and "| " not in joined
        and " |" not in joined
        and joined[:1] != " "
        and joined[-1:] != " "
        and unicodedata.is_normalized("NFC", joined)
    ):
        return values
    return list(map(nfc, values))


def fold_all(values: list[str]) -> list[str]:
    """``[fold(v) for v in values]``, for values already in NFC with single spaces (as
    :func:`nfc_all` gives them): one translation of the joined text when it leaves ASCII."""
    bare = "\0".join(values).translate(_BARE_LIST)
    if bare.isascii():
        folded = bare.casefold().split("\0")
        if len(folded) == len(values):  # no "\0" inside a value
            return folded
    return list(map(fold, values))
