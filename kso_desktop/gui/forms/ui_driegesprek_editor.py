# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'driegesprek_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QMainWindow, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QToolBar, QVBoxLayout, QWidget)

class Ui_DriegesprekEditor(object):
    def setupUi(self, DriegesprekEditor):
        if not DriegesprekEditor.objectName():
            DriegesprekEditor.setObjectName(u"DriegesprekEditor")
        DriegesprekEditor.resize(1366, 768)
        self.actionOpslaan = QAction(DriegesprekEditor)
        self.actionOpslaan.setObjectName(u"actionOpslaan")
        self.actionAfronden = QAction(DriegesprekEditor)
        self.actionAfronden.setObjectName(u"actionAfronden")
        self.actionCorrectie = QAction(DriegesprekEditor)
        self.actionCorrectie.setObjectName(u"actionCorrectie")
        self.actionSluiten = QAction(DriegesprekEditor)
        self.actionSluiten.setObjectName(u"actionSluiten")
        self.central = QWidget(DriegesprekEditor)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setSpacing(6)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(8, 6, 8, 4)
        self.kop = QHBoxLayout()
        self.kop.setSpacing(16)
        self.kop.setObjectName(u"kop")
        self.naamLabel = QLabel(self.central)
        self.naamLabel.setObjectName(u"naamLabel")

        self.kop.addWidget(self.naamLabel)

        self.momentLabel = QLabel(self.central)
        self.momentLabel.setObjectName(u"momentLabel")

        self.kop.addWidget(self.momentLabel)

        self.statusLabel = QLabel(self.central)
        self.statusLabel.setObjectName(u"statusLabel")

        self.kop.addWidget(self.statusLabel)

        self.kopSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kop.addItem(self.kopSpacer)


        self.centralLayout.addLayout(self.kop)

        self.bannerLabel = QLabel(self.central)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.centralLayout.addWidget(self.bannerLabel)

        self.kolommen = QHBoxLayout()
        self.kolommen.setSpacing(14)
        self.kolommen.setObjectName(u"kolommen")
        self.links = QVBoxLayout()
        self.links.setObjectName(u"links")
        self.lbl_deelnemers = QLabel(self.central)
        self.lbl_deelnemers.setObjectName(u"lbl_deelnemers")

        self.links.addWidget(self.lbl_deelnemers)

        self.deelnemersView = QTableView(self.central)
        self.deelnemersView.setObjectName(u"deelnemersView")
        self.deelnemersView.setMinimumSize(QSize(0, 80))
        self.deelnemersView.setMaximumSize(QSize(16777215, 130))
        self.deelnemersView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.deelnemersView.setAlternatingRowColors(True)
        self.deelnemersView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.deelnemersView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.deelnemersView.setTabKeyNavigation(False)
        self.deelnemersView.horizontalHeader().setStretchLastSection(True)
        self.deelnemersView.verticalHeader().setVisible(False)

        self.links.addWidget(self.deelnemersView)

        self.deelnemerRij = QHBoxLayout()
        self.deelnemerRij.setObjectName(u"deelnemerRij")
        self.deelnemerRol = QComboBox(self.central)
        self.deelnemerRol.setObjectName(u"deelnemerRol")

        self.deelnemerRij.addWidget(self.deelnemerRol)

        self.deelnemerNaam = QLineEdit(self.central)
        self.deelnemerNaam.setObjectName(u"deelnemerNaam")

        self.deelnemerRij.addWidget(self.deelnemerNaam)

        self.deelnemerToevoegenKnop = QPushButton(self.central)
        self.deelnemerToevoegenKnop.setObjectName(u"deelnemerToevoegenKnop")
        self.deelnemerToevoegenKnop.setAutoDefault(False)

        self.deelnemerRij.addWidget(self.deelnemerToevoegenKnop)

        self.deelnemerVerwijderenKnop = QPushButton(self.central)
        self.deelnemerVerwijderenKnop.setObjectName(u"deelnemerVerwijderenKnop")
        self.deelnemerVerwijderenKnop.setAutoDefault(False)

        self.deelnemerRij.addWidget(self.deelnemerVerwijderenKnop)

        self.deelnemerRij.setStretch(1, 1)

        self.links.addLayout(self.deelnemerRij)

        self.lbl_onderwerpen = QLabel(self.central)
        self.lbl_onderwerpen.setObjectName(u"lbl_onderwerpen")
        self.lbl_onderwerpen.setWordWrap(True)

        self.links.addWidget(self.lbl_onderwerpen)

        self.onderwerpenLijst = QListWidget(self.central)
        self.onderwerpenLijst.setObjectName(u"onderwerpenLijst")
        self.onderwerpenLijst.setWordWrap(True)

        self.links.addWidget(self.onderwerpenLijst)

        self.nieuwOnderwerpRij = QHBoxLayout()
        self.nieuwOnderwerpRij.setObjectName(u"nieuwOnderwerpRij")
        self.nieuwOnderwerp = QLineEdit(self.central)
        self.nieuwOnderwerp.setObjectName(u"nieuwOnderwerp")

        self.nieuwOnderwerpRij.addWidget(self.nieuwOnderwerp)

        self.nieuwVanJongere = QCheckBox(self.central)
        self.nieuwVanJongere.setObjectName(u"nieuwVanJongere")
        self.nieuwVanJongere.setChecked(True)

        self.nieuwOnderwerpRij.addWidget(self.nieuwVanJongere)

        self.onderwerpToevoegenKnop = QPushButton(self.central)
        self.onderwerpToevoegenKnop.setObjectName(u"onderwerpToevoegenKnop")
        self.onderwerpToevoegenKnop.setAutoDefault(False)

        self.nieuwOnderwerpRij.addWidget(self.onderwerpToevoegenKnop)


        self.links.addLayout(self.nieuwOnderwerpRij)

        self.lbl_voorbereiding = QLabel(self.central)
        self.lbl_voorbereiding.setObjectName(u"lbl_voorbereiding")

        self.links.addWidget(self.lbl_voorbereiding)

        self.voorbereiding = QPlainTextEdit(self.central)
        self.voorbereiding.setObjectName(u"voorbereiding")
        self.voorbereiding.setTabChangesFocus(True)

        self.links.addWidget(self.voorbereiding)


        self.kolommen.addLayout(self.links)

        self.rechts = QVBoxLayout()
        self.rechts.setObjectName(u"rechts")
        self.lbl_leefgebieden = QLabel(self.central)
        self.lbl_leefgebieden.setObjectName(u"lbl_leefgebieden")

        self.rechts.addWidget(self.lbl_leefgebieden)

        self.leefgebiedTabs = QTabWidget(self.central)
        self.leefgebiedTabs.setObjectName(u"leefgebiedTabs")

        self.rechts.addWidget(self.leefgebiedTabs)

        self.lbl_verslag = QLabel(self.central)
        self.lbl_verslag.setObjectName(u"lbl_verslag")

        self.rechts.addWidget(self.lbl_verslag)

        self.verslag = QPlainTextEdit(self.central)
        self.verslag.setObjectName(u"verslag")
        self.verslag.setTabChangesFocus(True)

        self.rechts.addWidget(self.verslag)


        self.kolommen.addLayout(self.rechts)

        self.kolommen.setStretch(0, 2)
        self.kolommen.setStretch(1, 3)

        self.centralLayout.addLayout(self.kolommen)

        self.foutLabel = QLabel(self.central)
        self.foutLabel.setObjectName(u"foutLabel")
        self.foutLabel.setWordWrap(True)
        self.foutLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.centralLayout.addWidget(self.foutLabel)

        DriegesprekEditor.setCentralWidget(self.central)
        self.toolBar = QToolBar(DriegesprekEditor)
        self.toolBar.setObjectName(u"toolBar")
        self.toolBar.setMovable(False)
        self.toolBar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        DriegesprekEditor.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolBar)
#if QT_CONFIG(shortcut)
        self.lbl_deelnemers.setBuddy(self.deelnemersView)
        self.lbl_onderwerpen.setBuddy(self.onderwerpenLijst)
        self.lbl_voorbereiding.setBuddy(self.voorbereiding)
        self.lbl_leefgebieden.setBuddy(self.leefgebiedTabs)
        self.lbl_verslag.setBuddy(self.verslag)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.deelnemersView, self.deelnemerRol)
        QWidget.setTabOrder(self.deelnemerRol, self.deelnemerNaam)
        QWidget.setTabOrder(self.deelnemerNaam, self.deelnemerToevoegenKnop)
        QWidget.setTabOrder(self.deelnemerToevoegenKnop, self.deelnemerVerwijderenKnop)
        QWidget.setTabOrder(self.deelnemerVerwijderenKnop, self.onderwerpenLijst)
        QWidget.setTabOrder(self.onderwerpenLijst, self.nieuwOnderwerp)
        QWidget.setTabOrder(self.nieuwOnderwerp, self.nieuwVanJongere)
        QWidget.setTabOrder(self.nieuwVanJongere, self.onderwerpToevoegenKnop)
        QWidget.setTabOrder(self.onderwerpToevoegenKnop, self.voorbereiding)
        QWidget.setTabOrder(self.voorbereiding, self.leefgebiedTabs)
        QWidget.setTabOrder(self.leefgebiedTabs, self.verslag)

        self.toolBar.addAction(self.actionOpslaan)
        self.toolBar.addAction(self.actionAfronden)
        self.toolBar.addAction(self.actionCorrectie)
        self.toolBar.addSeparator()
        self.toolBar.addAction(self.actionSluiten)

        self.retranslateUi(DriegesprekEditor)

        QMetaObject.connectSlotsByName(DriegesprekEditor)
    # setupUi

    def retranslateUi(self, DriegesprekEditor):
        DriegesprekEditor.setWindowTitle(QCoreApplication.translate("DriegesprekEditor", u"Driegesprek", None))
        self.actionOpslaan.setText(QCoreApplication.translate("DriegesprekEditor", u"&Opslaan (concept)", None))
#if QT_CONFIG(tooltip)
        self.actionOpslaan.setToolTip(QCoreApplication.translate("DriegesprekEditor", u"Opslaan als concept (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionOpslaan.setShortcut(QCoreApplication.translate("DriegesprekEditor", u"Ctrl+S", None))
#endif // QT_CONFIG(shortcut)
        self.actionAfronden.setText(QCoreApplication.translate("DriegesprekEditor", u"Verslag af&ronden\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionAfronden.setToolTip(QCoreApplication.translate("DriegesprekEditor", u"Het verslag definitief maken (Ctrl+Shift+D)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionAfronden.setShortcut(QCoreApplication.translate("DriegesprekEditor", u"Ctrl+Shift+D", None))
#endif // QT_CONFIG(shortcut)
        self.actionCorrectie.setText(QCoreApplication.translate("DriegesprekEditor", u"&Correctie\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionCorrectie.setToolTip(QCoreApplication.translate("DriegesprekEditor", u"Een correctie op het definitieve verslag: een nieuwe versie met een reden", None))
#endif // QT_CONFIG(tooltip)
        self.actionSluiten.setText(QCoreApplication.translate("DriegesprekEditor", u"Sluiten", None))
#if QT_CONFIG(shortcut)
        self.actionSluiten.setShortcut(QCoreApplication.translate("DriegesprekEditor", u"Ctrl+W", None))
#endif // QT_CONFIG(shortcut)
        self.naamLabel.setText(QCoreApplication.translate("DriegesprekEditor", u"Driegesprek", None))
#if QT_CONFIG(accessibility)
        self.naamLabel.setAccessibleName(QCoreApplication.translate("DriegesprekEditor", u"Jongere", None))
#endif // QT_CONFIG(accessibility)
        self.momentLabel.setText("")
#if QT_CONFIG(accessibility)
        self.momentLabel.setAccessibleName(QCoreApplication.translate("DriegesprekEditor", u"Datum van het gesprek", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("DriegesprekEditor", u"Status van het verslag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bannerLabel.setAccessibleName(QCoreApplication.translate("DriegesprekEditor", u"Melding", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_deelnemers.setText(QCoreApplication.translate("DriegesprekEditor", u"&Deelnemers:", None))
#if QT_CONFIG(accessibility)
        self.deelnemersView.setAccessibleName(QCoreApplication.translate("DriegesprekEditor", u"Deelnemers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deelnemerRol.setAccessibleName(QCoreApplication.translate("DriegesprekEditor", u"Rol van de deelnemer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deelnemerNaam.setAccessibleName(QCoreApplication.translate("DriegesprekEditor", u"Naam van de deelnemer", None))
#endif // QT_CONFIG(accessibility)
        self.deelnemerNaam.setPlaceholderText(QCoreApplication.translate("DriegesprekEditor", u"naam, Enter voegt toe", None))
        self.deelnemerToevoegenKnop.setText(QCoreApplication.translate("DriegesprekEditor", u"Deelnemer toevoe&gen", None))
        self.deelnemerVerwijderenKnop.setText(QCoreApplication.translate("DriegesprekEditor", u"Verwijderen", None))
#if QT_CONFIG(tooltip)
        self.deelnemerVerwijderenKnop.setToolTip(QCoreApplication.translate("DriegesprekEditor", u"Haalt de gekozen deelnemer weg", None))
#endif // QT_CONFIG(tooltip)
        self.lbl_onderwerpen.setText(QCoreApplication.translate("DriegesprekEditor", u"&Agenda (onderwerpen van de jongere staan bovenaan, vet):", None))
#if QT_CONFIG(accessibility)
        self.onderwerpenLijst.setAccessibleName(QCoreApplication.translate("DriegesprekEditor", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nieuwOnderwerp.setAccessibleName(QCoreApplication.translate("DriegesprekEditor", u"Nieuw onderwerp voor de agenda", None))
#endif // QT_CONFIG(accessibility)
        self.nieuwOnderwerp.setPlaceholderText(QCoreApplication.translate("DriegesprekEditor", u"onderwerp toevoegen, Enter voegt toe", None))
        self.nieuwVanJongere.setText(QCoreApplication.translate("DriegesprekEditor", u"van de jongere", None))
#if QT_CONFIG(accessibility)
        self.nieuwVanJongere.setAccessibleName(QCoreApplication.translate("DriegesprekEditor", u"Onderwerp van de jongere", None))
#endif // QT_CONFIG(accessibility)
        self.onderwerpToevoegenKnop.setText(QCoreApplication.translate("DriegesprekEditor", u"Toevoegen", None))
        self.lbl_voorbereiding.setText(QCoreApplication.translate("DriegesprekEditor", u"Voorbereiding van de &jongere (in eigen woorden):", None))
#if QT_CONFIG(accessibility)
        self.voorbereiding.setAccessibleName(QCoreApplication.translate("DriegesprekEditor", u"Voorbereiding van de jongere", None))
#endif // QT_CONFIG(accessibility)
        self.voorbereiding.setPlaceholderText(QCoreApplication.translate("DriegesprekEditor", u"Wat wil de jongere zelf bespreken? Wat gaat goed, wat moeilijk?", None))
        self.lbl_leefgebieden.setText(QCoreApplication.translate("DriegesprekEditor", u"&Leefgebieden op de agenda \u2013 evaluatie en afspraken (Ctrl+PgDown: volgende):", None))
#if QT_CONFIG(accessibility)
        self.leefgebiedTabs.setAccessibleName(QCoreApplication.translate("DriegesprekEditor", u"Leefgebieden", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_verslag.setText(QCoreApplication.translate("DriegesprekEditor", u"&Verslag:", None))
#if QT_CONFIG(accessibility)
        self.verslag.setAccessibleName(QCoreApplication.translate("DriegesprekEditor", u"Verslag", None))
#endif // QT_CONFIG(accessibility)
        self.verslag.setPlaceholderText(QCoreApplication.translate("DriegesprekEditor", u"Het verslag van het driegesprek, zoals het naar de jongere en de jeugdbeschermer gaat.", None))
        self.foutLabel.setText("")
#if QT_CONFIG(accessibility)
        self.foutLabel.setAccessibleName(QCoreApplication.translate("DriegesprekEditor", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.toolBar.setWindowTitle(QCoreApplication.translate("DriegesprekEditor", u"Verslag", None))
    # retranslateUi

