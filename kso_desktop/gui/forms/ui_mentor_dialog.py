# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mentor_dialog.ui'
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

class Ui_MentorDialog(object):
    def setupUi(self, MentorDialog):
        if not MentorDialog.objectName():
            MentorDialog.setObjectName(u"MentorDialog")
        MentorDialog.resize(560, 400)
        self.dialogLayout = QVBoxLayout(MentorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.uitleg = QLabel(MentorDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setWordWrap(True)

        self.dialogLayout.addWidget(self.uitleg)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.lbl_huidig = QLabel(MentorDialog)
        self.lbl_huidig.setObjectName(u"lbl_huidig")

        self.form.addWidget(self.lbl_huidig, 0, 0, 1, 1)

        self.huidig = QLabel(MentorDialog)
        self.huidig.setObjectName(u"huidig")

        self.form.addWidget(self.huidig, 0, 1, 1, 1)

        self.lbl_medewerker = QLabel(MentorDialog)
        self.lbl_medewerker.setObjectName(u"lbl_medewerker")

        self.form.addWidget(self.lbl_medewerker, 1, 0, 1, 1)

        self.medewerker = QComboBox(MentorDialog)
        self.medewerker.setObjectName(u"medewerker")

        self.form.addWidget(self.medewerker, 1, 1, 1, 1)

        self.lbl_ingang = QLabel(MentorDialog)
        self.lbl_ingang.setObjectName(u"lbl_ingang")

        self.form.addWidget(self.lbl_ingang, 2, 0, 1, 1)

        self.ingang = QLineEdit(MentorDialog)
        self.ingang.setObjectName(u"ingang")

        self.form.addWidget(self.ingang, 2, 1, 1, 1)

        self.lbl_reden = QLabel(MentorDialog)
        self.lbl_reden.setObjectName(u"lbl_reden")

        self.form.addWidget(self.lbl_reden, 3, 0, 1, 1)

        self.reden = QLineEdit(MentorDialog)
        self.reden.setObjectName(u"reden")

        self.form.addWidget(self.reden, 3, 1, 1, 1)


        self.dialogLayout.addLayout(self.form)

        self.foutLabel = QLabel(MentorDialog)
        self.foutLabel.setObjectName(u"foutLabel")
        self.foutLabel.setWordWrap(True)
        self.foutLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.dialogLayout.addWidget(self.foutLabel)

        self.buttonBox = QDialogButtonBox(MentorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lbl_huidig.setBuddy(self.huidig)
        self.lbl_medewerker.setBuddy(self.medewerker)
        self.lbl_ingang.setBuddy(self.ingang)
        self.lbl_reden.setBuddy(self.reden)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.huidig, self.medewerker)
        QWidget.setTabOrder(self.medewerker, self.ingang)
        QWidget.setTabOrder(self.ingang, self.reden)
        QWidget.setTabOrder(self.reden, self.buttonBox)

        self.retranslateUi(MentorDialog)

        QMetaObject.connectSlotsByName(MentorDialog)
    # setupUi

    def retranslateUi(self, MentorDialog):
        MentorDialog.setWindowTitle(QCoreApplication.translate("MentorDialog", u"Mentor wijzigen", None))
        self.uitleg.setText(QCoreApplication.translate("MentorDialog", u"De jongere kan van mentor wisselen (Norm 3.3a, 7.2c). De vorige mentor blijft in de historie staan.", None))
        self.lbl_huidig.setText(QCoreApplication.translate("MentorDialog", u"Huidige mentor:", None))
        self.huidig.setText(QCoreApplication.translate("MentorDialog", u"\u2013", None))
        self.lbl_medewerker.setText(QCoreApplication.translate("MentorDialog", u"&Nieuwe mentor:", None))
#if QT_CONFIG(accessibility)
        self.medewerker.setAccessibleName(QCoreApplication.translate("MentorDialog", u"Nieuwe mentor", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_ingang.setText(QCoreApplication.translate("MentorDialog", u"&Ingangsdatum:", None))
        self.ingang.setPlaceholderText(QCoreApplication.translate("MentorDialog", u"dd-mm-jjjj", None))
#if QT_CONFIG(accessibility)
        self.ingang.setAccessibleName(QCoreApplication.translate("MentorDialog", u"Ingangsdatum", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_reden.setText(QCoreApplication.translate("MentorDialog", u"&Reden:", None))
        self.reden.setPlaceholderText(QCoreApplication.translate("MentorDialog", u"bijvoorbeeld: op verzoek van de jongere (Norm 3.3a)", None))
#if QT_CONFIG(accessibility)
        self.reden.setAccessibleName(QCoreApplication.translate("MentorDialog", u"Reden", None))
#endif // QT_CONFIG(accessibility)
        self.foutLabel.setText("")
#if QT_CONFIG(accessibility)
        self.foutLabel.setAccessibleName(QCoreApplication.translate("MentorDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

