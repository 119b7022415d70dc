"""AppTest of the first page: every plan lists its goals with their statuses."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(fresh_app) -> AppTest:
    """The app on a fresh SQLite file: the first start loads plans/ and the demo entries."""
    at, _ = fresh_app("app.py")
    return at.run()


def test_the_first_start_shows_a_seed_plan_with_its_goals(app):
    assert not app.exception
    assert app.selectbox(key="plan").value in {p.stem for p in (ROOT / "plans").glob("*.yaml")}
    assert len(app.get("progress")) > 0


@pytest.mark.parametrize("plan_id", sorted(p.stem for p in (ROOT / "plans").glob("*.yaml")))
def test_each_seed_plan_shows_one_bar_per_goal(app, plan_id):
    import yaml

    data = yaml.safe_load((ROOT / "plans" / f"{plan_id}.yaml").read_text(encoding="utf-8"))
    goal_count = sum(len(s["goals"]) for s in data["sections"])
    app.selectbox(key="plan").set_value(plan_id).run()
    assert not app.exception
    assert len(app.get("progress")) == goal_count
    assert app.title[0].value.replace("\\", "") == data["title"]


def test_the_norwegian_plan_speaks_norwegian(app):
    app.selectbox(key="plan").set_value("sv-innlandet-2023").run()
    header = " ".join(o.content for o in app.button_group(key="status_filter").proto.options)
    assert "i rute" in header or "bak skjema" in header or "nådd" in header
    assert "i fas" not in header


def test_filtering_by_status_shows_only_those_goals(app):
    app.selectbox(key="plan").set_value("v-vallentuna-2021").run()
    app.date_input(key="as_of").set_value(__import__("datetime").date(2021, 6, 30)).run()
    everything = len(app.get("progress"))
    app.button_group(key="status_filter").set_value(["done"]).run()
    assert not app.exception
    done = len(app.get("progress"))
    assert 0 < done < everything
    card_badges = [m.value for m in app.markdown if m.value.startswith(":")
                   and "-badge[" in m.value and " " not in m.value.split("[")[1]]
    assert card_badges == [":blue-badge[klart]"] * done


def test_filtering_by_section_shows_one_section(app):
    app.selectbox(key="plan").set_value("v-vallentuna-2021").run()
    app.selectbox(key="section_filter").set_value("Kommungruppen").run()
    assert not app.exception
    assert [s.value for s in app.subheader] == ["Kommungruppen"]


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
