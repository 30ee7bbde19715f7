"""The wording of the official forms, from ``resources/forms/wording.toml`` (Circular
03/2025/TT-VPCP), overridable entry by entry by ``forms/wording.toml`` in the agency's data
folder: a province's wording change needs no new release.

An override is checked when read: an unknown entry, a wrong type or a placeholder the desk does
not fill is refused with a message naming the file and the entry, and the forms are not printed
with half-applied wording.
"""

from __future__ import annotations

import string
import tomllib
from pathlib import Path
from typing import Any

from desk_app.domain.errors import DeskError
from desk_app.resources_path import resource_path

PLACEHOLDERS = frozenset({"who", "reason", "promised", "new_due", "note"})
_cache: dict[Path | None, tuple[float, dict[str, Any]]] = {}


class WordingError(DeskError):
    """The agency's wording file cannot be used; the message names the file and the entry."""


def override_file() -> Path:
    from desk_app.settings import paths

    return paths().data_dir / "forms" / "wording.toml"


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise WordingError(f"Không đọc được tệp lời văn biểu mẫu {path}: {exc}") from None


def _check(path: Path, shipped: dict[str, Any], override: dict[str, Any]) -> None:
    for table, entries in override.items():
        if table not in shipped or not isinstance(entries, dict):
            raise WordingError(f"{path}: không có mục [{table}] trong lời văn biểu mẫu")
        for key, value in entries.items():
            if key not in shipped[table]:
                raise WordingError(f"{path}: không có mục {table}.{key}")
            wanted = type(shipped[table][key])
            texts = value if isinstance(value, list) else [value]
            if not isinstance(value, wanted) or not all(isinstance(t, str) for t in texts):
                kind = "danh sách câu" if wanted is list else "một câu"
                raise WordingError(f"{path}: mục {table}.{key} phải là {kind}")
            for text in texts:
                try:
                    parts = list(string.Formatter().parse(text))
                except ValueError as exc:  # a lone "{" or "}"
                    raise WordingError(f"{path}: mục {table}.{key}: {exc}") from None
                names = {n for _, n, _, _ in parts if n is not None}
                unknown = names - PLACEHOLDERS
                if unknown:
                    raise WordingError(
                        f"{path}: mục {table}.{key} có chỗ điền không biết: "
                        f"{{{sorted(unknown)[0]}}} (dùng được: {', '.join(sorted(PLACEHOLDERS))})"
                    )


def wording() -> dict[str, Any]:
    """The shipped wording with the agency's override laid over it (re-read when it changes)."""
    path = override_file()
    try:
        stamp = path.stat().st_mtime
    except OSError:
        stamp = -1.0
    cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    shipped = _read(resource_path("forms", "wording.toml"))
    merged = {table: dict(entries) for table, entries in shipped.items()}
    if stamp >= 0:
        override = _read(path)
        _check(path, shipped, override)
        for table, entries in override.items():
            merged[table].update(entries)
    _cache[path] = (stamp, merged)
    return merged


def title(form: str) -> str:
    return wording()["titles"][form]


def line(key: str, **values: str) -> str:
    return wording()["lines"][key].format_map(values)


def lines(key: str, **values: str) -> tuple[str, ...]:
    return tuple(text.format_map(values) for text in wording()["lines"][key])
