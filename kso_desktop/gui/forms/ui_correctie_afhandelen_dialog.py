# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'correctie_afhandelen_dialog.ui'
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
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CorrectieAfhandelenDialog(object):
    def setupUi(self, CorrectieAfhandelenDialog):
        if not CorrectieAfhandelenDialog.objectName():
            CorrectieAfhandelenDialog.setObjectName(u"CorrectieAfhandelenDialog")
        CorrectieAfhandelenDialog.resize(560, 340)
        self.dialogLayout = QVBoxLayout(CorrectieAfhandelenDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.verzoek = QLabel(CorrectieAfhandelenDialog)
        self.verzoek.setObjectName(u"verzoek")
        self.verzoek.setWordWrap(True)

        self.dialogLayout.addWidget(self.verzoek)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.lbl_besluit = QLabel(CorrectieAfhandelenDialog)
        self.lbl_besluit.setObjectName(u"lbl_besluit")

        self.form.addWidget(self.lbl_besluit, 0, 0, 1, 1)

        self.besluitLayout = QHBoxLayout()
        self.besluitLayout.setObjectName(u"besluitLayout")
        self.uitgevoerd = QRadioButton(CorrectieAfhandelenDialog)
        self.uitgevoerd.setObjectName(u"uitgevoerd")
        self.uitgevoerd.setChecked(True)

        self.besluitLayout.addWidget(self.uitgevoerd)

        self.afgewezen = QRadioButton(CorrectieAfhandelenDialog)
        self.afgewezen.setObjectName(u"afgewezen")

        self.besluitLayout.addWidget(self.afgewezen)

        self.besluitRuimte = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.besluitLayout.addItem(self.besluitRuimte)


        self.form.addLayout(self.besluitLayout, 0, 1, 1, 1)

        self.lbl_toelichting = QLabel(CorrectieAfhandelenDialog)
        self.lbl_toelichting.setObjectName(u"lbl_toelichting")
        self.lbl_toelichting.setAlignment(Qt.AlignLeft|Qt.AlignTop)

        self.form.addWidget(self.lbl_toelichting, 1, 0, 1, 1)

        self.toelichting = QPlainTextEdit(CorrectieAfhandelenDialog)
        self.toelichting.setObjectName(u"toelichting")
        self.toelichting.setTabChangesFocus(True)

        self.form.addWidget(self.toelichting, 1, 1, 1, 1)

        self.lbl_datum = QLabel(CorrectieAfhandelenDialog)
        self.lbl_datum.setObjectName(u"lbl_datum")

        self.form.addWidget(self.lbl_datum, 2, 0, 1, 1)

        self.datum = QLineEdit(CorrectieAfhandelenDialog)
        self.datum.setObjectName(u"datum")

        self.form.addWidget(self.datum, 2, 1, 1, 1)

        self.form.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.form)

        self.foutLabel = QLabel(CorrectieAfhandelenDialog)
        self.foutLabel.setObjectName(u"foutLabel")
        self.foutLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.foutLabel)

        self.buttonBox = QDialogButtonBox(CorrectieAfhandelenDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lbl_toelichting.setBuddy(self.toelichting)
        self.lbl_datum.setBuddy(self.datum)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.uitgevoerd, self.afgewezen)
        QWidget.setTabOrder(self.afgewezen, self.toelichting)
        QWidget.setTabOrder(self.toelichting, self.datum)
        QWidget.setTabOrder(self.datum, self.buttonBox)

        self.retranslateUi(CorrectieAfhandelenDialog)

        QMetaObject.connectSlotsByName(CorrectieAfhandelenDialog)
    # setupUi

    def retranslateUi(self, CorrectieAfhandelenDialog):
        CorrectieAfhandelenDialog.setWindowTitle(QCoreApplication.translate("CorrectieAfhandelenDialog", u"Correctieverzoek afhandelen", None))
        self.verzoek.setText("")
#if QT_CONFIG(accessibility)
        self.verzoek.setAccessibleName(QCoreApplication.translate("CorrectieAfhandelenDialog", u"Het verzoek", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_besluit.setText(QCoreApplication.translate("CorrectieAfhandelenDialog", u"Besluit:", None))
        self.uitgevoerd.setText(QCoreApplication.translate("CorrectieAfhandelenDialog", u"&Gecorrigeerd", None))
        self.afgewezen.setText(QCoreApplication.translate("CorrectieAfhandelenDialog", u"Afge&wezen", None))
        self.lbl_toelichting.setText(QCoreApplication.translate("CorrectieAfhandelenDialog", u"&Toelichting:", None))
        self.toelichting.setPlaceholderText(QCoreApplication.translate("CorrectieAfhandelenDialog", u"wat is aangepast, of waarom niet", None))
#if QT_CONFIG(accessibility)
        self.toelichting.setAccessibleName(QCoreApplication.translate("CorrectieAfhandelenDialog", u"Toelichting", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_datum.setText(QCoreApplication.translate("CorrectieAfhandelenDialog", u"&Datum afgehandeld:", None))
        self.datum.setPlaceholderText(QCoreApplication.translate("CorrectieAfhandelenDialog", u"dd-mm-jjjj", None))
#if QT_CONFIG(accessibility)
        self.datum.setAccessibleName(QCoreApplication.translate("CorrectieAfhandelenDialog", u"Afgehandeld op", None))
#endif // QT_CONFIG(accessibility)
        self.foutLabel.setText("")
#if QT_CONFIG(accessibility)
        self.foutLabel.setAccessibleName(QCoreApplication.translate("CorrectieAfhandelenDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

