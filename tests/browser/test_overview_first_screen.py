"""Översikt answers the board's question on its first screen: at 1366 × 768 every goal that
is behind or at risk is named in the first viewport, beside the chart; on a 390 px phone
within the first two screens. Page heights are printed (before: 6 000 px at 1366 px)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.streamlit_server import exception_texts, screenshot

pytestmark = pytest.mark.browser
PLAN = "v-vallentuna-2021"
AS_OF = date(2021, 12, 31)   # the plan is over: the default day is its last

# The text of every text node whose box ends above `limit` px (the first `limit` px of the
# page, as scrolled to the top), joined: what a person sees without scrolling.
_VISIBLE_TEXT_JS = """
(limit) => {
  const main = document.querySelector('[data-testid="stMain"]');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const parts = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.height > 0 && box.bottom <= limit) parts.push(node.textContent);
  }
  return parts.join(' ').replace(/\\s+/g, ' ');
}
"""
_HEIGHT_JS = "() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight"


def _needing_attention(app_db_url: str) -> list[str]:
    from goals.services.database import reading
    from goals.services.status import plan_statuses
    from goals.store.engine import make_engine

    engine = make_engine(app_db_url)
    try:
        with reading(engine) as session:
            goals = plan_statuses(session, AS_OF)[PLAN].goals
    finally:
        engine.dispose()
    return [" ".join(g.goal.text.split()) for g in goals if g.status in ("behind", "at_risk")]


def test_every_goal_behind_or_at_risk_is_named_in_the_first_screen_at_1366(open_app,
                                                                          app_db_url):
    wanted = _needing_attention(app_db_url)
    assert len(wanted) == 11   # 6 behind, 5 at risk on the plan's last day
    page = open_app(f"?plan={PLAN}", width=1366, height=768)
    assert exception_texts(page) == []
    screenshot(page, "overview-first-screen-desktop", full_page=False)
    print(f"overview height at 1366 px: {page.evaluate(_HEIGHT_JS)} px")
    seen = page.evaluate(_VISIBLE_TEXT_JS, 768)
    assert [text for text in wanted if text not in seen] == []
    assert page.locator('[data-testid="stPlotlyChart"]').first.bounding_box()["y"] < 768
    screenshot(page, "overview-desktop")


def test_on_a_phone_the_same_goals_come_within_the_first_two_screens(open_app, app_db_url):
    wanted = _needing_attention(app_db_url)
    page = open_app(f"?plan={PLAN}", width=390, height=844)
    assert exception_texts(page) == []
    screenshot(page, "overview-phone")
    print(f"overview height at 390 px: {page.evaluate(_HEIGHT_JS)} px")
    seen = page.evaluate(_VISIBLE_TEXT_JS, 2 * 844)
    assert [text for text in wanted if text not in seen] == []
