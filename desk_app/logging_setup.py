"""Logging: a rotating file in the user log folder. Qt's own messages are routed here by
``desk_app.ui.app``. Log lines name dossiers by code, never by a person's data."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sys
from pathlib import Path

from desk_app.settings import paths

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_configured = False


class _CurrentStderr(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time (tests and tools swap it)."""

    @property  # type: ignore[override]
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


class _OneLine(logging.Formatter):
    """Console lines without tracebacks: those go to the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname}: {record.getMessage()}"


class _FileUntilFull(logging.handlers.RotatingFileHandler):
    """The log file, until it cannot be written (a full disk, a folder gone): then it steps
    aside with one line on standard error, where warnings and errors keep going (the console
    handler), instead of printing a traceback for every record."""

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)
            return
        logging.getLogger().removeHandler(self)
        with contextlib.suppress(OSError):
            self.close()
        print(
            f"WARNING: không ghi được tệp nhật ký {self.baseFilename} "
            f"({error.strerror or error}); cảnh báo và lỗi vẫn hiện ở đây",
            file=sys.stderr,
        )


def setup_logging(verbose: bool = False) -> Path | None:
    """Send log records to ``<log folder>/desk.log`` (1 MB x 5 files). Returns the file, or None
    when the folder cannot be written (the program still runs, logging to standard error)."""
    global _configured
    root = logging.getLogger()
    if _configured:
        return None
    _configured = True
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = _CurrentStderr()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(_OneLine())
    root.addHandler(console)
    log_dir = paths().log_dir
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        file_handler = _FileUntilFull(
            log_dir / "desk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("cannot write the log file in %s: %s", log_dir, exc)
        return None
    file_handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(file_handler)
    for noisy in ("alembic", "sqlalchemy", "PIL", "fontTools"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return log_dir / "desk.log"
