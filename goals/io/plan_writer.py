"""A plan's dict as plan YAML text: the one writer for exports, the editor and next year's plan.

Dates are written unquoted, as a person writes them (`deadline: 2021-06-30`), in the
fields that hold dates (period, adopted, a goal's start and deadline, checkpoint days); a
text in such a field that is no real day stays text, so the loader can say what is wrong
with it (the editor writes half-typed forms through here). The drafter's annotated YAML,
with checks written beside the lines, is built line by line in goals.drafting.yaml_out.
"""

from __future__ import annotations

from datetime import date

import yaml

from goals.domain.plan import Plan

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)   # libyaml when installed: faster
_GOAL_DATES = ("start", "deadline")


def plan_to_yaml(plan: Plan) -> str:
    """A stored or loaded plan as YAML, in the shape the loader reads."""
    return plan_dict_to_yaml(plan.to_dict())


def plan_dict_to_yaml(data: dict) -> str:
    """A plan's dict (as `Plan.to_dict` or the editor makes it) as YAML text."""
    return yaml.dump(_with_dates(data), Dumper=_DUMPER, allow_unicode=True, sort_keys=False,
                     width=100)


def _day(value: object) -> object:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def _with_dates(data: dict) -> dict:
    out = dict(data)
    if isinstance(out.get("period"), dict):
        out["period"] = {key: _day(value) for key, value in out["period"].items()}
    if "adopted" in out:
        out["adopted"] = _day(out["adopted"])
    if isinstance(out.get("sections"), list):
        out["sections"] = [_section_with_dates(s) for s in out["sections"]]
    return out


def _section_with_dates(section: object) -> object:
    if not isinstance(section, dict) or not isinstance(section.get("goals"), list):
        return section
    return {**section, "goals": [_goal_with_dates(goal) for goal in section["goals"]]}


def _goal_with_dates(goal: object) -> object:
    if not isinstance(goal, dict):
        return goal
    out = {key: (_day(value) if key in _GOAL_DATES else value) for key, value in goal.items()}
    if isinstance(out.get("checkpoints"), dict):
        out["checkpoints"] = {_day(day): value for day, value in out["checkpoints"].items()}
    return out
