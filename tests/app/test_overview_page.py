"""AppTest of the first page: every plan lists its goals with their statuses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


def card_badges(app: AppTest) -> list[str]:
    """The status badge of every goal card shown (one markdown element each)."""
    found = (re.match(r":[a-z]+-badge\[[^\]]+\] ", m.value) for m in app.markdown)
    return [match.group(0).strip() for match in found if match]


@pytest.fixture
def app(fresh_app) -> AppTest:
    """The app on a fresh SQLite file: the first start loads plans/ and the demo entries."""
    at, _ = fresh_app("app.py")
    return at.run()


def test_the_first_start_shows_a_seed_plan_with_its_goals(app):
    assert not app.exception
    assert app.selectbox(key="plan").value in {p.stem for p in (ROOT / "plans").glob("*.yaml")}
    assert len(card_badges(app)) > 0


@pytest.mark.parametrize("plan_id", sorted(p.stem for p in (ROOT / "plans").glob("*.yaml")))
def test_each_seed_plan_shows_one_card_per_goal(app, plan_id):
    import yaml

    data = yaml.safe_load((ROOT / "plans" / f"{plan_id}.yaml").read_text(encoding="utf-8"))
    goal_count = sum(len(s["goals"]) for s in data["sections"])
    app.selectbox(key="plan").set_value(plan_id).run()
    assert not app.exception
    assert len(card_badges(app)) == goal_count
    assert app.selectbox(key="plan").format_func(plan_id).replace("\\", "") == data["title"]


def test_the_norwegian_plan_speaks_norwegian(app):
    app.selectbox(key="plan").set_value("sv-innlandet-2023").run()
    header = " ".join(o.content for o in app.button_group(key="status_filter").proto.options)
    assert "i rute" in header or "bak skjema" in header or "nådd" in header
    assert "i fas" not in header


def test_filtering_by_status_shows_only_those_goals(app):
    app.selectbox(key="plan").set_value("v-vallentuna-2021").run()
    app.date_input(key="as_of").set_value(__import__("datetime").date(2021, 6, 30)).run()
    everything = len(card_badges(app))
    app.button_group(key="status_filter").set_value(["done"]).run()
    assert not app.exception
    done = len(card_badges(app))
    assert 0 < done < everything
    assert card_badges(app) == [":blue-badge[klart]"] * done


def test_filtering_by_section_shows_one_section(app):
    app.selectbox(key="plan").set_value("v-vallentuna-2021").run()
    app.radio(key="overview_order").set_value("plan").run()
    app.selectbox(key="section_filter").set_value("Kommungruppen").run()
    assert not app.exception
    assert [m.value for m in app.markdown if m.value.startswith("##### ")] == [
        "##### Kommungruppen"]


def test_the_board_records_a_meeting_and_sees_what_changed_since(app):
    import datetime

    app.selectbox(key="plan").set_value("v-vallentuna-2021").run()
    app.date_input(key="as_of").set_value(datetime.date(2021, 4, 30)).run()
    app.date_input(key="meeting_day").set_value(datetime.date(2021, 4, 30)).run()
    app.button(key="add_meeting").click().run()
    app.date_input(key="as_of").set_value(datetime.date(2021, 6, 30)).run()
    assert not app.exception
    summary = [m.value for m in app.markdown if "Sedan mötet 30 apr. 2021" in m.value]
    assert summary, "the changes since the last meeting are shown"
    assert "nya rapporter" in summary[0]


def test_the_board_can_read_any_plan_in_english(tmp_path, monkeypatch):
    monkeypatch.setenv("GOALS_DB", f"sqlite:///{tmp_path / 'en.db'}")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.selectbox(key="ui_lang").set_value("en").run()
    at.selectbox(key="plan").set_value("sv-innlandet-2023").run()
    assert not at.exception
    options = " ".join(o.content for o in at.button_group(key="status_filter").proto.options)
    assert "on track" in options or "behind" in options or "done" in options
    assert "i rute" not in options


def test_the_cards_start_with_the_goals_at_risk_and_end_with_the_done_ones(app):
    import datetime

    app.selectbox(key="plan").set_value("v-vallentuna-2021").run()
    app.date_input(key="as_of").set_value(datetime.date(2021, 12, 31)).run()
    badges = card_badges(app)
    assert badges[:5] == [":red-badge[i fara]"] * 5     # 5 at risk on the last day
    assert badges[5:11] == [":orange-badge[efter]"] * 6
    assert badges[-1] == ":blue-badge[klart]"


def test_the_first_screen_counts_and_names_the_goals_behind(app):
    import datetime

    app.selectbox(key="plan").set_value("v-vallentuna-2021").run()
    app.date_input(key="as_of").set_value(datetime.date(2021, 12, 31)).run()
    texts = [m.value for m in app.markdown]
    assert any("11 klart" in t and "6 efter" in t and "5 i fara" in t for t in texts)
    listed = next(t for t in texts if t.startswith("- :red-badge"))
    assert listed.count("\n- ") + 1 == 11
    assert len(app.get("plotly_chart")) == 1


def test_the_plan_and_day_are_in_the_address_and_kept_on_another_page(app):
    import datetime

    app.selectbox(key="plan").set_value("v-vallentuna-2021").run()
    app.date_input(key="as_of").set_value(datetime.date(2021, 6, 30)).run()
    assert app.query_params["plan"] == "v-vallentuna-2021"
    assert app.query_params["as_of"] == "2021-06-30"
    app.switch_page("app_pages/goal.py").run()
    app.query_params.clear()
    app.switch_page("app_pages/overview.py").run()
    assert not app.exception
    assert app.selectbox(key="plan").value == "v-vallentuna-2021"
    assert app.date_input(key="as_of").value == datetime.date(2021, 6, 30)


def test_the_board_corrects_and_removes_a_meeting_and_undoes_the_removal(app):
    import datetime

    app.selectbox(key="plan").set_value("v-vallentuna-2021").run()
    app.date_input(key="meeting_day").set_value(datetime.date(2021, 4, 30)).run()
    app.button(key="add_meeting").click().run()
    app.date_input(key="meeting_edit_2021-04-30").set_value(datetime.date(2021, 5, 3)).run()
    app.button(key="meeting_fix_2021-04-30").click().run()
    assert not app.exception
    app.button(key="meeting_remove_2021-05-03").click().run()
    assert not app.exception
    assert any("borttaget" in m.value for m in app.info)
    app.button(key="meeting_undo").click().run()
    assert not app.exception
    assert app.button(key="meeting_remove_2021-05-03") is not None
