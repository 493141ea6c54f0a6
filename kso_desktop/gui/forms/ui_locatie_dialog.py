# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'locatie_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_LocatieDialog(object):
    def setupUi(self, LocatieDialog):
        if not LocatieDialog.objectName():
            LocatieDialog.setObjectName(u"LocatieDialog")
        LocatieDialog.resize(560, 400)
        self.dialogLayout = QVBoxLayout(LocatieDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.lbl_naam = QLabel(LocatieDialog)
        self.lbl_naam.setObjectName(u"lbl_naam")

        self.form.addWidget(self.lbl_naam, 0, 0, 1, 1)

        self.naam = QLineEdit(LocatieDialog)
        self.naam.setObjectName(u"naam")

        self.form.addWidget(self.naam, 0, 1, 1, 1)

        self.lbl_type = QLabel(LocatieDialog)
        self.lbl_type.setObjectName(u"lbl_type")

        self.form.addWidget(self.lbl_type, 1, 0, 1, 1)

        self.type = QComboBox(LocatieDialog)
        self.type.setObjectName(u"type")

        self.form.addWidget(self.type, 1, 1, 1, 1)

        self.lbl_typeUitleg = QLabel(LocatieDialog)
        self.lbl_typeUitleg.setObjectName(u"lbl_typeUitleg")

        self.form.addWidget(self.lbl_typeUitleg, 2, 0, 1, 1)

        self.typeUitleg = QLabel(LocatieDialog)
        self.typeUitleg.setObjectName(u"typeUitleg")
        self.typeUitleg.setWordWrap(True)

        self.form.addWidget(self.typeUitleg, 2, 1, 1, 1)

        self.lbl_plaats = QLabel(LocatieDialog)
        self.lbl_plaats.setObjectName(u"lbl_plaats")

        self.form.addWidget(self.lbl_plaats, 3, 0, 1, 1)

        self.plaats = QLineEdit(LocatieDialog)
        self.plaats.setObjectName(u"plaats")

        self.form.addWidget(self.plaats, 3, 1, 1, 1)

        self.lbl_adres = QLabel(LocatieDialog)
        self.lbl_adres.setObjectName(u"lbl_adres")

        self.form.addWidget(self.lbl_adres, 4, 0, 1, 1)

        self.adres = QLineEdit(LocatieDialog)
        self.adres.setObjectName(u"adres")

        self.form.addWidget(self.adres, 4, 1, 1, 1)

        self.lbl_telefoon = QLabel(LocatieDialog)
        self.lbl_telefoon.setObjectName(u"lbl_telefoon")

        self.form.addWidget(self.lbl_telefoon, 5, 0, 1, 1)

        self.telefoon = QLineEdit(LocatieDialog)
        self.telefoon.setObjectName(u"telefoon")

        self.form.addWidget(self.telefoon, 5, 1, 1, 1)


        self.dialogLayout.addLayout(self.form)

        self.foutLabel = QLabel(LocatieDialog)
        self.foutLabel.setObjectName(u"foutLabel")
        self.foutLabel.setWordWrap(True)
        self.foutLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.dialogLayout.addWidget(self.foutLabel)

        self.buttonBox = QDialogButtonBox(LocatieDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lbl_naam.setBuddy(self.naam)
        self.lbl_type.setBuddy(self.type)
        self.lbl_typeUitleg.setBuddy(self.typeUitleg)
        self.lbl_plaats.setBuddy(self.plaats)
        self.lbl_adres.setBuddy(self.adres)
        self.lbl_telefoon.setBuddy(self.telefoon)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.naam, self.type)
        QWidget.setTabOrder(self.type, self.typeUitleg)
        QWidget.setTabOrder(self.typeUitleg, self.plaats)
        QWidget.setTabOrder(self.plaats, self.adres)
        QWidget.setTabOrder(self.adres, self.telefoon)
        QWidget.setTabOrder(self.telefoon, self.buttonBox)

        self.retranslateUi(LocatieDialog)

        QMetaObject.connectSlotsByName(LocatieDialog)
    # setupUi

    def retranslateUi(self, LocatieDialog):
        LocatieDialog.setWindowTitle(QCoreApplication.translate("LocatieDialog", u"Locatie", None))
        self.lbl_naam.setText(QCoreApplication.translate("LocatieDialog", u"&Naam:", None))
#if QT_CONFIG(accessibility)
        self.naam.setAccessibleName(QCoreApplication.translate("LocatieDialog", u"Naam", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_type.setText(QCoreApplication.translate("LocatieDialog", u"&Soort:", None))
#if QT_CONFIG(accessibility)
        self.type.setAccessibleName(QCoreApplication.translate("LocatieDialog", u"Soort locatie", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_typeUitleg.setText("")
        self.lbl_plaats.setText(QCoreApplication.translate("LocatieDialog", u"&Plaats:", None))
#if QT_CONFIG(accessibility)
        self.plaats.setAccessibleName(QCoreApplication.translate("LocatieDialog", u"Plaats", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_adres.setText(QCoreApplication.translate("LocatieDialog", u"&Adres:", None))
#if QT_CONFIG(accessibility)
        self.adres.setAccessibleName(QCoreApplication.translate("LocatieDialog", u"Adres", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_telefoon.setText(QCoreApplication.translate("LocatieDialog", u"&Telefoon:", None))
#if QT_CONFIG(accessibility)
        self.telefoon.setAccessibleName(QCoreApplication.translate("LocatieDialog", u"Telefoon", None))
#endif // QT_CONFIG(accessibility)
        self.foutLabel.setText("")
#if QT_CONFIG(accessibility)
        self.foutLabel.setAccessibleName(QCoreApplication.translate("LocatieDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

