# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'doel_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_DoelDialog(object):
    def setupUi(self, DoelDialog):
        if not DoelDialog.objectName():
            DoelDialog.setObjectName(u"DoelDialog")
        DoelDialog.resize(680, 600)
        self.dialogLayout = QVBoxLayout(DoelDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.uitleg = QLabel(DoelDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setWordWrap(True)

        self.dialogLayout.addWidget(self.uitleg)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.lbl_leefgebied = QLabel(DoelDialog)
        self.lbl_leefgebied.setObjectName(u"lbl_leefgebied")

        self.form.addWidget(self.lbl_leefgebied, 0, 0, 1, 1)

        self.leefgebied = QComboBox(DoelDialog)
        self.leefgebied.setObjectName(u"leefgebied")

        self.form.addWidget(self.leefgebied, 0, 1, 1, 1)

        self.lbl_eigenWoorden = QLabel(DoelDialog)
        self.lbl_eigenWoorden.setObjectName(u"lbl_eigenWoorden")
        self.lbl_eigenWoorden.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.form.addWidget(self.lbl_eigenWoorden, 1, 0, 1, 1)

        self.eigenWoorden = QPlainTextEdit(DoelDialog)
        self.eigenWoorden.setObjectName(u"eigenWoorden")
        self.eigenWoorden.setMaximumSize(QSize(16777215, 80))
        self.eigenWoorden.setTabChangesFocus(True)

        self.form.addWidget(self.eigenWoorden, 1, 1, 1, 1)

        self.lbl_professioneel = QLabel(DoelDialog)
        self.lbl_professioneel.setObjectName(u"lbl_professioneel")
        self.lbl_professioneel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.form.addWidget(self.lbl_professioneel, 2, 0, 1, 1)

        self.professioneel = QPlainTextEdit(DoelDialog)
        self.professioneel.setObjectName(u"professioneel")
        self.professioneel.setMaximumSize(QSize(16777215, 80))
        self.professioneel.setTabChangesFocus(True)

        self.form.addWidget(self.professioneel, 2, 1, 1, 1)

        self.lbl_status = QLabel(DoelDialog)
        self.lbl_status.setObjectName(u"lbl_status")

        self.form.addWidget(self.lbl_status, 3, 0, 1, 1)

        self.status = QComboBox(DoelDialog)
        self.status.setObjectName(u"status")

        self.form.addWidget(self.status, 3, 1, 1, 1)

        self.lbl_streefdatum = QLabel(DoelDialog)
        self.lbl_streefdatum.setObjectName(u"lbl_streefdatum")

        self.form.addWidget(self.lbl_streefdatum, 4, 0, 1, 1)

        self.streefdatum = QLineEdit(DoelDialog)
        self.streefdatum.setObjectName(u"streefdatum")

        self.form.addWidget(self.streefdatum, 4, 1, 1, 1)


        self.dialogLayout.addLayout(self.form)

        self.actiesKop = QHBoxLayout()
        self.actiesKop.setObjectName(u"actiesKop")
        self.lbl_acties = QLabel(DoelDialog)
        self.lbl_acties.setObjectName(u"lbl_acties")

        self.actiesKop.addWidget(self.lbl_acties)

        self.actieVerwijderenKnop = QPushButton(DoelDialog)
        self.actieVerwijderenKnop.setObjectName(u"actieVerwijderenKnop")
        self.actieVerwijderenKnop.setAutoDefault(False)

        self.actiesKop.addWidget(self.actieVerwijderenKnop)

        self.actiesKop.setStretch(0, 1)

        self.dialogLayout.addLayout(self.actiesKop)

        self.actiesView = QTableView(DoelDialog)
        self.actiesView.setObjectName(u"actiesView")
        self.actiesView.setMinimumSize(QSize(0, 70))
        self.actiesView.setMaximumSize(QSize(16777215, 120))
        self.actiesView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.actiesView.setAlternatingRowColors(True)
        self.actiesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actiesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.actiesView.setWordWrap(True)
        self.actiesView.setTabKeyNavigation(False)
        self.actiesView.horizontalHeader().setStretchLastSection(True)
        self.actiesView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.actiesView)

        self.actieRij = QHBoxLayout()
        self.actieRij.setObjectName(u"actieRij")
        self.lbl_actieWie = QLabel(DoelDialog)
        self.lbl_actieWie.setObjectName(u"lbl_actieWie")

        self.actieRij.addWidget(self.lbl_actieWie)

        self.actieWie = QComboBox(DoelDialog)
        self.actieWie.setObjectName(u"actieWie")

        self.actieRij.addWidget(self.actieWie)

        self.lbl_actieWat = QLabel(DoelDialog)
        self.lbl_actieWat.setObjectName(u"lbl_actieWat")

        self.actieRij.addWidget(self.lbl_actieWat)

        self.actieWat = QLineEdit(DoelDialog)
        self.actieWat.setObjectName(u"actieWat")

        self.actieRij.addWidget(self.actieWat)

        self.lbl_actieWanneer = QLabel(DoelDialog)
        self.lbl_actieWanneer.setObjectName(u"lbl_actieWanneer")

        self.actieRij.addWidget(self.lbl_actieWanneer)

        self.actieWanneer = QLineEdit(DoelDialog)
        self.actieWanneer.setObjectName(u"actieWanneer")
        self.actieWanneer.setMaximumSize(QSize(110, 16777215))

        self.actieRij.addWidget(self.actieWanneer)

        self.actieToevoegenKnop = QPushButton(DoelDialog)
        self.actieToevoegenKnop.setObjectName(u"actieToevoegenKnop")
        self.actieToevoegenKnop.setAutoDefault(False)

        self.actieRij.addWidget(self.actieToevoegenKnop)

        self.actieRij.setStretch(3, 1)

        self.dialogLayout.addLayout(self.actieRij)

        self.lbl_evaluaties = QLabel(DoelDialog)
        self.lbl_evaluaties.setObjectName(u"lbl_evaluaties")
        self.lbl_evaluaties.setWordWrap(True)

        self.dialogLayout.addWidget(self.lbl_evaluaties)

        self.evaluatiesView = QTableView(DoelDialog)
        self.evaluatiesView.setObjectName(u"evaluatiesView")
        self.evaluatiesView.setMinimumSize(QSize(0, 60))
        self.evaluatiesView.setMaximumSize(QSize(16777215, 100))
        self.evaluatiesView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.evaluatiesView.setAlternatingRowColors(True)
        self.evaluatiesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.evaluatiesView.setWordWrap(True)
        self.evaluatiesView.setTabKeyNavigation(False)
        self.evaluatiesView.horizontalHeader().setStretchLastSection(True)
        self.evaluatiesView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.evaluatiesView)

        self.foutLabel = QLabel(DoelDialog)
        self.foutLabel.setObjectName(u"foutLabel")
        self.foutLabel.setWordWrap(True)
        self.foutLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.dialogLayout.addWidget(self.foutLabel)

        self.buttonBox = QDialogButtonBox(DoelDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lbl_leefgebied.setBuddy(self.leefgebied)
        self.lbl_eigenWoorden.setBuddy(self.eigenWoorden)
        self.lbl_professioneel.setBuddy(self.professioneel)
        self.lbl_status.setBuddy(self.status)
        self.lbl_streefdatum.setBuddy(self.streefdatum)
        self.lbl_acties.setBuddy(self.actiesView)
        self.lbl_actieWie.setBuddy(self.actieWie)
        self.lbl_actieWat.setBuddy(self.actieWat)
        self.lbl_actieWanneer.setBuddy(self.actieWanneer)
        self.lbl_evaluaties.setBuddy(self.evaluatiesView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.leefgebied, self.eigenWoorden)
        QWidget.setTabOrder(self.eigenWoorden, self.professioneel)
        QWidget.setTabOrder(self.professioneel, self.status)
        QWidget.setTabOrder(self.status, self.streefdatum)
        QWidget.setTabOrder(self.streefdatum, self.actiesView)
        QWidget.setTabOrder(self.actiesView, self.actieVerwijderenKnop)
        QWidget.setTabOrder(self.actieVerwijderenKnop, self.actieWie)
        QWidget.setTabOrder(self.actieWie, self.actieWat)
        QWidget.setTabOrder(self.actieWat, self.actieWanneer)
        QWidget.setTabOrder(self.actieWanneer, self.actieToevoegenKnop)
        QWidget.setTabOrder(self.actieToevoegenKnop, self.evaluatiesView)
        QWidget.setTabOrder(self.evaluatiesView, self.buttonBox)

        self.retranslateUi(DoelDialog)

        QMetaObject.connectSlotsByName(DoelDialog)
    # setupUi

    def retranslateUi(self, DoelDialog):
        DoelDialog.setWindowTitle(QCoreApplication.translate("DoelDialog", u"Doel", None))
        self.uitleg.setText(QCoreApplication.translate("DoelDialog", u"Schrijf het doel op zoals de jongere het zegt, en daarnaast in professionele woorden (Norm 1.1a). Ctrl+Enter slaat op.", None))
        self.lbl_leefgebied.setText(QCoreApplication.translate("DoelDialog", u"&Leefgebied:", None))
#if QT_CONFIG(accessibility)
        self.leefgebied.setAccessibleName(QCoreApplication.translate("DoelDialog", u"Leefgebied", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_eigenWoorden.setText(QCoreApplication.translate("DoelDialog", u"In de &woorden van\n"
"de jongere:", None))
#if QT_CONFIG(accessibility)
        self.eigenWoorden.setAccessibleName(QCoreApplication.translate("DoelDialog", u"In de woorden van de jongere", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_professioneel.setText(QCoreApplication.translate("DoelDialog", u"&Professioneel:", None))
#if QT_CONFIG(accessibility)
        self.professioneel.setAccessibleName(QCoreApplication.translate("DoelDialog", u"Professioneel", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_status.setText(QCoreApplication.translate("DoelDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("DoelDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_streefdatum.setText(QCoreApplication.translate("DoelDialog", u"Stree&fdatum:", None))
        self.streefdatum.setPlaceholderText(QCoreApplication.translate("DoelDialog", u"dd-mm-jjjj (mag leeg blijven)", None))
#if QT_CONFIG(accessibility)
        self.streefdatum.setAccessibleName(QCoreApplication.translate("DoelDialog", u"Streefdatum", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_acties.setText(QCoreApplication.translate("DoelDialog", u"&Acties \u2013 wie doet wat, en wanneer:", None))
        self.actieVerwijderenKnop.setText(QCoreApplication.translate("DoelDialog", u"Gekozen actie verwij&deren", None))
#if QT_CONFIG(accessibility)
        self.actiesView.setAccessibleName(QCoreApplication.translate("DoelDialog", u"Acties", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_actieWie.setText(QCoreApplication.translate("DoelDialog", u"W&ie:", None))
#if QT_CONFIG(accessibility)
        self.actieWie.setAccessibleName(QCoreApplication.translate("DoelDialog", u"Wie doet de actie", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_actieWat.setText(QCoreApplication.translate("DoelDialog", u"Wa&t:", None))
#if QT_CONFIG(accessibility)
        self.actieWat.setAccessibleName(QCoreApplication.translate("DoelDialog", u"Wat is de actie", None))
#endif // QT_CONFIG(accessibility)
        self.actieWat.setPlaceholderText(QCoreApplication.translate("DoelDialog", u"bijvoorbeeld: belt de huisarts", None))
        self.lbl_actieWanneer.setText(QCoreApplication.translate("DoelDialog", u"Wa&nneer:", None))
#if QT_CONFIG(accessibility)
        self.actieWanneer.setAccessibleName(QCoreApplication.translate("DoelDialog", u"Wanneer", None))
#endif // QT_CONFIG(accessibility)
        self.actieWanneer.setPlaceholderText(QCoreApplication.translate("DoelDialog", u"dd-mm-jjjj", None))
        self.actieToevoegenKnop.setText(QCoreApplication.translate("DoelDialog", u"Actie toe&voegen", None))
#if QT_CONFIG(tooltip)
        self.actieToevoegenKnop.setToolTip(QCoreApplication.translate("DoelDialog", u"Enter in deze regel voegt de actie ook toe", None))
#endif // QT_CONFIG(tooltip)
        self.lbl_evaluaties.setText(QCoreApplication.translate("DoelDialog", u"&Evaluaties (toevoegen met 'Evaluatie toevoegen\u2026' op de pagina van het leefgebied):", None))
#if QT_CONFIG(accessibility)
        self.evaluatiesView.setAccessibleName(QCoreApplication.translate("DoelDialog", u"Evaluaties", None))
#endif // QT_CONFIG(accessibility)
        self.foutLabel.setText("")
#if QT_CONFIG(accessibility)
        self.foutLabel.setAccessibleName(QCoreApplication.translate("DoelDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

