"""A draft as plan YAML with the checks written beside the lines they concern.

Written line by line rather than by a YAML dumper because the comments matter: a board
secretary opens the file, sees `# KONTROLLERA: ...` where something is to be filled in,
and `python -m goals validate` names the same field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import yaml

from goals.i18n import translate

if TYPE_CHECKING:
    from goals.drafting.draft import Draft, DraftGoal

GOAL_KEYS = ("id", "text", "kind", "metric", "tag", "goal", "baseline", "target", "per",
             "start", "deadline", "checkpoints", "steps", "responsible", "notes")


def scalar(value: object) -> str:
    """One YAML scalar (or flow collection) on one line."""
    if isinstance(value, str) and value.startswith(("+", "-")) and value[1:2].isdigit():
        return value                       # '+20%', '-5' are read as written (PLAN_FORMAT §3.3)
    dumped = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True,
                            width=1_000_000, sort_keys=False)
    return dumped.removesuffix("\n").removesuffix("\n...").strip()


def _comment(marker: str, text: str) -> str:
    """A check at the end of a line."""
    return f"  # {marker}: {' '.join(text.split())}"


def _above(marker: str, text: str, indent: str = "") -> str:
    """A check on its own line, above what it is about."""
    return f"{indent}# {marker}: {' '.join(text.split())}"


def draft_to_yaml(draft: Draft) -> str:
    marker = translate("drafting.marker", draft.lang)
    header_checks: dict[str, list[str]] = {}
    for name, text in zip(draft.header_check_fields or ("",) * len(draft.header_checks),
                          draft.header_checks, strict=True):
        header_checks.setdefault(name, []).append(text)
    lines: list[str] = [f"# {translate('drafting.yaml_intro', draft.lang)}"]

    def emit(key: str, value: object, indent: str = "") -> None:
        line = f"{indent}{key}: {scalar(value)}"
        for text in header_checks.pop(key, []):
            line += _comment(marker, text)
        lines.append(line)

    header = draft.header
    emit("id", header["id"])
    if "title" in header:
        emit("title", header["title"])
    else:
        lines.extend(_above(marker, t) for t in header_checks.pop("title", []))
    lines.append("organisation:" + "".join(_comment(marker, t)
                                           for t in header_checks.pop("organisation", [])))
    for key, value in header["organisation"].items():
        emit(key, value, "  ")
    if "period" in header:
        period = header["period"]
        lines.append(f"period: {{start: {period['start'].isoformat()}, end: "
                     f"{period['end'].isoformat()}}}"
                     + "".join(_comment(marker, t) for t in header_checks.pop("period", [])))
    else:
        lines.extend(_above(marker, t) for t in header_checks.pop("period", []))
    if "adopted" in header:
        emit("adopted", header["adopted"])
    emit("language", header.get("language", draft.lang))
    for rest in header_checks.values():
        lines.extend(_above(marker, t) for t in rest)
    used = {g.goal.get("metric") for g in draft.goals}
    metrics = {k: v for k, v in header.get("metrics", {}).items() if k in used}
    if metrics:
        lines.append("")
        lines.append("metrics:")
        for metric_id, definition in metrics.items():
            lines.append(f"  {metric_id}: {scalar(definition)}")
    lines.append("")
    lines.append("sections:")
    if not draft.goals:
        lines.append(f"  []{_comment(marker, translate('drafting.check.no_goals', draft.lang))}")
    sections: dict[str, list[DraftGoal]] = {}
    for goal in draft.goals:
        sections.setdefault(goal.section, []).append(goal)
    for title, goals in sections.items():
        title = title or translate("drafting.section_default", draft.lang)
        lines.append(f"  - title: {scalar(title)}")
        lines.append("    goals:")
        for goal in goals:
            lines.extend(goal_lines(goal, marker, "      "))
    return "\n".join(lines) + "\n"


def goal_lines(goal: DraftGoal, marker: str, indent: str) -> list[str]:
    """One goal's lines: checks about the goal as a whole above it, the others beside their
    key (or above, when the key is missing: the value is for the user to fill in)."""
    pending: dict[str, list[str]] = {}
    fields = goal.check_fields or ("",) * len(goal.checks)
    for name, text in zip(fields, goal.checks, strict=True):
        name = name if name in goal.goal else ""
        pending.setdefault(name, []).append(text)
    out = [_above(marker, t, indent) for t in pending.pop("", [])]
    first = True
    for key in GOAL_KEYS + tuple(k for k in goal.goal if k not in GOAL_KEYS):
        if key not in goal.goal:
            continue
        prefix = f"{indent}- " if first else f"{indent}  "
        first = False
        value = goal.goal[key]
        line = f"{prefix}{key}: {scalar(value)}"
        for text in pending.pop(key, []):
            line += _comment(marker, text)
        out.append(line)
    return out
