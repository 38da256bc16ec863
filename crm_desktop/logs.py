"""Logging to a rotating file in the platform's log folder."""

import logging
import logging.handlers
from pathlib import Path

from crm_desktop.paths import log_dir

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


def log_file() -> Path:
    return log_dir() / "crm-desktop.log"


_handler: logging.Handler | None = None


def setup_file_logging(level: int = logging.INFO) -> Path | None:
    """Log to the rotating file (once; again if the folder changed); return the file,
    or None if it cannot be written (the app still runs)."""
    global _handler
    root = logging.getLogger()
    path = log_file()
    if _handler is not None:
        if Path(_handler.baseFilename) == path.resolve():
            return path
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    _handler = handler
    root.setLevel(min(root.level or level, level))
    return path
