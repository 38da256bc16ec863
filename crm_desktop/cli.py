"""Command line: ``crm-desktop [VERB] [--db PATH]``. No verb starts the GUI.

Qt is imported only when the GUI starts, so scripts, tests and benchmarks run
headless. Errors are one line on stderr and a non-zero exit status.
"""

import argparse
import json
import logging
import sys
import time

from crm_desktop import APP_ID, __version__
from crm_desktop.errors import UserError
from crm_desktop.paths import DB_ENV, resolve_db_path

log = logging.getLogger(__name__)


def _open(args: argparse.Namespace, read_only_ok: bool = False, check: bool = False):
    """The database, as its one writer; a verb that only reads may share it read-only
    with a writer (the app's window, say). ``check``: read it all for damage first."""
    from crm_desktop.store import open_database

    return open_database(resolve_db_path(args.db), writer=f"'{APP_ID} {args.verb}'",
                         read_only_ok=read_only_ok, check=check)


def cmd_gui(args: argparse.Namespace) -> int:
    from crm_desktop.gui.app import run

    return run(resolve_db_path(args.db))


def cmd_stats(args: argparse.Namespace) -> int:
    from crm_desktop.services import stats

    _open(args, read_only_ok=True)
    counts = stats.counts()
    if args.json:
        print(json.dumps(counts))
        return 0
    trash = stats.trash_counts()
    for name, count in counts.items():
        extra = f" ({trash[name]:,} in trash)" if trash.get(name) else ""
        print(f"{name}: {count:,}{extra}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from crm_desktop.services import demo

    if args.contacts < 1:
        raise UserError("--contacts must be at least 1.")
    db = _open(args, check=True)
    started = time.perf_counter()
    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty:
            print(f"\r{done:,} / {total:,} contacts", end="", file=sys.stderr, flush=True)

    added = demo.generate(args.contacts, seed=args.seed, progress=progress)
    if tty:
        print(file=sys.stderr)
    print(
        f"Added {added['contacts']:,} contacts and {added['accounts']:,} accounts"
        f" ({added['interactions']:,} interactions, {added['followups']:,} follow-ups,"
        f" {added['feedback']:,} feedback answers, {added['deals']:,} deals) to"
        f" {db.path} in {time.perf_counter() - started:.1f} s."
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from crm_desktop.exchange.export import ExportScope, export

    _open(args, read_only_ok=True)
    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty:
            print(f"\r{done:,} / {total:,} contacts", end="", file=sys.stderr, flush=True)

    result = export(args.file, ExportScope(search=args.search or "", tag=args.tag or ""),
                    vcard_version=args.vcard_version, progress=progress)
    if tty:
        print(file=sys.stderr)
    parts = ", ".join(f"{name} {n:,}" for name, n in result.counts.items())
    print(f"Wrote {result.path} ({parts}).")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from crm_desktop.store.backups import backup

    db = _open(args, read_only_ok=True)
    if args.keep is not None and not db.read_only:  # remembered for the app's backups too
        from crm_desktop.store import settings

        settings.put("backup_keep", args.keep)
    saved = backup(db, db.path, Path(args.to) if args.to else None, keep=args.keep)
    print(f"Backed up {db.path} to {saved} (checked).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from crm_desktop.errors import DamagedDatabaseError
    from crm_desktop.store.backups import recover, restore

    try:
        db = _open(args, check=True)
    except DamagedDatabaseError as exc:  # never written over: moved aside, the backup put back
        aside = recover(resolve_db_path(args.db), Path(args.file))
        db = _open(args)  # migrates an older backup
        print(f"{exc}\nRestored {db.path} from {args.file}. The damaged file is kept"
              f" as {aside}.")
        return 0
    saved = restore(db, db.path, Path(args.file))
    print(f"Restored {db.path} from {args.file}. What it held before is in {saved}.")
    return 0


def cmd_desktop_entry(args: argparse.Namespace) -> int:
    from crm_desktop.gui.desktop_entry import install  # reads the icon from Qt's resources

    try:
        written = install()
    except OSError as exc:
        raise UserError(f"cannot write the desktop entry ({exc.strerror or exc}).") from exc
    for path in written:
        print(f"Wrote {path}")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from crm_desktop.services import duplicates

    _open(args, read_only_ok=True)
    found = {plural: duplicates.find(kind, min_score=args.min_score)
             for kind, plural in (("contact", "contacts"), ("account", "accounts"))
             if args.kind in (kind, "all")}
    if args.json:
        print(json.dumps({plural: [{"ids": g.ids, "score": g.score, "reasons": g.reasons,
                                    "names": [g.names[i] for i in g.ids]} for g in groups]
                          for plural, groups in found.items()}, ensure_ascii=False))
        return 0
    for plural, groups in found.items():
        print(f"{len(groups):,} groups of {plural} that look like duplicates"
              + (":" if groups else "."))
        for group in groups:
            print(f"  {group.score:3d}  " + "  |  ".join(
                f"#{i} {group.names[i]}" for i in group.ids) + f"   ({'; '.join(group.reasons)})")
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from pathlib import Path

    from crm_desktop.exchange.calendar import write_ics
    from crm_desktop.text import counted

    _open(args, read_only_ok=True)
    path = Path(args.file)
    if path.suffix.lower() != ".ics":
        raise UserError(f"{path}: a calendar file ends in .ics.")
    try:
        n = write_ics(path, include_done=args.done)
    except OSError as exc:
        raise UserError(f"{path}: cannot write it ({exc.strerror or exc}).") from exc
    print(f"Wrote {counted(n, 'follow-up')} to {path}.")
    return 0


def _mapping_args(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        header, sep, field = pair.rpartition("=")
        if not sep or not header.strip():
            raise UserError(f"--map {pair!r}: write it as \"Header=field\".")
        out[header.strip()] = field.strip()
    return out


def cmd_import(args: argparse.Namespace) -> int:
    from crm_desktop.exchange import importer

    _open(args, check=True)
    if args.undo is not None:
        undone = importer.undo(args.undo)
        if args.json:
            print(json.dumps({"batch": args.undo, **undone}))
        else:
            kept = (f"; {undone['trashed']:,} with calls or follow-ups logged since are in"
                    " the trash") if undone["trashed"] else ""
            answers = (f"; removed {undone['feedback']:,} feedback answers"
                       if undone["feedback"] else "")
            print(f"Undid import {args.undo}: removed {undone['removed']:,} contacts,"
                  f" restored {undone['restored']:,}{kept}{answers}.")
        return 0
    if not args.file:
        raise UserError("Name the file to import (or --undo BATCH).")
    if args.feedback:
        return _import_feedback(args)
    tty = sys.stderr.isatty() and not args.json

    def progress(phase: str, done: int, total: int) -> None:
        if tty:
            count = f": {done:,} / {total:,}" if total else "…"
            print(f"\r{phase}{count}   ", end="", file=sys.stderr, flush=True)

    result, plan = importer.import_file(
        args.file, sheet=args.sheet, header_row=args.header_row,
        overrides=_mapping_args(args.map), on_duplicate=args.on_duplicate,
        date_order=args.date_order, dry_run=args.dry_run, progress=progress,
    )
    if tty:
        print(file=sys.stderr)
    if args.errors and result.errors:
        from crm_desktop.exchange.report import write_error_report

        preview = plan.preview
        write_error_report(args.errors, preview.source, preview.header_index, preview.headers,
                           result.errors)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
        return 0
    verb = "Would import" if result.dry_run else f"Import {result.batch}:"
    print(f"{verb} {result.rows:,} rows: {result.created:,} created, {result.updated:,} updated,"
          f" {result.skipped:,} skipped, {len({e.row for e in result.errors}):,} with errors.")
    for warning in result.warnings:
        print(f"note: {warning}")
    for issue in result.errors[:20]:
        column = f", column {issue.column!r}" if issue.column else ""
        print(f"row {issue.row}{column}: {issue.message}")
    if len(result.errors) > 20:
        print(f"... and {len(result.errors) - 20:,} more" + (
            f" (all in {args.errors})" if args.errors else " (--errors FILE.xlsx lists them)"))
    if result.batch:
        print(f"Undo with: {APP_ID} import --undo {result.batch}")
    return 0


def _import_feedback(args: argparse.Namespace) -> int:
    from crm_desktop.exchange.feedback_import import import_feedback

    result = import_feedback(args.file, sheet=args.sheet, header_row=args.header_row,
                             date_order=args.date_order, dry_run=args.dry_run)
    errors = [{"row": e.row, "column": e.column, "message": e.message} for e in result.errors]
    if args.json:
        print(json.dumps({"batch": result.batch, "rows": result.rows, "created": result.created,
                          "updated": 0, "skipped": result.skipped, "errors": errors,
                          "warnings": []}, ensure_ascii=False))
        return 0
    verb = "Would import" if args.dry_run else "Imported"
    print(f"{verb} {result.created:,} feedback answers of {result.rows:,} rows;"
          f" {result.skipped:,} already stored, {len({e.row for e in result.errors}):,} with"
          " errors.")
    for issue in result.errors[:20]:
        column = f", column {issue.column!r}" if issue.column else ""
        print(f"row {issue.row}{column}: {issue.message}")
    if result.batch:
        print(f"Undo with: {APP_ID} import --undo {result.batch}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    db_help = f"database file (default: ${DB_ENV} or the per-user data folder)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", help=db_help)

    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description="CRM Desktop: contacts and accounts, offline. With no verb, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.set_defaults(func=cmd_gui)
    verbs = parser.add_subparsers(title="verbs", metavar="VERB", dest="verb")

    gui = verbs.add_parser("gui", parents=[common], help="open the app (the default)")
    gui.set_defaults(func=cmd_gui)

    stats = verbs.add_parser("stats", parents=[common], help="count what the database holds")
    stats.add_argument("--json", action="store_true", help='one JSON object: {"contacts": N, ...}')
    stats.set_defaults(func=cmd_stats)

    demo = verbs.add_parser("demo", parents=[common], help="add realistic sample data")
    demo.add_argument("--contacts", type=int, default=500, metavar="N",
                      help="how many contacts to add (default 500)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.set_defaults(func=cmd_demo)

    imp = verbs.add_parser(
        "import", parents=[common], help="import contacts from .xlsx/.xls/.ods/.csv",
        description="Import contacts from a spreadsheet or CSV file in one step that can be"
        " undone. Columns are mapped by their headers (Google, Outlook, LinkedIn, HubSpot and"
        " Salesforce exports are known) and contents; --map corrects a column and is"
        " remembered for the next file with the same headers.",
    )
    imp.add_argument("file", nargs="?", help="the file to import")
    imp.add_argument("--sheet", metavar="NAME", help="the sheet of a workbook (default: first)")
    imp.add_argument("--header-row", type=int, metavar="N",
                     help="the row holding the headers (default: found)")
    imp.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                     help="map a column to a field ('' to leave it out); repeatable")
    imp.add_argument("--on-duplicate", choices=("update", "skip", "create"), default="update",
                     help="a row matching a contact by e-mail, phone or name and company:"
                     " update it (default), skip the row, or create another")
    imp.add_argument("--date-order", choices=("dmy", "mdy"),
                     help="read typed dates day-first or month-first (default: from the data)")
    imp.add_argument("--dry-run", action="store_true", help="check and count; change nothing")
    imp.add_argument("--errors", metavar="FILE.xlsx", help="write the rows left out to this file")
    imp.add_argument("--json", action="store_true", help="print one JSON object")
    imp.add_argument("--undo", type=int, metavar="BATCH", help="take back import BATCH")
    imp.add_argument("--feedback", action="store_true",
                     help="the file holds feedback (e-mail, date, CSAT and/or NPS, category,"
                     " comment, channel), matched to contacts by e-mail")
    imp.set_defaults(func=cmd_import)

    exp = verbs.add_parser(
        "export", parents=[common], help="write contacts to .xlsx, .csv or .vcf",
        description="Write contacts to a file: .xlsx (sheets Contacts, Accounts,"
        " Interactions, Follow-ups, Feedback), .csv (contacts, UTF-8) or .vcf (vCards). The"
        " format follows the extension. Our import reads all three back.",
    )
    exp.add_argument("file", help="the file to write (.xlsx, .csv or .vcf)")
    exp.add_argument("--search", metavar="TEXT", help="only the contacts this search finds")
    exp.add_argument("--tag", metavar="TAG", help="only the contacts with this tag")
    exp.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0",
                     help="vCard version for .vcf (default 3.0, which every phone reads)")
    exp.set_defaults(func=cmd_export)

    bak = verbs.add_parser(
        "backup", parents=[common], help="copy the database to a checked backup",
        description="Copy the database (safely, even while the app runs) to a backup file,"
        " check it, and keep the newest backups (in the 'backups' folder beside the database).",
    )
    bak.add_argument("--to", metavar="FILE", help="write the backup here instead")
    bak.add_argument("--keep", type=int, metavar="N",
                     help="keep the newest N backups in the backups folder from now on (the"
                     " database remembers it; 10 until set)")
    bak.set_defaults(func=cmd_backup)

    res = verbs.add_parser(
        "restore", parents=[common], help="replace the database with a backup",
        description="Replace the database's contents with a backup. The current contents are"
        " backed up first; a damaged or foreign file is refused and nothing changes.",
    )
    res.add_argument("file", help="the backup to restore")
    res.set_defaults(func=cmd_restore)

    cal = verbs.add_parser(
        "calendar", parents=[common], help="write follow-ups to an iCalendar (.ics) file",
        description="Write the open follow-ups to an .ics file that calendar apps import:"
        " an all-day event on each due day, or a half-hour event at its time.",
    )
    cal.add_argument("file", help="the .ics file to write")
    cal.add_argument("--done", action="store_true", help="include follow-ups already done")
    cal.set_defaults(func=cmd_calendar)

    dup = verbs.add_parser(
        "duplicates", parents=[common], help="list contacts and companies that look alike",
        description="List groups of likely duplicate contacts (same e-mail, same phone,"
        " similar names at similar companies) and companies (similar names, same website),"
        " best first, with a score (0-100) and the reasons. Pairs marked 'not duplicates'"
        " in the app are left out.",
    )
    dup.add_argument("--json", action="store_true",
                     help='one object: {"contacts": [{"ids", "score", "reasons", "names"}],'
                     ' "accounts": [...]}')
    dup.add_argument("--kind", choices=("contact", "account", "all"), default="all")
    dup.add_argument("--min-score", type=int, default=80, metavar="N",
                     help="leave out pairs scored below N (default 80)")
    dup.set_defaults(func=cmd_duplicates)

    entry = verbs.add_parser(
        "desktop-entry", help="put the app in this user's applications menu (Linux)",
        description="Write crm-desktop.desktop to ~/.local/share/applications (or"
        " $XDG_DATA_HOME) and the app's icon beside it, starting this installation.",
    )
    entry.set_defaults(func=cmd_desktop_entry)
    return parser


def _advice(exc: UserError, args: argparse.Namespace) -> str:
    """For a damaged database: which backup to restore, and how."""
    from crm_desktop.errors import DamagedDatabaseError

    if not isinstance(exc, DamagedDatabaseError) or args.verb == "restore":
        return ""
    from crm_desktop.store.backups import backup_dir, newest_good

    db_path = resolve_db_path(args.db)
    good = newest_good(db_path)
    if good is None:
        return f" No good backup of it was found in {backup_dir(db_path)}."
    return (f" Its newest good backup is {good}: '{APP_ID} restore {good}' puts it back"
            " (the damaged file is kept, not overwritten).")


def _plain_start(argv: list[str]) -> argparse.Namespace | None:
    """``crm-desktop`` or ``crm-desktop --db PATH``, read without building every verb's
    parser (11 ms of a start); None for anything else, which the full parser reads."""
    if not argv:
        db = None
    elif len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        db = argv[1]
    elif len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        db = argv[0].removeprefix("--db=")
    else:
        return None
    return argparse.Namespace(db=db, verb=None, func=cmd_gui)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _plain_start(argv) or build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except UserError as exc:
        print(f"{APP_ID}: {exc}{_advice(exc, args)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{APP_ID}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: say so in one line, keep the traceback in the log
        if (store := sys.modules.get("crm_desktop.store.db")) and (
                clear := store.explain(exc, resolve_db_path(args.db))):
            print(f"{APP_ID}: {clear}{_advice(clear, args)}", file=sys.stderr)
            return 1
        from crm_desktop.logs import log_file, setup_file_logging

        setup_file_logging()
        log.exception("unexpected error in %s", " ".join(sys.argv))
        print(f"{APP_ID}: internal error: {exc!r} (details in {log_file()})", file=sys.stderr)
        return 70


if __name__ == "__main__":
    raise SystemExit(main())
