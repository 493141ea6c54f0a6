# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QMainWindow,
    QMenu, QMenuBar, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QStatusBar, QTableView,
    QToolBar, QVBoxLayout, QWidget)

class Ui_PlanEditor(object):
    def setupUi(self, PlanEditor):
        if not PlanEditor.objectName():
            PlanEditor.setObjectName(u"PlanEditor")
        PlanEditor.resize(1366, 768)
        self.actionOpslaan = QAction(PlanEditor)
        self.actionOpslaan.setObjectName(u"actionOpslaan")
        self.actionVaststellen = QAction(PlanEditor)
        self.actionVaststellen.setObjectName(u"actionVaststellen")
        self.actionNieuwConcept = QAction(PlanEditor)
        self.actionNieuwConcept.setObjectName(u"actionNieuwConcept")
        self.actionDoelToevoegen = QAction(PlanEditor)
        self.actionDoelToevoegen.setObjectName(u"actionDoelToevoegen")
        self.actionVergelijken = QAction(PlanEditor)
        self.actionVergelijken.setObjectName(u"actionVergelijken")
        self.actionSluiten = QAction(PlanEditor)
        self.actionSluiten.setObjectName(u"actionSluiten")
        self.actionNaarNavigatie = QAction(PlanEditor)
        self.actionNaarNavigatie.setObjectName(u"actionNaarNavigatie")
        self.actionNaarPagina = QAction(PlanEditor)
        self.actionNaarPagina.setObjectName(u"actionNaarPagina")
        self.actionVorigePagina = QAction(PlanEditor)
        self.actionVorigePagina.setObjectName(u"actionVorigePagina")
        self.actionVolgendePagina = QAction(PlanEditor)
        self.actionVolgendePagina.setObjectName(u"actionVolgendePagina")
        self.central = QWidget(PlanEditor)
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

        self.versieLabel = QLabel(self.central)
        self.versieLabel.setObjectName(u"versieLabel")

        self.kop.addWidget(self.versieLabel)

        self.statusLabel = QLabel(self.central)
        self.statusLabel.setObjectName(u"statusLabel")

        self.kop.addWidget(self.statusLabel)

        self.kopSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kop.addItem(self.kopSpacer)


        self.centralLayout.addLayout(self.kop)

        self.waarschuwingLabel = QLabel(self.central)
        self.waarschuwingLabel.setObjectName(u"waarschuwingLabel")
        self.waarschuwingLabel.setWordWrap(True)
        self.waarschuwingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.centralLayout.addWidget(self.waarschuwingLabel)

        self.herstelBanner = QFrame(self.central)
        self.herstelBanner.setObjectName(u"herstelBanner")
        self.herstelBanner.setFrameShape(QFrame.StyledPanel)
        self.herstelLayout = QHBoxLayout(self.herstelBanner)
        self.herstelLayout.setObjectName(u"herstelLayout")
        self.herstelLayout.setContentsMargins(-1, 4, -1, 4)
        self.herstelTekst = QLabel(self.herstelBanner)
        self.herstelTekst.setObjectName(u"herstelTekst")
        self.herstelTekst.setWordWrap(True)

        self.herstelLayout.addWidget(self.herstelTekst)

        self.verwerpKnop = QPushButton(self.herstelBanner)
        self.verwerpKnop.setObjectName(u"verwerpKnop")

        self.herstelLayout.addWidget(self.verwerpKnop)

        self.herstelLayout.setStretch(0, 1)

        self.centralLayout.addWidget(self.herstelBanner)

        self.vastgesteldBanner = QFrame(self.central)
        self.vastgesteldBanner.setObjectName(u"vastgesteldBanner")
        self.vastgesteldBanner.setFrameShape(QFrame.StyledPanel)
        self.vastgesteldLayout = QHBoxLayout(self.vastgesteldBanner)
        self.vastgesteldLayout.setObjectName(u"vastgesteldLayout")
        self.vastgesteldLayout.setContentsMargins(-1, 4, -1, 4)
        self.vastgesteldTekst = QLabel(self.vastgesteldBanner)
        self.vastgesteldTekst.setObjectName(u"vastgesteldTekst")
        self.vastgesteldTekst.setWordWrap(True)

        self.vastgesteldLayout.addWidget(self.vastgesteldTekst)

        self.bannerNieuwConceptKnop = QPushButton(self.vastgesteldBanner)
        self.bannerNieuwConceptKnop.setObjectName(u"bannerNieuwConceptKnop")

        self.vastgesteldLayout.addWidget(self.bannerNieuwConceptKnop)

        self.vastgesteldLayout.setStretch(0, 1)

        self.centralLayout.addWidget(self.vastgesteldBanner)

        self.hoofdStack = QStackedWidget(self.central)
        self.hoofdStack.setObjectName(u"hoofdStack")
        self.startPagina = QWidget()
        self.startPagina.setObjectName(u"startPagina")
        self.startLayout = QVBoxLayout(self.startPagina)
        self.startLayout.setObjectName(u"startLayout")
        self.startLayout.setContentsMargins(24, 24, -1, -1)
        self.startTekst = QLabel(self.startPagina)
        self.startTekst.setObjectName(u"startTekst")
        self.startTekst.setWordWrap(True)

        self.startLayout.addWidget(self.startTekst)

        self.startKnoppen = QHBoxLayout()
        self.startKnoppen.setObjectName(u"startKnoppen")
        self.startKnop = QPushButton(self.startPagina)
        self.startKnop.setObjectName(u"startKnop")

        self.startKnoppen.addWidget(self.startKnop)

        self.startKnopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startKnoppen.addItem(self.startKnopSpacer)


        self.startLayout.addLayout(self.startKnoppen)

        self.startSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.startLayout.addItem(self.startSpacer)

        self.hoofdStack.addWidget(self.startPagina)
        self.werkPagina = QWidget()
        self.werkPagina.setObjectName(u"werkPagina")
        self.werkLayout = QHBoxLayout(self.werkPagina)
        self.werkLayout.setSpacing(8)
        self.werkLayout.setObjectName(u"werkLayout")
        self.werkLayout.setContentsMargins(0, 0, 0, 0)
        self.navigatie = QListWidget(self.werkPagina)
        self.navigatie.setObjectName(u"navigatie")
        self.navigatie.setMinimumSize(QSize(230, 0))
        self.navigatie.setMaximumSize(QSize(260, 16777215))
        self.navigatie.setWordWrap(True)

        self.werkLayout.addWidget(self.navigatie)

        self.paginas = QStackedWidget(self.werkPagina)
        self.paginas.setObjectName(u"paginas")
        self.overzichtPagina = QWidget()
        self.overzichtPagina.setObjectName(u"overzichtPagina")
        self.overzichtLayout = QVBoxLayout(self.overzichtPagina)
        self.overzichtLayout.setObjectName(u"overzichtLayout")
        self.overzichtTitel = QLabel(self.overzichtPagina)
        self.overzichtTitel.setObjectName(u"overzichtTitel")

        self.overzichtLayout.addWidget(self.overzichtTitel)

        self.overzichtUitleg = QLabel(self.overzichtPagina)
        self.overzichtUitleg.setObjectName(u"overzichtUitleg")
        self.overzichtUitleg.setWordWrap(True)

        self.overzichtLayout.addWidget(self.overzichtUitleg)

        self.paginas.addWidget(self.overzichtPagina)
        self.opgesteldPagina = QWidget()
        self.opgesteldPagina.setObjectName(u"opgesteldPagina")
        self.opgesteldLayout = QVBoxLayout(self.opgesteldPagina)
        self.opgesteldLayout.setObjectName(u"opgesteldLayout")
        self.opgesteldTitel = QLabel(self.opgesteldPagina)
        self.opgesteldTitel.setObjectName(u"opgesteldTitel")

        self.opgesteldLayout.addWidget(self.opgesteldTitel)

        self.opgesteldUitleg = QLabel(self.opgesteldPagina)
        self.opgesteldUitleg.setObjectName(u"opgesteldUitleg")
        self.opgesteldUitleg.setWordWrap(True)

        self.opgesteldLayout.addWidget(self.opgesteldUitleg)

        self.opgesteldForm = QGridLayout()
        self.opgesteldForm.setObjectName(u"opgesteldForm")
        self.opgesteldForm.setHorizontalSpacing(12)
        self.jongereDeedMee = QCheckBox(self.opgesteldPagina)
        self.jongereDeedMee.setObjectName(u"jongereDeedMee")

        self.opgesteldForm.addWidget(self.jongereDeedMee, 0, 1, 1, 1)

        self.lbl_woonbegeleider = QLabel(self.opgesteldPagina)
        self.lbl_woonbegeleider.setObjectName(u"lbl_woonbegeleider")

        self.opgesteldForm.addWidget(self.lbl_woonbegeleider, 1, 0, 1, 1)

        self.woonbegeleider = QLineEdit(self.opgesteldPagina)
        self.woonbegeleider.setObjectName(u"woonbegeleider")
        self.woonbegeleider.setMaximumSize(QSize(520, 16777215))

        self.opgesteldForm.addWidget(self.woonbegeleider, 1, 1, 1, 1)

        self.lbl_jeugdbeschermer = QLabel(self.opgesteldPagina)
        self.lbl_jeugdbeschermer.setObjectName(u"lbl_jeugdbeschermer")

        self.opgesteldForm.addWidget(self.lbl_jeugdbeschermer, 2, 0, 1, 1)

        self.jeugdbeschermer = QLineEdit(self.opgesteldPagina)
        self.jeugdbeschermer.setObjectName(u"jeugdbeschermer")
        self.jeugdbeschermer.setMaximumSize(QSize(520, 16777215))

        self.opgesteldForm.addWidget(self.jeugdbeschermer, 2, 1, 1, 1)

        self.lbl_anderen = QLabel(self.opgesteldPagina)
        self.lbl_anderen.setObjectName(u"lbl_anderen")

        self.opgesteldForm.addWidget(self.lbl_anderen, 3, 0, 1, 1)

        self.anderen = QLineEdit(self.opgesteldPagina)
        self.anderen.setObjectName(u"anderen")
        self.anderen.setMaximumSize(QSize(520, 16777215))

        self.opgesteldForm.addWidget(self.anderen, 3, 1, 1, 1)


        self.opgesteldLayout.addLayout(self.opgesteldForm)

        self.opgesteldSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.opgesteldLayout.addItem(self.opgesteldSpacer)

        self.paginas.addWidget(self.opgesteldPagina)
        self.versiesPagina = QWidget()
        self.versiesPagina.setObjectName(u"versiesPagina")
        self.versiesLayout = QVBoxLayout(self.versiesPagina)
        self.versiesLayout.setObjectName(u"versiesLayout")
        self.versiesTitel = QLabel(self.versiesPagina)
        self.versiesTitel.setObjectName(u"versiesTitel")

        self.versiesLayout.addWidget(self.versiesTitel)

        self.versiesUitleg = QLabel(self.versiesPagina)
        self.versiesUitleg.setObjectName(u"versiesUitleg")
        self.versiesUitleg.setWordWrap(True)

        self.versiesLayout.addWidget(self.versiesUitleg)

        self.versiesView = QTableView(self.versiesPagina)
        self.versiesView.setObjectName(u"versiesView")
        self.versiesView.setTabKeyNavigation(False)
        self.versiesView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.versiesView.setAlternatingRowColors(True)
        self.versiesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.versiesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.versiesView.horizontalHeader().setStretchLastSection(True)
        self.versiesView.verticalHeader().setVisible(False)

        self.versiesLayout.addWidget(self.versiesView)

        self.versiesKnoppen = QHBoxLayout()
        self.versiesKnoppen.setObjectName(u"versiesKnoppen")
        self.vergelijkKnop = QPushButton(self.versiesPagina)
        self.vergelijkKnop.setObjectName(u"vergelijkKnop")

        self.versiesKnoppen.addWidget(self.vergelijkKnop)

        self.nieuwConceptKnop = QPushButton(self.versiesPagina)
        self.nieuwConceptKnop.setObjectName(u"nieuwConceptKnop")

        self.versiesKnoppen.addWidget(self.nieuwConceptKnop)

        self.versiesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.versiesKnoppen.addItem(self.versiesSpacer)


        self.versiesLayout.addLayout(self.versiesKnoppen)

        self.paginas.addWidget(self.versiesPagina)

        self.werkLayout.addWidget(self.paginas)

        self.hoofdStack.addWidget(self.werkPagina)

        self.centralLayout.addWidget(self.hoofdStack)

        PlanEditor.setCentralWidget(self.central)
        self.menubar = QMenuBar(PlanEditor)
        self.menubar.setObjectName(u"menubar")
        self.menuPlan = QMenu(self.menubar)
        self.menuPlan.setObjectName(u"menuPlan")
        self.menuGaNaar = QMenu(self.menubar)
        self.menuGaNaar.setObjectName(u"menuGaNaar")
        PlanEditor.setMenuBar(self.menubar)
        self.werkbalk = QToolBar(PlanEditor)
        self.werkbalk.setObjectName(u"werkbalk")
        self.werkbalk.setMovable(False)
        self.werkbalk.setToolButtonStyle(Qt.ToolButtonTextOnly)
        PlanEditor.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.werkbalk)
        self.statusbar = QStatusBar(PlanEditor)
        self.statusbar.setObjectName(u"statusbar")
        PlanEditor.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.lbl_woonbegeleider.setBuddy(self.woonbegeleider)
        self.lbl_jeugdbeschermer.setBuddy(self.jeugdbeschermer)
        self.lbl_anderen.setBuddy(self.anderen)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.verwerpKnop, self.bannerNieuwConceptKnop)
        QWidget.setTabOrder(self.bannerNieuwConceptKnop, self.startKnop)
        QWidget.setTabOrder(self.startKnop, self.navigatie)

        self.menubar.addAction(self.menuPlan.menuAction())
        self.menubar.addAction(self.menuGaNaar.menuAction())
        self.menuPlan.addAction(self.actionOpslaan)
        self.menuPlan.addAction(self.actionVaststellen)
        self.menuPlan.addAction(self.actionNieuwConcept)
        self.menuPlan.addSeparator()
        self.menuPlan.addAction(self.actionDoelToevoegen)
        self.menuPlan.addAction(self.actionVergelijken)
        self.menuPlan.addSeparator()
        self.menuPlan.addAction(self.actionSluiten)
        self.menuGaNaar.addAction(self.actionNaarNavigatie)
        self.menuGaNaar.addAction(self.actionNaarPagina)
        self.menuGaNaar.addSeparator()
        self.menuGaNaar.addAction(self.actionVorigePagina)
        self.menuGaNaar.addAction(self.actionVolgendePagina)
        self.werkbalk.addAction(self.actionOpslaan)
        self.werkbalk.addAction(self.actionVaststellen)
        self.werkbalk.addAction(self.actionNieuwConcept)
        self.werkbalk.addSeparator()
        self.werkbalk.addAction(self.actionDoelToevoegen)
        self.werkbalk.addAction(self.actionVergelijken)

        self.retranslateUi(PlanEditor)

        QMetaObject.connectSlotsByName(PlanEditor)
    # setupUi

    def retranslateUi(self, PlanEditor):
        PlanEditor.setWindowTitle(QCoreApplication.translate("PlanEditor", u"Begeleidingsplan", None))
        self.actionOpslaan.setText(QCoreApplication.translate("PlanEditor", u"&Opslaan", None))
#if QT_CONFIG(tooltip)
        self.actionOpslaan.setToolTip(QCoreApplication.translate("PlanEditor", u"Opslaan (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionOpslaan.setShortcut(QCoreApplication.translate("PlanEditor", u"Ctrl+S", None))
#endif // QT_CONFIG(shortcut)
        self.actionVaststellen.setText(QCoreApplication.translate("PlanEditor", u"&Vaststellen\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionVaststellen.setToolTip(QCoreApplication.translate("PlanEditor", u"Het plan vaststellen met de jongere (Ctrl+Shift+V)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionVaststellen.setShortcut(QCoreApplication.translate("PlanEditor", u"Ctrl+Shift+V", None))
#endif // QT_CONFIG(shortcut)
        self.actionNieuwConcept.setText(QCoreApplication.translate("PlanEditor", u"&Nieuw concept", None))
#if QT_CONFIG(tooltip)
        self.actionNieuwConcept.setToolTip(QCoreApplication.translate("PlanEditor", u"Verder werken in een nieuwe versie, een kopie van de vastgestelde (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionNieuwConcept.setShortcut(QCoreApplication.translate("PlanEditor", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionDoelToevoegen.setText(QCoreApplication.translate("PlanEditor", u"&Doel toevoegen\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionDoelToevoegen.setToolTip(QCoreApplication.translate("PlanEditor", u"Een doel toevoegen aan dit leefgebied (Ctrl+D)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionDoelToevoegen.setShortcut(QCoreApplication.translate("PlanEditor", u"Ctrl+D", None))
#endif // QT_CONFIG(shortcut)
        self.actionVergelijken.setText(QCoreApplication.translate("PlanEditor", u"Verge&lijken\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionVergelijken.setToolTip(QCoreApplication.translate("PlanEditor", u"Twee versies naast elkaar: wat is er veranderd?", None))
#endif // QT_CONFIG(tooltip)
        self.actionSluiten.setText(QCoreApplication.translate("PlanEditor", u"&Sluiten", None))
#if QT_CONFIG(shortcut)
        self.actionSluiten.setShortcut(QCoreApplication.translate("PlanEditor", u"Ctrl+W", None))
#endif // QT_CONFIG(shortcut)
        self.actionNaarNavigatie.setText(QCoreApplication.translate("PlanEditor", u"Naar de &onderdelen", None))
#if QT_CONFIG(shortcut)
        self.actionNaarNavigatie.setShortcut(QCoreApplication.translate("PlanEditor", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionNaarPagina.setText(QCoreApplication.translate("PlanEditor", u"Naar de &velden", None))
#if QT_CONFIG(shortcut)
        self.actionNaarPagina.setShortcut(QCoreApplication.translate("PlanEditor", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionVorigePagina.setText(QCoreApplication.translate("PlanEditor", u"V&orig onderdeel", None))
#if QT_CONFIG(shortcut)
        self.actionVorigePagina.setShortcut(QCoreApplication.translate("PlanEditor", u"Ctrl+PgUp", None))
#endif // QT_CONFIG(shortcut)
        self.actionVolgendePagina.setText(QCoreApplication.translate("PlanEditor", u"Vol&gend onderdeel", None))
#if QT_CONFIG(shortcut)
        self.actionVolgendePagina.setShortcut(QCoreApplication.translate("PlanEditor", u"Ctrl+PgDown", None))
#endif // QT_CONFIG(shortcut)
        self.naamLabel.setText(QCoreApplication.translate("PlanEditor", u"Begeleidingsplan", None))
#if QT_CONFIG(accessibility)
        self.naamLabel.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Jongere", None))
#endif // QT_CONFIG(accessibility)
        self.versieLabel.setText("")
#if QT_CONFIG(accessibility)
        self.versieLabel.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Versie", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Status van het plan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.waarschuwingLabel.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Advies over het aantal doelen", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.herstelTekst.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Melding over herstelde wijzigingen", None))
#endif // QT_CONFIG(accessibility)
        self.verwerpKnop.setText(QCoreApplication.translate("PlanEditor", u"Herstelpunt &verwerpen\u2026", None))
#if QT_CONFIG(tooltip)
        self.verwerpKnop.setToolTip(QCoreApplication.translate("PlanEditor", u"Gooi de herstelde wijzigingen weg en toon de opgeslagen versie", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.vastgesteldTekst.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Deze versie is vastgesteld", None))
#endif // QT_CONFIG(accessibility)
        self.bannerNieuwConceptKnop.setText(QCoreApplication.translate("PlanEditor", u"Nieuw concept (Ctrl+N)", None))
        self.startTekst.setText(QCoreApplication.translate("PlanEditor", u"Er is nog geen begeleidingsplan. Stel het samen met de jongere en de jeugdbeschermer op, binnen zes weken na de kennismaking (Norm 1.1a).", None))
        self.startKnop.setText(QCoreApplication.translate("PlanEditor", u"Begeleidingsplan &starten", None))
#if QT_CONFIG(accessibility)
        self.navigatie.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Onderdelen van het plan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.navigatie.setToolTip(QCoreApplication.translate("PlanEditor", u"Pijltjestoetsen: kies een onderdeel. Enter: naar de velden. Ctrl+1: terug naar deze lijst.", None))
#endif // QT_CONFIG(tooltip)
        self.overzichtTitel.setText(QCoreApplication.translate("PlanEditor", u"Overzicht", None))
        self.overzichtUitleg.setText(QCoreApplication.translate("PlanEditor", u"Per leefgebied: hoe zelfredzaam de jongere nu is, de doelen, en de scores van alle versies.", None))
        self.opgesteldTitel.setText(QCoreApplication.translate("PlanEditor", u"Opgesteld door", None))
        self.opgesteldUitleg.setText(QCoreApplication.translate("PlanEditor", u"Het plan wordt opgesteld met de jongere en de jeugdbeschermer (Norm 1.1a).", None))
        self.jongereDeedMee.setText(QCoreApplication.translate("PlanEditor", u"De &jongere deed mee", None))
        self.lbl_woonbegeleider.setText(QCoreApplication.translate("PlanEditor", u"&Woonbegeleider:", None))
#if QT_CONFIG(accessibility)
        self.woonbegeleider.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Woonbegeleider", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_jeugdbeschermer.setText(QCoreApplication.translate("PlanEditor", u"Jeugd&beschermer:", None))
#if QT_CONFIG(accessibility)
        self.jeugdbeschermer.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Jeugdbeschermer", None))
#endif // QT_CONFIG(accessibility)
        self.lbl_anderen.setText(QCoreApplication.translate("PlanEditor", u"&Anderen:", None))
        self.anderen.setPlaceholderText(QCoreApplication.translate("PlanEditor", u"bijvoorbeeld een tolk, mentor op school of familie", None))
#if QT_CONFIG(accessibility)
        self.anderen.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Anderen", None))
#endif // QT_CONFIG(accessibility)
        self.versiesTitel.setText(QCoreApplication.translate("PlanEditor", u"Versies", None))
        self.versiesUitleg.setText(QCoreApplication.translate("PlanEditor", u"Elke vastgestelde versie blijft bewaard zoals die is vastgesteld. Vergelijk twee versies om te zien wat er veranderd is.", None))
#if QT_CONFIG(accessibility)
        self.versiesView.setAccessibleName(QCoreApplication.translate("PlanEditor", u"Versies van het plan", None))
#endif // QT_CONFIG(accessibility)
        self.vergelijkKnop.setText(QCoreApplication.translate("PlanEditor", u"Verge&lijken\u2026", None))
        self.nieuwConceptKnop.setText(QCoreApplication.translate("PlanEditor", u"Nieuw concept (Ctrl+N)", None))
        self.menuPlan.setTitle(QCoreApplication.translate("PlanEditor", u"&Plan", None))
        self.menuGaNaar.setTitle(QCoreApplication.translate("PlanEditor", u"Ga &naar", None))
        self.werkbalk.setWindowTitle(QCoreApplication.translate("PlanEditor", u"Werkbalk", None))
    # retranslateUi

