# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(860, 560)
        self.mergeLayout = QVBoxLayout(MergeDialog)
        self.mergeLayout.setObjectName(u"mergeLayout")
        self.hintLabel = QLabel(MergeDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mergeLayout.addWidget(self.hintLabel)

        self.fieldTable = QTableWidget(MergeDialog)
        self.fieldTable.setObjectName(u"fieldTable")
        self.fieldTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fieldTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fieldTable.setWordWrap(False)

        self.mergeLayout.addWidget(self.fieldTable)

        self.survivorRow = QHBoxLayout()
        self.survivorRow.setObjectName(u"survivorRow")
        self.survivorLabel = QLabel(MergeDialog)
        self.survivorLabel.setObjectName(u"survivorLabel")

        self.survivorRow.addWidget(self.survivorLabel)

        self.survivorCombo = QComboBox(MergeDialog)
        self.survivorCombo.setObjectName(u"survivorCombo")

        self.survivorRow.addWidget(self.survivorCombo)

        self.survivorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.survivorRow.addItem(self.survivorSpacer)


        self.mergeLayout.addLayout(self.survivorRow)

        self.buttonBox = QDialogButtonBox(MergeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mergeLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.survivorLabel.setBuddy(self.survivorCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MergeDialog)

        QMetaObject.connectSlotsByName(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Merge", None))
        self.hintLabel.setText(QCoreApplication.translate("MergeDialog", u"Click the value to keep in each row (ticked: the most recent one that is filled in). E-mails, phones and tags of all of them are kept. Everything logged with any of them moves to the one that is kept; the others go to the trash. Edit \u2192 Undo, or Merge history, takes it back.", None))
        self.survivorLabel.setText(QCoreApplication.translate("MergeDialog", u"&Keep the record of", None))
#if QT_CONFIG(tooltip)
        self.survivorCombo.setToolTip(QCoreApplication.translate("MergeDialog", u"Its id and creation date stay; the values are the ones ticked above", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

