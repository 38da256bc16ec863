import os

# Before any Qt import: no display needed, and no platform theme surprises.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("QT_STYLE_OVERRIDE", None)

import pytest  # noqa: E402

from crm_desktop.store import close_database, open_database  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Settings, logs and the default database go to a temporary folder, never $HOME."""
    monkeypatch.setenv("CRM_DESKTOP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CRM_DESKTOP_DB", str(tmp_path / "default.sqlite3"))
    yield


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "crm.sqlite3"


@pytest.fixture
def db(db_path):
    """A fresh, migrated database bound for the test."""
    database = open_database(db_path)
    yield database
    close_database()


@pytest.fixture(autouse=True)
def msgboxes(monkeypatch):
    """Message boxes are recorded, never shown: a test must not hang on a modal."""
    shown: list[tuple[str, str, str]] = []
    try:
        from crm_desktop.gui import msgbox
    except ImportError:  # Qt missing: only GUI tests need this
        yield shown
        return
    for kind in ("error", "warning", "about"):
        monkeypatch.setattr(
            msgbox, kind, lambda parent, title, text, kind=kind: shown.append((kind, title, text))
        )
    # File dialogs answer "cancelled" and questions "yes" unless a test says otherwise.
    monkeypatch.setattr(msgbox, "open_file", lambda *a: shown.append(("open_file", *a[1:2], ""))
                        or None)
    monkeypatch.setattr(msgbox, "save_file", lambda *a: shown.append(("save_file", *a[1:2], ""))
                        or None)
    monkeypatch.setattr(msgbox, "confirm", lambda parent, title, text: shown.append(
        ("confirm", title, text)) or True)
    monkeypatch.setattr(msgbox, "choose", lambda parent, title, text, do, dont: shown.append(
        ("choose", title, text)) or True)
    yield shown


@pytest.fixture
def make_window(qtbot, db, db_path):
    made = []

    from crm_desktop.gui.main_window import MainWindow
    from crm_desktop.gui.tasks import TaskManager

    def make():
        tasks = TaskManager()
        window = MainWindow(db_path, tasks)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.contacts_loaded)
        made.append(tasks)
        return window

    yield make
    for tasks in made:
        tasks.shutdown()


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """700 demo contacts, shared by a module's tests (which leave it as they found it)."""
    from crm_desktop.services import demo

    database = open_database(tmp_path_factory.mktemp("sample") / "crm.sqlite3")
    demo.generate(700, seed=7, batch=250)
    yield database
    close_database()
