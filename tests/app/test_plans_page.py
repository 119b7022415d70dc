"""AppTest of Planer: a bad plan shows its errors by line and saves nothing; a good plan
shows what will change, and saving it makes it a plan; the downloads are there."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session
from streamlit.testing.v1 import AppTest

from goals.store.engine import engine_for

ROOT = Path(__file__).resolve().parents[2]
GOOD = """\
id: ny-plan-2022
title: Ny plan 2022
organisation: {id: ny, name: Nya föreningen}
period: {start: 2022-01-01, end: 2022-12-31}
metrics:
  webbinlagg: {label: Inlägg på hemsidan, type: flow}
sections:
  - title: Digitalt
    goals:
      - {id: hemsida, text: Två inlägg i månaden, kind: rate, metric: webbinlagg, target: 2,
         per: month}
"""


@pytest.fixture
def app(fresh_app) -> tuple[AppTest, str]:
    at, url = fresh_app("app_pages/plans.py")
    return at.run(), url


def plan_count(url: str) -> int:
    with Session(engine_for(url)) as session:
        return session.execute(text("SELECT count(*) FROM plan")).scalar()


def test_a_bad_plan_shows_its_errors_by_line_and_saves_nothing(app):
    at, url = app
    before = plan_count(url)
    at.text_area(key="plans_paste").input(GOOD.replace("kind: rate", "kind: rat")).run()
    assert not at.exception
    assert at.error and "1 fel" in at.error[0].value
    table = at.dataframe[0].value
    assert list(table["Rad"]) == [10]
    assert "menade du 'rate'" in table["Fel"][0]
    assert "plans_apply" not in [b.key for b in at.button], "nothing to save"
    assert plan_count(url) == before


def test_a_good_plan_is_previewed_then_saved(app):
    at, url = app
    before = plan_count(url)
    at.text_area(key="plans_paste").input(GOOD).run()
    assert any("Ny plan 'ny\\-plan\\-2022' med 1 mål" in m.value for m in at.markdown)
    assert plan_count(url) == before, "the preview writes nothing"
    at.button(key="plans_apply").click().run()
    assert at.success
    assert plan_count(url) == before + 1


def test_changing_a_target_is_previewed_as_a_changed_goal(app):
    at, _ = app
    at.text_area(key="plans_paste").input(GOOD).run()
    at.button(key="plans_apply").click().run()
    at.text_area(key="plans_paste").input(GOOD.replace("target: 2,", "target: 3,")).run()
    assert any("Ändrade mål" in m.value and "hemsida" in m.value for m in at.markdown)


def test_every_plan_can_be_downloaded_as_yaml_csv_and_excel_and_copied_forward(app):
    at, _ = app
    keys = {b.key for b in at.get("download_button")}
    assert {"download_yaml", "download_csv", "download_xlsx", "download_next"} <= keys
