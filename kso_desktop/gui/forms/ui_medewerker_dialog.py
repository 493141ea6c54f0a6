# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'medewerker_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_MedewerkerDialog(object):
    def setupUi(self, MedewerkerDialog):
        if not MedewerkerDialog.objectName():
            MedewerkerDialog.setObjectName(u"MedewerkerDialog")
        MedewerkerDialog.resize(560, 400)
        self.dialogLayout = QVBoxLayout(MedewerkerDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.lbl_naam = QLabel(MedewerkerDialog)
        self.lbl_naam.setObjectName(u"lbl_naam")

        self.form.addWidget(self.lbl_naam, 0, 0, 1, 1)

        self.naam = QLineEdit(MedewerkerDialog)
        self.naam.setObjectName(u"naam")

        self.form.addWidget(self.naam, 0, 1, 1, 1)

        self.lbl_rol = QLabel(MedewerkerDialog)
        self.lbl_rol.setObjectName(u"lbl_rol")

        self.form.addWidget(self.lbl_rol, 1, 0, 1, 1)

        self.rol = QComboBox(MedewerkerDialog)
        self.rol.setObjectName(u"rol")

        self.form.addWidget(self.rol, 1, 1, 1, 1)

        self.lbl_email = QLabel(MedewerkerDialog)
        self.lbl_email.setObjectName(u"lbl_email")

        self.form.addWidget(self.lbl_email, 2, 0, 1, 1)

        self.email = QLineEdit(MedewerkerDialog)
        self.email.setObjectName(u"email")

        self.form.addWidget(self.email, 2, 1, 1, 1)

        self.lbl_telefoon = QLabel(MedewerkerDialog)
        self.lbl_telefoon.setObjectName(u"lbl_telefoon")

        self.form.addWidget(self.lbl_telefoon, 3, 0, 1, 1)

        self.telefoon = QLineEdit(MedewerkerDialog)
        self.telefoon.setObjectName(u"telefoon")

        self.form.addWidget(self.telefoon, 3, 1, 1, 1)

        self.lbl_locaties = QLabel(MedewerkerDialog)
        self.lbl_locaties.setObjectName(u"lbl_locaties")

        self.form.addWidget(self.lbl_locaties, 4, 0, 1, 1)

        self.locaties = QListWidget(MedewerkerDialog)
        self.locaties.setObjectName(u"locaties")
        self.locaties.setMaximumSize(QSize(16777215, 120))

        self.form.addWidget(self.locaties, 4, 1, 1, 1)

        self.lbl_actief = QLabel(MedewerkerDialog)
        self.lbl_actief.setObjectName(u"lbl_actief")

        self.form.addWidget(self.lbl_actief, 5, 0, 1, 1)

        self.actief = QCheckBox(MedewerkerDialog)
        self.actief.setObjectName(u"actief")
        self.actief.setChecked(True)

        self.form.addWidget(self.actief, 5, 1, 1, 1)


        self.dialogLayout.addLayout(self.form)

        self.foutLabel = QLabel(MedewerkerDialog)
        self.foutLabel.setObjectName(u"foutLabel")
        self.foutLabel.setWordWrap(True)
        self.foutLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.dialogLayout.addWidget(self.foutLabel)

        self.buttonBox = QDialogButtonBox(MedewerkerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lbl_naam.setBuddy(self.naam)
        self.lbl_rol.setBuddy(self.rol)
        self.lbl_email.setBuddy(self.email)
        self.lbl_telefoon.setBuddy(self.telefoon)
        self.lbl_locaties.setBuddy(self.locaties)
        self.lbl_actief.setBuddy(self.actief)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.naam, self.rol)
        QWidget.setTabOrder(self.rol, self.email)
        QWidget.setTabOrder(self.email, self.telefoon)
        QWidget.setTabOrder(self.telefoon, self.locaties)
        QWidget.setTabOrder(self.locaties, self.actief)
        QWidget.setTabOrder(self.actief, self.buttonBox)

        self.retranslateUi(MedewerkerDialog)

        QMetaObject.connectSlotsByName(MedewerkerDialog)
    # setupUi

    def retranslateUi(self, MedewerkerDialog):
        MedewerkerDialog.setWindowTitle(QCoreApplication.translate("MedewerkerDialog", u"Medewerker", None))
        self.lbl_naam.setText(QCoreApplication.translate("MedewerkerDialog", u"&Naam:", None))
#if QT_CONFIG(accessibility)
        self.naam.setAccessibleName(QCoreApplication.translate("MedewerkerDialog", u"Naam", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_rol.setText(QCoreApplication.translate("MedewerkerDialog", u"&Rol:", None))
#if QT_CONFIG(accessibility)
        self.rol.setAccessibleName(QCoreApplication.translate("MedewerkerDialog", u"Rol", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_email.setText(QCoreApplication.translate("MedewerkerDialog", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("MedewerkerDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_telefoon.setText(QCoreApplication.translate("MedewerkerDialog", u"&Telefoon:", None))
#if QT_CONFIG(accessibility)
        self.telefoon.setAccessibleName(QCoreApplication.translate("MedewerkerDialog", u"Telefoon", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_locaties.setText(QCoreApplication.translate("MedewerkerDialog", u"&Locaties:", None))
#if QT_CONFIG(accessibility)
        self.locaties.setAccessibleName(QCoreApplication.translate("MedewerkerDialog", u"Locaties van de medewerker", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_actief.setText("")
        self.actief.setText(QCoreApplication.translate("MedewerkerDialog", u"&Actief (kan mentor worden en inloggen)", None))
        self.foutLabel.setText("")
#if QT_CONFIG(accessibility)
        self.foutLabel.setAccessibleName(QCoreApplication.translate("MedewerkerDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

