#!/usr/bin/env python3
"""Foundation benchmarks at 1,000,000 contacts. Prints figures and ratios; not run in CI.

    python bench/bench_foundation.py [--db bench/data/1m.sqlite3] [--contacts 1000000]

Creates the database with `crm-desktop demo` if it does not exist. Each figure is
measured beside its limit in the same run, on the same machine:
  launch            process start -> contact list painted   vs  bare QApplication + empty window
  keystroke         last key typed -> list repainted (p50/p95, 200 random terms)
                        vs  the raw FTS query (count + page), and that plus Qt repainting
                        the list it already holds
  jump              scroll to the end of the sorted list -> painted; random rows (p95)
  peak RSS          of the GUI process after all of the above
Targets (issue #2): launch <= 0.6 s, keystroke p95 <= 50 ms, any row <= 50 ms, RSS <= 250 MB.
"""

import argparse
import atexit
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 760)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("painted", flush=True); QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


#: Settings as on a first start: a saved sort or window size from an earlier run (the
#: jumps below sort by city) must not change what this run measures.
CONFIG_DIR = os.environ.get("CRM_BENCH_CONFIG") or tempfile.mkdtemp(prefix="crm-bench-")
if "CRM_BENCH_CONFIG" not in os.environ:  # the first process made it; it removes it
    atexit.register(shutil.rmtree, CONFIG_DIR, True)


def env() -> dict:
    e = dict(os.environ)
    if not e.get("DISPLAY"):
        e["QT_QPA_PLATFORM"] = "offscreen"
    e["CRM_DESKTOP_CONFIG_DIR"] = e["CRM_BENCH_CONFIG"] = CONFIG_DIR
    # An installed app has its bytecode compiled (pip does it); a shell that forbids
    # writing .pyc files would time the compiling of every module at every start.
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    return e


def time_process(cmd: list[str], extra_env: dict | None = None) -> float:
    """Seconds from spawn until the process prints its first line."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, text=True, env={**env(), **(extra_env or {})}
    )
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.wait(timeout=30)
    if not line:
        raise SystemExit(f"{cmd} printed nothing")
    return elapsed


def warm_file_cache(path: Path) -> float:
    """Read the whole database once, so that every run measures it in the OS's file cache
    (as for someone at work in the app). This machine pages out file pages left unread
    for a few minutes (DAMON): a run after such a pause read the file from disk, with
    keystroke p95 up to 0.5 s and fences 9 s late, and the raw FTS query, which the app
    has no part in, 3-4x slower. Returns the seconds the read took."""
    started = time.perf_counter()
    for name in (path, path.with_name(path.name + "-wal")):
        if name.exists():
            with open(name, "rb", buffering=0) as f:
                while f.read(16 << 20):
                    pass
    return time.perf_counter() - started


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def search_terms(db: Path, n: int, rng: random.Random) -> list[str]:
    conn = sqlite3.connect(db)
    top = conn.execute("SELECT max(id) FROM contact").fetchone()[0]
    terms = []
    while len(terms) < n:
        row = conn.execute(
            "SELECT c.first_name, c.last_name, c.primary_email, coalesce(a.name, '')"
            " FROM contact c LEFT JOIN account a ON a.id = c.account_id WHERE c.id = ?",
            (rng.randrange(1, top + 1),),
        ).fetchone()
        source = [s for s in row if len(s) >= 3]
        if source:
            text = rng.choice(source)
            size = rng.randint(3, min(8, len(text)))
            start = rng.randrange(0, len(text) - size + 1)
            term = text[start : start + size].strip()
            if len(term) >= 3:
                terms.append(term)
    conn.close()
    return terms


def raw_fts_ms(db: Path, terms: list[str]) -> list[float]:
    """The limit: the FTS query alone (count and first page), straight through sqlite3."""
    from crm_desktop.store.search import parse_search

    conn = sqlite3.connect(db)
    fts = "FROM contact_fts WHERE contact_fts"
    out = []
    for term in terms:
        match = parse_search(term).match
        t = time.perf_counter()
        conn.execute(f"SELECT count(*) {fts} MATCH ?", (match,)).fetchone()
        conn.execute(f"SELECT rowid {fts} MATCH ? LIMIT 200", (match,)).fetchall()
        out.append((time.perf_counter() - t) * 1000)
    conn.close()
    return out


def gui_figures(db: Path, terms: list[str], rng: random.Random) -> dict:
    os.environ.update(env())
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from crm_desktop.gui import app as gui_app
    from crm_desktop.gui.main_window import MainWindow
    from crm_desktop.gui.resources import apply_style
    from crm_desktop.gui.tasks import TaskManager
    from crm_desktop.store import open_database

    app = QApplication([sys.argv[0]])
    apply_style(app)
    open_database(db)
    tasks = TaskManager()
    window = MainWindow(db, tasks)
    window.show()
    gui_app.park_start_up()  # as the app does
    viewport = window.ui.contactTable.viewport()

    class Paints(QObject):
        count = 0

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                Paints.count += 1
            return False

    paints = Paints()
    viewport.installEventFilter(paints)

    heartbeat = QTimer(interval=5)  # wakes the wait below even if no event comes
    heartbeat.start()

    def wait(pred, timeout=30.0):
        # Sleep in the event loop as the app does: a loop spinning processEvents() would
        # hold the GIL and starve the reader thread, measuring the benchmark, not the app.
        end = time.perf_counter() + timeout
        while not pred():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if time.perf_counter() > end:
                raise TimeoutError
        return time.perf_counter()

    def settle():
        # Idle, as between two keys a person types: the list and its count are in, and
        # what they asked of Qt is done (a count that grows the list repaints it).
        wait(lambda: window.contacts_loaded and not tasks.busy)
        for _ in range(3):
            app.processEvents()

    settle()
    total = window.contact_model.rowCount()
    # Search sorts by in-memory ranks built in the background after start; measure the
    # steady state, and say when it began.
    from crm_desktop.services import listing

    started = time.perf_counter()
    wait(lambda: listing.contact_ranks_ready(window.contact_model.query.sort_column), 120)
    ranks_s = time.perf_counter() - started

    at_reset = [0]
    window.contact_model.modelReset.connect(lambda: at_reset.__setitem__(0, Paints.count))

    def keystroke(term: str) -> float:
        if window.ui.searchEdit.text() != term[:-1]:
            # The search starts from a zero-delay timer: wait for its result, or the
            # key below would queue behind it and be timed with it.
            window.contacts_loaded = False
            window.ui.searchEdit.setText(term[:-1])
        settle()
        window.contacts_loaded = False
        t = time.perf_counter()
        # A key event carrying the text, as a keyboard sends it (QTest.keyClicks asserts
        # on non-ASCII characters such as "é").
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                        Qt.KeyboardModifier.NoModifier, term[-1])
        QApplication.sendEvent(window.ui.searchEdit, key)
        wait(lambda: window.contacts_loaded)
        done = wait(lambda: Paints.count > at_reset[0])  # the first paint after the new rows
        return (done - t) * 1000

    keys = [keystroke(term) for term in terms]
    # The other part of the limit: Qt repainting the list with rows it already holds.
    repaints = []
    for _ in range(30):
        t = time.perf_counter()
        viewport.repaint()
        repaints.append((time.perf_counter() - t) * 1000)
    window.ui.searchEdit.clear()
    settle()

    def jump(action) -> float:
        before = Paints.count
        t = time.perf_counter()
        action()
        return (wait(lambda: Paints.count > before) - t) * 1000

    table = window.ui.contactTable
    to_end = jump(table.scrollToBottom)
    jump(table.scrollToTop)
    table.horizontalHeader().setSortIndicator(6, Qt.SortOrder.DescendingOrder)  # city, desc
    settle()
    to_end_city = jump(table.scrollToBottom)
    # Deep pages use fences built in the background after a sort; time that, then jump.
    started = time.perf_counter()
    wait(lambda: window.contact_model.query.fences is not None, timeout=120)
    fences_s = time.perf_counter() - started
    rows = []
    for _ in range(50):
        row = rng.randrange(total)
        rows.append(jump(lambda row=row: table.scrollTo(window.contact_model.index(row, 0))))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    tasks.shutdown()
    return {
        "contacts": total,
        "keystroke_ms": keys,
        "repaint_ms": repaints,
        "jump_end_ms": to_end,
        "jump_end_city_desc_ms": to_end_city,
        "random_row_ms": rows,
        "fences_ready_s": fences_s,
        "ranks_ready_s": ranks_s,
        "peak_rss_mb": rss_mb,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "data" / "1m.sqlite3")
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--terms", type=int, default=200)
    parser.add_argument("--gui-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    rng = random.Random(2)
    if args.gui_only:  # child process: its own RSS, not the parent's
        terms = json.loads(sys.stdin.read())
        print(json.dumps(gui_figures(args.db, terms, rng)))
        return 0

    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "crm_desktop", "demo", "--db", str(args.db),
                        "--contacts", str(args.contacts)], check=True)
        print(f"demo data: {args.contacts:,} contacts in {time.perf_counter() - t:.1f} s")

    app_cmd = [sys.executable, "-m", "crm_desktop", "--db", str(args.db)]
    probe = {"CRM_DESKTOP_STARTUP_PROBE": "1"}
    warmed = warm_file_cache(args.db)
    time_process(app_cmd, probe)  # and the app's own files
    launches, bares = [], []
    for _ in range(9):  # alternated, so that a busy moment of the machine hits both
        launches.append(time_process(app_cmd, probe))
        bares.append(time_process([sys.executable, "-c", BARE_WINDOW]))
    launch, bare = statistics.median(launches), statistics.median(bares)

    terms = search_terms(args.db, args.terms, rng)
    raw = raw_fts_ms(args.db, terms)
    child = subprocess.run(
        [sys.executable, __file__, "--db", str(args.db), "--gui-only"],
        input=json.dumps(terms), capture_output=True, text=True, env=env(),
    )
    if child.returncode:
        raise SystemExit(f"the GUI part failed:\n{child.stderr[-3000:]}")
    gui = json.loads(child.stdout.strip().splitlines()[-1])
    keys = gui["keystroke_ms"]

    platform = "xcb" if os.environ.get("DISPLAY") else "offscreen"
    print(f"contacts: {gui['contacts']:,}   platform: {platform}   "
          f"(file read into the OS cache first: {warmed:.1f} s)")
    print(f"launch to painted list: {launch:.2f} s   bare QApplication+window: {bare:.2f} s   "
          f"ratio {launch / bare:.1f}x   (target <= 0.6 s)")
    print(f"keystroke -> repainted list: p50 {pct(keys, 50):.1f} ms  p95 {pct(keys, 95):.1f} ms  "
          f"max {max(keys):.1f} ms over {len(keys)} terms   (target p95 <= 50 ms;"
          f" sort ranks ready {gui['ranks_ready_s']:.1f} s after the list)")
    repaint = pct(gui["repaint_ms"], 50)
    floor = pct(raw, 95) + repaint
    print(f"raw FTS query (count + 200 ids): p50 {pct(raw, 50):.1f} ms  p95 {pct(raw, 95):.1f} ms"
          f"   ratio p95 {pct(keys, 95) / max(pct(raw, 95), 0.01):.1f}x")
    print(f"repaint of the list alone: p50 {repaint:.1f} ms;  limit = raw FTS p95 + repaint ="
          f" {floor:.1f} ms   ratio p95 {pct(keys, 95) / max(floor, 0.01):.2f}x")
    print(f"jump to end (last name asc): {gui['jump_end_ms']:.1f} ms   "
          f"(city desc): {gui['jump_end_city_desc_ms']:.1f} ms   random row p95: "
          f"{pct(gui['random_row_ms'], 95):.1f} ms  max {max(gui['random_row_ms']):.1f} ms"
          f"   (target <= 50 ms; page fences ready {gui['fences_ready_s']:.1f} s after the sort)")
    print(f"peak RSS of the GUI process: {gui['peak_rss_mb']:.0f} MB   (target <= 250 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
