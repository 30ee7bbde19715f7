# Generated from forms/catalogue_page.ui by scripts/build_ui.py (pyside6-uic). Do not edit:
# change the .ui file in Qt Designer and run `python scripts/build_ui.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalogue_page.ui'
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

class Ui_CataloguePage(object):
    def setupUi(self, CataloguePage):
        if not CataloguePage.objectName():
            CataloguePage.setObjectName(u"CataloguePage")
        CataloguePage.resize(1180, 720)
        self.page_layout = QVBoxLayout(CataloguePage)
        self.page_layout.setObjectName(u"page_layout")
        self.intro = QLabel(CataloguePage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.page_layout.addWidget(self.intro)

        self.procedures = QTreeWidget(CataloguePage)
        self.procedures.setObjectName(u"procedures")
        self.procedures.setAlternatingRowColors(True)
        self.procedures.setColumnCount(5)

        self.page_layout.addWidget(self.procedures)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.import_button = QPushButton(CataloguePage)
        self.import_button.setObjectName(u"import_button")

        self.buttons.addWidget(self.import_button)

        self.export_button = QPushButton(CataloguePage)
        self.export_button.setObjectName(u"export_button")

        self.buttons.addWidget(self.export_button)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.message = QLabel(CataloguePage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.buttons.addWidget(self.message)


        self.page_layout.addLayout(self.buttons)


        self.retranslateUi(CataloguePage)

        QMetaObject.connectSlotsByName(CataloguePage)
    # setupUi

    def retranslateUi(self, CataloguePage):
        self.intro.setText(QCoreApplication.translate("CataloguePage", u"The agency's procedures by field. Procedures marked as samples must be checked against the national procedure database before real use.", None))
        ___qtreewidgetitem = self.procedures.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("CataloguePage", u"Internal process (budget per step)", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("CataloguePage", u"Handled by", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CataloguePage", u"Fee", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CataloguePage", u"Time limit", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CataloguePage", u"Code", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CataloguePage", u"Field, procedure", None))
        self.import_button.setText(QCoreApplication.translate("CataloguePage", u"&Import...", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("CataloguePage", u"Create or update procedures from a CSV or XLSX file (all or nothing)", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("CataloguePage", u"&Export...", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("CataloguePage", u"Save the catalogue as CSV or XLSX", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

