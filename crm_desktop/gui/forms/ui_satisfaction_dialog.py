# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'satisfaction_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QTableWidget, QVBoxLayout, QWidget)

class Ui_SatisfactionDialog(object):
    def setupUi(self, SatisfactionDialog):
        if not SatisfactionDialog.objectName():
            SatisfactionDialog.setObjectName(u"SatisfactionDialog")
        SatisfactionDialog.resize(1000, 680)
        self.dialogLayout = QVBoxLayout(SatisfactionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summaryLabel = QLabel(SatisfactionDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(SatisfactionDialog)
        self.tabs.setObjectName(u"tabs")
        self.trendTab = QWidget()
        self.trendTab.setObjectName(u"trendTab")
        self.trendLayout = QHBoxLayout(self.trendTab)
        self.trendLayout.setObjectName(u"trendLayout")
        self.trendChartHost = QWidget(self.trendTab)
        self.trendChartHost.setObjectName(u"trendChartHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.trendChartHost.sizePolicy().hasHeightForWidth())
        self.trendChartHost.setSizePolicy(sizePolicy)
        self.trendChartLayout = QVBoxLayout(self.trendChartHost)
        self.trendChartLayout.setObjectName(u"trendChartLayout")
        self.trendChartLayout.setContentsMargins(0, 0, 0, 0)

        self.trendLayout.addWidget(self.trendChartHost)

        self.monthTable = QTableWidget(self.trendTab)
        self.monthTable.setObjectName(u"monthTable")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.monthTable.sizePolicy().hasHeightForWidth())
        self.monthTable.setSizePolicy(sizePolicy1)
        self.monthTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.monthTable.setAlternatingRowColors(True)
        self.monthTable.verticalHeader().setVisible(False)

        self.trendLayout.addWidget(self.monthTable)

        self.tabs.addTab(self.trendTab, "")
        self.categoryTab = QWidget()
        self.categoryTab.setObjectName(u"categoryTab")
        self.categoryLayout = QHBoxLayout(self.categoryTab)
        self.categoryLayout.setObjectName(u"categoryLayout")
        self.categoryChartHost = QWidget(self.categoryTab)
        self.categoryChartHost.setObjectName(u"categoryChartHost")
        sizePolicy.setHeightForWidth(self.categoryChartHost.sizePolicy().hasHeightForWidth())
        self.categoryChartHost.setSizePolicy(sizePolicy)
        self.categoryChartLayout = QVBoxLayout(self.categoryChartHost)
        self.categoryChartLayout.setObjectName(u"categoryChartLayout")
        self.categoryChartLayout.setContentsMargins(0, 0, 0, 0)

        self.categoryLayout.addWidget(self.categoryChartHost)

        self.categoryTable = QTableWidget(self.categoryTab)
        self.categoryTable.setObjectName(u"categoryTable")
        sizePolicy1.setHeightForWidth(self.categoryTable.sizePolicy().hasHeightForWidth())
        self.categoryTable.setSizePolicy(sizePolicy1)
        self.categoryTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categoryTable.setAlternatingRowColors(True)
        self.categoryTable.verticalHeader().setVisible(False)

        self.categoryLayout.addWidget(self.categoryTable)

        self.tabs.addTab(self.categoryTab, "")
        self.unhappyTab = QWidget()
        self.unhappyTab.setObjectName(u"unhappyTab")
        self.unhappyLayout = QVBoxLayout(self.unhappyTab)
        self.unhappyLayout.setObjectName(u"unhappyLayout")
        self.unhappyLabel = QLabel(self.unhappyTab)
        self.unhappyLabel.setObjectName(u"unhappyLabel")
        self.unhappyLabel.setWordWrap(True)

        self.unhappyLayout.addWidget(self.unhappyLabel)

        self.unhappyTable = QTableView(self.unhappyTab)
        self.unhappyTable.setObjectName(u"unhappyTable")
        self.unhappyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unhappyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unhappyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unhappyTable.setAlternatingRowColors(True)
        self.unhappyTable.horizontalHeader().setStretchLastSection(True)
        self.unhappyTable.verticalHeader().setVisible(False)

        self.unhappyLayout.addWidget(self.unhappyTable)

        self.unhappyButtons = QHBoxLayout()
        self.unhappyButtons.setObjectName(u"unhappyButtons")
        self.planFollowupButton = QPushButton(self.unhappyTab)
        self.planFollowupButton.setObjectName(u"planFollowupButton")

        self.unhappyButtons.addWidget(self.planFollowupButton)

        self.openContactButton = QPushButton(self.unhappyTab)
        self.openContactButton.setObjectName(u"openContactButton")

        self.unhappyButtons.addWidget(self.openContactButton)

        self.unhappySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unhappyButtons.addItem(self.unhappySpacer)


        self.unhappyLayout.addLayout(self.unhappyButtons)

        self.tabs.addTab(self.unhappyTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(SatisfactionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(SatisfactionDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SatisfactionDialog)
    # setupUi

    def retranslateUi(self, SatisfactionDialog):
        SatisfactionDialog.setWindowTitle(QCoreApplication.translate("SatisfactionDialog", u"Customer satisfaction", None))
        self.summaryLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.trendTab), QCoreApplication.translate("SatisfactionDialog", u"By month", None))
        self.tabs.setTabText(self.tabs.indexOf(self.categoryTab), QCoreApplication.translate("SatisfactionDialog", u"By category", None))
        self.unhappyLabel.setText(QCoreApplication.translate("SatisfactionDialog", u"Customers whose latest feedback was unhappy (CSAT 1-2, or NPS 0-6) and who have no follow-up planned since.", None))
        self.planFollowupButton.setText(QCoreApplication.translate("SatisfactionDialog", u"&Plan a follow-up\u2026", None))
        self.openContactButton.setText(QCoreApplication.translate("SatisfactionDialog", u"&Open contact", None))
        self.tabs.setTabText(self.tabs.indexOf(self.unhappyTab), QCoreApplication.translate("SatisfactionDialog", u"Unhappy, no follow-up yet", None))
    # retranslateUi

