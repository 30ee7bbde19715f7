# Generated from forms/dossier_dialog.ui by scripts/build_ui.py (pyside6-uic). Do not edit:
# change the .ui file in Qt Designer and run `python scripts/build_ui.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DossierDialog(object):
    def setupUi(self, DossierDialog):
        if not DossierDialog.objectName():
            DossierDialog.setObjectName(u"DossierDialog")
        DossierDialog.resize(980, 680)
        self.dialog_layout = QVBoxLayout(DossierDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary = QLabel(DossierDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.summary)

        self.deadline = QLabel(DossierDialog)
        self.deadline.setObjectName(u"deadline")
        self.deadline.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.dialog_layout.addWidget(self.deadline)

        self.tabs = QTabWidget(DossierDialog)
        self.tabs.setObjectName(u"tabs")
        self.timeline_tab = QWidget()
        self.timeline_tab.setObjectName(u"timeline_tab")
        self.timeline_layout = QVBoxLayout(self.timeline_tab)
        self.timeline_layout.setObjectName(u"timeline_layout")
        self.timeline = QTableWidget(self.timeline_tab)
        if (self.timeline.columnCount() < 4):
            self.timeline.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.timeline.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.timeline.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.timeline.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.timeline.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setColumnCount(4)

        self.timeline_layout.addWidget(self.timeline)

        self.tabs.addTab(self.timeline_tab, "")
        self.documents_tab = QWidget()
        self.documents_tab.setObjectName(u"documents_tab")
        self.documents_layout = QVBoxLayout(self.documents_tab)
        self.documents_layout.setObjectName(u"documents_layout")
        self.documents = QTableWidget(self.documents_tab)
        if (self.documents.columnCount() < 4):
            self.documents.setColumnCount(4)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        self.documents.setObjectName(u"documents")
        self.documents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents.setColumnCount(4)

        self.documents_layout.addWidget(self.documents)

        self.tabs.addTab(self.documents_tab, "")

        self.dialog_layout.addWidget(self.tabs)

        self.actions_box = QGroupBox(DossierDialog)
        self.actions_box.setObjectName(u"actions_box")
        self.actions_layout = QHBoxLayout(self.actions_box)
        self.actions_layout.setObjectName(u"actions_layout")

        self.dialog_layout.addWidget(self.actions_box)

        self.bottom = QHBoxLayout()
        self.bottom.setObjectName(u"bottom")
        self.reprint_label = QLabel(DossierDialog)
        self.reprint_label.setObjectName(u"reprint_label")

        self.bottom.addWidget(self.reprint_label)

        self.reprint_form = QComboBox(DossierDialog)
        self.reprint_form.setObjectName(u"reprint_form")

        self.bottom.addWidget(self.reprint_form)

        self.reprint_button = QPushButton(DossierDialog)
        self.reprint_button.setObjectName(u"reprint_button")

        self.bottom.addWidget(self.reprint_button)

        self.message = QLabel(DossierDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.bottom.addWidget(self.message)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom.addItem(self.bottom_spacer)

        self.buttons = QDialogButtonBox(DossierDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom.addWidget(self.buttons)


        self.dialog_layout.addLayout(self.bottom)

#if QT_CONFIG(shortcut)
        self.reprint_label.setBuddy(self.reprint_form)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DossierDialog)

        QMetaObject.connectSlotsByName(DossierDialog)
    # setupUi

    def retranslateUi(self, DossierDialog):
        DossierDialog.setWindowTitle(QCoreApplication.translate("DossierDialog", u"Dossier", None))
        ___qtablewidgetitem = self.timeline.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DossierDialog", u"When", None))
        ___qtablewidgetitem1 = self.timeline.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DossierDialog", u"Who", None))
        ___qtablewidgetitem2 = self.timeline.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DossierDialog", u"What", None))
        ___qtablewidgetitem3 = self.timeline.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DossierDialog", u"Details", None))
        self.tabs.setTabText(self.tabs.indexOf(self.timeline_tab), QCoreApplication.translate("DossierDialog", u"&History", None))
        ___qtablewidgetitem4 = self.documents.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DossierDialog", u"Document", None))
        ___qtablewidgetitem5 = self.documents.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DossierDialog", u"Originals", None))
        ___qtablewidgetitem6 = self.documents.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("DossierDialog", u"Certified copies", None))
        ___qtablewidgetitem7 = self.documents.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("DossierDialog", u"Copies", None))
        self.tabs.setTabText(self.tabs.indexOf(self.documents_tab), QCoreApplication.translate("DossierDialog", u"&Documents", None))
        self.actions_box.setTitle(QCoreApplication.translate("DossierDialog", u"Actions", None))
        self.reprint_label.setText(QCoreApplication.translate("DossierDialog", u"&Reprint:", None))
        self.reprint_button.setText(QCoreApplication.translate("DossierDialog", u"&Print", None))
    # retranslateUi

