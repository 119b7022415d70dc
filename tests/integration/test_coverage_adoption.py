"""The district plan with its föreningar: the demo plans of five V Storstockholm föreningar
(data/demo/foreningar/, loaded at first start) make the district's coverage goals move over
2017–2018, the district sees per coverage goal which föreningar lack the goal, and sends it
it to one; that förening's board adopts it through the plan import's preview (dry run) and
then the import itself (a district reads its föreningar's plans but does not write them)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from goals.access.roles import AccessDenied, Actor, ActorKind, Role
from goals.domain.entries import Entry
from goals.services.bootstrap import seed_if_empty
from goals.services.coverage_adoption import (
    adopt_proposal,
    coverage_gaps,
    decline_proposal,
    pending_proposals,
    send_goal,
)
from goals.services.reports import build_report
from goals.services.status import plan_status
from goals.services.writes import record_entry
from goals.store.plans import load_plan

DISTRICT = "v-storstockholm-2017-2018"
GOAL = "internfeministiskt-ansvarig"
DISTRICT_ACTOR = Actor(ActorKind.ACCOUNT, "d@example.org",
                       frozenset({("v-storstockholm", Role.DISTRICT)}))
BOTKYRKA = Actor(ActorKind.ACCOUNT, "b@example.org", frozenset({("v-botkyrka", Role.BOARD)}))
NACKA = Actor(ActorKind.ACCOUNT, "n@example.org", frozenset({("v-nacka", Role.BOARD)}))


@pytest.fixture
def seeded(engine):
    assert all(result.ok for result in seed_if_empty(engine))
    return engine


def coverage(engine, day: date) -> dict[str, tuple[int, int]]:
    with Session(engine) as session:
        status = plan_status(session, DISTRICT, day)
    return {g.goal.id: (g.facts.units_done, g.facts.units_below) for g in status.goals
            if g.goal.kind == "coverage"}


def test_the_demo_foreningar_make_the_coverage_goals_move(seeded):
    # Done days in make_foreningar.py: internfeministiskt-ansvarig 14 Mar and 9 May 2017,
    # 12 Sep 2017, 5 Feb 2018; valansvarig 15 Jan, 26 Feb, 19 Mar, 7 May 2018; five föreningar.
    assert coverage(seeded, date(2017, 6, 30))[GOAL] == (2, 5)
    assert coverage(seeded, date(2017, 12, 31))[GOAL] == (3, 5)
    assert coverage(seeded, date(2018, 6, 30))[GOAL] == (4, 5)
    assert coverage(seeded, date(2017, 12, 31))["valansvarig"] == (0, 5)
    assert coverage(seeded, date(2018, 6, 30))["valansvarig"] == (4, 5)
    with Session(seeded) as session:
        plan = load_plan(session, "v-nacka-demo-2017-2018")
        report = build_report(session, DISTRICT, date(2018, 6, 30), "status")
    assert plan is not None and plan.title.startswith("DEMO:")
    assert plan.organisation.name == "Vänsterpartiet Nacka (demo)"
    lines = [line.standing.replace("\xa0", " ") for part in report.sections
             for line in part.goals
             if line.goal_id == GOAL]
    assert lines == ["80 % av 100 %"]


def test_the_district_sees_which_foreningar_lack_each_coverage_goal(seeded):
    with Session(seeded) as session:
        gaps = {gap.goal.id: gap for gap in coverage_gaps(session, DISTRICT, date(2018, 6, 30))}
    assert set(gaps) == {GOAL, "internfeministiska-arbetssatt", "kurs-foreningsstyrelse",
                         "valansvarig"}
    states = {u.organisation_id: u.state for u in gaps[GOAL].units}
    assert states == {"v-botkyrka": "missing", "v-huddinge": "done", "v-kungsholmen": "done",
                      "v-nacka": "done", "v-sodermalm": "done"}
    assert [u.organisation_id for u in gaps["internfeministiska-arbetssatt"].missing] == [
        "v-kungsholmen"]
    assert {u.organisation_id: u.state for u in gaps["kurs-foreningsstyrelse"].units}[
        "v-botkyrka"] == "not_done"


def test_a_sent_goal_is_previewed_by_the_forenings_board_then_added_to_its_plan(seeded):
    pk = send_goal(seeded, DISTRICT, GOAL, "v-botkyrka-demo-2017-2018", actor=DISTRICT_ACTOR)
    with Session(seeded) as session:
        (proposal,) = pending_proposals(session, ["v-botkyrka"])
        gaps = {g.goal.id: g for g in coverage_gaps(session, DISTRICT, date(2018, 6, 30))}
    assert proposal.pk == pk and proposal.goal["id"] == GOAL
    assert proposal.section == "Från Vänsterpartiet Storstockholm"
    # Still missing until the board adopts it; sending twice is refused.
    assert {u.organisation_id: u.state for u in gaps[GOAL].units}["v-botkyrka"] == "missing"
    with pytest.raises(ValueError):
        send_goal(seeded, DISTRICT, GOAL, "v-botkyrka-demo-2017-2018", actor=DISTRICT_ACTOR)
    preview = adopt_proposal(seeded, pk, actor=BOTKYRKA)
    assert preview.ok and preview.plan_change.added == [GOAL]
    with Session(seeded) as session:   # the dry run wrote nothing
        assert load_plan(session, "v-botkyrka-demo-2017-2018").goal(GOAL) is None
    assert adopt_proposal(seeded, pk, actor=BOTKYRKA, dry_run=False).ok
    with Session(seeded) as session:
        plan = load_plan(session, "v-botkyrka-demo-2017-2018")
        gaps = {g.goal.id: g for g in coverage_gaps(session, DISTRICT, date(2018, 6, 30))}
        assert pending_proposals(session, ["v-botkyrka"]) == []
    goal = plan.goal(GOAL)
    assert goal is not None and goal.kind == "milestone"
    assert goal.section == "Från Vänsterpartiet Storstockholm"
    assert goal.window_end == date(2018, 12, 31)
    assert {u.organisation_id: u.state for u in gaps[GOAL].units}["v-botkyrka"] == "not_done"
    # When Botkyrka reports it done, the district's coverage reaches 5 of 5.
    record_entry(seeded, Entry(date=date(2018, 8, 20), plan="v-botkyrka-demo-2017-2018",
                               milestone=GOAL), actor=BOTKYRKA)
    assert coverage(seeded, date(2018, 8, 31))[GOAL] == (5, 5)


def test_a_district_may_not_write_a_forenings_plan_itself_nor_another_board_adopt(seeded):
    pk = send_goal(seeded, DISTRICT, GOAL, "v-botkyrka-demo-2017-2018", actor=DISTRICT_ACTOR)
    for actor in (DISTRICT_ACTOR, NACKA):
        result = adopt_proposal(seeded, pk, actor=actor, dry_run=False)
        assert not result.ok and result.problems[0].key == "access.denied_import"
    with pytest.raises(AccessDenied):
        send_goal(seeded, DISTRICT, "valansvarig", "v-nacka-demo-2017-2018", actor=NACKA)
    with pytest.raises(ValueError):   # Nacka already has it
        send_goal(seeded, DISTRICT, GOAL, "v-nacka-demo-2017-2018", actor=DISTRICT_ACTOR)
    decline_proposal(seeded, pk, actor=BOTKYRKA)
    with Session(seeded) as session:
        assert pending_proposals(session, None) == []
