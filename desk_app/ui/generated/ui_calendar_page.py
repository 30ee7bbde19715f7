# Generated from forms/calendar_page.ui by scripts/build_ui.py (pyside6-uic). Do not edit:
# change the .ui file in Qt Designer and run `python scripts/build_ui.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CalendarPage(object):
    def setupUi(self, CalendarPage):
        if not CalendarPage.objectName():
            CalendarPage.setObjectName(u"CalendarPage")
        CalendarPage.resize(1180, 760)
        self.page_layout = QVBoxLayout(CalendarPage)
        self.page_layout.setObjectName(u"page_layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.year_label = QLabel(CalendarPage)
        self.year_label.setObjectName(u"year_label")

        self.top.addWidget(self.year_label)

        self.year = QSpinBox(CalendarPage)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)

        self.top.addWidget(self.year)

        self.status = QLabel(CalendarPage)
        self.status.setObjectName(u"status")

        self.top.addWidget(self.status)

        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.top_spacer)

        self.legend = QLabel(CalendarPage)
        self.legend.setObjectName(u"legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        self.top.addWidget(self.legend)


        self.page_layout.addLayout(self.top)

        self.splitter = QSplitter(CalendarPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.year_holder = QWidget(self.splitter)
        self.year_holder.setObjectName(u"year_holder")
        self.year_layout = QVBoxLayout(self.year_holder)
        self.year_layout.setObjectName(u"year_layout")
        self.year_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.year_holder)
        self.lower = QWidget(self.splitter)
        self.lower.setObjectName(u"lower")
        self.lower_layout = QHBoxLayout(self.lower)
        self.lower_layout.setObjectName(u"lower_layout")
        self.lower_layout.setContentsMargins(0, 0, 0, 0)
        self.sessions_box = QGroupBox(self.lower)
        self.sessions_box.setObjectName(u"sessions_box")
        self.sessions_layout = QVBoxLayout(self.sessions_box)
        self.sessions_layout.setObjectName(u"sessions_layout")
        self.sessions = QTableWidget(self.sessions_box)
        if (self.sessions.columnCount() < 1):
            self.sessions.setColumnCount(1)
        __qtablewidgetitem = QTableWidgetItem()
        self.sessions.setHorizontalHeaderItem(0, __qtablewidgetitem)
        if (self.sessions.rowCount() < 7):
            self.sessions.setRowCount(7)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.sessions.setVerticalHeaderItem(0, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.sessions.setVerticalHeaderItem(1, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.sessions.setVerticalHeaderItem(2, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.sessions.setVerticalHeaderItem(3, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.sessions.setVerticalHeaderItem(4, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.sessions.setVerticalHeaderItem(5, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.sessions.setVerticalHeaderItem(6, __qtablewidgetitem7)
        self.sessions.setObjectName(u"sessions")
        self.sessions.setColumnCount(1)
        self.sessions.setRowCount(7)

        self.sessions_layout.addWidget(self.sessions)

        self.save_sessions = QPushButton(self.sessions_box)
        self.save_sessions.setObjectName(u"save_sessions")

        self.sessions_layout.addWidget(self.save_sessions)


        self.lower_layout.addWidget(self.sessions_box)

        self.changed_box = QGroupBox(self.lower)
        self.changed_box.setObjectName(u"changed_box")
        self.changed_layout = QVBoxLayout(self.changed_box)
        self.changed_layout.setObjectName(u"changed_layout")
        self.changed = QTableWidget(self.changed_box)
        if (self.changed.columnCount() < 3):
            self.changed.setColumnCount(3)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.changed.setHorizontalHeaderItem(0, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.changed.setHorizontalHeaderItem(1, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.changed.setHorizontalHeaderItem(2, __qtablewidgetitem10)
        self.changed.setObjectName(u"changed")
        self.changed.setColumnCount(3)
        self.changed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.changed_layout.addWidget(self.changed)

        self.message = QLabel(self.changed_box)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.changed_layout.addWidget(self.message)


        self.lower_layout.addWidget(self.changed_box)

        self.splitter.addWidget(self.lower)

        self.page_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.year_label.setBuddy(self.year)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalendarPage)

        QMetaObject.connectSlotsByName(CalendarPage)
    # setupUi

    def retranslateUi(self, CalendarPage):
        self.year_label.setText(QCoreApplication.translate("CalendarPage", u"&Year:", None))
        self.sessions_box.setTitle(QCoreApplication.translate("CalendarPage", u"Office sessions", None))
        ___qtablewidgetitem = self.sessions.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CalendarPage", u"Sessions (e.g. 07:30-11:30, 13:30-17:00)", None))
        ___qtablewidgetitem1 = self.sessions.verticalHeaderItem(0)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CalendarPage", u"Monday", None))
        ___qtablewidgetitem2 = self.sessions.verticalHeaderItem(1)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CalendarPage", u"Tuesday", None))
        ___qtablewidgetitem3 = self.sessions.verticalHeaderItem(2)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CalendarPage", u"Wednesday", None))
        ___qtablewidgetitem4 = self.sessions.verticalHeaderItem(3)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CalendarPage", u"Thursday", None))
        ___qtablewidgetitem5 = self.sessions.verticalHeaderItem(4)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CalendarPage", u"Friday", None))
        ___qtablewidgetitem6 = self.sessions.verticalHeaderItem(5)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("CalendarPage", u"Saturday", None))
        ___qtablewidgetitem7 = self.sessions.verticalHeaderItem(6)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("CalendarPage", u"Sunday", None))
        self.save_sessions.setText(QCoreApplication.translate("CalendarPage", u"Sa&ve sessions", None))
#if QT_CONFIG(tooltip)
        self.save_sessions.setToolTip(QCoreApplication.translate("CalendarPage", u"Store the sessions and recompute every open dossier", None))
#endif // QT_CONFIG(tooltip)
        self.changed_box.setTitle(QCoreApplication.translate("CalendarPage", u"Open dossiers whose appointment changed", None))
        ___qtablewidgetitem8 = self.changed.horizontalHeaderItem(0)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("CalendarPage", u"Dossier", None))
        ___qtablewidgetitem9 = self.changed.horizontalHeaderItem(1)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("CalendarPage", u"Printed appointment", None))
        ___qtablewidgetitem10 = self.changed.horizontalHeaderItem(2)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("CalendarPage", u"New legal due", None))
        pass
    # retranslateUi

