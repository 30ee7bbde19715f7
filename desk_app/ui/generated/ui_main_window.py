# Generated from forms/main_window.ui by scripts/build_ui.py (pyside6-uic). Do not edit:
# change the .ui file in Qt Designer and run `python scripts/build_ui.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QStackedWidget, QStatusBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 780)
        self.action_import_register = QAction(MainWindow)
        self.action_import_register.setObjectName(u"action_import_register")
        self.action_backup = QAction(MainWindow)
        self.action_backup.setObjectName(u"action_backup")
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
        self.action_intake = QAction(MainWindow)
        self.action_intake.setObjectName(u"action_intake")
        self.action_dossiers = QAction(MainWindow)
        self.action_dossiers.setObjectName(u"action_dossiers")
        self.action_review = QAction(MainWindow)
        self.action_review.setObjectName(u"action_review")
        self.action_calendar = QAction(MainWindow)
        self.action_calendar.setObjectName(u"action_calendar")
        self.action_catalogue = QAction(MainWindow)
        self.action_catalogue.setObjectName(u"action_catalogue")
        self.action_settings = QAction(MainWindow)
        self.action_settings.setObjectName(u"action_settings")
        self.action_reports = QAction(MainWindow)
        self.action_reports.setObjectName(u"action_reports")
        self.action_language = QAction(MainWindow)
        self.action_language.setObjectName(u"action_language")
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.pages = QStackedWidget(self.central_widget)
        self.pages.setObjectName(u"pages")
        self.welcome_page = QWidget()
        self.welcome_page.setObjectName(u"welcome_page")
        self.welcome_layout = QVBoxLayout(self.welcome_page)
        self.welcome_layout.setObjectName(u"welcome_layout")
        self.welcome_label = QLabel(self.welcome_page)
        self.welcome_label.setObjectName(u"welcome_label")
        self.welcome_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.welcome_layout.addWidget(self.welcome_label)

        self.pages.addWidget(self.welcome_page)

        self.central_layout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.menu_file = QMenu(self.menu_bar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_screens = QMenu(self.menu_bar)
        self.menu_screens.setObjectName(u"menu_screens")
        self.menu_help = QMenu(self.menu_bar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.menu_file.menuAction())
        self.menu_bar.addAction(self.menu_screens.menuAction())
        self.menu_bar.addAction(self.menu_help.menuAction())
        self.menu_file.addAction(self.action_import_register)
        self.menu_file.addAction(self.action_backup)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_screens.addAction(self.action_intake)
        self.menu_screens.addAction(self.action_dossiers)
        self.menu_screens.addAction(self.action_review)
        self.menu_screens.addAction(self.action_calendar)
        self.menu_screens.addAction(self.action_reports)
        self.menu_screens.addAction(self.action_catalogue)
        self.menu_screens.addAction(self.action_settings)
        self.menu_help.addAction(self.action_language)
        self.menu_help.addAction(self.action_about)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Reception desk", None))
        self.action_import_register.setText(QCoreApplication.translate("MainWindow", u"&Import a register...", None))
#if QT_CONFIG(tooltip)
        self.action_import_register.setToolTip(QCoreApplication.translate("MainWindow", u"Import dossiers from a CSV or XLSX tracking register (supervisors)", None))
#endif // QT_CONFIG(tooltip)
        self.action_backup.setText(QCoreApplication.translate("MainWindow", u"&Back up now", None))
#if QT_CONFIG(tooltip)
        self.action_backup.setToolTip(QCoreApplication.translate("MainWindow", u"A checked copy of the database in the backup folder (administrators)", None))
#endif // QT_CONFIG(tooltip)
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.action_quit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.action_intake.setText(QCoreApplication.translate("MainWindow", u"&Intake", None))
#if QT_CONFIG(tooltip)
        self.action_intake.setToolTip(QCoreApplication.translate("MainWindow", u"Register a dossier and print its receipt (F2)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_intake.setShortcut(QCoreApplication.translate("MainWindow", u"F2", None))
#endif // QT_CONFIG(shortcut)
        self.action_dossiers.setText(QCoreApplication.translate("MainWindow", u"&Dossiers", None))
#if QT_CONFIG(tooltip)
        self.action_dossiers.setToolTip(QCoreApplication.translate("MainWindow", u"Find, follow and act on dossiers (F3)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_dossiers.setShortcut(QCoreApplication.translate("MainWindow", u"F3", None))
#endif // QT_CONFIG(shortcut)
        self.action_review.setText(QCoreApplication.translate("MainWindow", u"&End-of-day review", None))
#if QT_CONFIG(tooltip)
        self.action_review.setToolTip(QCoreApplication.translate("MainWindow", u"Overdue, due and waiting dossiers; apology letters; review sign-off (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_review.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.action_calendar.setText(QCoreApplication.translate("MainWindow", u"&Calendar", None))
#if QT_CONFIG(tooltip)
        self.action_calendar.setToolTip(QCoreApplication.translate("MainWindow", u"Days off, worked days and office sessions (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_calendar.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.action_catalogue.setText(QCoreApplication.translate("MainWindow", u"Procedure c&atalogue", None))
#if QT_CONFIG(tooltip)
        self.action_catalogue.setToolTip(QCoreApplication.translate("MainWindow", u"Procedures and fields, import and export (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_catalogue.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+T", None))
#endif // QT_CONFIG(shortcut)
        self.action_settings.setText(QCoreApplication.translate("MainWindow", u"Se&ttings", None))
#if QT_CONFIG(tooltip)
        self.action_settings.setToolTip(QCoreApplication.translate("MainWindow", u"Agency, policies, paper, backups (administrators)", None))
#endif // QT_CONFIG(tooltip)
        self.action_reports.setText(QCoreApplication.translate("MainWindow", u"&Statistics report", None))
#if QT_CONFIG(tooltip)
        self.action_reports.setToolTip(QCoreApplication.translate("MainWindow", u"Results report (Form 06) with charts (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.action_reports.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+R", None))
#endif // QT_CONFIG(shortcut)
        self.action_language.setText(QCoreApplication.translate("MainWindow", u"&Language: Ti\u1ebfng Vi\u1ec7t / English", None))
#if QT_CONFIG(tooltip)
        self.action_language.setToolTip(QCoreApplication.translate("MainWindow", u"Switch the interface language (from the next start)", None))
#endif // QT_CONFIG(tooltip)
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"&About desk", None))
        self.welcome_label.setText(QCoreApplication.translate("MainWindow", u"Welcome to the reception desk.", None))
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menu_screens.setTitle(QCoreApplication.translate("MainWindow", u"&Screens", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

