"""The district view on a small district, figures worked out by hand.

District `d` (own plan 2021 with a coverage goal) has three föreningar with 2021 plans —
A (ahead), B (behind), C (silent) — and D, whose only plan is for 2020 (no plan this year).
As of 30 June 2021.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from goals.services.district import district_view, districts
from goals.services.file_import import import_bytes

AS_OF = date(2021, 6, 30)


def forening(plan_id: str, org: str, name: str, year: int = 2021) -> bytes:
    return f"""\
id: {plan_id}
title: Plan {name}
organisation: {{id: {org}, name: {name}, parent: d}}
period: {{start: {year}-01-01, end: {year}-12-31}}
metrics:
  medlemmar: {{label: Medlemmar, type: level}}
  valfond: {{label: Valfond, type: flow, unit: SEK}}
sections:
  - title: S
    goals:
      - {{id: medlemsokning, text: Öka med 20 %, kind: increase, metric: medlemmar,
         baseline: 100, target: +20%}}
      - {{id: valfond, text: 10000 kr, kind: total, metric: valfond, target: 10000}}
      - {{id: ansvarig, text: Utse en ansvarig, kind: milestone}}
""".encode()


DISTRICT = b"""\
id: d-2021
title: Distriktets plan 2021
organisation: {id: d, name: Distriktet}
period: {start: 2021-01-01, end: 2021-12-31}
sections:
  - title: Alla
    goals:
      - {id: alla-ansvariga, text: Alla ska ha en ansvarig, kind: coverage, goal: ansvarig,
         target: 100%}
"""
ENTRIES = b"""date,plan,metric,value,milestone
2021-06-20,a-2021,medlemmar,112,
2021-06-25,a-2021,valfond,6000,
2021-03-01,a-2021,,,ansvarig
2021-06-10,b-2021,medlemmar,104,
2021-02-01,b-2021,valfond,1000,
2021-01-10,c-2021,valfond,500,
"""


def build(engine) -> None:
    for data in (DISTRICT, forening("a-2021", "a", "Alfa"), forening("b-2021", "b", "Beta"),
                 forening("c-2021", "c", "Gamma"), forening("d-2020", "dd", "Delta", 2020)):
        assert import_bytes(engine, data, "p.yaml", is_plan=True).ok
    assert import_bytes(engine, ENTRIES, "e.csv", is_plan=False).ok


def view(engine):
    with Session(engine) as session:
        return district_view(session, "d", date(2021, 1, 1), date(2021, 12, 31), AS_OF)


def test_the_district_is_found_by_its_foreningar_and_named_from_its_own_plan(engine):
    build(engine)
    with Session(engine) as session:
        assert districts(session) == [("d", "Distriktet")]


def test_one_row_per_forening_with_its_standing(engine):
    build(engine)
    units = {u.name: u for u in view(engine).units}
    assert list(units) == ["Alfa", "Beta", "Delta", "Gamma"]
    alfa, beta, gamma = units["Alfa"], units["Beta"], units["Gamma"]
    # Alfa: 100 -> 112 of 100 -> 120: 12/20 = 0.6 of the way; expected floor(20×181/365)/20
    # = 9/20 -> on track. Fund 6 000 of 10 000 = 0.6 vs 181/365 -> on track. Milestone done.
    assert alfa.members_progress == 0.6 and alfa.members_actual == 112
    assert alfa.counts["on_track"] == 2 and alfa.counts["done"] == 1
    assert alfa.good_share == 1.0
    assert alfa.entries_recent == 2 and alfa.last_reported == date(2021, 6, 25)
    # Beta: 4/20 = 0.2 of 0.45 -> at risk; fund 0.1 -> at risk; milestone open -> on track.
    assert beta.members_progress == 0.2
    assert beta.counts["at_risk"] == 2 and beta.good_share == 1 / 3
    # Gamma: last report 10 January, 171 days before 30 June: silent.
    assert gamma.warning == "silent" and gamma.members_progress is None
    assert units["Delta"].warning == "no_plan" and units["Delta"].plans == ()


def test_common_goals_side_by_side_with_the_district_total(engine):
    build(engine)
    district = view(engine)
    assert district.common_metrics() == ["medlemmar", "valfond"]
    assert district.total("valfond") == 6000 + 1000 + 500
    assert district.total("medlemmar") == 112 + 104


def test_the_district_plan_names_the_foreningar_still_missing(engine):
    build(engine)
    district = view(engine)
    coverage = district.own_plans[0].goals[0]
    assert coverage.actual == __import__("fractions").Fraction(1, 3)   # Alfa of A, B, C
    assert district.missing[("d-2021", "alla-ansvariga")] == ("Beta", "Gamma")


def test_the_demo_district_loads_and_has_every_kind_of_forening(engine):
    from goals.services.demo import DISTRICT_ID, demo_files

    files = demo_files(foreningar=13, year=2025, seed=1)
    for f in sorted(files, key=lambda f: not f.is_plan):
        result = import_bytes(engine, f.data, f.name, is_plan=f.is_plan)
        assert result.ok, [p.render() for p in result.problems]
    with Session(engine) as session:
        district = district_view(session, DISTRICT_ID, date(2025, 1, 1), date(2025, 12, 31),
                                 date(2025, 10, 31))
    warnings = {u.warning for u in district.units}
    assert len(district.units) == 13
    assert "no_plan" in warnings
    assert len({u.good_share for u in district.units if u.good_share is not None}) > 3
    assert district.own_plans and district.missing


def test_a_campaign_is_summed_per_forening_per_day_and_in_total(engine):
    campaign = b"""\
id: kampanj-2021
title: Samtalskampanj
organisation: {id: d, name: Distriktet}
period: {start: 2021-10-04, end: 2021-10-25}
metrics:
  samtal: {label: Samtal, type: flow}
  varvade: {label: Varvade, type: flow}
sections:
  - title: Kampanj
    goals:
      - {id: samtal, text: 1000 samtal, kind: total, metric: samtal, target: 1000}
"""
    entries = b"""date,plan,metric,value,unit
2021-10-04,kampanj-2021,samtal,40,a
2021-10-04,kampanj-2021,samtal,10,a
2021-10-04,kampanj-2021,samtal,25,b
2021-10-05,kampanj-2021,varvade,2,b
2021-10-30,kampanj-2021,samtal,99,b
"""
    assert import_bytes(engine, campaign, "k.yaml", is_plan=True).ok
    assert import_bytes(engine, entries, "k.csv", is_plan=False).ok
    from goals.services.district import campaigns

    with Session(engine) as session:
        assert [d for d, _ in districts(session)] == ["d"]
        found = campaigns(session, ["kampanj-2021"], date(2021, 10, 25))
    campaign_view = found[0]
    assert campaign_view.by_unit == {"a": {"samtal": 50.0}, "b": {"samtal": 25.0,
                                                                  "varvade": 2.0}}
    assert campaign_view.total("samtal") == 75          # the 30 October report is after as_of
    assert campaign_view.by_day[date(2021, 10, 4)] == {"a": {"samtal": 50.0},
                                                      "b": {"samtal": 25.0}}


def test_a_metric_the_district_defines_once_is_compared_across_its_foreningar(engine):
    build(engine)
    district_with_metric = DISTRICT.replace(b"sections:", """metrics:
  dorrknack: {label: Dörrknackning, type: flow}
sections:""".encode())
    assert import_bytes(engine, district_with_metric, "d.yaml", is_plan=True).ok
    metric_line = b"  dorrknack: {label: Dorrar, type: flow}\n"
    goal_line = (b"      - {id: dorrar, text: 100 dorrar, kind: total, metric: dorrknack,"
                 b" target: 100}\n")
    with_goal = (forening("a-2021", "a", "Alfa")
                 .replace(b"  valfond: {label", metric_line + b"  valfond: {label")
                 .replace(b"      - {id: ansvarig", goal_line + b"      - {id: ansvarig"))
    assert import_bytes(engine, with_goal, "a.yaml", is_plan=True).ok
    district = view(engine)
    assert "dorrknack" in district.common_metrics()
    assert district.label("dorrknack", "sv") == "Dörrknackning"
