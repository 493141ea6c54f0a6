# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'correcties_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CorrectiesTab(object):
    def setupUi(self, CorrectiesTab):
        if not CorrectiesTab.objectName():
            CorrectiesTab.setObjectName(u"CorrectiesTab")
        CorrectiesTab.resize(720, 360)
        self.tabLayout = QVBoxLayout(CorrectiesTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.uitleg = QLabel(CorrectiesTab)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setWordWrap(True)

        self.tabLayout.addWidget(self.uitleg)

        self.lijstView = QTableView(CorrectiesTab)
        self.lijstView.setObjectName(u"lijstView")
        self.lijstView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.lijstView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.lijstView.setAlternatingRowColors(True)
        self.lijstView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.lijstView.setWordWrap(True)
        self.lijstView.setTabKeyNavigation(False)
        self.lijstView.horizontalHeader().setStretchLastSection(True)
        self.lijstView.verticalHeader().setVisible(False)

        self.tabLayout.addWidget(self.lijstView)

        self.rechtLabel = QLabel(CorrectiesTab)
        self.rechtLabel.setObjectName(u"rechtLabel")
        self.rechtLabel.setWordWrap(True)

        self.tabLayout.addWidget(self.rechtLabel)

        self.knoppen = QHBoxLayout()
        self.knoppen.setObjectName(u"knoppen")
        self.vastleggenKnop = QPushButton(CorrectiesTab)
        self.vastleggenKnop.setObjectName(u"vastleggenKnop")

        self.knoppen.addWidget(self.vastleggenKnop)

        self.afhandelenKnop = QPushButton(CorrectiesTab)
        self.afhandelenKnop.setObjectName(u"afhandelenKnop")

        self.knoppen.addWidget(self.afhandelenKnop)

        self.knoppenRuimte = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.knoppen.addItem(self.knoppenRuimte)


        self.tabLayout.addLayout(self.knoppen)

        QWidget.setTabOrder(self.lijstView, self.vastleggenKnop)
        QWidget.setTabOrder(self.vastleggenKnop, self.afhandelenKnop)

        self.retranslateUi(CorrectiesTab)

        QMetaObject.connectSlotsByName(CorrectiesTab)
    # setupUi

    def retranslateUi(self, CorrectiesTab):
        self.uitleg.setText(QCoreApplication.translate("CorrectiesTab", u"Verzoeken van de jongere (of de voogd) om eigen gegevens te corrigeren (AVG, Norm 7.1c). Antwoord binnen een maand.", None))
#if QT_CONFIG(accessibility)
        self.lijstView.setAccessibleName(QCoreApplication.translate("CorrectiesTab", u"Correctieverzoeken", None))
#endif // QT_CONFIG(accessibility)
        self.rechtLabel.setText("")
        self.vastleggenKnop.setText(QCoreApplication.translate("CorrectiesTab", u"Verzoek &vastleggen\u2026", None))
        self.afhandelenKnop.setText(QCoreApplication.translate("CorrectiesTab", u"&Afhandelen\u2026", None))
        pass
    # retranslateUi

