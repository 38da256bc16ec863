"""Killing a real process in the middle of its work (issue #7's crash-safety tests)."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def kill_when_marked(script: str, marker: Path, what: str, timeout: float = 60) -> None:
    """Run ``script`` in a new Python; once it creates ``marker`` (inside its transaction),
    kill -9 it. Fails if it ends before that."""
    child = subprocess.Popen([sys.executable, "-c", script])
    try:
        end = time.monotonic() + timeout
        while not marker.exists():
            assert child.poll() is None, f"the {what} ended before it could be killed"
            assert time.monotonic() < end, f"the {what} never reached the marker"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
