"""The goal page renders its chart in a real browser at desktop and phone widths.

Writes docs/screenshots/goal-desktop.png and goal-phone.png (the election fund, mid-year)
and goal-rate-desktop.png (two web posts a month)."""

from __future__ import annotations

import pytest

from tests.support.streamlit_server import exception_texts, screenshot

pytestmark = pytest.mark.browser
FUND = "mal?plan=v-vallentuna-2021&goal=valfond&as_of=2021-06-30"
RATE = "mal?plan=v-vallentuna-2021&goal=hemsida&as_of=2021-09-30"


@pytest.mark.parametrize("device, size", [("desktop", (1280, 900)), ("phone", (390, 844))])
def test_the_goal_page_draws_its_chart(open_app, device, size):
    page = open_app(FUND, width=size[0], height=size[1])
    assert exception_texts(page) == []
    page.locator(".js-plotly-plot").first.wait_for(timeout=20_000)
    screenshot(page, f"goal-{device}")


def test_a_rate_goal_draws_bars(open_app):
    page = open_app(RATE, width=1280, height=900)
    assert exception_texts(page) == []
    page.locator(".js-plotly-plot").first.wait_for(timeout=20_000)
    screenshot(page, "goal-rate-desktop")
