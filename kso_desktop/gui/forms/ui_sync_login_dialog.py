# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_login_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SyncLoginDialog(object):
    def setupUi(self, SyncLoginDialog):
        if not SyncLoginDialog.objectName():
            SyncLoginDialog.setObjectName(u"SyncLoginDialog")
        SyncLoginDialog.resize(520, 230)
        self.dialogLayout = QVBoxLayout(SyncLoginDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.uitleg = QLabel(SyncLoginDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setWordWrap(True)

        self.dialogLayout.addWidget(self.uitleg)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.lbl_portaal = QLabel(SyncLoginDialog)
        self.lbl_portaal.setObjectName(u"lbl_portaal")

        self.form.addWidget(self.lbl_portaal, 0, 0, 1, 1)

        self.portaal = QLineEdit(SyncLoginDialog)
        self.portaal.setObjectName(u"portaal")

        self.form.addWidget(self.portaal, 0, 1, 1, 1)

        self.lbl_gebruiker = QLabel(SyncLoginDialog)
        self.lbl_gebruiker.setObjectName(u"lbl_gebruiker")

        self.form.addWidget(self.lbl_gebruiker, 1, 0, 1, 1)

        self.gebruiker = QLineEdit(SyncLoginDialog)
        self.gebruiker.setObjectName(u"gebruiker")

        self.form.addWidget(self.gebruiker, 1, 1, 1, 1)

        self.lbl_wachtwoord = QLabel(SyncLoginDialog)
        self.lbl_wachtwoord.setObjectName(u"lbl_wachtwoord")

        self.form.addWidget(self.lbl_wachtwoord, 2, 0, 1, 1)

        self.wachtwoord = QLineEdit(SyncLoginDialog)
        self.wachtwoord.setObjectName(u"wachtwoord")
        self.wachtwoord.setEchoMode(QLineEdit.Password)

        self.form.addWidget(self.wachtwoord, 2, 1, 1, 1)

        self.form.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.form)

        self.foutLabel = QLabel(SyncLoginDialog)
        self.foutLabel.setObjectName(u"foutLabel")
        self.foutLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.foutLabel)

        self.buttonBox = QDialogButtonBox(SyncLoginDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lbl_portaal.setBuddy(self.portaal)
        self.lbl_gebruiker.setBuddy(self.gebruiker)
        self.lbl_wachtwoord.setBuddy(self.wachtwoord)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.portaal, self.gebruiker)
        QWidget.setTabOrder(self.gebruiker, self.wachtwoord)
        QWidget.setTabOrder(self.wachtwoord, self.buttonBox)

        self.retranslateUi(SyncLoginDialog)

        QMetaObject.connectSlotsByName(SyncLoginDialog)
    # setupUi

    def retranslateUi(self, SyncLoginDialog):
        SyncLoginDialog.setWindowTitle(QCoreApplication.translate("SyncLoginDialog", u"Inloggen bij het portaal", None))
        self.uitleg.setText(QCoreApplication.translate("SyncLoginDialog", u"Log in bij het portaal om plannen en verslagen te synchroniseren. Uw wachtwoord wordt niet bewaard; alleen een sleutel, in de beveiligde sleutelopslag van deze computer.", None))
        self.lbl_portaal.setText(QCoreApplication.translate("SyncLoginDialog", u"&Adres van het portaal:", None))
        self.portaal.setPlaceholderText(QCoreApplication.translate("SyncLoginDialog", u"https://portaal.example.nl", None))
#if QT_CONFIG(accessibility)
        self.portaal.setAccessibleName(QCoreApplication.translate("SyncLoginDialog", u"Adres van het portaal", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_gebruiker.setText(QCoreApplication.translate("SyncLoginDialog", u"&Gebruikersnaam:", None))
#if QT_CONFIG(accessibility)
        self.gebruiker.setAccessibleName(QCoreApplication.translate("SyncLoginDialog", u"Gebruikersnaam", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_wachtwoord.setText(QCoreApplication.translate("SyncLoginDialog", u"&Wachtwoord:", None))
#if QT_CONFIG(accessibility)
        self.wachtwoord.setAccessibleName(QCoreApplication.translate("SyncLoginDialog", u"Wachtwoord", None))
#endif // QT_CONFIG(accessibility)
        self.foutLabel.setText("")
#if QT_CONFIG(accessibility)
        self.foutLabel.setAccessibleName(QCoreApplication.translate("SyncLoginDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

