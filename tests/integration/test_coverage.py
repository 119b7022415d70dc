"""PLAN_FORMAT §2 `coverage`: the part of the units directly below the plan's organisation
whose own plan has the named goal done.

The district `d` has four föreningar below it: A and B with 2021 plans, C whose only plan is
for 2019 (no overlap, so not a unit here), and D with two 2021 plans, one of which has the
goal done. A's förening has a unit of its own below (E), which is not directly below `d`.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from sqlmodel import Session

from goals.services.file_import import import_bytes
from goals.services.status import plan_status


def plan(plan_id: str, org: str, parent: str | None, year: int = 2021,
         goals: str = "") -> bytes:
    parent_line = f", parent: {parent}" if parent else ""
    return f"""\
id: {plan_id}
title: Plan {plan_id}
organisation: {{id: {org}, name: {org.upper()}{parent_line}}}
period: {{start: {year}-01-01, end: {year}-12-31}}
sections:
  - title: S
    goals:
      - {{id: ansvarig, text: Utse en internfeministiskt ansvarig, kind: milestone}}
{goals}""".encode()


DISTRICT_GOALS = """\
      - {id: alla-ansvariga, text: Alla partiföreningar ska ha en internfeministiskt ansvarig,
         kind: coverage, goal: ansvarig, target: 100%}
      - {id: halften, text: Hälften, kind: coverage, goal: ansvarig, target: 50%}
      - {id: ingen-har, text: Inget barn har målet, kind: coverage, goal: saknas, target: 100%}
"""
DONE = "date,plan,milestone\n2021-03-01,{plan},ansvarig\n"


def build(engine) -> None:
    files = [
        plan("d-2021", "d", None, goals=DISTRICT_GOALS),
        plan("a-2021", "a", "d"), plan("b-2021", "b", "d"), plan("c-2019", "c", "d", 2019),
        plan("d1-2021", "dd", "d"), plan("d2-2021", "dd", "d"), plan("e-2021", "e", "a"),
    ]
    for data in files:
        assert import_bytes(engine, data, "x.yaml", is_plan=True).ok
    for done in ("a-2021", "d2-2021", "e-2021", "c-2019"):
        entry = DONE.format(plan=done).replace("2021-03-01", "2019-03-01" if "2019" in done
                                                else "2021-03-01")
        assert import_bytes(engine, entry.encode(), f"{done}.csv", is_plan=False).ok


def goals_of(engine, as_of: date) -> dict:
    with Session(engine) as session:
        return {g.goal.id: g for g in plan_status(session, "d-2021", as_of).goals}


def test_coverage_counts_units_with_the_goal_done_in_any_overlapping_plan(engine):
    build(engine)
    goals = goals_of(engine, date(2021, 6, 30))
    # Units below d in 2021: a, b, dd (c's plan does not overlap). Done: a, dd -> 2/3.
    assert goals["alla-ansvariga"].actual == Fraction(2, 3)
    assert goals["alla-ansvariga"].progress == Fraction(2, 3)
    assert goals["alla-ansvariga"].target == 1


def test_coverage_progress_is_the_part_over_the_target(engine):
    build(engine)
    halften = goals_of(engine, date(2021, 6, 30))["halften"]
    assert halften.progress == Fraction(4, 3)
    assert halften.status == "done"


def test_coverage_follows_as_of(engine):
    build(engine)
    assert goals_of(engine, date(2021, 2, 28))["alla-ansvariga"].actual == 0


def test_a_goal_that_no_child_plan_has_counts_no_unit(engine):
    build(engine)
    ingen = goals_of(engine, date(2021, 6, 30))["ingen-har"]
    assert (ingen.actual, ingen.progress) == (0, 0)
