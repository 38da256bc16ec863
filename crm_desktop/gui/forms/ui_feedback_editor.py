# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'feedback_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_FeedbackEditorDialog(object):
    def setupUi(self, FeedbackEditorDialog):
        if not FeedbackEditorDialog.objectName():
            FeedbackEditorDialog.setObjectName(u"FeedbackEditorDialog")
        FeedbackEditorDialog.resize(460, 440)
        self.dialogLayout = QVBoxLayout(FeedbackEditorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.feedbackForm = QFormLayout()
        self.feedbackForm.setObjectName(u"feedbackForm")
        self.feedbackForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.withLabelLabel = QLabel(FeedbackEditorDialog)
        self.withLabelLabel.setObjectName(u"withLabelLabel")

        self.feedbackForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.withLabelLabel)

        self.withLabel = QLabel(FeedbackEditorDialog)
        self.withLabel.setObjectName(u"withLabel")

        self.feedbackForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.withLabel)

        self.dateEditLabel = QLabel(FeedbackEditorDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.feedbackForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(FeedbackEditorDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.feedbackForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.channelComboLabel = QLabel(FeedbackEditorDialog)
        self.channelComboLabel.setObjectName(u"channelComboLabel")

        self.feedbackForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelComboLabel)

        self.channelCombo = QComboBox(FeedbackEditorDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.feedbackForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.csatComboLabel = QLabel(FeedbackEditorDialog)
        self.csatComboLabel.setObjectName(u"csatComboLabel")

        self.feedbackForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.csatComboLabel)

        self.csatCombo = QComboBox(FeedbackEditorDialog)
        self.csatCombo.setObjectName(u"csatCombo")

        self.feedbackForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.csatCombo)

        self.npsComboLabel = QLabel(FeedbackEditorDialog)
        self.npsComboLabel.setObjectName(u"npsComboLabel")

        self.feedbackForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.npsComboLabel)

        self.npsCombo = QComboBox(FeedbackEditorDialog)
        self.npsCombo.setObjectName(u"npsCombo")

        self.feedbackForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.npsCombo)

        self.categoryComboLabel = QLabel(FeedbackEditorDialog)
        self.categoryComboLabel.setObjectName(u"categoryComboLabel")

        self.feedbackForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.categoryComboLabel)

        self.categoryCombo = QComboBox(FeedbackEditorDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)
        self.categoryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.feedbackForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.commentEditLabel = QLabel(FeedbackEditorDialog)
        self.commentEditLabel.setObjectName(u"commentEditLabel")

        self.feedbackForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.commentEditLabel)

        self.commentEdit = QPlainTextEdit(FeedbackEditorDialog)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)

        self.feedbackForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.commentEdit)

        self.followupCheck = QCheckBox(FeedbackEditorDialog)
        self.followupCheck.setObjectName(u"followupCheck")

        self.feedbackForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.followupCheck)

        self.followupDateEdit = QDateEdit(FeedbackEditorDialog)
        self.followupDateEdit.setObjectName(u"followupDateEdit")
        self.followupDateEdit.setCalendarPopup(True)
        self.followupDateEdit.setEnabled(False)

        self.feedbackForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.followupDateEdit)


        self.dialogLayout.addLayout(self.feedbackForm)

        self.errorLabel = QLabel(FeedbackEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FeedbackEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.channelComboLabel.setBuddy(self.channelCombo)
        self.csatComboLabel.setBuddy(self.csatCombo)
        self.npsComboLabel.setBuddy(self.npsCombo)
        self.categoryComboLabel.setBuddy(self.categoryCombo)
        self.commentEditLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FeedbackEditorDialog)

        QMetaObject.connectSlotsByName(FeedbackEditorDialog)
    # setupUi

    def retranslateUi(self, FeedbackEditorDialog):
        FeedbackEditorDialog.setWindowTitle(QCoreApplication.translate("FeedbackEditorDialog", u"Feedback", None))
        self.withLabelLabel.setText(QCoreApplication.translate("FeedbackEditorDialog", u"From", None))
        self.withLabel.setText("")
        self.dateEditLabel.setText(QCoreApplication.translate("FeedbackEditorDialog", u"&Date", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("FeedbackEditorDialog", u"yyyy-MM-dd (ddd)", None))
        self.channelComboLabel.setText(QCoreApplication.translate("FeedbackEditorDialog", u"C&hannel", None))
        self.csatComboLabel.setText(QCoreApplication.translate("FeedbackEditorDialog", u"&Satisfaction (CSAT)", None))
#if QT_CONFIG(tooltip)
        self.csatCombo.setToolTip(QCoreApplication.translate("FeedbackEditorDialog", u"How satisfied were they? 1 (very unhappy) to 5 (very happy)", None))
#endif // QT_CONFIG(tooltip)
        self.npsComboLabel.setText(QCoreApplication.translate("FeedbackEditorDialog", u"Would &recommend (NPS)", None))
#if QT_CONFIG(tooltip)
        self.npsCombo.setToolTip(QCoreApplication.translate("FeedbackEditorDialog", u"How likely are they to recommend you? 0 (not at all) to 10 (extremely)", None))
#endif // QT_CONFIG(tooltip)
        self.categoryComboLabel.setText(QCoreApplication.translate("FeedbackEditorDialog", u"Cate&gory", None))
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("FeedbackEditorDialog", u"Pick one, or type a new category: it joins the list", None))
#endif // QT_CONFIG(tooltip)
        self.commentEditLabel.setText(QCoreApplication.translate("FeedbackEditorDialog", u"C&omment", None))
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("FeedbackEditorDialog", u"What they said, in their words", None))
        self.followupCheck.setText(QCoreApplication.translate("FeedbackEditorDialog", u"&Needs follow-up on", None))
        self.followupDateEdit.setDisplayFormat(QCoreApplication.translate("FeedbackEditorDialog", u"yyyy-MM-dd (ddd)", None))
        self.errorLabel.setText("")
    # retranslateUi

