# Generated from forms/settings_page.ui by scripts/build_ui.py (pyside6-uic). Do not edit:
# change the .ui file in Qt Designer and run `python scripts/build_ui.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(900, 700)
        self.page_layout = QVBoxLayout(SettingsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(SettingsPage)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(SettingsPage)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.parent_agency_label = QLabel(SettingsPage)
        self.parent_agency_label.setObjectName(u"parent_agency_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parent_agency_label)

        self.parent_agency = QLineEdit(SettingsPage)
        self.parent_agency.setObjectName(u"parent_agency")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parent_agency)

        self.desk_name_label = QLabel(SettingsPage)
        self.desk_name_label.setObjectName(u"desk_name_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.desk_name_label)

        self.desk_name = QLineEdit(SettingsPage)
        self.desk_name.setObjectName(u"desk_name")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.desk_name)

        self.unit_code_label = QLabel(SettingsPage)
        self.unit_code_label.setObjectName(u"unit_code_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unit_code_label)

        self.unit_code = QLineEdit(SettingsPage)
        self.unit_code.setObjectName(u"unit_code")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unit_code)

        self.address_label = QLabel(SettingsPage)
        self.address_label.setObjectName(u"address_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(SettingsPage)
        self.address.setObjectName(u"address")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address)

        self.phone_label = QLabel(SettingsPage)
        self.phone_label.setObjectName(u"phone_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(SettingsPage)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone)

        self.place_name_label = QLabel(SettingsPage)
        self.place_name_label.setObjectName(u"place_name_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.place_name_label)

        self.place_name = QLineEdit(SettingsPage)
        self.place_name.setObjectName(u"place_name")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.place_name)

        self.warning_days_label = QLabel(SettingsPage)
        self.warning_days_label.setObjectName(u"warning_days_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.warning_days_label)

        self.warning_days = QSpinBox(SettingsPage)
        self.warning_days.setObjectName(u"warning_days")
        self.warning_days.setMaximum(999)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.warning_days)

        self.paused_warning_days_label = QLabel(SettingsPage)
        self.paused_warning_days_label.setObjectName(u"paused_warning_days_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.paused_warning_days_label)

        self.paused_warning_days = QSpinBox(SettingsPage)
        self.paused_warning_days.setObjectName(u"paused_warning_days")
        self.paused_warning_days.setMaximum(999)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.paused_warning_days)

        self.lookup_url_label = QLabel(SettingsPage)
        self.lookup_url_label.setObjectName(u"lookup_url_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.lookup_url_label)

        self.lookup_url = QLineEdit(SettingsPage)
        self.lookup_url.setObjectName(u"lookup_url")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.lookup_url)

        self.paper_label = QLabel(SettingsPage)
        self.paper_label.setObjectName(u"paper_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.paper_label)

        self.paper = QComboBox(SettingsPage)
        self.paper.setObjectName(u"paper")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.paper)

        self.print_directly = QCheckBox(SettingsPage)
        self.print_directly.setObjectName(u"print_directly")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.print_directly)

        self.backup_folder_label = QLabel(SettingsPage)
        self.backup_folder_label.setObjectName(u"backup_folder_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.backup_folder_label)

        self.backup_folder = QLineEdit(SettingsPage)
        self.backup_folder.setObjectName(u"backup_folder")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.backup_folder)

        self.backup_keep_label = QLabel(SettingsPage)
        self.backup_keep_label.setObjectName(u"backup_keep_label")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.backup_keep_label)

        self.backup_keep = QSpinBox(SettingsPage)
        self.backup_keep.setObjectName(u"backup_keep")
        self.backup_keep.setMaximum(999)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.backup_keep)

        self.idle_lock_minutes_label = QLabel(SettingsPage)
        self.idle_lock_minutes_label.setObjectName(u"idle_lock_minutes_label")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.idle_lock_minutes_label)

        self.idle_lock_minutes = QSpinBox(SettingsPage)
        self.idle_lock_minutes.setObjectName(u"idle_lock_minutes")
        self.idle_lock_minutes.setMaximum(999)

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.idle_lock_minutes)

        self.unsupplemented_days_label = QLabel(SettingsPage)
        self.unsupplemented_days_label.setObjectName(u"unsupplemented_days_label")

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.unsupplemented_days_label)

        self.unsupplemented_days = QSpinBox(SettingsPage)
        self.unsupplemented_days.setObjectName(u"unsupplemented_days")
        self.unsupplemented_days.setMinimum(1)
        self.unsupplemented_days.setMaximum(90)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.unsupplemented_days)

        self.report_cutoff_label = QLabel(SettingsPage)
        self.report_cutoff_label.setObjectName(u"report_cutoff_label")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.report_cutoff_label)

        self.report_cutoff = QComboBox(SettingsPage)
        self.report_cutoff.setObjectName(u"report_cutoff")

        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.report_cutoff)

        self.code_source_label = QLabel(SettingsPage)
        self.code_source_label.setObjectName(u"code_source_label")

        self.form.setWidget(17, QFormLayout.ItemRole.LabelRole, self.code_source_label)

        self.code_source = QComboBox(SettingsPage)
        self.code_source.setObjectName(u"code_source")

        self.form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.code_source)


        self.page_layout.addLayout(self.form)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.save_button = QPushButton(SettingsPage)
        self.save_button.setObjectName(u"save_button")

        self.buttons.addWidget(self.save_button)

        self.message = QLabel(SettingsPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.buttons.addWidget(self.message)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)


        self.page_layout.addLayout(self.buttons)

        self.bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.bottom)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.parent_agency_label.setBuddy(self.parent_agency)
        self.desk_name_label.setBuddy(self.desk_name)
        self.unit_code_label.setBuddy(self.unit_code)
        self.address_label.setBuddy(self.address)
        self.phone_label.setBuddy(self.phone)
        self.place_name_label.setBuddy(self.place_name)
        self.warning_days_label.setBuddy(self.warning_days)
        self.paused_warning_days_label.setBuddy(self.paused_warning_days)
        self.lookup_url_label.setBuddy(self.lookup_url)
        self.paper_label.setBuddy(self.paper)
        self.backup_folder_label.setBuddy(self.backup_folder)
        self.backup_keep_label.setBuddy(self.backup_keep)
        self.idle_lock_minutes_label.setBuddy(self.idle_lock_minutes)
        self.unsupplemented_days_label.setBuddy(self.unsupplemented_days)
        self.report_cutoff_label.setBuddy(self.report_cutoff)
        self.code_source_label.setBuddy(self.code_source)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.name_label.setText(QCoreApplication.translate("SettingsPage", u"Agency &name:", None))
        self.parent_agency_label.setText(QCoreApplication.translate("SettingsPage", u"&Parent agency:", None))
        self.desk_name_label.setText(QCoreApplication.translate("SettingsPage", u"&Desk name:", None))
        self.unit_code_label.setText(QCoreApplication.translate("SettingsPage", u"&Unit identifier code:", None))
        self.address_label.setText(QCoreApplication.translate("SettingsPage", u"&Address:", None))
        self.phone_label.setText(QCoreApplication.translate("SettingsPage", u"Phon&e:", None))
        self.place_name_label.setText(QCoreApplication.translate("SettingsPage", u"Place for da&tes:", None))
        self.warning_days_label.setText(QCoreApplication.translate("SettingsPage", u"&Warn this many working days before:", None))
        self.paused_warning_days_label.setText(QCoreApplication.translate("SettingsPage", u"Waitin&g for a supplement longer than (days):", None))
        self.lookup_url_label.setText(QCoreApplication.translate("SettingsPage", u"&Lookup address for the QR code:", None))
        self.paper_label.setText(QCoreApplication.translate("SettingsPage", u"Receipt pape&r:", None))
        self.print_directly.setText(QCoreApplication.translate("SettingsPage", u"Print d&irectly to the default printer", None))
        self.backup_folder_label.setText(QCoreApplication.translate("SettingsPage", u"&Backup folder:", None))
        self.backup_keep_label.setText(QCoreApplication.translate("SettingsPage", u"Backups &kept:", None))
        self.idle_lock_minutes_label.setText(QCoreApplication.translate("SettingsPage", u"Lock the window after (&minutes idle, 0 = never):", None))
        self.unsupplemented_days_label.setText(QCoreApplication.translate("SettingsPage", u"Time to supplement before the papers go back (da&ys, Decree 118/2025):", None))
        self.report_cutoff_label.setText(QCoreApplication.translate("SettingsPage", u"Rep&orting periods:", None))
        self.code_source_label.setText(QCoreApplication.translate("SettingsPage", u"Dossier &codes:", None))
        self.save_button.setText(QCoreApplication.translate("SettingsPage", u"Sa&ve settings", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("SettingsPage", u"Check and store the settings (administrators)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

