"""Where the shipped resources (fonts, translations, calendar file, sample catalogue) are."""

from __future__ import annotations

import importlib.resources
import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (installed as the package ``desk_app.resources``;
    in the PyInstaller bundle, the folder ``desk_app/resources`` beside the program)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle, "desk_app", "resources", *parts)
    return Path(str(importlib.resources.files("desk_app.resources").joinpath(*parts)))
