# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'correctie_dialog.ui'
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
    QGridLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CorrectieDialog(object):
    def setupUi(self, CorrectieDialog):
        if not CorrectieDialog.objectName():
            CorrectieDialog.setObjectName(u"CorrectieDialog")
        CorrectieDialog.resize(560, 300)
        self.dialogLayout = QVBoxLayout(CorrectieDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.uitleg = QLabel(CorrectieDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setWordWrap(True)

        self.dialogLayout.addWidget(self.uitleg)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.lbl_ontvangen = QLabel(CorrectieDialog)
        self.lbl_ontvangen.setObjectName(u"lbl_ontvangen")

        self.form.addWidget(self.lbl_ontvangen, 0, 0, 1, 1)

        self.ontvangen = QLineEdit(CorrectieDialog)
        self.ontvangen.setObjectName(u"ontvangen")

        self.form.addWidget(self.ontvangen, 0, 1, 1, 1)

        self.lbl_van = QLabel(CorrectieDialog)
        self.lbl_van.setObjectName(u"lbl_van")

        self.form.addWidget(self.lbl_van, 1, 0, 1, 1)

        self.van = QLineEdit(CorrectieDialog)
        self.van.setObjectName(u"van")

        self.form.addWidget(self.van, 1, 1, 1, 1)

        self.lbl_omschrijving = QLabel(CorrectieDialog)
        self.lbl_omschrijving.setObjectName(u"lbl_omschrijving")
        self.lbl_omschrijving.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.form.addWidget(self.lbl_omschrijving, 2, 0, 1, 1)

        self.omschrijving = QPlainTextEdit(CorrectieDialog)
        self.omschrijving.setObjectName(u"omschrijving")
        self.omschrijving.setTabChangesFocus(True)

        self.form.addWidget(self.omschrijving, 2, 1, 1, 1)

        self.form.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.form)

        self.foutLabel = QLabel(CorrectieDialog)
        self.foutLabel.setObjectName(u"foutLabel")
        self.foutLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.foutLabel)

        self.buttonBox = QDialogButtonBox(CorrectieDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lbl_ontvangen.setBuddy(self.ontvangen)
        self.lbl_van.setBuddy(self.van)
        self.lbl_omschrijving.setBuddy(self.omschrijving)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.ontvangen, self.van)
        QWidget.setTabOrder(self.van, self.omschrijving)
        QWidget.setTabOrder(self.omschrijving, self.buttonBox)

        self.retranslateUi(CorrectieDialog)

        QMetaObject.connectSlotsByName(CorrectieDialog)
    # setupUi

    def retranslateUi(self, CorrectieDialog):
        CorrectieDialog.setWindowTitle(QCoreApplication.translate("CorrectieDialog", u"Correctieverzoek vastleggen", None))
        self.uitleg.setText(QCoreApplication.translate("CorrectieDialog", u"Leg vast wat de jongere (of de voogd) volgens hen niet klopt en wanneer het verzoek binnenkwam. Het antwoord moet binnen een maand.", None))
        self.lbl_ontvangen.setText(QCoreApplication.translate("CorrectieDialog", u"O&ntvangen op:", None))
        self.ontvangen.setPlaceholderText(QCoreApplication.translate("CorrectieDialog", u"dd-mm-jjjj", None))
#if QT_CONFIG(accessibility)
        self.ontvangen.setAccessibleName(QCoreApplication.translate("CorrectieDialog", u"Ontvangen op", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_van.setText(QCoreApplication.translate("CorrectieDialog", u"&Van:", None))
        self.van.setPlaceholderText(QCoreApplication.translate("CorrectieDialog", u"de jongere, de voogd, ...", None))
#if QT_CONFIG(accessibility)
        self.van.setAccessibleName(QCoreApplication.translate("CorrectieDialog", u"Van", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_omschrijving.setText(QCoreApplication.translate("CorrectieDialog", u"&Wat klopt er niet:", None))
#if QT_CONFIG(accessibility)
        self.omschrijving.setAccessibleName(QCoreApplication.translate("CorrectieDialog", u"Omschrijving", None))
#endif // QT_CONFIG(accessibility)
        self.foutLabel.setText("")
#if QT_CONFIG(accessibility)
        self.foutLabel.setAccessibleName(QCoreApplication.translate("CorrectieDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

