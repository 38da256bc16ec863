# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QToolButton, QTreeWidget, QVBoxLayout)

class Ui_TodayPanel(object):
    def setupUi(self, TodayPanel):
        if not TodayPanel.objectName():
            TodayPanel.setObjectName(u"TodayPanel")
        TodayPanel.resize(760, 560)
        self.todayLayout = QVBoxLayout(TodayPanel)
        self.todayLayout.setObjectName(u"todayLayout")
        self.todayLayout.setContentsMargins(0, 0, 0, 0)
        self.todayHeadingLayout = QHBoxLayout()
        self.todayHeadingLayout.setObjectName(u"todayHeadingLayout")
        self.todayHeading = QLabel(TodayPanel)
        self.todayHeading.setObjectName(u"todayHeading")

        self.todayHeadingLayout.addWidget(self.todayHeading)

        self.todayHeadingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.todayHeadingLayout.addItem(self.todayHeadingSpacer)

        self.todayDateLabel = QLabel(TodayPanel)
        self.todayDateLabel.setObjectName(u"todayDateLabel")

        self.todayHeadingLayout.addWidget(self.todayDateLabel)


        self.todayLayout.addLayout(self.todayHeadingLayout)

        self.agendaTree = QTreeWidget(TodayPanel)
        self.agendaTree.setObjectName(u"agendaTree")
        self.agendaTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agendaTree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.agendaTree.setAlternatingRowColors(True)
        self.agendaTree.setRootIsDecorated(False)
        self.agendaTree.setUniformRowHeights(True)
        self.agendaTree.setAllColumnsShowFocus(True)

        self.todayLayout.addWidget(self.agendaTree)

        self.agendaButtons = QHBoxLayout()
        self.agendaButtons.setObjectName(u"agendaButtons")
        self.doneButton = QPushButton(TodayPanel)
        self.doneButton.setObjectName(u"doneButton")

        self.agendaButtons.addWidget(self.doneButton)

        self.snoozeButton = QToolButton(TodayPanel)
        self.snoozeButton.setObjectName(u"snoozeButton")
        self.snoozeButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snoozeButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.agendaButtons.addWidget(self.snoozeButton)

        self.editFollowupButton = QPushButton(TodayPanel)
        self.editFollowupButton.setObjectName(u"editFollowupButton")

        self.agendaButtons.addWidget(self.editFollowupButton)

        self.openRecordButton = QPushButton(TodayPanel)
        self.openRecordButton.setObjectName(u"openRecordButton")

        self.agendaButtons.addWidget(self.openRecordButton)

        self.agendaButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agendaButtons.addItem(self.agendaButtonsSpacer)

        self.calendarButton = QPushButton(TodayPanel)
        self.calendarButton.setObjectName(u"calendarButton")

        self.agendaButtons.addWidget(self.calendarButton)


        self.todayLayout.addLayout(self.agendaButtons)


        self.retranslateUi(TodayPanel)

        QMetaObject.connectSlotsByName(TodayPanel)
    # setupUi

    def retranslateUi(self, TodayPanel):
        self.todayHeading.setText(QCoreApplication.translate("TodayPanel", u"Today", None))
        self.todayDateLabel.setText("")
        ___qtreewidgetitem = self.agendaTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TodayPanel", u"What", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TodayPanel", u"Who", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TodayPanel", u"When", None))
        self.doneButton.setText(QCoreApplication.translate("TodayPanel", u"&Done", None))
#if QT_CONFIG(tooltip)
        self.doneButton.setToolTip(QCoreApplication.translate("TodayPanel", u"Mark the selected follow-ups done (Ctrl+D)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.doneButton.setShortcut(QCoreApplication.translate("TodayPanel", u"Ctrl+D", None))
#endif // QT_CONFIG(shortcut)
        self.snoozeButton.setText(QCoreApplication.translate("TodayPanel", u"&Snooze", None))
        self.editFollowupButton.setText(QCoreApplication.translate("TodayPanel", u"&Edit\u2026", None))
        self.openRecordButton.setText(QCoreApplication.translate("TodayPanel", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.openRecordButton.setToolTip(QCoreApplication.translate("TodayPanel", u"Show the contact or company with its timeline (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.calendarButton.setText(QCoreApplication.translate("TodayPanel", u"Export to &calendar\u2026", None))
        pass
    # retranslateUi

