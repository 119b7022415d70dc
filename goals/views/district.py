"""The district page's order and words: the föreningar that need support first, each with
the reason beside its name, and "how far behind" as the measure (not size).

Pure: works on the district service's units through the few attributes it reads
(name, warning, counts, good_share, last_reported, plans), so it is tested with plain
objects and needs no database.
"""

from __future__ import annotations

from typing import Any

from goals.i18n import translate

BEHIND = ("at_risk", "behind", "missed")


def need(unit: Any) -> float:
    """How much support a förening needs, 0 (none) to 3: no plan for the period is the
    most, then silence (nobody reports), then the share of its goals behind, at risk or
    missed. Size plays no part."""
    if unit.warning == "no_plan":
        return 3.0
    total = sum(unit.counts.values())
    behind = sum(unit.counts.get(s, 0) for s in BEHIND) / total if total else 1.0
    return behind + (1.0 if unit.warning == "silent" else 0.0)


def by_need(units) -> list:
    """Most in need first; ties by name, so the order is stable."""
    return sorted(units, key=lambda u: (-need(u), u.name.lower()))


def reason(unit: Any, lang: str) -> str:
    """Why the förening is listed where it is, in words ('' when all is well)."""
    if unit.warning == "no_plan":
        return translate("district.reason.no_plan", lang)
    parts = []
    if unit.warning == "silent":
        parts.append(translate("district.reason.silent", lang))
    total = sum(unit.counts.values())
    behind = sum(unit.counts.get(s, 0) for s in BEHIND)
    if behind:
        parts.append(translate("district.behind_of", lang, behind=behind, total=total))
    return " · ".join(parts)


def support_rows(units, lang: str) -> list[dict]:
    """The narrow table of the first screen: förening, reason, share on track (no plan
    ids, no 'None': a missing text is empty); `plan` feeds the page's link column."""
    rows = []
    for unit in by_need(units):
        rows.append({
            translate("district.col_unit", lang): unit.name,
            translate("district.col_reason", lang): reason(unit, lang),
            translate("district.col_good", lang): unit.good_share,
            "plan": unit.plans[0] if unit.plans else "",
        })
    return rows
