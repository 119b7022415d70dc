"""Reading numbers, percentages and targets exactly as a person wrote them.

Plans and CSV files are written by board secretaries, who write `25 000`, `1,5` and `20 %`.
The format wants `25000`, `1.5` and `20%`; these functions accept the format, and for the
near misses raise `NumberError` carrying the number that was meant, so the message can say
"did you mean 25000?" instead of just "invalid".
"""

from __future__ import annotations

import re
from fractions import Fraction

from goals.domain.plan import IncreaseTarget

_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_NON_FINITE = re.compile(r"^[+-]?(\.?nan|\.?inf(inity)?)$", re.IGNORECASE)
_INCREASE = re.compile(r"^(?P<op>[+\-−]|[x×X*])?\s*(?P<num>[^%]+?)\s*(?P<pct>%)?$")


class NumberError(ValueError):
    """`text` is not a number of the kind wanted; `key` says why, `suggestion` what was meant."""

    def __init__(self, key: str, text: str, suggestion: str | None = None):
        super().__init__(text)
        self.key = key
        self.text = text
        self.suggestion = suggestion


def guess_meant(text: str) -> str | None:
    """The plain number a person probably meant by `25 000`, `1,5` or `25 000,50 kr`."""
    cleaned = text.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("−", "-")
    cleaned = re.sub(r"\s*(kr|sek|nok|:-)\.?$", "", cleaned, flags=re.IGNORECASE)
    cleaned = cleaned.replace(" ", "").replace("_", "").replace("'", "")
    if re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+,\d+", cleaned):  # 25.000,50
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"[+-]?\d+,\d+", cleaned):  # 1,5
        cleaned = cleaned.replace(",", ".")
    elif re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", cleaned):  # 25,000
        cleaned = cleaned.replace(",", "")
    if cleaned != text.strip() and _DECIMAL.match(cleaned):
        return cleaned
    return None


def parse_number(text: str) -> Fraction:
    """An exact number from its decimal text; `NumberError` for anything else."""
    stripped = text.strip()
    if _NON_FINITE.match(stripped):
        raise NumberError("plan.not_finite", text)
    if not _DECIMAL.match(stripped):
        raise NumberError("plan.bad_number", text, guess_meant(stripped))
    return Fraction(stripped)


def parse_fraction(text: str) -> Fraction:
    """A share in (0, 1]: `10%`, `10 %` or `0.1`."""
    stripped = text.strip()
    if stripped.endswith("%"):
        number = stripped[:-1].strip()
        try:
            value = parse_number(number) / 100
        except NumberError as error:
            meant = guess_meant(number)
            raise NumberError("plan.bad_fraction", text, meant and f"{meant}%") from error
    else:
        try:
            value = parse_number(stripped)
        except NumberError as error:
            raise NumberError("plan.bad_fraction", text, error.suggestion) from error
        if 1 < value <= 100:
            raise NumberError("plan.bad_fraction", text, f"{stripped}%")
    if not 0 < value <= 1:
        raise NumberError("plan.bad_fraction", text)
    return value


def parse_increase(text: str) -> IncreaseTarget:
    """`+20%`, `-10%`, `x2`, `+50`, `-5` or a plain level; `20%` means `+20%`."""
    stripped = text.strip()
    match = _INCREASE.match(stripped)
    if not match:
        raise NumberError("plan.bad_increase", text)
    op, number_text, percent = match.group("op"), match.group("num"), match.group("pct")
    op = {"−": "-", "×": "x", "X": "x", "*": "x"}.get(op or "", op or "")
    try:
        amount = parse_number(number_text)
    except NumberError as error:
        meant = guess_meant(number_text)
        suggestion = f"{op}{meant}{percent or ''}" if meant else None
        raise NumberError("plan.bad_increase", text, suggestion) from error
    if amount < 0:
        raise NumberError("plan.bad_increase", text)
    if op == "x":
        if percent:
            raise NumberError("plan.bad_increase", text)
        operator = "x"
    elif percent:
        operator = "-%" if op == "-" else "+%"
    else:
        operator = {"+": "+", "-": "-"}.get(op, "=")
    return IncreaseTarget(text=stripped, operator=operator, amount=amount)


def is_zero_change(target: IncreaseTarget) -> bool:
    """`+0%`, `x1`, `-0`: a target that asks for no change at all."""
    if target.operator == "x":
        return target.amount == 1
    return target.operator != "=" and target.amount == 0
