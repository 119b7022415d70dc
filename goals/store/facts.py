"""The facts of many goals at once, in four set-based queries (no query per goal or entry).

Each query joins goals to the entries inside their window, on or before `as_of`, and groups
by goal: sums for flow goals, sums per calendar unit for rates, the three snapshots a level
`increase` needs, and the steps done for milestones. `goals.facts.facts_from_entries` is the
same computation in plain Python; a property test keeps the two in agreement.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import and_, case, func, literal, or_, select
from sqlmodel import Session

from goals.facts import GoalFacts
from goals.store.tables import EntryRow, GoalRow

G, E = GoalRow, EntryRow


def _window(as_of: date):
    return and_(E.plan_pk == G.plan_pk, E.day >= G.window_start, E.day <= G.window_end,
                E.day <= as_of)


def _carries_goal_tag():
    return E.tags.like(literal("%|").concat(G.tag).concat(literal("|%")))


def _goal_filter(plan_pks: list[int] | None):
    condition = G.archived.is_(False)
    return condition if plan_pks is None else and_(condition, G.plan_pk.in_(plan_pks))


def _flow_sums(session: Session, plan_pks: list[int] | None, as_of: date) -> dict[int, dict]:
    is_flow_goal = or_(G.kind.in_(("total", "rate", "share")),
                       and_(G.kind == "increase", G.metric_type == "flow"))
    counted = or_(G.kind == "share", G.tag.is_(None), _carries_goal_tag())
    tagged = func.sum(case((_carries_goal_tag(), E.value), else_=0.0))
    query = (
        select(G.pk, func.sum(E.value), tagged, func.max(E.day), func.count(E.pk))
        .join(E, and_(_window(as_of), E.metric == G.metric, counted))
        .where(_goal_filter(plan_pks), is_flow_goal)
        .group_by(G.pk)
    )
    return {
        pk: {"total": float(total or 0), "tagged": float(tag_sum or 0), "last_reported": last,
             "entry_count": count}
        for pk, total, tag_sum, last, count in session.execute(query)
    }


def _unit_sums(session: Session, plan_pks: list[int] | None,
               as_of: date) -> dict[int, dict[int, float]]:
    unit = case(
        (G.per == "week", E.week_key),
        (G.per == "month", E.month_key),
        (G.per == "quarter", E.month_key // 3),
        (G.per == "half-year", E.month_key // 6),
        else_=E.month_key // 12,
    )
    counted = or_(G.tag.is_(None), _carries_goal_tag())
    query = (
        select(G.pk, unit, func.sum(E.value))
        .join(E, and_(_window(as_of), E.metric == G.metric, counted))
        .where(_goal_filter(plan_pks), G.kind == "rate")
        .group_by(G.pk, unit)
    )
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for pk, key, total in session.execute(query):
        sums[pk][int(key)] = float(total or 0)
    return sums


def _snapshot(session: Session, plan_pks: list[int] | None, as_of: date, which: str):
    """One snapshot per level-increase goal: 'latest', 'before_start' or 'first'."""
    if which == "before_start":
        where = and_(E.plan_pk == G.plan_pk, E.day <= G.window_start, E.day <= as_of)
        order = (E.day.desc(), E.pk.desc())
    else:
        where = _window(as_of)
        order = (E.day.desc(), E.pk.desc()) if which == "latest" else (E.day.asc(),
                                                                       E.pk.desc())
    number = func.row_number().over(partition_by=G.pk, order_by=order).label("n")
    count = func.count(E.pk).over(partition_by=G.pk).label("c")
    inner = (
        select(G.pk.label("goal_pk"), E.value.label("value"), E.day.label("day"), number, count)
        .join(E, and_(where, E.metric == G.metric))
        .where(_goal_filter(plan_pks), G.kind == "increase", G.metric_type == "level")
        .subquery()
    )
    query = select(inner.c.goal_pk, inner.c.value, inner.c.day, inner.c.c).where(inner.c.n == 1)
    return {pk: (float(value), day, count) for pk, value, day, count in session.execute(query)}


def _milestones(session: Session, plan_pks: list[int] | None,
                as_of: date) -> dict[int, dict]:
    query = (
        select(G.pk, E.step, func.max(E.day), func.count(E.pk))
        .join(E, and_(_window(as_of), E.milestone == G.goal_id))
        .where(_goal_filter(plan_pks), G.kind == "milestone")
        .group_by(G.pk, E.step)
    )
    found: dict[int, dict] = defaultdict(lambda: {"steps": set(), "whole": False, "last": None,
                                                  "count": 0})
    for pk, step, last, count in session.execute(query):
        item = found[pk]
        if step is None:
            item["whole"] = True
        else:
            item["steps"].add(step)
        item["last"] = last if item["last"] is None or last > item["last"] else item["last"]
        item["count"] += count
    return found


def goal_facts(session: Session, as_of: date,
               plan_pks: list[int] | None = None) -> dict[int, GoalFacts]:
    """Facts of every active goal of the given plans (all plans when None), by goal pk."""
    flows = _flow_sums(session, plan_pks, as_of)
    units = _unit_sums(session, plan_pks, as_of)
    latest = _snapshot(session, plan_pks, as_of, "latest")
    before = _snapshot(session, plan_pks, as_of, "before_start")
    first = _snapshot(session, plan_pks, as_of, "first")
    steps = _milestones(session, plan_pks, as_of)
    facts: dict[int, GoalFacts] = {}
    for pk, flow in flows.items():
        facts[pk] = GoalFacts(total=flow["total"], tagged=flow["tagged"],
                              unit_sums=units.get(pk, {}), last_reported=flow["last_reported"],
                              entry_count=flow["entry_count"])
    for pk, (value, day, count) in latest.items():
        facts[pk] = GoalFacts(latest=value, last_reported=day, entry_count=count,
                              before_start=before.get(pk, (None,))[0],
                              first_in_window=first.get(pk, (None,))[0])
    for pk, (value, _, _) in before.items():
        if pk not in latest:
            facts[pk] = GoalFacts(before_start=value)
    for pk, item in steps.items():
        facts[pk] = GoalFacts(steps_done=frozenset(item["steps"]), whole_done=item["whole"],
                              last_reported=item["last"], entry_count=item["count"])
    return facts
