# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout)

class Ui_FollowupEditorDialog(object):
    def setupUi(self, FollowupEditorDialog):
        if not FollowupEditorDialog.objectName():
            FollowupEditorDialog.setObjectName(u"FollowupEditorDialog")
        FollowupEditorDialog.resize(420, 300)
        self.dialogLayout = QVBoxLayout(FollowupEditorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.followupForm = QFormLayout()
        self.followupForm.setObjectName(u"followupForm")
        self.followupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.withLabelLabel = QLabel(FollowupEditorDialog)
        self.withLabelLabel.setObjectName(u"withLabelLabel")

        self.followupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.withLabelLabel)

        self.withLabel = QLabel(FollowupEditorDialog)
        self.withLabel.setObjectName(u"withLabel")

        self.followupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.withLabel)

        self.dueDateEditLabel = QLabel(FollowupEditorDialog)
        self.dueDateEditLabel.setObjectName(u"dueDateEditLabel")

        self.followupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueDateEditLabel)

        self.dueLayout = QHBoxLayout()
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueDateEdit = QDateEdit(FollowupEditorDialog)
        self.dueDateEdit.setObjectName(u"dueDateEdit")
        self.dueDateEdit.setCalendarPopup(True)

        self.dueLayout.addWidget(self.dueDateEdit)

        self.timeCheck = QCheckBox(FollowupEditorDialog)
        self.timeCheck.setObjectName(u"timeCheck")

        self.dueLayout.addWidget(self.timeCheck)

        self.timeEdit = QTimeEdit(FollowupEditorDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setEnabled(False)

        self.dueLayout.addWidget(self.timeEdit)

        self.dueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueLayout.addItem(self.dueSpacer)


        self.followupForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dueLayout)

        self.noteEditLabel = QLabel(FollowupEditorDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.followupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QPlainTextEdit(FollowupEditorDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.followupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.followupForm)

        self.errorLabel = QLabel(FollowupEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FollowupEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dueDateEditLabel.setBuddy(self.dueDateEdit)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowupEditorDialog)

        QMetaObject.connectSlotsByName(FollowupEditorDialog)
    # setupUi

    def retranslateUi(self, FollowupEditorDialog):
        FollowupEditorDialog.setWindowTitle(QCoreApplication.translate("FollowupEditorDialog", u"Follow-up", None))
        self.withLabelLabel.setText(QCoreApplication.translate("FollowupEditorDialog", u"With", None))
        self.withLabel.setText("")
        self.dueDateEditLabel.setText(QCoreApplication.translate("FollowupEditorDialog", u"&Due", None))
        self.dueDateEdit.setDisplayFormat(QCoreApplication.translate("FollowupEditorDialog", u"yyyy-MM-dd (ddd)", None))
        self.timeCheck.setText(QCoreApplication.translate("FollowupEditorDialog", u"&at", None))
        self.timeEdit.setDisplayFormat(QCoreApplication.translate("FollowupEditorDialog", u"HH:mm", None))
        self.noteEditLabel.setText(QCoreApplication.translate("FollowupEditorDialog", u"&What", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("FollowupEditorDialog", u"e.g. Call back about the quote", None))
        self.errorLabel.setText("")
    # retranslateUi

