# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(720, 460)
        self.backupsLayout = QVBoxLayout(BackupsDialog)
        self.backupsLayout.setObjectName(u"backupsLayout")
        self.folderLabel = QLabel(BackupsDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backupsLayout.addWidget(self.folderLabel)

        self.backupsTable = QTableWidget(BackupsDialog)
        if (self.backupsTable.columnCount() < 3):
            self.backupsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.backupsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.backupsTable.setObjectName(u"backupsTable")
        self.backupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsTable.setAlternatingRowColors(True)
        self.backupsTable.setWordWrap(False)
        self.backupsTable.setColumnCount(3)

        self.backupsLayout.addWidget(self.backupsTable)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.backupNowButton = QPushButton(BackupsDialog)
        self.backupNowButton.setObjectName(u"backupNowButton")

        self.actionButtons.addWidget(self.backupNowButton)

        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setEnabled(False)

        self.actionButtons.addWidget(self.restoreButton)

        self.restoreFileButton = QPushButton(BackupsDialog)
        self.restoreFileButton.setObjectName(u"restoreFileButton")

        self.actionButtons.addWidget(self.restoreFileButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionSpacer)

        self.openFolderButton = QPushButton(BackupsDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.actionButtons.addWidget(self.openFolderButton)


        self.backupsLayout.addLayout(self.actionButtons)

        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progressBar = QProgressBar(BackupsDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)
        self.progressBar.setTextVisible(True)

        self.progressRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(BackupsDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setVisible(False)

        self.progressRow.addWidget(self.cancelButton)


        self.backupsLayout.addLayout(self.progressRow)

        self.statusLabel = QLabel(BackupsDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.backupsLayout.addWidget(self.statusLabel)

        self.policyGroup = QGroupBox(BackupsDialog)
        self.policyGroup.setObjectName(u"policyGroup")
        self.policyLayout = QFormLayout(self.policyGroup)
        self.policyLayout.setObjectName(u"policyLayout")
        self.dailyCheck = QCheckBox(self.policyGroup)
        self.dailyCheck.setObjectName(u"dailyCheck")

        self.policyLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.dailyCheck)

        self.keepLabel = QLabel(self.policyGroup)
        self.keepLabel.setObjectName(u"keepLabel")

        self.policyLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keepLabel)

        self.keepSpin = QSpinBox(self.policyGroup)
        self.keepSpin.setObjectName(u"keepSpin")
        self.keepSpin.setMaximumSize(QSize(160, 16777215))
        self.keepSpin.setMinimum(1)
        self.keepSpin.setMaximum(1000)

        self.policyLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keepSpin)


        self.backupsLayout.addWidget(self.policyGroup)

        self.buttonBox = QDialogButtonBox(BackupsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.backupsLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.keepLabel.setBuddy(self.keepSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BackupsDialog)

        QMetaObject.connectSlotsByName(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Backups", None))
        ___qtablewidgetitem = self.backupsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BackupsDialog", u"Taken", None))
        ___qtablewidgetitem1 = self.backupsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BackupsDialog", u"Size", None))
        ___qtablewidgetitem2 = self.backupsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("BackupsDialog", u"File", None))
        self.backupNowButton.setText(QCoreApplication.translate("BackupsDialog", u"&Back up now", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"&Restore this backup\u2026", None))
        self.restoreFileButton.setText(QCoreApplication.translate("BackupsDialog", u"Restore from a &file\u2026", None))
        self.openFolderButton.setText(QCoreApplication.translate("BackupsDialog", u"&Open folder", None))
        self.cancelButton.setText(QCoreApplication.translate("BackupsDialog", u"Cancel", None))
        self.policyGroup.setTitle(QCoreApplication.translate("BackupsDialog", u"Automatic backups", None))
        self.dailyCheck.setText(QCoreApplication.translate("BackupsDialog", u"Back up once a &day while CRM Desktop is open (and always before an import or an upgrade)", None))
        self.keepLabel.setText(QCoreApplication.translate("BackupsDialog", u"&Keep the newest", None))
        self.keepSpin.setSuffix(QCoreApplication.translate("BackupsDialog", u" backups", None))
    # retranslateUi

