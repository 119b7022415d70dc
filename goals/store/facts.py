"""The facts of many goals at once, in four set-based queries (no query per goal or entry).

Each query joins goals to the entries inside their window, on or before `as_of`, and groups
by goal: sums for flow goals, sums per calendar unit for rates, the three snapshots a level
`increase` needs, and the steps done for milestones. `goals.domain.facts.facts_from_entries` is the
same computation in plain Python; a property test keeps the two in agreement.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import and_, case, func, literal, or_, select
from sqlmodel import Session

from goals.domain.facts import GoalFacts
from goals.store.tables import CalendarUnitRow, EntryRow, GoalRow

G, E = GoalRow, EntryRow


def _earlier(a, b):
    return case((a > b, b), else_=a)


def _later(a, b):
    return case((a < b, b), else_=a)


def _window(as_of: date, start=None, end=None):
    """Entries of the goal's plan between `start` and `end` (default: the goal's window),
    never after `as_of`. Written as exactly one lower and one upper bound on `day`, so the
    database reads one index range per goal instead of choosing one bound and filtering."""
    start = G.window_start if start is None else _later(start, G.window_start)
    end = G.window_end if end is None else _earlier(end, G.window_end)
    return and_(E.plan_pk == G.plan_pk, E.day >= start, E.day <= _earlier(end, literal(as_of)))


def _carries_goal_tag():
    """The entry carries the goal's tag (the pattern is stored with the goal, so the
    database does not build the same string again for every entry)."""
    return E.tags.like(G.tag_pattern)


def _goal_filter(plan_pks: list[int] | None):
    condition = G.archived.is_(False)
    return condition if plan_pks is None else and_(condition, G.plan_pk.in_(plan_pks))


_FLOW_GOAL = or_(G.kind.in_(("total", "rate", "share")),
                 and_(G.kind == "increase", G.metric_type == "flow"))


def _flow_buckets(session: Session, plan_pks: list[int] | None, as_of: date) -> dict[int, dict]:
    """Sums per goal (and per calendar unit, for rates), in four scans that each read a goal's
    entries once from the covering index: goals without a tag (no string matching), shares
    (tagged and untagged sums), goals filtered by a tag, and rates joined to the calendar
    table (so the sums come out grouped without sorting the joined rows)."""
    window = and_(_window(as_of), E.metric == G.metric)
    tag_filter = or_(G.tag.is_(None), _carries_goal_tag())
    flow = and_(_goal_filter(plan_pks), _FLOW_GOAL)
    plain = (select(G.pk, literal(0), func.sum(E.value), literal(0.0), func.max(E.day),
                    func.count())
             .join(E, window).where(flow, G.kind != "rate", G.tag.is_(None)).group_by(G.pk))
    shares = (select(G.pk, literal(0), func.sum(E.value),
                     func.sum(case((_carries_goal_tag(), E.value), else_=0.0)),
                     func.max(E.day), func.count())
              .join(E, window).where(flow, G.kind == "share").group_by(G.pk))
    filtered = (select(G.pk, literal(0), func.sum(E.value), literal(0.0), func.max(E.day),
                       func.count())
                .join(E, and_(window, _carries_goal_tag()))
                .where(flow, G.kind.not_in(("rate", "share")), G.tag.is_not(None))
                .group_by(G.pk))
    U = CalendarUnitRow
    in_unit = and_(U.per == G.per, U.key >= G.first_unit, U.key <= G.last_unit,
                   U.first_day <= as_of)
    unit_window = and_(_window(as_of, U.first_day, U.last_day), E.metric == G.metric)
    rates = (select(G.pk, U.key, func.sum(E.value), literal(0.0), func.max(E.day),
                    func.count())
             .join(U, in_unit)
             .join(E, and_(unit_window, tag_filter))
             .where(flow, G.kind == "rate").group_by(G.pk, U.key))
    found: dict[int, dict] = {}
    for query in (plain, shares, filtered, rates):
        for pk, key, total, tagged, last, count in session.execute(query):
            _add_bucket(found, pk, int(key), float(total or 0), float(tagged or 0), last,
                        count)
    return found


def _add_bucket(found: dict[int, dict], pk: int, key: int, total: float, tagged: float,
                last: date, count: int) -> None:
    item = found.setdefault(pk, {"total": 0.0, "tagged": 0.0, "units": {}, "last": None,
                                 "count": 0})
    item["total"] += total
    item["tagged"] += tagged
    item["units"][key] = item["units"].get(key, 0.0) + total   # read by rate goals only
    item["last"] = last if item["last"] is None or last > item["last"] else item["last"]
    item["count"] += count


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
        # metric IS NULL: milestone entries have no metric, so the covering index's
        # (plan, NULL, day) range holds exactly them; no index of their own is needed.
        .join(E, and_(_window(as_of), E.metric.is_(None), E.milestone == G.goal_id))
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
    flows = _flow_buckets(session, plan_pks, as_of)
    latest = _snapshot(session, plan_pks, as_of, "latest")
    before = _snapshot(session, plan_pks, as_of, "before_start")
    first = _snapshot(session, plan_pks, as_of, "first")
    steps = _milestones(session, plan_pks, as_of)
    facts: dict[int, GoalFacts] = {}
    for pk, flow in flows.items():
        facts[pk] = GoalFacts(total=flow["total"], tagged=flow["tagged"],
                              unit_sums=flow["units"], last_reported=flow["last"],
                              entry_count=flow["count"])
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
