"""Filtered, sorted lists counted and paged in SQL, for the lazy table models.

A list never comes into memory whole. :class:`ListQuery` answers two questions:
how many rows match, and which rows stand at positions ``[offset, offset+n)``.
Every sort runs on an index of ``(key..., id)``; a page is fetched by keyset
(``(key, id) > anchor``) when the row before it is known, otherwise by OFFSET
counted from whichever end of the list is nearer.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from crm_desktop.store.db import database_proxy as db
from crm_desktop.store.search import parse_search
from crm_desktop.text import fold


@dataclass(frozen=True)
class Column:
    name: str  # stable identifier, used in settings and the CLI
    title: str  # header text
    expr: str  # SQL expression for the displayed value
    sort: tuple[str, ...] = ()  # indexed key expressions; empty: not sortable
    index: str = ""  # the index on (sort..., id) for live rows


@dataclass
class ListQuery:
    """One list: base tables, filters, a sort. Rows are tuples ``(id, *columns, *keys)``."""

    columns: Sequence[Column]
    from_sql: str
    where: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)
    sort_column: int = 0
    descending: bool = False
    id_expr: str = "c.id"
    count_sql: str | None = None  # a cheaper way to count, when there is one
    count_params: list = field(default_factory=list)
    #: From this many matching rows on, walk the sort column's index and test each row
    #: (dense results); below it, collect the matches and sort them (sparse results).
    dense_from: int | None = None

    @property
    def sort_keys(self) -> tuple[str, ...]:
        keys = self.columns[self.sort_column].sort or next(c.sort for c in self.columns if c.sort)
        return (*keys, self.id_expr)

    def _where(self, extra: str = "") -> str:
        parts = [*self.where, extra] if extra else list(self.where)
        return f" WHERE {' AND '.join(parts)}" if parts else ""

    def _select(self, total: int | None) -> str:
        cols = ", ".join([self.id_expr, *(c.expr for c in self.columns), *self.sort_keys])
        source = self.from_sql
        index = self.columns[self.sort_column].index
        if index and self.dense_from is not None and total is not None and total >= self.dense_from:
            # "contact c LEFT JOIN ..." -> "contact c INDEXED BY idx LEFT JOIN ..."
            head, _, tail = source.partition(" LEFT JOIN ")
            source = f"{head} INDEXED BY {index}" + (f" LEFT JOIN {tail}" if tail else "")
        return f"SELECT {cols} FROM {source}"

    def count(self) -> int:
        if self.count_sql:
            return db.execute_sql(self.count_sql, self.count_params).fetchone()[0]
        base = self.from_sql.partition(" LEFT JOIN ")[0]  # filters never need the joins
        sql = f"SELECT count(*) FROM {base}{self._where()}"
        return db.execute_sql(sql, self.params).fetchone()[0]

    def ids(self, limit: int | None = None) -> list[int]:
        order = ", ".join(f"{k} {'DESC' if self.descending else 'ASC'}" for k in self.sort_keys)
        sql = f"SELECT {self.id_expr} FROM {self.from_sql}{self._where()} ORDER BY {order}"
        params = list(self.params)
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [row[0] for row in db.execute_sql(sql, params)]

    def page(
        self,
        offset: int,
        limit: int,
        *,
        total: int | None = None,
        after: tuple | None = None,
    ) -> list[tuple]:
        """Rows ``offset .. offset+limit``; ``after`` is the key tuple of row ``offset-1``."""
        nkeys = len(self.sort_keys)
        if after is not None:
            op = "<" if self.descending else ">"
            keys = ", ".join(self.sort_keys)
            marks = ", ".join("?" * nkeys)
            return self._run(f"({keys}) {op} ({marks})", [*after], limit, 0, False, total)
        if total is not None and offset > total // 2:
            # Closer to the end: read backwards so OFFSET never exceeds half the list.
            start = max(total - offset - limit, 0)
            count = min(limit, total - offset)
            if count <= 0:
                return []
            rows = self._run("", [], count, start, True, total)
            rows.reverse()
            return rows
        return self._run("", [], limit, offset, False, total)

    def _run(self, extra: str, extra_params: list, limit: int, offset: int, reverse: bool,
             total: int | None):
        desc = self.descending != reverse
        order = ", ".join(f"{k} {'DESC' if desc else 'ASC'}" for k in self.sort_keys)
        sql = f"{self._select(total)}{self._where(extra)} ORDER BY {order} LIMIT ? OFFSET ?"
        return db.execute_sql(sql, [*self.params, *extra_params, limit, offset]).fetchall()


CONTACT_COLUMNS: tuple[Column, ...] = (
    Column("first_name", "First name", "c.first_name", ("c.first_key", "c.last_key"),
           "contact_first_live"),
    Column("last_name", "Last name", "c.last_name", ("c.last_key", "c.first_key"),
           "contact_last_live"),
    Column("company", "Company", "a.name", ("c.company_key", "c.last_key"),
           "contact_company_live"),
    Column("job_title", "Job title", "c.job_title", ("c.title_key",), "contact_title_live"),
    Column("email", "E-mail", "c.primary_email", ("c.email_key",), "contact_email_live"),
    Column("phone", "Phone", "c.primary_phone", ("c.phone_key",), "contact_phone_live"),
    Column("city", "City", "c.city", ("c.city_key",), "contact_city_live"),
    Column("status", "Status", "c.status", ("c.status",), "contact_status_live"),
    Column("updated", "Updated", "c.updated_at", ("c.updated_at",), "contact_updated_live"),
)
CONTACT_DEFAULT_SORT = 1  # last name

_CONTACT_FROM = "contact c LEFT JOIN account a ON a.id = c.account_id AND a.deleted_at IS NULL"


def _prefix_ids(word: str) -> tuple[str, list]:
    """Live contacts whose first name, last name or company starts with ``word``:
    three range scans on the sort indexes (1-2 characters are too short for trigrams)."""
    parts = [
        f"SELECT id FROM contact WHERE deleted_at IS NULL AND {key} >= ? AND {key} < ?"
        for key in ("first_key", "last_key", "company_key")
    ]
    return " UNION ".join(parts), [word, word + "\uffff"] * 3


def contact_query(
    search: str = "",
    *,
    account_id: int | None = None,
    trash: bool = False,
    sort_column: int = CONTACT_DEFAULT_SORT,
    descending: bool = False,
) -> ListQuery:
    """The contact list as the main window shows it."""
    where = ["c.deleted_at IS NOT NULL" if trash else "c.deleted_at IS NULL"]
    params: list = []
    if account_id is not None:
        where.append("c.account_id = ?")
        params.append(account_id)
    terms = parse_search(search)
    sources: list[tuple[str, list]] = []  # subqueries of matching live contact ids
    if trash:
        # The index holds live contacts; the trash is small, so scan its folded keys.
        for word in (*terms.long, *terms.short):
            where.append("(c.first_key || ' ' || c.last_key || ' ' || c.company_key || ' '"
                         " || c.email_key || ' ' || c.phone_key) LIKE ? ESCAPE '\\'")
            params.append(f"%{_like_escape(word)}%")
    else:
        if terms.match:
            sources.append(
                ("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", [terms.match])
            )
        sources.extend(_prefix_ids(word) for word in terms.short)
    for sql, source_params in sources:
        where.append(f"c.id IN ({sql})")
        params.extend(source_params)

    count_sql, count_params = None, []
    live_sql = "SELECT live FROM record_count WHERE table_name = 'contact'"
    live = db.execute_sql(live_sql).fetchone()[0]
    if not trash and account_id is None:
        if not sources:
            count_sql = live_sql
        else:
            count_sql = "SELECT count(*) FROM (" + " INTERSECT ".join(s for s, _ in sources) + ")"
            count_params = [p for _, ps in sources for p in ps]
    return ListQuery(
        CONTACT_COLUMNS, _CONTACT_FROM, where, params, sort_column, descending, "c.id",
        count_sql, count_params,
        dense_from=None if trash else max(200, int((35 * live) ** 0.5)),
    )


def _like_escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


ACCOUNT_COLUMNS: tuple[Column, ...] = (
    Column("name", "Company", "c.name", ("c.name_key",)),
    Column("industry", "Industry", "c.industry", ("c.industry_key", "c.name_key")),
    Column(
        "contacts",
        "Contacts",
        "(SELECT count(*) FROM contact k WHERE k.account_id = c.id AND k.deleted_at IS NULL)",
    ),
)


def account_query(
    search: str = "", *, trash: bool = False, sort_column: int = 0, descending: bool = False
) -> ListQuery:
    """Accounts, filtered by a substring of the name."""
    where = ["c.deleted_at IS NOT NULL" if trash else "c.deleted_at IS NULL"]
    params: list = []
    for word in fold(search).split():
        where.append("c.name_key LIKE ? ESCAPE '\\'")
        params.append(f"%{_like_escape(word)}%")
    return ListQuery(ACCOUNT_COLUMNS, "account c", where, params, sort_column, descending, "c.id")
