"""Exports people open elsewhere: Excel in the CSV's shape with formulas neutralised, and
next year's plan from this year's."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import load_workbook

from goals.domain.entries import Entry
from goals.domain.plan_copy import next_plan
from goals.io.export import entries_to_xlsx, plan_dict_to_yaml
from goals.io.plan_yaml import load_plan_bytes, load_plan_file
from tests.factories import VALFOND_PLAN as VALFOND
from tests.helpers import one_goal_plan

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def test_excel_has_the_entries_in_csv_columns_and_the_goals_and_runs_no_formula():
    entries = [Entry(date(2021, 3, 1), "p", "kronor", 5000.0, note="=HYPERLINK(\"x\")",
                     reported_by="@anna", id="e1")]
    book = load_workbook(io.BytesIO(entries_to_xlsx(VALFOND, entries)))
    rows = list(book["entries"].values)
    assert rows[0] == ("date", "plan", "metric", "value", "tags", "milestone", "step",
                       "note", "reported_by", "unit", "id")
    assert rows[1][3] == 5000 and rows[1][7] == "'=HYPERLINK(\"x\")" and rows[1][8] == "'@anna"
    assert book["entries"].cell(2, 8).data_type == "s", "a string, never a formula"
    assert [r[0] for r in book["goals"].values] == ["id", "valfond"]


def test_next_years_plan_moves_every_date_and_validates():
    plan = load_plan_file(ROOT / "plans" / "sv-innlandet-2023.yaml")
    following = next_plan(plan)
    assert following["id"] == "sv-innlandet-2024"
    assert following["period"] == {"start": "2024-01-01", "end": "2024-12-31"}
    again = load_plan_bytes(plan_dict_to_yaml(following).encode(), "next.yaml")
    tirsdag = next(g for g in again.goals if g.per == "week")
    assert tirsdag.start.year == 2024
    assert len(again.goals) == len(plan.goals)


def test_a_two_year_plan_moves_two_years_and_a_plan_without_a_year_gets_a_suffix():
    district = load_plan_file(ROOT / "plans" / "v-storstockholm-2017-2018.yaml")
    assert next_plan(district)["id"] == "v-storstockholm-2019-2020"
    plain = one_goal_plan("""
        id: fond
        text: Fond
        kind: milestone
    """)
    assert next_plan(plain)["id"] == "p-next"
