"""The app starts, runs its first page without an exception, and looks right on desktop and phone.

Writes docs/screenshots/overview-desktop.png and docs/screenshots/overview-phone.png.
"""

from __future__ import annotations

import pytest

from tests.support.streamlit_server import exception_texts, screenshot

pytestmark = pytest.mark.browser

VIEWPORTS = {
    "desktop": (1280, 900),
    "phone": (390, 844),
}


@pytest.mark.parametrize("device", list(VIEWPORTS))
def test_overview_renders_without_an_exception(open_app, device):
    width, height = VIEWPORTS[device]
    page = open_app("?plan=v-vallentuna-2021", width=width, height=height)

    assert exception_texts(page) == []
    assert page.locator('[data-testid="stApp"]').get_attribute("data-test-script-state") == (
        "notRunning"
    ), "the script did not finish cleanly (compilation error?)"
    screenshot(page, f"overview-{device}")
