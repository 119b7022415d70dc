"""Every page in a real browser: the overview of every seed plan, the Planer page, the
member's report showing up on the overview, and plan text with HTML in it shown as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.streamlit_server import exception_texts, screenshot, wait_for_app_idle

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
SEED_PLANS = sorted(p.stem for p in (ROOT / "plans").glob("*.yaml"))


@pytest.mark.parametrize("plan", SEED_PLANS)
def test_the_overview_of_every_seed_plan_renders(open_app, plan):
    page = open_app(f"?plan={plan}", width=1280, height=900)
    assert exception_texts(page) == []
    assert page.locator('[data-testid="stPlotlyChart"]').count() == 1   # all goals' chart
    assert page.locator('[data-testid="stPageLink"]').count() > 0       # and their cards


def test_plan_text_with_html_is_shown_as_text_and_runs_nothing(open_app):
    dialogs: list[str] = []
    page = open_app("?plan=zz-xss-test", width=1280, height=900)
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    wait_for_app_idle(page)
    body = page.locator('[data-testid="stMain"]').inner_text()
    assert "<script>alert('title')</script>" in body
    assert "<img src=x onerror=alert('goal')>" in body
    assert page.locator("main img[src=x], main script:not([src])").count() == 0
    page.mouse.move(400, 400)
    assert dialogs == []
    screenshot(page, "xss-as-text")


def test_a_report_from_a_phone_shows_on_the_overview(open_app):
    page = open_app("rapportera?plan=v-vallentuna-2021", width=390, height=844)
    page.get_by_text("Inlägg på hemsidan", exact=True).click()
    wait_for_app_idle(page)
    for part, digits in (("year", "2021"), ("month", "12"), ("day", "30")):
        page.get_by_role("spinbutton", name=f"{part}, Datum").click()
        page.keyboard.type(digits)
    page.keyboard.press("Tab")
    wait_for_app_idle(page)
    page.get_by_role("button", name="Spara").click()
    page.get_by_text("Sparat: Inlägg på hemsidan").wait_for(timeout=20_000)
    overview = open_app("?plan=v-vallentuna-2021", width=390, height=844)
    assert overview.get_by_text("senast rapporterat 30 dec. 2021").count() >= 1


@pytest.mark.parametrize("device, size", [("desktop", (1280, 900)), ("phone", (390, 844))])
def test_the_plans_page(open_app, device, size):
    page = open_app("planer", width=size[0], height=size[1])
    assert exception_texts(page) == []
    screenshot(page, f"plans-{device}")
