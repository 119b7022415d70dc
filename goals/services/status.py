"""Where every goal of one plan, or of a whole district, stands on a day.

The service between the store and the rules: it loads plans, asks the store for the facts of
all their goals in one batch, and applies `goals.domain.progress`. Coverage goals need the statuses
of the plans below, so those are computed first (children before parents, each once).
"""

from __future__ import annotations

from datetime import date

from goals.domain.facts import GoalFacts
from goals.domain.plan import Goal, Plan
from goals.domain.plan_status import PlanStatus
from goals.domain.progress import GoalStatus, goal_status
from goals.store.facts import goal_facts
from goals.store.plans import (
    PlanInfo,
    active_goal_pks,
    definition_hashes,
    definitions_by_hash,
    plan_infos,
)
from goals.store.unit_of_work import Session


class UnknownPlan(LookupError):
    pass


def plan_status(session: Session, plan_id: str, as_of: date) -> PlanStatus:
    """One plan's standing; raises `UnknownPlan`."""
    statuses = plan_statuses(session, as_of, [plan_id])
    if plan_id not in statuses:
        raise UnknownPlan(plan_id)
    return statuses[plan_id]


def plan_statuses(session: Session, as_of: date,
                  plan_ids: list[str] | None = None) -> dict[str, PlanStatus]:
    """The standing of the given plans (all when None), by plan id."""
    infos = plan_infos(session)
    wanted = list(infos) if plan_ids is None else [p for p in plan_ids if p in infos]
    definitions = _definitions(session, None if plan_ids is None else wanted)
    needed = _with_children_for_coverage(wanted, infos, definitions, session)
    all_plans = plan_ids is None or len(needed) == len(infos)
    pks = None if all_plans else [infos[p].pk for p in needed]
    facts = goal_facts(session, as_of, pks)
    goal_pks = active_goal_pks(session, pks)
    evaluator = _Evaluator(infos, definitions, facts, goal_pks, as_of)
    return {plan_id: evaluator.status(plan_id) for plan_id in wanted}


_PARSED: dict[str, Plan] = {}   # by the hash of the stored definition: immutable content


def _definitions(session: Session, plan_ids: list[str] | None) -> dict[str, Plan]:
    """The plans as domain objects. Rebuilding 200 plans from JSON costs a tenth of a
    second, so parsed plans are kept by the hash of their definition: a changed plan has
    a new hash, so this cache can never serve a stale plan to any server."""
    shas = definition_hashes(session, plan_ids)
    missing = [pid for pid, sha in shas.items() if sha not in _PARSED]
    if missing:
        if len(_PARSED) > 4096:
            _PARSED.clear()
        _PARSED.update(definitions_by_hash(session, missing))
    return {pid: _PARSED[sha] for pid, sha in shas.items()}


def _children(info: PlanInfo, infos: dict[str, PlanInfo]) -> list[PlanInfo]:
    """Plans of the units directly below `info`'s organisation overlapping its period."""
    return [other for other in infos.values()
            if other.parent_id == info.organisation_id
            and other.period_start <= info.period_end and info.period_start <= other.period_end]


def _with_children_for_coverage(wanted: list[str], infos: dict[str, PlanInfo],
                                definitions: dict[str, Plan], session: Session) -> list[str]:
    needed = list(wanted)
    queue = list(wanted)
    while queue:
        plan_id = queue.pop()
        plan = definitions.get(plan_id)
        if plan is None or not any(g.kind == "coverage" for g in plan.goals):
            continue
        for child in _children(infos[plan_id], infos):
            if child.id not in definitions:
                definitions.update(_definitions(session, [child.id]))
            if child.id not in needed:
                needed.append(child.id)
                queue.append(child.id)
    return needed


class _Evaluator:
    """Applies the rules plan by plan, computing child plans first for coverage goals."""

    def __init__(self, infos, definitions, facts, goal_pks, as_of: date):
        self.infos: dict[str, PlanInfo] = infos
        self.definitions: dict[str, Plan] = definitions
        self.facts: dict[int, GoalFacts] = facts
        self.goal_pks: dict[tuple[int, str], int] = goal_pks
        self.as_of = as_of
        self.done: dict[str, PlanStatus] = {}
        self.in_progress: set[str] = set()

    def status(self, plan_id: str) -> PlanStatus:
        if plan_id in self.done:
            return self.done[plan_id]
        self.in_progress.add(plan_id)
        plan, info = self.definitions[plan_id], self.infos[plan_id]
        goals = tuple(self.goal(plan, info, goal) for goal in plan.goals)
        self.in_progress.discard(plan_id)
        result = PlanStatus(plan, self.as_of, goals)
        self.done[plan_id] = result
        return result

    def goal(self, plan: Plan, info: PlanInfo, goal: Goal) -> GoalStatus:
        if goal.kind == "coverage":
            facts = self.coverage_facts(info, goal)
        else:
            facts = self.facts.get(self.goal_pks.get((info.pk, goal.id), -1), GoalFacts())
        return goal_status(plan, goal, facts, self.as_of)

    def coverage_facts(self, info: PlanInfo, goal: Goal) -> GoalFacts:
        """Units below with `goal.goal` done in any of their overlapping plans."""
        units: dict[str, bool] = {}
        for child in _children(info, self.infos):
            done = False
            if child.id not in self.in_progress and child.id in self.definitions:
                for status in self.status(child.id).goals:
                    if status.goal.id == goal.goal and status.status == "done":
                        done = True
            units[child.organisation_id] = units.get(child.organisation_id, False) or done
        return GoalFacts(units_below=len(units), units_done=sum(units.values()))
