"""A Linux desktop entry (the app in the applications menu, with its icon), per user.

``crm-desktop desktop-entry`` writes ``crm-desktop.desktop`` to
``$XDG_DATA_HOME/applications`` and the icon to the hicolor theme beside it, pointing at
the program that runs the command (the frozen app's binary, or the installed script).
The window's ``desktopFileName`` is the same id, so the desktop matches window and entry.
"""

import os
import shlex
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice

from crm_desktop import APP_ID, APP_NAME
from crm_desktop.gui import resources_rc  # noqa: F401 - registers the ":/" resources


def command() -> list[str]:
    """How to start this very installation."""
    if getattr(sys, "frozen", False):  # the PyInstaller build: its own binary
        return [str(Path(sys.executable).resolve())]
    script = shutil.which(APP_ID)
    return [script] if script else [sys.executable, "-m", "crm_desktop"]


def entry(exec_args: list[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        f"Name={APP_NAME}",
        "GenericName=Contact manager",
        "Comment=Customers, companies, follow-ups and feedback, kept on this computer",
        f"Exec={shlex.join(exec_args)}",
        f"TryExec={exec_args[0]}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;ContactManagement;",
        "Keywords=CRM;customers;contacts;companies;follow-up;",
        f"StartupWMClass={APP_ID}",
        "",
    ])


def install(data_home: Path | None = None) -> list[Path]:
    """Write the entry and its icon for the current user; the files written."""
    home = data_home or Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local/share")
    desktop = home / "applications" / f"{APP_ID}.desktop"
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    for path in (desktop, icon):
        path.parent.mkdir(parents=True, exist_ok=True)
    source = QFile(":/icons/app.svg")
    if not source.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(":/icons/app.svg is not in the compiled resources")
    try:
        icon.write_bytes(bytes(source.readAll().data()))
    finally:
        source.close()
    desktop.write_text(entry(command()), encoding="utf-8")
    return [desktop, icon]
