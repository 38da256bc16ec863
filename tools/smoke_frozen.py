#!/usr/bin/env python3
"""Build the PyInstaller one-folder app from build.spec and start it headless.

    python tools/smoke_frozen.py [--no-build]

Checks that the frozen binary runs the CLI (demo, stats --json) and opens the
main window on a temporary database, painting the contact list (forms, icons
and stylesheet found). Takes a few minutes, so it is run by hand, not in CI.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-build", action="store_true", help="test the existing dist/")
    args = parser.parse_args()
    if not args.no_build:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "build.spec"],
                       cwd=ROOT, check=True)
        print(f"built in {time.perf_counter() - t:.0f} s")
    binary = ROOT / "dist" / "crm-desktop" / "crm-desktop"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CRM_DESKTOP_CONFIG_DIR": tmp, "CRM_DESKTOP_STARTUP_PROBE": "1"}
        env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
        db = str(Path(tmp) / "crm.sqlite3")
        subprocess.run([binary, "demo", "--db", db, "--contacts", "500"], env=env, check=True)
        stats = subprocess.run([binary, "stats", "--db", db, "--json"], env=env, check=True,
                               capture_output=True, text=True)
        assert json.loads(stats.stdout)["contacts"] == 500, stats.stdout
        # phonenumbers loads each country's metadata lazily, rapidfuzz its C extension:
        # both must be in the build.
        twins = subprocess.run([binary, "duplicates", "--db", db, "--json"], env=env,
                               check=True, capture_output=True, text=True)
        assert "contacts" in json.loads(twins.stdout), twins.stdout
        t = time.perf_counter()
        gui = subprocess.run([binary, "--db", db], env=env, capture_output=True, text=True,
                             timeout=120)
        elapsed = time.perf_counter() - t
        if gui.returncode != 0:
            print(gui.stderr)
            return 1
        probe = json.loads(gui.stdout.strip().splitlines()[-1])
        assert probe["rows"] == 500, probe
        log = Path(tmp) / "logs" / "crm-desktop.log"
        problems = [line for line in log.read_text().splitlines()
                    if " ERROR " in line or "CRITICAL" in line] if log.exists() else []
        if problems:
            print("\n".join(problems))
            return 1
        second_start(binary, db, env, log)
        entry = desktop_entry(binary, env, Path(tmp))
    print(f"frozen app OK: CLI works, window painted 500 rows, start to exit {elapsed:.2f} s;"
          f" a second start brought the first forward; {entry}")
    return 0


def second_start(binary: Path, db: str, env: dict, log: Path) -> None:
    """One window on the database; a second start must bring it forward (QtNetwork is in)."""
    env = {k: v for k, v in env.items() if k != "CRM_DESKTOP_STARTUP_PROBE"}
    def listening() -> int:
        return (log.read_text() if log.exists() else "").count("listening for other starts")

    before = listening()  # the probe's window listened too
    first = subprocess.Popen([binary, "--db", db], env=env)
    try:
        end = time.monotonic() + 60
        while listening() == before:
            assert first.poll() is None and time.monotonic() < end, "first window not up"
            time.sleep(0.2)
        second = subprocess.run([binary, "--db", db], env=env, capture_output=True, text=True,
                                timeout=120)
        assert second.returncode == 0 and "brought its window forward" in second.stderr, (
            second.stderr)
    finally:
        first.terminate()
        first.wait(timeout=30)


def desktop_entry(binary: Path, env: dict, tmp: Path) -> str:
    """The desktop entry the frozen app writes starts the frozen app."""
    subprocess.run([binary, "desktop-entry"], env={**env, "XDG_DATA_HOME": str(tmp / "xdg")},
                   check=True, capture_output=True)
    text = (tmp / "xdg" / "applications" / "crm-desktop.desktop").read_text()
    assert f"Exec={binary.resolve()}" in text, text
    return "desktop entry written"


if __name__ == "__main__":
    raise SystemExit(main())
