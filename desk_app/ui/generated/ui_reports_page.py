# Generated from forms/reports_page.ui by scripts/build_ui.py (pyside6-uic). Do not edit:
# change the .ui file in Qt Designer and run `python scripts/build_ui.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1180, 720)
        self.page_layout = QVBoxLayout(ReportsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.period_layout = QHBoxLayout()
        self.period_layout.setObjectName(u"period_layout")
        self.period_label = QLabel(ReportsPage)
        self.period_label.setObjectName(u"period_label")

        self.period_layout.addWidget(self.period_label)

        self.period_kind = QComboBox(ReportsPage)
        self.period_kind.setObjectName(u"period_kind")

        self.period_layout.addWidget(self.period_kind)

        self.year = QSpinBox(ReportsPage)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)

        self.period_layout.addWidget(self.year)

        self.part = QComboBox(ReportsPage)
        self.part.setObjectName(u"part")

        self.period_layout.addWidget(self.part)

        self.from_label = QLabel(ReportsPage)
        self.from_label.setObjectName(u"from_label")

        self.period_layout.addWidget(self.from_label)

        self.date_from = QDateEdit(ReportsPage)
        self.date_from.setObjectName(u"date_from")
        self.date_from.setCalendarPopup(True)

        self.period_layout.addWidget(self.date_from)

        self.to_label = QLabel(ReportsPage)
        self.to_label.setObjectName(u"to_label")

        self.period_layout.addWidget(self.to_label)

        self.date_to = QDateEdit(ReportsPage)
        self.date_to.setObjectName(u"date_to")
        self.date_to.setCalendarPopup(True)

        self.period_layout.addWidget(self.date_to)

        self.show_button = QPushButton(ReportsPage)
        self.show_button.setObjectName(u"show_button")

        self.period_layout.addWidget(self.show_button)

        self.period_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_layout.addItem(self.period_spacer)

        self.export_button = QPushButton(ReportsPage)
        self.export_button.setObjectName(u"export_button")

        self.period_layout.addWidget(self.export_button)


        self.page_layout.addLayout(self.period_layout)

        self.splitter = QSplitter(ReportsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.table = QTreeWidget(self.splitter)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"(2)")
        self.table.setHeaderItem(__qtreewidgetitem)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.splitter.addWidget(self.table)
        self.charts = QWidget(self.splitter)
        self.charts.setObjectName(u"charts")
        self.charts_layout = QHBoxLayout(self.charts)
        self.charts_layout.setObjectName(u"charts_layout")
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.charts)

        self.page_layout.addWidget(self.splitter)

        self.summary = QLabel(ReportsPage)
        self.summary.setObjectName(u"summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.page_layout.addWidget(self.summary)

#if QT_CONFIG(shortcut)
        self.period_label.setBuddy(self.period_kind)
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.period_kind, self.year)
        QWidget.setTabOrder(self.year, self.part)
        QWidget.setTabOrder(self.part, self.date_from)
        QWidget.setTabOrder(self.date_from, self.date_to)
        QWidget.setTabOrder(self.date_to, self.show_button)
        QWidget.setTabOrder(self.show_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.table)

        self.retranslateUi(ReportsPage)

        self.show_button.setDefault(True)


        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.period_label.setText(QCoreApplication.translate("ReportsPage", u"&Period:", None))
#if QT_CONFIG(tooltip)
        self.period_kind.setToolTip(QCoreApplication.translate("ReportsPage", u"Month, quarter, year, or any two dates", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.year.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.part.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Month or quarter", None))
#endif // QT_CONFIG(accessibility)
        self.from_label.setText(QCoreApplication.translate("ReportsPage", u"&From", None))
        self.date_from.setDisplayFormat(QCoreApplication.translate("ReportsPage", u"dd/MM/yyyy", None))
        self.to_label.setText(QCoreApplication.translate("ReportsPage", u"&To", None))
        self.date_to.setDisplayFormat(QCoreApplication.translate("ReportsPage", u"dd/MM/yyyy", None))
        self.show_button.setText(QCoreApplication.translate("ReportsPage", u"Sh&ow", None))
#if QT_CONFIG(tooltip)
        self.show_button.setToolTip(QCoreApplication.translate("ReportsPage", u"Compute the report for the period (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.show_button.setShortcut(QCoreApplication.translate("ReportsPage", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.export_button.setText(QCoreApplication.translate("ReportsPage", u"&Export...", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("ReportsPage", u"Save the report as XLSX (official form), PDF or CSV (Ctrl+Shift+E)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.export_button.setShortcut(QCoreApplication.translate("ReportsPage", u"Ctrl+Shift+E", None))
#endif // QT_CONFIG(shortcut)
        pass
    # retranslateUi

