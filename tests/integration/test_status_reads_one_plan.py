"""One plan's status reads that plan, not the database: the same statements whether the
database holds one plan or many (it grew with the party: every plan's identity was read on
every call, and Översikt computed every plan's status), and on PostgreSQL a warm call is two
round trips (the plan's identity, then all its goals' facts in one statement)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event

from goals.services.database import reading
from goals.services.file_import import import_bytes
from goals.services.status import plan_status
from tests.factories import ACCESS_PLAN, CLI_PLAN

AS_OF = date(2021, 6, 30)


def _statements(engine, plan_id: str) -> list[str]:
    seen: list[str] = []

    def record(_conn, _cursor, statement, _params, _context, _many):
        seen.append(statement)
    with reading(engine) as session:
        plan_status(session, plan_id, AS_OF)          # warm: plans parsed, statements built
    event.listen(engine, "before_cursor_execute", record)
    try:
        with reading(engine) as session:
            plan_status(session, plan_id, AS_OF)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return seen


def test_a_plans_status_costs_the_same_statements_beside_many_plans(engine):
    assert import_bytes(engine, CLI_PLAN.encode(), "v.yaml", is_plan=True).ok
    alone = _statements(engine, "v-vallentuna-2021")
    for org in range(12):
        assert import_bytes(engine, ACCESS_PLAN.format(org=org).encode(), f"{org}.yaml",
                            is_plan=True).ok
    beside = _statements(engine, "v-vallentuna-2021")
    assert beside == alone
    if engine.dialect.name == "postgresql":
        assert len(alone) == 2       # the plan's identity, then every goal's facts
    else:
        assert len(alone) == 1 + 8   # SQLite: no round trips, the eight parts one by one
    assert 'WHERE plan.id IN' in alone[0].replace('"', '')   # this plan only, not all
