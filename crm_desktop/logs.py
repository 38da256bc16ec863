"""Logging to a rotating file in the platform's log folder."""

import logging
import logging.handlers
from pathlib import Path

from crm_desktop.paths import log_dir

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


def log_file() -> Path:
    return log_dir() / "crm-desktop.log"


def setup_file_logging(level: int = logging.INFO) -> Path | None:
    """Add the rotating file handler once; return the file, or None if it cannot be written."""
    root = logging.getLogger()
    path = log_file()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return path
