"""Compile the Qt Designer forms and the translations.

    python scripts/build_ui.py          # regenerate desk_app/ui/generated/ and the .qm files
    python scripts/build_ui.py --check  # exit 1 when a generated file is out of date (CI, tests)

Forms: forms/NAME.ui -> desk_app/ui/generated/ui_NAME.py (pyside6-uic), with a "generated, do not
edit" header. Translations: resources/translations/desk_LANG.ts is updated from the sources
(pyside6-lupdate, only without --check) and compiled to desk_LANG.qm (pyside6-lrelease).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "desk_app" / "ui" / "generated"
TRANSLATIONS = ROOT / "resources" / "translations"
HEADER = (
    "# Generated from forms/{name}.ui by scripts/build_ui.py (pyside6-uic). Do not edit:\n"
    "# change the .ui file in Qt Designer and run `python scripts/build_ui.py`.\n"
)


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        sys.exit(f"{name} not found: install the package with its dependencies (PySide6)")
    return found


def compile_form(ui: Path) -> str:
    result = subprocess.run(
        [_tool("pyside6-uic"), str(ui)],
        check=True,
        capture_output=True,
        text=True,
    )
    body = "\n".join(
        line for line in result.stdout.splitlines() if not line.startswith("## Created by: Qt User")
    )
    return HEADER.format(name=ui.stem) + body + "\n"


def compile_translation(ts: Path, out: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(out)], check=True)


def update_translations() -> None:
    sources = [
        str(p) for p in sorted((ROOT / "desk_app").rglob("*.py")) if "generated" not in p.parts
    ]
    sources += [str(p) for p in sorted(FORMS.glob("*.ui"))]
    for ts in sorted(TRANSLATIONS.glob("desk_*.ts")):  # qt_*.ts: scripts/qt_vi.py
        subprocess.run(
            [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", *sources, "-ts", str(ts)],
            check=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    args = parser.parse_args()
    stale = []
    GENERATED.mkdir(parents=True, exist_ok=True)
    for ui in sorted(FORMS.glob("*.ui")):
        target = GENERATED / f"ui_{ui.stem}.py"
        text = compile_form(ui)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            stale.append(str(target.relative_to(ROOT)))
            if not args.check:
                target.write_text(text, encoding="utf-8")
    if not args.check:
        update_translations()
    with tempfile.TemporaryDirectory() as tmp:
        for ts in sorted(TRANSLATIONS.glob("*.ts")):
            target = ts.with_suffix(".qm")
            fresh = Path(tmp) / target.name
            compile_translation(ts, fresh)
            if not target.exists() or target.read_bytes() != fresh.read_bytes():
                stale.append(str(target.relative_to(ROOT)))
                if not args.check:
                    shutil.copyfile(fresh, target)
    if stale and args.check:
        print("out of date (run python scripts/build_ui.py):", ", ".join(stale))
        return 1
    if stale:
        print("regenerated:", ", ".join(stale))
    return 0


if __name__ == "__main__":
    sys.exit(main())
