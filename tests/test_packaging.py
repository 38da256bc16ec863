"""The project as shipped: README commands, generated forms, layering, a real wheel."""

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", text, re.S).group(1)
    return [line for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_readme_starts_with_two_commands_and_ci_runs_the_test_one():
    start, test = readme_commands()
    assert "crm-desktop" in start and "pytest" in test
    assert test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_generated_forms_and_resources_are_up_to_date():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "compile_qt.py"), "--check"],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("form", sorted((ROOT / "crm_desktop" / "gui" / "forms").glob("ui_*.py")),
                         ids=lambda p: p.stem)
def test_a_generated_form_imports_only_the_qt_names_it_uses(form):
    """PySide6 makes each Qt type when it is first imported: uic's thirty-odd names
    per form cost start-up ~50 ms (tools/compile_qt.only_used_imports)."""
    tree = ast.parse(form.read_text(encoding="utf-8"))
    imported = {a.asname or a.name for node in tree.body if isinstance(node, ast.ImportFrom)
                for a in node.names}
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    assert imported and imported <= used, sorted(imported - used)


def imports_of(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_only_the_gui_package_imports_qt_and_the_core_never_the_gui():
    offenders = []
    for path in (ROOT / "crm_desktop").rglob("*.py"):
        parts = path.relative_to(ROOT / "crm_desktop").parts
        if parts[0] == "gui":
            continue
        for name in imports_of(path):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                offenders.append(f"{'/'.join(parts)} imports {name}")
            # Only the entry point (cli.py) may start the GUI; the core never reaches it.
            if name.startswith("crm_desktop.gui") and parts != ("cli.py",):
                offenders.append(f"{'/'.join(parts)} imports {name}")
    assert offenders == []


def test_cli_runs_without_loading_qt(tmp_path):
    code = (
        "import sys; from crm_desktop.cli import main;"
        f"main(['demo', '--db', {str(tmp_path / 'x.db')!r}, '--contacts', '20']);"
        f"main(['stats', '--db', {str(tmp_path / 'x.db')!r}]);"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_the_window_loads_no_dialog_or_heavy_library_before_it_is_needed():
    """What the main window does not show at start is imported when first opened:
    the activity editors (~16 ms), spreadsheets, numpy (search ranks, built after)."""
    code = ("import sys, crm_desktop.gui.app;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in"
            " ('openpyxl', 'python_calamine', 'numpy', 'pandas')"
            " or m.startswith('crm_desktop.gui.activity_editors')"
            " or m.startswith('crm_desktop.gui.import_')))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env)
    assert out.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.slow
def test_non_editable_install_finds_forms_and_resources(tmp_path):
    """`pip install .` (a wheel, no source tree) gives an app that starts and paints."""
    wheel_dir, target = tmp_path / "wheel", tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(wheel_dir), str(ROOT)],
        check=True, capture_output=True,
    )
    [wheel] = wheel_dir.glob("crm_desktop-*.whl")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
         str(wheel)],
        check=True, capture_output=True,
    )
    assert (target / "crm_desktop" / "gui" / "forms" / "ui_main_window.py").exists()
    assert (target / "crm_desktop" / "gui" / "resources_rc.py").exists()
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen",
           "CRM_DESKTOP_STARTUP_PROBE": "1", "CRM_DESKTOP_CONFIG_DIR": str(tmp_path / "cfg")}
    db = tmp_path / "crm.sqlite3"
    where = subprocess.run(
        [sys.executable, "-c", "import crm_desktop; print(crm_desktop.__file__)"],
        env=env, cwd=tmp_path, capture_output=True, text=True, check=True,
    )
    assert where.stdout.startswith(str(target))  # the installed copy, not the source tree
    script = target / "bin" / "crm-desktop"
    subprocess.run([sys.executable, str(script), "demo", "--db", str(db), "--contacts", "40"],
                   env=env, cwd=tmp_path, check=True, capture_output=True)
    started = subprocess.run([sys.executable, str(script), "--db", str(db)],
                             env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert started.returncode == 0, started.stderr
    probe = json.loads(started.stdout.strip().splitlines()[-1])
    assert probe["rows"] == 40
