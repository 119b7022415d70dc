"""Rapportera on a phone without slips: a second tap on the same report asks first, and a
day outside the plan's period is refused before anything is saved (issue 15)."""

from __future__ import annotations

import pytest

from tests.support.streamlit_server import exception_texts, screenshot, wait_for_app_idle

pytestmark = pytest.mark.browser
LINK = "rapportera?plan=v-vallentuna-2021"


def _tap_web_post(page) -> None:
    page.get_by_text("Inlägg på hemsidan", exact=True).click()
    wait_for_app_idle(page)


def test_the_same_report_saved_twice_asks_before_the_second(open_app):
    page = open_app(LINK, width=390, height=844)
    _tap_web_post(page)
    page.get_by_text("Sparas: Inlägg på hemsidan: 1").wait_for()
    page.get_by_role("button", name="Spara", exact=True).click()
    page.get_by_text("Sparat: Inlägg på hemsidan: 1").wait_for(timeout=20_000)
    screenshot(page, "report-saved-phone")
    _tap_web_post(page)
    page.get_by_role("button", name="Spara", exact=True).click()
    page.get_by_text("Du har just sparat exakt samma sak").wait_for(timeout=20_000)
    assert page.get_by_role("button", name="Ja, spara igen").count() == 1
    assert exception_texts(page) == []


def test_a_day_outside_the_period_is_refused(open_app):
    page = open_app(LINK, width=390, height=844)
    _tap_web_post(page)
    for part, digits in (("year", "2022"), ("month", "01"), ("day", "15")):
        page.get_by_role("spinbutton", name=f"{part}, Datum").click()
        page.keyboard.type(digits)
    page.keyboard.press("Tab")
    wait_for_app_idle(page)
    page.get_by_role("button", name="Spara", exact=True).click()
    page.get_by_text("ligger utanför planens period").wait_for(timeout=20_000)
    assert page.get_by_text("Sparat:").count() == 0
    screenshot(page, "report-outside-period-phone", full_page=False)
