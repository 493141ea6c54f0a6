# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'naar_plan_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPlainTextEdit, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NaarPlanDialog(object):
    def setupUi(self, NaarPlanDialog):
        if not NaarPlanDialog.objectName():
            NaarPlanDialog.setObjectName(u"NaarPlanDialog")
        NaarPlanDialog.resize(720, 560)
        self.dialogLayout = QVBoxLayout(NaarPlanDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.lbl_lijst = QLabel(NaarPlanDialog)
        self.lbl_lijst.setObjectName(u"lbl_lijst")

        self.dialogLayout.addWidget(self.lbl_lijst)

        self.lijst = QListWidget(NaarPlanDialog)
        self.lijst.setObjectName(u"lijst")
        self.lijst.setWordWrap(True)

        self.dialogLayout.addWidget(self.lijst)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.lbl_tekst = QLabel(NaarPlanDialog)
        self.lbl_tekst.setObjectName(u"lbl_tekst")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lbl_tekst)

        self.tekst = QPlainTextEdit(NaarPlanDialog)
        self.tekst.setObjectName(u"tekst")
        self.tekst.setTabChangesFocus(True)
        self.tekst.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tekst)

        self.lbl_leefgebied = QLabel(NaarPlanDialog)
        self.lbl_leefgebied.setObjectName(u"lbl_leefgebied")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lbl_leefgebied)

        self.leefgebied = QComboBox(NaarPlanDialog)
        self.leefgebied.setObjectName(u"leefgebied")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leefgebied)

        self.lbl_soort = QLabel(NaarPlanDialog)
        self.lbl_soort.setObjectName(u"lbl_soort")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lbl_soort)

        self.soortRij = QHBoxLayout()
        self.soortRij.setObjectName(u"soortRij")
        self.alsDoel = QRadioButton(NaarPlanDialog)
        self.alsDoel.setObjectName(u"alsDoel")
        self.alsDoel.setChecked(True)

        self.soortRij.addWidget(self.alsDoel)

        self.alsActie = QRadioButton(NaarPlanDialog)
        self.alsActie.setObjectName(u"alsActie")

        self.soortRij.addWidget(self.alsActie)

        self.doel = QComboBox(NaarPlanDialog)
        self.doel.setObjectName(u"doel")
        self.doel.setEnabled(False)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.doel.sizePolicy().hasHeightForWidth())
        self.doel.setSizePolicy(sizePolicy)

        self.soortRij.addWidget(self.doel)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.soortRij)


        self.dialogLayout.addLayout(self.form)

        self.fout = QLabel(NaarPlanDialog)
        self.fout.setObjectName(u"fout")
        self.fout.setWordWrap(True)
        self.fout.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.fout)

        self.buttonBox = QDialogButtonBox(NaarPlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lbl_lijst.setBuddy(self.lijst)
        self.lbl_tekst.setBuddy(self.tekst)
        self.lbl_leefgebied.setBuddy(self.leefgebied)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.lijst, self.tekst)
        QWidget.setTabOrder(self.tekst, self.leefgebied)
        QWidget.setTabOrder(self.leefgebied, self.alsDoel)
        QWidget.setTabOrder(self.alsDoel, self.alsActie)
        QWidget.setTabOrder(self.alsActie, self.doel)
        QWidget.setTabOrder(self.doel, self.buttonBox)

        self.retranslateUi(NaarPlanDialog)

        QMetaObject.connectSlotsByName(NaarPlanDialog)
    # setupUi

    def retranslateUi(self, NaarPlanDialog):
        NaarPlanDialog.setWindowTitle(QCoreApplication.translate("NaarPlanDialog", u"Bevinding naar het begeleidingsplan", None))
        self.lbl_lijst.setText(QCoreApplication.translate("NaarPlanDialog", u"&Bevinding:", None))
#if QT_CONFIG(accessibility)
        self.lijst.setAccessibleName(QCoreApplication.translate("NaarPlanDialog", u"Bevindingen", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_tekst.setText(QCoreApplication.translate("NaarPlanDialog", u"&Tekst voor het plan:", None))
#if QT_CONFIG(accessibility)
        self.tekst.setAccessibleName(QCoreApplication.translate("NaarPlanDialog", u"Tekst voor het plan", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_leefgebied.setText(QCoreApplication.translate("NaarPlanDialog", u"&Leefgebied:", None))
#if QT_CONFIG(accessibility)
        self.leefgebied.setAccessibleName(QCoreApplication.translate("NaarPlanDialog", u"Leefgebied", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_soort.setText(QCoreApplication.translate("NaarPlanDialog", u"Toevoegen:", None))
        self.alsDoel.setText(QCoreApplication.translate("NaarPlanDialog", u"Als nieuw &doel", None))
        self.alsActie.setText(QCoreApplication.translate("NaarPlanDialog", u"Als &actie bij doel:", None))
#if QT_CONFIG(accessibility)
        self.doel.setAccessibleName(QCoreApplication.translate("NaarPlanDialog", u"Doel", None))
#endif // QT_CONFIG(accessibility)
        self.fout.setStyleSheet(QCoreApplication.translate("NaarPlanDialog", u"color: #b71c1c; font-weight: bold;", None))
        self.fout.setText("")
    # retranslateUi

