"""What the entries say about one goal on one day, reduced to the few numbers the rules need.

The progress rules (goals.domain.progress) work on `GoalFacts`, not on entries, so the same rules
serve two sources: `facts_from_entries` here, plain Python over a list of entries (the
reference, used by the unit tests), and the store's set-based SQL, which computes the same
facts for a whole district in a few queries. A property test checks that both agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from goals.domain.calendar import unit_key
from goals.domain.entries import Entry
from goals.domain.plan import Goal, Plan


@dataclass(frozen=True)
class GoalFacts:
    """The counted entries of one goal: inside its window and on or before `as_of`."""

    total: float = 0.0
    tagged: float = 0.0
    unit_sums: dict[int, float] = field(default_factory=dict)
    latest: float | None = None
    before_start: float | None = None
    first_in_window: float | None = None
    steps_done: frozenset[str] = frozenset()
    whole_done: bool = False
    units_below: int = 0
    units_done: int = 0
    last_reported: date | None = None
    entry_count: int = 0


def _counts_for(goal: Goal, entry: Entry, as_of: date) -> bool:
    return goal.window_start <= entry.date <= goal.window_end and entry.date <= as_of


def facts_from_entries(plan: Plan, goal: Goal, entries: list[Entry], as_of: date) -> GoalFacts:
    """Reduce `entries` (of `plan`) to the facts of `goal`; coverage counts come from outside."""
    if goal.kind == "milestone":
        return _milestone_facts(goal, entries, as_of)
    metric = plan.metrics.get(goal.metric or "")
    if metric is not None and metric.type == "level" and goal.kind == "increase":
        return _level_facts(goal, entries, as_of)
    if goal.kind == "coverage":
        return GoalFacts()
    return _flow_facts(goal, entries, as_of)


def _flow_facts(goal: Goal, entries: list[Entry], as_of: date) -> GoalFacts:
    total = tagged = 0.0
    unit_sums: dict[int, float] = {}
    last: date | None = None
    count = 0
    for entry in entries:
        if entry.metric != goal.metric or entry.value is None:
            continue
        if not _counts_for(goal, entry, as_of):
            continue
        carries_tag = goal.tag is not None and goal.tag in entry.tags
        if goal.kind != "share" and goal.tag is not None and not carries_tag:
            continue
        total += entry.value
        if carries_tag:
            tagged += entry.value
        if goal.kind == "rate" and goal.per:
            key = unit_key(entry.date, goal.per)
            unit_sums[key] = unit_sums.get(key, 0.0) + entry.value
        last = entry.date if last is None or entry.date > last else last
        count += 1
    return GoalFacts(total=total, tagged=tagged, unit_sums=unit_sums, last_reported=last,
                     entry_count=count)


def _level_facts(goal: Goal, entries: list[Entry], as_of: date) -> GoalFacts:
    """Snapshots: the latest in the window, the latest on or before start, the first inside.

    Two snapshots on the same day: the one reported last (later in the list) wins.
    """
    snapshots = [
        (entry.date, index, entry.value)
        for index, entry in enumerate(entries)
        if entry.metric == goal.metric and entry.value is not None and entry.date <= as_of
        and entry.date <= goal.window_end
    ]
    inside = [s for s in snapshots if s[0] >= goal.window_start]
    before = [s for s in snapshots if s[0] <= goal.window_start]
    latest = max(inside) if inside else None
    return GoalFacts(
        latest=latest[2] if latest else None,
        before_start=max(before)[2] if before else None,
        first_in_window=min(inside, key=lambda s: (s[0], -s[1]))[2] if inside else None,
        last_reported=latest[0] if latest else None,
        entry_count=len(inside),
    )


def _milestone_facts(goal: Goal, entries: list[Entry], as_of: date) -> GoalFacts:
    steps: set[str] = set()
    whole = False
    last: date | None = None
    count = 0
    for entry in entries:
        if entry.milestone != goal.id or not _counts_for(goal, entry, as_of):
            continue
        if entry.step is None:
            whole = True
        else:
            steps.add(entry.step)
        last = entry.date if last is None or entry.date > last else last
        count += 1
    return GoalFacts(steps_done=frozenset(steps), whole_done=whole, last_reported=last,
                     entry_count=count)
