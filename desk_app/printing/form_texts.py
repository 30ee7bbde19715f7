"""The wording of the official forms, from ``resources/forms/wording.toml`` (Circular
03/2025/TT-VPCP), overridable entry by entry by ``forms/wording.toml`` in the agency's data
folder: a province's wording change needs no new release.

An override is checked when read: an unknown entry, a wrong type or a placeholder the desk does
not fill is refused with a message naming the file and the entry, and the forms are not printed
with half-applied wording.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desk_app.overridable import OverridableTexts, TextsError

PLACEHOLDERS = frozenset({"who", "reason", "promised", "new_due", "note"})


class WordingError(TextsError):
    """The agency's wording file cannot be used; the message names the file and the entry."""


_TEXTS = OverridableTexts(("forms", "wording.toml"), PLACEHOLDERS, "lời văn biểu mẫu", WordingError)


def override_file() -> Path:
    return _TEXTS.override_file()


def wording() -> dict[str, Any]:
    """The shipped wording with the agency's override laid over it (re-read when it changes)."""
    return _TEXTS.load()


def title(form: str) -> str:
    return wording()["titles"][form]


def line(key: str, **values: str) -> str:
    return wording()["lines"][key].format_map(values)


def lines(key: str, **values: str) -> tuple[str, ...]:
    return tuple(text.format_map(values) for text in wording()["lines"][key])
