# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'timeline_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QTableView, QToolButton, QVBoxLayout)

class Ui_TimelinePanel(object):
    def setupUi(self, TimelinePanel):
        if not TimelinePanel.objectName():
            TimelinePanel.setObjectName(u"TimelinePanel")
        TimelinePanel.resize(360, 480)
        self.actionEditInteraction = QAction(TimelinePanel)
        self.actionEditInteraction.setObjectName(u"actionEditInteraction")
        self.actionDeleteInteraction = QAction(TimelinePanel)
        self.actionDeleteInteraction.setObjectName(u"actionDeleteInteraction")
        self.actionDeleteInteraction.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.actionFollowUpOnThis = QAction(TimelinePanel)
        self.actionFollowUpOnThis.setObjectName(u"actionFollowUpOnThis")
        self.timelineLayout = QVBoxLayout(TimelinePanel)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(0, 0, 0, 0)
        self.headingLayout = QHBoxLayout()
        self.headingLayout.setObjectName(u"headingLayout")
        self.timelineHeading = QLabel(TimelinePanel)
        self.timelineHeading.setObjectName(u"timelineHeading")

        self.headingLayout.addWidget(self.timelineHeading)

        self.headingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headingLayout.addItem(self.headingSpacer)

        self.timelineCountLabel = QLabel(TimelinePanel)
        self.timelineCountLabel.setObjectName(u"timelineCountLabel")

        self.headingLayout.addWidget(self.timelineCountLabel)


        self.timelineLayout.addLayout(self.headingLayout)

        self.quickAddLayout = QHBoxLayout()
        self.quickAddLayout.setSpacing(4)
        self.quickAddLayout.setObjectName(u"quickAddLayout")
        self.quickKindCombo = QComboBox(TimelinePanel)
        self.quickKindCombo.setObjectName(u"quickKindCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.quickKindCombo.sizePolicy().hasHeightForWidth())
        self.quickKindCombo.setSizePolicy(sizePolicy)
        self.quickKindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.quickAddLayout.addWidget(self.quickKindCombo)

        self.quickAddEdit = QLineEdit(TimelinePanel)
        self.quickAddEdit.setObjectName(u"quickAddEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.quickAddEdit.sizePolicy().hasHeightForWidth())
        self.quickAddEdit.setSizePolicy(sizePolicy1)
        self.quickAddEdit.setMinimumSize(QSize(120, 0))

        self.quickAddLayout.addWidget(self.quickAddEdit)

        self.logButton = QToolButton(TimelinePanel)
        self.logButton.setObjectName(u"logButton")

        self.quickAddLayout.addWidget(self.logButton)

        self.moreButton = QToolButton(TimelinePanel)
        self.moreButton.setObjectName(u"moreButton")

        self.quickAddLayout.addWidget(self.moreButton)


        self.timelineLayout.addLayout(self.quickAddLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(4)
        self.filterLayout.setObjectName(u"filterLayout")
        self.kindFilterCombo = QComboBox(TimelinePanel)
        self.kindFilterCombo.setObjectName(u"kindFilterCombo")
        sizePolicy.setHeightForWidth(self.kindFilterCombo.sizePolicy().hasHeightForWidth())
        self.kindFilterCombo.setSizePolicy(sizePolicy)
        self.kindFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.kindFilterCombo)

        self.timelineSearchEdit = QLineEdit(TimelinePanel)
        self.timelineSearchEdit.setObjectName(u"timelineSearchEdit")
        sizePolicy1.setHeightForWidth(self.timelineSearchEdit.sizePolicy().hasHeightForWidth())
        self.timelineSearchEdit.setSizePolicy(sizePolicy1)
        self.timelineSearchEdit.setMinimumSize(QSize(120, 0))
        self.timelineSearchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.timelineSearchEdit)

        self.followupButton = QToolButton(TimelinePanel)
        self.followupButton.setObjectName(u"followupButton")
        self.followupButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.filterLayout.addWidget(self.followupButton)


        self.timelineLayout.addLayout(self.filterLayout)

        self.timelineList = QTableView(TimelinePanel)
        self.timelineList.setObjectName(u"timelineList")
        self.timelineList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.timelineList.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timelineList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.timelineList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timelineList.setShowGrid(False)
        self.timelineList.setWordWrap(False)
        self.timelineList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.timelineList.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.timelineList.horizontalHeader().setVisible(False)
        self.timelineList.horizontalHeader().setStretchLastSection(True)
        self.timelineList.verticalHeader().setVisible(False)

        self.timelineLayout.addWidget(self.timelineList)


        self.retranslateUi(TimelinePanel)

        QMetaObject.connectSlotsByName(TimelinePanel)
    # setupUi

    def retranslateUi(self, TimelinePanel):
        self.actionEditInteraction.setText(QCoreApplication.translate("TimelinePanel", u"&Edit\u2026", None))
        self.actionDeleteInteraction.setText(QCoreApplication.translate("TimelinePanel", u"&Delete", None))
#if QT_CONFIG(shortcut)
        self.actionDeleteInteraction.setShortcut(QCoreApplication.translate("TimelinePanel", u"Del", None))
#endif // QT_CONFIG(shortcut)
        self.actionFollowUpOnThis.setText(QCoreApplication.translate("TimelinePanel", u"&Follow up on this\u2026", None))
        self.timelineHeading.setText(QCoreApplication.translate("TimelinePanel", u"Timeline", None))
        self.timelineCountLabel.setText("")
#if QT_CONFIG(tooltip)
        self.quickKindCombo.setToolTip(QCoreApplication.translate("TimelinePanel", u"What to log", None))
#endif // QT_CONFIG(tooltip)
        self.quickAddEdit.setPlaceholderText(QCoreApplication.translate("TimelinePanel", u"Log a call\u2026", None))
#if QT_CONFIG(tooltip)
        self.quickAddEdit.setToolTip(QCoreApplication.translate("TimelinePanel", u"Type what it was about and press Enter; Ctrl+Enter opens the full form", None))
#endif // QT_CONFIG(tooltip)
        self.logButton.setText(QCoreApplication.translate("TimelinePanel", u"Log", None))
#if QT_CONFIG(tooltip)
        self.logButton.setToolTip(QCoreApplication.translate("TimelinePanel", u"Log it now (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.moreButton.setText(QCoreApplication.translate("TimelinePanel", u"\u2026", None))
#if QT_CONFIG(tooltip)
        self.moreButton.setToolTip(QCoreApplication.translate("TimelinePanel", u"Log with details: time, outcome, duration, amount (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.kindFilterCombo.setToolTip(QCoreApplication.translate("TimelinePanel", u"Show one kind only", None))
#endif // QT_CONFIG(tooltip)
        self.timelineSearchEdit.setPlaceholderText(QCoreApplication.translate("TimelinePanel", u"Search this timeline", None))
        self.followupButton.setText(QCoreApplication.translate("TimelinePanel", u"Follow-up\u2026", None))
#if QT_CONFIG(tooltip)
        self.followupButton.setToolTip(QCoreApplication.translate("TimelinePanel", u"Plan a follow-up (Ctrl+Shift+L)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

