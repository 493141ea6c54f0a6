# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'formulieren_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_FormulierenTab(object):
    def setupUi(self, FormulierenTab):
        if not FormulierenTab.objectName():
            FormulierenTab.setObjectName(u"FormulierenTab")
        FormulierenTab.resize(900, 480)
        self.tabLayout = QVBoxLayout(FormulierenTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.knoppen = QHBoxLayout()
        self.knoppen.setObjectName(u"knoppen")
        self.nieuwKnop = QPushButton(FormulierenTab)
        self.nieuwKnop.setObjectName(u"nieuwKnop")
        self.nieuwKnop.setAutoDefault(False)

        self.knoppen.addWidget(self.nieuwKnop)

        self.openenKnop = QPushButton(FormulierenTab)
        self.openenKnop.setObjectName(u"openenKnop")
        self.openenKnop.setAutoDefault(False)

        self.knoppen.addWidget(self.openenKnop)

        self.vergelijkKnop = QPushButton(FormulierenTab)
        self.vergelijkKnop.setObjectName(u"vergelijkKnop")
        self.vergelijkKnop.setAutoDefault(False)

        self.knoppen.addWidget(self.vergelijkKnop)

        self.naarPlanKnop = QPushButton(FormulierenTab)
        self.naarPlanKnop.setObjectName(u"naarPlanKnop")
        self.naarPlanKnop.setAutoDefault(False)

        self.knoppen.addWidget(self.naarPlanKnop)

        self.trendKnop = QPushButton(FormulierenTab)
        self.trendKnop.setObjectName(u"trendKnop")
        self.trendKnop.setAutoDefault(False)

        self.knoppen.addWidget(self.trendKnop)

        self.afdrukKnop = QPushButton(FormulierenTab)
        self.afdrukKnop.setObjectName(u"afdrukKnop")
        self.afdrukKnop.setAutoDefault(False)

        self.knoppen.addWidget(self.afdrukKnop)

        self.knoppenSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.knoppen.addItem(self.knoppenSpacer)


        self.tabLayout.addLayout(self.knoppen)

        self.vervangenVak = QCheckBox(FormulierenTab)
        self.vervangenVak.setObjectName(u"vervangenVak")

        self.tabLayout.addWidget(self.vervangenVak)

        self.tabel = QTableWidget(FormulierenTab)
        if (self.tabel.columnCount() < 6):
            self.tabel.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.tabel.setObjectName(u"tabel")
        self.tabel.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tabel.setTabKeyNavigation(False)
        self.tabel.setAlternatingRowColors(True)
        self.tabel.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.tabLayout.addWidget(self.tabel)

        self.fouten = QLabel(FormulierenTab)
        self.fouten.setObjectName(u"fouten")
        self.fouten.setWordWrap(True)
        self.fouten.setTextFormat(Qt.PlainText)

        self.tabLayout.addWidget(self.fouten)

        QWidget.setTabOrder(self.nieuwKnop, self.openenKnop)
        QWidget.setTabOrder(self.openenKnop, self.vergelijkKnop)
        QWidget.setTabOrder(self.vergelijkKnop, self.naarPlanKnop)
        QWidget.setTabOrder(self.naarPlanKnop, self.trendKnop)
        QWidget.setTabOrder(self.trendKnop, self.afdrukKnop)
        QWidget.setTabOrder(self.afdrukKnop, self.vervangenVak)
        QWidget.setTabOrder(self.vervangenVak, self.tabel)

        self.retranslateUi(FormulierenTab)

        QMetaObject.connectSlotsByName(FormulierenTab)
    # setupUi

    def retranslateUi(self, FormulierenTab):
        self.nieuwKnop.setText(QCoreApplication.translate("FormulierenTab", u"&Nieuw formulier\u2026", None))
        self.openenKnop.setText(QCoreApplication.translate("FormulierenTab", u"&Openen", None))
        self.vergelijkKnop.setText(QCoreApplication.translate("FormulierenTab", u"&Vergelijken\u2026", None))
#if QT_CONFIG(tooltip)
        self.vergelijkKnop.setToolTip(QCoreApplication.translate("FormulierenTab", u"Twee gekozen formulieren naast elkaar, of \u00e9\u00e9n met de vorige versie", None))
#endif // QT_CONFIG(tooltip)
        self.naarPlanKnop.setText(QCoreApplication.translate("FormulierenTab", u"Naar &plan\u2026", None))
#if QT_CONFIG(tooltip)
        self.naarPlanKnop.setToolTip(QCoreApplication.translate("FormulierenTab", u"Een bevinding als doel of actie in het begeleidingsplan zetten", None))
#endif // QT_CONFIG(tooltip)
        self.trendKnop.setText(QCoreApplication.translate("FormulierenTab", u"T&rend\u2026", None))
#if QT_CONFIG(tooltip)
        self.trendKnop.setToolTip(QCoreApplication.translate("FormulierenTab", u"De schaal van dit formulier door de tijd", None))
#endif // QT_CONFIG(tooltip)
        self.afdrukKnop.setText(QCoreApplication.translate("FormulierenTab", u"Af&drukken", None))
#if QT_CONFIG(tooltip)
        self.afdrukKnop.setToolTip(QCoreApplication.translate("FormulierenTab", u"Het signaleringsplan op \u00e9\u00e9n pagina of als kaartjes om uit te knippen", None))
#endif // QT_CONFIG(tooltip)
        self.vervangenVak.setText(QCoreApplication.translate("FormulierenTab", u"Ook vervangen versies &tonen", None))
        ___qtablewidgetitem = self.tabel.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FormulierenTab", u"Formulier", None))
        ___qtablewidgetitem1 = self.tabel.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FormulierenTab", u"Versie", None))
        ___qtablewidgetitem2 = self.tabel.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("FormulierenTab", u"Datum", None))
        ___qtablewidgetitem3 = self.tabel.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("FormulierenTab", u"Status", None))
        ___qtablewidgetitem4 = self.tabel.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("FormulierenTab", u"Door", None))
        ___qtablewidgetitem5 = self.tabel.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("FormulierenTab", u"Synchronisatie", None))
#if QT_CONFIG(accessibility)
        self.tabel.setAccessibleName(QCoreApplication.translate("FormulierenTab", u"Formulieren", None))
#endif // QT_CONFIG(accessibility)
        self.fouten.setStyleSheet(QCoreApplication.translate("FormulierenTab", u"color: #b71c1c;", None))
        self.fouten.setText("")
        pass
    # retranslateUi

