"""Rebuild a `Plan` from the dict that `Plan.to_dict()` wrote, without validating again.

The store keeps each plan as that dict (JSON). Re-reading it through the YAML loader would be
correct but slow for a district of 200 plans; this trusts what the loader already checked.
Numbers go through `str()` first so a decimal written as `0.1` comes back as exactly 1/10.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from goals.domain.plan import (
    DEFAULT_BEHIND,
    DEFAULT_ON_TRACK,
    Goal,
    Level,
    Metric,
    Organisation,
    Owner,
    Plan,
    Reminders,
    Section,
)
from goals.domain.quantities import parse_fraction, parse_increase


def _exact(value: object) -> Fraction:
    return Fraction(str(value))


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value is not None else None


def _goal_from_dict(data: dict, section: str, period: tuple[date, date]) -> Goal:
    kind = data["kind"]
    start, deadline = _day(data.get("start")), _day(data.get("deadline"))
    target_raw = data.get("target")
    target = increase = None
    if target_raw is not None:
        if kind == "increase":
            increase = parse_increase(str(target_raw))
        elif kind in ("share", "coverage"):
            target = parse_fraction(str(target_raw))
        else:
            target = _exact(target_raw)
    checkpoints = tuple(
        (date.fromisoformat(day), parse_fraction(str(frac)) if str(frac) not in ("0", "0%")
         else Fraction(0))
        for day, frac in (data.get("checkpoints") or {}).items()
    )
    return Goal(
        id=data["id"], text=data["text"], kind=kind, section=section,
        window_start=start or period[0], window_end=deadline or period[1],
        metric=data.get("metric"), target=target, increase=increase,
        target_text=None if target_raw is None else str(target_raw),
        per=data.get("per"), tag=data.get("tag"),
        baseline=_exact(data["baseline"]) if data.get("baseline") is not None else None,
        goal=data.get("goal"), steps=tuple(data.get("steps") or ()), start=start,
        deadline=deadline, responsible=data.get("responsible"), checkpoints=checkpoints,
        notes=data.get("notes"), owners=owners_from_list(data.get("owners")),
        commit=_level(kind, data.get("commit")), stretch=_level(kind, data.get("stretch")),
    )


def _level(kind: str, raw: object) -> Level | None:
    if raw is None:
        return None
    text = str(raw)
    if kind == "increase":
        return Level(text, increase=parse_increase(text))
    if kind in ("share", "coverage"):
        return Level(text, value=parse_fraction(text))
    return Level(text, value=_exact(raw))


def owners_from_list(items: list | None) -> tuple[Owner, ...]:
    """Owners as the YAML writes them: an account's e-mail, or {name, email?}."""
    owners = []
    for item in items or ():
        if isinstance(item, str):
            owners.append(Owner(name="", email=item, account=True))
        else:
            owners.append(Owner(name=item.get("name", ""), email=item.get("email")))
    return tuple(owners)


def _reminders(data: dict | None) -> Reminders | None:
    if data is None:
        return None
    return Reminders(silent_days=int(data.get("silent_days", 30)),
                     member_nudge=bool(data.get("member_nudge", False)),
                     board=tuple(data.get("board") or ()),
                     members=owners_from_list(data.get("members")))


def plan_from_dict(data: dict) -> Plan:
    """The `Plan` that `plan_to_dict` described."""
    org = data["organisation"]
    period = (date.fromisoformat(data["period"]["start"]),
              date.fromisoformat(data["period"]["end"]))
    status = data.get("status") or {}
    sections = tuple(
        Section(s["title"], tuple(_goal_from_dict(g, s["title"], period) for g in s["goals"]))
        for s in data.get("sections", [])
    )
    metrics = {
        metric_id: Metric(metric_id, m["label"], m["type"], m.get("unit"),
                          tuple(m.get("tags") or ()), m.get("one"))
        for metric_id, m in (data.get("metrics") or {}).items()
    }
    return Plan(
        id=data["id"], title=data["title"],
        organisation=Organisation(org["id"], org["name"], org.get("level", ""),
                                  org.get("parent")),
        period_start=period[0], period_end=period[1], language=data.get("language", "sv"),
        adopted=_day(data.get("adopted")), metrics=metrics, sections=sections,
        on_track=_exact(status["on_track"]) if "on_track" in status else DEFAULT_ON_TRACK,
        behind=_exact(status["behind"]) if "behind" in status else DEFAULT_BEHIND,
        reminders=_reminders(data.get("reminders")),
    )
