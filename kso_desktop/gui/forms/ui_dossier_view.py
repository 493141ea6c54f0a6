# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_DossierView(object):
    def setupUi(self, DossierView):
        if not DossierView.objectName():
            DossierView.setObjectName(u"DossierView")
        DossierView.resize(620, 600)
        self.mainLayout = QVBoxLayout(DossierView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.titel = QLabel(DossierView)
        self.titel.setObjectName(u"titel")
        self.titel.setWordWrap(True)

        self.mainLayout.addWidget(self.titel)

        self.ondertitel = QLabel(DossierView)
        self.ondertitel.setObjectName(u"ondertitel")
        self.ondertitel.setWordWrap(True)

        self.mainLayout.addWidget(self.ondertitel)

        self.tabs = QTabWidget(DossierView)
        self.tabs.setObjectName(u"tabs")
        self.tabGegevens = QWidget()
        self.tabGegevens.setObjectName(u"tabGegevens")
        self.gegevensLayout = QVBoxLayout(self.tabGegevens)
        self.gegevensLayout.setObjectName(u"gegevensLayout")
        self.gegevensScroll = QScrollArea(self.tabGegevens)
        self.gegevensScroll.setObjectName(u"gegevensScroll")
        self.gegevensScroll.setWidgetResizable(True)
        self.gegevensScroll.setFrameShape(QFrame.NoFrame)
        self.gegevensInhoud = QWidget()
        self.gegevensInhoud.setObjectName(u"gegevensInhoud")
        self.gegevensForm = QGridLayout(self.gegevensInhoud)
        self.gegevensForm.setObjectName(u"gegevensForm")
        self.gegevensForm.setHorizontalSpacing(16)
        self.gegevensForm.setVerticalSpacing(6)
        self.lblGeboortedatum = QLabel(self.gegevensInhoud)
        self.lblGeboortedatum.setObjectName(u"lblGeboortedatum")

        self.gegevensForm.addWidget(self.lblGeboortedatum, 0, 0, 1, 1)

        self.valGeboortedatum = QLabel(self.gegevensInhoud)
        self.valGeboortedatum.setObjectName(u"valGeboortedatum")
        self.valGeboortedatum.setWordWrap(True)
        self.valGeboortedatum.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.valGeboortedatum.setFocusPolicy(Qt.StrongFocus)

        self.gegevensForm.addWidget(self.valGeboortedatum, 0, 1, 1, 1)

        self.lblHerkomst = QLabel(self.gegevensInhoud)
        self.lblHerkomst.setObjectName(u"lblHerkomst")

        self.gegevensForm.addWidget(self.lblHerkomst, 1, 0, 1, 1)

        self.valHerkomst = QLabel(self.gegevensInhoud)
        self.valHerkomst.setObjectName(u"valHerkomst")
        self.valHerkomst.setWordWrap(True)
        self.valHerkomst.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.valHerkomst.setFocusPolicy(Qt.StrongFocus)

        self.gegevensForm.addWidget(self.valHerkomst, 1, 1, 1, 1)

        self.lblTalen = QLabel(self.gegevensInhoud)
        self.lblTalen.setObjectName(u"lblTalen")

        self.gegevensForm.addWidget(self.lblTalen, 2, 0, 1, 1)

        self.valTalen = QLabel(self.gegevensInhoud)
        self.valTalen.setObjectName(u"valTalen")
        self.valTalen.setWordWrap(True)
        self.valTalen.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.valTalen.setFocusPolicy(Qt.StrongFocus)

        self.gegevensForm.addWidget(self.valTalen, 2, 1, 1, 1)

        self.lblTelefoon = QLabel(self.gegevensInhoud)
        self.lblTelefoon.setObjectName(u"lblTelefoon")

        self.gegevensForm.addWidget(self.lblTelefoon, 3, 0, 1, 1)

        self.valTelefoon = QLabel(self.gegevensInhoud)
        self.valTelefoon.setObjectName(u"valTelefoon")
        self.valTelefoon.setWordWrap(True)
        self.valTelefoon.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.valTelefoon.setFocusPolicy(Qt.StrongFocus)

        self.gegevensForm.addWidget(self.valTelefoon, 3, 1, 1, 1)

        self.lblLocatie = QLabel(self.gegevensInhoud)
        self.lblLocatie.setObjectName(u"lblLocatie")

        self.gegevensForm.addWidget(self.lblLocatie, 4, 0, 1, 1)

        self.valLocatie = QLabel(self.gegevensInhoud)
        self.valLocatie.setObjectName(u"valLocatie")
        self.valLocatie.setWordWrap(True)
        self.valLocatie.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.valLocatie.setFocusPolicy(Qt.StrongFocus)

        self.gegevensForm.addWidget(self.valLocatie, 4, 1, 1, 1)

        self.lblPlaatsing = QLabel(self.gegevensInhoud)
        self.lblPlaatsing.setObjectName(u"lblPlaatsing")

        self.gegevensForm.addWidget(self.lblPlaatsing, 5, 0, 1, 1)

        self.valPlaatsing = QLabel(self.gegevensInhoud)
        self.valPlaatsing.setObjectName(u"valPlaatsing")
        self.valPlaatsing.setWordWrap(True)
        self.valPlaatsing.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.valPlaatsing.setFocusPolicy(Qt.StrongFocus)

        self.gegevensForm.addWidget(self.valPlaatsing, 5, 1, 1, 1)

        self.lblKennismaking = QLabel(self.gegevensInhoud)
        self.lblKennismaking.setObjectName(u"lblKennismaking")

        self.gegevensForm.addWidget(self.lblKennismaking, 6, 0, 1, 1)

        self.valKennismaking = QLabel(self.gegevensInhoud)
        self.valKennismaking.setObjectName(u"valKennismaking")
        self.valKennismaking.setWordWrap(True)
        self.valKennismaking.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.valKennismaking.setFocusPolicy(Qt.StrongFocus)

        self.gegevensForm.addWidget(self.valKennismaking, 6, 1, 1, 1)

        self.lblVerkenning = QLabel(self.gegevensInhoud)
        self.lblVerkenning.setObjectName(u"lblVerkenning")

        self.gegevensForm.addWidget(self.lblVerkenning, 7, 0, 1, 1)

        self.valVerkenning = QLabel(self.gegevensInhoud)
        self.valVerkenning.setObjectName(u"valVerkenning")
        self.valVerkenning.setWordWrap(True)
        self.valVerkenning.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.valVerkenning.setFocusPolicy(Qt.StrongFocus)

        self.gegevensForm.addWidget(self.valVerkenning, 7, 1, 1, 1)

        self.lblVertrek = QLabel(self.gegevensInhoud)
        self.lblVertrek.setObjectName(u"lblVertrek")

        self.gegevensForm.addWidget(self.lblVertrek, 8, 0, 1, 1)

        self.valVertrek = QLabel(self.gegevensInhoud)
        self.valVertrek.setObjectName(u"valVertrek")
        self.valVertrek.setWordWrap(True)
        self.valVertrek.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.valVertrek.setFocusPolicy(Qt.StrongFocus)

        self.gegevensForm.addWidget(self.valVertrek, 8, 1, 1, 1)

        self.lblVerlengdeOpvang = QLabel(self.gegevensInhoud)
        self.lblVerlengdeOpvang.setObjectName(u"lblVerlengdeOpvang")

        self.gegevensForm.addWidget(self.lblVerlengdeOpvang, 9, 0, 1, 1)

        self.valVerlengdeOpvang = QLabel(self.gegevensInhoud)
        self.valVerlengdeOpvang.setObjectName(u"valVerlengdeOpvang")
        self.valVerlengdeOpvang.setWordWrap(True)
        self.valVerlengdeOpvang.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.valVerlengdeOpvang.setFocusPolicy(Qt.StrongFocus)

        self.gegevensForm.addWidget(self.valVerlengdeOpvang, 9, 1, 1, 1)

        self.lblMentor = QLabel(self.gegevensInhoud)
        self.lblMentor.setObjectName(u"lblMentor")

        self.gegevensForm.addWidget(self.lblMentor, 10, 0, 1, 1)

        self.valMentor = QLabel(self.gegevensInhoud)
        self.valMentor.setObjectName(u"valMentor")
        self.valMentor.setWordWrap(True)
        self.valMentor.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.valMentor.setFocusPolicy(Qt.StrongFocus)

        self.gegevensForm.addWidget(self.valMentor, 10, 1, 1, 1)

        self.lblJeugdbeschermer = QLabel(self.gegevensInhoud)
        self.lblJeugdbeschermer.setObjectName(u"lblJeugdbeschermer")

        self.gegevensForm.addWidget(self.lblJeugdbeschermer, 11, 0, 1, 1)

        self.valJeugdbeschermer = QLabel(self.gegevensInhoud)
        self.valJeugdbeschermer.setObjectName(u"valJeugdbeschermer")
        self.valJeugdbeschermer.setWordWrap(True)
        self.valJeugdbeschermer.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.valJeugdbeschermer.setFocusPolicy(Qt.StrongFocus)

        self.gegevensForm.addWidget(self.valJeugdbeschermer, 11, 1, 1, 1)

        self.lblNotities = QLabel(self.gegevensInhoud)
        self.lblNotities.setObjectName(u"lblNotities")

        self.gegevensForm.addWidget(self.lblNotities, 12, 0, 1, 1)

        self.valNotities = QLabel(self.gegevensInhoud)
        self.valNotities.setObjectName(u"valNotities")
        self.valNotities.setWordWrap(True)
        self.valNotities.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.valNotities.setFocusPolicy(Qt.StrongFocus)

        self.gegevensForm.addWidget(self.valNotities, 12, 1, 1, 1)

        self.gegevensSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.gegevensForm.addItem(self.gegevensSpacer, 13, 0, 1, 2)

        self.gegevensForm.setColumnStretch(1, 1)
        self.gegevensScroll.setWidget(self.gegevensInhoud)

        self.gegevensLayout.addWidget(self.gegevensScroll)

        self.gegevensKnoppen = QHBoxLayout()
        self.gegevensKnoppen.setObjectName(u"gegevensKnoppen")
        self.planKnop = QPushButton(self.tabGegevens)
        self.planKnop.setObjectName(u"planKnop")

        self.gegevensKnoppen.addWidget(self.planKnop)

        self.wijzigKnop = QPushButton(self.tabGegevens)
        self.wijzigKnop.setObjectName(u"wijzigKnop")

        self.gegevensKnoppen.addWidget(self.wijzigKnop)

        self.mentorKnop = QPushButton(self.tabGegevens)
        self.mentorKnop.setObjectName(u"mentorKnop")

        self.gegevensKnoppen.addWidget(self.mentorKnop)

        self.knopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gegevensKnoppen.addItem(self.knopSpacer)


        self.gegevensLayout.addLayout(self.gegevensKnoppen)

        self.tabs.addTab(self.tabGegevens, "")
        self.tabTeDoen = QWidget()
        self.tabTeDoen.setObjectName(u"tabTeDoen")
        self.teDoenLayout = QVBoxLayout(self.tabTeDoen)
        self.teDoenLayout.setObjectName(u"teDoenLayout")
        self.teDoenUitleg = QLabel(self.tabTeDoen)
        self.teDoenUitleg.setObjectName(u"teDoenUitleg")
        self.teDoenUitleg.setWordWrap(True)

        self.teDoenLayout.addWidget(self.teDoenUitleg)

        self.teDoenView = QTableView(self.tabTeDoen)
        self.teDoenView.setObjectName(u"teDoenView")
        self.teDoenView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.teDoenView.setAlternatingRowColors(True)
        self.teDoenView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.teDoenView.setWordWrap(True)
        self.teDoenView.setTabKeyNavigation(False)
        self.teDoenView.horizontalHeader().setStretchLastSection(True)
        self.teDoenView.verticalHeader().setVisible(False)

        self.teDoenLayout.addWidget(self.teDoenView)

        self.teDoenKnoppen = QHBoxLayout()
        self.teDoenKnoppen.setObjectName(u"teDoenKnoppen")
        self.vastleggenKnop = QPushButton(self.tabTeDoen)
        self.vastleggenKnop.setObjectName(u"vastleggenKnop")

        self.teDoenKnoppen.addWidget(self.vastleggenKnop)

        self.teDoenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teDoenKnoppen.addItem(self.teDoenSpacer)


        self.teDoenLayout.addLayout(self.teDoenKnoppen)

        self.gebeurtenissenLabel = QLabel(self.tabTeDoen)
        self.gebeurtenissenLabel.setObjectName(u"gebeurtenissenLabel")

        self.teDoenLayout.addWidget(self.gebeurtenissenLabel)

        self.gebeurtenissenView = QTableView(self.tabTeDoen)
        self.gebeurtenissenView.setObjectName(u"gebeurtenissenView")
        self.gebeurtenissenView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.gebeurtenissenView.setAlternatingRowColors(True)
        self.gebeurtenissenView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.gebeurtenissenView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.gebeurtenissenView.setWordWrap(True)
        self.gebeurtenissenView.setTabKeyNavigation(False)
        self.gebeurtenissenView.horizontalHeader().setStretchLastSection(True)
        self.gebeurtenissenView.verticalHeader().setVisible(False)

        self.teDoenLayout.addWidget(self.gebeurtenissenView)

        self.gebeurtenisKnoppen = QHBoxLayout()
        self.gebeurtenisKnoppen.setObjectName(u"gebeurtenisKnoppen")
        self.intrekkenKnop = QPushButton(self.tabTeDoen)
        self.intrekkenKnop.setObjectName(u"intrekkenKnop")

        self.gebeurtenisKnoppen.addWidget(self.intrekkenKnop)

        self.gebeurtenisSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gebeurtenisKnoppen.addItem(self.gebeurtenisSpacer)


        self.teDoenLayout.addLayout(self.gebeurtenisKnoppen)

        self.tabs.addTab(self.tabTeDoen, "")
        self.tabGesprekken = QWidget()
        self.tabGesprekken.setObjectName(u"tabGesprekken")
        self.gesprekkenLayout = QVBoxLayout(self.tabGesprekken)
        self.gesprekkenLayout.setObjectName(u"gesprekkenLayout")
        self.gesprekkenLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.tabGesprekken, "")
        self.tabMentoren = QWidget()
        self.tabMentoren.setObjectName(u"tabMentoren")
        self.mentorenLayout = QVBoxLayout(self.tabMentoren)
        self.mentorenLayout.setObjectName(u"mentorenLayout")
        self.mentorenView = QTableView(self.tabMentoren)
        self.mentorenView.setObjectName(u"mentorenView")
        self.mentorenView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.mentorenView.setAlternatingRowColors(True)
        self.mentorenView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.mentorenView.setWordWrap(True)
        self.mentorenView.setTabKeyNavigation(False)
        self.mentorenView.horizontalHeader().setStretchLastSection(True)
        self.mentorenView.verticalHeader().setVisible(False)

        self.mentorenLayout.addWidget(self.mentorenView)

        self.tabs.addTab(self.tabMentoren, "")
        self.tabAudit = QWidget()
        self.tabAudit.setObjectName(u"tabAudit")
        self.auditLayout = QVBoxLayout(self.tabAudit)
        self.auditLayout.setObjectName(u"auditLayout")
        self.auditUitleg = QLabel(self.tabAudit)
        self.auditUitleg.setObjectName(u"auditUitleg")
        self.auditUitleg.setWordWrap(True)

        self.auditLayout.addWidget(self.auditUitleg)

        self.auditView = QTableView(self.tabAudit)
        self.auditView.setObjectName(u"auditView")
        self.auditView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.auditView.setAlternatingRowColors(True)
        self.auditView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.auditView.setWordWrap(True)
        self.auditView.setTabKeyNavigation(False)
        self.auditView.horizontalHeader().setStretchLastSection(True)
        self.auditView.verticalHeader().setVisible(False)

        self.auditLayout.addWidget(self.auditView)

        self.tabs.addTab(self.tabAudit, "")

        self.mainLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.gebeurtenissenLabel.setBuddy(self.gebeurtenissenView)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DossierView)

        QMetaObject.connectSlotsByName(DossierView)
    # setupUi

    def retranslateUi(self, DossierView):
        self.titel.setText(QCoreApplication.translate("DossierView", u"Kies een jongere in de lijst", None))
#if QT_CONFIG(accessibility)
        self.titel.setAccessibleName(QCoreApplication.translate("DossierView", u"Naam van de jongere", None))
#endif // QT_CONFIG(accessibility)
        self.ondertitel.setText("")
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("DossierView", u"Dossier", None))
#endif // QT_CONFIG(accessibility)
        self.lblGeboortedatum.setText(QCoreApplication.translate("DossierView", u"Geboortedatum:", None))
        self.valGeboortedatum.setText(QCoreApplication.translate("DossierView", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.valGeboortedatum.setAccessibleName(QCoreApplication.translate("DossierView", u"Geboortedatum", None))
#endif // QT_CONFIG(accessibility)
        self.lblHerkomst.setText(QCoreApplication.translate("DossierView", u"Geboorteland:", None))
        self.valHerkomst.setText(QCoreApplication.translate("DossierView", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.valHerkomst.setAccessibleName(QCoreApplication.translate("DossierView", u"Geboorteland", None))
#endif // QT_CONFIG(accessibility)
        self.lblTalen.setText(QCoreApplication.translate("DossierView", u"Talen:", None))
        self.valTalen.setText(QCoreApplication.translate("DossierView", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.valTalen.setAccessibleName(QCoreApplication.translate("DossierView", u"Talen", None))
#endif // QT_CONFIG(accessibility)
        self.lblTelefoon.setText(QCoreApplication.translate("DossierView", u"Telefoon:", None))
        self.valTelefoon.setText(QCoreApplication.translate("DossierView", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.valTelefoon.setAccessibleName(QCoreApplication.translate("DossierView", u"Telefoon", None))
#endif // QT_CONFIG(accessibility)
        self.lblLocatie.setText(QCoreApplication.translate("DossierView", u"Locatie:", None))
        self.valLocatie.setText(QCoreApplication.translate("DossierView", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.valLocatie.setAccessibleName(QCoreApplication.translate("DossierView", u"Locatie", None))
#endif // QT_CONFIG(accessibility)
        self.lblPlaatsing.setText(QCoreApplication.translate("DossierView", u"Plaatsing:", None))
        self.valPlaatsing.setText(QCoreApplication.translate("DossierView", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.valPlaatsing.setAccessibleName(QCoreApplication.translate("DossierView", u"Plaatsing", None))
#endif // QT_CONFIG(accessibility)
        self.lblKennismaking.setText(QCoreApplication.translate("DossierView", u"Kennismaking:", None))
        self.valKennismaking.setText(QCoreApplication.translate("DossierView", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.valKennismaking.setAccessibleName(QCoreApplication.translate("DossierView", u"Kennismaking", None))
#endif // QT_CONFIG(accessibility)
        self.lblVerkenning.setText(QCoreApplication.translate("DossierView", u"Einde verkenningsfase:", None))
        self.valVerkenning.setText(QCoreApplication.translate("DossierView", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.valVerkenning.setAccessibleName(QCoreApplication.translate("DossierView", u"Einde verkenningsfase", None))
#endif // QT_CONFIG(accessibility)
        self.lblVertrek.setText(QCoreApplication.translate("DossierView", u"Vertrek:", None))
        self.valVertrek.setText(QCoreApplication.translate("DossierView", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.valVertrek.setAccessibleName(QCoreApplication.translate("DossierView", u"Vertrek", None))
#endif // QT_CONFIG(accessibility)
        self.lblVerlengdeOpvang.setText(QCoreApplication.translate("DossierView", u"Verlengde Opvang:", None))
        self.valVerlengdeOpvang.setText(QCoreApplication.translate("DossierView", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.valVerlengdeOpvang.setAccessibleName(QCoreApplication.translate("DossierView", u"Verlengde Opvang", None))
#endif // QT_CONFIG(accessibility)
        self.lblMentor.setText(QCoreApplication.translate("DossierView", u"Mentor:", None))
        self.valMentor.setText(QCoreApplication.translate("DossierView", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.valMentor.setAccessibleName(QCoreApplication.translate("DossierView", u"Mentor", None))
#endif // QT_CONFIG(accessibility)
        self.lblJeugdbeschermer.setText(QCoreApplication.translate("DossierView", u"Jeugdbeschermer:", None))
        self.valJeugdbeschermer.setText(QCoreApplication.translate("DossierView", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.valJeugdbeschermer.setAccessibleName(QCoreApplication.translate("DossierView", u"Jeugdbeschermer", None))
#endif // QT_CONFIG(accessibility)
        self.lblNotities.setText(QCoreApplication.translate("DossierView", u"Notities:", None))
        self.valNotities.setText(QCoreApplication.translate("DossierView", u"\u2013", None))
#if QT_CONFIG(accessibility)
        self.valNotities.setAccessibleName(QCoreApplication.translate("DossierView", u"Notities", None))
#endif // QT_CONFIG(accessibility)
        self.planKnop.setText(QCoreApplication.translate("DossierView", u"Begeleidingsplan\u2026 (Ctrl+P)", None))
        self.wijzigKnop.setText(QCoreApplication.translate("DossierView", u"Gegevens wijzigen\u2026 (Ctrl+E)", None))
        self.mentorKnop.setText(QCoreApplication.translate("DossierView", u"Mentor wijzigen\u2026 (Ctrl+M)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tabGegevens), QCoreApplication.translate("DossierView", u"&Gegevens", None))
        self.teDoenUitleg.setText(QCoreApplication.translate("DossierView", u"Wat er volgens het kwaliteitskader moet gebeuren, met de reden en de norm.", None))
#if QT_CONFIG(accessibility)
        self.teDoenView.setAccessibleName(QCoreApplication.translate("DossierView", u"Wat moet er gebeuren", None))
#endif // QT_CONFIG(accessibility)
        self.vastleggenKnop.setText(QCoreApplication.translate("DossierView", u"Vastleggen wat er gebeurd is\u2026 (Ctrl+G)", None))
#if QT_CONFIG(tooltip)
        self.vastleggenKnop.setToolTip(QCoreApplication.translate("DossierView", u"Bijvoorbeeld een driegesprek of een vastgesteld plan van v\u00f3\u00f3r KSO Desktop", None))
#endif // QT_CONFIG(tooltip)
        self.gebeurtenissenLabel.setText(QCoreApplication.translate("DossierView", u"&Vastgelegd \u2013 wat er al gebeurd is:", None))
#if QT_CONFIG(accessibility)
        self.gebeurtenissenView.setAccessibleName(QCoreApplication.translate("DossierView", u"Vastgelegde gebeurtenissen", None))
#endif // QT_CONFIG(accessibility)
        self.intrekkenKnop.setText(QCoreApplication.translate("DossierView", u"Vastlegging intrekken\u2026", None))
#if QT_CONFIG(tooltip)
        self.intrekkenKnop.setToolTip(QCoreApplication.translate("DossierView", u"Voor een vergissing: de vastlegging blijft in het logboek staan", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.tabTeDoen), QCoreApplication.translate("DossierView", u"&Te doen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tabGesprekken), QCoreApplication.translate("DossierView", u"Ge&sprekken", None))
#if QT_CONFIG(accessibility)
        self.mentorenView.setAccessibleName(QCoreApplication.translate("DossierView", u"Mentorhistorie", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.tabMentoren), QCoreApplication.translate("DossierView", u"&Mentoren", None))
        self.auditUitleg.setText(QCoreApplication.translate("DossierView", u"Wie heeft dit dossier bekeken of gewijzigd, en wanneer (tijden in Nederlandse tijd).", None))
#if QT_CONFIG(accessibility)
        self.auditView.setAccessibleName(QCoreApplication.translate("DossierView", u"Logboek van inzage en wijzigingen", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.tabAudit), QCoreApplication.translate("DossierView", u"&Logboek", None))
        pass
    # retranslateUi

