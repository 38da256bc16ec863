# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interaction_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

class Ui_InteractionEditorDialog(object):
    def setupUi(self, InteractionEditorDialog):
        if not InteractionEditorDialog.objectName():
            InteractionEditorDialog.setObjectName(u"InteractionEditorDialog")
        InteractionEditorDialog.resize(480, 520)
        self.dialogLayout = QVBoxLayout(InteractionEditorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.interactionForm = QFormLayout()
        self.interactionForm.setObjectName(u"interactionForm")
        self.interactionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindComboLabel = QLabel(InteractionEditorDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.interactionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(InteractionEditorDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.interactionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.withLabelLabel = QLabel(InteractionEditorDialog)
        self.withLabelLabel.setObjectName(u"withLabelLabel")

        self.interactionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.withLabelLabel)

        self.withLabel = QLabel(InteractionEditorDialog)
        self.withLabel.setObjectName(u"withLabel")

        self.interactionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.withLabel)

        self.whenEditLabel = QLabel(InteractionEditorDialog)
        self.whenEditLabel.setObjectName(u"whenEditLabel")

        self.interactionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whenEditLabel)

        self.whenEdit = QDateTimeEdit(InteractionEditorDialog)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setCalendarPopup(True)

        self.interactionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.whenEdit)

        self.subjectEditLabel = QLabel(InteractionEditorDialog)
        self.subjectEditLabel.setObjectName(u"subjectEditLabel")

        self.interactionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.subjectEditLabel)

        self.subjectEdit = QLineEdit(InteractionEditorDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.interactionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.bodyEditLabel = QLabel(InteractionEditorDialog)
        self.bodyEditLabel.setObjectName(u"bodyEditLabel")

        self.interactionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bodyEditLabel)

        self.bodyEdit = QPlainTextEdit(InteractionEditorDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.interactionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.outcomeEditLabel = QLabel(InteractionEditorDialog)
        self.outcomeEditLabel.setObjectName(u"outcomeEditLabel")

        self.interactionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.outcomeEditLabel)

        self.outcomeEdit = QLineEdit(InteractionEditorDialog)
        self.outcomeEdit.setObjectName(u"outcomeEdit")

        self.interactionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)

        self.durationSpinLabel = QLabel(InteractionEditorDialog)
        self.durationSpinLabel.setObjectName(u"durationSpinLabel")

        self.interactionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.durationSpinLabel)

        self.durationSpin = QSpinBox(InteractionEditorDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(10080)

        self.interactionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.amountEditLabel = QLabel(InteractionEditorDialog)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.interactionForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountLayout = QHBoxLayout()
        self.amountLayout.setObjectName(u"amountLayout")
        self.amountEdit = QLineEdit(InteractionEditorDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.amountLayout.addWidget(self.amountEdit)

        self.currencyEdit = QLineEdit(InteractionEditorDialog)
        self.currencyEdit.setObjectName(u"currencyEdit")
        self.currencyEdit.setMaxLength(3)
        self.currencyEdit.setMaximumSize(QSize(60, 16777215))

        self.amountLayout.addWidget(self.currencyEdit)


        self.interactionForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.amountLayout)

        self.statusComboLabel = QLabel(InteractionEditorDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.interactionForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(InteractionEditorDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.interactionForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.followupCheck = QCheckBox(InteractionEditorDialog)
        self.followupCheck.setObjectName(u"followupCheck")

        self.interactionForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.followupCheck)

        self.followupDateEdit = QDateEdit(InteractionEditorDialog)
        self.followupDateEdit.setObjectName(u"followupDateEdit")
        self.followupDateEdit.setCalendarPopup(True)
        self.followupDateEdit.setEnabled(False)

        self.interactionForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.followupDateEdit)


        self.dialogLayout.addLayout(self.interactionForm)

        self.errorLabel = QLabel(InteractionEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(InteractionEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.whenEditLabel.setBuddy(self.whenEdit)
        self.subjectEditLabel.setBuddy(self.subjectEdit)
        self.bodyEditLabel.setBuddy(self.bodyEdit)
        self.outcomeEditLabel.setBuddy(self.outcomeEdit)
        self.durationSpinLabel.setBuddy(self.durationSpin)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.whenEdit)
        QWidget.setTabOrder(self.whenEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.outcomeEdit)
        QWidget.setTabOrder(self.outcomeEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.currencyEdit)
        QWidget.setTabOrder(self.currencyEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.followupCheck)
        QWidget.setTabOrder(self.followupCheck, self.followupDateEdit)

        self.retranslateUi(InteractionEditorDialog)

        QMetaObject.connectSlotsByName(InteractionEditorDialog)
    # setupUi

    def retranslateUi(self, InteractionEditorDialog):
        InteractionEditorDialog.setWindowTitle(QCoreApplication.translate("InteractionEditorDialog", u"Interaction", None))
        self.kindComboLabel.setText(QCoreApplication.translate("InteractionEditorDialog", u"&Kind", None))
        self.withLabelLabel.setText(QCoreApplication.translate("InteractionEditorDialog", u"With", None))
        self.withLabel.setText("")
        self.whenEditLabel.setText(QCoreApplication.translate("InteractionEditorDialog", u"&When", None))
        self.whenEdit.setDisplayFormat(QCoreApplication.translate("InteractionEditorDialog", u"yyyy-MM-dd HH:mm", None))
        self.subjectEditLabel.setText(QCoreApplication.translate("InteractionEditorDialog", u"&Subject", None))
        self.bodyEditLabel.setText(QCoreApplication.translate("InteractionEditorDialog", u"&Details", None))
        self.outcomeEditLabel.setText(QCoreApplication.translate("InteractionEditorDialog", u"&Outcome", None))
        self.outcomeEdit.setPlaceholderText(QCoreApplication.translate("InteractionEditorDialog", u"e.g. Quote promised, No answer", None))
        self.durationSpinLabel.setText(QCoreApplication.translate("InteractionEditorDialog", u"D&uration", None))
        self.durationSpin.setSpecialValueText(QCoreApplication.translate("InteractionEditorDialog", u"\u2014", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("InteractionEditorDialog", u" min", None))
        self.amountEditLabel.setText(QCoreApplication.translate("InteractionEditorDialog", u"&Amount", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("InteractionEditorDialog", u"0.00", None))
        self.currencyEdit.setPlaceholderText(QCoreApplication.translate("InteractionEditorDialog", u"EUR", None))
#if QT_CONFIG(tooltip)
        self.currencyEdit.setToolTip(QCoreApplication.translate("InteractionEditorDialog", u"Three-letter currency code", None))
#endif // QT_CONFIG(tooltip)
        self.statusComboLabel.setText(QCoreApplication.translate("InteractionEditorDialog", u"S&tatus", None))
        self.followupCheck.setText(QCoreApplication.translate("InteractionEditorDialog", u"&Follow up on", None))
        self.followupDateEdit.setDisplayFormat(QCoreApplication.translate("InteractionEditorDialog", u"yyyy-MM-dd (ddd)", None))
        self.errorLabel.setText("")
    # retranslateUi

