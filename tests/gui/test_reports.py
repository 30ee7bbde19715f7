"""The Reports screen: reached by its shortcut, computes off the GUI thread, shows the same
numbers as the service, draws its two charts, and exports the official XLSX."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desk_app.services import demo, report, setup
from desk_app.services.desk import Desk

NOW = dt.datetime(2026, 11, 20, 16, 0)


@pytest.fixture
def demo_db(sqlite_db):
    setup.initialise(sqlite_db, samples=True)
    demo.generate(sqlite_db, 1200, seed=5, now=NOW)
    return sqlite_db


def _computed(qtbot, page):
    qtbot.mouseClick(page.ui.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None and page.ui.show_button.isEnabled())


def test_quarter_report_matches_the_service_and_exports(qtbot, demo_db, tmp_path, monkeypatch):
    from desk_app.ui import reports as reports_module
    from desk_app.ui.main_window import MainWindow

    window = MainWindow(Desk(demo_db))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    page = window.reports_page
    assert page is not None and window.ui.pages.currentWidget() is page
    page.today = NOW.date()
    page.ui.period_kind.setCurrentIndex(1)  # quarter
    page.ui.year.setValue(2026)
    page.ui.part.setCurrentIndex(2)  # Q3
    # the agency's cut-off: Decree 09/2019's by default, 15/6 to 14/9 for the third quarter
    assert page.period() == (dt.date(2026, 6, 15), dt.date(2026, 9, 14))
    _computed(qtbot, page)

    expected = report.report(demo_db, dt.date(2026, 6, 15), dt.date(2026, 9, 14))
    table = page.ui.table
    assert table.topLevelItemCount() == len(expected.fields) + 1
    total = table.topLevelItem(table.topLevelItemCount() - 1)
    shown = [int(total.text(c).replace(".", "").replace(",", "")) for c in range(1, 12)]
    assert shown == list(expected.total.values()) and shown[0] > 0
    first_field = table.topLevelItem(0)
    assert first_field.text(0) == expected.fields[0].name
    assert first_field.childCount() == len(expected.fields[0].children)
    assert page.rate_view.chart().series()[0].barSets()[0].count() == 12
    slices = page.channel_view.chart().series()[0].slices()
    assert sum(s.value() for s in slices) == sum(expected.received_by_channel.values())
    assert "on time or early" in page.ui.summary.text()

    out = tmp_path / "q3.xlsx"
    monkeypatch.setattr(
        reports_module.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), "")
    )
    qtbot.mouseClick(page.ui.export_button, Qt.MouseButton.LeftButton)  # as the clerk does
    assert out.exists()
    assert page.export(out) == out
    sheet = load_workbook(out).active
    total_row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Tổng số")
    assert list(total_row[2:13]) == list(expected.total.values())


def test_a_bad_period_is_a_message_and_the_screen_stays_usable(qtbot, demo_db, monkeypatch):
    from desk_app.ui import reports, tasks

    shown = []
    monkeypatch.setattr(
        tasks.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    page = reports.ReportsPage(Desk(demo_db), today=NOW.date())
    qtbot.addWidget(page)
    page.set_period(dt.date(2026, 9, 30), dt.date(2026, 7, 1))
    qtbot.mouseClick(page.ui.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    assert "trước ngày đầu kỳ" in shown[0]
    assert page.ui.show_button.isEnabled() and page.result is None
    page.set_period(dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    _computed(qtbot, page)
    assert page.ui.export_button.isEnabled()


def test_reports_screen_is_in_vietnamese(qtbot, demo_db, qapp):
    from desk_app.ui.qt_support import install_translators
    from desk_app.ui.reports import ReportsPage

    translators = install_translators(qapp, "vi")
    try:
        page = ReportsPage(Desk(demo_db), today=NOW.date())
        qtbot.addWidget(page)
        headers = [page.ui.table.headerItem().text(c) for c in range(12)]
        assert headers[0] == "Lĩnh vực, thủ tục" and headers[7] == "Đúng hạn\n(9)"
        assert page.ui.show_button.text() == "&Xem"
        assert page.ui.period_kind.itemText(1) == "Quý"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_screens_presets_follow_the_agencys_cut_off(qtbot, demo_db):
    from desk_app.services import agency
    from desk_app.ui.reports import KINDS, ReportsPage

    page = ReportsPage(Desk(demo_db), today=NOW.date())
    qtbot.addWidget(page)
    page.ui.year.setValue(2026)
    chosen = {}
    for kind, part in (("month", 9), ("quarter", 3), ("half", 1), ("nine", None), ("year", None)):
        page.ui.period_kind.setCurrentIndex(KINDS.index(kind))
        if part is not None:
            page.ui.part.setCurrentIndex(page.ui.part.findData(part))
        chosen[kind] = page.period()
    assert chosen == {
        "month": (dt.date(2026, 8, 15), dt.date(2026, 9, 14)),
        "quarter": (dt.date(2026, 6, 15), dt.date(2026, 9, 14)),
        "half": (dt.date(2025, 12, 15), dt.date(2026, 6, 14)),
        "nine": (dt.date(2025, 12, 15), dt.date(2026, 9, 14)),
        "year": (dt.date(2025, 12, 15), dt.date(2026, 12, 14)),
    }
    agency.update_settings(demo_db, report_cutoff="calendar")
    page.ui.period_kind.setCurrentIndex(KINDS.index("quarter"))
    page.ui.part.setCurrentIndex(page.ui.part.findData(3))
    assert page.period() == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))


def test_the_satisfaction_chart_against_the_target(qtbot, sqlite_db):
    """Ratings of two months: the period's rate in the summary, one bar a month and the
    agency's target as a line."""
    from desk_app.services import agency, dossiers, ratings
    from desk_app.services.dossiers import Intake
    from desk_app.ui.reports import ReportsPage

    agency.update_settings(sqlite_db, satisfaction_target=90)
    levels = [
        (dt.datetime(2026, 9, 10, 9), "satisfied"),
        (dt.datetime(2026, 10, 5, 9), "unsatisfied"),
    ]
    levels.append((dt.datetime(2026, 10, 6, 9), "very_satisfied"))
    for rated, level in levels:
        received = rated - dt.timedelta(days=30)
        code = dossiers.register(sqlite_db, Intake("1.009645", "Lê Thị Mai", received_at=received))
        dossiers.apply_event(
            sqlite_db, code.code, "result_ready", at=received + dt.timedelta(days=2)
        )
        dossiers.apply_event(sqlite_db, code.code, "returned", at=rated - dt.timedelta(hours=1))
        ratings.rate(sqlite_db, code.code, level, at=rated)
    page = ReportsPage(Desk(sqlite_db), today=dt.date(2026, 11, 20))
    qtbot.addWidget(page)
    page.set_period(dt.date(2026, 9, 1), dt.date(2026, 10, 31))
    _computed(qtbot, page)
    assert "66,67 %" in page.ui.summary.text() and "3" in page.ui.summary.text()
    chart = page.satisfaction_view.chart()
    bars, target = chart.series()
    assert [bars.barSets()[0].at(i) for i in range(2)] == [100.0, 50.0]
    assert [point.y() for point in target.points()] == [90.0, 90.0]
    assert "90 %" in chart.title()
