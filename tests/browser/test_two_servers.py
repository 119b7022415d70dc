"""Several app servers, one database: two Streamlit servers started as processes on one
PostgreSQL; an entry saved through one shows on the other's next run of the page (its
caches are keyed on the data version in the database, so nothing lives in one process)."""

from __future__ import annotations

import contextlib
import re
from datetime import date

import pytest
from sqlalchemy import text

from goals.services.bootstrap import seed_if_empty
from goals.services.file_import import import_bytes
from goals.store.engine import create_schema, make_engine
from tests.support.streamlit_server import (
    exception_texts,
    open_page,
    run_streamlit,
    wait_for_app_idle,
)

pytestmark = pytest.mark.browser
YEAR = date.today().year
PLAN = f"tva-servrar-{YEAR}"
# A plan of this year, so that the report page's default day (today) counts for its goal.
PLAN_YAML = f"""\
id: {PLAN}
title: Två servrar
organisation: {{id: tva-servrar, name: Föreningen Två servrar}}
period: {{start: {YEAR}-01-01, end: {YEAR}-12-31}}
metrics:
  webbinlagg: {{label: Inlägg på hemsidan, type: flow}}
sections:
  - title: Webb
    goals:
      - {{id: inlagg, text: Tio inlägg på hemsidan i år, kind: total, metric: webbinlagg,
         target: 10}}
"""
GOAL_TEXT = "Tio inlägg på hemsidan i år"


def _card(page) -> str:
    """The goal's card: its text and the standing and last-report lines below it."""
    shown = page.locator('[data-testid="stApp"]').inner_text()
    start = shown.index(GOAL_TEXT)
    return shown[start:start + 300]


def _entries(url: str) -> int:
    engine = make_engine(url)
    with engine.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM entry")).scalar_one()
    engine.dispose()
    return count


def test_an_entry_saved_through_one_server_shows_on_the_other(browser, postgres_url):
    engine = make_engine(postgres_url)
    create_schema(engine)
    seed_if_empty(engine)
    assert import_bytes(engine, PLAN_YAML.encode(), "plan.yaml", is_plan=True).ok
    engine.dispose()
    before_count = _entries(postgres_url)
    with contextlib.ExitStack() as stack:
        first = stack.enter_context(run_streamlit("app.py", db_url=postgres_url))
        second = stack.enter_context(run_streamlit("app.py", db_url=postgres_url))
        assert first != second
        overview = open_page(browser, f"{second}/?plan={PLAN}")
        stack.callback(overview.context.close)
        before = _card(overview)

        report = open_page(browser, f"{first}/rapportera?plan={PLAN}", 390, 844)
        stack.callback(report.context.close)
        report.get_by_text("Inlägg på hemsidan", exact=True).click()
        wait_for_app_idle(report)
        report.get_by_role("button", name="Spara").click()
        report.get_by_text(re.compile(r"^Sparat: .* Tack!$")).wait_for(timeout=20_000)
        assert _entries(postgres_url) == before_count + 1

        overview.reload(wait_until="domcontentloaded")
        wait_for_app_idle(overview)
        after = _card(overview)
        assert exception_texts(overview) == []
        assert "0 av 10" in before
        assert "1 av 10" in after, "the second server still shows what it had cached"
