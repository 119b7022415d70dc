"""Dates as plans write them: "17. april", "30 juni 2021", "till 2018 års kampanj",
"före valet", and election days (Swedish: second Sunday of September in 2018, 2022, ...;
Norwegian: second Monday of September in odd years)."""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    "januari": 1, "januar": 1, "january": 1, "jan": 1, "februari": 2, "februar": 2,
    "february": 2, "feb": 2, "mars": 3, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "maj": 5, "mai": 5, "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7,
    "jul": 7, "augusti": 8, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "desember": 12, "dec": 12, "des": 12,
}
MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_MONTH = rf"(\d{{1,2}})\.?\s+({MONTH})\b\.?(?:\s+(\d{{4}}))?"


def make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def election_day(year: int, lang: str) -> date | None:
    """Election day in `year` where the plan's country holds one: Sweden every four years
    (2014, 2018, 2022, 2026) on the second Sunday of September; Norway every odd year on
    the second Monday of September."""
    first = date(year, 9, 1)
    if lang == "nb":
        if year % 2 == 0:
            return None
        monday = first + timedelta(days=(0 - first.weekday()) % 7)
        return monday + timedelta(days=7)
    if year % 4 != 2:
        return None
    sunday = first + timedelta(days=(6 - first.weekday()) % 7)
    return sunday + timedelta(days=7)


def parse_day_month(match: re.Match, default_year: int) -> date | None:
    day, month, year = match.group(1), match.group(2), match.group(3)
    return make_date(int(year) if year else default_year, MONTHS[month.lower()], int(day))
