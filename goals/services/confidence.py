"""Confidence check-ins: a board member marks (1-10) how sure they are that a goal will be
reached, alone or with a report. One transaction each, the actor checked (`manage`: the
board), audited, the data version bumped so every server's cache sees it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from goals.access.roles import Actor, Permission, require
from goals.domain.confidence import Mark
from goals.store import audit
from goals.store.access import organisation_parents
from goals.store.followup import add_confidence, confidence_marks, goal_exists
from goals.store.plans import get_plan_row
from goals.store.unit_of_work import Engine, reading, writing

LOWEST, HIGHEST = 1, 10


class BadMark(ValueError):
    """A mark outside 1-10 or for a goal the plan does not have (the catalogue key says
    which)."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key, self.params = key, params


def record_confidence(engine: Engine, plan_id: str, goal_id: str, mark: int, day: date, *,
                      actor: Actor, entry_uid: str | None = None) -> None:
    """Record a mark for one goal on `day` (needs `manage`)."""
    if isinstance(mark, bool) or not isinstance(mark, int) or not LOWEST <= mark <= HIGHEST:
        raise BadMark("confidence.bad_mark", value=mark)
    with writing(engine) as session:
        row = get_plan_row(session, plan_id)
        if row is None:
            raise LookupError(plan_id)
        require(actor, Permission.MANAGE, row.organisation_id, organisation_parents(session))
        if not goal_exists(session, row.pk, goal_id):
            raise BadMark("confidence.unknown_goal", goal=goal_id)
        add_confidence(session, plan_pk=row.pk, goal_id=goal_id, day=day, mark=mark,
                       recorded_by=actor.label, now=datetime.now(UTC), entry_uid=entry_uid)
        audit.record(session, actor=actor.label, action="checkin.record",
                     organisation_id=row.organisation_id, target=f"{plan_id}/{goal_id}",
                     after={"day": day, "mark": mark})


def plan_marks(engine: Engine, plan_id: str, until: date | None = None) -> list[Mark]:
    """Every mark of one plan up to `until`, oldest first (the pages filter by what the
    actor may read before asking)."""
    with reading(engine) as session:
        return confidence_marks(session, [plan_id], until).get(plan_id, [])
