"""Where the shipped resources (fonts, translations, calendar file, sample catalogue) are."""

from __future__ import annotations

import importlib.resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (installed as the package ``desk_app.resources``)."""
    return Path(str(importlib.resources.files("desk_app.resources").joinpath(*parts)))
