"""AppTest of sending a coverage goal: on Distrikt, V Storstockholm's coverage goal lists its
föreningar (the demo plans loaded at first start) and sends the goal to Botkyrka, whose plan
lacks it; on Planer, the goal waits with the import's preview, and adding it saves it into
Botkyrka's plan (the local board may manage every organisation)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session
from streamlit.testing.v1 import AppTest

from goals.services.bootstrap import seed_if_empty
from goals.store.engine import engine_for
from goals.store.plans import load_plan

ROOT = Path(__file__).resolve().parents[2]
GOAL = "internfeministiskt-ansvarig"


def test_a_district_sends_a_coverage_goal_and_the_forening_adds_it(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("GOALS_DB", url)
    import streamlit as st

    st.cache_resource.clear()
    st.cache_data.clear()
    seed_if_empty(engine_for(url))
    district = AppTest.from_file(str(ROOT / "app_pages" / "district.py"), default_timeout=90)
    district.query_params["district"] = "v-storstockholm"
    district.run()
    district.date_input(key="district_start").set_value(date(2017, 1, 1))
    district.date_input(key="district_end").set_value(date(2018, 12, 31))
    district.date_input(key="district_as_of").set_value(date(2018, 6, 30)).run()
    assert not district.exception
    states = " ".join(m.value for m in district.markdown).replace("\\", "")
    assert "Vänsterpartiet Botkyrka (demo): saknar målet i sin plan" in states
    assert "Vänsterpartiet Södermalm (demo): klart" in states
    district.selectbox(key=f"adopt_to_{GOAL}").set_value("v-botkyrka-demo-2017-2018")
    district.button(key=f"adopt_send_{GOAL}").click().run()
    assert not district.exception
    assert any("Skickat till Vänsterpartiet Botkyrka (demo)" in s.value
               for s in district.success)

    plans = AppTest.from_file(str(ROOT / "app_pages" / "plans.py"), default_timeout=90).run()
    assert not plans.exception
    text = (" ".join(m.value for m in plans.markdown)
            + " ".join(c.value for c in plans.caption)).replace("\\", "")
    assert "Distriktet föreslår att planen v-botkyrka-demo-2017-2018 får målet" in text
    assert f"får ett nytt mål: {GOAL}" in text
    with Session(engine_for(url)) as session:
        assert load_plan(session, "v-botkyrka-demo-2017-2018").goal(GOAL) is None
    plans.button(key="adopt_1").click().run()
    assert not plans.exception
    with Session(engine_for(url)) as session:
        assert load_plan(session, "v-botkyrka-demo-2017-2018").goal(GOAL) is not None
