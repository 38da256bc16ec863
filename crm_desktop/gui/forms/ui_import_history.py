# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_history.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_ImportHistoryDialog(object):
    def setupUi(self, ImportHistoryDialog):
        if not ImportHistoryDialog.objectName():
            ImportHistoryDialog.setObjectName(u"ImportHistoryDialog")
        ImportHistoryDialog.resize(820, 420)
        self.historyLayout = QVBoxLayout(ImportHistoryDialog)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyHint = QLabel(ImportHistoryDialog)
        self.historyHint.setObjectName(u"historyHint")
        self.historyHint.setWordWrap(True)

        self.historyLayout.addWidget(self.historyHint)

        self.historyTable = QTableWidget(ImportHistoryDialog)
        if (self.historyTable.columnCount() < 8):
            self.historyTable.setColumnCount(8)
        __qtablewidgetitem = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setWordWrap(False)
        self.historyTable.setColumnCount(8)

        self.historyLayout.addWidget(self.historyTable)

        self.historyButtons = QHBoxLayout()
        self.historyButtons.setObjectName(u"historyButtons")
        self.undoButton = QPushButton(ImportHistoryDialog)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setEnabled(False)

        self.historyButtons.addWidget(self.undoButton)

        self.historySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyButtons.addItem(self.historySpacer)

        self.buttonBox = QDialogButtonBox(ImportHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.historyButtons.addWidget(self.buttonBox)


        self.historyLayout.addLayout(self.historyButtons)


        self.retranslateUi(ImportHistoryDialog)

        QMetaObject.connectSlotsByName(ImportHistoryDialog)
    # setupUi

    def retranslateUi(self, ImportHistoryDialog):
        ImportHistoryDialog.setWindowTitle(QCoreApplication.translate("ImportHistoryDialog", u"Import history", None))
        self.historyHint.setText(QCoreApplication.translate("ImportHistoryDialog", u"Every import, newest first. Undoing one removes the contacts it added and gives the contacts it updated their earlier values back.", None))
        ___qtablewidgetitem = self.historyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportHistoryDialog", u"When", None))
        ___qtablewidgetitem1 = self.historyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportHistoryDialog", u"File", None))
        ___qtablewidgetitem2 = self.historyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportHistoryDialog", u"Rows", None))
        ___qtablewidgetitem3 = self.historyTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportHistoryDialog", u"New", None))
        ___qtablewidgetitem4 = self.historyTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ImportHistoryDialog", u"Updated", None))
        ___qtablewidgetitem5 = self.historyTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ImportHistoryDialog", u"Skipped", None))
        ___qtablewidgetitem6 = self.historyTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ImportHistoryDialog", u"Problems", None))
        ___qtablewidgetitem7 = self.historyTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ImportHistoryDialog", u"Status", None))
        self.undoButton.setText(QCoreApplication.translate("ImportHistoryDialog", u"&Undo import", None))
    # retranslateUi

