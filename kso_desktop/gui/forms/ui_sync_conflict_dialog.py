# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_conflict_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QGridLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SyncConflictDialog(object):
    def setupUi(self, SyncConflictDialog):
        if not SyncConflictDialog.objectName():
            SyncConflictDialog.setObjectName(u"SyncConflictDialog")
        SyncConflictDialog.resize(980, 620)
        self.dialogLayout = QVBoxLayout(SyncConflictDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.uitleg = QLabel(SyncConflictDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setWordWrap(True)

        self.dialogLayout.addWidget(self.uitleg)

        self.kiesRij = QHBoxLayout()
        self.kiesRij.setObjectName(u"kiesRij")
        self.lbl_lijst = QLabel(SyncConflictDialog)
        self.lbl_lijst.setObjectName(u"lbl_lijst")

        self.kiesRij.addWidget(self.lbl_lijst)

        self.lijst = QComboBox(SyncConflictDialog)
        self.lijst.setObjectName(u"lijst")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.lijst.sizePolicy().hasHeightForWidth())
        self.lijst.setSizePolicy(sizePolicy)

        self.kiesRij.addWidget(self.lijst)

        self.lbl_veld = QLabel(SyncConflictDialog)
        self.lbl_veld.setObjectName(u"lbl_veld")

        self.kiesRij.addWidget(self.lbl_veld)

        self.veld = QComboBox(SyncConflictDialog)
        self.veld.setObjectName(u"veld")

        self.kiesRij.addWidget(self.veld)


        self.dialogLayout.addLayout(self.kiesRij)

        self.naast = QGridLayout()
        self.naast.setObjectName(u"naast")
        self.lbl_mijn = QLabel(SyncConflictDialog)
        self.lbl_mijn.setObjectName(u"lbl_mijn")

        self.naast.addWidget(self.lbl_mijn, 0, 0, 1, 1)

        self.lbl_hun = QLabel(SyncConflictDialog)
        self.lbl_hun.setObjectName(u"lbl_hun")

        self.naast.addWidget(self.lbl_hun, 0, 1, 1, 1)

        self.mijn = QPlainTextEdit(SyncConflictDialog)
        self.mijn.setObjectName(u"mijn")
        self.mijn.setReadOnly(True)

        self.naast.addWidget(self.mijn, 1, 0, 1, 1)

        self.hun = QPlainTextEdit(SyncConflictDialog)
        self.hun.setObjectName(u"hun")
        self.hun.setReadOnly(True)

        self.naast.addWidget(self.hun, 1, 1, 1, 1)

        self.naast.setColumnStretch(0, 1)
        self.naast.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.naast)

        self.lbl_samen = QLabel(SyncConflictDialog)
        self.lbl_samen.setObjectName(u"lbl_samen")

        self.dialogLayout.addWidget(self.lbl_samen)

        self.samen = QPlainTextEdit(SyncConflictDialog)
        self.samen.setObjectName(u"samen")
        self.samen.setTabChangesFocus(True)

        self.dialogLayout.addWidget(self.samen)

        self.foutLabel = QLabel(SyncConflictDialog)
        self.foutLabel.setObjectName(u"foutLabel")
        self.foutLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.foutLabel)

        self.knoppen = QHBoxLayout()
        self.knoppen.setObjectName(u"knoppen")
        self.houdMijn = QPushButton(SyncConflictDialog)
        self.houdMijn.setObjectName(u"houdMijn")

        self.knoppen.addWidget(self.houdMijn)

        self.houdHun = QPushButton(SyncConflictDialog)
        self.houdHun.setObjectName(u"houdHun")

        self.knoppen.addWidget(self.houdHun)

        self.bewaarSamen = QPushButton(SyncConflictDialog)
        self.bewaarSamen.setObjectName(u"bewaarSamen")

        self.knoppen.addWidget(self.bewaarSamen)

        self.ruimte = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.knoppen.addItem(self.ruimte)

        self.sluiten = QPushButton(SyncConflictDialog)
        self.sluiten.setObjectName(u"sluiten")

        self.knoppen.addWidget(self.sluiten)


        self.dialogLayout.addLayout(self.knoppen)

#if QT_CONFIG(shortcut)
        self.lbl_lijst.setBuddy(self.lijst)
        self.lbl_veld.setBuddy(self.veld)
        self.lbl_mijn.setBuddy(self.mijn)
        self.lbl_hun.setBuddy(self.hun)
        self.lbl_samen.setBuddy(self.samen)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lijst, self.veld)
        QWidget.setTabOrder(self.veld, self.mijn)
        QWidget.setTabOrder(self.mijn, self.hun)
        QWidget.setTabOrder(self.hun, self.samen)
        QWidget.setTabOrder(self.samen, self.houdMijn)
        QWidget.setTabOrder(self.houdMijn, self.houdHun)
        QWidget.setTabOrder(self.houdHun, self.bewaarSamen)
        QWidget.setTabOrder(self.bewaarSamen, self.sluiten)

        self.retranslateUi(SyncConflictDialog)

        QMetaObject.connectSlotsByName(SyncConflictDialog)
    # setupUi

    def retranslateUi(self, SyncConflictDialog):
        SyncConflictDialog.setWindowTitle(QCoreApplication.translate("SyncConflictDialog", u"Conflicten oplossen", None))
        self.uitleg.setText(QCoreApplication.translate("SyncConflictDialog", u"Hetzelfde stuk is op twee plaatsen anders gewijzigd. Beide versies zijn bewaard. Kies per conflict welke versie blijft, of maak \u00e9\u00e9n samengevoegde tekst.", None))
        self.lbl_lijst.setText(QCoreApplication.translate("SyncConflictDialog", u"&Conflict:", None))
#if QT_CONFIG(accessibility)
        self.lijst.setAccessibleName(QCoreApplication.translate("SyncConflictDialog", u"Conflict", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_veld.setText(QCoreApplication.translate("SyncConflictDialog", u"&Veld:", None))
#if QT_CONFIG(accessibility)
        self.veld.setAccessibleName(QCoreApplication.translate("SyncConflictDialog", u"Veld", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_mijn.setText(QCoreApplication.translate("SyncConflictDialog", u"&Mijn versie (deze laptop):", None))
        self.lbl_hun.setText(QCoreApplication.translate("SyncConflictDialog", u"&Versie op het portaal:", None))
#if QT_CONFIG(accessibility)
        self.mijn.setAccessibleName(QCoreApplication.translate("SyncConflictDialog", u"Mijn versie", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hun.setAccessibleName(QCoreApplication.translate("SyncConflictDialog", u"Versie op het portaal", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_samen.setText(QCoreApplication.translate("SyncConflictDialog", u"&Samengevoegde tekst (voor dit veld):", None))
#if QT_CONFIG(accessibility)
        self.samen.setAccessibleName(QCoreApplication.translate("SyncConflictDialog", u"Samengevoegde tekst", None))
#endif // QT_CONFIG(accessibility)
        self.foutLabel.setText("")
#if QT_CONFIG(accessibility)
        self.foutLabel.setAccessibleName(QCoreApplication.translate("SyncConflictDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.houdMijn.setText(QCoreApplication.translate("SyncConflictDialog", u"Houd m&ijn versie", None))
        self.houdHun.setText(QCoreApplication.translate("SyncConflictDialog", u"Houd de versie van het &portaal", None))
        self.bewaarSamen.setText(QCoreApplication.translate("SyncConflictDialog", u"Samengevoegde tekst &bewaren", None))
        self.sluiten.setText(QCoreApplication.translate("SyncConflictDialog", u"&Sluiten", None))
    # retranslateUi

