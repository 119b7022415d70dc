"""A member reports a web post on a phone (390 px) from the plan's link, and the overview
then shows it; text with HTML in it is shown as text, and no script runs.

Writes docs/screenshots/report-phone.png, report-saved-phone.png and report-desktop.png.
"""

from __future__ import annotations

import pytest

from tests.support.streamlit_server import exception_texts, screenshot, wait_for_app_idle

pytestmark = pytest.mark.browser
LINK = "rapportera?plan=v-vallentuna-2021"


def test_a_member_reports_a_web_post_on_a_phone(open_app):
    page = open_app(LINK, width=390, height=844)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    assert exception_texts(page) == []
    screenshot(page, "report-phone")
    page.get_by_text("Inlägg på hemsidan", exact=True).click()
    wait_for_app_idle(page)
    page.get_by_text("Anteckning och namn").click()
    note = page.get_by_label("Anteckning", exact=True)
    note.wait_for(state="visible")
    note.fill("<img src=x onerror=alert(1)> <script>alert(2)</script>")
    note.press("Tab")
    wait_for_app_idle(page)
    page.get_by_role("button", name="Spara").click()
    page.get_by_text("Sparat: Inlägg på hemsidan").wait_for(timeout=20_000)
    assert exception_texts(page) == []
    screenshot(page, "report-saved-phone")
    assert dialogs == [], "a script in a note must never run"
    assert page.locator("img[src=x]").count() == 0


def test_the_report_page_on_a_desktop(open_app):
    page = open_app(LINK, width=1280, height=900)
    assert exception_texts(page) == []
    screenshot(page, "report-desktop")
