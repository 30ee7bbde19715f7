"""Catalogue and Settings screens, and long work from the File menu (register import in the
background, backup now)."""

from __future__ import annotations

import csv

from sqlalchemy import func, select

from desk_app.db.models import Dossier, Procedure
from desk_app.domain.roles import Actor, Role
from desk_app.services import agency, auth, backup, setup
from desk_app.services.desk import Desk
from desk_app.services.register_io import COLUMNS


def test_catalogue_lists_by_field_and_round_trips(qtbot, sqlite_db, tmp_path):
    from desk_app.ui.catalogue_page import CataloguePage

    setup.initialise(sqlite_db, samples=True)
    page = CataloguePage(Desk(sqlite_db))
    qtbot.addWidget(page)
    tree = page.ui.procedures
    fields = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "Lao động" in fields and "Đầu tư" in fields
    out = tmp_path / "cat.xlsx"
    assert page.export_file(out) and out.exists()
    assert page.import_file(out)
    assert "8 updated" in page.ui.message.text() or "updated" in page.ui.message.text()
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,field,limit,unit\n9.1,X,Y,-3,working_days\n", "utf-8")
    assert not page.import_file(bad)
    assert "dòng 2" in page.ui.message.text()
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Procedure)) == 8


def test_settings_are_saved_or_the_bad_one_is_named(qtbot, sqlite_db):
    from desk_app.ui.settings_page import SettingsPage

    setup.initialise(sqlite_db, samples=True)
    page = SettingsPage(Desk(sqlite_db))
    qtbot.addWidget(page)
    assert page.isEnabled()
    page.ui.unit_code.setText("000.17.22.H56")
    page.ui.paper.setCurrentIndex(1)
    page.ui.idle_lock_minutes.setValue(5)
    page.ui.unsupplemented_days.setValue(20)
    page.ui.report_cutoff.setCurrentIndex(page.ui.report_cutoff.findData("calendar"))
    page.ui.code_source.setCurrentIndex(page.ui.code_source.findData("provincial"))
    assert page.save()
    with sqlite_db.read() as session:
        row = agency.get_settings(session)
        assert row.unit_code == "000.17.22.H56" and row.options["paper"] == "A5"
        assert row.options["idle_lock_minutes"] == 5
        assert row.options["unsupplemented_days"] == 20
        assert row.options["report_cutoff"] == "calendar"
        assert row.options["code_source"] == "provincial"
    assert Desk(sqlite_db).settings()["report_cutoff"] == "calendar"  # as settings show says
    page.ui.lookup_url.setText("ftp://x")
    assert not page.save() and "https://" in page.ui.message.text()
    with auth.acting_as(Actor(None, "lan", Role.CLERK)):
        clerk_page = SettingsPage(Desk(sqlite_db))
        qtbot.addWidget(clerk_page)
        assert not clerk_page.isEnabled()


def test_register_import_runs_in_the_background(qtbot, sqlite_db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desk_app.ui.main_window import MainWindow

    setup.initialise(sqlite_db, samples=True)
    path = tmp_path / "register.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        for i in range(30):
            writer.writerow(
                {
                    "procedure_code": "1.009645",
                    "applicant_name": f"Người nộp {i}",
                    "received_at": f"2026-10-{i % 28 + 1:02d} 09:00",
                    "phone": "x" if i == 7 else "0912345678",
                }
            )
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window = MainWindow(Desk(sqlite_db))
    qtbot.addWidget(window)
    window.import_register(path)
    qtbot.waitUntil(lambda: "Imported 29" in window.ui.status_bar.currentMessage(), timeout=10000)
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 29
    assert (tmp_path / "register.rejected.csv").exists()
    window.backup_now()
    qtbot.waitUntil(lambda: "Backed up to" in window.ui.status_bar.currentMessage(), timeout=10000)
    assert backup.backups(backup.backup_folder(sqlite_db))


def test_cancelling_an_import_keeps_nothing_and_says_so(qtbot, sqlite_db, tmp_path):
    from desk_app.ui.main_window import MainWindow

    setup.initialise(sqlite_db, samples=True)
    path = tmp_path / "register.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for i in range(3000):
            writer.writerow(
                {
                    "procedure_code": "1.009645",
                    "applicant_name": f"Người nộp {i}",
                    "received_at": f"2026-10-{i % 28 + 1:02d} 09:00",
                }
            )
    window = MainWindow(Desk(sqlite_db), watch=False)
    qtbot.addWidget(window)
    window.import_register(path)
    window.task.cancel()  # the clerk presses Cancel at once
    qtbot.waitUntil(lambda: not window.task.running, timeout=10000)
    assert window.ui.status_bar.currentMessage() == "Đã hủy; không có gì thay đổi"
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Dossier)) == 0
