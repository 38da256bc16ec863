#!/usr/bin/env python3
"""Export benchmark (issue #6): every contact of a 100,000-contact demo database (with
its interactions, follow-ups and feedback) to .xlsx, .csv and .vcf.

    python bench/bench_export.py [--db PATH] [--contacts N]

Prints each format's time and size beside a limit measured in the same run: openpyxl's
write-only mode writing the same number of rows x columns of plain values (no reading,
no formatting). Then reads the .xlsx back with calamine to check the row count.
Not run in CI.
"""

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "data" / "timeline.sqlite3")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "data")
    args = parser.parse_args()

    from crm_desktop.exchange.export import export
    from crm_desktop.services import demo
    from crm_desktop.store import open_database
    from crm_desktop.store.db import database_proxy as db

    fresh = not args.db.exists()
    open_database(args.db)
    if fresh:
        demo.generate(args.contacts)
    contacts = db.execute_sql(
        "SELECT live FROM record_count WHERE table_name = 'contact'").fetchone()[0]
    print(f"database: {contacts:,} contacts")

    figures = {}
    for suffix in (".xlsx", ".csv", ".vcf"):
        path = args.out / f"export{suffix}"
        started = time.perf_counter()
        result = export(path)
        figures[suffix] = time.perf_counter() - started
        size = path.stat().st_size / 1e6
        print(f"{suffix:5}  {figures[suffix]:6.1f} s  {size:6.1f} MB  {result.counts}")

    # The limit: openpyxl write-only, the same rows x columns of plain strings.
    from openpyxl import Workbook
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(args.out / "export.xlsx"))
    sheet = book.get_sheet_by_name("Contacts")
    rows = sheet.to_python()
    width = len(rows[0])
    started = time.perf_counter()
    plain = Workbook(write_only=True)
    ws = plain.create_sheet("Plain")
    for row in rows:
        ws.append([str(v) for v in row])
    plain.save(args.out / "plain.xlsx")
    limit = time.perf_counter() - started
    print(f"limit: openpyxl write-only, {len(rows):,} rows x {width} plain cells: {limit:.1f} s;"
          f" xlsx export (all five sheets) {figures['.xlsx'] / limit:.1f}x")
    print(f"read back with calamine: {len(rows) - 1:,} contact rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
