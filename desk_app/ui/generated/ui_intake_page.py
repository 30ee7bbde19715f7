# Generated from forms/intake_page.ui by scripts/build_ui.py (pyside6-uic). Do not edit:
# change the .ui file in Qt Designer and run `python scripts/build_ui.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_IntakePage(object):
    def setupUi(self, IntakePage):
        if not IntakePage.objectName():
            IntakePage.setObjectName(u"IntakePage")
        IntakePage.resize(1180, 720)
        self.page_layout = QVBoxLayout(IntakePage)
        self.page_layout.setObjectName(u"page_layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.left = QVBoxLayout()
        self.left.setObjectName(u"left")
        self.procedure_label = QLabel(IntakePage)
        self.procedure_label.setObjectName(u"procedure_label")

        self.left.addWidget(self.procedure_label)

        self.procedure = QComboBox(IntakePage)
        self.procedure.setObjectName(u"procedure")
        self.procedure.setEditable(True)
        self.procedure.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.left.addWidget(self.procedure)

        self.procedure_info = QLabel(IntakePage)
        self.procedure_info.setObjectName(u"procedure_info")
        self.procedure_info.setWordWrap(True)

        self.left.addWidget(self.procedure_info)

        self.code_label = QLabel(IntakePage)
        self.code_label.setObjectName(u"code_label")

        self.left.addWidget(self.code_label)

        self.code = QLineEdit(IntakePage)
        self.code.setObjectName(u"code")

        self.left.addWidget(self.code)

        self.code_error = QLabel(IntakePage)
        self.code_error.setObjectName(u"code_error")
        self.code_error.setStyleSheet(u"color: #b71c1c;")
        self.code_error.setWordWrap(True)

        self.left.addWidget(self.code_error)

        self.documents_label = QLabel(IntakePage)
        self.documents_label.setObjectName(u"documents_label")

        self.left.addWidget(self.documents_label)

        self.documents = QTableWidget(IntakePage)
        if (self.documents.columnCount() < 4):
            self.documents.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.documents.setObjectName(u"documents")
        self.documents.setColumnCount(4)

        self.left.addWidget(self.documents)


        self.columns.addLayout(self.left)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.applicant_box = QGroupBox(IntakePage)
        self.applicant_box.setObjectName(u"applicant_box")
        self.applicant_form = QFormLayout(self.applicant_box)
        self.applicant_form.setObjectName(u"applicant_form")
        self.kind_label = QLabel(self.applicant_box)
        self.kind_label.setObjectName(u"kind_label")

        self.applicant_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.applicant_kind = QComboBox(self.applicant_box)
        self.applicant_kind.setObjectName(u"applicant_kind")

        self.applicant_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.applicant_kind)

        self.name_label = QLabel(self.applicant_box)
        self.name_label.setObjectName(u"name_label")

        self.applicant_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.applicant_name = QLineEdit(self.applicant_box)
        self.applicant_name.setObjectName(u"applicant_name")

        self.applicant_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.applicant_name)

        self.applicant_name_error = QLabel(self.applicant_box)
        self.applicant_name_error.setObjectName(u"applicant_name_error")
        self.applicant_name_error.setStyleSheet(u"color: #b71c1c;")
        self.applicant_name_error.setWordWrap(True)

        self.applicant_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.applicant_name_error)

        self.id_label = QLabel(self.applicant_box)
        self.id_label.setObjectName(u"id_label")

        self.applicant_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.id_label)

        self.applicant_id_no = QLineEdit(self.applicant_box)
        self.applicant_id_no.setObjectName(u"applicant_id_no")

        self.applicant_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.applicant_id_no)

        self.applicant_id_no_error = QLabel(self.applicant_box)
        self.applicant_id_no_error.setObjectName(u"applicant_id_no_error")
        self.applicant_id_no_error.setStyleSheet(u"color: #b71c1c;")
        self.applicant_id_no_error.setWordWrap(True)

        self.applicant_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.applicant_id_no_error)

        self.address_label = QLabel(self.applicant_box)
        self.address_label.setObjectName(u"address_label")

        self.applicant_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(self.applicant_box)
        self.address.setObjectName(u"address")

        self.applicant_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address)

        self.phone_label = QLabel(self.applicant_box)
        self.phone_label.setObjectName(u"phone_label")

        self.applicant_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.applicant_box)
        self.phone.setObjectName(u"phone")

        self.applicant_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phone_error = QLabel(self.applicant_box)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setStyleSheet(u"color: #b71c1c;")
        self.phone_error.setWordWrap(True)

        self.applicant_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phone_error)

        self.email_label = QLabel(self.applicant_box)
        self.email_label.setObjectName(u"email_label")

        self.applicant_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(self.applicant_box)
        self.email.setObjectName(u"email")

        self.applicant_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.email)

        self.email_error = QLabel(self.applicant_box)
        self.email_error.setObjectName(u"email_error")
        self.email_error.setStyleSheet(u"color: #b71c1c;")
        self.email_error.setWordWrap(True)

        self.applicant_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.email_error)


        self.right.addWidget(self.applicant_box)

        self.delivery_box = QGroupBox(IntakePage)
        self.delivery_box.setObjectName(u"delivery_box")
        self.delivery_form = QFormLayout(self.delivery_box)
        self.delivery_form.setObjectName(u"delivery_form")
        self.channel_label = QLabel(self.delivery_box)
        self.channel_label.setObjectName(u"channel_label")

        self.delivery_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel = QComboBox(self.delivery_box)
        self.channel.setObjectName(u"channel")

        self.delivery_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channel)

        self.return_label = QLabel(self.delivery_box)
        self.return_label.setObjectName(u"return_label")

        self.delivery_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.return_label)

        self.return_method = QComboBox(self.delivery_box)
        self.return_method.setObjectName(u"return_method")

        self.delivery_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.return_method)

        self.return_address_label = QLabel(self.delivery_box)
        self.return_address_label.setObjectName(u"return_address_label")

        self.delivery_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.return_address_label)

        self.return_address = QLineEdit(self.delivery_box)
        self.return_address.setObjectName(u"return_address")

        self.delivery_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.return_address)

        self.return_address_error = QLabel(self.delivery_box)
        self.return_address_error.setObjectName(u"return_address_error")
        self.return_address_error.setStyleSheet(u"color: #b71c1c;")
        self.return_address_error.setWordWrap(True)

        self.delivery_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.return_address_error)

        self.sets_label = QLabel(self.delivery_box)
        self.sets_label.setObjectName(u"sets_label")

        self.delivery_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sets_label)

        self.sets_count = QSpinBox(self.delivery_box)
        self.sets_count.setObjectName(u"sets_count")
        self.sets_count.setMinimum(1)
        self.sets_count.setMaximum(99)

        self.delivery_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sets_count)

        self.sets_count_error = QLabel(self.delivery_box)
        self.sets_count_error.setObjectName(u"sets_count_error")
        self.sets_count_error.setStyleSheet(u"color: #b71c1c;")
        self.sets_count_error.setWordWrap(True)

        self.delivery_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sets_count_error)

        self.note_label = QLabel(self.delivery_box)
        self.note_label.setObjectName(u"note_label")

        self.delivery_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note = QLineEdit(self.delivery_box)
        self.note.setObjectName(u"note")

        self.delivery_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note)

        self.incoming_tracking_label = QLabel(self.delivery_box)
        self.incoming_tracking_label.setObjectName(u"incoming_tracking_label")

        self.delivery_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.incoming_tracking_label)

        self.incoming_tracking = QLineEdit(self.delivery_box)
        self.incoming_tracking.setObjectName(u"incoming_tracking")
        self.incoming_tracking.setPlaceholderText(u"EE123456785VN")

        self.delivery_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.incoming_tracking)

        self.incoming_tracking_error = QLabel(self.delivery_box)
        self.incoming_tracking_error.setObjectName(u"incoming_tracking_error")
        self.incoming_tracking_error.setStyleSheet(u"color: #b71c1c;")
        self.incoming_tracking_error.setWordWrap(True)

        self.delivery_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.incoming_tracking_error)

        self.notify = QCheckBox(self.delivery_box)
        self.notify.setObjectName(u"notify")
        self.notify.setChecked(True)

        self.delivery_form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.notify)


        self.right.addWidget(self.delivery_box)

        self.appointment_box = QGroupBox(IntakePage)
        self.appointment_box.setObjectName(u"appointment_box")
        self.appointment_layout = QVBoxLayout(self.appointment_box)
        self.appointment_layout.setObjectName(u"appointment_layout")
        self.appointment = QLabel(self.appointment_box)
        self.appointment.setObjectName(u"appointment")
        self.appointment.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.appointment_layout.addWidget(self.appointment)

        self.appointment_reason = QLabel(self.appointment_box)
        self.appointment_reason.setObjectName(u"appointment_reason")
        self.appointment_reason.setWordWrap(True)

        self.appointment_layout.addWidget(self.appointment_reason)


        self.right.addWidget(self.appointment_box)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right.addItem(self.right_spacer)


        self.columns.addLayout(self.right)


        self.page_layout.addLayout(self.columns)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.save_print = QPushButton(IntakePage)
        self.save_print.setObjectName(u"save_print")

        self.buttons.addWidget(self.save_print)

        self.supplement_button = QPushButton(IntakePage)
        self.supplement_button.setObjectName(u"supplement_button")

        self.buttons.addWidget(self.supplement_button)

        self.refusal_button = QPushButton(IntakePage)
        self.refusal_button.setObjectName(u"refusal_button")

        self.buttons.addWidget(self.refusal_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttons_spacer)

        self.clear_button = QPushButton(IntakePage)
        self.clear_button.setObjectName(u"clear_button")

        self.buttons.addWidget(self.clear_button)


        self.page_layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.procedure_label.setBuddy(self.procedure)
        self.code_label.setBuddy(self.code)
        self.documents_label.setBuddy(self.documents)
        self.kind_label.setBuddy(self.applicant_kind)
        self.name_label.setBuddy(self.applicant_name)
        self.id_label.setBuddy(self.applicant_id_no)
        self.address_label.setBuddy(self.address)
        self.phone_label.setBuddy(self.phone)
        self.email_label.setBuddy(self.email)
        self.channel_label.setBuddy(self.channel)
        self.return_label.setBuddy(self.return_method)
        self.return_address_label.setBuddy(self.return_address)
        self.sets_label.setBuddy(self.sets_count)
        self.note_label.setBuddy(self.note)
        self.incoming_tracking_label.setBuddy(self.incoming_tracking)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.procedure, self.code)
        QWidget.setTabOrder(self.code, self.documents)
        QWidget.setTabOrder(self.documents, self.applicant_kind)
        QWidget.setTabOrder(self.applicant_kind, self.applicant_name)
        QWidget.setTabOrder(self.applicant_name, self.applicant_id_no)
        QWidget.setTabOrder(self.applicant_id_no, self.address)
        QWidget.setTabOrder(self.address, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.channel)
        QWidget.setTabOrder(self.channel, self.return_method)
        QWidget.setTabOrder(self.return_method, self.return_address)
        QWidget.setTabOrder(self.return_address, self.sets_count)
        QWidget.setTabOrder(self.sets_count, self.note)
        QWidget.setTabOrder(self.note, self.save_print)
        QWidget.setTabOrder(self.save_print, self.supplement_button)
        QWidget.setTabOrder(self.supplement_button, self.refusal_button)
        QWidget.setTabOrder(self.refusal_button, self.clear_button)

        self.retranslateUi(IntakePage)

        QMetaObject.connectSlotsByName(IntakePage)
    # setupUi

    def retranslateUi(self, IntakePage):
        self.procedure_label.setText(QCoreApplication.translate("IntakePage", u"Pr&ocedure (type a code or words of the name):", None))
#if QT_CONFIG(tooltip)
        self.procedure.setToolTip(QCoreApplication.translate("IntakePage", u"Type a code or words of the name, with or without diacritics", None))
#endif // QT_CONFIG(tooltip)
        self.procedure_info.setText("")
        self.code_label.setText(QCoreApplication.translate("IntakePage", u"Dossier &code issued by the provincial system:", None))
#if QT_CONFIG(tooltip)
        self.code.setToolTip(QCoreApplication.translate("IntakePage", u"Type or scan the code, e.g. 000.17.22.H56-261123-0001", None))
#endif // QT_CONFIG(tooltip)
        self.documents_label.setText(QCoreApplication.translate("IntakePage", u"Documents recei&ved (tick and count):", None))
        ___qtablewidgetitem = self.documents.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("IntakePage", u"Document", None))
        ___qtablewidgetitem1 = self.documents.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("IntakePage", u"Originals", None))
        ___qtablewidgetitem2 = self.documents.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("IntakePage", u"Certified copies", None))
        ___qtablewidgetitem3 = self.documents.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("IntakePage", u"Copies", None))
        self.applicant_box.setTitle(QCoreApplication.translate("IntakePage", u"Applicant", None))
        self.kind_label.setText(QCoreApplication.translate("IntakePage", u"Applicant t&ype:", None))
        self.name_label.setText(QCoreApplication.translate("IntakePage", u"&Name:", None))
#if QT_CONFIG(tooltip)
        self.applicant_name.setToolTip(QCoreApplication.translate("IntakePage", u"Person or organisation, as on the identity paper", None))
#endif // QT_CONFIG(tooltip)
        self.id_label.setText(QCoreApplication.translate("IntakePage", u"&Citizen ID / tax code:", None))
#if QT_CONFIG(tooltip)
        self.applicant_id_no.setToolTip(QCoreApplication.translate("IntakePage", u"12-digit citizen ID, or a 10-digit tax code (10-3 for a branch)", None))
#endif // QT_CONFIG(tooltip)
        self.address_label.setText(QCoreApplication.translate("IntakePage", u"A&ddress:", None))
        self.phone_label.setText(QCoreApplication.translate("IntakePage", u"Phon&e:", None))
        self.email_label.setText(QCoreApplication.translate("IntakePage", u"E&mail:", None))
        self.delivery_box.setTitle(QCoreApplication.translate("IntakePage", u"Channel and result", None))
        self.channel_label.setText(QCoreApplication.translate("IntakePage", u"Channe&l:", None))
        self.return_label.setText(QCoreApplication.translate("IntakePage", u"&Result by:", None))
        self.return_address_label.setText(QCoreApplication.translate("IntakePage", u"Postal &address:", None))
        self.sets_label.setText(QCoreApplication.translate("IntakePage", u"Num&ber of sets:", None))
        self.note_label.setText(QCoreApplication.translate("IntakePage", u"No&te:", None))
        self.incoming_tracking_label.setText(QCoreApplication.translate("IntakePage", u"Postal &item no.:", None))
#if QT_CONFIG(tooltip)
        self.incoming_tracking.setToolTip(QCoreApplication.translate("IntakePage", u"The number of the postal item the dossier came in (dossiers received by post)", None))
#endif // QT_CONFIG(tooltip)
        self.notify.setText(QCoreApplication.translate("IntakePage", u"Applicant a&grees to be told by text message or e-mail", None))
        self.appointment_box.setTitle(QCoreApplication.translate("IntakePage", u"Appointment", None))
        self.appointment.setText("")
        self.appointment_reason.setText("")
        self.save_print.setText(QCoreApplication.translate("IntakePage", u"Save and &print", None))
#if QT_CONFIG(tooltip)
        self.save_print.setToolTip(QCoreApplication.translate("IntakePage", u"Register the dossier and print the receipt (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.supplement_button.setText(QCoreApplication.translate("IntakePage", u"Request to supplement (form 0&2)...", None))
#if QT_CONFIG(tooltip)
        self.supplement_button.setToolTip(QCoreApplication.translate("IntakePage", u"Incomplete dossier: print what is missing, without registering", None))
#endif // QT_CONFIG(tooltip)
        self.refusal_button.setText(QCoreApplication.translate("IntakePage", u"Ref&use (form 03)...", None))
#if QT_CONFIG(tooltip)
        self.refusal_button.setToolTip(QCoreApplication.translate("IntakePage", u"Print a refusal, without registering", None))
#endif // QT_CONFIG(tooltip)
        self.clear_button.setText(QCoreApplication.translate("IntakePage", u"Ne&w applicant", None))
#if QT_CONFIG(tooltip)
        self.clear_button.setToolTip(QCoreApplication.translate("IntakePage", u"Clear the form (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.clear_button.setShortcut(QCoreApplication.translate("IntakePage", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        pass
    # retranslateUi

