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


SCREENS = {"1366x768": (1366, 768 - 40), "1280x720": (1280, 720 - 40)}  # less a taskbar


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_screen_fits_the_counter_pc(qtbot, qapp, sqlite_db, language):
    """Each page's minimum size, with the menu and status bars, fits 1366x768 and 1280x720
    less a 40-pixel taskbar; the dialogs fit 1366x768."""
    from desk_app.ui.main_window import MainWindow
    from desk_app.ui.notice_settings import NoticeSettingsDialog
    from desk_app.ui.outbox import OutboxDialog
    from desk_app.ui.qt_support import install_translators

    translators = install_translators(qapp, language)
    try:
        window = MainWindow(Desk(sqlite_db), watch=False)
        qtbot.addWidget(window)
        window.show()
        chrome = window.ui.menu_bar.sizeHint().height() + window.ui.status_bar.sizeHint().height()
        for show in (
            window.show_intake,
            window.show_dossiers,
            window.show_review,
            window.show_calendar,
            window.show_reports,
            window.show_catalogue,
            window.show_settings,
        ):
            page = show()
            need = page.minimumSizeHint()
            for name, (width, height) in SCREENS.items():
                assert need.width() <= width and need.height() + chrome <= height, (
                    type(page).__name__,
                    name,
                    need.toTuple(),
                )
        needed = window.minimumSizeHint()
        assert needed.width() <= 1280 and needed.height() <= 680, needed.toTuple()
        for dialog in (NoticeSettingsDialog(window.desk), OutboxDialog(window.desk)):
            qtbot.addWidget(dialog)
            hint = dialog.minimumSizeHint()
            assert hint.width() <= 1366 and hint.height() <= 728, hint.toTuple()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_first_start_fills_the_screen_and_the_size_is_kept_per_screen(qtbot, sqlite_db):
    from PySide6.QtCore import QSettings, Qt

    from desk_app.ui.main_window import MainWindow

    probe = MainWindow(Desk(sqlite_db), watch=False)
    qtbot.addWidget(probe)
    key = probe._geometry_key()
    QSettings().remove(key)  # (the settings file is shared by the tests: a first start here)
    window = MainWindow(Desk(sqlite_db), watch=False)
    qtbot.addWidget(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    window.showNormal()
    window.resize(790, 700)
    window.close()
    assert QSettings().value(key) is not None and "x" in key.rsplit("-", 1)[1]
    again = MainWindow(Desk(sqlite_db), watch=False)
    qtbot.addWidget(again)
    assert not again.windowState() & Qt.WindowState.WindowMaximized  # as it was left
    assert again.size().height() == 700
