"""Plans in the database: save a (re)imported plan without losing anything, read plans back.

Re-import rules (issue: edit an adopted plan mid-year): goals are matched by `id`; a changed
goal is updated in place (its entries stay, since entries point at metrics and goal ids);
a goal missing from the new file is archived, not deleted; a goal that comes back is
restored; the same file twice changes nothing, not even the data version.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import func, or_, select
from sqlmodel import Session

from goals.domain.calendar import unit_key
from goals.domain.plan import Goal, Plan
from goals.domain.plan_dict import plan_from_dict
from goals.store.meta import bump_data_version
from goals.store.tables import GoalRow, PlanRow


@dataclass
class PlanChange:
    """What a plan import did, goal by goal."""

    plan_id: str
    created: bool = False
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    archived: list[str] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    plan_fields_changed: bool = False

    @property
    def unchanged(self) -> bool:
        return not (self.created or self.added or self.changed or self.archived
                    or self.restored or self.plan_fields_changed)


def canonical_json(data: dict) -> str:
    """The plan's dict as stored: key order kept (it is the order of the file)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _goal_json(goal_dict: dict) -> str:
    return canonical_json(goal_dict)


def _goal_columns(plan: Plan, goal: Goal, position: int, goal_dict: dict) -> dict:
    metric = plan.metrics.get(goal.metric or "")
    return {
        "position": position,
        "section": goal.section,
        "kind": goal.kind,
        "metric": goal.metric,
        "metric_type": metric.type if metric else None,
        "tag": goal.tag,
        "tag_pattern": f"%|{goal.tag}|%" if goal.tag else None,
        "per": goal.per,
        "first_unit": unit_key(goal.window_start, goal.per) if goal.per else None,
        "last_unit": unit_key(goal.window_end, goal.per) if goal.per else None,
        "window_start": goal.window_start,
        "window_end": goal.window_end,
        "definition": _goal_json(goal_dict),
    }


def get_plan_row(session: Session, plan_id: str) -> PlanRow | None:
    return session.execute(select(PlanRow).where(PlanRow.id == plan_id)).scalar_one_or_none()


def save_plan(session: Session, plan: Plan) -> PlanChange:
    """Insert or update `plan` and its goals; the caller owns the transaction."""
    change, row, existing = _diff(session, plan)
    if change.unchanged:
        return change
    data = plan.to_dict()
    now = datetime.now(UTC)
    definition = canonical_json(data)
    if row is None:
        row = PlanRow(id=plan.id, title="", organisation_id="", organisation_name="",
                      period_start=plan.period_start, period_end=plan.period_end,
                      definition="", source_sha="", imported_at=now)
        session.add(row)
    row.title = plan.title
    row.organisation_id = plan.organisation.id
    row.organisation_name = plan.organisation.name
    row.parent_id = plan.organisation.parent
    row.period_start, row.period_end = plan.period_start, plan.period_end
    row.language = plan.language
    row.definition = definition
    row.source_sha = hashlib.sha256(definition.encode()).hexdigest()
    row.imported_at = now
    session.flush()
    goal_dicts = [g for s in data["sections"] for g in s["goals"]]
    for position, (goal, goal_dict) in enumerate(zip(plan.goals, goal_dicts, strict=True)):
        columns = _goal_columns(plan, goal, position, goal_dict)
        goal_row = existing.pop(goal.id, None)
        if goal_row is None:
            session.add(GoalRow(plan_pk=row.pk, goal_id=goal.id, archived=False, **columns))
            continue
        for name, value in columns.items():
            setattr(goal_row, name, value)
        goal_row.archived = False
    for goal_row in existing.values():
        goal_row.archived = True
    bump_data_version(session)
    session.flush()
    return change


def _diff(session: Session, plan: Plan) -> tuple[PlanChange, PlanRow | None, dict[str, GoalRow]]:
    row = get_plan_row(session, plan.id)
    change = PlanChange(plan.id)
    if row is None:
        change.created = True
        change.added = [g.id for g in plan.goals]
        return change, None, {}
    goal_rows = session.execute(select(GoalRow).where(GoalRow.plan_pk == row.pk)).scalars()
    existing = {g.goal_id: g for g in goal_rows}
    data = plan.to_dict()
    goal_dicts = {g["id"]: g for s in data["sections"] for g in s["goals"]}
    for position, goal in enumerate(plan.goals):
        goal_row = existing.get(goal.id)
        if goal_row is None:
            change.added.append(goal.id)
        elif goal_row.archived:
            change.restored.append(goal.id)
        elif goal_row.definition != _goal_json(goal_dicts[goal.id]) or \
                goal_row.section != goal.section or goal_row.position != position:
            change.changed.append(goal.id)
    change.archived = [gid for gid, g in existing.items()
                       if gid not in goal_dicts and not g.archived]
    change.plan_fields_changed = row.definition != canonical_json(data)
    return change, row, existing


def load_plan(session: Session, plan_id: str) -> Plan | None:
    row = get_plan_row(session, plan_id)
    return plan_from_dict(json.loads(row.definition)) if row else None


def load_plans(session: Session, plan_ids: list[str] | None = None) -> dict[str, Plan]:
    """Plans by id (all when `plan_ids` is None), in id order."""
    query = select(PlanRow.id, PlanRow.definition).order_by(PlanRow.id)
    if plan_ids is not None:
        query = query.where(PlanRow.id.in_(plan_ids))
    return {pid: plan_from_dict(json.loads(d)) for pid, d in session.execute(query)}


def plan_ids(session: Session) -> list[str]:
    return list(session.execute(select(PlanRow.id).order_by(PlanRow.id)).scalars())


def archived_goals(session: Session, plan_id: str) -> list[dict]:
    """The definitions of goals that were removed from the plan's file (kept for history)."""
    query = (select(GoalRow.definition).join(PlanRow, PlanRow.pk == GoalRow.plan_pk)
             .where(PlanRow.id == plan_id, GoalRow.archived.is_(True))
             .order_by(GoalRow.position))
    return [json.loads(d) for d in session.execute(query).scalars()]


@dataclass(frozen=True)
class PlanInfo:
    """A stored plan's identity and place in the organisation tree, without its goals
    (`source_sha` is the hash of its stored definition: the key of parsed-plan caches)."""

    pk: int
    id: str
    organisation_id: str
    organisation_name: str
    parent_id: str | None
    period_start: date
    period_end: date
    source_sha: str = ""


def plan_infos(session: Session, plan_ids: list[str] | None = None, *,
               parents: set[str] | None = None,
               organisations: set[str] | None = None) -> dict[str, PlanInfo]:
    """Stored plans' identities, by plan id, in one query: every plan when no filter is
    given, else the plans named in `plan_ids`, or below one of `parents`, or of one of
    `organisations` (each filter an index lookup, so the cost follows what is asked for,
    not the size of the database)."""
    query = select(PlanRow.pk, PlanRow.id, PlanRow.organisation_id, PlanRow.organisation_name,
                   PlanRow.parent_id, PlanRow.period_start, PlanRow.period_end,
                   PlanRow.source_sha)
    conditions = []
    if plan_ids is not None:
        conditions.append(PlanRow.id.in_(plan_ids))
    if parents is not None:
        conditions.append(PlanRow.parent_id.in_(sorted(parents)))
    if organisations is not None:
        conditions.append(PlanRow.organisation_id.in_(sorted(organisations)))
    if conditions:
        query = query.where(or_(*conditions))
    return {row.id: PlanInfo(*row) for row in session.execute(query)}


def definition_hashes(session: Session, plan_ids: list[str] | None = None) -> dict[str, str]:
    """plan id -> the hash of its stored definition, in id order (all plans when None)."""
    query = select(PlanRow.id, PlanRow.source_sha).order_by(PlanRow.id)
    if plan_ids is not None:
        query = query.where(PlanRow.id.in_(plan_ids))
    return dict(session.execute(query).all())


def definitions_by_hash(session: Session, plan_ids: list[str]) -> dict[str, Plan]:
    """definition hash -> the plan rebuilt from its stored definition."""
    rows = session.execute(select(PlanRow.source_sha, PlanRow.definition)
                           .where(PlanRow.id.in_(plan_ids)))
    return {sha: plan_from_dict(json.loads(text)) for sha, text in rows}


def plan_count(session: Session) -> int:
    return session.execute(select(func.count(PlanRow.pk))).scalar() or 0


def organisations_of(session: Session, plan_ids: set[str]) -> dict[str, str]:
    """plan id -> its organisation id, for the plans that exist."""
    query = select(PlanRow.id, PlanRow.organisation_id).where(PlanRow.id.in_(plan_ids))
    return {plan_id: organisation_id for plan_id, organisation_id in session.execute(query)}


def plan_pks(session: Session, plan_ids: set[str]) -> dict[str, int]:
    """plan id -> its primary key, for the plans that exist."""
    query = select(PlanRow.id, PlanRow.pk).where(PlanRow.id.in_(plan_ids))
    return {plan_id: pk for plan_id, pk in session.execute(query)}


def plan_id_of(session: Session, plan_pk: int) -> str:
    return session.execute(select(PlanRow.id).where(PlanRow.pk == plan_pk)).scalar_one()
