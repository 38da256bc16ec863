"""How a page of a list is found, when a plain ORDER BY ... LIMIT/OFFSET would be slow.

A mixin of :class:`~crm_desktop.services.listing.ListQuery`; each plan answers
the page or returns None so that the next one is tried (``ListQuery.page``):

- the first contacts of the order, in memory (``_head_page``, :mod:`heads`): the
  first pages of a search whose matches are not rare there;
- walk the sort order and check rows (``_scan_page``): very common search terms;
- in-memory ranks (``_ranked_page``, :mod:`ranks`): any page of any search;
- a window of the sort index (``_window_page``): matches spread through the order;
- fences (``build_fences``): deep pages of a long list, as a seek plus a short OFFSET.

Tests compare every plan's pages with plain SQL's.
"""

from crm_desktop.services import ranks
from crm_desktop.store.db import database_proxy as db

#: Below this many matches (2% of a million), sorting them all (~2 us each) is
#: cheaper than trying a window of the sort index.
WINDOW_FROM = 20_000
#: From this many matches, checking rows along the sort order beats reading them all
#: (1M contacts: 177k matches ~90 ms to read, ~25 ms to find 200 by walking).
SCAN_FROM = 100_000
#: A search first reads this many matches; if they end early in the table, the term
#: is common (about RANK_UP_TO matches or more) and its first page comes from a walk
#: along the sort order, not from reading and ranking every match (~1 us each).
RANK_PROBE = 30_000
RANK_UP_TO = 100_000
#: Nor are all matches read when reading the rest would take longer than this, judged
#: by the time the first RANK_PROBE took: a long phrase ("@postbox") costs far more per
#: match than a short word.
READ_BUDGET_S = 0.02
#: A search first reads this many of its matches (in id order, ~1 ms): where they
#: stand in the sort order tells whether its first page is in the order's head.
HEAD_SAMPLE = 200
#: The most rows such a walk checks before leaving the page to the other plans.
SCAN_WALK = 2_800


class PagePlans:
    #: How many index entries the window plan reads before giving up: 200 matches
    #: within them needs a density of 1%, and it is tried from 2% (WINDOW_FROM).
    WINDOW = 20_000

    def build_fences(self) -> list[tuple]:
        """Sort keys of rows fence_every, 2*fence_every, ... (1-based).

        Each fence is a keyset seek from the one before plus OFFSET fence_every-1, so
        the index is read once, in SQLite (1M rows: ~0.2 s here). With them any page
        is a seek plus an OFFSET under fence_every instead of up to half the list
        (row 500,000 at 1M: 60 ms -> 4 ms)."""
        keys = ", ".join(self.sort_keys)
        direction = "DESC" if self.descending else "ASC"
        order = ", ".join(f"{k} {direction}" for k in self.sort_keys)
        first = db.execute_sql(
            f"SELECT {keys} FROM {self._tables[0]}{self._where()} ORDER BY {order}"
            " LIMIT 1 OFFSET ?", [*self.params, self.fence_every - 1]).fetchone()
        fences: list[tuple] = [tuple(first)] if first else []
        while fences and (row := self.keys_after(fences[-1], 1, self.fence_every - 1)):
            fences.append(tuple(row[0]))
        return fences

    def _window_page(
        self, cond: str, cond_params: list, limit: int, reverse: bool
    ) -> list[tuple] | None:
        """The page from the first WINDOW entries of the sort index, if they hold enough
        matches; None if not (the caller then sorts all the matches instead).

        Walking the index (index data only, no table lookups) and testing ids against
        the match set is fast when matches are spread through the sort order ("son"
        sorted by city). It fails when they cluster ("garcia" sorted by last name), and
        there the matches are few enough to sort directly."""
        index = self.columns[self.sort_column].index
        if self.sources is None or not index:
            return None
        direction = "DESC" if self.descending != reverse else "ASC"
        bare = [k.removeprefix("c.") for k in self.sort_keys]
        window_order = ", ".join(f"{k} {direction}" for k in bare)
        window_where = "deleted_at IS NULL" + (f" AND {cond.replace('c.', '')}" if cond else "")
        tests = " AND ".join(f"id IN ({sql})" for sql, _ in self.sources)
        base, joins = self._tables
        sql = (
            f"WITH win AS (SELECT {', '.join(dict.fromkeys(bare))} FROM contact"
            f" INDEXED BY {index} WHERE {window_where} ORDER BY {window_order} LIMIT ?),"
            f" hit AS (SELECT id FROM win WHERE {tests} ORDER BY {window_order} LIMIT ?)"
            f" SELECT {self._shown} FROM hit JOIN {base} ON c.id = hit.id{joins}"
            f" ORDER BY {', '.join(f'{k} {direction}' for k in self.sort_keys)}"
        )
        params = [*cond_params, self.WINDOW, *(p for _, ps in self.sources for p in ps), limit]
        rows = db.execute_sql(sql, params).fetchall()
        return rows if len(rows) == limit else None

    def _scan_page(self, after: tuple | None, limit: int) -> list[tuple] | None:
        """Walk the sort index from ``after`` in growing chunks, keeping ids whose stored
        search text matches, until the page is full; None if that takes too long.

        For a term in 5%+ of contacts, 200 matches lie within a few thousand rows of
        the sort order: checking those (~2-20 us each) beats reading every match."""
        index = self.columns[self.sort_column].index
        if not index:
            return None
        direction, op = ("DESC", "<") if self.descending else ("ASC", ">")
        bare = [k.removeprefix("c.") for k in self.sort_keys]
        keys, order = ", ".join(bare), ", ".join(f"{k} {direction}" for k in bare)
        seek = f" AND ({keys}) {op} ({', '.join('?' * len(bare))})"
        likes = " AND ".join("c0 LIKE ? ESCAPE '\\'" for _ in self.scan_patterns)
        found: list[int] = []
        chunk, walked = 400, 0
        while len(found) < limit and walked < SCAN_WALK:
            rows = db.execute_sql(
                f"SELECT {keys} FROM contact INDEXED BY {index} WHERE deleted_at IS NULL"
                f"{seek if after else ''} ORDER BY {order} LIMIT ?",
                [*(after or ()), chunk],
            ).fetchall()
            if not rows:
                break
            ids = [row[-1] for row in rows]
            hits = {
                i for (i,) in db.execute_sql(
                    f"SELECT id FROM contact_fts_content WHERE id IN"
                    f" ({','.join('?' * len(ids))}) AND {likes}",
                    [*ids, *self.scan_patterns],
                )
            }
            found += [i for i in ids if i in hits]
            after, walked, chunk = tuple(rows[-1]), walked + len(rows), chunk * 2
            if len(rows) < chunk // 2:
                break  # the end of the list
            if len(found) < limit and walked * (limit - len(found)) > len(found) * (
                SCAN_WALK - walked
            ):
                return None  # at the density seen so far the page would not fill in time
        else:
            if len(found) < limit:
                return None
        return self._rows_in_order(found[:limit])

    def _head_holds(self, current: "ranks.Ranks", sample, limit: int) -> bool:
        """Whether the head of the order likely holds ``limit`` matches, judged by the
        ``sample`` (the matches up to some id): the share of them in the head, times
        the matches expected up to the last id (ids spread evenly through the order)."""
        in_head = current.in_head(sample, self.descending)
        return in_head * current.top_id >= limit * int(sample.max())

    def _head_page(self, offset: int, limit: int) -> list[tuple] | None:
        """Matches ``offset .. offset+limit`` from the head of the order (:mod:`heads`),
        if it holds that many; None if not. What was found is kept for the next page."""
        if not self.phrases or not self.ranked:
            return None
        current = ranks.current(self.sort_column)
        head = current.head(self.descending) if current else None
        if head is None:
            return None
        if self._head_state is None or self._head_state[0] is not head:
            self._head_state = (head, [], 0)
        _, found, row = self._head_state
        if len(found) < offset + limit and row < len(head.ids):
            more, row = head.find(self.phrases, row, offset + limit - len(found))
            found.extend(more)
            self._head_state = (head, found, row)
        if len(found) < offset + limit:
            return None
        return self._rows_in_order(found[offset : offset + limit])

    def _rows_in_order(self, ids: list[int]) -> list[tuple]:
        if not ids:
            return []
        base, joins = self._tables
        rows = db.execute_sql(
            f"SELECT {self._shown} FROM {base}{joins} WHERE {self.id_expr} IN"
            f" ({','.join('?' * len(ids))})",
            ids,
        ).fetchall()
        position = {record_id: n for n, record_id in enumerate(ids)}
        return sorted(rows, key=lambda row: position[row[0]])

    def _ranked_page(self, offset: int, limit: int) -> list[tuple] | None:
        """The page picked from all matches by in-memory ranks; None if there are none
        current for this sort (then SQL sorts). The matches are read once per query."""
        if not self.ranked or not self.sources:
            return None
        current = ranks.current(self.sort_column)
        if current is None:
            return None
        if self._match_ids is None:
            self._match_ids = ranks.match_ids(*self._sources_sql())
        return self._rows_in_order(
            current.top(self._match_ids, offset, limit, self.descending)
        )
