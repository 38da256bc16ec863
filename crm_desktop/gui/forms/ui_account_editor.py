# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_AccountEditorDialog(object):
    def setupUi(self, AccountEditorDialog):
        if not AccountEditorDialog.objectName():
            AccountEditorDialog.setObjectName(u"AccountEditorDialog")
        AccountEditorDialog.resize(480, 560)
        self.dialogLayout = QVBoxLayout(AccountEditorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.accountForm = QFormLayout()
        self.accountForm.setObjectName(u"accountForm")
        self.accountForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameEditLabel = QLabel(AccountEditorDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(AccountEditorDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.industryEditLabel = QLabel(AccountEditorDialog)
        self.industryEditLabel.setObjectName(u"industryEditLabel")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.industryEditLabel)

        self.industryEdit = QLineEdit(AccountEditorDialog)
        self.industryEdit.setObjectName(u"industryEdit")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.industryEdit)

        self.websiteEditLabel = QLabel(AccountEditorDialog)
        self.websiteEditLabel.setObjectName(u"websiteEditLabel")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.websiteEditLabel)

        self.websiteEdit = QLineEdit(AccountEditorDialog)
        self.websiteEdit.setObjectName(u"websiteEdit")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.phoneEditLabel = QLabel(AccountEditorDialog)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(AccountEditorDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.streetEditLabel = QLabel(AccountEditorDialog)
        self.streetEditLabel.setObjectName(u"streetEditLabel")

        self.accountForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.streetEditLabel)

        self.streetEdit = QLineEdit(AccountEditorDialog)
        self.streetEdit.setObjectName(u"streetEdit")

        self.accountForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.cityEditLabel = QLabel(AccountEditorDialog)
        self.cityEditLabel.setObjectName(u"cityEditLabel")

        self.accountForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cityEditLabel)

        self.cityEdit = QLineEdit(AccountEditorDialog)
        self.cityEdit.setObjectName(u"cityEdit")

        self.accountForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.regionEditLabel = QLabel(AccountEditorDialog)
        self.regionEditLabel.setObjectName(u"regionEditLabel")

        self.accountForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.regionEditLabel)

        self.regionEdit = QLineEdit(AccountEditorDialog)
        self.regionEdit.setObjectName(u"regionEdit")

        self.accountForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.regionEdit)

        self.postalCodeEditLabel = QLabel(AccountEditorDialog)
        self.postalCodeEditLabel.setObjectName(u"postalCodeEditLabel")

        self.accountForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.postalCodeEditLabel)

        self.postalCodeEdit = QLineEdit(AccountEditorDialog)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")

        self.accountForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.postalCodeEdit)

        self.countryEditLabel = QLabel(AccountEditorDialog)
        self.countryEditLabel.setObjectName(u"countryEditLabel")

        self.accountForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.countryEditLabel)

        self.countryEdit = QLineEdit(AccountEditorDialog)
        self.countryEdit.setObjectName(u"countryEdit")

        self.accountForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.tagsEditLabel = QLabel(AccountEditorDialog)
        self.tagsEditLabel.setObjectName(u"tagsEditLabel")

        self.accountForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.tagsEditLabel)

        self.tagsEdit = QLineEdit(AccountEditorDialog)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.accountForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.notesEditLabel = QLabel(AccountEditorDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.accountForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(AccountEditorDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.accountForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.accountForm)

        self.errorLabel = QLabel(AccountEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AccountEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.industryEditLabel.setBuddy(self.industryEdit)
        self.websiteEditLabel.setBuddy(self.websiteEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.streetEditLabel.setBuddy(self.streetEdit)
        self.cityEditLabel.setBuddy(self.cityEdit)
        self.regionEditLabel.setBuddy(self.regionEdit)
        self.postalCodeEditLabel.setBuddy(self.postalCodeEdit)
        self.countryEditLabel.setBuddy(self.countryEdit)
        self.tagsEditLabel.setBuddy(self.tagsEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccountEditorDialog)

        QMetaObject.connectSlotsByName(AccountEditorDialog)
    # setupUi

    def retranslateUi(self, AccountEditorDialog):
        AccountEditorDialog.setWindowTitle(QCoreApplication.translate("AccountEditorDialog", u"Company", None))
        self.nameEditLabel.setText(QCoreApplication.translate("AccountEditorDialog", u"Name", None))
        self.industryEditLabel.setText(QCoreApplication.translate("AccountEditorDialog", u"Industry", None))
        self.websiteEditLabel.setText(QCoreApplication.translate("AccountEditorDialog", u"Website", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("AccountEditorDialog", u"https://", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("AccountEditorDialog", u"Phone", None))
        self.streetEditLabel.setText(QCoreApplication.translate("AccountEditorDialog", u"Street", None))
        self.cityEditLabel.setText(QCoreApplication.translate("AccountEditorDialog", u"City", None))
        self.regionEditLabel.setText(QCoreApplication.translate("AccountEditorDialog", u"Region", None))
        self.regionEdit.setPlaceholderText(QCoreApplication.translate("AccountEditorDialog", u"State, county or province", None))
        self.postalCodeEditLabel.setText(QCoreApplication.translate("AccountEditorDialog", u"Postal code", None))
        self.countryEditLabel.setText(QCoreApplication.translate("AccountEditorDialog", u"Country", None))
        self.tagsEditLabel.setText(QCoreApplication.translate("AccountEditorDialog", u"Tags", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("AccountEditorDialog", u"Comma-separated", None))
        self.notesEditLabel.setText(QCoreApplication.translate("AccountEditorDialog", u"Notes", None))
        self.errorLabel.setText("")
    # retranslateUi

