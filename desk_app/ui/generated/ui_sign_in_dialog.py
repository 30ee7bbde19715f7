# Generated from forms/sign_in_dialog.ui by scripts/build_ui.py (pyside6-uic). Do not edit:
# change the .ui file in Qt Designer and run `python scripts/build_ui.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_dialog.ui'
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

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(420, 260)
        self.dialog_layout = QVBoxLayout(SignInDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(SignInDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.username_label = QLabel(SignInDialog)
        self.username_label.setObjectName(u"username_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(SignInDialog)
        self.username.setObjectName(u"username")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.full_name_label = QLabel(SignInDialog)
        self.full_name_label.setObjectName(u"full_name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name = QLineEdit(SignInDialog)
        self.full_name.setObjectName(u"full_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.password_label = QLabel(SignInDialog)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(SignInDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeat_label = QLabel(SignInDialog)
        self.repeat_label.setObjectName(u"repeat_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeat_label)

        self.repeat = QLineEdit(SignInDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.dialog_layout.addLayout(self.form)

        self.message = QLabel(SignInDialog)
        self.message.setObjectName(u"message")
        self.message.setStyleSheet(u"color: #b71c1c;")
        self.message.setWordWrap(True)

        self.dialog_layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(SignInDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username)
        self.full_name_label.setBuddy(self.full_name)
        self.password_label.setBuddy(self.password)
        self.repeat_label.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.full_name)
        QWidget.setTabOrder(self.full_name, self.password)
        QWidget.setTabOrder(self.password, self.repeat)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in", None))
        self.intro.setText(QCoreApplication.translate("SignInDialog", u"Sign in to the reception desk.", None))
        self.username_label.setText(QCoreApplication.translate("SignInDialog", u"&User name:", None))
        self.full_name_label.setText(QCoreApplication.translate("SignInDialog", u"&Full name:", None))
        self.password_label.setText(QCoreApplication.translate("SignInDialog", u"&Password:", None))
        self.repeat_label.setText(QCoreApplication.translate("SignInDialog", u"&Repeat password:", None))
    # retranslateUi

