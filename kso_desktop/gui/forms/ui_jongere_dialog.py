# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'jongere_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_JongereDialog(object):
    def setupUi(self, JongereDialog):
        if not JongereDialog.objectName():
            JongereDialog.setObjectName(u"JongereDialog")
        JongereDialog.resize(620, 400)
        self.dialogLayout = QVBoxLayout(JongereDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.lbl_voornaam = QLabel(JongereDialog)
        self.lbl_voornaam.setObjectName(u"lbl_voornaam")

        self.form.addWidget(self.lbl_voornaam, 0, 0, 1, 1)

        self.voornaam = QLineEdit(JongereDialog)
        self.voornaam.setObjectName(u"voornaam")

        self.form.addWidget(self.voornaam, 0, 1, 1, 1)

        self.lbl_achternaam = QLabel(JongereDialog)
        self.lbl_achternaam.setObjectName(u"lbl_achternaam")

        self.form.addWidget(self.lbl_achternaam, 1, 0, 1, 1)

        self.achternaam = QLineEdit(JongereDialog)
        self.achternaam.setObjectName(u"achternaam")

        self.form.addWidget(self.achternaam, 1, 1, 1, 1)

        self.lbl_roepnaam = QLabel(JongereDialog)
        self.lbl_roepnaam.setObjectName(u"lbl_roepnaam")

        self.form.addWidget(self.lbl_roepnaam, 2, 0, 1, 1)

        self.roepnaam = QLineEdit(JongereDialog)
        self.roepnaam.setObjectName(u"roepnaam")

        self.form.addWidget(self.roepnaam, 2, 1, 1, 1)

        self.lbl_geboortedatum = QLabel(JongereDialog)
        self.lbl_geboortedatum.setObjectName(u"lbl_geboortedatum")

        self.form.addWidget(self.lbl_geboortedatum, 3, 0, 1, 1)

        self.geboortedatum = QLineEdit(JongereDialog)
        self.geboortedatum.setObjectName(u"geboortedatum")

        self.form.addWidget(self.geboortedatum, 3, 1, 1, 1)

        self.lbl_geboorteland = QLabel(JongereDialog)
        self.lbl_geboorteland.setObjectName(u"lbl_geboorteland")

        self.form.addWidget(self.lbl_geboorteland, 4, 0, 1, 1)

        self.geboorteland = QLineEdit(JongereDialog)
        self.geboorteland.setObjectName(u"geboorteland")

        self.form.addWidget(self.geboorteland, 4, 1, 1, 1)

        self.lbl_talen = QLabel(JongereDialog)
        self.lbl_talen.setObjectName(u"lbl_talen")

        self.form.addWidget(self.lbl_talen, 5, 0, 1, 1)

        self.talen = QLineEdit(JongereDialog)
        self.talen.setObjectName(u"talen")

        self.form.addWidget(self.talen, 5, 1, 1, 1)

        self.lbl_telefoon = QLabel(JongereDialog)
        self.lbl_telefoon.setObjectName(u"lbl_telefoon")

        self.form.addWidget(self.lbl_telefoon, 6, 0, 1, 1)

        self.telefoon = QLineEdit(JongereDialog)
        self.telefoon.setObjectName(u"telefoon")

        self.form.addWidget(self.telefoon, 6, 1, 1, 1)

        self.lbl_locatie = QLabel(JongereDialog)
        self.lbl_locatie.setObjectName(u"lbl_locatie")

        self.form.addWidget(self.lbl_locatie, 7, 0, 1, 1)

        self.locatie = QComboBox(JongereDialog)
        self.locatie.setObjectName(u"locatie")

        self.form.addWidget(self.locatie, 7, 1, 1, 1)

        self.lbl_plaatsing = QLabel(JongereDialog)
        self.lbl_plaatsing.setObjectName(u"lbl_plaatsing")

        self.form.addWidget(self.lbl_plaatsing, 8, 0, 1, 1)

        self.plaatsing = QLineEdit(JongereDialog)
        self.plaatsing.setObjectName(u"plaatsing")

        self.form.addWidget(self.plaatsing, 8, 1, 1, 1)

        self.lbl_kennismaking = QLabel(JongereDialog)
        self.lbl_kennismaking.setObjectName(u"lbl_kennismaking")

        self.form.addWidget(self.lbl_kennismaking, 9, 0, 1, 1)

        self.kennismaking = QLineEdit(JongereDialog)
        self.kennismaking.setObjectName(u"kennismaking")

        self.form.addWidget(self.kennismaking, 9, 1, 1, 1)

        self.lbl_vertrek = QLabel(JongereDialog)
        self.lbl_vertrek.setObjectName(u"lbl_vertrek")

        self.form.addWidget(self.lbl_vertrek, 10, 0, 1, 1)

        self.vertrek = QLineEdit(JongereDialog)
        self.vertrek.setObjectName(u"vertrek")

        self.form.addWidget(self.vertrek, 10, 1, 1, 1)

        self.lbl_verlengdeOpvang = QLabel(JongereDialog)
        self.lbl_verlengdeOpvang.setObjectName(u"lbl_verlengdeOpvang")

        self.form.addWidget(self.lbl_verlengdeOpvang, 11, 0, 1, 1)

        self.verlengdeOpvang = QLineEdit(JongereDialog)
        self.verlengdeOpvang.setObjectName(u"verlengdeOpvang")

        self.form.addWidget(self.verlengdeOpvang, 11, 1, 1, 1)

        self.lbl_jbNaam = QLabel(JongereDialog)
        self.lbl_jbNaam.setObjectName(u"lbl_jbNaam")

        self.form.addWidget(self.lbl_jbNaam, 12, 0, 1, 1)

        self.jbNaam = QLineEdit(JongereDialog)
        self.jbNaam.setObjectName(u"jbNaam")

        self.form.addWidget(self.jbNaam, 12, 1, 1, 1)

        self.lbl_jbTelefoon = QLabel(JongereDialog)
        self.lbl_jbTelefoon.setObjectName(u"lbl_jbTelefoon")

        self.form.addWidget(self.lbl_jbTelefoon, 13, 0, 1, 1)

        self.jbTelefoon = QLineEdit(JongereDialog)
        self.jbTelefoon.setObjectName(u"jbTelefoon")

        self.form.addWidget(self.jbTelefoon, 13, 1, 1, 1)

        self.lbl_jbEmail = QLabel(JongereDialog)
        self.lbl_jbEmail.setObjectName(u"lbl_jbEmail")

        self.form.addWidget(self.lbl_jbEmail, 14, 0, 1, 1)

        self.jbEmail = QLineEdit(JongereDialog)
        self.jbEmail.setObjectName(u"jbEmail")

        self.form.addWidget(self.jbEmail, 14, 1, 1, 1)

        self.lbl_mentor = QLabel(JongereDialog)
        self.lbl_mentor.setObjectName(u"lbl_mentor")

        self.form.addWidget(self.lbl_mentor, 15, 0, 1, 1)

        self.mentor = QComboBox(JongereDialog)
        self.mentor.setObjectName(u"mentor")

        self.form.addWidget(self.mentor, 15, 1, 1, 1)

        self.lbl_notities = QLabel(JongereDialog)
        self.lbl_notities.setObjectName(u"lbl_notities")

        self.form.addWidget(self.lbl_notities, 16, 0, 1, 1)

        self.notities = QPlainTextEdit(JongereDialog)
        self.notities.setObjectName(u"notities")
        self.notities.setMaximumSize(QSize(16777215, 96))
        self.notities.setTabChangesFocus(True)

        self.form.addWidget(self.notities, 16, 1, 1, 1)


        self.dialogLayout.addLayout(self.form)

        self.foutLabel = QLabel(JongereDialog)
        self.foutLabel.setObjectName(u"foutLabel")
        self.foutLabel.setWordWrap(True)
        self.foutLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.dialogLayout.addWidget(self.foutLabel)

        self.buttonBox = QDialogButtonBox(JongereDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lbl_voornaam.setBuddy(self.voornaam)
        self.lbl_achternaam.setBuddy(self.achternaam)
        self.lbl_roepnaam.setBuddy(self.roepnaam)
        self.lbl_geboortedatum.setBuddy(self.geboortedatum)
        self.lbl_geboorteland.setBuddy(self.geboorteland)
        self.lbl_talen.setBuddy(self.talen)
        self.lbl_telefoon.setBuddy(self.telefoon)
        self.lbl_locatie.setBuddy(self.locatie)
        self.lbl_plaatsing.setBuddy(self.plaatsing)
        self.lbl_kennismaking.setBuddy(self.kennismaking)
        self.lbl_vertrek.setBuddy(self.vertrek)
        self.lbl_verlengdeOpvang.setBuddy(self.verlengdeOpvang)
        self.lbl_jbNaam.setBuddy(self.jbNaam)
        self.lbl_jbTelefoon.setBuddy(self.jbTelefoon)
        self.lbl_jbEmail.setBuddy(self.jbEmail)
        self.lbl_mentor.setBuddy(self.mentor)
        self.lbl_notities.setBuddy(self.notities)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.voornaam, self.achternaam)
        QWidget.setTabOrder(self.achternaam, self.roepnaam)
        QWidget.setTabOrder(self.roepnaam, self.geboortedatum)
        QWidget.setTabOrder(self.geboortedatum, self.geboorteland)
        QWidget.setTabOrder(self.geboorteland, self.talen)
        QWidget.setTabOrder(self.talen, self.telefoon)
        QWidget.setTabOrder(self.telefoon, self.locatie)
        QWidget.setTabOrder(self.locatie, self.plaatsing)
        QWidget.setTabOrder(self.plaatsing, self.kennismaking)
        QWidget.setTabOrder(self.kennismaking, self.vertrek)
        QWidget.setTabOrder(self.vertrek, self.verlengdeOpvang)
        QWidget.setTabOrder(self.verlengdeOpvang, self.jbNaam)
        QWidget.setTabOrder(self.jbNaam, self.jbTelefoon)
        QWidget.setTabOrder(self.jbTelefoon, self.jbEmail)
        QWidget.setTabOrder(self.jbEmail, self.mentor)
        QWidget.setTabOrder(self.mentor, self.notities)
        QWidget.setTabOrder(self.notities, self.buttonBox)

        self.retranslateUi(JongereDialog)

        QMetaObject.connectSlotsByName(JongereDialog)
    # setupUi

    def retranslateUi(self, JongereDialog):
        JongereDialog.setWindowTitle(QCoreApplication.translate("JongereDialog", u"Jongere", None))
        self.lbl_voornaam.setText(QCoreApplication.translate("JongereDialog", u"&Voornaam:", None))
#if QT_CONFIG(accessibility)
        self.voornaam.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Voornaam", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_achternaam.setText(QCoreApplication.translate("JongereDialog", u"&Achternaam:", None))
#if QT_CONFIG(accessibility)
        self.achternaam.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Achternaam", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_roepnaam.setText(QCoreApplication.translate("JongereDialog", u"&Roepnaam:", None))
        self.roepnaam.setPlaceholderText(QCoreApplication.translate("JongereDialog", u"als die anders is dan de voornaam", None))
#if QT_CONFIG(accessibility)
        self.roepnaam.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Roepnaam", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_geboortedatum.setText(QCoreApplication.translate("JongereDialog", u"&Geboortedatum:", None))
        self.geboortedatum.setPlaceholderText(QCoreApplication.translate("JongereDialog", u"dd-mm-jjjj", None))
#if QT_CONFIG(accessibility)
        self.geboortedatum.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Geboortedatum", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_geboorteland.setText(QCoreApplication.translate("JongereDialog", u"Geboorte&land:", None))
#if QT_CONFIG(accessibility)
        self.geboorteland.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Geboorteland", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_talen.setText(QCoreApplication.translate("JongereDialog", u"&Talen:", None))
        self.talen.setPlaceholderText(QCoreApplication.translate("JongereDialog", u"gescheiden door komma's", None))
#if QT_CONFIG(accessibility)
        self.talen.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Talen", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_telefoon.setText(QCoreApplication.translate("JongereDialog", u"Tele&foon:", None))
#if QT_CONFIG(accessibility)
        self.telefoon.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Telefoon", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_locatie.setText(QCoreApplication.translate("JongereDialog", u"L&ocatie:", None))
#if QT_CONFIG(accessibility)
        self.locatie.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Locatie", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_plaatsing.setText(QCoreApplication.translate("JongereDialog", u"&Plaatsing:", None))
        self.plaatsing.setPlaceholderText(QCoreApplication.translate("JongereDialog", u"dd-mm-jjjj", None))
#if QT_CONFIG(accessibility)
        self.plaatsing.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Plaatsing", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_kennismaking.setText(QCoreApplication.translate("JongereDialog", u"&Kennismaking:", None))
        self.kennismaking.setPlaceholderText(QCoreApplication.translate("JongereDialog", u"dd-mm-jjjj (leeg als die nog moet komen)", None))
#if QT_CONFIG(accessibility)
        self.kennismaking.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Kennismaking", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_vertrek.setText(QCoreApplication.translate("JongereDialog", u"V&ertrek:", None))
        self.vertrek.setPlaceholderText(QCoreApplication.translate("JongereDialog", u"dd-mm-jjjj (leeg zolang de jongere er woont)", None))
#if QT_CONFIG(accessibility)
        self.vertrek.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Vertrek", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_verlengdeOpvang.setText(QCoreApplication.translate("JongereDialog", u"Verlengde &Opvang vanaf:", None))
        self.verlengdeOpvang.setPlaceholderText(QCoreApplication.translate("JongereDialog", u"dd-mm-jjjj (leeg als niet van toepassing)", None))
#if QT_CONFIG(accessibility)
        self.verlengdeOpvang.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Verlengde Opvang vanaf", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_jbNaam.setText(QCoreApplication.translate("JongereDialog", u"&Jeugdbeschermer:", None))
        self.jbNaam.setPlaceholderText(QCoreApplication.translate("JongereDialog", u"naam", None))
#if QT_CONFIG(accessibility)
        self.jbNaam.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Jeugdbeschermer", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_jbTelefoon.setText(QCoreApplication.translate("JongereDialog", u"Telefoon jeu&gdbeschermer:", None))
#if QT_CONFIG(accessibility)
        self.jbTelefoon.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Telefoon jeugdbeschermer", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_jbEmail.setText(QCoreApplication.translate("JongereDialog", u"E-&mail jeugdbeschermer:", None))
#if QT_CONFIG(accessibility)
        self.jbEmail.setAccessibleName(QCoreApplication.translate("JongereDialog", u"E-mail jeugdbeschermer", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_mentor.setText(QCoreApplication.translate("JongereDialog", u"&Mentor:", None))
#if QT_CONFIG(accessibility)
        self.mentor.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Eerste mentor", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_notities.setText(QCoreApplication.translate("JongereDialog", u"&Notities:", None))
#if QT_CONFIG(accessibility)
        self.notities.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Notities", None))
#endif // QT_CONFIG(accessibility)
        self.foutLabel.setText("")
#if QT_CONFIG(accessibility)
        self.foutLabel.setAccessibleName(QCoreApplication.translate("JongereDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

