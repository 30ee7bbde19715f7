"""Texts the agency may reword without a new release: a TOML file shipped in ``resources/``
laid over, entry by entry, by a file of the same shape in the agency's data folder (the forms'
wording, the notices to applicants).

An override is checked when read: an unknown entry, a wrong type or a placeholder the desk does
not fill is refused with a message naming the file and the entry, so nothing is printed or sent
with half-applied wording.
"""

from __future__ import annotations

import string
import tomllib
from pathlib import Path
from typing import Any

from desk_app.domain.errors import DeskError
from desk_app.resources_path import resource_path


class TextsError(DeskError):
    """The agency's text file cannot be used; the message names the file and the entry."""


class OverridableTexts:
    """``resources/<parts>`` overridden by ``<data folder>/<parts>``; re-read when the
    override changes."""

    def __init__(self, parts: tuple[str, ...], placeholders: frozenset[str], what: str, error):
        self.parts, self.placeholders, self.what, self.error = parts, placeholders, what, error
        self._cache: dict[Path, tuple[float, dict[str, Any]]] = {}

    def override_file(self) -> Path:
        from desk_app.settings import paths

        return paths().data_dir.joinpath(*self.parts)

    def _read(self, path: Path) -> dict[str, Any]:
        try:
            with path.open("rb") as handle:
                return tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise self.error(f"Không đọc được tệp {self.what} {path}: {exc}") from None

    def _check(self, path: Path, shipped: dict[str, Any], override: dict[str, Any]) -> None:
        for table, entries in override.items():
            if table not in shipped or not isinstance(entries, dict):
                raise self.error(f"{path}: không có mục [{table}] trong {self.what}")
            for key, value in entries.items():
                if key not in shipped[table]:
                    raise self.error(f"{path}: không có mục {table}.{key}")
                wanted = type(shipped[table][key])
                texts = value if isinstance(value, list) else [value]
                if not isinstance(value, wanted) or not all(isinstance(t, str) for t in texts):
                    kind = "danh sách câu" if wanted is list else "một câu"
                    raise self.error(f"{path}: mục {table}.{key} phải là {kind}")
                for text in texts:
                    self._check_placeholders(path, f"{table}.{key}", text)

    def _check_placeholders(self, path: Path, entry: str, text: str) -> None:
        try:
            parts = list(string.Formatter().parse(text))
        except ValueError as exc:  # a lone "{" or "}"
            raise self.error(f"{path}: mục {entry}: {exc}") from None
        names = {n for _, n, _, _ in parts if n is not None}
        unknown = names - self.placeholders
        if unknown:
            raise self.error(
                f"{path}: mục {entry} có chỗ điền không biết: {{{sorted(unknown)[0]}}} "
                f"(dùng được: {', '.join(sorted(self.placeholders))})"
            )

    def load(self) -> dict[str, Any]:
        """The shipped texts with the agency's override laid over them."""
        path = self.override_file()
        try:
            stamp = path.stat().st_mtime
        except OSError:
            stamp = -1.0
        cached = self._cache.get(path)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        shipped = self._read(resource_path(*self.parts))
        merged = {table: dict(entries) for table, entries in shipped.items()}
        if stamp >= 0:
            override = self._read(path)
            self._check(path, shipped, override)
            for table, entries in override.items():
                merged[table].update(entries)
        self._cache[path] = (stamp, merged)
        return merged
