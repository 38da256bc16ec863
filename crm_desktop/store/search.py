"""The contact search index (FTS5, trigram) and turning typed text into a query.

The index holds one folded text per contact (names, e-mails, phones as written
and as digits, company), so a search finds substrings without regard to case
or accents. The trigram tokenizer needs three characters; shorter input falls
back to a prefix match on the indexed name keys.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from peewee import SqliteDatabase

from crm_desktop.text import digits, fold

_SEP = "\x1f"  # joins a contact's e-mails or phones; never typed by a user
_CONTACT_TEXT_SQL = f"""
SELECT c.id, c.first_name, c.last_name, coalesce(a.name, ''),
       (SELECT group_concat(value, '{_SEP}') FROM contact_email WHERE contact_id = c.id),
       (SELECT group_concat(value, '{_SEP}') FROM contact_phone WHERE contact_id = c.id)
FROM contact c LEFT JOIN account a ON a.id = c.account_id AND a.deleted_at IS NULL
"""
_INSERT = "INSERT INTO contact_fts (rowid, body) VALUES (?, ?)"


def contact_body(
    first: str, last: str, company: str, emails: Iterable[str], phones: Iterable[str]
) -> str:
    """The folded text the index holds for one contact."""
    phones = [p for p in phones if p]
    parts = [f"{first} {last}", company, *emails, *phones, *(digits(p) for p in phones)]
    return " | ".join(fold(p) for p in parts if p and p.strip())


def _index_rows(rows) -> list[tuple[int, str]]:
    return [
        (cid, contact_body(first, last, company, (em or "").split(_SEP), (ph or "").split(_SEP)))
        for cid, first, last, company, em, ph in rows
    ]


def reindex_contacts(db: SqliteDatabase, ids: Iterable[int],
                     progress: Callable[[int], None] | None = None) -> None:
    """Rewrite the index rows of ``ids``; trashed ones leave the index. ``progress``
    hears how many are done, every 500.

    Call inside the writing transaction."""
    ids = list(ids)
    conn = db.connection()
    for start in range(0, len(ids), 500):
        if progress:
            progress(start)
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM contact_fts WHERE rowid IN ({marks})", chunk)
        rows = conn.execute(
            f"{_CONTACT_TEXT_SQL} WHERE c.id IN ({marks}) AND c.deleted_at IS NULL", chunk
        ).fetchall()
        conn.executemany(_INSERT, _index_rows(rows))


def rebuild_contact_index(db: SqliteDatabase, batch: int = 20_000) -> int:
    """Rebuild the whole index (after a bulk insert); return the rows indexed."""
    conn = db.connection()
    conn.execute("DELETE FROM contact_fts")
    cursor = conn.execute(_CONTACT_TEXT_SQL + " WHERE c.deleted_at IS NULL ORDER BY c.id")
    count = 0
    while rows := cursor.fetchmany(batch):
        conn.executemany(_INSERT, _index_rows(rows))
        count += len(rows)
    return count


@dataclass(frozen=True)
class SearchTerms:
    """Typed text as FTS phrases (each must occur), or name prefixes if all too short."""

    match: str | None  # FTS5 MATCH expression: the phrases, AND-ed
    short: tuple[str, ...]  # folded text under 3 characters: a prefix of a name or company
    phrases: tuple[str, ...] = ()  # folded phrases of 3+ characters (those in ``match``)


def parse_search(text: str) -> SearchTerms:
    """Words of 3+ characters must each occur somewhere, in any order, as substrings.

    A 1-2 character word joins the word after it (or, last, the one before) and the
    two are found as typed: "john sm", "& sons", "ltd 25". Trigrams need 3 characters;
    input shorter than that in all is matched as the start of a name or company.
    """
    words = fold(text).split()
    phrases: list[str] = []
    pending: list[str] = []
    for word in words:
        pending.append(word)
        if len(word) >= 3:
            phrases.append(" ".join(pending))
            pending = []
    if pending:
        if phrases:
            phrases[-1] = " ".join([phrases[-1], *pending])
        elif len(" ".join(pending)) >= 3:
            phrases.append(" ".join(pending))
        else:
            return SearchTerms(None, (" ".join(pending),))
    match = " AND ".join('"' + p.replace('"', '""') + '"' for p in phrases) or None
    return SearchTerms(match, (), tuple(phrases))
