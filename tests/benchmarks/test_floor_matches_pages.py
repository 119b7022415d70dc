"""The browser benchmark's floors are the pages' floors: the rule is that each floor page
(benchmarks/floor_page.py) holds the same kinds and numbers of elements as the page it is
measured against, menu and sidebar included, so a ratio to it is what the product adds.
Counted in Chromium on the seeded database the benchmark uses; when a page gains or loses an
element, this fails until its floor follows."""

from __future__ import annotations

import pytest

from benchmarks.pages_browser import PAGES, element_kinds, servers

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright

    from tests.support.streamlit_server import launch_chromium

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


def test_every_floor_has_the_elements_of_its_page(chromium):
    with servers("sqlite") as (app, floor):
        for name, (path, like) in PAGES.items():
            page, its_floor = element_kinds(chromium, f"{app}/{path}"), \
                element_kinds(chromium, f"{floor}/{like}")
            assert page == its_floor, name
            assert page["stSidebarNavLink"] == 11       # the whole menu, on both
