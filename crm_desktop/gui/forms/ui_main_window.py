# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QSplitter,
    QStatusBar, QTableView, QTextBrowser, QToolBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 760)
        self.actionNewContact = QAction(MainWindow)
        self.actionNewContact.setObjectName(u"actionNewContact")
        self.actionNewAccount = QAction(MainWindow)
        self.actionNewAccount.setObjectName(u"actionNewAccount")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionUndo = QAction(MainWindow)
        self.actionUndo.setObjectName(u"actionUndo")
        self.actionRedo = QAction(MainWindow)
        self.actionRedo.setObjectName(u"actionRedo")
        self.actionEdit = QAction(MainWindow)
        self.actionEdit.setObjectName(u"actionEdit")
        self.actionDelete = QAction(MainWindow)
        self.actionDelete.setObjectName(u"actionDelete")
        self.actionRestore = QAction(MainWindow)
        self.actionRestore.setObjectName(u"actionRestore")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionShowTrash = QAction(MainWindow)
        self.actionShowTrash.setObjectName(u"actionShowTrash")
        self.actionShowTrash.setCheckable(True)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.mainSplitter = QSplitter(self.centralWidget)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.sidePane = QWidget(self.mainSplitter)
        self.sidePane.setObjectName(u"sidePane")
        self.sideLayout = QVBoxLayout(self.sidePane)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(10, 10, 4, 10)
        self.allContactsButton = QPushButton(self.sidePane)
        self.allContactsButton.setObjectName(u"allContactsButton")
        self.allContactsButton.setCheckable(True)
        self.allContactsButton.setChecked(True)
        self.allContactsButton.setFlat(True)

        self.sideLayout.addWidget(self.allContactsButton)

        self.trashButton = QPushButton(self.sidePane)
        self.trashButton.setObjectName(u"trashButton")
        self.trashButton.setCheckable(True)
        self.trashButton.setFlat(True)

        self.sideLayout.addWidget(self.trashButton)

        self.accountsHeading = QLabel(self.sidePane)
        self.accountsHeading.setObjectName(u"accountsHeading")

        self.sideLayout.addWidget(self.accountsHeading)

        self.accountFilterEdit = QLineEdit(self.sidePane)
        self.accountFilterEdit.setObjectName(u"accountFilterEdit")
        self.accountFilterEdit.setClearButtonEnabled(True)

        self.sideLayout.addWidget(self.accountFilterEdit)

        self.accountTable = QTableView(self.sidePane)
        self.accountTable.setObjectName(u"accountTable")
        self.accountTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accountTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.accountTable.setSortingEnabled(True)
        self.accountTable.setWordWrap(False)
        self.accountTable.setAlternatingRowColors(True)
        self.accountTable.setShowGrid(False)
        self.accountTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.sideLayout.addWidget(self.accountTable)

        self.mainSplitter.addWidget(self.sidePane)
        self.listPane = QWidget(self.mainSplitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(4, 10, 4, 10)
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(self.listPane)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.matchLabel = QLabel(self.listPane)
        self.matchLabel.setObjectName(u"matchLabel")
        self.matchLabel.setMinimumSize(QSize(130, 0))
        self.matchLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.searchLayout.addWidget(self.matchLabel)


        self.listLayout.addLayout(self.searchLayout)

        self.contactTable = QTableView(self.listPane)
        self.contactTable.setObjectName(u"contactTable")
        self.contactTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.contactTable.setSortingEnabled(True)
        self.contactTable.setWordWrap(False)
        self.contactTable.setAlternatingRowColors(True)
        self.contactTable.setShowGrid(False)
        self.contactTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.listLayout.addWidget(self.contactTable)

        self.mainSplitter.addWidget(self.listPane)
        self.detailView = QTextBrowser(self.mainSplitter)
        self.detailView.setObjectName(u"detailView")
        self.detailView.setOpenExternalLinks(True)
        self.mainSplitter.addWidget(self.detailView)

        self.centralLayout.addWidget(self.mainSplitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menuBar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.mainToolBar = QToolBar(MainWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setMovable(False)
        self.mainToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.mainToolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuEdit.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewContact)
        self.menuFile.addAction(self.actionNewAccount)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionUndo)
        self.menuEdit.addAction(self.actionRedo)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionEdit)
        self.menuEdit.addAction(self.actionDelete)
        self.menuEdit.addAction(self.actionRestore)
        self.menuEdit.addSeparator()
        self.menuEdit.addAction(self.actionFind)
        self.menuView.addAction(self.actionShowTrash)
        self.menuHelp.addAction(self.actionAbout)
        self.mainToolBar.addAction(self.actionNewContact)
        self.mainToolBar.addAction(self.actionNewAccount)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionEdit)
        self.mainToolBar.addAction(self.actionDelete)
        self.mainToolBar.addAction(self.actionRestore)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionUndo)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"CRM Desktop", None))
        self.actionNewContact.setText(QCoreApplication.translate("MainWindow", u"New &contact\u2026", None))
        self.actionNewContact.setIconText(QCoreApplication.translate("MainWindow", u"New contact", None))
#if QT_CONFIG(shortcut)
        self.actionNewContact.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionNewAccount.setText(QCoreApplication.translate("MainWindow", u"New &company\u2026", None))
        self.actionNewAccount.setIconText(QCoreApplication.translate("MainWindow", u"New company", None))
#if QT_CONFIG(shortcut)
        self.actionNewAccount.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionUndo.setText(QCoreApplication.translate("MainWindow", u"&Undo", None))
#if QT_CONFIG(shortcut)
        self.actionUndo.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Z", None))
#endif // QT_CONFIG(shortcut)
        self.actionRedo.setText(QCoreApplication.translate("MainWindow", u"&Redo", None))
#if QT_CONFIG(shortcut)
        self.actionRedo.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+Z", None))
#endif // QT_CONFIG(shortcut)
        self.actionEdit.setText(QCoreApplication.translate("MainWindow", u"&Edit\u2026", None))
        self.actionEdit.setIconText(QCoreApplication.translate("MainWindow", u"Edit", None))
#if QT_CONFIG(shortcut)
        self.actionEdit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionDelete.setText(QCoreApplication.translate("MainWindow", u"&Delete", None))
#if QT_CONFIG(shortcut)
        self.actionDelete.setShortcut(QCoreApplication.translate("MainWindow", u"Del", None))
#endif // QT_CONFIG(shortcut)
        self.actionRestore.setText(QCoreApplication.translate("MainWindow", u"Re&store from trash", None))
        self.actionRestore.setIconText(QCoreApplication.translate("MainWindow", u"Restore", None))
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find", None))
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionShowTrash.setText(QCoreApplication.translate("MainWindow", u"&Trash", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About CRM Desktop", None))
        self.allContactsButton.setText(QCoreApplication.translate("MainWindow", u"All contacts", None))
        self.trashButton.setText(QCoreApplication.translate("MainWindow", u"Trash", None))
        self.accountsHeading.setText(QCoreApplication.translate("MainWindow", u"Companies", None))
        self.accountFilterEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Filter companies", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search names, e-mails, phones and companies", None))
        self.matchLabel.setText("")
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Toolbar", None))
    # retranslateUi

