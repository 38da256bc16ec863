#!/usr/bin/env python3
"""Compile the Designer forms in ui/ and the resources in resources/ into the package.

    python tools/compile_qt.py          # regenerate
    python tools/compile_qt.py --check  # exit 1 if a generated file is out of date

ui/*.ui -> crm_desktop/gui/forms/ui_<name>.py (pyside6-uic)
resources/resources.qrc -> crm_desktop/gui/resources_rc.py (pyside6-rcc)

The generated files are committed, so `pip install .` and the frozen build need
no Qt tools at run time (PySide6's runtime loadUiType shells out to uic).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "crm_desktop" / "gui" / "forms"
RC_OUT = ROOT / "crm_desktop" / "gui" / "resources_rc.py"


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials")
    return found


def targets() -> list[tuple[list[str], Path]]:
    uic, rcc = _tool("pyside6-uic"), _tool("pyside6-rcc")
    jobs = [
        ([uic, str(ui)], FORMS / f"ui_{ui.stem}.py") for ui in sorted((ROOT / "ui").glob("*.ui"))
    ]
    jobs.append(([rcc, str(ROOT / "resources" / "resources.qrc")], RC_OUT))
    return jobs


def generate(cmd: list[str]) -> str:
    # rcc embeds each file's modification time; a fresh checkout has new ones. A fixed
    # date makes the output depend on the files' contents only.
    env = {**os.environ, "QT_RCC_SOURCE_DATE_OVERRIDE": "1"}
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    return only_used_imports(out) if "pyside6-uic" in Path(cmd[0]).name else out


_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def only_used_imports(code: str) -> str:
    """uic imports some thirty Qt names into every form, whatever it uses; PySide6
    makes each type when first imported (a form's imports: ~30 ms at start-up).
    Keep the names the form's code uses."""
    first = _IMPORT.search(code)
    body = code[first.start():] if first else code
    used = set(re.findall(r"\b\w+\b", _IMPORT.sub("", body)))

    def keep(match: re.Match) -> str:
        names = [n for n in re.split(r"[\s,]+", match.group(2)) if n in used]
        return f"from {match.group(1)} import ({', '.join(names)})\n" if names else ""

    return _IMPORT.sub(keep, code)


def body(text: str) -> list[str]:
    """Generated code without its comment header (which names the Qt version)."""
    return [line for line in text.splitlines() if not line.startswith("#")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args()
    stale = []
    for cmd, out in targets():
        text = generate(cmd)
        if args.check:
            if not out.exists() or body(out.read_text(encoding="utf-8")) != body(text):
                stale.append(out.relative_to(ROOT))
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
            print(f"wrote {out.relative_to(ROOT)}")
    if stale:
        print("out of date (run tools/compile_qt.py):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
