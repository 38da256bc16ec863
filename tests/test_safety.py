"""Issue #7 without a window: one writer, damaged files, read-only files and full disks,
kill -9 during an edit. Real processes where the point is another process."""

import contextlib
import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.errors import DamagedDatabaseError, DatabaseFileError, UserError
from crm_desktop.services import stats
from crm_desktop.services.contacts import ContactData
from crm_desktop.services.editing import Editor
from crm_desktop.store import backups, close_database, open_database, settings
from crm_desktop.store.db import Interrupted, damage, explain
from crm_desktop.store.lock import WriterLock
from tests.processes import kill_when_marked

PAGE = 4096


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def demo(path: Path, n: int = 200) -> None:
    assert main(["demo", "--db", str(path), "--contacts", str(n)]) == 0
    close_database()


def damage_file(path: Path, *, schema: bool = False) -> None:
    """Random bytes over a page in the middle (found by ``quick_check`` only), or over the
    schema on page 1 (found at open)."""
    with path.open("r+b") as fh:
        if schema:
            fh.seek(100)
            fh.write(os.urandom(PAGE - 100))
        else:
            fh.seek(path.stat().st_size // PAGE // 2 * PAGE)
            fh.write(os.urandom(PAGE))


@contextlib.contextmanager
def holder(path: Path, what: str = "'crm-desktop import'"):
    """Another process holding the database's writer lock, as a CLI import would."""
    script = (f"import sys, time; from crm_desktop.store.lock import WriterLock;"
              f" lock = WriterLock({str(path)!r}, {what!r}); assert lock.acquire();"
              " print('held', flush=True); time.sleep(120)")
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        yield child
    finally:
        child.kill()
        child.wait(timeout=30)


# --- one writer -------------------------------------------------------------------------
def test_writer_lock_has_one_holder_and_says_who(tmp_path):
    path = tmp_path / "crm.sqlite3"
    first, second = WriterLock(path, "one"), WriterLock(path, "two")
    assert first.acquire() and not second.acquire()
    assert second.holder() == {"pid": os.getpid(), "what": "one"}
    first.release()
    assert second.acquire()
    second.release()


def test_the_lock_dies_with_its_process(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with holder(path) as child:
        assert not WriterLock(path, "me").acquire()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        lock = WriterLock(path, "me")
        assert lock.acquire()  # nothing stale left behind by a kill -9
        lock.release()


def test_a_second_writer_is_refused_and_readers_share(tmp_path, capsys):
    path = tmp_path / "crm.sqlite3"
    demo(path, 50)
    before = digest(path)
    people = tmp_path / "people.csv"
    people.write_text("Name,Email\nAda Lovelace,ada@example.org\n", encoding="utf-8")
    with holder(path) as child:
        assert main(["import", str(people), "--db", str(path)]) == 1
        err = capsys.readouterr().err
        assert f"in use by 'crm-desktop import' (process {child.pid})" in err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert main(["stats", "--db", str(path), "--json"]) == 0  # reading is fine
        assert '"contacts": 50' in capsys.readouterr().out
        db = open_database(path, read_only_ok=True)
        assert db.in_use_by["pid"] == child.pid and "in use by" in db.read_only
        with pytest.raises(Exception, match="readonly") as caught:
            Editor().create_contact(ContactData(first_name="Not", last_name="Saved"))
        assert "read-only" in str(explain(caught.value))
        close_database()
    assert digest(path) == before  # nothing of the refused import, not even a journal
    assert main(["import", str(people), "--db", str(path)]) == 0  # free again
    assert stats.counts()["contacts"] == 51


# --- damaged files ----------------------------------------------------------------------
def test_damage_is_found_and_the_newest_good_backup_offered(tmp_path, capsys):
    path = tmp_path / "crm.sqlite3"
    demo(path, 200)
    assert main(["backup", "--db", str(path)]) == 0
    good = backups.backups(path)[0]
    close_database()
    demo(path, 5)  # saved after the backup: what the backup does not have
    damage_file(path)
    damaged = digest(path)
    assert main(["import", str(path), "--db", str(path)]) == 1  # a writer checks first
    err = capsys.readouterr().err
    assert "is damaged" in err and f"newest good backup is {good}" in err
    assert f"restore {good}" in err and digest(path) == damaged
    with pytest.raises(DamagedDatabaseError):
        open_database(path, check=True)
    assert digest(path) == damaged
    assert main(["restore", str(good), "--db", str(path)]) == 0
    out = capsys.readouterr().out
    [aside] = tmp_path.glob("crm.sqlite3.damaged-*Z")  # its -wal and -shm went with it
    assert digest(aside) == damaged and str(aside) in out  # kept, never written over
    assert stats.counts()["contacts"] == 200
    assert damage(open_database(path)) is None


def test_damage_found_at_open_and_no_backup_to_offer(tmp_path, capsys):
    path = tmp_path / "crm.sqlite3"
    demo(path, 20)
    damage_file(path, schema=True)
    damaged = digest(path)
    assert main(["stats", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "No good backup" in err and err.count("\n") == 1
    assert digest(path) == damaged


def test_the_daily_backup_and_how_many_are_kept_are_settings(db, db_path):
    assert settings.get("backup_keep") == 10 and settings.get("backup_daily") == 1
    settings.put("backup_daily", 0)
    assert backups.backup_if_due(db, db_path) is None and backups.backups(db_path) == []
    settings.put("backup_keep", 2)
    made = [backups.backup(db, db_path) for _ in range(3)]
    assert backups.backups(db_path) == made[:0:-1]
    with pytest.raises(UserError, match="between 1 and 1000"):
        settings.put("backup_keep", 0)
    assert main(["backup", "--db", str(db_path), "--keep", "1"]) == 0
    assert settings.get("backup_keep") == 1 and len(backups.backups(db_path)) == 1


def test_a_stopped_backup_or_check_leaves_no_file(db, db_path):
    demo(db_path, 3000)  # several steps of pages
    db = open_database(db_path)
    seen = []
    with pytest.raises(Interrupted):  # stopped at the first step of copying (a Cancel)
        backups.backup(db, db_path, progress=lambda *step: seen.append(step),
                       stop=lambda: True)
    assert seen == []
    asked = []
    with pytest.raises(Interrupted):  # stopped while checking the copy (the window closed)
        backups.backup(db, db_path, stop=lambda: asked.append(1) or len(asked) > 3)
    assert list(backups.backup_dir(db_path).iterdir()) == []
    with pytest.raises(Interrupted):
        damage(db, stop=lambda: True)
    assert damage(db, stop=lambda: False) is None


# --- read-only and full disks (a small tmpfs: needs root) --------------------------------
@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
            capture_output=True).returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield mount
    finally:
        close_database()
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_says_so_and_loses_nothing_saved(small_disk, capsys):
    path = small_disk / "crm.sqlite3"
    open_database(path)
    editor = Editor()
    saved, failure = 0, None
    for i in range(5000):  # fill the 2 MB disk one contact at a time
        try:
            editor.create_contact(ContactData(first_name=f"P{i}", last_name="x" * 400,
                                              notes="n" * 1500))
        except Exception as exc:
            failure = exc
            break
        saved += 1
    assert failure is not None and saved > 10
    clear = explain(failure, path)
    assert "the disk is full" in str(clear) and "safe" in str(clear)
    close_database()
    db = open_database(path, read_only_ok=True)
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert stats.counts()["contacts"] == saved  # every contact saved before is there
    close_database()
    people = Path(small_disk).parent / "people.csv"
    people.write_text("Name,Notes\n" + "".join(f"A{i} B,{'z' * 900}\n" for i in range(2000)),
                      encoding="utf-8")
    assert main(["import", str(people), "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "disk is full" in err or "cannot write the backup" in err
    assert "Traceback" not in err and err.count("\n") == 1
    assert stats.counts()["contacts"] == saved


def test_a_read_only_disk_opens_read_only_and_says_so(small_disk, capsys):
    path = small_disk / "crm.sqlite3"
    demo(path, 30)
    before = digest(path)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(DatabaseFileError, match="read-only"):
        open_database(path)
    db = open_database(path, read_only_ok=True)
    assert "read-only" in db.read_only and stats.counts()["contacts"] == 30
    close_database()
    assert main(["demo", "--db", str(path)]) == 1
    assert "read-only" in capsys.readouterr().err
    assert digest(path) == before


# --- crash safety -----------------------------------------------------------------------
def test_kill_9_during_an_edit_leaves_all_before_or_all_after(tmp_path):
    """Deleting 3,000 contacts at once, in a real process killed after every row has been
    changed but before the end: afterwards, every one of them is as it was."""
    path = tmp_path / "crm.sqlite3"
    demo(path, 3000)
    marker = tmp_path / "writing"
    script = textwrap.dedent(f"""
        import time
        from crm_desktop.services import contacts
        from crm_desktop.services.editing import Editor
        from crm_desktop.store import open_database
        db = open_database({str(path)!r})
        ids = [r[0] for r in db.execute_sql("SELECT id FROM contact")]
        def stop(*args):  # called once every row is changed, before the commit
            open({str(marker)!r}, "w").close()
            time.sleep(120)
        contacts.reindex_contacts = stop
        Editor().trash_contacts(ids)
    """)
    kill_when_marked(script, marker, "edit")
    db = open_database(path)
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert stats.counts()["contacts"] == 3000
    assert db.execute_sql("SELECT count(*) FROM contact WHERE deleted_at IS NOT NULL"
                          ).fetchone()[0] == 0
    assert Editor().trash_contacts([1, 2]) == 2  # and the file takes the next edit
