"""Bulk loading helpers and the demo's bulk path leave the schema as they found it."""

import pytest

from crm_desktop.services import demo, stats
from crm_desktop.store import bulk


def schema(db):
    return db.execute_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        " AND name NOT LIKE 'sqlite_stat%' ORDER BY name"  # statistics are not schema
    ).fetchall()


def fts_settings(db):
    return db.execute_sql("SELECT k, v FROM contact_fts_config ORDER BY k").fetchall()


def test_demo_bulk_path_restores_schema_counts_and_settings(db, monkeypatch):
    monkeypatch.setattr(demo, "BULK_FROM", 0)
    before = schema(db)
    demo.generate(300, batch=70)  # several batches
    assert schema(db) == before  # indexes and triggers are back, exactly as they were
    assert dict(fts_settings(db)).get("hashsize") in (None, bulk.FTS_DEFAULT_HASH)
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert stats.counts()["contacts"] == 300 == db.execute_sql(
        "SELECT count(*) FROM contact"
    ).fetchone()[0]
    # the count triggers work again after the bulk insert
    db.execute_sql("UPDATE contact SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = 1")
    assert (stats.counts()["contacts"], stats.trash_counts()["contacts"]) == (299, 1)


def test_demo_twice_is_deterministic_in_content(db_path, tmp_path):
    from crm_desktop.store import close_database, open_database

    def bodies(path):
        database = open_database(path)
        demo.generate(120, batch=50, seed=7)
        rows = database.execute_sql(
            "SELECT first_name, last_name, city, status FROM contact ORDER BY id"
        ).fetchall()
        close_database()
        return rows

    assert bodies(tmp_path / "a.sqlite3") == bodies(tmp_path / "b.sqlite3")


def test_suspended_triggers_come_back_after_a_rollback(db):
    with pytest.raises(RuntimeError), db.atomic(), bulk.triggers_suspended(
        db, ["contact_count_insert"]
    ):
        assert "contact_count_insert" not in {n for _, n, _ in schema(db)}
        raise RuntimeError
    assert "contact_count_insert" in {n for _, n, _ in schema(db)}


def test_unknown_trigger_is_refused(db):
    with pytest.raises(LookupError, match="no_such"), db.atomic(), bulk.triggers_suspended(
        db, ["contact_count_insert", "no_such"]
    ):
        pass
    assert "contact_count_insert" in {n for _, n, _ in schema(db)}


def test_big_cache_is_given_back(db):
    before = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    with pytest.raises(RuntimeError), bulk.big_cache(db, 300):
        assert db.execute_sql("PRAGMA cache_size").fetchone()[0] == -300_000
        raise RuntimeError
    assert db.execute_sql("PRAGMA cache_size").fetchone()[0] == before
