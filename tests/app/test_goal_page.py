"""AppTest of the goal page: every goal of every seed plan opens from its link with the chart
that fits its kind, and its reports."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
SEED_GOALS = [
    (path.stem, goal["id"], goal["kind"])
    for path in sorted((ROOT / "plans").glob("*.yaml"))
    for section in yaml.safe_load(path.read_text(encoding="utf-8"))["sections"]
    for goal in section["goals"]
]


@pytest.fixture(scope="module")
def db_url(tmp_path_factory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('goalpage') / 'app.db'}"


def open_goal(db_url: str, monkeypatch, plan: str, goal: str,
              as_of: str | None = None) -> AppTest:
    monkeypatch.setenv("GOALS_DB", db_url)
    at = AppTest.from_file(str(ROOT / "app_pages" / "goal.py"), default_timeout=60)
    at.query_params["plan"] = plan
    at.query_params["goal"] = goal
    if as_of:
        at.query_params["as_of"] = as_of
    return at.run()


@pytest.mark.parametrize("plan, goal, kind", SEED_GOALS,
                         ids=[f"{p}:{g}" for p, g, _ in SEED_GOALS])
def test_every_seed_goal_opens_with_its_chart(db_url, monkeypatch, plan, goal, kind):
    at = open_goal(db_url, monkeypatch, plan, goal)
    assert not at.exception, at.exception
    assert at.selectbox(key="goal_pick").value == goal
    charts = at.get("plotly_chart")
    if kind == "coverage":
        assert not charts
    elif kind == "increase" and not at.get("progress"):
        pass
    else:
        assert charts, f"{kind} goal {goal} has a chart"


def test_a_total_shows_its_forecast_and_reports(db_url, monkeypatch):
    at = open_goal(db_url, monkeypatch, "v-vallentuna-2021", "valfond", "2021-06-30")
    assert any("takten hittills" in m.value and "per månad" in m.value for m in at.markdown)
    assert at.dataframe, "the goal's reports are listed"


def test_a_finished_goal_has_no_forecast(db_url, monkeypatch):
    at = open_goal(db_url, monkeypatch, "v-vallentuna-2021", "valfond", "2022-01-15")
    assert not any("takten hittills" in m.value for m in at.markdown)


def test_the_board_deletes_an_entry_and_undoes_it(tmp_path, monkeypatch):
    import streamlit as st
    from sqlalchemy import text
    from sqlmodel import Session

    from goals.store.engine import engine_for

    url = f"sqlite:///{tmp_path / 'undo.db'}"
    st.cache_resource.clear()
    st.cache_data.clear()
    at = open_goal(url, monkeypatch, "v-vallentuna-2021", "valfond", "2021-06-30")

    def count() -> int:
        with Session(engine_for(url)) as session:
            return session.execute(text("SELECT count(*) FROM entry WHERE metric = 'valfond'")
                                   ).scalar()

    before = count()
    at.session_state["entries_editor"] = {"edited_rows": {0: {"delete": True}},
                                          "added_rows": [], "deleted_rows": []}
    at.button(key="save_entries").click().run()
    assert not at.exception
    assert count() == before - 1
    at.button(key="undo_delete").click().run()
    assert count() == before


def test_a_goal_that_does_not_exist_is_named_as_missing(db_url, monkeypatch):
    at = open_goal(db_url, monkeypatch, "v-vallentuna-2021", "finns-inte")
    assert not at.exception
    assert [w.value for w in at.warning] == [
        "Målet 'finns\\-inte' finns inte i planen. Välj ett mål i listan."]


def test_the_goal_page_has_a_plan_picker_so_any_plans_goals_can_be_opened(db_url,
                                                                        monkeypatch):
    at = open_goal(db_url, monkeypatch, "v-vallentuna-2021", "valprogram")
    at.selectbox(key="plan").set_value("s-stockholm-2021").run()
    assert not at.exception
    stockholm = [g for p, g, _ in SEED_GOALS if p == "s-stockholm-2021"]
    assert at.selectbox(key="goal_pick").value == stockholm[0]
    assert (at.query_params["plan"], at.query_params["goal"]) == ("s-stockholm-2021",
                                                                  stockholm[0])
