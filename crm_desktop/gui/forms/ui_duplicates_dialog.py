# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'duplicates_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DuplicatesDialog(object):
    def setupUi(self, DuplicatesDialog):
        if not DuplicatesDialog.objectName():
            DuplicatesDialog.setObjectName(u"DuplicatesDialog")
        DuplicatesDialog.resize(900, 560)
        self.duplicatesLayout = QVBoxLayout(DuplicatesDialog)
        self.duplicatesLayout.setObjectName(u"duplicatesLayout")
        self.tabs = QTabWidget(DuplicatesDialog)
        self.tabs.setObjectName(u"tabs")
        self.findTab = QWidget()
        self.findTab.setObjectName(u"findTab")
        self.findLayout = QVBoxLayout(self.findTab)
        self.findLayout.setObjectName(u"findLayout")
        self.findBar = QHBoxLayout()
        self.findBar.setObjectName(u"findBar")
        self.kindCombo = QComboBox(self.findTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.findBar.addWidget(self.kindCombo)

        self.findButton = QPushButton(self.findTab)
        self.findButton.setObjectName(u"findButton")

        self.findBar.addWidget(self.findButton)

        self.progressBar = QProgressBar(self.findTab)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)
        self.progressBar.setMaximum(0)
        self.progressBar.setMaximumSize(QSize(160, 16777215))

        self.findBar.addWidget(self.progressBar)

        self.statusLabel = QLabel(self.findTab)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.findBar.addWidget(self.statusLabel)

        self.findSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.findBar.addItem(self.findSpacer)


        self.findLayout.addLayout(self.findBar)

        self.groupTable = QTableView(self.findTab)
        self.groupTable.setObjectName(u"groupTable")
        self.groupTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groupTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groupTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groupTable.setAlternatingRowColors(True)
        self.groupTable.setWordWrap(False)

        self.findLayout.addWidget(self.groupTable)

        self.groupButtons = QHBoxLayout()
        self.groupButtons.setObjectName(u"groupButtons")
        self.mergeButton = QPushButton(self.findTab)
        self.mergeButton.setObjectName(u"mergeButton")
        self.mergeButton.setEnabled(False)

        self.groupButtons.addWidget(self.mergeButton)

        self.dismissButton = QPushButton(self.findTab)
        self.dismissButton.setObjectName(u"dismissButton")
        self.dismissButton.setEnabled(False)

        self.groupButtons.addWidget(self.dismissButton)

        self.groupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupButtons.addItem(self.groupSpacer)


        self.findLayout.addLayout(self.groupButtons)

        self.tabs.addTab(self.findTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyHint = QLabel(self.historyTab)
        self.historyHint.setObjectName(u"historyHint")
        self.historyHint.setWordWrap(True)

        self.historyLayout.addWidget(self.historyHint)

        self.historyTable = QTableWidget(self.historyTab)
        if (self.historyTable.columnCount() < 3):
            self.historyTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setColumnCount(3)

        self.historyLayout.addWidget(self.historyTable)

        self.historyButtons = QHBoxLayout()
        self.historyButtons.setObjectName(u"historyButtons")
        self.undoMergeButton = QPushButton(self.historyTab)
        self.undoMergeButton.setObjectName(u"undoMergeButton")
        self.undoMergeButton.setEnabled(False)

        self.historyButtons.addWidget(self.undoMergeButton)

        self.historySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyButtons.addItem(self.historySpacer)


        self.historyLayout.addLayout(self.historyButtons)

        self.tabs.addTab(self.historyTab, "")

        self.duplicatesLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(DuplicatesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.duplicatesLayout.addWidget(self.buttonBox)


        self.retranslateUi(DuplicatesDialog)

        QMetaObject.connectSlotsByName(DuplicatesDialog)
    # setupUi

    def retranslateUi(self, DuplicatesDialog):
        DuplicatesDialog.setWindowTitle(QCoreApplication.translate("DuplicatesDialog", u"Duplicates", None))
        self.findButton.setText(QCoreApplication.translate("DuplicatesDialog", u"&Find", None))
        self.mergeButton.setText(QCoreApplication.translate("DuplicatesDialog", u"&Merge\u2026", None))
        self.dismissButton.setText(QCoreApplication.translate("DuplicatesDialog", u"&Not duplicates", None))
#if QT_CONFIG(tooltip)
        self.dismissButton.setToolTip(QCoreApplication.translate("DuplicatesDialog", u"Remember that these are different, and stop listing them together", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.findTab), QCoreApplication.translate("DuplicatesDialog", u"Possible duplicates", None))
        self.historyHint.setText(QCoreApplication.translate("DuplicatesDialog", u"Every merge, newest first. Undoing one puts the records back as they were before it, with everything that pointed at each.", None))
        ___qtablewidgetitem = self.historyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DuplicatesDialog", u"When", None))
        ___qtablewidgetitem1 = self.historyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DuplicatesDialog", u"Merged", None))
        ___qtablewidgetitem2 = self.historyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DuplicatesDialog", u"Status", None))
        self.undoMergeButton.setText(QCoreApplication.translate("DuplicatesDialog", u"&Undo merge", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("DuplicatesDialog", u"Merge history", None))
    # retranslateUi

