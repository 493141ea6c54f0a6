# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'beheer_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_BeheerDialog(object):
    def setupUi(self, BeheerDialog):
        if not BeheerDialog.objectName():
            BeheerDialog.setObjectName(u"BeheerDialog")
        BeheerDialog.resize(760, 440)
        self.layout = QVBoxLayout(BeheerDialog)
        self.layout.setObjectName(u"layout")
        self.lijst = QTableView(BeheerDialog)
        self.lijst.setObjectName(u"lijst")
        self.lijst.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.lijst.setAlternatingRowColors(True)
        self.lijst.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.lijst.setWordWrap(True)
        self.lijst.setTabKeyNavigation(False)
        self.lijst.horizontalHeader().setStretchLastSection(True)
        self.lijst.verticalHeader().setVisible(False)

        self.layout.addWidget(self.lijst)

        self.knoppen = QHBoxLayout()
        self.knoppen.setObjectName(u"knoppen")
        self.nieuwKnop = QPushButton(BeheerDialog)
        self.nieuwKnop.setObjectName(u"nieuwKnop")

        self.knoppen.addWidget(self.nieuwKnop)

        self.wijzigKnop = QPushButton(BeheerDialog)
        self.wijzigKnop.setObjectName(u"wijzigKnop")

        self.knoppen.addWidget(self.wijzigKnop)

        self.sp = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.knoppen.addItem(self.sp)

        self.buttonBox = QDialogButtonBox(BeheerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.knoppen.addWidget(self.buttonBox)


        self.layout.addLayout(self.knoppen)


        self.retranslateUi(BeheerDialog)

        QMetaObject.connectSlotsByName(BeheerDialog)
    # setupUi

    def retranslateUi(self, BeheerDialog):
        BeheerDialog.setWindowTitle(QCoreApplication.translate("BeheerDialog", u"Beheer", None))
#if QT_CONFIG(accessibility)
        self.lijst.setAccessibleName(QCoreApplication.translate("BeheerDialog", u"Lijst", None))
#endif // QT_CONFIG(accessibility)
        self.nieuwKnop.setText(QCoreApplication.translate("BeheerDialog", u"&Nieuw\u2026 (Ctrl+N)", None))
        self.wijzigKnop.setText(QCoreApplication.translate("BeheerDialog", u"&Wijzigen\u2026 (Enter)", None))
    # retranslateUi

