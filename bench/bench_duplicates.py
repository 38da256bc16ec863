#!/usr/bin/env python3
"""Duplicate finder benchmark (issue #8): 100,000 demo contacts with 1,000 planted twins.

    python bench/bench_duplicates.py [--db PATH] [--contacts N] [--twins N]

Builds a demo database (once; kept in bench/data) and plants twins of random contacts
the way people make them: a typo in the first name, the names the other way round, the
e-mail in capitals, the phone written in national form, the company without "Ltd".
Then times the finder against a limit measured in the same run: one SQL pass reading
the columns the finder reads (names, companies, e-mail and phone keys), which any finder
needs at least. Prints how many planted twins were found (recall) and how many other
groups were listed. Not run in CI.
"""

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def plant(n: int, seed: int = 7) -> list[tuple[int, int]]:
    """Twins of ``n`` random contacts; (original, twin) ids."""
    from crm_desktop.services.contacts import create_contact, get_contact
    from crm_desktop.store.db import database_proxy as db

    rng = random.Random(seed)
    top = db.execute_sql("SELECT max(id) FROM contact").fetchone()[0]
    pairs = []
    with db.atomic():
        for original in rng.sample(range(1, top + 1), n):
            data = get_contact(original)
            how = rng.randrange(5)
            if how == 0 and len(data.first_name) > 3:  # a typo
                i = rng.randrange(1, len(data.first_name) - 1)
                data.first_name = data.first_name[:i] + data.first_name[i + 1:]
            elif how == 1:  # the other way round
                data.first_name, data.last_name = data.last_name, data.first_name
            elif how == 2:
                data.emails = [(lb, v.upper()) for lb, v in data.emails]
            elif how == 3 and data.phones:  # written another way: no spaces, national form
                data.emails = []
                data.phones = [(lb, v.replace(" ", "").replace("+44", "0"))
                               for lb, v in data.phones]
            else:
                data.company = data.company.replace(" Ltd", "").replace(" Inc", "").upper()
                data.emails = []
            pairs.append((original, create_contact(data)))
    return pairs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "data" / "dup100k.sqlite3")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--twins", type=int, default=1000)
    args = parser.parse_args()

    from crm_desktop.services import demo, duplicates
    from crm_desktop.store import open_database
    from crm_desktop.store.db import database_proxy as db

    fresh = not args.db.exists()
    open_database(args.db)
    if fresh:
        demo.generate(args.contacts)
        pairs = plant(args.twins)
        db.execute_sql("CREATE TABLE IF NOT EXISTS bench_twin (a INTEGER, b INTEGER)")
        db.obj.connection().executemany("INSERT INTO bench_twin VALUES (?, ?)", pairs)
    pairs = db.execute_sql("SELECT a, b FROM bench_twin").fetchall()
    live = db.execute_sql("SELECT live FROM record_count WHERE table_name = 'contact'"
                          ).fetchone()[0]
    print(f"database: {live:,} contacts, {len(pairs):,} planted twins")

    started = time.perf_counter()
    rows = db.execute_sql(
        "SELECT c.id, c.first_key, c.last_key, c.company_key, c.country,"
        " (SELECT group_concat(value_key) FROM contact_email WHERE contact_id = c.id),"
        " (SELECT group_concat(value_key) FROM contact_phone WHERE contact_id = c.id)"
        " FROM contact c WHERE c.deleted_at IS NULL").fetchall()
    limit = time.perf_counter() - started
    del rows

    started = time.perf_counter()
    steps: list[tuple[str, float]] = []
    groups = duplicates.find("contact", progress=lambda label: steps.append(
        (label, time.perf_counter())))
    took = time.perf_counter() - started
    marks = [*(t for _, t in steps), started + took]
    split = "; ".join(f"{label} {marks[i + 1] - t:.2f} s" for i, (label, t) in enumerate(steps))
    together = {frozenset(g.ids): g for g in groups}
    member = {i: key for key in together for i in key}
    found = sum(1 for a, b in pairs if a in member and b in member[a])
    others = sum(1 for key in together if not any(a in key for a, _ in pairs))
    print(f"find contacts: {took:.2f} s ({split})")
    print(f"limit (one SQL pass over what it reads): {limit:.2f} s   ratio {took / limit:.1f}x"
          f"   target: 100,000 contacts in seconds")
    print(f"planted twins found: {found:,} of {len(pairs):,} ({found / len(pairs):.1%});"
          f" other groups listed: {others:,} (demo data repeats names and phone numbers)")
    started = time.perf_counter()
    accounts = duplicates.find("account")
    print(f"find companies: {time.perf_counter() - started:.2f} s, {len(accounts):,} groups")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
