import sqlite3

import pytest

from crm_desktop.errors import DatabaseFileError
from crm_desktop.store import close_database, open_database
from crm_desktop.store.db import APPLICATION_ID
from crm_desktop.store.migrations import LATEST_VERSION, MIGRATIONS
from crm_desktop.store.models import ALL_MODELS


def schema(path):
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"
            " WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()
    return rows, version, app_id


def test_new_database_is_at_latest_version_with_pragmas(db, db_path):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000
    _, version, app_id = schema(db_path)
    assert version == LATEST_VERSION
    assert app_id == APPLICATION_ID


@pytest.mark.parametrize("start", range(LATEST_VERSION))
def test_migrates_from_every_earlier_version(tmp_path, start):
    fresh = tmp_path / "fresh.sqlite3"
    open_database(fresh)
    close_database()

    old = tmp_path / "old.sqlite3"
    open_database(old, upto=start)
    close_database()
    assert schema(old)[1] == start
    open_database(old)
    close_database()
    assert schema(old) == schema(fresh)


def test_backs_up_and_migrates_in_one_transaction_per_step(db_path, monkeypatch):
    from crm_desktop.store import db as store_db

    open_database(db_path).execute_sql(
        "INSERT INTO account (uid, created_at, updated_at, name) VALUES ('u', 't', 't', 'Acme')"
    )
    close_database()
    bad = (*MIGRATIONS, ("CREATE TABLE later (x)", "this is not SQL"))
    monkeypatch.setattr(store_db, "MIGRATIONS", bad)
    with pytest.raises(DatabaseFileError):
        open_database(db_path, upto=LATEST_VERSION + 1)
    rows, version, _ = schema(db_path)
    assert version == LATEST_VERSION  # the failed step left nothing behind
    assert "later" not in {r[1] for r in rows}
    backups = list(db_path.parent.glob(f"{db_path.name}.v{LATEST_VERSION}-*.bak"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT name FROM account").fetchall() == [("Acme",)]
    conn.close()


def test_models_match_migrated_schema(db):
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {row[1] for row in db.execute_sql(f"PRAGMA table_info({table})")}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, table


def test_newer_database_is_refused_untouched(db_path):
    open_database(db_path)
    close_database()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseFileError, match="newer version of CRM Desktop"):
        open_database(db_path)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [
        b"Name,Email\nAda,ada@example.com\n",
        b"\x00\x01binary junk" * 100,
        b"SQLite format 3\x00" + b"junk" * 100,
    ],
)
def test_not_a_database_is_refused_untouched(db_path, content):
    db_path.write_bytes(content)
    with pytest.raises(DatabaseFileError, match=str(db_path.name)):
        open_database(db_path)
    assert db_path.read_bytes() == content


def test_other_programs_sqlite_is_refused_untouched(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseFileError, match="another program"):
        open_database(db_path)
    assert db_path.read_bytes() == before
    assert schema(db_path)[1:] == (0, 0)


def test_database_locked_by_another_writer_is_refused(db_path):
    open_database(db_path)
    close_database()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseFileError, match="locked by another program"):
            open_database(db_path, busy_timeout_ms=100)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_folder_instead_of_file_is_refused(tmp_path):
    with pytest.raises(DatabaseFileError, match="is a folder"):
        open_database(tmp_path)


def test_every_migration_is_sql_statements():
    assert all(isinstance(s, str) and s.strip() for m in MIGRATIONS for s in m)


def test_uids_made_in_bulk_are_version_7_and_unique():
    import uuid

    from crm_desktop.store.models import new_uid, new_uids

    made = new_uids(5000)
    assert len(set(made)) == 5000 and all(len(u) == 32 for u in made)
    for text in (*made[:50], new_uid()):
        parsed = uuid.UUID(hex=text)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    # the time part: the same clock as new_uid's, so later records sort after
    assert made[0][:12] <= new_uid()[:12]
    assert new_uids(0) == []


def test_opening_an_older_file_says_how_its_backup_and_migration_go(tmp_path):
    """What the window shows while an older file is copied, checked and migrated."""
    from crm_desktop.services import demo

    path = tmp_path / "old.sqlite3"
    open_database(path, upto=LATEST_VERSION - 1)
    demo.generate(50, seed=4)
    close_database()
    told = []
    open_database(path, progress=lambda stage, done, total: told.append((stage, done, total)))
    close_database()
    stages = [stage for stage, _, _ in told]
    assert stages[0] == "backup" and "check" in stages and stages[-1] == "migrate"
    assert stages.index("check") < stages.index("migrate")  # in that order
    copied = [(done, total) for stage, done, total in told if stage == "backup"]
    assert copied[-1][0] == copied[-1][1] > 0  # every page
    assert {(done, total) for stage, done, total in told if stage == "migrate"} == {(0, 1)}
    assert schema(path)[1] == LATEST_VERSION


def test_opening_a_current_file_reports_nothing(db_path):
    open_database(db_path)
    close_database()
    told = []
    open_database(db_path, progress=lambda *a: told.append(a))
    close_database()
    assert told == []
