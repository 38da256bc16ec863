"""Errors a user can act on, as opposed to bugs.

Anything raised as a :class:`UserError` is shown as one clear message (a dialog
in the GUI, one line on stderr in the CLI). Anything else is a bug and gets a
traceback in the log and the crash dialog.
"""


class UserError(Exception):
    """A problem the user can understand and fix; ``str()`` is the message."""


class DatabaseFileError(UserError):
    """The database file cannot be used (not SQLite, newer version, locked...)."""


class DamagedDatabaseError(DatabaseFileError):
    """The file is an SQLite database (ours, as far as can be told) but it is damaged."""


class ValidationError(UserError):
    """A value given for a record is not acceptable."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
