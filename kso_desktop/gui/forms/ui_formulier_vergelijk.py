# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'formulier_vergelijk.ui'
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
    QDialog, QDialogButtonBox, QHeaderView, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_FormulierVergelijkDialog(object):
    def setupUi(self, FormulierVergelijkDialog):
        if not FormulierVergelijkDialog.objectName():
            FormulierVergelijkDialog.setObjectName(u"FormulierVergelijkDialog")
        FormulierVergelijkDialog.resize(980, 620)
        self.dialogLayout = QVBoxLayout(FormulierVergelijkDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.alleenVak = QCheckBox(FormulierVergelijkDialog)
        self.alleenVak.setObjectName(u"alleenVak")
        self.alleenVak.setChecked(True)

        self.dialogLayout.addWidget(self.alleenVak)

        self.tabel = QTableWidget(FormulierVergelijkDialog)
        if (self.tabel.columnCount() < 4):
            self.tabel.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.tabel.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.tabel.setObjectName(u"tabel")
        self.tabel.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tabel.setTabKeyNavigation(False)
        self.tabel.setAlternatingRowColors(True)
        self.tabel.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.tabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.tabel)

        self.buttonBox = QDialogButtonBox(FormulierVergelijkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.alleenVak, self.tabel)
        QWidget.setTabOrder(self.tabel, self.buttonBox)

        self.retranslateUi(FormulierVergelijkDialog)

        QMetaObject.connectSlotsByName(FormulierVergelijkDialog)
    # setupUi

    def retranslateUi(self, FormulierVergelijkDialog):
        FormulierVergelijkDialog.setWindowTitle(QCoreApplication.translate("FormulierVergelijkDialog", u"Formulieren vergelijken", None))
        self.alleenVak.setText(QCoreApplication.translate("FormulierVergelijkDialog", u"&Alleen wat veranderd is", None))
        ___qtablewidgetitem = self.tabel.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FormulierVergelijkDialog", u"Onderdeel", None))
        ___qtablewidgetitem1 = self.tabel.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FormulierVergelijkDialog", u"Vraag", None))
        ___qtablewidgetitem2 = self.tabel.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("FormulierVergelijkDialog", u"Voor", None))
        ___qtablewidgetitem3 = self.tabel.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("FormulierVergelijkDialog", u"Na", None))
#if QT_CONFIG(accessibility)
        self.tabel.setAccessibleName(QCoreApplication.translate("FormulierVergelijkDialog", u"Vergelijking", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

