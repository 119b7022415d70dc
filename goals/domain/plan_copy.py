"""Next year's plan from this year's: the same goals, every date moved on by the period's
length in whole years, a new id and title. Pure: it works on the plan's YAML dict."""

from __future__ import annotations

import re
from datetime import date

from goals.domain.plan import Plan


def _shift(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:   # 29 February
        return day.replace(year=day.year + years, day=28)


def _renamed(text: str, years: int, fallback: str) -> str:
    """Years in an id or title moved on: 'v-vallentuna-2021' -> 'v-vallentuna-2022'."""
    moved = re.sub(r"(?<!\d)(19|20)\d\d(?!\d)",
                   lambda m: str(int(m.group(0)) + years), text)
    return moved if moved != text else f"{text}{fallback}"


def next_plan(plan: Plan) -> dict:
    """The plan for the following period, in the YAML shape, ready to edit and import."""
    years = max(1, plan.period_end.year - plan.period_start.year + 1)
    data = plan.to_dict()
    data["id"] = _renamed(plan.id, years, "-next")
    data["title"] = _renamed(plan.title, years, " (nästa period)")
    data.pop("adopted", None)
    data["period"] = {key: _shift(date.fromisoformat(value), years).isoformat()
                      for key, value in data["period"].items()}
    for section in data["sections"]:
        for goal in section["goals"]:
            for key in ("start", "deadline"):
                if key in goal:
                    goal[key] = _shift(date.fromisoformat(goal[key]), years).isoformat()
            if "checkpoints" in goal:
                goal["checkpoints"] = {_shift(date.fromisoformat(k), years).isoformat(): v
                                       for k, v in goal["checkpoints"].items()}
    return data
