# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWizard, QWizardPage)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(960, 660)
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        ImportWizard.setOptions(QWizard.WizardOption.NoBackButtonOnLastPage|QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.filePage = QWizardPage()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QVBoxLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileLabel = QLabel(self.filePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.filePage)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.sheetLabel = QLabel(self.filePage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetCombo = QComboBox(self.filePage)
        self.sheetCombo.setObjectName(u"sheetCombo")
        self.sheetCombo.setMaximumSize(QSize(420, 16777215))

        self.fileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sheetCombo)

        self.headerRowLabel = QLabel(self.filePage)
        self.headerRowLabel.setObjectName(u"headerRowLabel")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.headerRowLabel)

        self.headerRowSpin = QSpinBox(self.filePage)
        self.headerRowSpin.setObjectName(u"headerRowSpin")
        self.headerRowSpin.setMaximumSize(QSize(220, 16777215))
        self.headerRowSpin.setMinimum(0)
        self.headerRowSpin.setMaximum(60)

        self.fileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.headerRowSpin)


        self.fileLayout.addLayout(self.fileForm)

        self.fileInfoLabel = QLabel(self.filePage)
        self.fileInfoLabel.setObjectName(u"fileInfoLabel")
        self.fileInfoLabel.setWordWrap(True)

        self.fileLayout.addWidget(self.fileInfoLabel)

        self.fileErrorLabel = QLabel(self.filePage)
        self.fileErrorLabel.setObjectName(u"fileErrorLabel")
        self.fileErrorLabel.setWordWrap(True)

        self.fileLayout.addWidget(self.fileErrorLabel)

        self.rawTable = QTableWidget(self.filePage)
        self.rawTable.setObjectName(u"rawTable")
        self.rawTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rawTable.setAlternatingRowColors(True)
        self.rawTable.setWordWrap(False)

        self.fileLayout.addWidget(self.rawTable)

        self.fileReadyEdit = QLineEdit(self.filePage)
        self.fileReadyEdit.setObjectName(u"fileReadyEdit")
        self.fileReadyEdit.setVisible(False)

        self.fileLayout.addWidget(self.fileReadyEdit)

        ImportWizard.addPage(self.filePage)
        self.mappingPage = QWizardPage()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingLayout = QVBoxLayout(self.mappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.presetLabel = QLabel(self.mappingPage)
        self.presetLabel.setObjectName(u"presetLabel")
        self.presetLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.presetLabel)

        self.mappingTable = QTableWidget(self.mappingPage)
        if (self.mappingTable.columnCount() < 4):
            self.mappingTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mappingTable.setWordWrap(False)
        self.mappingTable.setColumnCount(4)

        self.mappingLayout.addWidget(self.mappingTable)

        self.optionsForm = QFormLayout()
        self.optionsForm.setObjectName(u"optionsForm")
        self.dateOrderLabel = QLabel(self.mappingPage)
        self.dateOrderLabel.setObjectName(u"dateOrderLabel")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateOrderLabel)

        self.dateOrderRow = QHBoxLayout()
        self.dateOrderRow.setObjectName(u"dateOrderRow")
        self.dateOrderCombo = QComboBox(self.mappingPage)
        self.dateOrderCombo.setObjectName(u"dateOrderCombo")

        self.dateOrderRow.addWidget(self.dateOrderCombo)

        self.dateOrderNote = QLabel(self.mappingPage)
        self.dateOrderNote.setObjectName(u"dateOrderNote")
        self.dateOrderNote.setWordWrap(True)

        self.dateOrderRow.addWidget(self.dateOrderNote)


        self.optionsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateOrderRow)

        self.duplicateLabel = QLabel(self.mappingPage)
        self.duplicateLabel.setObjectName(u"duplicateLabel")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.duplicateLabel)

        self.duplicateCombo = QComboBox(self.mappingPage)
        self.duplicateCombo.setObjectName(u"duplicateCombo")
        self.duplicateCombo.setMaximumSize(QSize(420, 16777215))

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.duplicateCombo)

        self.rememberCheck = QCheckBox(self.mappingPage)
        self.rememberCheck.setObjectName(u"rememberCheck")
        self.rememberCheck.setChecked(True)

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rememberCheck)


        self.mappingLayout.addLayout(self.optionsForm)

        self.previewLabel = QLabel(self.mappingPage)
        self.previewLabel.setObjectName(u"previewLabel")

        self.mappingLayout.addWidget(self.previewLabel)

        self.previewTable = QTableWidget(self.mappingPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setWordWrap(False)

        self.mappingLayout.addWidget(self.previewTable)

        self.mappingErrorLabel = QLabel(self.mappingPage)
        self.mappingErrorLabel.setObjectName(u"mappingErrorLabel")
        self.mappingErrorLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingErrorLabel)

        ImportWizard.addPage(self.mappingPage)
        self.checkPage = QWizardPage()
        self.checkPage.setObjectName(u"checkPage")
        self.checkLayout = QVBoxLayout(self.checkPage)
        self.checkLayout.setObjectName(u"checkLayout")
        self.summaryLabel = QLabel(self.checkPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.checkLayout.addWidget(self.summaryLabel)

        self.checkProgress = QProgressBar(self.checkPage)
        self.checkProgress.setObjectName(u"checkProgress")
        self.checkProgress.setValue(0)

        self.checkLayout.addWidget(self.checkProgress)

        self.showRow = QHBoxLayout()
        self.showRow.setObjectName(u"showRow")
        self.showLabel = QLabel(self.checkPage)
        self.showLabel.setObjectName(u"showLabel")

        self.showRow.addWidget(self.showLabel)

        self.showCombo = QComboBox(self.checkPage)
        self.showCombo.setObjectName(u"showCombo")

        self.showRow.addWidget(self.showCombo)

        self.showSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.showRow.addItem(self.showSpacer)

        self.saveProblemsButton = QPushButton(self.checkPage)
        self.saveProblemsButton.setObjectName(u"saveProblemsButton")

        self.showRow.addWidget(self.saveProblemsButton)


        self.checkLayout.addLayout(self.showRow)

        self.actionsView = QTableView(self.checkPage)
        self.actionsView.setObjectName(u"actionsView")
        self.actionsView.setAlternatingRowColors(True)
        self.actionsView.setWordWrap(False)
        self.actionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.checkLayout.addWidget(self.actionsView)

        self.planReadyEdit = QLineEdit(self.checkPage)
        self.planReadyEdit.setObjectName(u"planReadyEdit")
        self.planReadyEdit.setVisible(False)

        self.checkLayout.addWidget(self.planReadyEdit)

        ImportWizard.addPage(self.checkPage)
        self.runPage = QWizardPage()
        self.runPage.setObjectName(u"runPage")
        self.runLayout = QVBoxLayout(self.runPage)
        self.runLayout.setObjectName(u"runLayout")
        self.runStatusLabel = QLabel(self.runPage)
        self.runStatusLabel.setObjectName(u"runStatusLabel")

        self.runLayout.addWidget(self.runStatusLabel)

        self.runProgress = QProgressBar(self.runPage)
        self.runProgress.setObjectName(u"runProgress")
        self.runProgress.setValue(0)

        self.runLayout.addWidget(self.runProgress)

        self.runButtons = QHBoxLayout()
        self.runButtons.setObjectName(u"runButtons")
        self.cancelImportButton = QPushButton(self.runPage)
        self.cancelImportButton.setObjectName(u"cancelImportButton")

        self.runButtons.addWidget(self.cancelImportButton)

        self.undoImportButton = QPushButton(self.runPage)
        self.undoImportButton.setObjectName(u"undoImportButton")
        self.undoImportButton.setEnabled(False)

        self.runButtons.addWidget(self.undoImportButton)

        self.runSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.runButtons.addItem(self.runSpacer)


        self.runLayout.addLayout(self.runButtons)

        self.resultLabel = QLabel(self.runPage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.TextFormat.RichText)

        self.runLayout.addWidget(self.resultLabel)

        self.runBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.runLayout.addItem(self.runBottom)

        self.runDoneEdit = QLineEdit(self.runPage)
        self.runDoneEdit.setObjectName(u"runDoneEdit")
        self.runDoneEdit.setVisible(False)

        self.runLayout.addWidget(self.runDoneEdit)

        ImportWizard.addPage(self.runPage)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.headerRowLabel.setBuddy(self.headerRowSpin)
        self.dateOrderLabel.setBuddy(self.dateOrderCombo)
        self.duplicateLabel.setBuddy(self.duplicateCombo)
        self.showLabel.setBuddy(self.showCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import contacts", None))
        self.filePage.setTitle(QCoreApplication.translate("ImportWizard", u"Choose a file", None))
        self.filePage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Excel (.xlsx, .xls), LibreOffice (.ods) or CSV. Exports from Google Contacts, Outlook, LinkedIn, HubSpot and Salesforce are recognised.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportWizard", u"&File:", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"No file chosen", None))
        self.browseButton.setText(QCoreApplication.translate("ImportWizard", u"&Browse\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportWizard", u"&Sheet:", None))
        self.headerRowLabel.setText(QCoreApplication.translate("ImportWizard", u"&Headers in row:", None))
        self.headerRowSpin.setSpecialValueText(QCoreApplication.translate("ImportWizard", u"found automatically", None))
        self.fileInfoLabel.setText("")
        self.fileErrorLabel.setText("")
        self.mappingPage.setTitle(QCoreApplication.translate("ImportWizard", u"Match the columns", None))
        self.mappingPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"What each column becomes. Columns marked \u201c(not imported)\u201d are left out; choose \u201cKeep in notes\u201d to keep them with the contact.", None))
        self.presetLabel.setText("")
        ___qtablewidgetitem = self.mappingTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportWizard", u"Column", None))
        ___qtablewidgetitem1 = self.mappingTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportWizard", u"Examples", None))
        ___qtablewidgetitem2 = self.mappingTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportWizard", u"Import as", None))
        ___qtablewidgetitem3 = self.mappingTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportWizard", u"Found by", None))
        self.dateOrderLabel.setText(QCoreApplication.translate("ImportWizard", u"&Dates are written:", None))
        self.dateOrderNote.setText("")
        self.duplicateLabel.setText(QCoreApplication.translate("ImportWizard", u"A row matching a &contact:", None))
        self.rememberCheck.setText(QCoreApplication.translate("ImportWizard", u"&Remember these choices for files with the same columns", None))
        self.previewLabel.setText(QCoreApplication.translate("ImportWizard", u"The first rows as they will be imported:", None))
        self.mappingErrorLabel.setText("")
        self.checkPage.setTitle(QCoreApplication.translate("ImportWizard", u"Check", None))
        self.checkPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"What the import will do, row by row. Rows with problems are left out; the others are imported.", None))
        self.summaryLabel.setText(QCoreApplication.translate("ImportWizard", u"Checking every row\u2026", None))
        self.showLabel.setText(QCoreApplication.translate("ImportWizard", u"S&how:", None))
        self.saveProblemsButton.setText(QCoreApplication.translate("ImportWizard", u"&Save rows with problems\u2026", None))
        self.runPage.setTitle(QCoreApplication.translate("ImportWizard", u"Import", None))
        self.runPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"The import happens all at once: cancelled or interrupted, it leaves nothing behind.", None))
        self.runStatusLabel.setText("")
        self.cancelImportButton.setText(QCoreApplication.translate("ImportWizard", u"&Cancel import", None))
        self.undoImportButton.setText(QCoreApplication.translate("ImportWizard", u"&Undo this import", None))
        self.resultLabel.setText("")
    # retranslateUi

