"""Numbers as plans write them: digits with spaces as thousands separators, amounts glued
to their currency ("25000SEK"), and numbers in words in Swedish, Norwegian and English.

Small words that are also everyday words ("en", "ett", "ei", "et" = one; "to" = two in
Norwegian; "ni" = you in Swedish) count only where the phrase makes them a number: after
"minst/minimum/upp till", before "gång(er)/ganger" or a unit of time.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

WORDS: dict[str, dict[str, int]] = {
    "sv": {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
           "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "femton": 15,
           "tretton": 13, "fjorton": 14, "sexton": 16, "sjutton": 17,
           "arton": 18, "nitton": 19, "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90,
           "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "hundra": 100,
           "etthundra": 100, "tusen": 1000, "ettusen": 1000, "ettt": 1},
    "nb": {"en": 1, "ett": 1, "én": 1, "ei": 1, "et": 1, "to": 2, "tre": 3, "fire": 4,
           "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10,
           "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
           "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "seksti": 60,
           "sytti": 70, "åtti": 80, "nitti": 90, "ein": 1, "eitt": 1, "éin": 1, "tvo": 2,
           "tjuge": 20, "tjue": 20, "tretti": 30, "førti": 40,
           "femti": 50, "hundre": 100, "ethundre": 100, "tusen": 1000},
    "en": {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
           "hundred": 100, "thousand": 1000},
}
WORDS["sv"].pop("ettt")
AMBIGUOUS = {"en", "ett", "ei", "et", "én", "to", "ni", "ti", "a", "one", "sex", "ein", "eitt",
             "éin"}
TENS = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70,
        "åttio": 80, "nittio": 90, "tjue": 20, "tjuge": 20, "tretti": 30, "førti": 40,
        "femti": 50, "seksti": 60, "sytti": 70, "åtti": 80, "nitti": 90}
ONES = {"en": 1, "ett": 1, "ein": 1, "två": 2, "to": 2, "tre": 3, "fyra": 4, "fire": 4,
        "fem": 5, "sex": 6, "seks": 6, "sju": 7, "åtta": 8, "åtte": 8, "nio": 9, "ni": 9}


def _compounds() -> dict[str, int]:
    """'tjugofem', 'tjuefem' (tens then ones) and the older Norwegian 'femogtjue'."""
    out: dict[str, int] = {}
    for ten, tens in TENS.items():
        for one, ones in ONES.items():
            out[ten + one] = tens + ones
            out[f"{one}og{ten}"] = tens + ones
    return out

DIGITS = r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?![\d])|\d+(?:[.,]\d+)?"


@lru_cache(maxsize=8)
def number_words(lang: str) -> dict[str, int]:
    """Every number word the drafter reads, Swedish and Norwegian together (plans mix them
    and a Norwegian plan may be detected as Swedish), plus English when the plan is."""
    merged = {**_compounds(), **WORDS["sv"], **WORDS["nb"]}
    if lang == "en":
        merged = dict(WORDS["en"])
    elif lang == "sv":
        merged.pop("ni", None)   # "ni" is "you" in Swedish
        merged.pop("to", None)
        merged.pop("ti", None)
    return merged


@lru_cache(maxsize=8)
def word_pattern(lang: str) -> str:
    words = sorted(number_words(lang), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


def parse_digits(text: str) -> Fraction:
    """'25 000' -> 25000, '1,5' -> 3/2, '12.000' -> 12000 (a dot before three digits is a
    thousands separator in Swedish and Norwegian), '5,000' -> 5000."""
    plain = re.sub(r"[ \u00a0\u202f]", "", text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", plain):
        plain = plain.replace(".", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", plain):
        plain = plain.replace(",", "")     # English thousands: 5,000 (a decimal has 1-2)
    return Fraction(plain.replace(",", "."))


def value_of(token: str, lang: str) -> Fraction | None:
    token = token.lower()
    if token and token[0].isdigit():
        return parse_digits(token)
    value = number_words(lang).get(token)
    return Fraction(value) if value is not None else None


def plain(value: Fraction) -> int | float:
    """A YAML-friendly number: 2 rather than 2.0, 1.5 where needed."""
    return int(value) if value.denominator == 1 else float(value)


def slug(value: str) -> str:
    """An id from words, Norwegian letters spelt out first (ø -> o, æ -> ae), which the
    plain ASCII folding would drop."""
    from goals.io.plan_yaml import ascii_slug

    table = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ß": "ss"})
    return ascii_slug(value.translate(table))
