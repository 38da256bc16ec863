"""Text folding shared by storage keys and search.

SQLite's trigram tokenizer on the SQLite we ship with cannot remove
diacritics, so both the indexed text and the query are folded here the same
way: case-folded, accents stripped, a few letters that do not decompose
spelled out.
"""

import re
import unicodedata
from functools import lru_cache

_EXTRA = str.maketrans(
    {
        "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe",
        "ı": "i", "ħ": "h", "ŀ": "l",
    }
)
_NON_DIGIT = re.compile(r"\D+")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # names, companies, cities repeat: imports fold each many times
def fold(text: str | None) -> str:
    """Lower-case, accent-free, whitespace-collapsed form of ``text``."""
    if not text:
        return ""
    if text.isascii():  # nothing to decompose: 10x faster, same result
        folded = " ".join(text.lower().split())
        return text if folded == text else folded  # the same object: no second copy
    # Decompose before and after case folding: "℠" decomposes to upper-case "SM".
    decomposed = unicodedata.normalize(
        "NFKD", unicodedata.normalize("NFKD", text).casefold()
    )
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.translate(_EXTRA)).strip()


# An address as people type and exports hold them: a local part of the usual
# characters, one @, and a domain of dotted labels ending in letters (IDN allowed).
_LOCAL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+")
_LABEL = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")


def is_email(text: str) -> bool:
    """Whether ``text`` is an e-mail address (syntax only; nothing is looked up)."""
    local, at, domain = text.rpartition("@")
    if not at or not local or local[0] == "." or ".." in text or not _LOCAL.fullmatch(local):
        return False
    labels = domain.split(".")
    top = labels[-1]
    return (len(labels) > 1 and len(top) > 1 and top.isalpha()
            and all(_LABEL.fullmatch(label) for label in labels))


@lru_cache(maxsize=1 << 12)  # an import asks for each phone's digits four times in a row
def digits(text: str | None) -> str:
    """Only the digits of ``text`` (for phone numbers)."""
    return _NON_DIGIT.sub("", text or "")


def split_tags(text: str | None) -> list[str]:
    """Tags typed as "a, b; c" -> ["a", "b", "c"], de-duplicated without case."""
    seen: dict[str, str] = {}
    for part in re.split(r"[,;\n]", text or ""):
        tag = _SPACES.sub(" ", part).strip()
        if tag and fold(tag) not in seen:
            seen[fold(tag)] = tag
    return sorted(seen.values(), key=fold)


def tidy_tags(text: str | None) -> str:
    """Tags as stored: "b; A, b" -> "A, b"."""
    return ", ".join(split_tags(text))


def counted(n: int, word: str, plural: str | None = None) -> str:
    """"1 contact", "1,200 contacts", "2 companies" (with ``plural``)."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {plural or word + 's'}"
