"""The district page with 40 föreningar (the demo district) in a real browser, and the
drill-down from a row to that förening's overview.

Writes docs/screenshots/district-desktop.png and district-phone.png."""

from __future__ import annotations

import pytest

from tests.support.streamlit_server import exception_texts, screenshot, wait_for_app_idle

pytestmark = pytest.mark.browser
DISTRICT = "distrikt?district=demo-distrikt"


@pytest.mark.parametrize("device, size", [("desktop", (1366, 768)), ("phone", (390, 844))])
def test_the_district_page_with_40_foreningar(open_app, device, size):
    page = open_app(DISTRICT, width=size[0], height=size[1])
    assert exception_texts(page) == []
    page.locator(".js-plotly-plot").first.wait_for(timeout=30_000)
    assert "40" in page.locator('[data-testid="stMain"]').inner_text()
    screenshot(page, f"district-{device}")


def test_the_reasons_fit_at_1366_and_the_heatmap_starts_on_the_first_screen(open_app):
    page = open_app(DISTRICT, width=1366, height=768)
    page.locator(".js-plotly-plot").first.wait_for(timeout=30_000)
    overflow = page.locator('[data-testid="stDataFrame"]').first.evaluate(
        "el => { const s = el.querySelector('.dvn-scroller');"
        " return s ? s.scrollWidth - s.clientWidth : 0; }")
    assert overflow <= 1, "the first table scrolls sideways"
    assert page.locator(".js-plotly-plot").first.bounding_box()["y"] < 768
    screenshot(page, "district-first-screen-desktop", full_page=False)


def test_drilling_down_to_a_forening_and_back(open_app, app_server):
    page = open_app(DISTRICT, width=1280, height=900)
    page.goto(f"{app_server}/?plan=demo-alby-2025")
    wait_for_app_idle(page)
    picked = page.locator('[data-testid="stMain"] [data-testid="stSelectbox"]').first.evaluate(
        "el => [...el.querySelectorAll('input')].map(i => i.value).join(' ') + el.textContent")
    assert "Verksamhetsplan för Alby 2025" in picked
    assert exception_texts(page) == []
    page.go_back()
    page.locator(".js-plotly-plot").first.wait_for(timeout=30_000)


def test_the_campaign_of_the_seed_per_day_and_forening(open_app):
    page = open_app("distrikt?district=s-stockholm", width=1280, height=900)
    assert exception_texts(page) == []
    page.get_by_text("Kampanjer").first.wait_for(timeout=30_000)
    screenshot(page, "district-campaign-desktop")
