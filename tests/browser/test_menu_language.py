"""The sidebar menu and page titles follow the language (issue 15: with nb or en chosen the
menu stayed Swedish), and the member's and the board's report pages are told apart by more
than one letter."""

from __future__ import annotations

import pytest

from tests.support.streamlit_server import wait_for_app_idle

pytestmark = pytest.mark.browser


def _ticks(page) -> list[str]:
    """The x-axis tick labels of the first chart (SVG text: textContent, not innerText)."""
    page.locator(".js-plotly-plot .xtick text").first.wait_for()
    return page.eval_on_selector_all(".js-plotly-plot .xtick text",
                                     "els => els.map(e => e.textContent)")


def _menu(page) -> str:
    return page.locator('[data-testid="stSidebarNav"]').inner_text()


def test_the_swedish_menu_has_rapportera_and_styrelserapporter(open_app):
    menu = _menu(open_app("?plan=v-vallentuna-2021", width=1366, height=768))
    assert "Rapportera" in menu and "Styrelserapporter" in menu
    assert "\nRapporter\n" not in f"\n{menu}\n"


def test_a_norwegian_plan_gets_a_norwegian_menu(open_app):
    page = open_app("?plan=sv-innlandet-2023", width=1366, height=768)
    menu = _menu(page)
    assert "Oversikt" in menu and "Styrerapporter" in menu and "Rapporter inn" in menu


def test_english_chosen_in_the_sidebar_gives_an_english_menu_and_chart_months(open_app):
    page = open_app("mal?plan=s-stockholm-2021&goal=medlemsvarvning", width=1366, height=768)
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').click()
    page.get_by_role("option", name="English").click()
    wait_for_app_idle(page)
    menu = _menu(page)
    assert "Overview" in menu and "Board reports" in menu
    ticks = _ticks(page)
    assert "Jun 2021" in ticks and "Oct 2021" in ticks


def test_in_swedish_the_chart_months_are_swedish(open_app):
    page = open_app("mal?plan=s-stockholm-2021&goal=medlemsvarvning", width=1366, height=768)
    ticks = _ticks(page)
    assert "juni 2021" in ticks and "okt. 2021" in ticks
