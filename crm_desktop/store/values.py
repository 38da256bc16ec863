"""What records hold besides their tables: timestamps, uids and the fixed value lists.

No peewee here: the window's start imports this (through the timeline's services), and not
the models, which cost 12 ms to import. :mod:`models` re-exports all of it.
"""

import os
import time
from datetime import UTC, datetime

STATUSES = ("lead", "prospect", "customer", "inactive")
LABELS = ("work", "home", "mobile", "other")


def now_iso() -> str:
    """UTC timestamp as sortable ISO-8601 text with milliseconds."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def new_uid() -> str:
    """A UUIDv7 (RFC 9562) as 32 hex digits: globally unique and ordered by creation
    time, so new records append to the uid index instead of landing at random."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10))
    value = (ms << 80) | (0x7 << 76) | ((rand >> 68) << 64) | (0b10 << 62) | (rand & (2**62 - 1))
    return f"{value:032x}"


def new_uids(n: int) -> list[str]:
    """``n`` UUIDv7s from one clock reading and one read of random bytes (ordered by
    time, then random): for bulk inserts, where :func:`new_uid` per row costs a system
    call and big-integer arithmetic each."""
    ms = time.time_ns() // 1_000_000
    head = f"{(ms << 16) | (0x7 << 12):016x}"[:13]
    raw = os.urandom(10 * n).hex()
    return [
        f"{head}{raw[i:i + 3]}{(int(raw[i + 3], 16) & 0x3) | 0x8:x}{raw[i + 4:i + 19]}"
        for i in range(0, 20 * n, 20)
    ]


INTERACTION_KINDS = ("call", "meeting", "email", "note", "purchase", "support")
SUPPORT_STATUSES = ("open", "resolved")
