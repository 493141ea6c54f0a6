# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vaststellen_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGridLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_VaststellenDialog(object):
    def setupUi(self, VaststellenDialog):
        if not VaststellenDialog.objectName():
            VaststellenDialog.setObjectName(u"VaststellenDialog")
        VaststellenDialog.resize(560, 320)
        self.dialogLayout = QVBoxLayout(VaststellenDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.uitleg = QLabel(VaststellenDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setWordWrap(True)

        self.dialogLayout.addWidget(self.uitleg)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.lbl_datum = QLabel(VaststellenDialog)
        self.lbl_datum.setObjectName(u"lbl_datum")

        self.form.addWidget(self.lbl_datum, 0, 0, 1, 1)

        self.datum = QLineEdit(VaststellenDialog)
        self.datum.setObjectName(u"datum")

        self.form.addWidget(self.datum, 0, 1, 1, 1)

        self.akkoord = QCheckBox(VaststellenDialog)
        self.akkoord.setObjectName(u"akkoord")

        self.form.addWidget(self.akkoord, 1, 1, 1, 1)

        self.lbl_jeugdbeschermer = QLabel(VaststellenDialog)
        self.lbl_jeugdbeschermer.setObjectName(u"lbl_jeugdbeschermer")

        self.form.addWidget(self.lbl_jeugdbeschermer, 2, 0, 1, 1)

        self.jeugdbeschermer = QLineEdit(VaststellenDialog)
        self.jeugdbeschermer.setObjectName(u"jeugdbeschermer")

        self.form.addWidget(self.jeugdbeschermer, 2, 1, 1, 1)

        self.lbl_woonbegeleider = QLabel(VaststellenDialog)
        self.lbl_woonbegeleider.setObjectName(u"lbl_woonbegeleider")

        self.form.addWidget(self.lbl_woonbegeleider, 3, 0, 1, 1)

        self.woonbegeleider = QLineEdit(VaststellenDialog)
        self.woonbegeleider.setObjectName(u"woonbegeleider")

        self.form.addWidget(self.woonbegeleider, 3, 1, 1, 1)


        self.dialogLayout.addLayout(self.form)

        self.foutLabel = QLabel(VaststellenDialog)
        self.foutLabel.setObjectName(u"foutLabel")
        self.foutLabel.setWordWrap(True)
        self.foutLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.dialogLayout.addWidget(self.foutLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(VaststellenDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lbl_datum.setBuddy(self.datum)
        self.lbl_jeugdbeschermer.setBuddy(self.jeugdbeschermer)
        self.lbl_woonbegeleider.setBuddy(self.woonbegeleider)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.datum, self.akkoord)
        QWidget.setTabOrder(self.akkoord, self.jeugdbeschermer)
        QWidget.setTabOrder(self.jeugdbeschermer, self.woonbegeleider)
        QWidget.setTabOrder(self.woonbegeleider, self.buttonBox)

        self.retranslateUi(VaststellenDialog)

        QMetaObject.connectSlotsByName(VaststellenDialog)
    # setupUi

    def retranslateUi(self, VaststellenDialog):
        VaststellenDialog.setWindowTitle(QCoreApplication.translate("VaststellenDialog", u"Plan vaststellen", None))
        self.uitleg.setText("")
        self.lbl_datum.setText(QCoreApplication.translate("VaststellenDialog", u"&Datum:", None))
        self.datum.setPlaceholderText(QCoreApplication.translate("VaststellenDialog", u"dd-mm-jjjj", None))
#if QT_CONFIG(accessibility)
        self.datum.setAccessibleName(QCoreApplication.translate("VaststellenDialog", u"Datum van vaststellen", None))
#endif // QT_CONFIG(accessibility)
        self.akkoord.setText(QCoreApplication.translate("VaststellenDialog", u"De &jongere is akkoord met dit plan", None))
        self.lbl_jeugdbeschermer.setText(QCoreApplication.translate("VaststellenDialog", u"Jeugd&beschermer:", None))
#if QT_CONFIG(accessibility)
        self.jeugdbeschermer.setAccessibleName(QCoreApplication.translate("VaststellenDialog", u"Jeugdbeschermer", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_woonbegeleider.setText(QCoreApplication.translate("VaststellenDialog", u"&Woonbegeleider:", None))
#if QT_CONFIG(accessibility)
        self.woonbegeleider.setAccessibleName(QCoreApplication.translate("VaststellenDialog", u"Woonbegeleider", None))
#endif // QT_CONFIG(accessibility)
        self.foutLabel.setText("")
#if QT_CONFIG(accessibility)
        self.foutLabel.setAccessibleName(QCoreApplication.translate("VaststellenDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

