# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DashboardDialog(object):
    def setupUi(self, DashboardDialog):
        if not DashboardDialog.objectName():
            DashboardDialog.setObjectName(u"DashboardDialog")
        DashboardDialog.resize(1240, 900)
        self.dashboardLayout = QVBoxLayout(DashboardDialog)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.numbersRow = QHBoxLayout()
        self.numbersRow.setObjectName(u"numbersRow")
        self.quietButton = QPushButton(DashboardDialog)
        self.quietButton.setObjectName(u"quietButton")

        self.numbersRow.addWidget(self.quietButton)

        self.pipelineButton = QPushButton(DashboardDialog)
        self.pipelineButton.setObjectName(u"pipelineButton")

        self.numbersRow.addWidget(self.pipelineButton)

        self.numbersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.numbersRow.addItem(self.numbersSpacer)

        self.hintLabel = QLabel(DashboardDialog)
        self.hintLabel.setObjectName(u"hintLabel")

        self.numbersRow.addWidget(self.hintLabel)


        self.dashboardLayout.addLayout(self.numbersRow)

        self.chartGrid = QGridLayout()
        self.chartGrid.setObjectName(u"chartGrid")
        self.pipelineHost = QWidget(DashboardDialog)
        self.pipelineHost.setObjectName(u"pipelineHost")
        self.pipelineHostLayout = QVBoxLayout(self.pipelineHost)
        self.pipelineHostLayout.setObjectName(u"pipelineHostLayout")
        self.pipelineHostLayout.setContentsMargins(0, 0, 0, 0)

        self.chartGrid.addWidget(self.pipelineHost, 0, 0, 1, 1)

        self.wonLostHost = QWidget(DashboardDialog)
        self.wonLostHost.setObjectName(u"wonLostHost")
        self.wonLostHostLayout = QVBoxLayout(self.wonLostHost)
        self.wonLostHostLayout.setObjectName(u"wonLostHostLayout")
        self.wonLostHostLayout.setContentsMargins(0, 0, 0, 0)

        self.chartGrid.addWidget(self.wonLostHost, 0, 1, 1, 1)

        self.satisfactionHost = QWidget(DashboardDialog)
        self.satisfactionHost.setObjectName(u"satisfactionHost")
        self.satisfactionHostLayout = QVBoxLayout(self.satisfactionHost)
        self.satisfactionHostLayout.setObjectName(u"satisfactionHostLayout")
        self.satisfactionHostLayout.setContentsMargins(0, 0, 0, 0)

        self.chartGrid.addWidget(self.satisfactionHost, 0, 2, 1, 1)

        self.interactionsHost = QWidget(DashboardDialog)
        self.interactionsHost.setObjectName(u"interactionsHost")
        self.interactionsHostLayout = QVBoxLayout(self.interactionsHost)
        self.interactionsHostLayout.setObjectName(u"interactionsHostLayout")
        self.interactionsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.chartGrid.addWidget(self.interactionsHost, 1, 0, 1, 2)

        self.funnelHost = QWidget(DashboardDialog)
        self.funnelHost.setObjectName(u"funnelHost")
        self.funnelHostLayout = QVBoxLayout(self.funnelHost)
        self.funnelHostLayout.setObjectName(u"funnelHostLayout")
        self.funnelHostLayout.setContentsMargins(0, 0, 0, 0)

        self.chartGrid.addWidget(self.funnelHost, 2, 0, 1, 3)

        self.topHost = QWidget(DashboardDialog)
        self.topHost.setObjectName(u"topHost")
        self.topHostLayout = QVBoxLayout(self.topHost)
        self.topHostLayout.setObjectName(u"topHostLayout")
        self.topHostLayout.setContentsMargins(0, 0, 0, 0)
        self.topLabel = QLabel(self.topHost)
        self.topLabel.setObjectName(u"topLabel")

        self.topHostLayout.addWidget(self.topLabel)

        self.topTable = QTableWidget(self.topHost)
        if (self.topTable.columnCount() < 3):
            self.topTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.topTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.topTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.topTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.topTable.setObjectName(u"topTable")
        self.topTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.topTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.topTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.topTable.setAlternatingRowColors(True)
        self.topTable.setColumnCount(3)

        self.topHostLayout.addWidget(self.topTable)


        self.chartGrid.addWidget(self.topHost, 1, 2, 1, 1)


        self.dashboardLayout.addLayout(self.chartGrid)

        self.buttonBox = QDialogButtonBox(DashboardDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dashboardLayout.addWidget(self.buttonBox)


        self.retranslateUi(DashboardDialog)

        QMetaObject.connectSlotsByName(DashboardDialog)
    # setupUi

    def retranslateUi(self, DashboardDialog):
        DashboardDialog.setWindowTitle(QCoreApplication.translate("DashboardDialog", u"Dashboard", None))
#if QT_CONFIG(tooltip)
        self.quietButton.setToolTip(QCoreApplication.translate("DashboardDialog", u"List them (the contact list's \"Not contacted in 90 days\" filter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.pipelineButton.setToolTip(QCoreApplication.translate("DashboardDialog", u"Open the pipeline", None))
#endif // QT_CONFIG(tooltip)
        self.hintLabel.setText(QCoreApplication.translate("DashboardDialog", u"Click a bar or a number to see what it counts", None))
        self.topLabel.setText(QCoreApplication.translate("DashboardDialog", u"Top companies by lifetime value (purchases)", None))
        ___qtablewidgetitem = self.topTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DashboardDialog", u"Company", None))
        ___qtablewidgetitem1 = self.topTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DashboardDialog", u"Value", None))
        ___qtablewidgetitem2 = self.topTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DashboardDialog", u"Purchases", None))
    # retranslateUi

