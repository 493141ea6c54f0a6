# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMainWindow, QMenu, QMenuBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStatusBar,
    QTableView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 720)
        self.actionVernieuwen = QAction(MainWindow)
        self.actionVernieuwen.setObjectName(u"actionVernieuwen")
        self.actionAfsluiten = QAction(MainWindow)
        self.actionAfsluiten.setObjectName(u"actionAfsluiten")
        self.actionNieuweJongere = QAction(MainWindow)
        self.actionNieuweJongere.setObjectName(u"actionNieuweJongere")
        self.actionWijzigJongere = QAction(MainWindow)
        self.actionWijzigJongere.setObjectName(u"actionWijzigJongere")
        self.actionMentorWijzigen = QAction(MainWindow)
        self.actionMentorWijzigen.setObjectName(u"actionMentorWijzigen")
        self.actionBegeleidingsplan = QAction(MainWindow)
        self.actionBegeleidingsplan.setObjectName(u"actionBegeleidingsplan")
        self.actionVastleggen = QAction(MainWindow)
        self.actionVastleggen.setObjectName(u"actionVastleggen")
        self.actionNaarLijst = QAction(MainWindow)
        self.actionNaarLijst.setObjectName(u"actionNaarLijst")
        self.actionNaarDossier = QAction(MainWindow)
        self.actionNaarDossier.setObjectName(u"actionNaarDossier")
        self.actionLocaties = QAction(MainWindow)
        self.actionLocaties.setObjectName(u"actionLocaties")
        self.actionMedewerkers = QAction(MainWindow)
        self.actionMedewerkers.setObjectName(u"actionMedewerkers")
        self.actionSneltoetsen = QAction(MainWindow)
        self.actionSneltoetsen.setObjectName(u"actionSneltoetsen")
        self.actionOver = QAction(MainWindow)
        self.actionOver.setObjectName(u"actionOver")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(8, 8, 8, 4)
        self.topBar = QHBoxLayout()
        self.topBar.setSpacing(8)
        self.topBar.setObjectName(u"topBar")
        self.locatieLabel = QLabel(self.central)
        self.locatieLabel.setObjectName(u"locatieLabel")

        self.topBar.addWidget(self.locatieLabel)

        self.locatieCombo = QComboBox(self.central)
        self.locatieCombo.setObjectName(u"locatieCombo")
        self.locatieCombo.setMinimumSize(QSize(260, 0))

        self.topBar.addWidget(self.locatieCombo)

        self.zoekLabel = QLabel(self.central)
        self.zoekLabel.setObjectName(u"zoekLabel")

        self.topBar.addWidget(self.zoekLabel)

        self.zoekEdit = QLineEdit(self.central)
        self.zoekEdit.setObjectName(u"zoekEdit")
        self.zoekEdit.setClearButtonEnabled(True)

        self.topBar.addWidget(self.zoekEdit)

        self.topSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBar.addItem(self.topSpacer)

        self.medewerkerLabel = QLabel(self.central)
        self.medewerkerLabel.setObjectName(u"medewerkerLabel")

        self.topBar.addWidget(self.medewerkerLabel)

        self.medewerkerCombo = QComboBox(self.central)
        self.medewerkerCombo.setObjectName(u"medewerkerCombo")
        self.medewerkerCombo.setMinimumSize(QSize(200, 0))

        self.topBar.addWidget(self.medewerkerCombo)


        self.centralLayout.addLayout(self.topBar)

        self.herstelBanner = QFrame(self.central)
        self.herstelBanner.setObjectName(u"herstelBanner")
        self.herstelBanner.setFrameShape(QFrame.StyledPanel)
        self.herstelLayout = QHBoxLayout(self.herstelBanner)
        self.herstelLayout.setObjectName(u"herstelLayout")
        self.herstelTekst = QLabel(self.herstelBanner)
        self.herstelTekst.setObjectName(u"herstelTekst")
        self.herstelTekst.setWordWrap(True)

        self.herstelLayout.addWidget(self.herstelTekst)

        self.herstelKnop = QPushButton(self.herstelBanner)
        self.herstelKnop.setObjectName(u"herstelKnop")

        self.herstelLayout.addWidget(self.herstelKnop)


        self.centralLayout.addWidget(self.herstelBanner)

        self.splitter = QSplitter(self.central)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.jongerenView = QTableView(self.splitter)
        self.jongerenView.setObjectName(u"jongerenView")
        self.jongerenView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.jongerenView.setAlternatingRowColors(True)
        self.jongerenView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.jongerenView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.jongerenView.setSortingEnabled(True)
        self.jongerenView.setWordWrap(False)
        self.splitter.addWidget(self.jongerenView)
        self.jongerenView.horizontalHeader().setStretchLastSection(True)
        self.jongerenView.verticalHeader().setVisible(False)
        self.dossierHost = QWidget(self.splitter)
        self.dossierHost.setObjectName(u"dossierHost")
        self.dossierHostLayout = QVBoxLayout(self.dossierHost)
        self.dossierHostLayout.setObjectName(u"dossierHostLayout")
        self.dossierHostLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.dossierHost)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuBestand = QMenu(self.menubar)
        self.menuBestand.setObjectName(u"menuBestand")
        self.menuJongere = QMenu(self.menubar)
        self.menuJongere.setObjectName(u"menuJongere")
        self.menuBeheer = QMenu(self.menubar)
        self.menuBeheer.setObjectName(u"menuBeheer")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.locatieLabel.setBuddy(self.locatieCombo)
        self.zoekLabel.setBuddy(self.zoekEdit)
        self.medewerkerLabel.setBuddy(self.medewerkerCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.locatieCombo, self.zoekEdit)
        QWidget.setTabOrder(self.zoekEdit, self.jongerenView)
        QWidget.setTabOrder(self.jongerenView, self.medewerkerCombo)

        self.menubar.addAction(self.menuBestand.menuAction())
        self.menubar.addAction(self.menuJongere.menuAction())
        self.menubar.addAction(self.menuBeheer.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuBestand.addAction(self.actionVernieuwen)
        self.menuBestand.addSeparator()
        self.menuBestand.addAction(self.actionAfsluiten)
        self.menuJongere.addAction(self.actionBegeleidingsplan)
        self.menuJongere.addSeparator()
        self.menuJongere.addAction(self.actionNieuweJongere)
        self.menuJongere.addAction(self.actionWijzigJongere)
        self.menuJongere.addAction(self.actionMentorWijzigen)
        self.menuJongere.addAction(self.actionVastleggen)
        self.menuJongere.addSeparator()
        self.menuJongere.addAction(self.actionNaarLijst)
        self.menuJongere.addAction(self.actionNaarDossier)
        self.menuBeheer.addAction(self.actionLocaties)
        self.menuBeheer.addAction(self.actionMedewerkers)
        self.menuHelp.addAction(self.actionSneltoetsen)
        self.menuHelp.addAction(self.actionOver)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"KSO Desktop", None))
        self.actionVernieuwen.setText(QCoreApplication.translate("MainWindow", u"&Vernieuwen", None))
#if QT_CONFIG(shortcut)
        self.actionVernieuwen.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionAfsluiten.setText(QCoreApplication.translate("MainWindow", u"&Afsluiten", None))
#if QT_CONFIG(shortcut)
        self.actionAfsluiten.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionNieuweJongere.setText(QCoreApplication.translate("MainWindow", u"&Nieuwe jongere\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionNieuweJongere.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionWijzigJongere.setText(QCoreApplication.translate("MainWindow", u"Gegevens &wijzigen\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionWijzigJongere.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionMentorWijzigen.setText(QCoreApplication.translate("MainWindow", u"&Mentor wijzigen\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionMentorWijzigen.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+M", None))
#endif // QT_CONFIG(shortcut)
        self.actionBegeleidingsplan.setText(QCoreApplication.translate("MainWindow", u"&Begeleidingsplan\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionBegeleidingsplan.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionVastleggen.setText(QCoreApplication.translate("MainWindow", u"&Vastleggen wat er gebeurd is\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionVastleggen.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+G", None))
#endif // QT_CONFIG(shortcut)
        self.actionNaarLijst.setText(QCoreApplication.translate("MainWindow", u"Naar de &lijst", None))
#if QT_CONFIG(shortcut)
        self.actionNaarLijst.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionNaarDossier.setText(QCoreApplication.translate("MainWindow", u"Naar het &dossier", None))
#if QT_CONFIG(shortcut)
        self.actionNaarDossier.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionLocaties.setText(QCoreApplication.translate("MainWindow", u"&Locaties\u2026", None))
        self.actionMedewerkers.setText(QCoreApplication.translate("MainWindow", u"&Medewerkers\u2026", None))
        self.actionSneltoetsen.setText(QCoreApplication.translate("MainWindow", u"&Sneltoetsen", None))
#if QT_CONFIG(shortcut)
        self.actionSneltoetsen.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionOver.setText(QCoreApplication.translate("MainWindow", u"&Over KSO Desktop", None))
        self.locatieLabel.setText(QCoreApplication.translate("MainWindow", u"&Locatie:", None))
#if QT_CONFIG(accessibility)
        self.locatieCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Locatie", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.locatieCombo.setToolTip(QCoreApplication.translate("MainWindow", u"Kies de locatie waarvan je de jongeren wilt zien (Alt+L)", None))
#endif // QT_CONFIG(tooltip)
        self.zoekLabel.setText(QCoreApplication.translate("MainWindow", u"&Zoeken:", None))
        self.zoekEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Naam, mentor of jeugdbeschermer (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.zoekEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Zoeken in de lijst met jongeren", None))
#endif // QT_CONFIG(accessibility)
        self.medewerkerLabel.setText(QCoreApplication.translate("MainWindow", u"&Ik ben:", None))
#if QT_CONFIG(accessibility)
        self.medewerkerCombo.setAccessibleName(QCoreApplication.translate("MainWindow", u"Medewerker die nu werkt", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.medewerkerCombo.setToolTip(QCoreApplication.translate("MainWindow", u"Wijzigingen worden op naam van deze medewerker vastgelegd", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.herstelTekst.setAccessibleName(QCoreApplication.translate("MainWindow", u"Melding over herstelde wijzigingen", None))
#endif // QT_CONFIG(accessibility)
        self.herstelKnop.setText(QCoreApplication.translate("MainWindow", u"Plan &openen", None))
#if QT_CONFIG(accessibility)
        self.jongerenView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Jongeren van de locatie", None))
#endif // QT_CONFIG(accessibility)
        self.menuBestand.setTitle(QCoreApplication.translate("MainWindow", u"&Bestand", None))
        self.menuJongere.setTitle(QCoreApplication.translate("MainWindow", u"&Jongere", None))
        self.menuBeheer.setTitle(QCoreApplication.translate("MainWindow", u"Be&heer", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

