"""Unicode text rules: everything stored in NFC, names searchable without diacritics."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def nfc(value: str | None) -> str:
    """Return ``value`` in Unicode NFC with surrounding and repeated white space folded."""
    if value is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def fold(value: str | None) -> str:
    """Fold text for searching: no diacritics, lower case, "đ" as "d", single spaces.

    ``fold("Nguyễn Văn Đạt") == "nguyen van dat"``.
    """
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()
