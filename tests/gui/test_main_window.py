"""The main window opens on a real database, in Vietnamese, and the generated forms are current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.services.desk import Desk

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def vietnamese(qapp):
    from desk_app.ui.qt_support import install_translators

    translators = install_translators(qapp, "vi")
    assert translators, "the Vietnamese translation must load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_main_window_shows_agency_and_database(qtbot, sqlite_db, vietnamese):
    from desk_app.ui.main_window import MainWindow

    window = MainWindow(Desk(sqlite_db))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Bộ phận Một cửa - Ban Quản lý các Khu công nghiệp"
    assert window.ui.menu_file.title() == "&Tệp"
    assert "desk.sqlite3" in window.ui.status_bar.currentMessage()
    window.ui.action_quit.trigger()
    assert not window.isVisible()


def test_english_is_available(qtbot, sqlite_db, qapp):
    from desk_app.ui.main_window import MainWindow

    window = MainWindow(Desk(sqlite_db))
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("Reception desk - ")


def test_generated_forms_and_translations_are_up_to_date():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_ui.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_string_has_a_vietnamese_translation():
    import xml.etree.ElementTree as ET

    tree = ET.parse(ROOT / "resources" / "translations" / "desk_vi.ts")
    missing = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation") is None
        or m.find("translation").get("type") == "unfinished"
        or not (m.findtext("translation") or "").strip()
    ]
    assert missing == []
