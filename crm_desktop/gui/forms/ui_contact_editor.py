# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ContactEditorDialog(object):
    def setupUi(self, ContactEditorDialog):
        if not ContactEditorDialog.objectName():
            ContactEditorDialog.setObjectName(u"ContactEditorDialog")
        ContactEditorDialog.resize(560, 600)
        self.dialogLayout = QVBoxLayout(ContactEditorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(ContactEditorDialog)
        self.tabs.setObjectName(u"tabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.personForm = QFormLayout()
        self.personForm.setObjectName(u"personForm")
        self.personForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.firstNameEditLabel = QLabel(self.detailsTab)
        self.firstNameEditLabel.setObjectName(u"firstNameEditLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameEditLabel)

        self.firstNameEdit = QLineEdit(self.detailsTab)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.lastNameEditLabel = QLabel(self.detailsTab)
        self.lastNameEditLabel.setObjectName(u"lastNameEditLabel")

        self.personForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastNameEditLabel)

        self.lastNameEdit = QLineEdit(self.detailsTab)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.companyEditLabel = QLabel(self.detailsTab)
        self.companyEditLabel.setObjectName(u"companyEditLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.companyEditLabel)

        self.companyLayout = QVBoxLayout()
        self.companyLayout.setSpacing(2)
        self.companyLayout.setObjectName(u"companyLayout")
        self.companyEdit = QLineEdit(self.detailsTab)
        self.companyEdit.setObjectName(u"companyEdit")

        self.companyLayout.addWidget(self.companyEdit)

        self.companyHintLabel = QLabel(self.detailsTab)
        self.companyHintLabel.setObjectName(u"companyHintLabel")
        self.companyHintLabel.setWordWrap(True)

        self.companyLayout.addWidget(self.companyHintLabel)


        self.personForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.companyLayout)

        self.jobTitleEditLabel = QLabel(self.detailsTab)
        self.jobTitleEditLabel.setObjectName(u"jobTitleEditLabel")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.jobTitleEditLabel)

        self.jobTitleEdit = QLineEdit(self.detailsTab)
        self.jobTitleEdit.setObjectName(u"jobTitleEdit")

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.jobTitleEdit)

        self.statusComboLabel = QLabel(self.detailsTab)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(self.detailsTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)


        self.detailsLayout.addLayout(self.personForm)

        self.emailGroup = QGroupBox(self.detailsTab)
        self.emailGroup.setObjectName(u"emailGroup")
        self.emailLayout = QVBoxLayout(self.emailGroup)
        self.emailLayout.setObjectName(u"emailLayout")
        self.emailTable = QTableWidget(self.emailGroup)
        if (self.emailTable.columnCount() < 2):
            self.emailTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.emailTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.emailTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.emailTable.setObjectName(u"emailTable")
        self.emailTable.setColumnCount(2)
        self.emailTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.emailTable.setShowGrid(False)
        self.emailTable.setMinimumSize(QSize(0, 90))
        self.emailTable.horizontalHeader().setStretchLastSection(True)
        self.emailTable.verticalHeader().setVisible(False)

        self.emailLayout.addWidget(self.emailTable)

        self.emailButtons = QHBoxLayout()
        self.emailButtons.setObjectName(u"emailButtons")
        self.addEmailButton = QPushButton(self.emailGroup)
        self.addEmailButton.setObjectName(u"addEmailButton")

        self.emailButtons.addWidget(self.addEmailButton)

        self.removeEmailButton = QPushButton(self.emailGroup)
        self.removeEmailButton.setObjectName(u"removeEmailButton")

        self.emailButtons.addWidget(self.removeEmailButton)

        self.emailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.emailButtons.addItem(self.emailSpacer)


        self.emailLayout.addLayout(self.emailButtons)


        self.detailsLayout.addWidget(self.emailGroup)

        self.phoneGroup = QGroupBox(self.detailsTab)
        self.phoneGroup.setObjectName(u"phoneGroup")
        self.phoneLayout = QVBoxLayout(self.phoneGroup)
        self.phoneLayout.setObjectName(u"phoneLayout")
        self.phoneTable = QTableWidget(self.phoneGroup)
        if (self.phoneTable.columnCount() < 2):
            self.phoneTable.setColumnCount(2)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.phoneTable.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.phoneTable.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        self.phoneTable.setObjectName(u"phoneTable")
        self.phoneTable.setColumnCount(2)
        self.phoneTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.phoneTable.setShowGrid(False)
        self.phoneTable.setMinimumSize(QSize(0, 90))
        self.phoneTable.horizontalHeader().setStretchLastSection(True)
        self.phoneTable.verticalHeader().setVisible(False)

        self.phoneLayout.addWidget(self.phoneTable)

        self.phoneButtons = QHBoxLayout()
        self.phoneButtons.setObjectName(u"phoneButtons")
        self.addPhoneButton = QPushButton(self.phoneGroup)
        self.addPhoneButton.setObjectName(u"addPhoneButton")

        self.phoneButtons.addWidget(self.addPhoneButton)

        self.removePhoneButton = QPushButton(self.phoneGroup)
        self.removePhoneButton.setObjectName(u"removePhoneButton")

        self.phoneButtons.addWidget(self.removePhoneButton)

        self.phoneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phoneButtons.addItem(self.phoneSpacer)


        self.phoneLayout.addLayout(self.phoneButtons)


        self.detailsLayout.addWidget(self.phoneGroup)

        self.tabs.addTab(self.detailsTab, "")
        self.moreTab = QWidget()
        self.moreTab.setObjectName(u"moreTab")
        self.moreLayout = QVBoxLayout(self.moreTab)
        self.moreLayout.setObjectName(u"moreLayout")
        self.moreForm = QFormLayout()
        self.moreForm.setObjectName(u"moreForm")
        self.moreForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.streetEditLabel = QLabel(self.moreTab)
        self.streetEditLabel.setObjectName(u"streetEditLabel")

        self.moreForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.streetEditLabel)

        self.streetEdit = QLineEdit(self.moreTab)
        self.streetEdit.setObjectName(u"streetEdit")

        self.moreForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.cityEditLabel = QLabel(self.moreTab)
        self.cityEditLabel.setObjectName(u"cityEditLabel")

        self.moreForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cityEditLabel)

        self.cityEdit = QLineEdit(self.moreTab)
        self.cityEdit.setObjectName(u"cityEdit")

        self.moreForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.regionEditLabel = QLabel(self.moreTab)
        self.regionEditLabel.setObjectName(u"regionEditLabel")

        self.moreForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regionEditLabel)

        self.regionEdit = QLineEdit(self.moreTab)
        self.regionEdit.setObjectName(u"regionEdit")

        self.moreForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.regionEdit)

        self.postalCodeEditLabel = QLabel(self.moreTab)
        self.postalCodeEditLabel.setObjectName(u"postalCodeEditLabel")

        self.moreForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.postalCodeEditLabel)

        self.postalCodeEdit = QLineEdit(self.moreTab)
        self.postalCodeEdit.setObjectName(u"postalCodeEdit")

        self.moreForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.postalCodeEdit)

        self.countryEditLabel = QLabel(self.moreTab)
        self.countryEditLabel.setObjectName(u"countryEditLabel")

        self.moreForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.countryEditLabel)

        self.countryEdit = QLineEdit(self.moreTab)
        self.countryEdit.setObjectName(u"countryEdit")

        self.moreForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.birthdayDaySpinLabel = QLabel(self.moreTab)
        self.birthdayDaySpinLabel.setObjectName(u"birthdayDaySpinLabel")

        self.moreForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.birthdayDaySpinLabel)

        self.birthdayLayout = QHBoxLayout()
        self.birthdayLayout.setObjectName(u"birthdayLayout")
        self.birthdayDaySpin = QSpinBox(self.moreTab)
        self.birthdayDaySpin.setObjectName(u"birthdayDaySpin")
        self.birthdayDaySpin.setMaximum(31)

        self.birthdayLayout.addWidget(self.birthdayDaySpin)

        self.birthdayMonthCombo = QComboBox(self.moreTab)
        self.birthdayMonthCombo.setObjectName(u"birthdayMonthCombo")

        self.birthdayLayout.addWidget(self.birthdayMonthCombo)

        self.birthdayYearSpin = QSpinBox(self.moreTab)
        self.birthdayYearSpin.setObjectName(u"birthdayYearSpin")
        self.birthdayYearSpin.setMinimum(1899)
        self.birthdayYearSpin.setMaximum(2100)
        self.birthdayYearSpin.setValue(1899)

        self.birthdayLayout.addWidget(self.birthdayYearSpin)


        self.moreForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.birthdayLayout)

        self.tagsEditLabel = QLabel(self.moreTab)
        self.tagsEditLabel.setObjectName(u"tagsEditLabel")

        self.moreForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.tagsEditLabel)

        self.tagsEdit = QLineEdit(self.moreTab)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.moreForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.sourceEditLabel = QLabel(self.moreTab)
        self.sourceEditLabel.setObjectName(u"sourceEditLabel")

        self.moreForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sourceEditLabel)

        self.sourceEdit = QLineEdit(self.moreTab)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.moreForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sourceEdit)


        self.moreLayout.addLayout(self.moreForm)

        self.moreSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moreLayout.addItem(self.moreSpacer)

        self.tabs.addTab(self.moreTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(self.notesTab)
        self.notesEdit.setObjectName(u"notesEdit")

        self.notesLayout.addWidget(self.notesEdit)

        self.tabs.addTab(self.notesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(ContactEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ContactEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.firstNameEditLabel.setBuddy(self.firstNameEdit)
        self.lastNameEditLabel.setBuddy(self.lastNameEdit)
        self.companyEditLabel.setBuddy(self.companyEdit)
        self.jobTitleEditLabel.setBuddy(self.jobTitleEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.streetEditLabel.setBuddy(self.streetEdit)
        self.cityEditLabel.setBuddy(self.cityEdit)
        self.regionEditLabel.setBuddy(self.regionEdit)
        self.postalCodeEditLabel.setBuddy(self.postalCodeEdit)
        self.countryEditLabel.setBuddy(self.countryEdit)
        self.birthdayDaySpinLabel.setBuddy(self.birthdayDaySpin)
        self.tagsEditLabel.setBuddy(self.tagsEdit)
        self.sourceEditLabel.setBuddy(self.sourceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactEditorDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ContactEditorDialog)
    # setupUi

    def retranslateUi(self, ContactEditorDialog):
        ContactEditorDialog.setWindowTitle(QCoreApplication.translate("ContactEditorDialog", u"Contact", None))
        self.firstNameEditLabel.setText(QCoreApplication.translate("ContactEditorDialog", u"First name", None))
        self.lastNameEditLabel.setText(QCoreApplication.translate("ContactEditorDialog", u"Last name", None))
        self.companyEditLabel.setText(QCoreApplication.translate("ContactEditorDialog", u"Company", None))
        self.companyEdit.setPlaceholderText(QCoreApplication.translate("ContactEditorDialog", u"Type to pick or add a company", None))
        self.jobTitleEditLabel.setText(QCoreApplication.translate("ContactEditorDialog", u"Job title", None))
        self.statusComboLabel.setText(QCoreApplication.translate("ContactEditorDialog", u"Status", None))
        self.emailGroup.setTitle(QCoreApplication.translate("ContactEditorDialog", u"E-mail", None))
        ___qtablewidgetitem = self.emailTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ContactEditorDialog", u"Label", None))
        ___qtablewidgetitem1 = self.emailTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ContactEditorDialog", u"E-mail", None))
        self.addEmailButton.setText(QCoreApplication.translate("ContactEditorDialog", u"Add", None))
        self.removeEmailButton.setText(QCoreApplication.translate("ContactEditorDialog", u"Remove", None))
        self.phoneGroup.setTitle(QCoreApplication.translate("ContactEditorDialog", u"Phone", None))
        ___qtablewidgetitem2 = self.phoneTable.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ContactEditorDialog", u"Label", None))
        ___qtablewidgetitem3 = self.phoneTable.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ContactEditorDialog", u"Phone", None))
        self.addPhoneButton.setText(QCoreApplication.translate("ContactEditorDialog", u"Add", None))
        self.removePhoneButton.setText(QCoreApplication.translate("ContactEditorDialog", u"Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.detailsTab), QCoreApplication.translate("ContactEditorDialog", u"Details", None))
        self.streetEditLabel.setText(QCoreApplication.translate("ContactEditorDialog", u"Street", None))
        self.cityEditLabel.setText(QCoreApplication.translate("ContactEditorDialog", u"City", None))
        self.regionEditLabel.setText(QCoreApplication.translate("ContactEditorDialog", u"Region", None))
        self.regionEdit.setPlaceholderText(QCoreApplication.translate("ContactEditorDialog", u"State, county or province", None))
        self.postalCodeEditLabel.setText(QCoreApplication.translate("ContactEditorDialog", u"Postal code", None))
        self.countryEditLabel.setText(QCoreApplication.translate("ContactEditorDialog", u"Country", None))
        self.birthdayDaySpinLabel.setText(QCoreApplication.translate("ContactEditorDialog", u"Birthday", None))
        self.birthdayDaySpin.setSpecialValueText(QCoreApplication.translate("ContactEditorDialog", u"Day", None))
        self.birthdayYearSpin.setSpecialValueText(QCoreApplication.translate("ContactEditorDialog", u"Year (optional)", None))
        self.tagsEditLabel.setText(QCoreApplication.translate("ContactEditorDialog", u"Tags", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("ContactEditorDialog", u"Comma-separated, e.g. vip, newsletter", None))
        self.sourceEditLabel.setText(QCoreApplication.translate("ContactEditorDialog", u"Source", None))
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("ContactEditorDialog", u"Where the contact came from", None))
        self.tabs.setTabText(self.tabs.indexOf(self.moreTab), QCoreApplication.translate("ContactEditorDialog", u"Address && more", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("ContactEditorDialog", u"Notes", None))
        self.errorLabel.setText("")
    # retranslateUi

