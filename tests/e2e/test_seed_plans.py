"""The five seed plans in ``plans/`` and their demo entries in ``data/demo/``.

The plans are read with ``yaml.safe_load`` only, so these tests check the files against the
documents they encode and against PLAN_FORMAT.md, independently of the ``goals`` package.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
PLANS = ROOT / "plans"
DEMO = ROOT / "data" / "demo"
SEED_PLANS = [
    "v-vallentuna-2021",
    "v-storstockholm-2017-2018",
    "s-stockholm-hostkampanj-2021",
    "s-stockholm-2021",
    "sv-innlandet-2023",
]
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
COLUMNS = ["date", "plan", "metric", "value", "tags", "milestone", "step", "note", "reported_by"]

PLAN_KEYS = {
    "id",
    "title",
    "organisation",
    "period",
    "adopted",
    "language",
    "metrics",
    "sections",
    "status",
}
ORGANISATION_KEYS = {"id", "name", "level", "parent"}
METRIC_KEYS = {"label", "type", "unit", "tags"}
SECTION_KEYS = {"title", "goals"}
GOAL_KEYS = {
    "id",
    "text",
    "kind",
    "start",
    "deadline",
    "responsible",
    "checkpoints",
    "notes",
    "metric",
    "target",
    "per",
    "baseline",
    "tag",
    "goal",
    "steps",
}
REQUIRED = {
    "milestone": set(),
    "total": {"metric", "target"},
    "rate": {"metric", "target", "per"},
    "increase": {"metric", "target"},
    "share": {"metric", "tag", "target"},
    "coverage": {"goal", "target"},
}
COMMON_METRICS = {
    "medlemmar": "level",
    "aktiva": "level",
    "valfond": "flow",
    "medlemsmoten": "flow",
    "webbinlagg": "flow",
    "samtal": "flow",
    "varvade": "flow",
    "studiecirklar": "flow",
    "utskick": "flow",
}


def load(plan_id: str) -> dict[str, Any]:
    return yaml.safe_load((PLANS / f"{plan_id}.yaml").read_text(encoding="utf-8"))


def goals_of(plan: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {goal["id"]: goal for section in plan["sections"] for goal in section["goals"]}


def section_of(plan: dict[str, Any], goal_id: str) -> str:
    for section in plan["sections"]:
        if any(goal["id"] == goal_id for goal in section["goals"]):
            return section["title"]
    raise KeyError(goal_id)


def window(plan: dict[str, Any], goal: dict[str, Any]) -> tuple[date, date]:
    return (goal.get("start", plan["period"]["start"]), goal.get("deadline", plan["period"]["end"]))


def demo_rows(plan_id: str) -> list[dict[str, str]]:
    with (DEMO / f"{plan_id}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def plans() -> dict[str, dict[str, Any]]:
    return {plan_id: load(plan_id) for plan_id in SEED_PLANS}


# --- every plan ---------------------------------------------------------------------------


@pytest.mark.parametrize("plan_id", SEED_PLANS)
def test_each_seed_plan_is_named_after_its_id_and_uses_only_defined_keys(plan_id):
    plan = load(plan_id)
    assert plan["id"] == plan_id
    assert set(plan) <= PLAN_KEYS
    assert {"id", "title", "organisation", "period", "metrics", "sections"} <= set(plan)
    assert set(plan["organisation"]) <= ORGANISATION_KEYS
    assert plan["language"] in {"sv", "nb", "en"}
    for metric_id, metric in plan["metrics"].items():
        assert SLUG.match(metric_id), metric_id
        assert set(metric) <= METRIC_KEYS, metric_id
        assert metric["type"] in {"level", "flow"}
    for section in plan["sections"]:
        assert set(section) <= SECTION_KEYS
        for goal in section["goals"]:
            assert set(goal) <= GOAL_KEYS, goal["id"]
            assert REQUIRED[goal["kind"]] <= set(goal), goal["id"]


@pytest.mark.parametrize("plan_id", SEED_PLANS)
def test_each_seed_plan_has_unique_slug_ids_and_goal_windows_inside_its_period(plan_id):
    plan = load(plan_id)
    ids = [goal["id"] for section in plan["sections"] for goal in section["goals"]]
    assert len(ids) == len(set(ids))
    for ident in [plan["id"], plan["organisation"]["id"], *ids]:
        assert SLUG.match(ident), ident
    period = plan["period"]
    assert isinstance(period["start"], date) and period["start"] <= period["end"]
    for goal in goals_of(plan).values():
        start, deadline = window(plan, goal)
        assert period["start"] <= start <= deadline <= period["end"], goal["id"]
        assert 0 < len(goal["text"]) <= 2000
        assert "-\n" not in goal["text"]


@pytest.mark.parametrize("plan_id", SEED_PLANS)
def test_each_seed_plan_measures_goals_on_metrics_of_the_right_type(plan_id):
    plan = load(plan_id)
    metrics = plan["metrics"]
    for goal in goals_of(plan).values():
        if "metric" in goal:
            metric = metrics[goal["metric"]]
            if goal["kind"] in {"total", "rate", "share"}:
                assert metric["type"] == "flow", goal["id"]
            if "tag" in goal:
                assert goal["tag"] in metric.get("tags", []), goal["id"]
            if goal["kind"] == "increase" and metric["type"] == "flow":
                assert "baseline" in goal, goal["id"]
        if goal["kind"] in {"total", "rate"}:
            assert goal["target"] > 0, goal["id"]
        if goal["kind"] == "rate":
            assert goal["per"] in {"week", "month", "quarter", "half-year", "year"}
        if "steps" in goal:
            assert len(goal["steps"]) == len(set(goal["steps"])), goal["id"]


@pytest.mark.parametrize("plan_id", SEED_PLANS)
def test_the_common_metric_ids_keep_their_common_meaning_in_every_plan(plan_id):
    for metric_id, metric in load(plan_id)["metrics"].items():
        if metric_id in COMMON_METRICS:
            assert metric["type"] == COMMON_METRICS[metric_id], metric_id


# --- Vänsterpartiet Vallentuna 2021 -------------------------------------------------------


def test_vallentuna_is_a_forening_under_storstockholm_adopted_in_march_2021(plans):
    plan = plans["v-vallentuna-2021"]
    assert plan["organisation"] == {
        "id": "v-vallentuna",
        "name": "Vänsterpartiet Vallentuna",
        "level": "förening",
        "parent": "v-storstockholm",
    }
    assert plan["period"] == {"start": date(2021, 1, 1), "end": date(2021, 12, 31)}
    assert plan["adopted"] == date(2021, 3, 10)
    assert plan["language"] == "sv"


def test_vallentuna_wants_20_percent_more_members_and_50_percent_more_active_members(plans):
    goals = goals_of(plans["v-vallentuna-2021"])
    assert goals["medlemsokning"]["kind"] == "increase"
    assert goals["medlemsokning"]["metric"] == "medlemmar"
    assert goals["medlemsokning"]["target"] == "+20%"
    assert goals["medlemsokning"]["baseline"] == 110
    active = [g for g in goals.values() if g.get("metric") == "aktiva"]
    assert [(g["kind"], g["target"]) for g in active] == [("increase", "+50%")]


def test_vallentuna_adds_25000_kronor_to_the_election_fund(plans):
    plan = plans["v-vallentuna-2021"]
    valfond = goals_of(plan)["valfond"]
    assert (valfond["kind"], valfond["metric"], valfond["target"]) == ("total", "valfond", 25000)
    assert plan["metrics"]["valfond"] == {
        "label": "Insättning till valfonden",
        "type": "flow",
        "unit": "SEK",
    }
    assert section_of(plan, "valfond") == "Valet 2022"


def test_vallentuna_posts_at_least_twice_a_month_on_the_website(plans):
    hemsida = goals_of(plans["v-vallentuna-2021"])["hemsida"]
    assert (hemsida["kind"], hemsida["metric"], hemsida["target"], hemsida["per"]) == (
        "rate",
        "webbinlagg",
        2,
        "month",
    )


def test_vallentuna_counts_its_meetings_circles_sheets_and_monthly_newsletter(plans):
    goals = goals_of(plans["v-vallentuna-2021"])
    by_metric = {(g["kind"], g.get("metric")): g for g in goals.values()}
    assert by_metric[("total", "medlemsmoten")]["target"] == 2
    assert by_metric[("total", "studiecirklar")]["target"] == 1
    assert by_metric[("total", "informationsblad")]["target"] == 2
    v_aktuellt = by_metric[("rate", "utskick")]
    assert (v_aktuellt["target"], v_aktuellt["per"]) == (1, "month")
    assert "V Aktuellt" in v_aktuellt["text"]


def test_vallentuna_grows_its_followers_as_the_plan_says(plans):
    plan = plans["v-vallentuna-2021"]
    increases = {
        g["metric"]: g["target"] for g in goals_of(plan).values() if g["kind"] == "increase"
    }
    assert increases["fb-lokala-foljare"] == "+100%"
    assert increases["fb-foljare"] == "+20%"
    assert increases["ig-foljare"] == "x2"
    assert increases["ig-foljer"] == "x4"
    for metric in ("fb-lokala-foljare", "fb-foljare", "ig-foljare", "ig-foljer"):
        assert plan["metrics"][metric]["type"] == "level"


def test_vallentuna_climate_posts_increase_25_percent_on_an_assumed_baseline(plans):
    plan = plans["v-vallentuna-2021"]
    klimat = goals_of(plan)["klimatinlagg"]
    assert klimat["kind"] == "increase" and klimat["target"] == "+25%"
    assert plan["metrics"][klimat["metric"]]["type"] == "flow"
    assert klimat["baseline"] > 0
    assert "antaget" in klimat["notes"]


def test_vallentuna_shares_ung_vanster_monthly_and_hooks_ten_percent_on_news(plans):
    goals = goals_of(plans["v-vallentuna-2021"])
    share = goals["ung-vanster-delning"]
    assert (share["kind"], share["target"], share["per"]) == ("rate", 1, "month")
    nyhetskrok = goals["nyhetskrok"]
    assert (nyhetskrok["kind"], nyhetskrok["metric"], nyhetskrok["tag"], nyhetskrok["target"]) == (
        "share",
        "sociala",
        "nyhetskrok",
        "10%",
    )


def test_vallentuna_has_its_things_to_do_once_as_milestones(plans):
    goals = goals_of(plans["v-vallentuna-2021"])
    for goal_id in (
        "valprogram",
        "kommunplan",
        "pressstruktur",
        "informationsblad-utredning",
        "ung-vanster-roslagen",
    ):
        assert goals[goal_id]["kind"] == "milestone", goal_id
    assert goals["kommunplan"]["text"] == "Utforma en Kommunplan och budget för 2022-2023"
    assert goals["kommunplan"]["responsible"] == "Kommungruppen"


def test_vallentuna_makes_no_goals_of_attitudes(plans):
    texts = " ".join(g["text"] for g in goals_of(plans["v-vallentuna-2021"]).values())
    assert "bevaka" not in texts
    assert "vara aktiva" not in texts


# --- Vänsterpartiet Storstockholm 2017–2018 -----------------------------------------------


def test_storstockholm_is_a_district_plan_for_2017_and_2018(plans):
    plan = plans["v-storstockholm-2017-2018"]
    assert plan["organisation"]["id"] == "v-storstockholm"
    assert plan["organisation"]["level"] == "distrikt"
    assert plan["period"] == {"start": date(2017, 1, 1), "end": date(2018, 12, 31)}


def test_storstockholm_has_coverage_goals_over_all_partiforeningar(plans):
    goals = goals_of(plans["v-storstockholm-2017-2018"])
    coverage = {g["goal"]: g["target"] for g in goals.values() if g["kind"] == "coverage"}
    assert coverage["internfeministiskt-ansvarig"] == "100%"
    assert coverage["valansvarig"] == "100%"
    assert coverage["kurs-foreningsstyrelse"] == "100%"
    assert goals["internfeministiskt-ansvarig"]["text"] == (
        "Alla partiföreningar ska ha en internfeministiskt ansvarig"
    )


def test_storstockholm_holds_chair_meetings_four_times_and_an_mp_meeting_once_a_year(plans):
    goals = goals_of(plans["v-storstockholm-2017-2018"])
    chairs = goals["ordforandetraffar"]
    assert (chairs["kind"], chairs["target"], chairs["per"]) == ("rate", 4, "year")
    mps = goals["parlamentarikertraff"]
    assert (mps["kind"], mps["target"], mps["per"]) == ("rate", 1, "year")
    workers = goals["valarbetarutbildningar"]
    assert workers["kind"] == "rate" and workers["per"] == "year"


def test_storstockholm_enables_swish_membership_before_the_2018_campaign(plans):
    swish = goals_of(plans["v-storstockholm-2017-2018"])["swish-medlemskap"]
    assert swish["kind"] == "milestone"
    assert swish["deadline"] == date(2018, 8, 1)
    assert swish["responsible"] == "Distriktsstyrelsen"
    assert "valrörelsen" in swish["notes"].lower()


def test_storstockholm_adopts_a_county_programme_in_2018_and_other_milestones(plans):
    goals = goals_of(plans["v-storstockholm-2017-2018"])
    program = goals["landstingspolitiskt-program"]
    assert program["kind"] == "milestone" and program["deadline"].year == 2018
    for goal_id in (
        "studiesatsning-hermansson",
        "studiesatsning-eko-eko",
        "kommunikationsplan-utskott",
        "valstrategi-eu",
        "lansmaterial",
        "utbildningspaket-facklig",
        "sociala-medier-plan",
    ):
        assert goals[goal_id]["kind"] == "milestone", goal_id
    assert goals["parlamentarikerutbildning"]["start"] > date(2018, 9, 9)


# --- S Stockholm autumn campaign 2021 ------------------------------------------------------


def test_the_autumn_campaign_calls_and_recruits_from_4_to_25_october(plans):
    plan = plans["s-stockholm-hostkampanj-2021"]
    assert plan["organisation"]["id"] == "s-stockholm"
    goals = goals_of(plan)
    for goal_id, metric in (("samtalskampanj", "samtal"), ("medlemsvarvning", "varvade")):
        goal = goals[goal_id]
        assert (goal["kind"], goal["metric"]) == ("total", metric)
        assert goal["target"] > 0 and "antaget" in goal["notes"]
        assert window(plan, goal) == (date(2021, 10, 4), date(2021, 10, 25))


def test_the_autumn_campaign_preparations_are_milestones_of_forening_and_district(plans):
    plan = plans["s-stockholm-hostkampanj-2021"]
    for title, who in (
        ("Föreningens förberedelser", "Föreningen"),
        ("Partidistriktets förberedelser", "Partidistriktet"),
    ):
        section = next(s for s in plan["sections"] if s["title"] == title)
        assert len(section["goals"]) >= 4
        for goal in section["goals"]:
            assert goal["kind"] == "milestone", goal["id"]
            assert goal["responsible"].startswith(who), goal["id"]
    goals = goals_of(plan)
    assert goals["ringledare"]["deadline"] < date(2021, 10, 4)
    assert goals["telefonnummer"]["text"] == "Inköp av telefonnummer till alla målgrupper"


# --- S Stockholm 2021, reconstructed ------------------------------------------------------


def test_the_s_stockholm_year_plan_is_reconstructed_from_the_year_report(plans):
    plan = plans["s-stockholm-2021"]
    assert plan["period"] == {"start": date(2021, 1, 1), "end": date(2021, 12, 31)}
    for goal in goals_of(plan).values():
        assert "Rekonstruerat" in goal["notes"], goal["id"]


def test_the_s_stockholm_year_plan_has_the_1177_campaign_and_its_petition(plans):
    goals = goals_of(plans["s-stockholm-2021"])
    stop = goals["stoppa-1177"]
    assert stop["kind"] == "milestone"
    assert any("hälso- och sjukvårdsnämnden" in step for step in stop["steps"])
    petition = goals["namninsamling-1177"]
    assert (petition["kind"], petition["metric"]) == ("total", "namnunderskrifter")
    assert petition["target"] <= 88000
    assert goals["medlemsvarvning"]["metric"] == "varvade"
    assert goals["samtal"]["metric"] == "samtal"


def test_the_s_stockholm_year_plan_has_the_church_election_and_autumn_decisions(plans):
    goals = goals_of(plans["s-stockholm-2021"])
    assert goals["kyrkovalet"]["deadline"] == date(2021, 9, 19)
    assert goals["kulturpolitisk-reformagenda"]["kind"] == "milestone"
    assert goals["stadsbyggnadsprogram"]["kind"] == "milestone"
    assert "En storstad för alla" in goals["stadsbyggnadsprogram"]["text"]


# --- SV Innlandet 2023 --------------------------------------------------------------------


def test_innlandet_is_a_norwegian_fylkeslag_plan_for_2023(plans):
    plan = plans["sv-innlandet-2023"]
    assert plan["language"] == "nb"
    assert plan["organisation"]["id"] == "sv-innlandet"
    assert plan["organisation"]["level"] == "fylkeslag"
    assert plan["period"] == {"start": date(2023, 1, 1), "end": date(2023, 12, 31)}


def test_innlandet_holds_weekly_tuesday_and_thursday_meetings_in_their_own_windows(plans):
    goals = goals_of(plans["sv-innlandet-2023"])
    for goal_id, start, deadline in (
        ("stortingstirsdag", date(2023, 4, 11), date(2023, 6, 20)),
        ("valgkamptorsdag", date(2023, 4, 20), date(2023, 6, 8)),
    ):
        goal = goals[goal_id]
        assert (goal["kind"], goal["target"], goal["per"]) == ("rate", 1, "week")
        assert (goal["start"], goal["deadline"]) == (start, deadline)


def test_innlandet_has_the_eleven_schooling_themes_as_one_milestone(plans):
    goals = goals_of(plans["sv-innlandet-2023"])
    themes = [g for g in goals.values() if len(g.get("steps", [])) == 11]
    assert len(themes) == 1
    assert themes[0]["kind"] == "milestone"
    assert len(set(themes[0]["steps"])) == 11
    assert "elleve tema" in themes[0]["text"]


def test_innlandet_dates_its_kickoff_gathering_and_varslepp(plans):
    goals = goals_of(plans["sv-innlandet-2023"])
    assert goals["kandidat-kickoff"]["deadline"] == date(2023, 4, 17)
    assert goals["kandidatsamling"]["deadline"] == date(2023, 6, 4)
    assert goals["varslepp"]["deadline"] == date(2023, 6, 10)
    for goal_id in ("mentorordning", "kandidatnettverk", "skolering-etter-valget"):
        assert goals[goal_id]["kind"] == "milestone"


# --- demo entries -------------------------------------------------------------------------


def test_every_demo_csv_belongs_to_a_seed_plan_file():
    names = sorted(path.stem for path in DEMO.glob("*.csv"))
    assert names == sorted(SEED_PLANS)


@pytest.mark.parametrize("plan_id", SEED_PLANS)
def test_every_demo_entry_fits_its_plan(plan_id):
    with (DEMO / f"{plan_id}.csv").open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle))[: len(COLUMNS)] == COLUMNS
    rows = demo_rows(plan_id)
    assert 0 < len(rows) < 3000
    for row in rows:
        assert (PLANS / f"{row['plan']}.yaml").is_file()
        assert row["plan"] == plan_id
    plan = load(plan_id)
    metrics, goals = plan["metrics"], goals_of(plan)
    period = plan["period"]
    for line, row in enumerate(rows, start=2):
        where = f"{plan_id}.csv:{line}"
        assert period["start"] <= date.fromisoformat(row["date"]) <= period["end"], where
        assert row["reported_by"] == "Demo", where
        if row["metric"]:
            assert not row["milestone"] and not row["step"], where
            metric = metrics[row["metric"]]
            value = float(row["value"])
            if metric["type"] == "level":
                assert value >= 0, where
            tags = [tag for tag in row["tags"].split(";") if tag]
            assert set(tags) <= set(metric.get("tags", [])), where
        else:
            goal = goals[row["milestone"]]
            assert goal["kind"] == "milestone", where
            assert not row["value"] and not row["tags"], where
            if row["step"]:
                assert row["step"] in goal.get("steps", []), where


def test_the_demo_entries_are_exactly_what_make_demo_writes(tmp_path):
    spec = importlib.util.spec_from_file_location("make_demo", DEMO / "make_demo.py")
    make_demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_demo)
    for build in (
        make_demo.vallentuna,
        make_demo.storstockholm,
        make_demo.hostkampanj,
        make_demo.s_stockholm_2021,
        make_demo.innlandet,
    ):
        written = build().write(tmp_path)
        assert written.read_bytes() == (DEMO / written.name).read_bytes(), written.name


def test_the_s_stockholm_demo_carries_the_figures_of_the_year_report():
    rows = demo_rows("s-stockholm-2021")

    def total(metric: str, prefix: str = "") -> float:
        return sum(
            float(r["value"])
            for r in rows
            if r["metric"] == metric and r["date"].startswith(prefix)
        )

    assert total("varvade", "2021-02") > 600
    assert total("namnunderskrifter") > 88000
    assert total("samtal", "2021-09-19") > 1500
    stopped = [
        r
        for r in rows
        if r["milestone"] == "stoppa-1177" and "hälso- och sjukvårdsnämnden" in r["step"]
    ]
    assert [r["date"] for r in stopped] == ["2021-03-09"]
