#!/usr/bin/env python3
"""Dashboard benchmark (issue #9): the dashboard's numbers, and the window opened and
painted, on a 1,000,000-contact demo database (with its interactions, feedback, deals).

    python bench/bench_dashboard.py [--db PATH] [--contacts N] [--runs N]

Builds the database once with ``crm-desktop demo`` (kept in bench/data; several minutes).
Prints each aggregate's time, the whole summary's p50/max over runs, and the window from
open to charts painted, beside the same window with nothing to show (Qt and QtCharts
alone), measured in the same run. Target: opens in <= 500 ms. Not run in CI.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "data" / "1m-full.sqlite3")
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.db.exists():
        subprocess.run([sys.executable, "-m", "crm_desktop", "demo", "--db", str(args.db),
                        "--contacts", str(args.contacts)], check=True)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("CRM_DESKTOP_CONFIG_DIR", str(ROOT / "bench" / "data" / "config"))
    from datetime import UTC, date, datetime, timedelta

    from crm_desktop.services import dashboard, deals, feedback, stats
    from crm_desktop.services.interactions import utc_text
    from crm_desktop.store import open_database

    open_database(args.db, read_only_ok=True)
    print("database:", ", ".join(f"{v:,} {k}" for k, v in stats.counts().items() if v))
    first = deals.month_start(date.today(), dashboard.MONTHS - 1)
    cutoff = utc_text(datetime.now(UTC) - timedelta(days=dashboard.QUIET_DAYS))
    parts = {
        "open pipeline": deals.open_pipeline,
        "won/lost by month": lambda: deals.won_lost_by_month(dashboard.MONTHS),
        "interactions by month": lambda: dashboard.interactions_by_month(first),
        "CSAT/NPS by month": lambda: feedback.monthly(since=first),
        "top companies": dashboard.top_accounts,
        "not contacted in 90 days": lambda: dashboard.quiet_contacts(cutoff),
    }
    for fn in parts.values():  # warm the file cache once
        fn()
    for name, fn in parts.items():
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
        print(f"  {name:26s} p50 {statistics.median(times) * 1000:7.1f} ms")
    whole = []
    for _ in range(args.runs):
        started = time.perf_counter()
        dashboard.summary()
        whole.append(time.perf_counter() - started)

    from PySide6.QtWidgets import QApplication

    from crm_desktop.gui.dashboard import DashboardDialog
    from crm_desktop.gui.resources import apply_style
    from crm_desktop.gui.tasks import TaskManager

    app = QApplication([])
    apply_style(app)
    tasks = TaskManager()
    def empty():
        return dashboard.Summary([], [], [], [], [], [], 0, cutoff, 0)

    opened, bare = [], []
    for run in range(6):
        empty_one = run % 2 == 1  # every other run: the same window with nothing to show
        if empty_one:
            real, dashboard.summary = dashboard.summary, empty
        started = time.perf_counter()
        dialog = DashboardDialog(tasks)
        dialog.resize(1240, 780)
        dialog.show()
        done = []
        dialog.loaded.connect(lambda done=done: done.append(1))
        while not done:
            app.processEvents()
            time.sleep(0.001)
        dialog.repaint()
        app.processEvents()
        (bare if empty_one else opened).append(time.perf_counter() - started)
        if empty_one:
            dashboard.summary = real
        dialog.close()
        dialog.deleteLater()
    tasks.shutdown()
    p50 = statistics.median(whole)
    print(f"summary (all of it): p50 {p50 * 1000:.0f} ms, max {max(whole) * 1000:.0f} ms")
    shown, floor = statistics.median(opened), statistics.median(bare)
    print(f"window open to charts painted: p50 {shown * 1000:.0f} ms, max"
          f" {max(opened) * 1000:.0f} ms   (target <= 500 ms); the same window with nothing"
          f" to show: {floor * 1000:.0f} ms (ratio {shown / floor:.1f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
