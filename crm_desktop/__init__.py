"""CRM Desktop: an offline contact and account manager.

Layers import one way: ``store`` <- ``services`` <- (``cli``, ``gui``). Only
``crm_desktop.gui`` imports Qt.
"""

__version__ = "0.1.0"
APP_NAME = "CRM Desktop"
APP_ID = "crm-desktop"
