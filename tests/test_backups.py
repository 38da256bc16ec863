"""Backups and restore (a first part of issue #7): checked copies, rotation, privacy."""

import os
import sqlite3
import stat

import pytest

from crm_desktop.cli import main as cli_main
from crm_desktop.errors import DatabaseFileError, UserError
from crm_desktop.services.contacts import ContactData, create_contact, trash_contacts
from crm_desktop.services.stats import counts
from crm_desktop.store import backups

posix = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


@posix
def test_new_database_and_its_backups_are_the_owners_alone(db, db_path):
    create_contact(ContactData(first_name="Ada"))
    assert mode(db_path) == 0o600
    for journal in ("-wal", "-shm"):  # they hold the newest changes, until a checkpoint
        assert mode(db_path.with_name(db_path.name + journal)) == 0o600
    saved = backups.backup(db, db_path)
    assert mode(saved) == 0o600


def test_backup_is_a_checked_copy_and_old_ones_rotate(db, db_path):
    create_contact(ContactData(first_name="Ada"))
    made = [backups.backup(db, db_path, keep=3) for _ in range(5)]
    kept = backups.backups(db_path)
    assert kept == sorted(made[-3:], reverse=True)
    conn = sqlite3.connect(kept[0])
    assert conn.execute("SELECT first_name FROM contact").fetchall() == [("Ada",)]
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    with pytest.raises(UserError, match="the database itself"):
        backups.backup(db, db_path, to=db_path)


def test_restore_brings_back_the_backup_and_saves_the_present_first(db, db_path):
    ada = create_contact(ContactData(first_name="Ada"))
    saved = backups.backup(db, db_path)
    trash_contacts([ada])
    create_contact(ContactData(first_name="Grace"))
    before_restore = backups.restore(db, db_path, saved)
    assert counts()["contacts"] == 1
    assert db.execute_sql("SELECT first_name FROM contact").fetchall() == [("Ada",)]
    conn = sqlite3.connect(before_restore)  # what was there is not lost
    assert sorted(r[0] for r in conn.execute("SELECT first_name FROM contact")) == [
        "Ada", "Grace"]
    conn.close()


def test_restore_refuses_damaged_and_foreign_files_untouched(db, db_path, tmp_path):
    create_contact(ContactData(first_name="Ada"))
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    foreign = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    for bad in (junk, foreign, tmp_path / "missing.sqlite3"):
        with pytest.raises((DatabaseFileError, UserError)):
            backups.restore(db, db_path, bad)
    assert counts()["contacts"] == 1
    assert backups.backups(db_path) == []  # refused before anything was done


def test_cli_backup_and_restore(tmp_path, capsys):
    db = str(tmp_path / "crm.sqlite3")
    assert cli_main(["demo", "--db", db, "--contacts", "30"]) == 0
    target = tmp_path / "copy.sqlite3"
    assert cli_main(["backup", "--db", db, "--to", str(target)]) == 0
    assert "(checked)" in capsys.readouterr().out
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM contact_fts")
    conn.execute("UPDATE contact SET deleted_at = '2026-01-01T00:00:00.000Z'")
    conn.commit()
    conn.close()
    assert cli_main(["restore", str(target), "--db", db]) == 0
    assert "What it held before is in" in capsys.readouterr().out
    assert cli_main(["stats", "--db", db, "--json"]) == 0
    assert '"contacts": 30' in capsys.readouterr().out


def test_daily_backup_only_when_the_newest_is_a_day_old(db, db_path):
    first = backups.backup_if_due(db, db_path)
    assert first is not None and backups.backup_if_due(db, db_path) is None
    day_old = first.stat().st_mtime - 25 * 3600
    os.utime(first, (day_old, day_old))
    assert backups.backup_if_due(db, db_path) is not None
    assert len(backups.backups(db_path)) == 2


def test_every_import_is_preceded_by_a_checked_backup(db, db_path, tmp_path):
    from crm_desktop.exchange import importer
    from tests.importfiles import write_csv

    create_contact(ContactData(first_name="Before", emails=[("work", "b@example.org")]))
    path = write_csv(tmp_path / "i.csv", [["First Name", "Email"], ["Ada", "ada@example.org"]])
    importer.import_file(path, dry_run=True)
    assert backups.backups(db_path) == []  # a dry run changes nothing, needs no backup
    importer.import_file(path)
    [saved] = backups.backups(db_path)
    conn = sqlite3.connect(saved)
    assert conn.execute("SELECT first_name FROM contact").fetchall() == [("Before",)]
    conn.close()


def test_a_feedback_import_is_preceded_by_a_checked_backup_too(db, db_path, tmp_path,
                                                               monkeypatch):
    from crm_desktop.exchange.feedback_import import import_feedback
    from tests.importfiles import write_xlsx

    create_contact(ContactData(first_name="Ann", emails=[("work", "ann@example.org")]))
    path = write_xlsx(tmp_path / "survey.xlsx", {"Responses": [
        ["Email Address", "How satisfied? (1-5)"], ["ann@example.org", 5]]})
    assert import_feedback(path, dry_run=True).batch is None
    assert backups.backups(db_path) == []  # a dry run changes nothing, needs no backup
    assert import_feedback(path).created == 1
    [saved] = backups.backups(db_path)
    conn = sqlite3.connect(saved)
    assert conn.execute("SELECT count(*) FROM feedback").fetchone() == (0,)
    conn.close()

    def damaged(path, stop=None, every=None):
        raise DatabaseFileError(f"{path}: damaged (a test).")

    monkeypatch.setattr(backups, "check", damaged)
    again = write_xlsx(tmp_path / "more.xlsx", {"Responses": [
        ["Email Address", "How satisfied? (1-5)"], ["ann@example.org", 2]]})
    with pytest.raises(DatabaseFileError):
        import_feedback(again)
    assert counts()["feedback"] == 1  # the second import rolled back with its backup


def test_the_import_works_while_its_backup_is_checked(db, db_path, tmp_path, monkeypatch):
    """The check of the copy (a minute at a million contacts) runs beside the import's own
    work: here it can only finish once the import has started writing."""
    import threading

    from crm_desktop.exchange import importer
    from tests.importfiles import write_csv

    writing = threading.Event()
    real_check, real_create = backups.check, importer._create

    def check_after_the_writing_starts(path, stop=None, every=100_000):
        if not writing.wait(10):
            raise AssertionError("the check held the import up")
        real_check(path, stop, every)

    def create(*args):
        writing.set()
        return real_create(*args)

    monkeypatch.setattr(backups, "check", check_after_the_writing_starts)
    monkeypatch.setattr(importer, "_create", create)
    path = write_csv(tmp_path / "i.csv", [["First Name", "Email"], ["Ada", "ada@example.org"]])
    result, _ = importer.import_file(path)
    assert result.created == 1
    [saved] = backups.backups(db_path)
    assert sqlite3.connect(saved).execute("SELECT count(*) FROM contact").fetchone() == (0,)
    assert list(saved.parent.glob(".*.part*")) == []


def test_an_import_whose_backup_fails_its_check_is_rolled_back(db, db_path, tmp_path,
                                                                monkeypatch):
    from crm_desktop.exchange import importer
    from tests.importfiles import write_csv

    create_contact(ContactData(first_name="Before"))

    def damaged(path, stop=None, every=None):
        raise DatabaseFileError(f"{path}: damaged (a test).")

    monkeypatch.setattr(backups, "check", damaged)
    path = write_csv(tmp_path / "i.csv", [["First Name", "Email"], ["Ada", "ada@example.org"]])
    with pytest.raises(DatabaseFileError, match="damaged"):
        importer.import_file(path)
    assert counts()["contacts"] == 1 and counts()["imports"] == 0  # nothing of the import
    assert backups.backups(db_path) == []
    assert list(db_path.parent.glob("backups/.*")) == []  # no partial copy left


def test_a_cancel_while_the_backup_is_checked_stops_both(db, db_path, tmp_path, monkeypatch):
    import threading

    from crm_desktop.exchange import importer
    from tests.importfiles import write_csv

    stopped = threading.Event()

    def slow_check(path, stop=None, every=None):
        while not stop():
            threading.Event().wait(0.01)
        stopped.set()
        raise backups.Interrupted("the check was stopped")

    monkeypatch.setattr(backups, "check", slow_check)
    path = write_csv(tmp_path / "i.csv", [["First Name", "Email"], ["Ada", "ada@example.org"]])
    phases = []
    plan = importer.make_plan(importer.inspect(path))
    with pytest.raises(importer.ImportCancelled):
        importer.execute(plan, lambda phase, *_: phases.append(phase),
                         cancelled=lambda: "Checking the backup made first" in phases)
    assert stopped.wait(5)
    assert counts()["contacts"] == 0 and counts()["imports"] == 0
    assert backups.backups(db_path) == []


def test_the_app_makes_its_daily_backup_in_the_background(qtbot, db, db_path, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: len(backups.backups(db_path)) == 1)
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage())


def test_a_partial_copy_left_by_an_ended_process_is_removed(db, db_path):
    """A process that ends while its backup is being checked leaves a hidden partial copy;
    the next backup removes it once it is a day old (a younger one may be in progress)."""
    folder = backups.backup_dir(db_path)
    folder.mkdir()
    old, fresh = folder / ".crm-old.sqlite3.part", folder / ".crm-now.sqlite3.part"
    for part in (old, fresh):
        part.write_bytes(b"partial")
    day_old = old.stat().st_mtime - backups.STALE_PART_S - 60
    os.utime(old, (day_old, day_old))
    backups.backup(db, db_path)
    assert not old.exists() and fresh.exists()
    assert len(backups.backups(db_path)) == 1
