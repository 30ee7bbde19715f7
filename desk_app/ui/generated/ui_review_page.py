# Generated from forms/review_page.ui by scripts/build_ui.py (pyside6-uic). Do not edit:
# change the .ui file in Qt Designer and run `python scripts/build_ui.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ReviewPage(object):
    def setupUi(self, ReviewPage):
        if not ReviewPage.objectName():
            ReviewPage.setObjectName(u"ReviewPage")
        ReviewPage.resize(1180, 720)
        self.page_layout = QVBoxLayout(ReviewPage)
        self.page_layout.setObjectName(u"page_layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.title = QLabel(ReviewPage)
        self.title.setObjectName(u"title")
        self.title.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.top.addWidget(self.title)

        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.top_spacer)

        self.signed = QLabel(ReviewPage)
        self.signed.setObjectName(u"signed")

        self.top.addWidget(self.signed)


        self.page_layout.addLayout(self.top)

        self.sections = QTreeWidget(ReviewPage)
        self.sections.setObjectName(u"sections")
        self.sections.setAlternatingRowColors(True)
        self.sections.setColumnCount(5)

        self.page_layout.addWidget(self.sections)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.apology_button = QPushButton(ReviewPage)
        self.apology_button.setObjectName(u"apology_button")

        self.buttons.addWidget(self.apology_button)

        self.print_button = QPushButton(ReviewPage)
        self.print_button.setObjectName(u"print_button")

        self.buttons.addWidget(self.print_button)

        self.refresh_button = QPushButton(ReviewPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.buttons.addWidget(self.refresh_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_spacer)

        self.done_button = QPushButton(ReviewPage)
        self.done_button.setObjectName(u"done_button")

        self.buttons.addWidget(self.done_button)


        self.page_layout.addLayout(self.buttons)

        self.message = QLabel(ReviewPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.page_layout.addWidget(self.message)


        self.retranslateUi(ReviewPage)

        QMetaObject.connectSlotsByName(ReviewPage)
    # setupUi

    def retranslateUi(self, ReviewPage):
        ___qtreewidgetitem = self.sections.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ReviewPage", u"Phone", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ReviewPage", u"Due", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ReviewPage", u"Procedure", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ReviewPage", u"Applicant", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReviewPage", u"Dossier", None))
        self.apology_button.setText(QCoreApplication.translate("ReviewPage", u"&Apology letters for the ticked...", None))
#if QT_CONFIG(tooltip)
        self.apology_button.setToolTip(QCoreApplication.translate("ReviewPage", u"Form 04 for every ticked overdue dossier, with one new appointment", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("ReviewPage", u"&Print the review sheet", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("ReviewPage", u"The day's review on paper (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.print_button.setShortcut(QCoreApplication.translate("ReviewPage", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.refresh_button.setText(QCoreApplication.translate("ReviewPage", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refresh_button.setToolTip(QCoreApplication.translate("ReviewPage", u"Read the lists again (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.refresh_button.setShortcut(QCoreApplication.translate("ReviewPage", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.done_button.setText(QCoreApplication.translate("ReviewPage", u"Review &done", None))
#if QT_CONFIG(tooltip)
        self.done_button.setToolTip(QCoreApplication.translate("ReviewPage", u"Record who reviewed the day, and when", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

