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


def _open(args: argparse.Namespace):
    from crm_desktop.store import open_database

    return open_database(resolve_db_path(args.db))


def cmd_gui(args: argparse.Namespace) -> int:
    from crm_desktop.gui.app import run

    return run(resolve_db_path(args.db))


def cmd_stats(args: argparse.Namespace) -> int:
    from crm_desktop.services import stats

    _open(args)
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
    db = _open(args)
    started = time.perf_counter()
    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty:
            print(f"\r{done:,} / {total:,} contacts", end="", file=sys.stderr, flush=True)

    added = demo.generate(args.contacts, seed=args.seed, progress=progress)
    if tty:
        print(file=sys.stderr)
    print(
        f"Added {added['contacts']:,} contacts and {added['accounts']:,} accounts to "
        f"{db.database} in {time.perf_counter() - started:.1f} s."
    )
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
    verbs = parser.add_subparsers(title="verbs", metavar="VERB")

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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args)
    except UserError as exc:
        print(f"{APP_ID}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{APP_ID}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: say so in one line, keep the traceback in the log
        from crm_desktop.logs import log_file, setup_file_logging

        setup_file_logging()
        log.exception("unexpected error in %s", " ".join(sys.argv))
        print(f"{APP_ID}: internal error: {exc!r} (details in {log_file()})", file=sys.stderr)
        return 70


if __name__ == "__main__":
    raise SystemExit(main())
