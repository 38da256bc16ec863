#!/usr/bin/env python3
"""Timeline benchmark (issue #4): a contact with 10,000 interactions.

    python bench/bench_timeline.py [--db PATH] [--contacts N] [--entries N] [--runs N]

Builds (once) a demo database of N contacts (with their demo interactions) and adds
one contact with --entries interactions over five years. Then, in the real window:

  open     click that contact in the list -> details and timeline filled and painted,
           p50/p95
           vs the limit: the first page's SQL alone (same run)
  scroll   page down through the whole timeline, each step's fetch + repaint, p50/p95/max
  account  the same contact's company timeline (its contacts' entries rolled up),
           opened from Today (which also refreshes the lists)

Target (issue #4): open <= 100 ms; scrolling smooth (every step well under a frame
budget of ~50 ms). Prints figures; not run in CI.
"""

import argparse
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("CRM_DESKTOP_CONFIG_DIR", str(ROOT / "bench" / "data" / "config"))


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def add_heavy_contact(entries: int) -> int:
    """One contact (at the first account) with ``entries`` interactions; its id."""
    from crm_desktop.services.contacts import ContactData, create_contact
    from crm_desktop.services.interactions import refresh_signals, utc_text
    from crm_desktop.store.db import database_proxy as db
    from crm_desktop.store.models import new_uid
    from crm_desktop.text import fold

    company = db.execute_sql("SELECT name FROM account ORDER BY id LIMIT 1").fetchone()[0]
    cid = create_contact(ContactData(first_name="Heavy", last_name="Timeline", company=company))
    rng = random.Random(4)
    start = datetime.now(UTC) - timedelta(days=5 * 365)
    kinds = ("call", "meeting", "email", "note", "purchase", "support")
    rows = []
    for i in range(entries):
        kind = kinds[rng.randrange(6)]
        stamp = utc_text(start + timedelta(seconds=rng.randrange(5 * 365 * 86400)))
        subject = f"{kind.capitalize()} #{i}"
        body = "Talked about the order, delivery dates and the next visit." if i % 3 else ""
        rows.append((
            new_uid(), stamp, stamp, kind, stamp, subject, body, "Done" if i % 4 else "",
            rng.randrange(5, 60) if kind in ("call", "meeting") else None,
            rng.randrange(1000, 500000) if kind == "purchase" else None,
            "EUR" if kind == "purchase" else "", "open" if kind == "support" else None,
            fold(f"{subject} {body}"), cid,
        ))
    with db.atomic():
        db.connection().executemany(
            "INSERT INTO interaction (uid, created_at, updated_at, kind, occurred_at, subject,"
            " body, outcome, duration_minutes, amount_cents, currency, status, text_key,"
            " contact_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        refresh_signals([cid])
    return cid


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "data" / "timeline.sqlite3")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from crm_desktop.gui.resources import apply_style
    from crm_desktop.services import demo, interactions
    from crm_desktop.services.interactions import TimelineScope
    from crm_desktop.store import open_database
    from crm_desktop.store.db import database_proxy as db

    args.db.parent.mkdir(parents=True, exist_ok=True)
    fresh = not args.db.exists()
    open_database(args.db)
    if fresh:
        t = time.perf_counter()
        demo.generate(args.contacts)
        print(f"demo data: {args.contacts:,} contacts in {time.perf_counter() - t:.1f} s")
    row = db.execute_sql(
        "SELECT contact_id FROM interaction WHERE deleted_at IS NULL GROUP BY contact_id"
        " HAVING count(*) >= ? LIMIT 1", (args.entries,)).fetchone()
    cid = row[0] if row else add_heavy_contact(args.entries)
    scope = TimelineScope(cid)
    total = interactions.timeline_count(scope)
    stats = db.execute_sql("SELECT (SELECT live FROM record_count WHERE table_name='contact'),"
                           " (SELECT count(*) FROM interaction)").fetchone()
    print(f"database: {stats[0]:,} contacts, {stats[1]:,} interactions;"
          f" the contact has {total:,}")

    # The limit: the first page's query alone.
    raw = []
    for _ in range(args.runs):
        t = time.perf_counter()
        interactions.timeline(scope, limit=200)
        raw.append((time.perf_counter() - t) * 1000)

    app = QApplication([])
    apply_style(app)
    from crm_desktop.gui.main_window import MainWindow
    from crm_desktop.gui.tasks import TaskManager

    tasks = TaskManager()
    window = MainWindow(args.db, tasks)
    window.resize(1400, 860)
    window.show()
    deadline = time.perf_counter() + 30
    while not window.contacts_loaded and time.perf_counter() < deadline:
        app.processEvents()
    panel = window.timeline
    view = panel.ui.timelineList
    aid = db.execute_sql("SELECT account_id FROM contact WHERE id = ?", (cid,)).fetchone()[0]

    # As a user opens them: the contact found in the list and clicked.
    name = db.execute_sql("SELECT first_name || ' ' || last_name FROM contact WHERE id = ?",
                          (cid,)).fetchone()[0]
    window.ui.searchEdit.setText(name)
    deadline = time.perf_counter() + 30
    while window.contact_model.row_of(cid) is None and time.perf_counter() < deadline:
        app.processEvents()
    table = window.ui.contactTable

    def open_contact() -> float:
        table.clearSelection()  # nothing shown first
        app.processEvents()
        t = time.perf_counter()
        table.selectRow(window.contact_model.row_of(cid))
        window.ui.detailView.repaint()
        view.repaint()
        return (time.perf_counter() - t) * 1000

    opened = [open_contact() for _ in range(args.runs)]
    assert panel.model.items_loaded() == min(200, total)
    table.clearSelection()

    def open_account() -> float:
        window.open_record(cid, None)
        app.processEvents()
        t = time.perf_counter()
        window.open_record(None, aid)
        window.ui.detailView.repaint()
        view.repaint()
        return (time.perf_counter() - t) * 1000

    account = [open_account() for _ in range(max(5, args.runs // 3))]

    window.open_record(cid, None)
    app.processEvents()
    bar = view.verticalScrollBar()
    steps = []
    started = time.perf_counter()
    while True:
        t = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()  # the view asks the model for more near the end
        view.viewport().repaint()
        steps.append((time.perf_counter() - t) * 1000)
        if bar.value() >= bar.maximum() and not panel.model.canFetchMore():
            break
    scrolled = time.perf_counter() - started
    assert panel.model.items_loaded() == total, (panel.model.items_loaded(), total)

    print(f"open contact    p50 {statistics.median(opened):6.1f} ms   p95 {pct(opened, 95):6.1f} ms"
          f"   (limit: first page SQL p95 {pct(raw, 95):.1f} ms)   target <= 100 ms:"
          f" {'met' if pct(opened, 95) <= 100 else 'NOT met'}")
    print(f"open company    p50 {statistics.median(account):6.1f} ms"
          f"   p95 {pct(account, 95):6.1f} ms   (its contacts' entries rolled up)")
    print(f"scroll to end   {len(steps)} page steps over {total:,} entries in {scrolled:.2f} s;"
          f" step p50 {statistics.median(steps):.1f} ms, p95 {pct(steps, 95):.1f} ms,"
          f" max {max(steps):.1f} ms")
    slow = sorted(range(len(steps)), key=steps.__getitem__)[-5:]
    print("  slowest steps (index: ms):", ", ".join(f"{i}: {steps[i]:.0f}" for i in sorted(slow)))
    tasks.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
