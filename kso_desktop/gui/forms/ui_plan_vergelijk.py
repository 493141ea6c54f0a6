# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_vergelijk.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_PlanVergelijkDialog(object):
    def setupUi(self, PlanVergelijkDialog):
        if not PlanVergelijkDialog.objectName():
            PlanVergelijkDialog.setObjectName(u"PlanVergelijkDialog")
        PlanVergelijkDialog.resize(920, 640)
        self.dialogLayout = QVBoxLayout(PlanVergelijkDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.keuzeRij = QHBoxLayout()
        self.keuzeRij.setSpacing(8)
        self.keuzeRij.setObjectName(u"keuzeRij")
        self.lbl_oud = QLabel(PlanVergelijkDialog)
        self.lbl_oud.setObjectName(u"lbl_oud")

        self.keuzeRij.addWidget(self.lbl_oud)

        self.oud = QComboBox(PlanVergelijkDialog)
        self.oud.setObjectName(u"oud")
        self.oud.setMinimumSize(QSize(280, 0))

        self.keuzeRij.addWidget(self.oud)

        self.lbl_nieuw = QLabel(PlanVergelijkDialog)
        self.lbl_nieuw.setObjectName(u"lbl_nieuw")

        self.keuzeRij.addWidget(self.lbl_nieuw)

        self.nieuw = QComboBox(PlanVergelijkDialog)
        self.nieuw.setObjectName(u"nieuw")
        self.nieuw.setMinimumSize(QSize(280, 0))

        self.keuzeRij.addWidget(self.nieuw)

        self.keuzeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keuzeRij.addItem(self.keuzeSpacer)


        self.dialogLayout.addLayout(self.keuzeRij)

        self.legenda = QLabel(PlanVergelijkDialog)
        self.legenda.setObjectName(u"legenda")
        self.legenda.setWordWrap(True)

        self.dialogLayout.addWidget(self.legenda)

        self.tekst = QTextBrowser(PlanVergelijkDialog)
        self.tekst.setObjectName(u"tekst")
        self.tekst.setOpenLinks(False)

        self.dialogLayout.addWidget(self.tekst)

        self.buttonBox = QDialogButtonBox(PlanVergelijkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lbl_oud.setBuddy(self.oud)
        self.lbl_nieuw.setBuddy(self.nieuw)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oud, self.nieuw)
        QWidget.setTabOrder(self.nieuw, self.tekst)
        QWidget.setTabOrder(self.tekst, self.buttonBox)

        self.retranslateUi(PlanVergelijkDialog)

        QMetaObject.connectSlotsByName(PlanVergelijkDialog)
    # setupUi

    def retranslateUi(self, PlanVergelijkDialog):
        PlanVergelijkDialog.setWindowTitle(QCoreApplication.translate("PlanVergelijkDialog", u"Versies vergelijken", None))
        self.lbl_oud.setText(QCoreApplication.translate("PlanVergelijkDialog", u"&Van:", None))
#if QT_CONFIG(accessibility)
        self.oud.setAccessibleName(QCoreApplication.translate("PlanVergelijkDialog", u"Oude versie", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_nieuw.setText(QCoreApplication.translate("PlanVergelijkDialog", u"&Naar:", None))
#if QT_CONFIG(accessibility)
        self.nieuw.setAccessibleName(QCoreApplication.translate("PlanVergelijkDialog", u"Nieuwe versie", None))
#endif // QT_CONFIG(accessibility)
        self.legenda.setText("")
#if QT_CONFIG(accessibility)
        self.tekst.setAccessibleName(QCoreApplication.translate("PlanVergelijkDialog", u"Verschillen tussen de versies", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

