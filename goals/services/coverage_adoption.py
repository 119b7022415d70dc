"""Service: a district's coverage goals, förening by förening, and sending a goal to the
föreningar whose plan lacks it.

A coverage goal ("alla föreningar ska ha en valansvarig") counts the föreningar whose own
plan has the goal `goal` done (PLAN_FORMAT.md §2). A förening whose plan does not have that
goal at all can never count; the district sends it the goal: a milestone with the district
goal's words and deadline, for the förening's latest plan, in a section named after the
district. A district reads its föreningar's plans but may not write them (goals.access), so
the goal is a proposal; the förening's board adopts it through the normal plan import
(goals.services.file_import.import_bytes): first its dry run, whose preview (goal added)
the board reads before anything is written, then the import itself, checked and audited
like any plan import. Or the board declines it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from goals.access.roles import Actor, Permission, require
from goals.domain.plan import Goal, Plan, plan_to_dict
from goals.i18n import translate
from goals.io.export import plan_dict_to_yaml
from goals.services.file_import import FileResult, import_bytes
from goals.services.status import plan_status, plan_statuses
from goals.store import audit
from goals.store import proposals as store
from goals.store.access import organisation_parents
from goals.store.meta import bump_data_version
from goals.store.plans import load_plan, load_plans
from goals.store.unit_of_work import Engine, Session, reading, writing


@dataclass(frozen=True)
class UnitState:
    """One förening below the district, for one coverage goal: 'done', 'not_done' (its
    plan has the goal) or 'missing' (no plan of it has the goal: send it)."""

    organisation_id: str
    name: str
    plan_id: str          # its latest plan overlapping the district plan
    state: str


@dataclass(frozen=True)
class CoverageGap:
    goal: Goal            # the district's coverage goal
    units: tuple[UnitState, ...]

    @property
    def missing(self) -> tuple[UnitState, ...]:
        return tuple(u for u in self.units if u.state == "missing")


def coverage_gaps(session: Session, district_plan_id: str, as_of: date) -> list[CoverageGap]:
    """Per coverage goal of the district plan, each förening below it and where it stands."""
    district = plan_status(session, district_plan_id, as_of).plan
    children = _children(session, district)
    statuses = plan_statuses(session, as_of, [p.id for plans in children.values()
                                              for p in plans])
    gaps = []
    for goal in district.goals:
        if goal.kind != "coverage" or not goal.goal:
            continue
        units = []
        for organisation_id, plans in sorted(children.items()):
            latest = max(plans, key=lambda p: (p.period_start, p.id))
            units.append(UnitState(organisation_id, latest.organisation.name, latest.id,
                                   _state(goal.goal, plans, statuses)))
        gaps.append(CoverageGap(goal, tuple(units)))
    return gaps


def _children(session: Session, district: Plan) -> dict[str, list[Plan]]:
    found: dict[str, list[Plan]] = {}
    for plan in load_plans(session).values():
        if plan.organisation.parent == district.organisation.id and plan.overlaps(
                district.period_start, district.period_end):
            found.setdefault(plan.organisation.id, []).append(plan)
    return found


def _state(goal_id: str, plans: list[Plan], statuses) -> str:
    having = [p for p in plans if p.goal(goal_id) is not None]
    if not having:
        return "missing"
    for plan in having:
        standing = statuses.get(plan.id)
        if standing and any(g.goal.id == goal_id and g.status == "done"
                            for g in standing.goals):
            return "done"
    return "not_done"


@dataclass(frozen=True)
class Proposal:
    """A goal a district sent to a förening's plan, waiting for its board."""

    pk: int
    plan_id: str
    organisation_id: str
    district_plan_id: str
    goal: dict
    section: str
    proposed_by: str


def proposed_goal(unit: Plan, district: Plan, coverage: Goal, lang: str) -> tuple[dict, str]:
    """The goal the förening would adopt (a milestone with the district goal's words and
    deadline, clipped to the förening's period) and the section it goes in."""
    assert coverage.goal
    deadline = min(coverage.window_end, unit.period_end)
    if deadline < unit.period_start:
        deadline = unit.period_end
    goal = {"id": coverage.goal, "text": " ".join(coverage.text.split()), "kind": "milestone",
            "deadline": deadline.isoformat(),
            "notes": translate("adopt.notes", lang, district=district.title,
                               goal=coverage.id)}
    return goal, translate("adopt.section", lang, district=district.organisation.name)


def plan_with_goal(unit: Plan, goal: dict, section_title: str) -> str:
    """The förening's plan as YAML with `goal` added to the section `section_title` (made
    at the end when the plan has no such section)."""
    data = plan_to_dict(unit)
    section = next((s for s in data["sections"] if s["title"] == section_title), None)
    if section is None:
        section = {"title": section_title, "goals": []}
        data["sections"].append(section)
    section["goals"].append(dict(goal))
    return plan_dict_to_yaml(data)


def send_goal(engine: Engine, district_plan_id: str, coverage_goal_id: str,
              unit_plan_id: str, *, actor: Actor, lang: str = "sv") -> int:
    """The district sends its coverage goal to a förening whose plan lacks it: a proposal
    its board adopts (or declines). Needs `manage` on the district's organisation and
    `read` on the förening (a district role has both). Returns the proposal's id."""
    with writing(engine) as session:
        district = load_plan(session, district_plan_id)
        unit = load_plan(session, unit_plan_id)
        if district is None or unit is None:
            raise LookupError(district_plan_id if district is None else unit_plan_id)
        parents = organisation_parents(session)
        require(actor, Permission.MANAGE, district.organisation.id, parents)
        require(actor, Permission.READ, unit.organisation.id, parents)
        coverage = district.goal(coverage_goal_id)
        if coverage is None or coverage.kind != "coverage" or not coverage.goal:
            raise LookupError(coverage_goal_id)
        if unit.organisation.parent != district.organisation.id:
            raise LookupError(unit_plan_id)
        if unit.goal(coverage.goal) is not None or any(
                p.coverage_goal_id == coverage.id
                for p in store.pending(session, plan_id=unit_plan_id)):
            raise ValueError(f"{unit_plan_id} already has or was sent {coverage.goal}")
        goal, section = proposed_goal(unit, district, coverage, lang or unit.language)
        pk = store.add_proposal(session, district_plan_id=district_plan_id,
                                coverage_goal_id=coverage.id, plan_id=unit_plan_id,
                                organisation_id=unit.organisation.id,
                                goal=json.dumps(goal, ensure_ascii=False), section=section,
                                proposed_by=actor.label)
        audit.record(session, actor=actor.label, action="goal_proposal.create",
                     organisation_id=unit.organisation.id, target=f"{unit_plan_id}:{goal['id']}",
                     after=goal)
        bump_data_version(session)
        return pk


def pending_proposals(session: Session, organisation_ids: list[str] | None) -> list[Proposal]:
    """Goals sent to these organisations' plans and not yet adopted or declined."""
    return [Proposal(row.pk or 0, row.plan_id, row.organisation_id, row.district_plan_id,
                     json.loads(row.goal), row.section, row.proposed_by)
            for row in store.pending(session, organisation_ids)]


def adopt_proposal(engine: Engine, pk: int, *, actor: Actor,
                   dry_run: bool = True) -> FileResult:
    """The förening's board adopts a sent goal through the normal plan import: `dry_run`
    (the default) returns the preview (goal added) and writes nothing; dry_run=False saves
    the plan (needs `manage` on the förening, checked by the import) and closes the
    proposal."""
    with reading(engine) as session:
        row = store.get(session, pk)
        unit = load_plan(session, row.plan_id) if row is not None else None
    if row is None or unit is None or row.resolved_at is not None:
        raise LookupError(pk)
    text = plan_with_goal(unit, json.loads(row.goal), row.section)
    result = import_bytes(engine, text.encode("utf-8"), f"{row.plan_id}.yaml", is_plan=True,
                          dry_run=dry_run, actor=actor)
    if result.ok and not dry_run:
        with writing(engine) as session:
            store.resolve(session, pk, "adopted")
            bump_data_version(session)
    return result


def decline_proposal(engine: Engine, pk: int, *, actor: Actor) -> None:
    """The förening's board says no (needs `manage` on the förening)."""
    with writing(engine) as session:
        row = store.get(session, pk)
        if row is None:
            raise LookupError(pk)
        require(actor, Permission.MANAGE, row.organisation_id, organisation_parents(session))
        store.resolve(session, pk, "declined")
        audit.record(session, actor=actor.label, action="goal_proposal.decline",
                     organisation_id=row.organisation_id, target=f"{row.plan_id}:{pk}")
        bump_data_version(session)
