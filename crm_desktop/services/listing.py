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

    @property
    def sort_keys(self) -> tuple[str, ...]:
        keys = self.columns[self.sort_column].sort or next(c.sort for c in self.columns if c.sort)
        return (*keys, self.id_expr)

    def _where(self, extra: str = "") -> str:
        parts = [*self.where, extra] if extra else list(self.where)
        return f" WHERE {' AND '.join(parts)}" if parts else ""

    def _select(self) -> str:
        cols = ", ".join([self.id_expr, *(c.expr for c in self.columns), *self.sort_keys])
        return f"SELECT {cols} FROM {self.from_sql}"

    def count(self) -> int:
        sql = f"SELECT count(*) FROM {self.from_sql}{self._where()}"
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
            return self._run(
                f"({keys}) {op} ({marks})", [*after], limit, 0, reverse=False
            )
        if total is not None and offset > total // 2:
            # Closer to the end: read backwards so OFFSET never exceeds half the list.
            start = max(total - offset - limit, 0)
            count = min(limit, total - offset)
            if count <= 0:
                return []
            rows = self._run("", [], count, start, reverse=True)
            rows.reverse()
            return rows
        return self._run("", [], limit, offset, reverse=False)

    def _run(self, extra: str, extra_params: list, limit: int, offset: int, *, reverse: bool):
        desc = self.descending != reverse
        order = ", ".join(f"{k} {'DESC' if desc else 'ASC'}" for k in self.sort_keys)
        sql = f"{self._select()}{self._where(extra)} ORDER BY {order} LIMIT ? OFFSET ?"
        return db.execute_sql(sql, [*self.params, *extra_params, limit, offset]).fetchall()


CONTACT_COLUMNS: tuple[Column, ...] = (
    Column("first_name", "First name", "c.first_name", ("c.first_key", "c.last_key")),
    Column("last_name", "Last name", "c.last_name", ("c.last_key", "c.first_key")),
    Column("company", "Company", "a.name", ("c.company_key", "c.last_key")),
    Column("job_title", "Job title", "c.job_title", ("c.title_key",)),
    Column("email", "E-mail", "c.primary_email", ("c.email_key",)),
    Column("phone", "Phone", "c.primary_phone", ("c.phone_key",)),
    Column("city", "City", "c.city", ("c.city_key",)),
    Column("status", "Status", "c.status", ("c.status",)),
    Column("updated", "Updated", "c.updated_at", ("c.updated_at",)),
)
CONTACT_DEFAULT_SORT = 1  # last name

_CONTACT_FROM = "contact c LEFT JOIN account a ON a.id = c.account_id AND a.deleted_at IS NULL"


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
    if terms.match:
        where.append("c.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)")
        params.append(terms.match)
    for word in terms.short:
        # Too short for trigrams: a prefix of a first name, last name or company, on indexes.
        where.append(
            "((c.first_key >= ? AND c.first_key < ?) OR (c.last_key >= ? AND c.last_key < ?)"
            " OR (c.company_key >= ? AND c.company_key < ?))"
        )
        params.extend([word, word + "\uffff"] * 3)
    return ListQuery(
        CONTACT_COLUMNS, _CONTACT_FROM, where, params, sort_column, descending, "c.id"
    )


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
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("c.name_key LIKE ? ESCAPE '\\'")
        params.append(f"%{escaped}%")
    return ListQuery(ACCOUNT_COLUMNS, "account c", where, params, sort_column, descending, "c.id")
