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
from goals.services.parsed_plans import parsed
from goals.store.facts import goal_facts
from goals.store.plans import PlanInfo, plan_infos
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
    """The standing of the given plans (all when None), by plan id.

    Reads only the plans asked for and, for coverage goals, the plans below them: the cost
    follows the plans asked for, never the size of the database. A warm call is two
    statements: the plans' identities, and the facts of all their goals."""
    infos = plan_infos(session, plan_ids)
    wanted = list(infos) if plan_ids is None else [p for p in plan_ids if p in infos]
    definitions = _definitions(session, infos)
    if plan_ids is not None:
        _add_children_for_coverage(session, infos, definitions)
    pks = None if plan_ids is None else [info.pk for info in infos.values()]
    facts = goal_facts(session, as_of, pks)
    evaluator = _Evaluator(infos, definitions, facts, as_of)
    return {plan_id: evaluator.status(plan_id) for plan_id in wanted}


def _definitions(session: Session, infos: dict[str, PlanInfo]) -> dict[str, Plan]:
    """The plans as domain objects (parsed once per definition, see parsed_plans)."""
    return parsed(session, {pid: info.source_sha for pid, info in infos.items()})


def _children(info: PlanInfo, infos: dict[str, PlanInfo]) -> list[PlanInfo]:
    """Plans of the units directly below `info`'s organisation overlapping its period."""
    return [other for other in infos.values()
            if other.parent_id == info.organisation_id
            and other.period_start <= info.period_end and info.period_start <= other.period_end]


def _add_children_for_coverage(session: Session, infos: dict[str, PlanInfo],
                               definitions: dict[str, Plan]) -> None:
    """Add to `infos` and `definitions` the plans below every plan with a coverage goal,
    level by level (one query per level of the organisation tree)."""
    level = list(infos)
    while level:
        parents = {infos[p].organisation_id for p in level
                   if p in definitions and any(g.kind == "coverage"
                                               for g in definitions[p].goals)}
        if not parents:
            return
        found = {pid: info for pid, info in plan_infos(session, parents=parents).items()
                 if pid not in infos}
        infos.update(found)
        definitions.update(_definitions(session, found))
        level = list(found)


class _Evaluator:
    """Applies the rules plan by plan, computing child plans first for coverage goals."""

    def __init__(self, infos, definitions, facts, as_of: date):
        self.infos: dict[str, PlanInfo] = infos
        self.definitions: dict[str, Plan] = definitions
        self.facts: dict[tuple[int, str], GoalFacts] = facts
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
            facts = self.facts.get((info.pk, goal.id), GoalFacts())
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
