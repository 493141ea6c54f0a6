# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tweegesprek_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_TweegesprekDialog(object):
    def setupUi(self, TweegesprekDialog):
        if not TweegesprekDialog.objectName():
            TweegesprekDialog.setObjectName(u"TweegesprekDialog")
        TweegesprekDialog.resize(1040, 680)
        self.dialogLayout = QVBoxLayout(TweegesprekDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.uitleg = QLabel(TweegesprekDialog)
        self.uitleg.setObjectName(u"uitleg")
        self.uitleg.setWordWrap(True)

        self.dialogLayout.addWidget(self.uitleg)

        self.kolommen = QHBoxLayout()
        self.kolommen.setSpacing(16)
        self.kolommen.setObjectName(u"kolommen")
        self.links = QVBoxLayout()
        self.links.setObjectName(u"links")
        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(8)
        self.lbl_datum = QLabel(TweegesprekDialog)
        self.lbl_datum.setObjectName(u"lbl_datum")

        self.form.addWidget(self.lbl_datum, 0, 0, 1, 1)

        self.datum = QLineEdit(TweegesprekDialog)
        self.datum.setObjectName(u"datum")
        self.datum.setMaximumSize(QSize(130, 16777215))

        self.form.addWidget(self.datum, 0, 1, 1, 1)

        self.lbl_tijd = QLabel(TweegesprekDialog)
        self.lbl_tijd.setObjectName(u"lbl_tijd")

        self.form.addWidget(self.lbl_tijd, 0, 2, 1, 1)

        self.tijd = QLineEdit(TweegesprekDialog)
        self.tijd.setObjectName(u"tijd")
        self.tijd.setMaximumSize(QSize(80, 16777215))

        self.form.addWidget(self.tijd, 0, 3, 1, 1)

        self.formSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.form.addItem(self.formSpacer, 0, 4, 1, 1)

        self.lbl_woonbegeleider = QLabel(TweegesprekDialog)
        self.lbl_woonbegeleider.setObjectName(u"lbl_woonbegeleider")

        self.form.addWidget(self.lbl_woonbegeleider, 1, 0, 1, 1)

        self.woonbegeleider = QLineEdit(TweegesprekDialog)
        self.woonbegeleider.setObjectName(u"woonbegeleider")

        self.form.addWidget(self.woonbegeleider, 1, 1, 1, 4)


        self.links.addLayout(self.form)

        self.lbl_onderwerp = QLabel(TweegesprekDialog)
        self.lbl_onderwerp.setObjectName(u"lbl_onderwerp")

        self.links.addWidget(self.lbl_onderwerp)

        self.onderwerpRij = QHBoxLayout()
        self.onderwerpRij.setObjectName(u"onderwerpRij")
        self.onderwerp = QLineEdit(TweegesprekDialog)
        self.onderwerp.setObjectName(u"onderwerp")

        self.onderwerpRij.addWidget(self.onderwerp)

        self.vanJongere = QCheckBox(TweegesprekDialog)
        self.vanJongere.setObjectName(u"vanJongere")

        self.onderwerpRij.addWidget(self.vanJongere)

        self.onderwerpToevoegenKnop = QPushButton(TweegesprekDialog)
        self.onderwerpToevoegenKnop.setObjectName(u"onderwerpToevoegenKnop")
        self.onderwerpToevoegenKnop.setAutoDefault(False)

        self.onderwerpRij.addWidget(self.onderwerpToevoegenKnop)

        self.onderwerpRij.setStretch(0, 1)

        self.links.addLayout(self.onderwerpRij)

        self.onderwerpenLijst = QListWidget(TweegesprekDialog)
        self.onderwerpenLijst.setObjectName(u"onderwerpenLijst")
        self.onderwerpenLijst.setMinimumSize(QSize(0, 60))
        self.onderwerpenLijst.setMaximumSize(QSize(16777215, 100))

        self.links.addWidget(self.onderwerpenLijst)

        self.onderwerpKnoppen = QHBoxLayout()
        self.onderwerpKnoppen.setObjectName(u"onderwerpKnoppen")
        self.onderwerpSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.onderwerpKnoppen.addItem(self.onderwerpSpacer)

        self.onderwerpVerwijderenKnop = QPushButton(TweegesprekDialog)
        self.onderwerpVerwijderenKnop.setObjectName(u"onderwerpVerwijderenKnop")
        self.onderwerpVerwijderenKnop.setAutoDefault(False)

        self.onderwerpKnoppen.addWidget(self.onderwerpVerwijderenKnop)


        self.links.addLayout(self.onderwerpKnoppen)

        self.leefgebiedenBox = QGroupBox(TweegesprekDialog)
        self.leefgebiedenBox.setObjectName(u"leefgebiedenBox")
        self.leefgebiedenGrid = QGridLayout(self.leefgebiedenBox)
        self.leefgebiedenGrid.setObjectName(u"leefgebiedenGrid")
        self.lg_sociaal_netwerk = QCheckBox(self.leefgebiedenBox)
        self.lg_sociaal_netwerk.setObjectName(u"lg_sociaal_netwerk")

        self.leefgebiedenGrid.addWidget(self.lg_sociaal_netwerk, 0, 0, 1, 1)

        self.lg_gezondheid = QCheckBox(self.leefgebiedenBox)
        self.lg_gezondheid.setObjectName(u"lg_gezondheid")

        self.leefgebiedenGrid.addWidget(self.lg_gezondheid, 0, 1, 1, 1)

        self.lg_dagbesteding = QCheckBox(self.leefgebiedenBox)
        self.lg_dagbesteding.setObjectName(u"lg_dagbesteding")

        self.leefgebiedenGrid.addWidget(self.lg_dagbesteding, 1, 0, 1, 1)

        self.lg_wonen = QCheckBox(self.leefgebiedenBox)
        self.lg_wonen.setObjectName(u"lg_wonen")

        self.leefgebiedenGrid.addWidget(self.lg_wonen, 1, 1, 1, 1)

        self.lg_financien = QCheckBox(self.leefgebiedenBox)
        self.lg_financien.setObjectName(u"lg_financien")

        self.leefgebiedenGrid.addWidget(self.lg_financien, 2, 0, 1, 1)

        self.lg_zingeving = QCheckBox(self.leefgebiedenBox)
        self.lg_zingeving.setObjectName(u"lg_zingeving")

        self.leefgebiedenGrid.addWidget(self.lg_zingeving, 2, 1, 1, 1)


        self.links.addWidget(self.leefgebiedenBox)


        self.kolommen.addLayout(self.links)

        self.rechts = QVBoxLayout()
        self.rechts.setObjectName(u"rechts")
        self.lbl_notities = QLabel(TweegesprekDialog)
        self.lbl_notities.setObjectName(u"lbl_notities")

        self.rechts.addWidget(self.lbl_notities)

        self.notities = QPlainTextEdit(TweegesprekDialog)
        self.notities.setObjectName(u"notities")
        self.notities.setTabChangesFocus(True)

        self.rechts.addWidget(self.notities)

        self.lbl_voortgang = QLabel(TweegesprekDialog)
        self.lbl_voortgang.setObjectName(u"lbl_voortgang")
        self.lbl_voortgang.setWordWrap(True)

        self.rechts.addWidget(self.lbl_voortgang)

        self.voortgangWidget = QWidget(TweegesprekDialog)
        self.voortgangWidget.setObjectName(u"voortgangWidget")
        self.voortgangForm = QFormLayout(self.voortgangWidget)
        self.voortgangForm.setObjectName(u"voortgangForm")
        self.voortgangForm.setContentsMargins(0, 0, 0, 0)

        self.rechts.addWidget(self.voortgangWidget)


        self.kolommen.addLayout(self.rechts)

        self.kolommen.setStretch(0, 1)
        self.kolommen.setStretch(1, 1)

        self.dialogLayout.addLayout(self.kolommen)

        self.afsprakenKop = QHBoxLayout()
        self.afsprakenKop.setObjectName(u"afsprakenKop")
        self.lbl_afspraken = QLabel(TweegesprekDialog)
        self.lbl_afspraken.setObjectName(u"lbl_afspraken")

        self.afsprakenKop.addWidget(self.lbl_afspraken)

        self.afspraakVerwijderenKnop = QPushButton(TweegesprekDialog)
        self.afspraakVerwijderenKnop.setObjectName(u"afspraakVerwijderenKnop")
        self.afspraakVerwijderenKnop.setAutoDefault(False)

        self.afsprakenKop.addWidget(self.afspraakVerwijderenKnop)

        self.afsprakenKop.setStretch(0, 1)

        self.dialogLayout.addLayout(self.afsprakenKop)

        self.afsprakenView = QTableView(TweegesprekDialog)
        self.afsprakenView.setObjectName(u"afsprakenView")
        self.afsprakenView.setMinimumSize(QSize(0, 70))
        self.afsprakenView.setMaximumSize(QSize(16777215, 120))
        self.afsprakenView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.afsprakenView.setAlternatingRowColors(True)
        self.afsprakenView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.afsprakenView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.afsprakenView.setTabKeyNavigation(False)
        self.afsprakenView.horizontalHeader().setStretchLastSection(True)
        self.afsprakenView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.afsprakenView)

        self.afspraakRij = QHBoxLayout()
        self.afspraakRij.setObjectName(u"afspraakRij")
        self.lbl_afspraakWie = QLabel(TweegesprekDialog)
        self.lbl_afspraakWie.setObjectName(u"lbl_afspraakWie")

        self.afspraakRij.addWidget(self.lbl_afspraakWie)

        self.afspraakWie = QComboBox(TweegesprekDialog)
        self.afspraakWie.setObjectName(u"afspraakWie")

        self.afspraakRij.addWidget(self.afspraakWie)

        self.lbl_afspraakWat = QLabel(TweegesprekDialog)
        self.lbl_afspraakWat.setObjectName(u"lbl_afspraakWat")

        self.afspraakRij.addWidget(self.lbl_afspraakWat)

        self.afspraakWat = QLineEdit(TweegesprekDialog)
        self.afspraakWat.setObjectName(u"afspraakWat")

        self.afspraakRij.addWidget(self.afspraakWat)

        self.lbl_afspraakWanneer = QLabel(TweegesprekDialog)
        self.lbl_afspraakWanneer.setObjectName(u"lbl_afspraakWanneer")

        self.afspraakRij.addWidget(self.lbl_afspraakWanneer)

        self.afspraakWanneer = QLineEdit(TweegesprekDialog)
        self.afspraakWanneer.setObjectName(u"afspraakWanneer")
        self.afspraakWanneer.setMaximumSize(QSize(120, 16777215))

        self.afspraakRij.addWidget(self.afspraakWanneer)

        self.afspraakToevoegenKnop = QPushButton(TweegesprekDialog)
        self.afspraakToevoegenKnop.setObjectName(u"afspraakToevoegenKnop")
        self.afspraakToevoegenKnop.setAutoDefault(False)

        self.afspraakRij.addWidget(self.afspraakToevoegenKnop)

        self.afspraakRij.setStretch(3, 1)

        self.dialogLayout.addLayout(self.afspraakRij)

        self.foutLabel = QLabel(TweegesprekDialog)
        self.foutLabel.setObjectName(u"foutLabel")
        self.foutLabel.setWordWrap(True)
        self.foutLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.dialogLayout.addWidget(self.foutLabel)

        self.buttonBox = QDialogButtonBox(TweegesprekDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.lbl_datum.setBuddy(self.datum)
        self.lbl_tijd.setBuddy(self.tijd)
        self.lbl_woonbegeleider.setBuddy(self.woonbegeleider)
        self.lbl_onderwerp.setBuddy(self.onderwerp)
        self.lbl_notities.setBuddy(self.notities)
        self.lbl_afspraken.setBuddy(self.afsprakenView)
        self.lbl_afspraakWie.setBuddy(self.afspraakWie)
        self.lbl_afspraakWat.setBuddy(self.afspraakWat)
        self.lbl_afspraakWanneer.setBuddy(self.afspraakWanneer)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.datum, self.tijd)
        QWidget.setTabOrder(self.tijd, self.woonbegeleider)
        QWidget.setTabOrder(self.woonbegeleider, self.onderwerp)
        QWidget.setTabOrder(self.onderwerp, self.vanJongere)
        QWidget.setTabOrder(self.vanJongere, self.onderwerpToevoegenKnop)
        QWidget.setTabOrder(self.onderwerpToevoegenKnop, self.onderwerpenLijst)
        QWidget.setTabOrder(self.onderwerpenLijst, self.onderwerpVerwijderenKnop)
        QWidget.setTabOrder(self.onderwerpVerwijderenKnop, self.lg_sociaal_netwerk)
        QWidget.setTabOrder(self.lg_sociaal_netwerk, self.lg_gezondheid)
        QWidget.setTabOrder(self.lg_gezondheid, self.lg_dagbesteding)
        QWidget.setTabOrder(self.lg_dagbesteding, self.lg_wonen)
        QWidget.setTabOrder(self.lg_wonen, self.lg_financien)
        QWidget.setTabOrder(self.lg_financien, self.lg_zingeving)
        QWidget.setTabOrder(self.lg_zingeving, self.notities)
        QWidget.setTabOrder(self.notities, self.afsprakenView)
        QWidget.setTabOrder(self.afsprakenView, self.afspraakVerwijderenKnop)
        QWidget.setTabOrder(self.afspraakVerwijderenKnop, self.afspraakWie)
        QWidget.setTabOrder(self.afspraakWie, self.afspraakWat)
        QWidget.setTabOrder(self.afspraakWat, self.afspraakWanneer)
        QWidget.setTabOrder(self.afspraakWanneer, self.afspraakToevoegenKnop)
        QWidget.setTabOrder(self.afspraakToevoegenKnop, self.buttonBox)

        self.retranslateUi(TweegesprekDialog)

        QMetaObject.connectSlotsByName(TweegesprekDialog)
    # setupUi

    def retranslateUi(self, TweegesprekDialog):
        TweegesprekDialog.setWindowTitle(QCoreApplication.translate("TweegesprekDialog", u"Tweegesprek", None))
        self.uitleg.setText(QCoreApplication.translate("TweegesprekDialog", u"Leg vast wat je met de jongere besproken en afgesproken hebt (Norm 1.1b). Enter voegt een onderwerp of afspraak toe; Ctrl+Enter slaat definitief op.", None))
        self.lbl_datum.setText(QCoreApplication.translate("TweegesprekDialog", u"D&atum:", None))
        self.datum.setPlaceholderText(QCoreApplication.translate("TweegesprekDialog", u"dd-mm-jjjj", None))
#if QT_CONFIG(accessibility)
        self.datum.setAccessibleName(QCoreApplication.translate("TweegesprekDialog", u"Datum van het gesprek", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_tijd.setText(QCoreApplication.translate("TweegesprekDialog", u"Ti&jd:", None))
        self.tijd.setPlaceholderText(QCoreApplication.translate("TweegesprekDialog", u"uu:mm", None))
#if QT_CONFIG(accessibility)
        self.tijd.setAccessibleName(QCoreApplication.translate("TweegesprekDialog", u"Tijd van het gesprek", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_woonbegeleider.setText(QCoreApplication.translate("TweegesprekDialog", u"Woonbe&geleider:", None))
#if QT_CONFIG(accessibility)
        self.woonbegeleider.setAccessibleName(QCoreApplication.translate("TweegesprekDialog", u"Woonbegeleider", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_onderwerp.setText(QCoreApplication.translate("TweegesprekDialog", u"&Onderwerpen (typ een onderwerp en druk op Enter):", None))
#if QT_CONFIG(accessibility)
        self.onderwerp.setAccessibleName(QCoreApplication.translate("TweegesprekDialog", u"Onderwerp", None))
#endif // QT_CONFIG(accessibility)
        self.onderwerp.setPlaceholderText(QCoreApplication.translate("TweegesprekDialog", u"bijvoorbeeld: school, geld, familie", None))
        self.vanJongere.setText(QCoreApplication.translate("TweegesprekDialog", u"onderwerp &van de jongere", None))
#if QT_CONFIG(tooltip)
        self.vanJongere.setToolTip(QCoreApplication.translate("TweegesprekDialog", u"De jongere bracht dit onderwerp zelf in (Norm 1.2a, 3.3a)", None))
#endif // QT_CONFIG(tooltip)
        self.onderwerpToevoegenKnop.setText(QCoreApplication.translate("TweegesprekDialog", u"Toevoegen", None))
#if QT_CONFIG(tooltip)
        self.onderwerpToevoegenKnop.setToolTip(QCoreApplication.translate("TweegesprekDialog", u"Enter in het onderwerp voegt het ook toe", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.onderwerpenLijst.setAccessibleName(QCoreApplication.translate("TweegesprekDialog", u"Besproken onderwerpen", None))
#endif // QT_CONFIG(accessibility)
        self.onderwerpVerwijderenKnop.setText(QCoreApplication.translate("TweegesprekDialog", u"Gekozen onderwerp weg&halen", None))
        self.leefgebiedenBox.setTitle(QCoreApplication.translate("TweegesprekDialog", u"Besproken leefgebieden", None))
        self.lg_sociaal_netwerk.setText(QCoreApplication.translate("TweegesprekDialog", u"&Sociaal netwerk", None))
        self.lg_gezondheid.setText(QCoreApplication.translate("TweegesprekDialog", u"&Lichamelijke en psychische gezondheid", None))
        self.lg_dagbesteding.setText(QCoreApplication.translate("TweegesprekDialog", u"Dag&besteding", None))
        self.lg_wonen.setText(QCoreApplication.translate("TweegesprekDialog", u"&Wonen", None))
        self.lg_financien.setText(QCoreApplication.translate("TweegesprekDialog", u"&Financi\u00ebn", None))
        self.lg_zingeving.setText(QCoreApplication.translate("TweegesprekDialog", u"&Zingeving", None))
        self.lbl_notities.setText(QCoreApplication.translate("TweegesprekDialog", u"Notiti&es:", None))
#if QT_CONFIG(accessibility)
        self.notities.setAccessibleName(QCoreApplication.translate("TweegesprekDialog", u"Notities", None))
#endif // QT_CONFIG(accessibility)
        self.notities.setPlaceholderText(QCoreApplication.translate("TweegesprekDialog", u"Wat is er besproken? Hoe gaat het met de jongere?", None))
        self.lbl_voortgang.setText(QCoreApplication.translate("TweegesprekDialog", u"Voortgang op &doelen (alleen wat je invult wordt opgeslagen):", None))
        self.lbl_afspraken.setText(QCoreApplication.translate("TweegesprekDialog", u"Afs&praken \u2013 wie doet wat, en wanneer:", None))
        self.afspraakVerwijderenKnop.setText(QCoreApplication.translate("TweegesprekDialog", u"Gekozen afspraak ve&rwijderen", None))
#if QT_CONFIG(accessibility)
        self.afsprakenView.setAccessibleName(QCoreApplication.translate("TweegesprekDialog", u"Afspraken", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_afspraakWie.setText(QCoreApplication.translate("TweegesprekDialog", u"W&ie:", None))
#if QT_CONFIG(accessibility)
        self.afspraakWie.setAccessibleName(QCoreApplication.translate("TweegesprekDialog", u"Wie doet het", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_afspraakWat.setText(QCoreApplication.translate("TweegesprekDialog", u"Wa&t:", None))
#if QT_CONFIG(accessibility)
        self.afspraakWat.setAccessibleName(QCoreApplication.translate("TweegesprekDialog", u"Wat is afgesproken", None))
#endif // QT_CONFIG(accessibility)
        self.afspraakWat.setPlaceholderText(QCoreApplication.translate("TweegesprekDialog", u"bijvoorbeeld: belt de schuldhulp", None))
        self.lbl_afspraakWanneer.setText(QCoreApplication.translate("TweegesprekDialog", u"Wa&nneer:", None))
#if QT_CONFIG(accessibility)
        self.afspraakWanneer.setAccessibleName(QCoreApplication.translate("TweegesprekDialog", u"Wanneer", None))
#endif // QT_CONFIG(accessibility)
        self.afspraakWanneer.setPlaceholderText(QCoreApplication.translate("TweegesprekDialog", u"dd-mm-jjjj", None))
        self.afspraakToevoegenKnop.setText(QCoreApplication.translate("TweegesprekDialog", u"Afspraa&k toevoegen", None))
#if QT_CONFIG(tooltip)
        self.afspraakToevoegenKnop.setToolTip(QCoreApplication.translate("TweegesprekDialog", u"Enter in deze regel voegt de afspraak ook toe", None))
#endif // QT_CONFIG(tooltip)
        self.foutLabel.setText("")
#if QT_CONFIG(accessibility)
        self.foutLabel.setAccessibleName(QCoreApplication.translate("TweegesprekDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

