"""The store's set-based SQL computes the same facts as the plain-Python reference.

`goals.domain.facts.facts_from_entries` is the rules' reading of §3 over a list of entries; the
store computes the same facts for many goals at once in SQL. For random entries, every
goal's status must be identical both ways, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlmodel import Session

from goals.domain.entries import Entry
from goals.domain.facts import facts_from_entries
from goals.domain.progress import goal_status
from goals.services.file_import import import_bytes
from goals.services.status import plan_status
from goals.store.entries import add_entry
from goals.store.plans import get_plan_row
from tests.factories import RULES_PLAN_YAML as PLAN_YAML

START = date(2020, 11, 1)

entry_strategy = st.one_of(
    st.builds(
        lambda day, value, tags: Entry(START + timedelta(days=day), "p", "poster", value,
                                       tuple(tags)),
        st.integers(0, 480), st.integers(-1, 4).map(float),
        st.lists(st.sampled_from(["klimat", "nyhet"]), max_size=2, unique=True),
    ),
    st.builds(lambda day, value: Entry(START + timedelta(days=day), "p", "kronor", value),
              st.integers(0, 480), st.sampled_from([100.0, 250.5, 1000.0, -50.0])),
    st.builds(lambda day, value: Entry(START + timedelta(days=day), "p", "medlemmar", value),
              st.integers(0, 480), st.integers(80, 160).map(float)),
    st.builds(lambda day, step_name: Entry(START + timedelta(days=day), "p", milestone="steg",
                                           step=step_name),
              st.integers(0, 480), st.sampled_from(["Ett", "Två", "Tre", None])),
    st.builds(lambda day: Entry(START + timedelta(days=day), "p", milestone="klart"),
              st.integers(0, 480)),
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(entry_strategy, max_size=40),
       as_of_day=st.integers(0, 480))
def test_sql_facts_give_the_same_status_as_the_python_reference(engine, entries, as_of_day):
    with Session(engine) as session:
        session.execute(text("DELETE FROM entry"))
        session.commit()
    result = import_bytes(engine, PLAN_YAML.encode(), "p.yaml", is_plan=True)
    assert result.ok, result.problems
    as_of = START + timedelta(days=as_of_day)
    with Session(engine) as session:
        plan_pk = get_plan_row(session, "p").pk
        for entry in entries:
            add_entry(session, plan_pk=plan_pk, entry=entry)
        session.commit()
        stored = plan_status(session, "p", as_of)
    for status in stored.goals:
        goal = status.goal
        reference = goal_status(stored.plan, goal,
                                facts_from_entries(stored.plan, goal, entries, as_of), as_of)
        assert (status.status, status.progress, status.actual, status.target,
                status.baseline, status.expected) == (
            reference.status, reference.progress, reference.actual, reference.target,
            reference.baseline, reference.expected), goal.id
