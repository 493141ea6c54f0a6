# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'gebeurtenis_dialog.ui'
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

class Ui_GebeurtenisDialog(object):
    def setupUi(self, GebeurtenisDialog):
        if not GebeurtenisDialog.objectName():
            GebeurtenisDialog.setObjectName(u"GebeurtenisDialog")
        GebeurtenisDialog.resize(560, 220)
        self.dialogLayout = QVBoxLayout(GebeurtenisDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.uitleg = QLabel(GebeurtenisDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setWordWrap(True)

        self.dialogLayout.addWidget(self.uitleg)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.lbl_soort = QLabel(GebeurtenisDialog)
        self.lbl_soort.setObjectName(u"lbl_soort")

        self.form.addWidget(self.lbl_soort, 0, 0, 1, 1)

        self.soort = QComboBox(GebeurtenisDialog)
        self.soort.setObjectName(u"soort")

        self.form.addWidget(self.soort, 0, 1, 1, 1)

        self.lbl_datum = QLabel(GebeurtenisDialog)
        self.lbl_datum.setObjectName(u"lbl_datum")

        self.form.addWidget(self.lbl_datum, 1, 0, 1, 1)

        self.datum = QLineEdit(GebeurtenisDialog)
        self.datum.setObjectName(u"datum")

        self.form.addWidget(self.datum, 1, 1, 1, 1)

        self.lbl_notitie = QLabel(GebeurtenisDialog)
        self.lbl_notitie.setObjectName(u"lbl_notitie")

        self.form.addWidget(self.lbl_notitie, 2, 0, 1, 1)

        self.notitie = QLineEdit(GebeurtenisDialog)
        self.notitie.setObjectName(u"notitie")

        self.form.addWidget(self.notitie, 2, 1, 1, 1)

        self.form.setColumnStretch(1, 1)

        self.dialogLayout.addLayout(self.form)

        self.foutLabel = QLabel(GebeurtenisDialog)
        self.foutLabel.setObjectName(u"foutLabel")
        self.foutLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.foutLabel)

        self.buttonBox = QDialogButtonBox(GebeurtenisDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lbl_soort.setBuddy(self.soort)
        self.lbl_datum.setBuddy(self.datum)
        self.lbl_notitie.setBuddy(self.notitie)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.soort, self.datum)
        QWidget.setTabOrder(self.datum, self.notitie)
        QWidget.setTabOrder(self.notitie, self.buttonBox)

        self.retranslateUi(GebeurtenisDialog)

        QMetaObject.connectSlotsByName(GebeurtenisDialog)
    # setupUi

    def retranslateUi(self, GebeurtenisDialog):
        GebeurtenisDialog.setWindowTitle(QCoreApplication.translate("GebeurtenisDialog", u"Vastleggen wat er gebeurd is", None))
        self.uitleg.setText(QCoreApplication.translate("GebeurtenisDialog", u"Leg vast wat er al gebeurd is, ook als het op papier of v\u00f3\u00f3r KSO Desktop was. De termijnen van het kwaliteitskader tellen vanaf deze datum.", None))
        self.lbl_soort.setText(QCoreApplication.translate("GebeurtenisDialog", u"&Wat is er gebeurd:", None))
#if QT_CONFIG(accessibility)
        self.soort.setAccessibleName(QCoreApplication.translate("GebeurtenisDialog", u"Wat is er gebeurd", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_datum.setText(QCoreApplication.translate("GebeurtenisDialog", u"&Datum:", None))
        self.datum.setPlaceholderText(QCoreApplication.translate("GebeurtenisDialog", u"dd-mm-jjjj", None))
#if QT_CONFIG(accessibility)
        self.datum.setAccessibleName(QCoreApplication.translate("GebeurtenisDialog", u"Datum", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_notitie.setText(QCoreApplication.translate("GebeurtenisDialog", u"&Notitie:", None))
        self.notitie.setPlaceholderText(QCoreApplication.translate("GebeurtenisDialog", u"bijvoorbeeld: verslag staat in het papieren dossier", None))
#if QT_CONFIG(accessibility)
        self.notitie.setAccessibleName(QCoreApplication.translate("GebeurtenisDialog", u"Notitie", None))
#endif // QT_CONFIG(accessibility)
        self.foutLabel.setText("")
#if QT_CONFIG(accessibility)
        self.foutLabel.setAccessibleName(QCoreApplication.translate("GebeurtenisDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

