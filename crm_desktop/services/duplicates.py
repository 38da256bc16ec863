"""Finding duplicate contacts and accounts, best first, without comparing everyone with
everyone: records are compared only within blocks that share something.

Contacts: the same e-mail (SQL, grouped on its index); the same phone in E.164 (blocked
by its last seven digits in SQL, then read with phonenumbers in the contact's country);
similar names at similar companies (streamed in name order, blocked by last name and by
first name, compared with rapidfuzz's ``cdist`` inside each block). Accounts: the same
company without its legal form, similar names, the same web domain. Pairs are joined
into groups; pairs the user dismissed ("not duplicates") are left out.
"""

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import combinations, groupby

from crm_desktop.services import matching as mt
from crm_desktop.store.db import database_proxy as db

Stop = Callable[[], bool] | None

#: Blocks larger than this are split by the next letter (a common name is not compared
#: with every other holder of it).
BLOCK = 400


@dataclass
class Group:
    kind: str  # "contact" or "account"
    ids: list[int]
    score: int  # the best pair's
    reasons: list[str] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)


class _Pairs:
    """The best score and reasons per pair of ids."""

    def __init__(self, min_score: int):
        self.min_score = min_score
        self.best: dict[tuple[int, int], int] = {}
        self.why: dict[tuple[int, int], str] = {}

    def add(self, a: int, b: int, score: int, reason: str) -> None:
        if a == b or score < self.min_score:
            return
        pair = (a, b) if a < b else (b, a)
        if score > self.best.get(pair, -1):
            self.best[pair] = score
            self.why[pair] = reason


def find(kind: str = "contact", min_score: int = mt.LIKELY, stop: Stop = None,
         progress: Callable[[str], None] | None = None) -> list[Group]:
    """Groups of likely duplicates among live ``kind`` records, best first."""
    pairs = _Pairs(min_score)
    steps = _contact_steps if kind == "contact" else _account_steps
    for label, step in steps():
        if stop is not None and stop():
            raise InterruptedError("stopped")
        if progress is not None:
            progress(label)
        step(pairs)
    _forget_dismissed(kind, pairs)
    return _groups(kind, pairs)


# --- contacts ---------------------------------------------------------------------------
def _contact_steps():
    return [("Same e-mail", _same_email), ("Same phone", _same_phone),
            ("Similar names", _similar_names), ("Names the other way round", _swapped_names)]


def _same_email(pairs: _Pairs) -> None:
    for key, ids in db.execute_sql(
            "SELECT e.value_key, group_concat(DISTINCT e.contact_id) FROM contact_email e"
            " JOIN contact c ON c.id = e.contact_id AND c.deleted_at IS NULL"
            " GROUP BY e.value_key HAVING count(DISTINCT e.contact_id) > 1"):
        _chain(pairs, sorted(int(i) for i in ids.split(",")), 100, f"same e-mail {key}")


def _same_phone(pairs: _Pairs) -> None:
    """Numbers that end alike are read in their contact's country (phonenumbers, ~80 us
    each): only where the digits differ, as written numbers of one person often do."""
    rows = db.execute_sql(
        "WITH p AS (SELECT p.contact_id, p.value, p.value_key, c.country,"
        " substr(p.value_key, -7) AS tail FROM contact_phone p JOIN contact c"
        " ON c.id = p.contact_id AND c.deleted_at IS NULL WHERE length(p.value_key) >= 7),"
        " shared AS (SELECT tail FROM p GROUP BY tail HAVING count(DISTINCT contact_id) > 1)"
        " SELECT p.tail, p.contact_id, p.value, p.value_key, p.country FROM p"
        " JOIN shared USING (tail) ORDER BY p.tail").fetchall()
    by_number: dict[tuple[str, str], set[int]] = defaultdict(set)
    for tail, group in groupby(rows, key=lambda r: r[0]):
        group = list(group)
        if len({(r[3], r[4]) for r in group}) == 1:  # the same digits: one number, no parse
            by_number[(tail, group[0][2])].update(r[1] for r in group)
            continue
        for _, cid, value, key, country in group:
            by_number[(tail, mt.phone_e164(value, country) or key)].add(cid)
    people = _people({cid for ids in by_number.values() if len(ids) > 1 for cid in ids})
    for (_tail, number), ids in by_number.items():
        for a, b in combinations(sorted(ids)[:50], 2):
            # Two names on one number: a shared switchboard, not one person.
            name = mt.name_similarity(*people[a][:2], *people[b][:2])
            score = 95 if name >= 70 else 70
            pairs.add(a, b, score, f"same phone {number}")


def _people(ids) -> dict[int, tuple[str, str, str]]:
    out: dict[int, tuple[str, str, str]] = {}
    ids = sorted(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for cid, first, last, company in db.execute_sql(
                "SELECT id, first_key, last_key, company_key FROM contact WHERE id IN"
                f" ({','.join('?' * len(chunk))})", chunk):
            out[cid] = (first, last, company)
    return out


def _similar_names(pairs: _Pairs) -> None:
    """Blocks of one last name (then of one first name, for typos in the last name)."""
    for order, key in (("last_key, first_key", 2), ("first_key, last_key", 1)):
        for block in _blocks(f"SELECT id, first_key, last_key, company_key FROM contact"
                             f" WHERE deleted_at IS NULL AND (first_key != '' OR"
                             f" last_key != '') ORDER BY {order}", key):
            _compare_block(pairs, block, 3 - key)


def _swapped_names(pairs: _Pairs) -> None:
    """"Smith John" and "John Smith": the same two names, whichever field holds which
    (compared in one order, alphabetical; only blocks where both orders occur)."""
    for block in _blocks(
            "SELECT id, min(first_key, last_key), max(first_key, last_key), company_key,"
            " min(first_key, last_key) || ' ' || max(first_key, last_key) AS both, first_key"
            " FROM contact WHERE deleted_at IS NULL AND first_key != '' AND last_key != ''"
            " ORDER BY both", 4):
        if len({r[5] for r in block}) > 1:  # some have them the other way round
            _compare_block(pairs, block, 1)


def _blocks(sql: str, key: int) -> Iterator[list[tuple]]:
    """Runs of rows with the same ``row[key]``, from a query in that order."""
    block: list[tuple] = []
    for row in db.execute_sql(sql):
        if block and row[key] != block[0][key]:
            yield block
            block = []
        block.append(row)
    if block:
        yield block


def _compare_block(pairs: _Pairs, block: list[tuple], other: int) -> None:
    """Compare the people of one block (one shared name), split further when large. Every
    pair of the block is scored at once, in C and numpy (a Python call per pair took a
    minute for 100,000 demo contacts, whose few names repeat)."""
    if len(block) < 2:
        return
    if len(block) > BLOCK:  # a common name: by the first letter of the other name
        parts: dict[str, list[tuple]] = defaultdict(list)
        for row in block:
            parts[row[other][:1]].append(row)
        if len(parts) == 1:  # all alike: compare in slices rather than not at all
            for start in range(0, len(block), BLOCK):
                _compare_block(pairs, block[start : start + BLOCK * 2], other)
            return
        for part in parts.values():
            _compare_block(pairs, part, other)
        return
    import numpy as np
    from rapidfuzz import fuzz, process

    def matrix(values: list[str]):
        """Every value against every other; each distinct value compared once (a block
        of one surname holds it hundreds of times)."""
        distinct, at = np.unique(np.array(values, dtype=object), return_inverse=True)
        small = process.cdist(list(distinct), list(distinct), scorer=fuzz.ratio,
                              dtype=np.uint8, workers=1).astype(np.float32)
        return small[np.ix_(at, at)]

    firsts, lasts = [r[1] for r in block], [r[2] for r in block]
    cores = [mt.company_core(r[3]) for r in block]
    first, last = matrix(firsts), matrix(lasts)
    no_first = np.array([not f for f in firsts])
    no_last = np.array([not la for la in lasts])
    name = np.where(no_first[:, None] & no_first[None, :], last,
                    np.where(no_last[:, None] & no_last[None, :], first, (first + last) / 2))
    company = matrix(cores)
    no_company = np.array([not c for c in cores])
    unknown = no_company[:, None] | no_company[None, :]
    score = mt.person_score(name, company, unknown)
    keep = np.triu((name >= 85) & (score >= pairs.min_score), k=1)
    for i, j in zip(*keep.nonzero(), strict=True):
        a, b = block[i], block[j]
        reason = "same name" if name[i, j] == 100 else "similar names"
        if not unknown[i, j] and company[i, j] >= 70:
            reason += ", same company" if company[i, j] == 100 else ", similar company"
        pairs.add(a[0], b[0], round(float(score[i, j])), reason)


def _chain(pairs: _Pairs, ids: list[int], score: int, reason: str) -> None:
    """Many records sharing one key (a shared inbox): pairs along the chain, not all."""
    for a, b in zip(ids, ids[1:], strict=False):
        pairs.add(a, b, score, reason)


# --- accounts ---------------------------------------------------------------------------
def _account_steps():
    return [("Similar company names", _similar_companies), ("Same website", _same_domain)]


def _similar_companies(pairs: _Pairs) -> None:
    from rapidfuzz import fuzz, process

    by_letter: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for aid, name in db.execute_sql(
            "SELECT id, name FROM account WHERE deleted_at IS NULL ORDER BY name_key"):
        core = mt.company_core(name)
        by_letter[core[:2]].append((aid, core))
    for block in by_letter.values():
        if len(block) < 2:
            continue
        for start in range(0, len(block), BLOCK):
            part = block[start : start + BLOCK * 2]
            cores = [c for _, c in part]
            scores = process.cdist(cores, cores, scorer=fuzz.ratio, score_cutoff=88,
                                   workers=1)
            for i, j in zip(*scores.nonzero(), strict=True):
                if i < j:
                    score = int(scores[i, j])
                    pairs.add(part[i][0], part[j][0], score,
                              "same name" if score == 100 else "similar names")


def _same_domain(pairs: _Pairs) -> None:
    by_domain: dict[str, list[int]] = defaultdict(list)
    for aid, website in db.execute_sql(
            "SELECT id, website FROM account WHERE deleted_at IS NULL AND website != ''"):
        domain = website.lower().split("//")[-1].split("/")[0].removeprefix("www.")
        if domain:
            by_domain[domain].append(aid)
    for domain, ids in by_domain.items():
        _chain(pairs, sorted(ids), 90, f"same website {domain}")


# --- groups -----------------------------------------------------------------------------
def _forget_dismissed(kind: str, pairs: _Pairs) -> None:
    if not pairs.best:
        return
    table = "contact" if kind == "contact" else "account"
    ids = sorted({i for pair in pairs.best for i in pair})
    uid: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        uid.update(db.execute_sql(f"SELECT id, uid FROM {table} WHERE id IN"
                                  f" ({','.join('?' * len(chunk))})", chunk).fetchall())
    dismissed = set(db.execute_sql("SELECT a_uid, b_uid FROM dismissed_pair WHERE kind = ?",
                                   (kind,)).fetchall())
    for a, b in list(pairs.best):
        key = tuple(sorted((uid[a], uid[b])))
        if key in dismissed:
            del pairs.best[(a, b)]


def _groups(kind: str, pairs: _Pairs) -> list[Group]:
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs.best:
        parent[root(a)] = root(b)
    members: dict[int, list[int]] = defaultdict(list)
    for x in parent:
        members[root(x)].append(x)
    scored: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for pair, score in pairs.best.items():
        scored[root(pair[0])].append((score, pairs.why[pair]))
    groups = []
    for top, ids in members.items():
        ids.sort()
        inside = sorted(scored[top], reverse=True)
        reasons = list(dict.fromkeys(r for _, r in inside))
        groups.append(Group(kind, ids, inside[0][0], reasons))
    groups.sort(key=lambda g: (-g.score, g.ids[0]))
    _name(kind, groups)
    return groups


def _name(kind: str, groups: list[Group]) -> None:
    ids = sorted({i for g in groups for i in g.ids})
    names: dict[int, str] = {}
    sql = ("SELECT c.id, trim(c.first_name || ' ' || c.last_name) ||"
           " coalesce(' · ' || a.name, '') FROM contact c LEFT JOIN account a"
           " ON a.id = c.account_id WHERE c.id IN ({})" if kind == "contact"
           else "SELECT id, name FROM account WHERE id IN ({})")
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        names.update(db.execute_sql(sql.format(",".join("?" * len(chunk))), chunk))
    for group in groups:
        group.names = {i: names.get(i, "") for i in group.ids}


def dismiss(kind: str, ids: list[int]) -> int:
    """Remember that these records are not duplicates of each other; pairs stored."""
    table = "contact" if kind == "contact" else "account"
    uids = [u for (u,) in db.execute_sql(
        f"SELECT uid FROM {table} WHERE id IN ({','.join('?' * len(ids))})", ids)]
    rows = [(kind, *sorted(pair)) for pair in combinations(sorted(set(uids)), 2)]
    with db.atomic():
        db.obj.connection().executemany(
            "INSERT OR IGNORE INTO dismissed_pair (kind, a_uid, b_uid) VALUES (?, ?, ?)", rows)
    return len(rows)
