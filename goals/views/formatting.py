"""Numbers, money and a goal's standing in words, in the plan's language (Babel).

Pure (no Streamlit): "18 500 kr av 25 000 kr", "7 av 12 månader", "+13 % av +20 %",
"1 av 3 steg". Pages and reports use these so every view says it the same way.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from goals.domain.plan import Plan
from goals.domain.progress import GoalStatus
from goals.i18n import normalise_language, translate

LOCALES = {"sv": "sv_SE", "nb": "nb_NO", "en": "en_GB"}
CURRENCY_WORDS = {"SEK": "kr", "NOK": "kr", "DKK": "kr", "EUR": "€"}


def locale(lang: str | None) -> str:
    return LOCALES[normalise_language(lang)]


def number(value: float | Fraction | None, lang: str | None, decimals: int = 1) -> str:
    """25000 -> '25 000' (sv); 2.5 -> '2,5'; whole numbers without decimals."""
    if value is None:
        return "–"
    value = float(value)
    rounded = round(value) if abs(value - round(value)) < 10 ** -decimals / 2 else round(
        value, decimals)
    return format_decimal(rounded, locale=locale(lang))


def day(value: date | None, lang: str | None) -> str:
    """A day as people write it: '30 dec. 2021' (sv), '30. des. 2021' (nb), '30 Dec 2021'."""
    if value is None:
        return "–"
    return format_date(value, format="medium", locale=locale(lang))


def percent(value: float | Fraction | None, lang: str | None, signed: bool = False) -> str:
    if value is None:
        return "–"
    text = format_percent(float(value), locale=locale(lang))
    return f"+{text}" if signed and float(value) > 0 else text


def amount(value: float | Fraction | None, unit: str | None, lang: str | None) -> str:
    """A number with its unit: '18 500 kr', '12 kg', or just '7'."""
    text = number(value, lang)
    if not unit or value is None:
        return text
    return f"{text} {CURRENCY_WORDS.get(unit.upper(), unit)}"


def standing(plan: Plan, status: GoalStatus, lang: str | None = None) -> str:
    """Actual against target in the words a board uses for the goal's kind."""
    lang = lang or plan.language
    goal = status.goal
    metric = plan.metrics.get(goal.metric or "")
    unit = metric.unit if metric else None
    of = translate("fmt.of", lang)
    if goal.kind == "milestone":
        if not goal.steps:
            return translate("fmt.done" if status.actual else "fmt.not_done", lang)
        return f"{number(status.actual, lang)} {of} {number(status.target, lang)} " \
               f"{translate('fmt.steps', lang)}"
    if goal.kind == "rate":
        word = translate(f"fmt.per.{goal.per}", lang)
        return f"{number(status.actual, lang)} {of} {number(status.target, lang)} {word}"
    if goal.kind in ("share", "coverage"):
        return f"{percent(status.actual, lang)} {of} {percent(status.target, lang)}"
    if goal.kind == "increase" and goal.increase is not None \
            and goal.increase.operator in ("+%", "-%") and metric and metric.type == "level":
        if status.actual is None or not status.baseline:
            return f"– {of} {goal.increase.text}"
        change = (status.actual - status.baseline) / status.baseline
        target = (status.target - status.baseline) / status.baseline if status.target else None
        return f"{percent(change, lang, True)} {of} {percent(target, lang, True)}"
    return f"{amount(status.actual, unit, lang)} {of} {amount(status.target, unit, lang)}"
