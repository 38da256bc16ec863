# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deal_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_DealEditorDialog(object):
    def setupUi(self, DealEditorDialog):
        if not DealEditorDialog.objectName():
            DealEditorDialog.setObjectName(u"DealEditorDialog")
        DealEditorDialog.resize(480, 420)
        self.dialogLayout = QVBoxLayout(DealEditorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dealForm = QFormLayout()
        self.dealForm.setObjectName(u"dealForm")
        self.dealForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(DealEditorDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.dealForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(DealEditorDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.dealForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.withLabelLabel = QLabel(DealEditorDialog)
        self.withLabelLabel.setObjectName(u"withLabelLabel")

        self.dealForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.withLabelLabel)

        self.withLabel = QLabel(DealEditorDialog)
        self.withLabel.setObjectName(u"withLabel")
        self.withLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dealForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.withLabel)

        self.companyLabel = QLabel(DealEditorDialog)
        self.companyLabel.setObjectName(u"companyLabel")

        self.dealForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyEdit = QLineEdit(DealEditorDialog)
        self.companyEdit.setObjectName(u"companyEdit")

        self.dealForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.companyEdit)

        self.valueLabel = QLabel(DealEditorDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.dealForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueLayout = QHBoxLayout()
        self.valueLayout.setObjectName(u"valueLayout")
        self.valueEdit = QLineEdit(DealEditorDialog)
        self.valueEdit.setObjectName(u"valueEdit")

        self.valueLayout.addWidget(self.valueEdit)

        self.currencyCombo = QComboBox(DealEditorDialog)
        self.currencyCombo.setObjectName(u"currencyCombo")
        self.currencyCombo.setEditable(True)

        self.valueLayout.addWidget(self.currencyCombo)


        self.dealForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.valueLayout)

        self.stageLabel = QLabel(DealEditorDialog)
        self.stageLabel.setObjectName(u"stageLabel")

        self.dealForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageCombo = QComboBox(DealEditorDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.dealForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stageCombo)

        self.probabilityLabel = QLabel(DealEditorDialog)
        self.probabilityLabel.setObjectName(u"probabilityLabel")

        self.dealForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.probabilityLabel)

        self.probabilitySpin = QSpinBox(DealEditorDialog)
        self.probabilitySpin.setObjectName(u"probabilitySpin")
        self.probabilitySpin.setMinimum(-1)
        self.probabilitySpin.setMaximum(100)
        self.probabilitySpin.setValue(-1)

        self.dealForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.probabilitySpin)

        self.closeLabel = QLabel(DealEditorDialog)
        self.closeLabel.setObjectName(u"closeLabel")

        self.dealForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.closeLabel)

        self.closeLayout = QHBoxLayout()
        self.closeLayout.setObjectName(u"closeLayout")
        self.closeCheck = QCheckBox(DealEditorDialog)
        self.closeCheck.setObjectName(u"closeCheck")

        self.closeLayout.addWidget(self.closeCheck)

        self.closeDateEdit = QDateEdit(DealEditorDialog)
        self.closeDateEdit.setObjectName(u"closeDateEdit")
        self.closeDateEdit.setCalendarPopup(True)
        self.closeDateEdit.setEnabled(False)

        self.closeLayout.addWidget(self.closeDateEdit)

        self.closeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeLayout.addItem(self.closeSpacer)


        self.dealForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.closeLayout)

        self.notesLabel = QLabel(DealEditorDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.dealForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(DealEditorDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.dealForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.dealForm)

        self.errorLabel = QLabel(DealEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DealEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.companyLabel.setBuddy(self.companyEdit)
        self.valueLabel.setBuddy(self.valueEdit)
        self.stageLabel.setBuddy(self.stageCombo)
        self.probabilityLabel.setBuddy(self.probabilitySpin)
        self.closeLabel.setBuddy(self.closeCheck)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DealEditorDialog)

        QMetaObject.connectSlotsByName(DealEditorDialog)
    # setupUi

    def retranslateUi(self, DealEditorDialog):
        DealEditorDialog.setWindowTitle(QCoreApplication.translate("DealEditorDialog", u"Deal", None))
        self.titleLabel.setText(QCoreApplication.translate("DealEditorDialog", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("DealEditorDialog", u"Spring order, annual contract\u2026", None))
        self.withLabelLabel.setText(QCoreApplication.translate("DealEditorDialog", u"With", None))
        self.companyLabel.setText(QCoreApplication.translate("DealEditorDialog", u"&Company", None))
        self.companyEdit.setPlaceholderText(QCoreApplication.translate("DealEditorDialog", u"The contact's company", None))
        self.valueLabel.setText(QCoreApplication.translate("DealEditorDialog", u"&Value", None))
        self.valueEdit.setPlaceholderText(QCoreApplication.translate("DealEditorDialog", u"0.00", None))
        self.stageLabel.setText(QCoreApplication.translate("DealEditorDialog", u"&Stage", None))
        self.probabilityLabel.setText(QCoreApplication.translate("DealEditorDialog", u"&Probability", None))
        self.probabilitySpin.setSuffix(QCoreApplication.translate("DealEditorDialog", u" %", None))
        self.probabilitySpin.setSpecialValueText(QCoreApplication.translate("DealEditorDialog", u"the stage's", None))
        self.closeLabel.setText(QCoreApplication.translate("DealEditorDialog", u"Expected &close", None))
        self.closeCheck.setText(QCoreApplication.translate("DealEditorDialog", u"by", None))
        self.closeDateEdit.setDisplayFormat(QCoreApplication.translate("DealEditorDialog", u"yyyy-MM-dd (ddd)", None))
        self.notesLabel.setText(QCoreApplication.translate("DealEditorDialog", u"&Notes", None))
    # retranslateUi

