"""Glue between Qt and the rest of the program: Qt messages into the log, uncaught exceptions into
a dialog (and the log) instead of a vanishing window, and the translators."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QLibraryInfo, QLocale, QtMsgType, QTranslator, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app.resources_path import resource_path

log = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
LANGUAGES = ("vi", "en")


# What a platform without a window manager (offscreen, the self-check) says about itself.
_PLATFORM_NOTICES = ("This plugin does not support",)


def route_qt_messages() -> None:
    def handler(msg_type, context, message):
        level = _LEVELS.get(msg_type, logging.WARNING)
        if message.startswith(_PLATFORM_NOTICES):
            level = logging.DEBUG
        log.log(
            level,
            "%s (%s:%s)",
            message,
            context.file,
            context.line,
        )

    qInstallMessageHandler(handler)


def install_excepthook() -> None:
    """Log an uncaught exception and show it, rather than letting the window vanish."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logging.getLogger("desk_app").critical("uncaught exception", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is not None:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                "desk",
                QApplication.translate(
                    "desk",
                    "An unexpected error occurred. "
                    "Your saved data is safe; the details are in "
                    "the log file.",
                ),
            )
            box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
            box.exec()

    sys.excepthook = hook


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load desk's own translation and Qt's (standard buttons, dialogs) for ``language``.
    English is the source language: nothing to load."""
    translators: list[QTranslator] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return translators
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    own = QTranslator(app)
    if own.load(str(resource_path("translations", f"desk_{language}.qm"))):
        app.installTranslator(own)
        translators.append(own)
    else:
        log.warning("translation desk_%s.qm not found", language)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    else:  # the PySide6 wheels ship none for Vietnamese: the desk's own (scripts/qt_vi.py)
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", f"qt_{language}.qm"))):
            app.installTranslator(ours)
            translators.append(ours)
    return translators
