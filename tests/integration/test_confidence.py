"""Confidence check-ins (issue 18): a board member marks 1-10 how sure they are that a goal
will be reached; the marks are stored per goal and day, audited, refused outside 1-10 or
without the board's role; the goal page shows the trend and Översikt the latest mark."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from goals.access.roles import AccessDenied, Actor, ActorKind, Role
from goals.services.audit_trail import events_for
from goals.services.confidence import BadMark, plan_marks, record_confidence
from goals.services.file_import import import_files
from goals.views.confidence import confidence_badge, fell_since, latest_by_goal

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "plans" / "v-vallentuna-2021.yaml"
BOARD = Actor(ActorKind.ACCOUNT, "styrelse@example.org",
              frozenset({("v-vallentuna", Role.BOARD)}))
MEMBER = Actor(ActorKind.ACCOUNT, "medlem@example.org",
               frozenset({("v-vallentuna", Role.MEMBER)}))


@pytest.fixture
def loaded(engine):
    import_files(engine, [PLAN])
    return engine


def test_a_board_members_marks_are_kept_oldest_first(loaded):
    record_confidence(loaded, "v-vallentuna-2021", "valfond", 8, date(2021, 5, 1), actor=BOARD)
    record_confidence(loaded, "v-vallentuna-2021", "valfond", 6, date(2021, 6, 1), actor=BOARD)
    marks = plan_marks(loaded, "v-vallentuna-2021")
    assert [(m.goal_id, m.day, m.mark, m.recorded_by) for m in marks] == [
        ("valfond", date(2021, 5, 1), 8, "styrelse@example.org"),
        ("valfond", date(2021, 6, 1), 6, "styrelse@example.org")]
    latest = latest_by_goal(marks)["valfond"]
    assert (latest.mark, latest.previous, latest.fell) == (6, 8, True)


def test_a_mark_is_in_the_audit_trail(loaded):
    record_confidence(loaded, "v-vallentuna-2021", "valfond", 7, date(2021, 5, 1), actor=BOARD)
    assert events_for(loaded, BOARD, "v-vallentuna")[0].action == "checkin.record"


@pytest.mark.parametrize("mark", [0, 11, 7.5, True])
def test_a_mark_outside_one_to_ten_is_refused(loaded, mark):
    with pytest.raises(BadMark):
        record_confidence(loaded, "v-vallentuna-2021", "valfond", mark, date(2021, 5, 1),
                          actor=BOARD)
    assert plan_marks(loaded, "v-vallentuna-2021") == []


def test_a_mark_for_a_goal_the_plan_lacks_is_refused(loaded):
    with pytest.raises(BadMark):
        record_confidence(loaded, "v-vallentuna-2021", "finns-inte", 5, date(2021, 5, 1),
                          actor=BOARD)


def test_a_member_may_not_mark_confidence(loaded):
    with pytest.raises(AccessDenied):
        record_confidence(loaded, "v-vallentuna-2021", "valfond", 5, date(2021, 5, 1),
                          actor=MEMBER)


def test_only_a_fall_after_the_last_digest_counts():
    from goals.store.followup import Mark

    marks = [Mark("a", date(2021, 5, 1), 8, ""), Mark("a", date(2021, 5, 20), 5, ""),
             Mark("b", date(2021, 5, 1), 4, ""), Mark("b", date(2021, 5, 20), 6, "")]
    assert list(fell_since(marks, date(2021, 5, 10))) == ["a"]   # b rose
    assert fell_since(marks, date(2021, 5, 20)) == {}            # already told on the 20th


def test_the_badge_shows_the_mark_and_which_way_it_went():
    from goals.views.confidence import Latest

    assert confidence_badge(Latest(6, date(2021, 6, 1), 8), "sv") == "förtroende 6/10 ↓"
    assert confidence_badge(Latest(6, date(2021, 6, 1), None), "en") == "confidence 6/10"
    assert confidence_badge(None, "en") == ""


def _app(page: str, monkeypatch, url: str) -> AppTest:
    import streamlit as st

    monkeypatch.setenv("GOALS_DB", url)
    st.cache_resource.clear()
    st.cache_data.clear()
    return AppTest.from_file(str(ROOT / page), default_timeout=60)


def test_the_goal_page_saves_a_mark_and_shows_the_trend(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    at = _app("app_pages/goal.py", monkeypatch, url)
    at.query_params.update({"plan": "v-vallentuna-2021", "goal": "valfond",
                            "as_of": "2021-06-30"})
    at.run()
    assert not at.exception
    at.slider(key="confidence_mark").set_value(3).run()
    at.button(key="confidence_save").click().run()
    assert not at.exception, at.exception
    from goals.store.engine import engine_for

    marks = plan_marks(engine_for(url), "v-vallentuna-2021")
    assert [(m.goal_id, m.day, m.mark) for m in marks] == [("valfond", date(2021, 6, 30), 3)]
    assert at.slider(key="confidence_mark").value == 3


def test_overview_shows_the_latest_mark_beside_the_status(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    at = _app("app.py", monkeypatch, url)
    at.run()
    from goals.store.engine import engine_for

    record_confidence(engine_for(url), "v-vallentuna-2021", "valfond", 4, date(2021, 1, 5),
                      actor=Actor.command_line())
    at.selectbox(key="plan").set_value("v-vallentuna-2021").run()
    assert not at.exception
    assert any("förtroende 4/10" in m.value for m in at.markdown)
