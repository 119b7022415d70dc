"""AppTest of the district page on the demo district: rows per förening, the warnings
filter, the heatmap and ranking, the district plan's coverage goals, downloads, and the
drill-down link to each förening's overview."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from goals.services.demo import DISTRICT_ID, demo_files
from goals.services.file_import import import_bytes
from goals.store.engine import engine_for

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('district') / 'app.db'}"
    engine = engine_for(url)
    for f in sorted(demo_files(foreningar=14, year=2025), key=lambda f: not f.is_plan):
        assert import_bytes(engine, f.data, f.name, is_plan=f.is_plan).ok
    return url


@pytest.fixture
def page(demo_url, monkeypatch) -> AppTest:
    monkeypatch.setenv("GOALS_DB", demo_url)
    at = AppTest.from_file(str(ROOT / "app_pages" / "district.py"), default_timeout=60)
    at.query_params["district"] = DISTRICT_ID
    at.run()
    at.date_input(key="district_as_of").set_value(__import__("datetime").date(2025, 10, 31))
    return at.run()


def test_one_row_per_forening_and_a_link_to_each_overview(page):
    assert not page.exception
    table = page.dataframe[0].value
    assert len(table) == 14
    links = [link for link in table["Öppna"] if link]
    assert all(link.startswith("./?plan=demo-") for link in links)
    assert len(links) == 13          # one förening has no plan this year
    assert "Planer" not in table.columns, "no plan ids in the first table"


def test_the_forening_without_a_plan_comes_first_with_its_reason(page):
    table = page.dataframe[0].value
    assert table["Varför"].iloc[0] == "ingen plan"
    assert table["Öppna"].iloc[0] == ""
    silent = [i for i, r in enumerate(table["Varför"]) if r.startswith("tyst")]
    others = [i for i, r in enumerate(table["Varför"]) if i and not r.startswith("tyst")]
    assert not silent or max(silent) < min(others), "the silent come before the rest"


def test_only_those_who_need_support(page):
    everyone = len(page.dataframe[0].value)
    page.toggle(key="district_warnings").set_value(True).run()
    needing = page.dataframe[0].value
    assert 0 < len(needing) < everyone
    assert all(needing["Varför"])


def test_heatmap_ranking_and_the_district_plan(page):
    assert len(page.get("plotly_chart")) == 2
    assert any("Saknas:" in c.value or "Alla föreningar" in c.value for c in page.caption)
    keys = {b.key for b in page.get("download_button")}
    assert {"district_csv", "district_xlsx"} <= keys


def test_the_campaign_of_the_seed_shows_calls_per_forening_and_in_total(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'seed.db'}"
    monkeypatch.setenv("GOALS_DB", url)
    import streamlit as st

    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(str(ROOT / "app_pages" / "district.py"), default_timeout=60)
    at.query_params["district"] = "s-stockholm"
    at.run()
    at.date_input(key="district_start").set_value(__import__("datetime").date(2021, 9, 1))
    at.date_input(key="district_end").set_value(__import__("datetime").date(2021, 11, 30))
    at.date_input(key="district_as_of").set_value(__import__("datetime").date(2021, 11, 30))
    at.run()
    assert not at.exception
    assert any(s.value == "Kampanjer" for s in at.subheader)
    table = at.dataframe[-1].value
    assert table.iloc[-1]["Förening"] == "Alla"
    calls = [c for c in table.columns if c != "Förening"][0]
    assert table[calls].iloc[-1] == table[calls].iloc[:-1].sum()
