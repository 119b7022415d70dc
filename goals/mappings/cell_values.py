"""Cells as people type them: dates in the common Swedish/Norwegian forms, numbers with a
decimal comma and spaces between thousands, yes/no marks. Each text is parsed once a file
(a register has thousands of rows per join date)."""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from datetime import date

from goals.mappings.pii import looks_identifying

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_ISO_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})(?:[T ].*)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[T ].*)?$")
_FLOAT = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_THOUSANDS_DOT = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")
_SPACES = re.compile(r"[\s\u00a0\u202f]")

TRUE_MARKS = frozenset({"1", "x", "ja", "j", "yes", "y", "true", "sant", "aktiv", "active",
                        "aktivist", "sann", "ok"})
FALSE_MARKS = frozenset({"", "0", "nej", "nei", "n", "no", "false", "falskt", "usann",
                         "inaktiv", "inactive", "passiv", "vilande", "-"})
HIDDEN = "•••"


def parse_day(text: str, cache: dict[str, date | None],
              month_first: bool = False) -> date | None:
    """`2021-10-04`, `2021-10-04 18:32`, `4.10.2021`, `04/10/2021`, `20211004` -> a date;
    `month_first` reads `10/25/2021 11:18 AM` as a US export writes it (one cache per
    file and order)."""
    if text in cache:
        return cache[text]
    day = None
    for pattern, order in ((_ISO, (1, 2, 3)), (_ISO_SLASH, (1, 2, 3)), (_COMPACT, (1, 2, 3)),
                           (_DAY_FIRST, (3, 1, 2) if month_first else (3, 2, 1))):
        match = pattern.match(text)
        if match:
            try:
                day = date(*(int(match.group(i)) for i in order))
            except ValueError:
                day = None
            break
    cache[text] = day
    return day


def parse_amount(text: str, cache: dict[str, float | None]) -> float | None:
    """`12`, `1 234,5`, `1.234,5`, `0,5`, `2.5` -> a finite number, else None."""
    if text in cache:
        return cache[text]
    plain = _SPACES.sub("", text)
    if _THOUSANDS_DOT.match(plain):
        plain = plain.replace(".", "").replace(",", ".")
    elif "," in plain and "." not in plain:
        plain = plain.replace(",", ".")
    value = float(plain) if _FLOAT.match(plain) else None
    if value is not None and not math.isfinite(value):
        value = None
    cache[text] = value
    return value


def is_formula(text: str) -> bool:
    """A cell that holds a formula without a result (`=SUM(B2:B9)`): never a value."""
    return len(text) > 1 and text[0] == "=" and not text[1:2].isspace()


def parse_mark(text: str) -> bool | None:
    """A yes/no cell (`ja`, `x`, `1`, `aktiv` / empty, `nej`, `0`); None when unclear."""
    word = text.strip().casefold()
    if word in TRUE_MARKS:
        return True
    if word in FALSE_MARKS:
        return False
    return None


def shown(text: str, limit: int = 40) -> str:
    """A cell as a message may quote it: never one that looks like a personal identifier."""
    if looks_identifying(text) or len(text) > limit:
        return HIDDEN
    return text


_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "ß": "ss"})


def slug(text: str) -> str:
    """`S Norrmalm` -> `s-norrmalm`: a förening's name as a unit id (PLAN_FORMAT slugs)."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9_]+", "-", plain).strip("-_")


def keyed_id(*parts: str) -> str:
    """A stable entry id for a count the product computed (a month's members, a day's
    calls): the same count imported again next month updates its entry, never adds one."""
    return "k" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:31]
