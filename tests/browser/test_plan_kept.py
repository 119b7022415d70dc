"""The chosen plan follows the board from page to page and is in the address (issue 15:
pick Vallentuna on Översikt, open a goal, click Översikt in the sidebar, and the first plan
in the list was back)."""

from __future__ import annotations

import pytest

from tests.support.streamlit_server import exception_texts, wait_for_app_idle

pytestmark = pytest.mark.browser
VALLENTUNA = "Verksamhetsplan för Vänsterpartiet Vallentuna 2021"


def _chosen(page) -> str:
    """The plan picker's shown choice (an input's value, so not in innerText)."""
    box = page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]').first
    return box.evaluate("el => el.textContent + ' ' + "
                        "[...el.querySelectorAll('input')].map(i => i.value).join(' ')")


def test_a_plan_picked_on_the_overview_is_still_chosen_after_opening_a_goal(open_app):
    page = open_app("", width=1366, height=768)
    assert VALLENTUNA not in _chosen(page)     # the first plan in the list is another
    page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]').first.click()
    page.keyboard.type("Vallentuna 2021")
    page.get_by_role("option", name=VALLENTUNA).first.click()
    wait_for_app_idle(page)
    assert "plan=v-vallentuna-2021" in page.url
    page.get_by_text("Visa målet").first.click()
    wait_for_app_idle(page)
    assert "/mal" in page.url and VALLENTUNA in _chosen(page)
    page.locator('[data-testid="stSidebarNav"]').get_by_text("Översikt").click()
    wait_for_app_idle(page)
    assert exception_texts(page) == []
    assert VALLENTUNA in _chosen(page)
    assert "plan=v-vallentuna-2021" in page.url


def test_an_address_with_plan_and_day_opens_that_plan_on_that_day(open_app):
    page = open_app("mal?plan=s-stockholm-2021&as_of=2021-06-30", width=390, height=844)
    assert "Stockholm" in _chosen(page)
    assert page.get_by_role("spinbutton", name="month, Läget per").first.inner_text() \
        in ("06", "6")


def test_a_new_visit_from_the_same_browser_lands_on_the_plan_last_used(open_app, app_server):
    """The rule: a page opened without a plan in its address, in a browser where a plan was
    chosen before, opens on that plan (a cookie holds its id); another browser, which never
    chose one, still opens on the first plan of the list."""
    page = open_app("", width=1366, height=768)
    page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]').first.click()
    page.keyboard.type("Vallentuna 2021")
    page.get_by_role("option", name=VALLENTUNA).first.click()
    wait_for_app_idle(page)
    cookies = {c["name"]: c["value"] for c in page.context.cookies()}
    assert cookies.get("goals_plan") == "v-vallentuna-2021"

    again = page.context.new_page()           # a new tab: a new Streamlit session
    again.goto(f"{app_server}/rapporter", wait_until="domcontentloaded")
    wait_for_app_idle(again)
    assert exception_texts(again) == []
    assert VALLENTUNA in _chosen(again)
    assert "plan=v-vallentuna-2021" in again.url

    elsewhere = open_app("rapporter", width=1366, height=768)
    assert VALLENTUNA not in _chosen(elsewhere)
