"""AppTest of Rapportera: a member opens the link for one plan, taps what they did, saves,
and the entry is stored and the goal's new standing shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session
from streamlit.testing.v1 import AppTest

from goals.store.engine import engine_for

ROOT = Path(__file__).resolve().parents[2]
LAST_DAY = date(2021, 12, 31)   # Vallentuna's plan is over: the form offers its last day


@pytest.fixture
def db_url(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("GOALS_DB", url)
    import streamlit as st

    st.cache_resource.clear()
    st.cache_data.clear()
    return url


def open_report(plan: str | None = "v-vallentuna-2021") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app_pages" / "member_report.py"), default_timeout=60)
    if plan:
        at.query_params["plan"] = plan
    return at.run()


def entries_today(url: str, metric: str) -> list[tuple]:
    with Session(engine_for(url)) as session:
        return list(session.execute(text(
            "SELECT value, tags, note, reported_by FROM entry "
            "WHERE metric = :m AND day = :d AND source = 'app'"),
            {"m": metric, "d": LAST_DAY.isoformat()}))


def test_reporting_one_web_post_takes_two_taps(db_url):
    at = open_report()
    assert not at.exception
    at.button_group(key="report_choice").set_value("metric:webbinlagg").run()   # tap 1
    at.button(key="report_save").click().run()                                   # tap 2
    assert not at.exception
    assert at.success, "the member is told it was saved"
    assert entries_today(db_url, "webbinlagg") == [(1.0, "", None, None)]
    assert any("inlägg på hemsidan" in m.value for m in at.markdown), "the goal standing"


def test_a_report_with_tags_note_and_name(db_url):
    at = open_report()
    at.button_group(key="report_choice").set_value("metric:sociala").run()
    at.number_input(key="report_value").set_value(3).run()
    at.button_group(key="report_tags").set_value(["nyhetskrok"]).run()
    at.text_area(key="report_note").input("<script>alert(1)</script>").run()
    at.text_input(key="report_name").input("Anna").run()
    at.button(key="report_save").click().run()
    assert not at.exception
    assert entries_today(db_url, "sociala") == [
        (3.0, "|nyhetskrok|", "<script>alert(1)</script>", "Anna")]


def test_a_milestone_step_is_reported_without_a_number(db_url):
    at = open_report()
    at.button_group(key="report_choice").set_value("milestone:valprogram").run()
    assert not at.number_input, "no number is asked for a milestone"
    at.radio(key="report_step").set_value("step:valprogram:Arbetsgrupp tillsatt").run()
    at.button(key="report_save").click().run()
    with Session(engine_for(db_url)) as session:
        steps = session.execute(text("SELECT step FROM entry WHERE source = 'app'")).all()
    assert steps == [("Arbetsgrupp tillsatt",)]


def test_a_member_count_below_zero_is_refused_with_a_message(db_url):
    at = open_report()
    at.button_group(key="report_choice").set_value("metric:medlemmar").run()
    at.number_input(key="report_value").set_value(-3).run()
    at.button(key="report_save").click().run()
    assert at.error and "negativt" in at.error[0].value
    assert entries_today(db_url, "medlemmar") == []


def test_saving_without_a_choice_asks_for_one(db_url):
    at = open_report()
    at.button(key="report_save").click().run()
    assert at.warning


def test_an_unknown_plan_in_the_link_is_named(db_url):
    at = open_report("finns-inte")
    assert at.error and "finns-inte" in at.error[0].value.replace("\\", "")


def test_the_norwegian_plan_asks_in_norwegian(db_url):
    at = open_report("sv-innlandet-2023")
    assert at.header[0].value == "Rapporter inn"
    assert at.button(key="report_save").label == "Lagre"


def consent_for_today(url: str, metric: str) -> list[tuple]:
    with Session(engine_for(url)) as session:
        return list(session.execute(text(
            "SELECT e.note, e.reported_by, c.show_name FROM entry e LEFT JOIN quote_consent c "
            "ON c.entry_uid = e.uid WHERE e.metric = :m AND e.day = :d AND e.source = 'app'"),
            {"m": metric, "d": LAST_DAY.isoformat()}))


def test_a_member_may_let_the_board_quote_their_note_with_their_name(db_url):
    at = open_report()
    at.button_group(key="report_choice").set_value("metric:webbinlagg").run()
    at.text_area(key="report_note").set_value("Skrev om bussarna")
    at.text_input(key="report_name").set_value("Sara")
    at.checkbox(key="report_quote_consent").check()
    at.button(key="report_save").click().run()
    assert not at.exception
    assert consent_for_today(db_url, "webbinlagg") == [("Skrev om bussarna", "Sara", True)]


def test_without_the_box_ticked_no_consent_is_recorded(db_url):
    at = open_report()
    at.button_group(key="report_choice").set_value("metric:webbinlagg").run()
    at.text_area(key="report_note").set_value("Skrev om skolan")
    at.text_input(key="report_name").set_value("Per")
    at.button(key="report_save").click().run()
    assert consent_for_today(db_url, "webbinlagg") == [("Skrev om skolan", "Per", None)]


def test_after_a_save_the_form_is_empty_and_says_what_was_saved(db_url):
    at = open_report()
    at.button_group(key="report_choice").set_value("metric:webbinlagg").run()
    at.number_input(key="report_value").set_value(2).run()
    assert any("Sparas: **Inlägg på hemsidan: 2 · 31 dec. 2021**" in m.value.replace("\\", "")
               for m in at.markdown), "what will be saved is shown beside the button"
    at.button(key="report_save").click().run()
    assert not at.exception
    assert at.success[0].value.replace("\\", "") == \
        "Sparat: Inlägg på hemsidan: 2 · 31 dec. 2021. Tack!"
    assert at.button_group(key="report_choice_1").value is None   # a new, empty form
    assert not at.number_input


def test_a_second_save_of_the_same_report_asks_first(db_url):
    at = open_report()
    for generation in ("report_choice", "report_choice_1"):
        at.button_group(key=generation).set_value("metric:webbinlagg").run()
        at.button(key="report_save").click().run()
    assert [w.value for w in at.warning] == [
        "Du har just sparat exakt samma sak. Spara den en gång till?"]
    assert entries_today(db_url, "webbinlagg") == [(1.0, "", None, None)]
    at.button(key="report_save_again").click().run()
    assert not at.exception
    assert len(entries_today(db_url, "webbinlagg")) == 2


def test_a_day_outside_the_plans_period_is_refused_before_saving(db_url):
    at = open_report()
    at.button_group(key="report_choice").set_value("metric:webbinlagg").run()
    at.date_input(key="report_day").set_value(date(2022, 1, 15)).run()
    at.button(key="report_save").click().run()
    assert "utanför planens period" in at.error[0].value
    with Session(engine_for(db_url)) as session:
        assert session.execute(text("SELECT count(*) FROM entry WHERE source = 'app'")
                               ).scalar_one() == 0


def test_a_board_member_marks_confidence_with_the_report(db_url):
    """Issue 18: with a report, the board marks how sure it is (1–10) that the goal the
    report counts for will be reached; the mark is tied to that report."""
    at = open_report()
    at.button_group(key="report_choice").set_value("metric:webbinlagg").run()
    at.select_slider(key="report_confidence").set_value(7).run()
    at.button(key="report_save").click().run()
    assert not at.exception
    with Session(engine_for(db_url)) as session:
        marks = list(session.execute(text(
            "SELECT c.goal_id, c.mark, e.metric FROM confidence c "
            "JOIN entry e ON e.uid = c.entry_uid")))
    # Vallentuna's one goal on web posts is "hemsida" (plans/v-vallentuna-2021.yaml).
    assert marks == [("hemsida", 7, "webbinlagg")]


def test_without_a_mark_the_report_records_no_confidence(db_url):
    at = open_report()
    at.button_group(key="report_choice").set_value("metric:webbinlagg").run()
    at.button(key="report_save").click().run()
    with Session(engine_for(db_url)) as session:
        assert session.execute(text("SELECT count(*) FROM confidence")).scalar_one() == 0
