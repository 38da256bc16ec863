"""Everything Qt. Imports the core; the core never imports this package.

The core modules the main window uses are imported here, before PySide6: PySide's import
hook (``__feature__``) reads the whole source of every module imported after it, which
cost ~40 ms of each start for the store, the services and peewee (8,000 lines).
tests/test_app.py checks that no core module the window pulls in is missing here.
"""

import concurrent.futures.thread  # noqa: F401 - and what only the window uses
import html  # noqa: F401

import crm_desktop.exchange.memory  # noqa: F401
import crm_desktop.logs  # noqa: F401
import crm_desktop.services.interactions  # noqa: F401
import crm_desktop.services.listing  # noqa: F401
import crm_desktop.store.backups  # noqa: F401
