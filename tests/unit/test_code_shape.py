"""The code stays readable in pieces: no function over 80 lines and no module over 600 lines,
outside generated code and migrations."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desk_app"
MAX_FUNCTION, MAX_MODULE = 80, 600


def _sources():
    for path in sorted(PACKAGE.rglob("*.py")):
        if "generated" in path.parts or "migrations" in path.parts:
            continue
        yield path, path.read_text(encoding="utf-8")


def test_no_module_is_over_600_lines():
    long = [
        f"{path.relative_to(PACKAGE)}: {len(text.splitlines())}"
        for path, text in _sources()
        if len(text.splitlines()) > MAX_MODULE
    ]
    assert long == []


def test_no_function_is_over_80_lines():
    long = []
    for path, text in _sources():
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION:
                    long.append(f"{path.relative_to(PACKAGE)}:{node.name}: {lines}")
    assert long == []
