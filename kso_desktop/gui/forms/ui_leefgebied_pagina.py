# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'leefgebied_pagina.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_LeefgebiedPagina(object):
    def setupUi(self, LeefgebiedPagina):
        if not LeefgebiedPagina.objectName():
            LeefgebiedPagina.setObjectName(u"LeefgebiedPagina")
        LeefgebiedPagina.resize(1100, 600)
        self.paginaLayout = QVBoxLayout(LeefgebiedPagina)
        self.paginaLayout.setSpacing(6)
        self.paginaLayout.setObjectName(u"paginaLayout")
        self.titelRij = QHBoxLayout()
        self.titelRij.setObjectName(u"titelRij")
        self.titel = QLabel(LeefgebiedPagina)
        self.titel.setObjectName(u"titel")

        self.titelRij.addWidget(self.titel)

        self.norm = QLabel(LeefgebiedPagina)
        self.norm.setObjectName(u"norm")

        self.titelRij.addWidget(self.norm)

        self.titelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titelRij.addItem(self.titelSpacer)


        self.paginaLayout.addLayout(self.titelRij)

        self.hulpvragen = QLabel(LeefgebiedPagina)
        self.hulpvragen.setObjectName(u"hulpvragen")
        self.hulpvragen.setWordWrap(True)

        self.paginaLayout.addWidget(self.hulpvragen)

        self.niveaus = QGridLayout()
        self.niveaus.setObjectName(u"niveaus")
        self.niveaus.setHorizontalSpacing(12)
        self.niveaus.setVerticalSpacing(2)
        self.lbl_zijn = QLabel(LeefgebiedPagina)
        self.lbl_zijn.setObjectName(u"lbl_zijn")

        self.niveaus.addWidget(self.lbl_zijn, 0, 0, 1, 1)

        self.lbl_worden = QLabel(LeefgebiedPagina)
        self.lbl_worden.setObjectName(u"lbl_worden")

        self.niveaus.addWidget(self.lbl_worden, 0, 1, 1, 1)

        self.lbl_presteren = QLabel(LeefgebiedPagina)
        self.lbl_presteren.setObjectName(u"lbl_presteren")

        self.niveaus.addWidget(self.lbl_presteren, 0, 2, 1, 1)

        self.vraag_zijn = QLabel(LeefgebiedPagina)
        self.vraag_zijn.setObjectName(u"vraag_zijn")
        self.vraag_zijn.setWordWrap(True)
        self.vraag_zijn.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.niveaus.addWidget(self.vraag_zijn, 1, 0, 1, 1)

        self.vraag_worden = QLabel(LeefgebiedPagina)
        self.vraag_worden.setObjectName(u"vraag_worden")
        self.vraag_worden.setWordWrap(True)
        self.vraag_worden.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.niveaus.addWidget(self.vraag_worden, 1, 1, 1, 1)

        self.vraag_presteren = QLabel(LeefgebiedPagina)
        self.vraag_presteren.setObjectName(u"vraag_presteren")
        self.vraag_presteren.setWordWrap(True)
        self.vraag_presteren.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.niveaus.addWidget(self.vraag_presteren, 1, 2, 1, 1)

        self.zijn = QPlainTextEdit(LeefgebiedPagina)
        self.zijn.setObjectName(u"zijn")
        self.zijn.setMinimumSize(QSize(0, 90))
        self.zijn.setTabChangesFocus(True)

        self.niveaus.addWidget(self.zijn, 2, 0, 1, 1)

        self.worden = QPlainTextEdit(LeefgebiedPagina)
        self.worden.setObjectName(u"worden")
        self.worden.setMinimumSize(QSize(0, 90))
        self.worden.setTabChangesFocus(True)

        self.niveaus.addWidget(self.worden, 2, 1, 1, 1)

        self.presteren = QPlainTextEdit(LeefgebiedPagina)
        self.presteren.setObjectName(u"presteren")
        self.presteren.setMinimumSize(QSize(0, 90))
        self.presteren.setTabChangesFocus(True)

        self.niveaus.addWidget(self.presteren, 2, 2, 1, 1)


        self.paginaLayout.addLayout(self.niveaus)

        self.scoreRij = QHBoxLayout()
        self.scoreRij.setObjectName(u"scoreRij")
        self.lbl_score = QLabel(LeefgebiedPagina)
        self.lbl_score.setObjectName(u"lbl_score")

        self.scoreRij.addWidget(self.lbl_score)

        self.score = QComboBox(LeefgebiedPagina)
        self.score.setObjectName(u"score")
        self.score.setMinimumSize(QSize(260, 0))

        self.scoreRij.addWidget(self.score)

        self.scoreUitleg = QLabel(LeefgebiedPagina)
        self.scoreUitleg.setObjectName(u"scoreUitleg")
        self.scoreUitleg.setWordWrap(True)

        self.scoreRij.addWidget(self.scoreUitleg)

        self.scoreRij.setStretch(2, 1)

        self.paginaLayout.addLayout(self.scoreRij)

        self.lbl_doelen = QLabel(LeefgebiedPagina)
        self.lbl_doelen.setObjectName(u"lbl_doelen")

        self.paginaLayout.addWidget(self.lbl_doelen)

        self.doelenView = QTableView(LeefgebiedPagina)
        self.doelenView.setObjectName(u"doelenView")
        self.doelenView.setMinimumSize(QSize(0, 120))
        self.doelenView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.doelenView.setAlternatingRowColors(True)
        self.doelenView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.doelenView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.doelenView.setWordWrap(True)
        self.doelenView.setTabKeyNavigation(False)
        self.doelenView.verticalHeader().setVisible(False)

        self.paginaLayout.addWidget(self.doelenView)

        self.doelKnoppen = QHBoxLayout()
        self.doelKnoppen.setObjectName(u"doelKnoppen")
        self.doelToevoegenKnop = QPushButton(LeefgebiedPagina)
        self.doelToevoegenKnop.setObjectName(u"doelToevoegenKnop")

        self.doelKnoppen.addWidget(self.doelToevoegenKnop)

        self.doelWijzigenKnop = QPushButton(LeefgebiedPagina)
        self.doelWijzigenKnop.setObjectName(u"doelWijzigenKnop")

        self.doelKnoppen.addWidget(self.doelWijzigenKnop)

        self.evaluatieKnop = QPushButton(LeefgebiedPagina)
        self.evaluatieKnop.setObjectName(u"evaluatieKnop")

        self.doelKnoppen.addWidget(self.evaluatieKnop)

        self.doelKnoppenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doelKnoppen.addItem(self.doelKnoppenSpacer)


        self.paginaLayout.addLayout(self.doelKnoppen)

#if QT_CONFIG(shortcut)
        self.lbl_zijn.setBuddy(self.zijn)
        self.lbl_worden.setBuddy(self.worden)
        self.lbl_presteren.setBuddy(self.presteren)
        self.lbl_score.setBuddy(self.score)
        self.lbl_doelen.setBuddy(self.doelenView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.zijn, self.worden)
        QWidget.setTabOrder(self.worden, self.presteren)
        QWidget.setTabOrder(self.presteren, self.score)
        QWidget.setTabOrder(self.score, self.doelenView)
        QWidget.setTabOrder(self.doelenView, self.doelToevoegenKnop)
        QWidget.setTabOrder(self.doelToevoegenKnop, self.doelWijzigenKnop)
        QWidget.setTabOrder(self.doelWijzigenKnop, self.evaluatieKnop)

        self.retranslateUi(LeefgebiedPagina)

        QMetaObject.connectSlotsByName(LeefgebiedPagina)
    # setupUi

    def retranslateUi(self, LeefgebiedPagina):
        self.titel.setText(QCoreApplication.translate("LeefgebiedPagina", u"Leefgebied", None))
        self.norm.setText("")
#if QT_CONFIG(accessibility)
        self.hulpvragen.setAccessibleName(QCoreApplication.translate("LeefgebiedPagina", u"Hulpvragen", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_zijn.setText(QCoreApplication.translate("LeefgebiedPagina", u"&Zijn", None))
        self.lbl_worden.setText(QCoreApplication.translate("LeefgebiedPagina", u"&Worden", None))
        self.lbl_presteren.setText(QCoreApplication.translate("LeefgebiedPagina", u"P&resteren", None))
#if QT_CONFIG(accessibility)
        self.zijn.setAccessibleName(QCoreApplication.translate("LeefgebiedPagina", u"Zijn", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.worden.setAccessibleName(QCoreApplication.translate("LeefgebiedPagina", u"Worden", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.presteren.setAccessibleName(QCoreApplication.translate("LeefgebiedPagina", u"Presteren", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_score.setText(QCoreApplication.translate("LeefgebiedPagina", u"&Score:", None))
#if QT_CONFIG(accessibility)
        self.score.setAccessibleName(QCoreApplication.translate("LeefgebiedPagina", u"Score zelfredzaamheid", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_doelen.setText(QCoreApplication.translate("LeefgebiedPagina", u"&Doelen", None))
#if QT_CONFIG(accessibility)
        self.doelenView.setAccessibleName(QCoreApplication.translate("LeefgebiedPagina", u"Doelen van dit leefgebied", None))
#endif // QT_CONFIG(accessibility)
        self.doelToevoegenKnop.setText(QCoreApplication.translate("LeefgebiedPagina", u"Doel &toevoegen\u2026 (Ctrl+D)", None))
        self.doelWijzigenKnop.setText(QCoreApplication.translate("LeefgebiedPagina", u"Doel w&ijzigen\u2026 (Enter)", None))
        self.evaluatieKnop.setText(QCoreApplication.translate("LeefgebiedPagina", u"&Evaluatie toevoegen\u2026", None))
        pass
    # retranslateUi

