"""From the adopted plan's text to a saved plan in a real browser: the Vallentuna plan's text
is uploaded and drafted, the goals accepted (those the board would still have to complete
are rejected), the plan id changed so the seed plan is left alone, and the plan saved; the
database then has it. The review page on a phone reads the same text.

Writes docs/screenshots/new-plan-desktop.png and new-plan-phone.png.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session

from goals.store.engine import make_engine
from goals.store.plans import load_plan
from tests.support.streamlit_server import exception_texts, screenshot, wait_for_app_idle

pytestmark = pytest.mark.browser
VALLENTUNA = Path(__file__).resolve().parents[1] / "fixtures" / \
    "v-vallentuna-verksamhetsplan-2021.txt"
SAVED_ID = "v-vallentuna-2021-fran-text"


def draft_from_upload(page) -> None:
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(VALLENTUNA))
    wait_for_app_idle(page)
    page.get_by_role("button", name="Läs planen").click()
    wait_for_app_idle(page)
    page.get_by_text("Planens text", exact=True).wait_for()


def test_the_vallentuna_plan_is_drafted_from_its_text_and_saved(open_app, app_db_url):
    page = open_app("ny-plan", width=1280, height=900)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    draft_from_upload(page)
    assert exception_texts(page) == []
    assert page.locator("mark").count() >= 10, "the recognised sentences are highlighted"
    page.get_by_role("button", name="Godkänn alla ej granskade").click()
    wait_for_app_idle(page)
    plan_id = page.get_by_label("Planens id", exact=True)
    plan_id.fill(SAVED_ID)
    plan_id.press("Enter")
    wait_for_app_idle(page)
    for _ in range(40):   # a goal still missing what only the board knows: leave it out
        unfinished = page.locator('[data-testid="stExpander"]').filter(has_text="att rätta")
        if unfinished.count() == 0:
            break
        reject = unfinished.first.get_by_text("Avvisat", exact=True)
        if not reject.is_visible():
            unfinished.first.locator("summary").click()
        reject.click()
        wait_for_app_idle(page)
    assert exception_texts(page) == []
    fund = page.locator('[data-testid="stExpander"]').filter(has_text="Förstärka valfonden")
    fund.first.locator("summary").click()   # one goal's form open in the screenshot
    fund.first.get_by_text("Målvärde").wait_for()
    screenshot(page, "new-plan-desktop")
    page.get_by_role("button", name="Spara planen").click()
    page.get_by_text(f"Planen '{SAVED_ID}' är sparad.").wait_for(timeout=20_000)
    assert dialogs == []
    engine = make_engine(app_db_url)
    try:
        with Session(engine) as session:
            plan = load_plan(session, SAVED_ID)
    finally:
        engine.dispose()
    assert plan is not None and plan.period_start.isoformat() == "2021-01-01"
    goal_ids = {goal.id for goal in plan.goals}
    assert "valfond" in goal_ids and len(goal_ids) >= 10
    assert plan.goal("valfond").target == 25000


def test_the_review_page_on_a_phone(open_app):
    page = open_app("ny-plan", width=390, height=844)
    draft_from_upload(page)
    assert exception_texts(page) == []
    screenshot(page, "new-plan-phone")


def test_html_in_the_pasted_text_is_shown_as_text_and_runs_nothing(open_app):
    page = open_app("ny-plan", width=1280, height=900)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    pasted = page.get_by_label("… eller klistra in texten")
    pasted.fill("Verksamhetsplan 2022\n\n- Minst två möten <img src=x onerror=alert(1)>.\n"
                "- Vi ska <script>alert(2)</script> synas.\n")
    pasted.press("Tab")
    wait_for_app_idle(page)
    page.get_by_role("button", name="Läs planen").click()
    wait_for_app_idle(page)
    page.get_by_text("Planens text", exact=True).wait_for()
    assert "<img src=x onerror=alert(1)>" in page.locator(".plan-text").inner_text()
    assert page.locator("main img[src=x], main script:not([src])").count() == 0
    page.mouse.move(300, 500)
    assert dialogs == []
