# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pipeline_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_PipelineWindow(object):
    def setupUi(self, PipelineWindow):
        if not PipelineWindow.objectName():
            PipelineWindow.setObjectName(u"PipelineWindow")
        PipelineWindow.resize(1180, 640)
        self.pipelineLayout = QVBoxLayout(PipelineWindow)
        self.pipelineLayout.setObjectName(u"pipelineLayout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.newDealButton = QPushButton(PipelineWindow)
        self.newDealButton.setObjectName(u"newDealButton")

        self.toolbar.addWidget(self.newDealButton)

        self.editDealButton = QPushButton(PipelineWindow)
        self.editDealButton.setObjectName(u"editDealButton")
        self.editDealButton.setEnabled(False)

        self.toolbar.addWidget(self.editDealButton)

        self.stagesButton = QPushButton(PipelineWindow)
        self.stagesButton.setObjectName(u"stagesButton")

        self.toolbar.addWidget(self.stagesButton)

        self.deleteDealButton = QPushButton(PipelineWindow)
        self.deleteDealButton.setObjectName(u"deleteDealButton")
        self.deleteDealButton.setEnabled(False)

        self.toolbar.addWidget(self.deleteDealButton)

        self.summaryLabel = QLabel(PipelineWindow)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.toolbar.addWidget(self.summaryLabel)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.hintLabel = QLabel(PipelineWindow)
        self.hintLabel.setObjectName(u"hintLabel")

        self.toolbar.addWidget(self.hintLabel)


        self.pipelineLayout.addLayout(self.toolbar)

        self.tabs = QTabWidget(PipelineWindow)
        self.tabs.setObjectName(u"tabs")
        self.boardTab = QWidget()
        self.boardTab.setObjectName(u"boardTab")
        self.boardTabLayout = QVBoxLayout(self.boardTab)
        self.boardTabLayout.setObjectName(u"boardTabLayout")
        self.boardScroll = QScrollArea(self.boardTab)
        self.boardScroll.setObjectName(u"boardScroll")
        self.boardScroll.setWidgetResizable(True)
        self.boardHost = QWidget()
        self.boardHost.setObjectName(u"boardHost")
        self.boardLayout = QHBoxLayout(self.boardHost)
        self.boardLayout.setObjectName(u"boardLayout")
        self.boardScroll.setWidget(self.boardHost)

        self.boardTabLayout.addWidget(self.boardScroll)

        self.tabs.addTab(self.boardTab, "")
        self.tableTab = QWidget()
        self.tableTab.setObjectName(u"tableTab")
        self.tableTabLayout = QVBoxLayout(self.tableTab)
        self.tableTabLayout.setObjectName(u"tableTabLayout")
        self.dealTable = QTableView(self.tableTab)
        self.dealTable.setObjectName(u"dealTable")
        self.dealTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dealTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dealTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dealTable.setAlternatingRowColors(True)
        self.dealTable.setWordWrap(False)

        self.tableTabLayout.addWidget(self.dealTable)

        self.tableFooter = QHBoxLayout()
        self.tableFooter.setObjectName(u"tableFooter")
        self.tableLabel = QLabel(self.tableTab)
        self.tableLabel.setObjectName(u"tableLabel")
        self.tableLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.tableFooter.addWidget(self.tableLabel)

        self.allDealsButton = QPushButton(self.tableTab)
        self.allDealsButton.setObjectName(u"allDealsButton")
        self.allDealsButton.setVisible(False)

        self.tableFooter.addWidget(self.allDealsButton)

        self.tableFooterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tableFooter.addItem(self.tableFooterSpacer)


        self.tableTabLayout.addLayout(self.tableFooter)

        self.tabs.addTab(self.tableTab, "")

        self.pipelineLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(PipelineWindow)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.pipelineLayout.addWidget(self.buttonBox)


        self.retranslateUi(PipelineWindow)

        QMetaObject.connectSlotsByName(PipelineWindow)
    # setupUi

    def retranslateUi(self, PipelineWindow):
        PipelineWindow.setWindowTitle(QCoreApplication.translate("PipelineWindow", u"Pipeline", None))
        self.newDealButton.setText(QCoreApplication.translate("PipelineWindow", u"&New deal\u2026", None))
        self.editDealButton.setText(QCoreApplication.translate("PipelineWindow", u"&Edit\u2026", None))
        self.stagesButton.setText(QCoreApplication.translate("PipelineWindow", u"S&tages\u2026", None))
#if QT_CONFIG(tooltip)
        self.stagesButton.setToolTip(QCoreApplication.translate("PipelineWindow", u"Add, rename, reorder or remove the pipeline's stages", None))
#endif // QT_CONFIG(tooltip)
        self.deleteDealButton.setText(QCoreApplication.translate("PipelineWindow", u"&Delete", None))
        self.hintLabel.setText(QCoreApplication.translate("PipelineWindow", u"Drag a deal to another stage, or Ctrl+\u2190 / Ctrl+\u2192", None))
        self.tabs.setTabText(self.tabs.indexOf(self.boardTab), QCoreApplication.translate("PipelineWindow", u"Board", None))
        self.allDealsButton.setText(QCoreApplication.translate("PipelineWindow", u"Show &all deals", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tableTab), QCoreApplication.translate("PipelineWindow", u"Table", None))
    # retranslateUi

