# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'formulier_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_FormulierDialog(object):
    def setupUi(self, FormulierDialog):
        if not FormulierDialog.objectName():
            FormulierDialog.setObjectName(u"FormulierDialog")
        FormulierDialog.resize(860, 720)
        self.dialogLayout = QVBoxLayout(FormulierDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.kop = QLabel(FormulierDialog)
        self.kop.setObjectName(u"kop")
        self.kop.setTextFormat(Qt.PlainText)
        self.kop.setWordWrap(True)

        self.dialogLayout.addWidget(self.kop)

        self.status = QLabel(FormulierDialog)
        self.status.setObjectName(u"status")
        self.status.setTextFormat(Qt.PlainText)
        self.status.setWordWrap(True)

        self.dialogLayout.addWidget(self.status)

        self.uitleg = QLabel(FormulierDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setTextFormat(Qt.PlainText)
        self.uitleg.setWordWrap(True)

        self.dialogLayout.addWidget(self.uitleg)

        self.fout = QLabel(FormulierDialog)
        self.fout.setObjectName(u"fout")
        self.fout.setTextFormat(Qt.PlainText)
        self.fout.setWordWrap(True)

        self.dialogLayout.addWidget(self.fout)

        self.rol = QScrollArea(FormulierDialog)
        self.rol.setObjectName(u"rol")
        self.rol.setWidgetResizable(True)
        self.binnen = QWidget()
        self.binnen.setObjectName(u"binnen")
        self.kolom = QVBoxLayout(self.binnen)
        self.kolom.setObjectName(u"kolom")
        self.rol.setWidget(self.binnen)

        self.dialogLayout.addWidget(self.rol)

        self.knoppen = QHBoxLayout()
        self.knoppen.setObjectName(u"knoppen")
        self.opslaanKnop = QPushButton(FormulierDialog)
        self.opslaanKnop.setObjectName(u"opslaanKnop")
        self.opslaanKnop.setAutoDefault(False)

        self.knoppen.addWidget(self.opslaanKnop)

        self.definitiefKnop = QPushButton(FormulierDialog)
        self.definitiefKnop.setObjectName(u"definitiefKnop")
        self.definitiefKnop.setAutoDefault(False)

        self.knoppen.addWidget(self.definitiefKnop)

        self.corrigerenKnop = QPushButton(FormulierDialog)
        self.corrigerenKnop.setObjectName(u"corrigerenKnop")
        self.corrigerenKnop.setAutoDefault(False)

        self.knoppen.addWidget(self.corrigerenKnop)

        self.knoppenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.knoppen.addItem(self.knoppenSpacer)

        self.sluitenKnop = QPushButton(FormulierDialog)
        self.sluitenKnop.setObjectName(u"sluitenKnop")
        self.sluitenKnop.setAutoDefault(False)

        self.knoppen.addWidget(self.sluitenKnop)


        self.dialogLayout.addLayout(self.knoppen)


        self.retranslateUi(FormulierDialog)

        QMetaObject.connectSlotsByName(FormulierDialog)
    # setupUi

    def retranslateUi(self, FormulierDialog):
        FormulierDialog.setWindowTitle(QCoreApplication.translate("FormulierDialog", u"Formulier", None))
        self.kop.setText("")
        self.status.setText("")
        self.uitleg.setStyleSheet(QCoreApplication.translate("FormulierDialog", u"color: #5f6368;", None))
        self.uitleg.setText("")
        self.fout.setStyleSheet(QCoreApplication.translate("FormulierDialog", u"color: #b71c1c; font-weight: bold;", None))
        self.fout.setText("")
        self.opslaanKnop.setText(QCoreApplication.translate("FormulierDialog", u"&Opslaan als concept", None))
#if QT_CONFIG(tooltip)
        self.opslaanKnop.setToolTip(QCoreApplication.translate("FormulierDialog", u"Ctrl+S", None))
#endif // QT_CONFIG(tooltip)
        self.definitiefKnop.setText(QCoreApplication.translate("FormulierDialog", u"&Definitief maken\u2026", None))
        self.corrigerenKnop.setText(QCoreApplication.translate("FormulierDialog", u"&Corrigeren\u2026", None))
        self.sluitenKnop.setText(QCoreApplication.translate("FormulierDialog", u"&Sluiten", None))
    # retranslateUi

