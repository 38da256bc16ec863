"""The Linux desktop entry: valid, with its icon, and starting this installation."""

import configparser
import shlex
import shutil
import subprocess

import pytest

from crm_desktop.cli import main


def test_desktop_entry_starts_this_installation(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["desktop-entry"]) == 0
    desktop = tmp_path / "applications" / "crm-desktop.desktop"
    icon = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "crm-desktop.svg"
    assert str(desktop) in capsys.readouterr().out
    assert b"<svg" in icon.read_bytes()
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(desktop, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Name"] == "CRM Desktop" and entry["Icon"] == "crm-desktop"
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    # The command it runs is this installation: asked for its version, it answers.
    result = subprocess.run([*shlex.split(entry["Exec"]), "--version"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0 and "crm-desktop" in result.stdout


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) is not installed")
def test_desktop_entry_is_valid(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["desktop-entry"]) == 0
    desktop = tmp_path / "applications" / "crm-desktop.desktop"
    check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stdout + check.stderr
