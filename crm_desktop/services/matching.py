"""When two records are the same person or company: one matcher for the import's
duplicate handling and for the duplicate finder.

Exact keys: an e-mail (folded), a phone's digits (six or more: fewer tell nobody apart),
first + last name + company (folded). The finder adds what a person sees as the same:
phone numbers in E.164 where the country is known (``020 7946 0123`` in GB is
``+44 20 7946 0123``), names with typos or in the other order (rapidfuzz), companies
without their legal form ("Acme Ltd" is "ACME").
"""

import re
from functools import lru_cache

from crm_desktop.text import digits, fold

# Legal forms and filler words a company name is compared without.
_LEGAL = frozenset(
    "ltd limited inc incorporated corp corporation co company llc llp plc gmbh ag kg mbh sa"
    " sas sarl srl spa bv nv ab as oy aps group holding holdings the and sons".split()
)
_WORD = re.compile(r"[^\W_]+")

#: Scores (0-100) from which the finder lists a pair.
LIKELY = 80


def email_key(value: str) -> str:
    return fold(value)


def phone_key(value: str) -> str | None:
    """The digits of a phone number, if there are enough to tell people apart."""
    found = digits(value)
    return found if len(found) >= 6 else None


def name_key(first: str, last: str, company: str) -> tuple[str, str, str] | None:
    """First name, last name and company, folded (None without a name or a company)."""
    if (first or last) and company:
        return fold(first), fold(last), fold(company)
    return None


@lru_cache(maxsize=65536)
def phone_e164(value: str, country: str = "") -> str | None:
    """``value`` as E.164 (``+442079460123``), reading a national number in ``country``
    (ISO 3166 code); None if it is too short to be a number.

    Written internationally (``+44 (0)20…``, ``0044 20…``) it needs no reading; a national
    number takes its country's calling code and loses its trunk prefix, both from
    phonenumbers' metadata (a full ``phonenumbers.parse`` costs ~80 us, which is 8 s for
    100,000 contacts). Without a country, phonenumbers parses it (and may not know)."""
    raw = value.strip()
    if raw.startswith(("+", "00")):
        found = digits(raw.replace("(0)", ""))
        found = found[2:] if raw.startswith("00") else found
        return f"+{found}" if 8 <= len(found) <= 15 else None
    plan = _plan(country.upper()) if country else None
    if plan is None:
        return _parsed(raw, country)
    code, trunk = plan
    found = digits(raw)
    if trunk and found.startswith(trunk):
        found = found[len(trunk):]
    return f"+{code}{found}" if len(found) >= 6 and len(code) + len(found) <= 15 else None


@lru_cache(maxsize=512)
def _plan(region: str) -> tuple[str, str] | None:
    """A country's calling code and national (trunk) prefix, from phonenumbers."""
    import phonenumbers  # ~40 ms to import: only when phones are compared

    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None:
        return None
    return str(meta.country_code), meta.national_prefix or ""


def _parsed(value: str, country: str) -> str | None:
    import phonenumbers

    try:
        number = phonenumbers.parse(value, (country or "").upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=65536)  # a block of the finder repeats its companies many times
def company_core(name: str) -> str:
    """A company's name without case, accents, punctuation or its legal form."""
    words = [w for w in _WORD.findall(fold(name)) if w not in _LEGAL]
    return " ".join(words) or fold(name)


def name_similarity(first_a: str, last_a: str, first_b: str, last_b: str) -> float:
    """0-100: typos forgiven (Jon, John), the order of the names too (Smith John). First
    and last names are compared each with each (a shared surname does not make Ana and
    Ian one person)."""
    first_a, last_a, first_b, last_b = map(fold, (first_a, last_a, first_b, last_b))
    return max(_pair(first_a, first_b, last_a, last_b), _pair(first_a, last_b, last_a, first_b))


def _pair(a1: str, b1: str, a2: str, b2: str) -> float:
    from rapidfuzz import fuzz

    parts = [fuzz.ratio(a, b) for a, b in ((a1, b1), (a2, b2)) if a or b]
    return sum(parts) / len(parts) if parts else 0.0


def company_similarity(a: str, b: str) -> float | None:
    """0-100 between two companies' cores; None when either is missing."""
    from rapidfuzz import fuzz

    a, b = company_core(a), company_core(b)
    if not a or not b:
        return None
    return fuzz.ratio(a, b)


def person_score(name, company, unknown):
    """One score (0-100) for pairs of people from their name and company similarities,
    for whole numpy arrays of pairs at once: the same name at the same company is likely
    one person; at different companies, two; where a company is ``unknown`` (missing on
    either side), nothing ties them together or tells them apart."""
    import numpy as np

    return np.where(unknown, name * 0.75,
                    np.where(company >= 70, name * 0.7 + company * 0.3,
                             np.minimum(name, company)))
