# Generated from forms/dossiers_page.ui by scripts/build_ui.py (pyside6-uic). Do not edit:
# change the .ui file in Qt Designer and run `python scripts/build_ui.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossiers_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_DossiersPage(object):
    def setupUi(self, DossiersPage):
        if not DossiersPage.objectName():
            DossiersPage.setObjectName(u"DossiersPage")
        DossiersPage.resize(1180, 720)
        self.page_layout = QVBoxLayout(DossiersPage)
        self.page_layout.setObjectName(u"page_layout")
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(DossiersPage)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search = QLineEdit(DossiersPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search)

        self.export_button = QPushButton(DossiersPage)
        self.export_button.setObjectName(u"export_button")

        self.search_row.addWidget(self.export_button)


        self.page_layout.addLayout(self.search_row)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.state_label = QLabel(DossiersPage)
        self.state_label.setObjectName(u"state_label")

        self.filter_row.addWidget(self.state_label)

        self.state_filter = QComboBox(DossiersPage)
        self.state_filter.setObjectName(u"state_filter")

        self.filter_row.addWidget(self.state_filter)

        self.warning_label = QLabel(DossiersPage)
        self.warning_label.setObjectName(u"warning_label")

        self.filter_row.addWidget(self.warning_label)

        self.warning_filter = QComboBox(DossiersPage)
        self.warning_filter.setObjectName(u"warning_filter")

        self.filter_row.addWidget(self.warning_filter)

        self.field_label = QLabel(DossiersPage)
        self.field_label.setObjectName(u"field_label")

        self.filter_row.addWidget(self.field_label)

        self.field_filter = QComboBox(DossiersPage)
        self.field_filter.setObjectName(u"field_filter")

        self.filter_row.addWidget(self.field_filter)

        self.channel_label = QLabel(DossiersPage)
        self.channel_label.setObjectName(u"channel_label")

        self.filter_row.addWidget(self.channel_label)

        self.channel_filter = QComboBox(DossiersPage)
        self.channel_filter.setObjectName(u"channel_filter")

        self.filter_row.addWidget(self.channel_filter)


        self.page_layout.addLayout(self.filter_row)

        self.filter_row_2 = QHBoxLayout()
        self.filter_row_2.setObjectName(u"filter_row_2")
        self.procedure_label = QLabel(DossiersPage)
        self.procedure_label.setObjectName(u"procedure_label")

        self.filter_row_2.addWidget(self.procedure_label)

        self.procedure_filter = QComboBox(DossiersPage)
        self.procedure_filter.setObjectName(u"procedure_filter")

        self.filter_row_2.addWidget(self.procedure_filter)

        self.received_filter = QCheckBox(DossiersPage)
        self.received_filter.setObjectName(u"received_filter")

        self.filter_row_2.addWidget(self.received_filter)

        self.received_from = QDateEdit(DossiersPage)
        self.received_from.setObjectName(u"received_from")
        self.received_from.setCalendarPopup(True)

        self.filter_row_2.addWidget(self.received_from)

        self.received_to_label = QLabel(DossiersPage)
        self.received_to_label.setObjectName(u"received_to_label")

        self.filter_row_2.addWidget(self.received_to_label)

        self.received_to = QDateEdit(DossiersPage)
        self.received_to.setObjectName(u"received_to")
        self.received_to.setCalendarPopup(True)

        self.filter_row_2.addWidget(self.received_to)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_row_2.addItem(self.filter_spacer)

        self.count = QLabel(DossiersPage)
        self.count.setObjectName(u"count")

        self.filter_row_2.addWidget(self.count)


        self.page_layout.addLayout(self.filter_row_2)

        self.table = QTableView(DossiersPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)

        self.page_layout.addWidget(self.table)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search)
        self.state_label.setBuddy(self.state_filter)
        self.warning_label.setBuddy(self.warning_filter)
        self.field_label.setBuddy(self.field_filter)
        self.channel_label.setBuddy(self.channel_filter)
        self.procedure_label.setBuddy(self.procedure_filter)
        self.received_to_label.setBuddy(self.received_to)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.state_filter)
        QWidget.setTabOrder(self.state_filter, self.warning_filter)
        QWidget.setTabOrder(self.warning_filter, self.field_filter)
        QWidget.setTabOrder(self.field_filter, self.channel_filter)
        QWidget.setTabOrder(self.channel_filter, self.procedure_filter)
        QWidget.setTabOrder(self.procedure_filter, self.received_filter)
        QWidget.setTabOrder(self.received_filter, self.received_from)
        QWidget.setTabOrder(self.received_from, self.received_to)
        QWidget.setTabOrder(self.received_to, self.table)
        QWidget.setTabOrder(self.table, self.export_button)

        self.retranslateUi(DossiersPage)

        QMetaObject.connectSlotsByName(DossiersPage)
    # setupUi

    def retranslateUi(self, DossiersPage):
        self.search_label.setText(QCoreApplication.translate("DossiersPage", u"F&ind:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("DossiersPage", u"Code (or scan the barcode), name without diacritics, phone, ID, register no.", None))
        self.export_button.setText(QCoreApplication.translate("DossiersPage", u"E&xport view...", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("DossiersPage", u"Save the dossiers of this view to an XLSX file", None))
#endif // QT_CONFIG(tooltip)
        self.state_label.setText(QCoreApplication.translate("DossiersPage", u"S&tate:", None))
#if QT_CONFIG(tooltip)
        self.state_filter.setToolTip(QCoreApplication.translate("DossiersPage", u"Which dossiers: open, closed, or one state", None))
#endif // QT_CONFIG(tooltip)
        self.warning_label.setText(QCoreApplication.translate("DossiersPage", u"&Warning:", None))
#if QT_CONFIG(tooltip)
        self.warning_filter.setToolTip(QCoreApplication.translate("DossiersPage", u"Overdue, due today, due soon or waiting for a supplement", None))
#endif // QT_CONFIG(tooltip)
        self.field_label.setText(QCoreApplication.translate("DossiersPage", u"Fi&eld:", None))
#if QT_CONFIG(tooltip)
        self.field_filter.setToolTip(QCoreApplication.translate("DossiersPage", u"Field of procedures", None))
#endif // QT_CONFIG(tooltip)
        self.channel_label.setText(QCoreApplication.translate("DossiersPage", u"Cha&nnel:", None))
#if QT_CONFIG(tooltip)
        self.channel_filter.setToolTip(QCoreApplication.translate("DossiersPage", u"How the dossier was received", None))
#endif // QT_CONFIG(tooltip)
        self.procedure_label.setText(QCoreApplication.translate("DossiersPage", u"&Procedure:", None))
#if QT_CONFIG(tooltip)
        self.procedure_filter.setToolTip(QCoreApplication.translate("DossiersPage", u"One procedure of the catalogue", None))
#endif // QT_CONFIG(tooltip)
        self.received_filter.setText(QCoreApplication.translate("DossiersPage", u"Received fro&m", None))
        self.received_from.setDisplayFormat(QCoreApplication.translate("DossiersPage", u"dd/MM/yyyy", None))
        self.received_to_label.setText(QCoreApplication.translate("DossiersPage", u"t&o", None))
        self.received_to.setDisplayFormat(QCoreApplication.translate("DossiersPage", u"dd/MM/yyyy", None))
        pass
    # retranslateUi

