# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'voorbereiding_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_VoorbereidingView(object):
    def setupUi(self, VoorbereidingView):
        if not VoorbereidingView.objectName():
            VoorbereidingView.setObjectName(u"VoorbereidingView")
        VoorbereidingView.resize(1300, 720)
        self.layout = QVBoxLayout(VoorbereidingView)
        self.layout.setSpacing(6)
        self.layout.setObjectName(u"layout")
        self.kop = QHBoxLayout()
        self.kop.setObjectName(u"kop")
        self.titelLabel = QLabel(VoorbereidingView)
        self.titelLabel.setObjectName(u"titelLabel")

        self.kop.addWidget(self.titelLabel)

        self.sindsLabel = QLabel(VoorbereidingView)
        self.sindsLabel.setObjectName(u"sindsLabel")

        self.kop.addWidget(self.sindsLabel)

        self.aanmakenKnop = QPushButton(VoorbereidingView)
        self.aanmakenKnop.setObjectName(u"aanmakenKnop")
        self.aanmakenKnop.setAutoDefault(False)

        self.kop.addWidget(self.aanmakenKnop)

        self.kop.setStretch(1, 1)

        self.layout.addLayout(self.kop)

        self.onderwerpenJongere = QLabel(VoorbereidingView)
        self.onderwerpenJongere.setObjectName(u"onderwerpenJongere")
        self.onderwerpenJongere.setWordWrap(True)
        self.onderwerpenJongere.setTextFormat(Qt.PlainText)
        self.onderwerpenJongere.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.layout.addWidget(self.onderwerpenJongere)

        self.raster = QGridLayout()
        self.raster.setObjectName(u"raster")
        self.raster.setHorizontalSpacing(14)
        self.lbl_tweegesprekken = QLabel(VoorbereidingView)
        self.lbl_tweegesprekken.setObjectName(u"lbl_tweegesprekken")

        self.raster.addWidget(self.lbl_tweegesprekken, 0, 0, 1, 1)

        self.tweegesprekkenView = QTableView(VoorbereidingView)
        self.tweegesprekkenView.setObjectName(u"tweegesprekkenView")
        self.tweegesprekkenView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tweegesprekkenView.setAlternatingRowColors(True)
        self.tweegesprekkenView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tweegesprekkenView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tweegesprekkenView.setWordWrap(True)
        self.tweegesprekkenView.setTabKeyNavigation(False)
        self.tweegesprekkenView.horizontalHeader().setStretchLastSection(True)
        self.tweegesprekkenView.verticalHeader().setVisible(False)

        self.raster.addWidget(self.tweegesprekkenView, 1, 0, 1, 1)

        self.lbl_afspraken = QLabel(VoorbereidingView)
        self.lbl_afspraken.setObjectName(u"lbl_afspraken")

        self.raster.addWidget(self.lbl_afspraken, 0, 1, 1, 1)

        self.afsprakenView = QTableView(VoorbereidingView)
        self.afsprakenView.setObjectName(u"afsprakenView")
        self.afsprakenView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.afsprakenView.setAlternatingRowColors(True)
        self.afsprakenView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.afsprakenView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.afsprakenView.setWordWrap(True)
        self.afsprakenView.setTabKeyNavigation(False)
        self.afsprakenView.horizontalHeader().setStretchLastSection(True)
        self.afsprakenView.verticalHeader().setVisible(False)

        self.raster.addWidget(self.afsprakenView, 1, 1, 1, 1)

        self.lbl_doelen = QLabel(VoorbereidingView)
        self.lbl_doelen.setObjectName(u"lbl_doelen")

        self.raster.addWidget(self.lbl_doelen, 2, 0, 1, 1)

        self.doelenView = QTableView(VoorbereidingView)
        self.doelenView.setObjectName(u"doelenView")
        self.doelenView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.doelenView.setAlternatingRowColors(True)
        self.doelenView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.doelenView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.doelenView.setWordWrap(True)
        self.doelenView.setTabKeyNavigation(False)
        self.doelenView.horizontalHeader().setStretchLastSection(True)
        self.doelenView.verticalHeader().setVisible(False)

        self.raster.addWidget(self.doelenView, 3, 0, 1, 1)

        self.lbl_overig = QLabel(VoorbereidingView)
        self.lbl_overig.setObjectName(u"lbl_overig")

        self.raster.addWidget(self.lbl_overig, 2, 1, 1, 1)

        self.overigLijst = QListWidget(VoorbereidingView)
        self.overigLijst.setObjectName(u"overigLijst")
        self.overigLijst.setWordWrap(True)

        self.raster.addWidget(self.overigLijst, 3, 1, 1, 1)


        self.layout.addLayout(self.raster)

#if QT_CONFIG(shortcut)
        self.lbl_tweegesprekken.setBuddy(self.tweegesprekkenView)
        self.lbl_afspraken.setBuddy(self.afsprakenView)
        self.lbl_doelen.setBuddy(self.doelenView)
        self.lbl_overig.setBuddy(self.overigLijst)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.aanmakenKnop, self.tweegesprekkenView)
        QWidget.setTabOrder(self.tweegesprekkenView, self.afsprakenView)
        QWidget.setTabOrder(self.afsprakenView, self.doelenView)
        QWidget.setTabOrder(self.doelenView, self.overigLijst)

        self.retranslateUi(VoorbereidingView)

        QMetaObject.connectSlotsByName(VoorbereidingView)
    # setupUi

    def retranslateUi(self, VoorbereidingView):
        VoorbereidingView.setWindowTitle(QCoreApplication.translate("VoorbereidingView", u"Driegesprek voorbereiden", None))
        self.titelLabel.setText(QCoreApplication.translate("VoorbereidingView", u"Driegesprek voorbereiden", None))
        self.sindsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.sindsLabel.setAccessibleName(QCoreApplication.translate("VoorbereidingView", u"Sinds het laatste driegesprek", None))
#endif // QT_CONFIG(accessibility)
        self.aanmakenKnop.setText(QCoreApplication.translate("VoorbereidingView", u"Driegesprek &aanmaken met deze agenda", None))
#if QT_CONFIG(tooltip)
        self.aanmakenKnop.setToolTip(QCoreApplication.translate("VoorbereidingView", u"Ctrl+Shift+N", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.onderwerpenJongere.setAccessibleName(QCoreApplication.translate("VoorbereidingView", u"Onderwerpen van de jongere", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_tweegesprekken.setText(QCoreApplication.translate("VoorbereidingView", u"&Tweegesprekken sinds het laatste driegesprek:", None))
#if QT_CONFIG(accessibility)
        self.tweegesprekkenView.setAccessibleName(QCoreApplication.translate("VoorbereidingView", u"Tweegesprekken", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_afspraken.setText(QCoreApplication.translate("VoorbereidingView", u"&Open afspraken:", None))
#if QT_CONFIG(accessibility)
        self.afsprakenView.setAccessibleName(QCoreApplication.translate("VoorbereidingView", u"Open afspraken", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_doelen.setText(QCoreApplication.translate("VoorbereidingView", u"&Lopende doelen van het plan, met de laatste evaluatie:", None))
#if QT_CONFIG(accessibility)
        self.doelenView.setAccessibleName(QCoreApplication.translate("VoorbereidingView", u"Lopende doelen", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_overig.setText(QCoreApplication.translate("VoorbereidingView", u"&Wijzigingen in het plan en mijlpalen:", None))
#if QT_CONFIG(accessibility)
        self.overigLijst.setAccessibleName(QCoreApplication.translate("VoorbereidingView", u"Wijzigingen in het plan en mijlpalen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

