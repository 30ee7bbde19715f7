"""``desk-app self-check`` passes on a working installation and names the step that fails."""

from __future__ import annotations

import pytest

from desk_app.cli import main


@pytest.fixture(autouse=True)
def _english(qapp):
    """The self-check starts the application as the program does, translators included; in
    English nothing is installed that would stay for the tests after these."""
    from PySide6.QtCore import QSettings

    QSettings().setValue("ui/language", "en")
    yield
    QSettings().remove("ui/language")


def test_self_check_passes(qapp, capsys):
    assert main(["self-check"]) == 0
    out = capsys.readouterr().out
    assert "ok  open and close the main window" in out and out.rstrip().endswith(
        "self-check passed"
    )


def test_self_check_names_the_failed_step(qapp, capsys, monkeypatch):
    from desk_app.services import printing

    def broken(*args, **kwargs):
        raise OSError("printer driver missing")

    monkeypatch.setattr(printing, "dossier_document", broken)
    assert main(["self-check"]) == 1
    out = capsys.readouterr().out
    assert "self-check failed at render its receipt: OSError: printer driver missing" in out
