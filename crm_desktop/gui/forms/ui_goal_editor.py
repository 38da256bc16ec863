# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goal_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout)

class Ui_GoalEditorDialog(object):
    def setupUi(self, GoalEditorDialog):
        if not GoalEditorDialog.objectName():
            GoalEditorDialog.setObjectName(u"GoalEditorDialog")
        GoalEditorDialog.resize(480, 380)
        self.dialogLayout = QVBoxLayout(GoalEditorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.goalForm = QFormLayout()
        self.goalForm.setObjectName(u"goalForm")
        self.goalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleEditLabel = QLabel(GoalEditorDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.goalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(GoalEditorDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.goalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.areaComboLabel = QLabel(GoalEditorDialog)
        self.areaComboLabel.setObjectName(u"areaComboLabel")

        self.goalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.areaComboLabel)

        self.areaCombo = QComboBox(GoalEditorDialog)
        self.areaCombo.setObjectName(u"areaCombo")

        self.goalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.areaCombo)

        self.targetSpinLabel = QLabel(GoalEditorDialog)
        self.targetSpinLabel.setObjectName(u"targetSpinLabel")

        self.goalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.targetSpinLabel)

        self.measureLayout = QHBoxLayout()
        self.measureLayout.setObjectName(u"measureLayout")
        self.targetSpin = QSpinBox(GoalEditorDialog)
        self.targetSpin.setObjectName(u"targetSpin")
        self.targetSpin.setMinimum(1)
        self.targetSpin.setMaximum(100000)
        self.targetSpin.setValue(3)

        self.measureLayout.addWidget(self.targetSpin)

        self.measureCombo = QComboBox(GoalEditorDialog)
        self.measureCombo.setObjectName(u"measureCombo")

        self.measureLayout.addWidget(self.measureCombo)


        self.goalForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.measureLayout)

        self.startEditLabel = QLabel(GoalEditorDialog)
        self.startEditLabel.setObjectName(u"startEditLabel")

        self.goalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startEditLabel)

        self.spanLayout = QHBoxLayout()
        self.spanLayout.setObjectName(u"spanLayout")
        self.startEdit = QDateEdit(GoalEditorDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.spanLayout.addWidget(self.startEdit)

        self.toLabel = QLabel(GoalEditorDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.spanLayout.addWidget(self.toLabel)

        self.dueEdit = QDateEdit(GoalEditorDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.spanLayout.addWidget(self.dueEdit)


        self.goalForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.spanLayout)

        self.howEditLabel = QLabel(GoalEditorDialog)
        self.howEditLabel.setObjectName(u"howEditLabel")

        self.goalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.howEditLabel)

        self.howEdit = QPlainTextEdit(GoalEditorDialog)
        self.howEdit.setObjectName(u"howEdit")
        self.howEdit.setTabChangesFocus(True)

        self.goalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.howEdit)


        self.dialogLayout.addLayout(self.goalForm)

        self.errorLabel = QLabel(GoalEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(GoalEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.areaComboLabel.setBuddy(self.areaCombo)
        self.targetSpinLabel.setBuddy(self.targetSpin)
        self.startEditLabel.setBuddy(self.startEdit)
        self.howEditLabel.setBuddy(self.howEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GoalEditorDialog)

        QMetaObject.connectSlotsByName(GoalEditorDialog)
    # setupUi

    def retranslateUi(self, GoalEditorDialog):
        GoalEditorDialog.setWindowTitle(QCoreApplication.translate("GoalEditorDialog", u"Goal", None))
        self.titleEditLabel.setText(QCoreApplication.translate("GoalEditorDialog", u"&Specific goal", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("GoalEditorDialog", u"e.g. Ask 3 customers for feedback", None))
        self.areaComboLabel.setText(QCoreApplication.translate("GoalEditorDialog", u"&Relevant to", None))
        self.targetSpinLabel.setText(QCoreApplication.translate("GoalEditorDialog", u"&Measurable", None))
        self.startEditLabel.setText(QCoreApplication.translate("GoalEditorDialog", u"&Time-bound", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("GoalEditorDialog", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("GoalEditorDialog", u"to", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("GoalEditorDialog", u"yyyy-MM-dd", None))
        self.howEditLabel.setText(QCoreApplication.translate("GoalEditorDialog", u"&Achievable: how", None))
        self.howEdit.setPlaceholderText(QCoreApplication.translate("GoalEditorDialog", u"e.g. One a week, after each delivery call", None))
        self.errorLabel.setText("")
    # retranslateUi

