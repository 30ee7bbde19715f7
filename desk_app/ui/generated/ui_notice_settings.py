# Generated from forms/notice_settings.ui by scripts/build_ui.py (pyside6-uic). Do not edit:
# change the .ui file in Qt Designer and run `python scripts/build_ui.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_settings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QLabel, QLineEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_NoticeSettingsDialog(object):
    def setupUi(self, NoticeSettingsDialog):
        if not NoticeSettingsDialog.objectName():
            NoticeSettingsDialog.setObjectName(u"NoticeSettingsDialog")
        NoticeSettingsDialog.resize(640, 640)
        self.layout = QVBoxLayout(NoticeSettingsDialog)
        self.layout.setObjectName(u"layout")
        self.kinds_box = QGroupBox(NoticeSettingsDialog)
        self.kinds_box.setObjectName(u"kinds_box")
        self.kinds_grid = QGridLayout(self.kinds_box)
        self.kinds_grid.setObjectName(u"kinds_grid")
        self.kind_received = QCheckBox(self.kinds_box)
        self.kind_received.setObjectName(u"kind_received")

        self.kinds_grid.addWidget(self.kind_received, 0, 0, 1, 1)

        self.kind_supplement = QCheckBox(self.kinds_box)
        self.kind_supplement.setObjectName(u"kind_supplement")

        self.kinds_grid.addWidget(self.kind_supplement, 0, 1, 1, 1)

        self.kind_result_ready = QCheckBox(self.kinds_box)
        self.kind_result_ready.setObjectName(u"kind_result_ready")

        self.kinds_grid.addWidget(self.kind_result_ready, 1, 0, 1, 1)

        self.kind_early_return = QCheckBox(self.kinds_box)
        self.kind_early_return.setObjectName(u"kind_early_return")

        self.kinds_grid.addWidget(self.kind_early_return, 1, 1, 1, 1)

        self.kind_apology = QCheckBox(self.kinds_box)
        self.kind_apology.setObjectName(u"kind_apology")

        self.kinds_grid.addWidget(self.kind_apology, 2, 0, 1, 1)

        self.kind_refused = QCheckBox(self.kinds_box)
        self.kind_refused.setObjectName(u"kind_refused")

        self.kinds_grid.addWidget(self.kind_refused, 2, 1, 1, 1)

        self.kind_stopped = QCheckBox(self.kinds_box)
        self.kind_stopped.setObjectName(u"kind_stopped")

        self.kinds_grid.addWidget(self.kind_stopped, 3, 0, 1, 1)


        self.layout.addWidget(self.kinds_box)

        self.mail_box = QGroupBox(NoticeSettingsDialog)
        self.mail_box.setObjectName(u"mail_box")
        self.mail_form = QFormLayout(self.mail_box)
        self.mail_form.setObjectName(u"mail_form")
        self.smtp_host_label = QLabel(self.mail_box)
        self.smtp_host_label.setObjectName(u"smtp_host_label")

        self.mail_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.smtp_host_label)

        self.smtp_host = QLineEdit(self.mail_box)
        self.smtp_host.setObjectName(u"smtp_host")
        self.smtp_host.setPlaceholderText(u"smtp.example.gov.vn")

        self.mail_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.smtp_host)

        self.smtp_port_label = QLabel(self.mail_box)
        self.smtp_port_label.setObjectName(u"smtp_port_label")

        self.mail_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.smtp_port_label)

        self.smtp_port = QSpinBox(self.mail_box)
        self.smtp_port.setObjectName(u"smtp_port")
        self.smtp_port.setMinimum(1)
        self.smtp_port.setMaximum(65535)

        self.mail_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.smtp_port)

        self.smtp_security_label = QLabel(self.mail_box)
        self.smtp_security_label.setObjectName(u"smtp_security_label")

        self.mail_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.smtp_security_label)

        self.smtp_security = QComboBox(self.mail_box)
        self.smtp_security.setObjectName(u"smtp_security")

        self.mail_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.smtp_security)

        self.smtp_user_label = QLabel(self.mail_box)
        self.smtp_user_label.setObjectName(u"smtp_user_label")

        self.mail_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.smtp_user_label)

        self.smtp_user = QLineEdit(self.mail_box)
        self.smtp_user.setObjectName(u"smtp_user")

        self.mail_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.smtp_user)

        self.smtp_password_label = QLabel(self.mail_box)
        self.smtp_password_label.setObjectName(u"smtp_password_label")

        self.mail_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.smtp_password_label)

        self.smtp_password = QLineEdit(self.mail_box)
        self.smtp_password.setObjectName(u"smtp_password")
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.mail_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.smtp_password)

        self.mail_from_label = QLabel(self.mail_box)
        self.mail_from_label.setObjectName(u"mail_from_label")

        self.mail_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.mail_from_label)

        self.mail_from = QLineEdit(self.mail_box)
        self.mail_from.setObjectName(u"mail_from")

        self.mail_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mail_from)


        self.layout.addWidget(self.mail_box)

        self.sms_box = QGroupBox(NoticeSettingsDialog)
        self.sms_box.setObjectName(u"sms_box")
        self.sms_form = QFormLayout(self.sms_box)
        self.sms_form.setObjectName(u"sms_form")
        self.sms_url_label = QLabel(self.sms_box)
        self.sms_url_label.setObjectName(u"sms_url_label")

        self.sms_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sms_url_label)

        self.sms_url = QLineEdit(self.sms_box)
        self.sms_url.setObjectName(u"sms_url")
        self.sms_url.setPlaceholderText(u"https://sms.example.vn/api/send")

        self.sms_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sms_url)

        self.sms_method_label = QLabel(self.sms_box)
        self.sms_method_label.setObjectName(u"sms_method_label")

        self.sms_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sms_method_label)

        self.sms_method = QComboBox(self.sms_box)
        self.sms_method.setObjectName(u"sms_method")

        self.sms_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sms_method)

        self.sms_headers_label = QLabel(self.sms_box)
        self.sms_headers_label.setObjectName(u"sms_headers_label")

        self.sms_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sms_headers_label)

        self.sms_headers = QLineEdit(self.sms_box)
        self.sms_headers.setObjectName(u"sms_headers")
        self.sms_headers.setEchoMode(QLineEdit.EchoMode.Password)

        self.sms_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sms_headers)

        self.sms_body_label = QLabel(self.sms_box)
        self.sms_body_label.setObjectName(u"sms_body_label")

        self.sms_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sms_body_label)

        self.sms_body = QLineEdit(self.sms_box)
        self.sms_body.setObjectName(u"sms_body")

        self.sms_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sms_body)

        self.sms_without_marks = QCheckBox(self.sms_box)
        self.sms_without_marks.setObjectName(u"sms_without_marks")

        self.sms_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.sms_without_marks)


        self.layout.addWidget(self.sms_box)

        self.other_box = QGroupBox(NoticeSettingsDialog)
        self.other_box.setObjectName(u"other_box")
        self.other_form = QFormLayout(self.other_box)
        self.other_form.setObjectName(u"other_form")
        self.satisfaction_target_label = QLabel(self.other_box)
        self.satisfaction_target_label.setObjectName(u"satisfaction_target_label")

        self.other_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.satisfaction_target_label)

        self.satisfaction_target = QSpinBox(self.other_box)
        self.satisfaction_target.setObjectName(u"satisfaction_target")
        self.satisfaction_target.setMinimum(1)
        self.satisfaction_target.setMaximum(100)

        self.other_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.satisfaction_target)

        self.postal_delivery_days_label = QLabel(self.other_box)
        self.postal_delivery_days_label.setObjectName(u"postal_delivery_days_label")

        self.other_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.postal_delivery_days_label)

        self.postal_delivery_days = QSpinBox(self.other_box)
        self.postal_delivery_days.setObjectName(u"postal_delivery_days")
        self.postal_delivery_days.setMinimum(1)
        self.postal_delivery_days.setMaximum(90)

        self.other_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.postal_delivery_days)


        self.layout.addWidget(self.other_box)

        self.message = QLabel(NoticeSettingsDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(NoticeSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.smtp_host_label.setBuddy(self.smtp_host)
        self.smtp_port_label.setBuddy(self.smtp_port)
        self.smtp_security_label.setBuddy(self.smtp_security)
        self.smtp_user_label.setBuddy(self.smtp_user)
        self.smtp_password_label.setBuddy(self.smtp_password)
        self.mail_from_label.setBuddy(self.mail_from)
        self.sms_url_label.setBuddy(self.sms_url)
        self.sms_method_label.setBuddy(self.sms_method)
        self.sms_headers_label.setBuddy(self.sms_headers)
        self.sms_body_label.setBuddy(self.sms_body)
        self.satisfaction_target_label.setBuddy(self.satisfaction_target)
        self.postal_delivery_days_label.setBuddy(self.postal_delivery_days)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoticeSettingsDialog)

        QMetaObject.connectSlotsByName(NoticeSettingsDialog)
    # setupUi

    def retranslateUi(self, NoticeSettingsDialog):
        NoticeSettingsDialog.setWindowTitle(QCoreApplication.translate("NoticeSettingsDialog", u"Notices, ratings and postal service", None))
        self.kinds_box.setTitle(QCoreApplication.translate("NoticeSettingsDialog", u"Notices sent to applicants", None))
        self.kind_received.setText(QCoreApplication.translate("NoticeSettingsDialog", u"Dossier &received", None))
        self.kind_supplement.setText(QCoreApplication.translate("NoticeSettingsDialog", u"&Supplement requested", None))
        self.kind_result_ready.setText(QCoreApplication.translate("NoticeSettingsDialog", u"Result &ready", None))
        self.kind_early_return.setText(QCoreApplication.translate("NoticeSettingsDialog", u"Result ready &early", None))
        self.kind_apology.setText(QCoreApplication.translate("NoticeSettingsDialog", u"&Apology, new appointment", None))
        self.kind_refused.setText(QCoreApplication.translate("NoticeSettingsDialog", u"Re&fused", None))
        self.kind_stopped.setText(QCoreApplication.translate("NoticeSettingsDialog", u"S&topped", None))
        self.mail_box.setTitle(QCoreApplication.translate("NoticeSettingsDialog", u"E-mail (SMTP)", None))
        self.smtp_host_label.setText(QCoreApplication.translate("NoticeSettingsDialog", u"Mail &server:", None))
        self.smtp_port_label.setText(QCoreApplication.translate("NoticeSettingsDialog", u"P&ort:", None))
        self.smtp_security_label.setText(QCoreApplication.translate("NoticeSettingsDialog", u"Se&curity:", None))
        self.smtp_user_label.setText(QCoreApplication.translate("NoticeSettingsDialog", u"Sign-in &name:", None))
        self.smtp_password_label.setText(QCoreApplication.translate("NoticeSettingsDialog", u"Pass&word:", None))
        self.mail_from_label.setText(QCoreApplication.translate("NoticeSettingsDialog", u"Sender a&ddress:", None))
        self.sms_box.setTitle(QCoreApplication.translate("NoticeSettingsDialog", u"Text messages (HTTP gateway)", None))
        self.sms_url_label.setText(QCoreApplication.translate("NoticeSettingsDialog", u"Gateway &URL:", None))
        self.sms_method_label.setText(QCoreApplication.translate("NoticeSettingsDialog", u"&Method:", None))
        self.sms_headers_label.setText(QCoreApplication.translate("NoticeSettingsDialog", u"&Headers (JSON):", None))
        self.sms_body_label.setText(QCoreApplication.translate("NoticeSettingsDialog", u"&Body template:", None))
        self.sms_without_marks.setText(QCoreApplication.translate("NoticeSettingsDialog", u"Send text messages &without diacritics (160 characters a message instead of 70)", None))
        self.other_box.setTitle(QCoreApplication.translate("NoticeSettingsDialog", u"Ratings and postal service", None))
        self.satisfaction_target_label.setText(QCoreApplication.translate("NoticeSettingsDialog", u"Satisfaction &target (%):", None))
        self.postal_delivery_days_label.setText(QCoreApplication.translate("NoticeSettingsDialog", u"Days before an undelivered &postal result is listed:", None))
    # retranslateUi

