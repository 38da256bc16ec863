import json
import sqlite3
import subprocess
import sys

import pytest

from crm_desktop import cli
from crm_desktop.cli import main
from crm_desktop.store import close_database
from crm_desktop.store.migrations import LATEST_VERSION


def run(*args):
    """The CLI as a user runs it: a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "crm_desktop", *args], capture_output=True, text=True, timeout=60
    )


def test_demo_then_stats_json(tmp_path, capsys):
    db = str(tmp_path / "crm.sqlite3")
    assert main(["demo", "--db", db, "--contacts", "250"]) == 0
    assert "Added 250 contacts and 10 accounts" in capsys.readouterr().out
    assert main(["stats", "--db", db, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    conn = sqlite3.connect(db)
    logged, planned, answered, deals = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                        for t in ("interaction", "followup", "feedback", "deal"))
    assert stats == {"contacts": 250, "accounts": 10, "imports": 0,
                     "interactions": logged, "followups": planned, "feedback": answered,
                     "assessments": 0, "goals": 0, "deals": deals}
    assert deals > 5
    assert logged > 100 and planned > 0 and answered > 10
    months = {m for (m,) in conn.execute("SELECT DISTINCT substr(given_at, 1, 7) FROM feedback")}
    assert len(months) > 12  # spread over two years
    kinds = {k for (k,) in conn.execute("SELECT DISTINCT kind FROM interaction")}
    assert kinds == {"call", "meeting", "email", "note", "purchase", "support"}
    conn.close()


def test_demo_contacts_signals_match_their_interactions(db):
    from crm_desktop.services import demo
    from crm_desktop.services.interactions import refresh_signals

    demo.generate(300)
    before = db.execute_sql("SELECT id, last_contacted_at, next_followup FROM contact"
                            " ORDER BY id").fetchall()
    assert any(last for _, last, _ in before) and any(nxt for _, _, nxt in before)
    db.execute_sql("UPDATE contact SET last_contacted_at = '', next_followup = ''")
    refresh_signals([cid for cid, _, _ in before])
    assert db.execute_sql("SELECT id, last_contacted_at, next_followup FROM contact"
                          " ORDER BY id").fetchall() == before


def test_stats_text_mentions_trash(tmp_path, capsys):
    db = tmp_path / "crm.sqlite3"
    main(["demo", "--db", str(db), "--contacts", "30"])
    conn = sqlite3.connect(db)
    conn.execute("UPDATE contact SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id <= 4")
    conn.commit()
    conn.close()
    capsys.readouterr()
    main(["stats", "--db", str(db)])
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["contacts: 26 (4 in trash)", "accounts: 1"]
    assert "imports: 0" in lines


def test_database_from_the_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CRM_DESKTOP_DB", str(tmp_path / "env.sqlite3"))
    main(["demo", "--contacts", "5"])
    assert (tmp_path / "env.sqlite3").exists()
    capsys.readouterr()
    main(["stats", "--json"])
    assert json.loads(capsys.readouterr().out)["contacts"] == 5


@pytest.mark.parametrize("verb", [[], ["gui"], ["stats"], ["demo"], ["import"], ["calendar"],
                                  ["export"], ["backup"], ["restore"]])
def test_every_verb_has_help(verb):
    result = run(*verb, "--help")
    assert result.returncode == 0
    assert "--db" in result.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"First Name,Last Name\nAda,Lovelace\n", "not a CRM Desktop database"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "not a CRM Desktop database"),
    ],
)
def test_bad_file_is_one_line_and_untouched(tmp_path, content, message):
    bad = tmp_path / "contacts.csv"
    bad.write_bytes(content)
    result = run("stats", "--db", str(bad))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert message in result.stderr and str(bad) in result.stderr
    assert bad.read_bytes() == content


def test_newer_database_is_one_line(tmp_path):
    db = tmp_path / "crm.sqlite3"
    main(["stats", "--db", str(db)])
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    result = run("stats", "--db", str(db))
    assert result.returncode == 1 and "newer version of CRM Desktop" in result.stderr
    assert "Traceback" not in result.stderr


def test_locked_database_is_one_line(tmp_path):
    db = tmp_path / "crm.sqlite3"
    main(["stats", "--db", str(db)])
    close_database()  # our writer lock given back: the raw connection below is the other writer
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = subprocess.run(
            [sys.executable, "-c",
             "import crm_desktop.store.db as d, functools, sys;"
             "d.open_database = functools.partial(d.open_database, busy_timeout_ms=200);"
             "import crm_desktop.store as s; s.open_database = d.open_database;"
             "from crm_desktop.cli import main; sys.exit(main(sys.argv[1:]))",
             "demo", "--db", str(db)],
            capture_output=True, text=True, timeout=60,
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1
    assert "locked by another program" in result.stderr and "Traceback" not in result.stderr


def test_bad_arguments_exit_non_zero():
    result = run("demo", "--contacts", "0")
    assert result.returncode == 1 and "at least 1" in result.stderr
    assert run("no-such-verb").returncode == 2


@pytest.mark.parametrize("argv", [
    [], ["--db", "crm.sqlite3"], ["--db=crm.sqlite3"], ["--db", "my crm.sqlite3"],
    ["--db", "crm.sqlite3", "gui"], ["gui"], ["gui", "--db", "x"], ["--db"], ["--db="],
    ["--db", "-x"], ["--db", "a", "--db", "b"], ["stats"], ["--db", "a", "stats", "--json"],
])
def test_a_plain_start_is_read_as_the_full_parser_reads_it(argv):
    """``crm-desktop [--db PATH]`` skips building every verb's parser (11 ms of a
    start), and means what it always meant; anything else goes to the full parser."""
    quick = cli._plain_start(argv)
    try:
        full = cli.build_parser().parse_args(argv)
    except SystemExit:
        full = None
    if quick is not None:
        assert full is not None
        assert (quick.db, quick.verb, quick.func) == (full.db, full.verb, full.func)
    else:
        assert argv not in ([], ["--db", "crm.sqlite3"], ["--db=crm.sqlite3"])


def test_a_plain_start_opens_the_window_on_that_file(monkeypatch):
    opened = []
    monkeypatch.setattr(cli, "cmd_gui", lambda args: opened.append(args.db) or 0)
    monkeypatch.setattr(cli, "build_parser", lambda: pytest.fail("built the full parser"))
    assert cli.main(["--db", "shop.sqlite3"]) == 0
    assert opened == ["shop.sqlite3"]
