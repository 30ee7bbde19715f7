# Generated from forms/agency_dialog.ui by scripts/build_ui.py (pyside6-uic). Do not edit:
# change the .ui file in Qt Designer and run `python scripts/build_ui.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agency_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_AgencyDialog(object):
    def setupUi(self, AgencyDialog):
        if not AgencyDialog.objectName():
            AgencyDialog.setObjectName(u"AgencyDialog")
        AgencyDialog.resize(520, 300)
        self.dialog_layout = QVBoxLayout(AgencyDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(AgencyDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(AgencyDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(AgencyDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.name_error = QLabel(AgencyDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setStyleSheet(u"color: #b71c1c;")
        self.name_error.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.place_name_label = QLabel(AgencyDialog)
        self.place_name_label.setObjectName(u"place_name_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.place_name_label)

        self.place_name = QLineEdit(AgencyDialog)
        self.place_name.setObjectName(u"place_name")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place_name)

        self.place_name_error = QLabel(AgencyDialog)
        self.place_name_error.setObjectName(u"place_name_error")
        self.place_name_error.setStyleSheet(u"color: #b71c1c;")
        self.place_name_error.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place_name_error)

        self.unit_code_label = QLabel(AgencyDialog)
        self.unit_code_label.setObjectName(u"unit_code_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unit_code_label)

        self.unit_code = QLineEdit(AgencyDialog)
        self.unit_code.setObjectName(u"unit_code")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unit_code)

        self.unit_code_error = QLabel(AgencyDialog)
        self.unit_code_error.setObjectName(u"unit_code_error")
        self.unit_code_error.setStyleSheet(u"color: #b71c1c;")
        self.unit_code_error.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unit_code_error)


        self.dialog_layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(AgencyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.place_name_label.setBuddy(self.place_name)
        self.unit_code_label.setBuddy(self.unit_code)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.place_name)
        QWidget.setTabOrder(self.place_name, self.unit_code)

        self.retranslateUi(AgencyDialog)

        QMetaObject.connectSlotsByName(AgencyDialog)
    # setupUi

    def retranslateUi(self, AgencyDialog):
        AgencyDialog.setWindowTitle(QCoreApplication.translate("AgencyDialog", u"The agency", None))
        self.intro.setText(QCoreApplication.translate("AgencyDialog", u"Before the first dossier: the agency's name, its province and the unit identifier the province assigned to it. Every dossier code carries that identifier.", None))
        self.name_label.setText(QCoreApplication.translate("AgencyDialog", u"Agency &name:", None))
        self.place_name_label.setText(QCoreApplication.translate("AgencyDialog", u"&Province:", None))
        self.unit_code_label.setText(QCoreApplication.translate("AgencyDialog", u"&Unit identifier:", None))
#if QT_CONFIG(tooltip)
        self.unit_code.setToolTip(QCoreApplication.translate("AgencyDialog", u"As assigned by the province, e.g. 000.17.22.H56", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

