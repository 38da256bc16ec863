# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stages_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_StagesDialog(object):
    def setupUi(self, StagesDialog):
        if not StagesDialog.objectName():
            StagesDialog.setObjectName(u"StagesDialog")
        StagesDialog.resize(520, 420)
        self.stagesLayout = QVBoxLayout(StagesDialog)
        self.stagesLayout.setObjectName(u"stagesLayout")
        self.listRow = QHBoxLayout()
        self.listRow.setObjectName(u"listRow")
        self.stageTable = QTableWidget(StagesDialog)
        if (self.stageTable.columnCount() < 3):
            self.stageTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.stageTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.stageTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.stageTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.stageTable.setObjectName(u"stageTable")
        self.stageTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stageTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stageTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stageTable.setColumnCount(3)

        self.listRow.addWidget(self.stageTable)

        self.moveButtons = QVBoxLayout()
        self.moveButtons.setObjectName(u"moveButtons")
        self.upButton = QPushButton(StagesDialog)
        self.upButton.setObjectName(u"upButton")

        self.moveButtons.addWidget(self.upButton)

        self.downButton = QPushButton(StagesDialog)
        self.downButton.setObjectName(u"downButton")

        self.moveButtons.addWidget(self.downButton)

        self.removeButton = QPushButton(StagesDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.moveButtons.addWidget(self.removeButton)

        self.moveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveButtons.addItem(self.moveSpacer)


        self.listRow.addLayout(self.moveButtons)


        self.stagesLayout.addLayout(self.listRow)

        self.editRow = QHBoxLayout()
        self.editRow.setObjectName(u"editRow")
        self.nameEdit = QLineEdit(StagesDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.editRow.addWidget(self.nameEdit)

        self.outcomeCombo = QComboBox(StagesDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.editRow.addWidget(self.outcomeCombo)

        self.probabilitySpin = QSpinBox(StagesDialog)
        self.probabilitySpin.setObjectName(u"probabilitySpin")
        self.probabilitySpin.setMaximum(100)

        self.editRow.addWidget(self.probabilitySpin)

        self.addButton = QPushButton(StagesDialog)
        self.addButton.setObjectName(u"addButton")

        self.editRow.addWidget(self.addButton)

        self.saveButton = QPushButton(StagesDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setEnabled(False)

        self.editRow.addWidget(self.saveButton)


        self.stagesLayout.addLayout(self.editRow)

        self.errorLabel = QLabel(StagesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.stagesLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StagesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.stagesLayout.addWidget(self.buttonBox)


        self.retranslateUi(StagesDialog)

        QMetaObject.connectSlotsByName(StagesDialog)
    # setupUi

    def retranslateUi(self, StagesDialog):
        StagesDialog.setWindowTitle(QCoreApplication.translate("StagesDialog", u"Pipeline stages", None))
        ___qtablewidgetitem = self.stageTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("StagesDialog", u"Stage", None))
        ___qtablewidgetitem1 = self.stageTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("StagesDialog", u"Counts as", None))
        ___qtablewidgetitem2 = self.stageTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("StagesDialog", u"Probability", None))
        self.upButton.setText(QCoreApplication.translate("StagesDialog", u"&Up", None))
        self.downButton.setText(QCoreApplication.translate("StagesDialog", u"&Down", None))
        self.removeButton.setText(QCoreApplication.translate("StagesDialog", u"&Remove", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("StagesDialog", u"Stage name", None))
        self.probabilitySpin.setSuffix(QCoreApplication.translate("StagesDialog", u" %", None))
        self.addButton.setText(QCoreApplication.translate("StagesDialog", u"&Add", None))
        self.saveButton.setText(QCoreApplication.translate("StagesDialog", u"&Save", None))
    # retranslateUi

