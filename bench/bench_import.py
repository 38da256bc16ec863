#!/usr/bin/env python3
"""Import benchmark: a 100,000-row x 14-column xlsx end to end, against its limit.

    python bench/bench_import.py [--rows 100000] [--full-sheet] [--into bench/data/1m.sqlite3]

The limit is measured in the same run: calamine parsing the same file plus sqlite3
`executemany` of the same rows into a bare table in one transaction. The import
does all of its work: parse, map, check every value, find duplicates, insert
contacts, e-mails, phones and companies, fill the search index, record the batch.
Target (issue #3): import <= 2x the limit. Also measured: the same rows written into
our schema with nothing checked (contacts, e-mails, phones, search index, indexes),
the floor for any importer of this schema. --full-sheet also imports a full Excel
sheet (1,048,575 rows) in a child process and prints its peak memory (target
under 2 GB); making that file takes a few minutes the first time.
"""

import argparse
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADERS = ["First Name", "Last Name", "Email", "Phone", "Mobile", "Company", "Job Title",
           "Street", "City", "Postal Code", "Country", "Birthday", "Tags", "Notes"]


def make_file(path: Path, rows: int, seed: int = 3) -> None:
    """A realistic list: some phones as numbers, birthdays as date cells, ~2% of rows
    repeating an earlier e-mail in another case."""
    from openpyxl import Workbook

    from crm_desktop.services.demo import CITIES, FIRST, LAST, NOUNS, TAGS, TITLES, WORDS

    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Contacts")
    sheet.append(HEADERS)
    companies = [f"{rng.choice(WORDS)} {rng.choice(NOUNS)} Ltd" for _ in range(rows // 20 + 1)]
    emails = []
    for n in range(rows):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if emails and rng.random() < 0.02:
            email = rng.choice(emails).upper()
        else:
            email = f"{first}.{last}.{n}@example.org".lower().replace(" ", "").replace("'", "")
            emails.append(email)
        city, _, country, fmt = rng.choice(CITIES)
        sheet.append([
            first, last, email, fmt.format(rng.randrange(10000)),
            447700900000 + rng.randrange(1000) if rng.random() < 0.5 else "",
            rng.choice(companies), rng.choice(TITLES), f"{rng.randrange(1, 200)} High Street",
            city, str(rng.randrange(10000, 99999)), country,
            date(rng.randrange(1950, 2004), rng.randrange(1, 13), rng.randrange(1, 29))
            if rng.random() < 0.4 else None,
            rng.choice(TAGS) if rng.random() < 0.3 else "",
            "Met at the fair" if rng.random() < 0.1 else "",
        ])
    book.save(path)


def limit_seconds(path: Path) -> tuple[float, float, list]:
    """calamine parse + executemany of the same rows: the floor for any importer."""
    from python_calamine import CalamineWorkbook

    t = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    parse = time.perf_counter() - t
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(14))})")
    t = time.perf_counter()
    with conn:
        conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * 14)})", rows[1:])
    return parse, time.perf_counter() - t, rows[1:]


def schema_seconds(rows: list, db: Path) -> float:
    """The same rows written as the import writes them, with nothing checked: contacts
    (with their sort keys), e-mails, phones, the trigram search index and the indexes
    sorting needs, as SQLite executemany and index builds alone cost them. No importer
    writing this schema can take less than parse + this."""
    from crm_desktop.exchange.importer import _CONTACT_COLUMNS
    from crm_desktop.store import close_database, open_database
    from crm_desktop.store.bulk import fts_bulk, indexes_deferred, triggers_suspended

    stamp = "2026-01-01T00:00:00"
    contacts, emails, phones, bodies = [], [], [], []
    for cid, (first, last, email, phone, mobile, company, title, street, city, postal,
              country, _birthday, tags, notes) in enumerate(rows, start=1):
        phone, mobile = str(phone), str(mobile)
        contacts.append((cid, f"uid{cid}", stamp, stamp, first, last, title, None, street,
                         city, "", postal, country, None, None, None, tags, notes, "lead", "",
                         email, phone, first.lower(), last.lower(), company.lower(),
                         title.lower(), email.lower(), phone, city.lower()))
        emails.append((cid, 0, "work", email, email.lower()))
        phones.append((cid, 0, "work", phone, phone))
        if mobile:
            phones.append((cid, 1, "mobile", mobile, mobile))
        bodies.append((cid, f"{first} {last} | {company} | {email} | {phone} | {mobile}".lower()))
    database = open_database(db)
    conn = database.connection()
    t = time.perf_counter()
    with database.atomic(), \
            indexes_deferred(database, ("contact", "contact_email", "contact_phone")), \
            triggers_suspended(database, ["contact_count_insert"]), \
            fts_bulk(database, "contact_fts"):
        conn.executemany(f"INSERT INTO contact ({_CONTACT_COLUMNS})"
                         f" VALUES ({', '.join('?' * 29)})", contacts)
        conn.executemany("INSERT INTO contact_email (contact_id, position, label, value,"
                         " value_key) VALUES (?,?,?,?,?)", emails)
        conn.executemany("INSERT INTO contact_phone (contact_id, position, label, value,"
                         " value_key) VALUES (?,?,?,?,?)", phones)
        conn.executemany("INSERT INTO contact_fts (rowid, body) VALUES (?, ?)", bodies)
    elapsed = time.perf_counter() - t
    close_database()
    return elapsed


def import_seconds(path: Path, db: Path) -> tuple[float, dict]:
    from crm_desktop.exchange import importer
    from crm_desktop.store import close_database, open_database

    open_database(db)
    t = time.perf_counter()
    result, _ = importer.import_file(path)
    elapsed = time.perf_counter() - t
    close_database()
    return elapsed, result.as_json()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--full-sheet", action="store_true")
    parser.add_argument("--into", type=Path, metavar="DB",
                        help="also import into a copy of this database (e.g. the 1M demo)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:  # a child process: import and print peak memory
        with tempfile.TemporaryDirectory() as tmp:
            elapsed, result = import_seconds(args.child, Path(tmp) / "crm.sqlite3")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{result['rows']:,} rows in {elapsed:.1f} s; created {result['created']:,};"
              f" peak memory {peak:,.0f} MB")
        return 0

    data = ROOT / "bench" / "data"
    data.mkdir(parents=True, exist_ok=True)
    path = data / f"import-{args.rows}.xlsx"
    if not path.exists():
        t = time.perf_counter()
        make_file(path, args.rows)
        print(f"made {path.name} in {time.perf_counter() - t:.1f} s")
    parse, insert, rows = limit_seconds(path)
    with tempfile.TemporaryDirectory() as tmp:
        schema = schema_seconds(rows, Path(tmp) / "floor.sqlite3")
    del rows
    with tempfile.TemporaryDirectory() as tmp:
        elapsed, result = import_seconds(path, Path(tmp) / "crm.sqlite3")
    limit = parse + insert
    print(f"rows: {result['rows']:,}  created {result['created']:,}  merged or skipped"
          f" {result['rows'] - result['created']:,}  errors {len(result['errors'])}")
    print(f"limit: calamine parse {parse:.2f} s + executemany {insert:.2f} s = {limit:.2f} s")
    print(f"floor of this schema: parse + the rows written into it unchecked {schema:.2f} s"
          f" = {parse + schema:.2f} s   ratio {(parse + schema) / limit:.2f}x")
    print(f"import end to end: {elapsed:.2f} s   ratio {elapsed / limit:.2f}x   (target <= 2x;"
          f" {elapsed / (parse + schema):.2f}x the schema's floor)")
    if args.into:
        import shutil

        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "copy.sqlite3"
            shutil.copyfile(args.into, copy)
            from crm_desktop.store import open_database
            from crm_desktop.store.db import close_database

            existing = open_database(copy).execute_sql(
                "SELECT live FROM record_count WHERE table_name = 'contact'").fetchone()[0]
            close_database()
            into, result = import_seconds(path, copy)
        print(f"into a database of {existing:,} contacts: {into:.1f} s"
              f"   ({into / elapsed:.1f}x the import into an empty one)")
    if args.full_sheet:
        full = data / "import-full-sheet.xlsx"
        if not full.exists():
            t = time.perf_counter()
            make_file(full, 1_048_575)
            print(f"made {full.name} in {time.perf_counter() - t:.0f} s")
        child = subprocess.run([sys.executable, __file__, "--child", str(full)],
                               capture_output=True, text=True, check=True)
        print(f"full sheet: {child.stdout.strip()}   (target: peak memory under 2 GB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
