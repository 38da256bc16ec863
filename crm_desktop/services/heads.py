"""The first contacts of a sort order with their search text, held in memory.

A search's first page is the first few matches in the list's order. For a
phrase of common trigrams ("@postbox", "& sons") reading every match from the
index to sort them costs 40-80 ms at 1M contacts, but the first 60 matches lie
among the first few thousand contacts of the order. A :class:`Head` holds the
first HEAD_SIZE contacts of one order, their folded search text joined into one
string: finding the page there is a C-speed substring scan (under 1 ms for a
term in 1% of contacts), and its rows are exactly the list's first rows, since
FTS5's trigram phrase match is a substring match on the same folded text.

Heads are built with the sort ranks (:mod:`ranks`) and share their staleness
test; a term too rare or too clustered to fill a page there is left to the
other plans.
"""

import bisect
from array import array
from dataclasses import dataclass

from crm_desktop.store.db import database_proxy as db

#: Contacts held per direction of a sort order: ~3.4 MB of text at ~113 characters
#: each. A page of 60 is found there for any term in more than ~0.2% of contacts
#: spread through the order.
HEAD_SIZE = 30_000


@dataclass(frozen=True)
class Head:
    ids: array  # contact ids in list order
    text: str  # their search texts, joined by newlines (folded text never holds one)
    starts: array  # where each one's text begins in ``text``

    def find(self, phrases: tuple[str, ...], row: int, want: int) -> tuple[list[int], int]:
        """Ids of up to ``want`` contacts from head row ``row`` on whose text holds every
        phrase, in list order, and the row to go on from (``len(ids)`` at the end)."""
        first, *others = sorted(phrases, key=len, reverse=True)
        text, starts, size = self.text, self.starts, len(self.ids)
        found: list[int] = []
        at = starts[row] if row < size else len(text)
        while len(found) < want:
            at = text.find(first, at)
            if at < 0:
                return found, size
            row = bisect.bisect_right(starts, at, row) - 1
            end = starts[row + 1] - 1 if row + 1 < size else len(text)
            if not others or all(p in text[starts[row]:end] for p in others):
                found.append(self.ids[row])
            row += 1
            at = end + 1
        return found, row


def read(ids) -> Head:
    """The head of the order ``ids`` (a numpy array of contact ids), with their texts.

    Joined in SQLite, in one statement: built in the background beside a window
    that is painting, it holds the interpreter for a few ms, not for a loop over
    every contact (which slowed the window's jumps from 27 to 71 ms at 1M)."""
    import numpy as np

    text, lengths = db.execute_sql(
        "SELECT group_concat(coalesce(f.c0, ''), char(10)),"
        " group_concat(length(coalesce(f.c0, '')) + 1)"
        " FROM (SELECT value AS id FROM json_each(?) ORDER BY key) AS h"
        " LEFT JOIN contact_fts_content AS f ON f.id = h.id",
        [f"[{','.join(map(str, ids.tolist()))}]"],
    ).fetchone()
    ends = np.cumsum(np.fromstring(lengths or "", dtype=np.int64, sep=","))
    starts, head_ids = array("q"), array("q")
    starts.frombytes(np.concatenate(([0], ends[:-1])).astype(np.int64).tobytes())
    head_ids.frombytes(np.asarray(ids, dtype=np.int64).tobytes())
    return Head(head_ids, text or "", starts)
