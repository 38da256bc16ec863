# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crm_style_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_CrmStyleDialog(object):
    def setupUi(self, CrmStyleDialog):
        if not CrmStyleDialog.objectName():
            CrmStyleDialog.setObjectName(u"CrmStyleDialog")
        CrmStyleDialog.resize(1000, 700)
        self.dialogLayout = QVBoxLayout(CrmStyleDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(CrmStyleDialog)
        self.tabs.setObjectName(u"tabs")
        self.assessmentTab = QWidget()
        self.assessmentTab.setObjectName(u"assessmentTab")
        self.assessmentLayout = QHBoxLayout(self.assessmentTab)
        self.assessmentLayout.setObjectName(u"assessmentLayout")
        self.questionsColumn = QVBoxLayout()
        self.questionsColumn.setObjectName(u"questionsColumn")
        self.introLabel = QLabel(self.assessmentTab)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.questionsColumn.addWidget(self.introLabel)

        self.questionsGrid = QGridLayout()
        self.questionsGrid.setObjectName(u"questionsGrid")

        self.questionsColumn.addLayout(self.questionsGrid)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveAssessmentButton = QPushButton(self.assessmentTab)
        self.saveAssessmentButton.setObjectName(u"saveAssessmentButton")

        self.saveRow.addWidget(self.saveAssessmentButton)

        self.assessmentErrorLabel = QLabel(self.assessmentTab)
        self.assessmentErrorLabel.setObjectName(u"assessmentErrorLabel")
        self.assessmentErrorLabel.setWordWrap(True)

        self.saveRow.addWidget(self.assessmentErrorLabel)


        self.questionsColumn.addLayout(self.saveRow)

        self.questionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.questionsColumn.addItem(self.questionsSpacer)


        self.assessmentLayout.addLayout(self.questionsColumn)

        self.resultsColumn = QVBoxLayout()
        self.resultsColumn.setObjectName(u"resultsColumn")
        self.resultsLabel = QLabel(self.assessmentTab)
        self.resultsLabel.setObjectName(u"resultsLabel")
        self.resultsLabel.setWordWrap(True)
        self.resultsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.resultsColumn.addWidget(self.resultsLabel)

        self.historyChartHost = QWidget(self.assessmentTab)
        self.historyChartHost.setObjectName(u"historyChartHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.historyChartHost.sizePolicy().hasHeightForWidth())
        self.historyChartHost.setSizePolicy(sizePolicy)
        self.historyChartLayout = QVBoxLayout(self.historyChartHost)
        self.historyChartLayout.setObjectName(u"historyChartLayout")
        self.historyChartLayout.setContentsMargins(0, 0, 0, 0)

        self.resultsColumn.addWidget(self.historyChartHost)

        self.historyTable = QTableWidget(self.assessmentTab)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setMaximumSize(QSize(16777215, 180))
        self.historyTable.verticalHeader().setVisible(False)

        self.resultsColumn.addWidget(self.historyTable)


        self.assessmentLayout.addLayout(self.resultsColumn)

        self.tabs.addTab(self.assessmentTab, "")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planLayout = QVBoxLayout(self.planTab)
        self.planLayout.setObjectName(u"planLayout")
        self.planLabel = QLabel(self.planTab)
        self.planLabel.setObjectName(u"planLabel")
        self.planLabel.setWordWrap(True)
        self.planLabel.setTextFormat(Qt.TextFormat.RichText)

        self.planLayout.addWidget(self.planLabel)

        self.goalTable = QTableWidget(self.planTab)
        self.goalTable.setObjectName(u"goalTable")
        self.goalTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goalTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goalTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goalTable.setAlternatingRowColors(True)
        self.goalTable.verticalHeader().setVisible(False)

        self.planLayout.addWidget(self.goalTable)

        self.goalButtons = QHBoxLayout()
        self.goalButtons.setObjectName(u"goalButtons")
        self.newGoalButton = QPushButton(self.planTab)
        self.newGoalButton.setObjectName(u"newGoalButton")

        self.goalButtons.addWidget(self.newGoalButton)

        self.editGoalButton = QPushButton(self.planTab)
        self.editGoalButton.setObjectName(u"editGoalButton")

        self.goalButtons.addWidget(self.editGoalButton)

        self.tickButton = QPushButton(self.planTab)
        self.tickButton.setObjectName(u"tickButton")

        self.goalButtons.addWidget(self.tickButton)

        self.untickButton = QPushButton(self.planTab)
        self.untickButton.setObjectName(u"untickButton")

        self.goalButtons.addWidget(self.untickButton)

        self.deleteGoalButton = QPushButton(self.planTab)
        self.deleteGoalButton.setObjectName(u"deleteGoalButton")

        self.goalButtons.addWidget(self.deleteGoalButton)

        self.goalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalButtons.addItem(self.goalSpacer)


        self.planLayout.addLayout(self.goalButtons)

        self.tabs.addTab(self.planTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(CrmStyleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(CrmStyleDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CrmStyleDialog)
    # setupUi

    def retranslateUi(self, CrmStyleDialog):
        CrmStyleDialog.setWindowTitle(QCoreApplication.translate("CrmStyleDialog", u"My CRM style", None))
        self.introLabel.setText(QCoreApplication.translate("CrmStyleDialog", u"Rate yourself honestly, 1 (rarely) to 5 (always). Your answers are kept, so you can see how you grow.", None))
        self.saveAssessmentButton.setText(QCoreApplication.translate("CrmStyleDialog", u"&Save this assessment", None))
        self.assessmentErrorLabel.setText("")
        self.resultsLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.assessmentTab), QCoreApplication.translate("CrmStyleDialog", u"Self-assessment", None))
        self.planLabel.setText("")
        self.newGoalButton.setText(QCoreApplication.translate("CrmStyleDialog", u"&New goal\u2026", None))
        self.editGoalButton.setText(QCoreApplication.translate("CrmStyleDialog", u"&Edit\u2026", None))
        self.tickButton.setText(QCoreApplication.translate("CrmStyleDialog", u"&+1 done", None))
#if QT_CONFIG(tooltip)
        self.tickButton.setToolTip(QCoreApplication.translate("CrmStyleDialog", u"Count one more on a goal ticked by hand", None))
#endif // QT_CONFIG(tooltip)
        self.untickButton.setText(QCoreApplication.translate("CrmStyleDialog", u"\u22121", None))
        self.deleteGoalButton.setText(QCoreApplication.translate("CrmStyleDialog", u"&Delete", None))
        self.tabs.setTabText(self.tabs.indexOf(self.planTab), QCoreApplication.translate("CrmStyleDialog", u"Action plan", None))
    # retranslateUi

