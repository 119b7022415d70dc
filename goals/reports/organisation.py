"""The year report of an organisation: every plan of it that overlaps the year, each goal
once, the figures of all of them with nothing counted twice.

Pure domain, like goals.reports.content: the plans' statuses and entries in, one `Report`
out. Two rules decide what "once" means (docs/year_report.md):

- **A goal is the same goal** in two plans of the organisation when its id, kind, metric,
  tag and words are the same; it is reported once, from the plan that covers more of the
  year (then the earlier, then by plan id).
- **An entry is the same report** entered in two plans of the organisation when it has the
  same metric id, day and value: a campaign's calls entered in the campaign plan and again
  in the year plan. They are paired off one for one (three identical entries in one plan and
  two in the other count three times), and each pair counts once in the year's figures. Each
  goal is still judged on its own plan's entries, as the status rules say.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from goals.domain.entries import Entry
from goals.domain.plan import Goal, Metric, Plan
from goals.domain.plan_status import PlanStatus
from goals.i18n import normalise_language, translate
from goals.reports.content import (
    Report,
    SectionPart,
    _goal_line,
    _report,
    highlights,
    monthly_sums,
    plural,
    told_apart,
)
from goals.views import formatting as fmt


@dataclass(frozen=True)
class PlanPart:
    """One plan of the organisation as the year report needs it."""

    status: PlanStatus
    entries: list[Entry]


def year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def overlap_days(plan: Plan, year: int) -> int:
    start, end = year_span(year)
    return max(0, (min(plan.period_end, end) - max(plan.period_start, start)).days + 1)


def plan_order(parts: list[PlanPart], year: int) -> list[PlanPart]:
    """The plan covering most of the year first (the year plan before a campaign)."""
    return sorted(parts, key=lambda p: (-overlap_days(p.status.plan, year),
                                        p.status.plan.period_start, p.status.plan.id))


def goal_key(goal: Goal) -> tuple:
    return (goal.id, goal.kind, goal.metric, goal.tag, " ".join(goal.text.split()).lower())


def entries_once(parts: list[PlanPart], start: date, end: date) -> list[Entry]:
    """All plans' entries dated in [start, end], an entry repeated in another plan of the
    organisation (same metric, day and value) counted once per pair."""
    seen: Counter = Counter()
    result = []
    for part in parts:
        own: Counter = Counter()
        for entry in part.entries:
            if not start <= entry.date <= end:
                continue
            if entry.metric is None or entry.value is None:
                result.append(entry)
                continue
            key = (entry.metric, entry.date, float(entry.value))
            own[key] += 1
            if own[key] <= seen[key]:
                continue   # the same report, already counted from an earlier plan
            result.append(entry)
        for key, count in own.items():
            seen[key] = max(seen[key], count)
    return result


def merged_metrics(parts: list[PlanPart]) -> dict[str, Metric]:
    """The metrics of all plans by id; the first plan's words win for a shared id."""
    metrics: dict[str, Metric] = {}
    for part in parts:
        for metric_id, metric in part.status.plan.metrics.items():
            metrics.setdefault(metric_id, metric)
    return metrics


def organisation_year_report(parts: list[PlanPart], year: int, as_of: date,
                             lang: str | None = None) -> Report:
    """The verksamhetsberättelse of the organisation for `year`, as known on `as_of`."""
    if not parts:
        raise ValueError("an organisation year report needs at least one plan")
    parts = plan_order(parts, year)
    main = parts[0].status.plan
    lang = normalise_language(lang or main.language)
    start, end = year_span(year)
    sections, lines, seen = [], [], set()
    all_goals = [g.goal for p in parts for g in p.status.goals]
    apart = told_apart(main, _unique(all_goals))
    for index, part in enumerate(parts):
        plan = part.status.plan
        for section in plan.sections:
            own = []
            for goal_status in part.status.goals:
                goal = goal_status.goal
                if goal.section != section.title or goal_key(goal) in seen:
                    continue
                seen.add(goal_key(goal))
                own.append(_goal_line(plan, goal_status, part.status.as_of, lang, True,
                                      part.entries, apart.get(goal.id)))
            title = section.title if index == 0 else translate(
                "report.org.campaign_section", lang, plan=plan.title, section=section.title)
            sections.append(SectionPart(title, tuple(own)))
            lines.extend(own)
    once = entries_once(parts, start, min(end, as_of))
    year_plan = replace(main, metrics=merged_metrics(parts), period_start=start,
                        period_end=end,
                        sections=tuple(s for p in parts for s in p.status.plan.sections))
    report = _report("year", year_plan, parts[0].status, lang, lines, (), None, as_of,
                     highlights=tuple(highlights(year_plan, once, lang)),
                     monthly=monthly_sums(year_plan, once))
    title = translate("report.org.title", lang, organisation=main.organisation.name,
                      year=year)
    subtitle = plural("report.org.subtitle", lang, len(parts),
                      plans=", ".join(p.status.plan.title for p in parts),
                      as_of=fmt.day(as_of, lang))
    return replace(report, plan_id=f"{main.organisation.id}-{year}", title=title,
                   subtitle=subtitle, sections=tuple(sections))


def _unique(goals: list[Goal]) -> list[Goal]:
    found, result = set(), []
    for goal in goals:
        if goal_key(goal) not in found:
            found.add(goal_key(goal))
            result.append(goal)
    return result
