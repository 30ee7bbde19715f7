"""``desk-app self-check``: proves an installation works, end to end, without touching the
user's data. In a temporary folder: migrate a new database, create a user, register a dossier,
compute its due moment, render its receipt and the end-of-day sheet, open and close the main
window offscreen. Any failure names its step."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


class StepFailed(Exception):
    def __init__(self, step: str, error: BaseException):
        super().__init__(f"{step}: {type(error).__name__}: {error}")
        self.step = step


def run(out: Callable[[str], None] = print) -> int:
    """0 when every step passed, 1 otherwise (the failed step is named)."""
    previous = os.environ.get("DESK_DATA_DIR")
    with tempfile.TemporaryDirectory(prefix="desk-self-check-") as scratch:
        os.environ["DESK_DATA_DIR"] = scratch  # nothing of the user's is read or written
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        try:
            _steps(Path(scratch), out)
        except StepFailed as exc:
            out(f"self-check failed at {exc}")
            return 1
        finally:
            if previous is None:
                os.environ.pop("DESK_DATA_DIR", None)
            else:
                os.environ["DESK_DATA_DIR"] = previous
    out("self-check passed")
    return 0


def _open_and_close_window(db, actor) -> None:
    from desk_app.app import create_application
    from desk_app.ui.main_window import open_and_close

    create_application([sys.argv[0], "-platform", os.environ["QT_QPA_PLATFORM"]])
    from desk_app.services.desk import Desk

    open_and_close(Desk(db), actor)


def _pages(data: bytes) -> int:
    from desk_app.ui.viewer import pdf_pages

    pages = pdf_pages(data)
    if not pages or pages[0].isNull():
        raise AssertionError("no page rendered")
    return len(pages)


def _step(name: str, out: Callable[[str], None], work: Callable[[], Any]) -> Any:
    try:
        result = work()
    except BaseException as exc:
        raise StepFailed(name, exc) from exc
    out(f"  ok  {name}")
    return result


def _steps(folder: Path, out: Callable[[str], None]) -> None:
    from desk_app.db.database import open_database
    from desk_app.services import auth, dossiers, printing, setup, users
    from desk_app.services.dossiers import Intake

    db = _step(
        "migrate a new database",
        out,
        lambda: open_database(f"sqlite:///{folder}/c.db", create=True),
    )
    try:
        _step(
            "seed the settings and the catalogue", out, lambda: setup.initialise(db, samples=True)
        )
        password = secrets.token_urlsafe(16)
        _step(
            "create a user",
            out,
            lambda: users.add_user(db, "selfcheck", password, "administrator", "Self check"),
        )
        actor = _step("sign in", out, lambda: users.authenticate(db, "selfcheck", password))
        auth.sign_in(actor)
        received = dt.datetime(2026, 11, 23, 8, 37)
        registered = _step(
            "register a dossier",
            out,
            lambda: dossiers.register(
                db, Intake("2.000205", "Nguyễn Văn Kiểm", received_at=received)
            ),
        )

        def due() -> dt.datetime:
            if registered.due_at != dt.datetime(2026, 12, 8, 8, 37):
                raise AssertionError(f"due moment {registered.due_at}, expected 08:37 08/12/2026")
            return registered.due_at

        _step("compute its due moment", out, due)

        def pdf(data: bytes) -> bytes:
            if not data.startswith(b"%PDF"):
                raise AssertionError("not a PDF")
            return data

        receipt = _step(
            "render its receipt",
            out,
            lambda: pdf(printing.dossier_document(db, "receipt", registered.code)),
        )
        _step("show the receipt's page inside the desk (PDFium)", out, lambda: _pages(receipt))
        _step(
            "render the end-of-day sheet",
            out,
            lambda: pdf(printing.review_document(db, received.date(), received)),
        )
        _step("open and close the main window", out, lambda: _open_and_close_window(db, actor))
    finally:
        db.dispose()
