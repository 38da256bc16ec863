"""What an empty list says: a few words in the middle of it on why it is empty and what
to do (no contacts yet, nothing matches the search, the trash is empty), instead of a
blank white box that looks like the app is broken or still loading.

The texts are plain functions of what the list shows, a title and a hint, for the main
window and its tests; :class:`EmptyState` puts them over a list."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout

Text = tuple[str, str]  # (title, hint); the hint may be ""


def contacts_text(*, term: str = "", trash: bool = False, company: bool = False,
                  among: str | None = None, not_contacted_days: int | None = None,
                  writable: bool = True) -> Text:
    """Why the contact list shows no one, and what would fill it."""
    term = term.strip()
    if trash:
        if term:
            return f"Nothing in the trash matches “{term}”", ""
        return "The trash is empty", "Contacts and companies you delete are kept here, to restore."
    if term:
        who = "No one at this company matches" if company else "No contact matches"
        return f"{who} “{term}”", "Search looks in names, e-mails, phone numbers and companies."
    if not_contacted_days is not None:
        return f"Everyone here was contacted in the last {not_contacted_days:,} days", ""
    if among:
        return f"No contacts left in “{among}”", ""
    if company:
        return "No one at this company yet", (
            "New contact (Ctrl+N) adds someone to it." if writable else "")
    if not writable:
        return "No contacts in this file", ""
    return "No contacts yet", (
        "Add one with New contact (Ctrl+N), or bring in a spreadsheet or an export from "
        "Google, Outlook or LinkedIn with Import (Ctrl+I).")


def companies_text(*, term: str = "", trash: bool = False, writable: bool = True) -> Text:
    """Why the company list shows none."""
    term = term.strip()
    if term:
        return f"No company matches “{term}”", ""
    if trash:
        return "No companies in the trash", ""
    return "No companies yet", "Ctrl+Shift+N adds one." if writable else ""


class EmptyState:
    """A title and a hint in grey over a list while it has no rows. The labels are made
    the first time the list is empty, never on a start whose list has rows: the list's
    viewport has no Python wrapper until asked for, and making one costs ~20 ms."""

    def __init__(self, view: QAbstractItemView):
        self.view = view
        self.title: QLabel | None = None
        self.hint: QLabel | None = None

    @property
    def text(self) -> Text | None:
        """What is shown, or None (for tests)."""
        if self.title is None or self.title.isHidden():
            return None
        return self.title.text(), self.hint.text()

    def show(self, text: Text | None) -> None:
        """Show ``text`` over the list, or nothing (None)."""
        if text is None:
            if self.title is not None:
                self.title.hide()
                self.hint.hide()
            return
        if self.title is None:
            viewport = self.view.viewport()
            layout = QVBoxLayout(viewport)
            layout.setContentsMargins(24, 24, 24, 24)
            layout.setSpacing(6)
            layout.addStretch(2)
            self.title, self.hint = QLabel(viewport), QLabel(viewport)
            for label, name in ((self.title, "emptyStateTitle"), (self.hint, "emptyStateHint")):
                label.setObjectName(name)
                label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)  # a search term is not markup
                # Clicks and the context menu go to the list under it.
                label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                layout.addWidget(label)
            layout.addStretch(3)
        title, hint = text
        self.title.setText(title)
        self.hint.setText(hint)
        self.title.show()
        self.hint.setVisible(bool(hint))
