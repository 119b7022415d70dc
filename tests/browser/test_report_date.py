"""Rapporter: a date typed into "Läget per" and then "Ladda ner PDF" clicked at once gives
the report for the date the preview shows and the button names (issue 15: it gave the old
date's report while the box showed the new one)."""

from __future__ import annotations

import re

import pytest

from tests.support.streamlit_server import exception_texts, screenshot, wait_for_app_idle

pytestmark = pytest.mark.browser


def _type_day(page, label: str, year: str, month: str, day: str) -> None:
    for part, digits in (("year", year), ("month", month), ("day", day)):
        page.get_by_role("spinbutton", name=f"{part}, {label}").first.click()
        page.keyboard.type(digits)


def test_typing_a_date_then_downloading_gives_the_report_the_preview_and_button_name(
        open_app, tmp_path):
    page = open_app("rapporter?plan=v-vallentuna-2021&as_of=2021-12-31", width=1366,
                    height=768, accept_downloads=True)
    assert exception_texts(page) == []
    _type_day(page, "Läget per", "2021", "06", "30")
    button = page.get_by_role("button", name=re.compile("Ladda ner PDF"))
    with page.expect_download(timeout=60_000) as download:
        button.click()
    wait_for_app_idle(page)
    named = download.value.suggested_filename
    preview = page.locator('[data-testid="stMain"]').inner_text()
    shown_day = re.search(r"läget den (\d+ \w+\.? \d{4})", preview).group(1)
    label = page.get_by_role("button", name=re.compile("Ladda ner PDF")).inner_text()
    file_day = re.search(r"(\d{4}-\d{2}-\d{2})\.pdf$", named).group(1)
    days = {"2021-12-31": "31 dec. 2021", "2021-06-30": "30 juni 2021"}
    assert days[file_day] == shown_day
    assert shown_day in label
    screenshot(page, "report-date-desktop", full_page=False)


def test_the_download_button_names_the_day_of_the_report(open_app):
    page = open_app("rapporter?plan=v-vallentuna-2021&as_of=2021-06-30", width=390,
                    height=844)
    label = page.get_by_role("button", name=re.compile("Ladda ner PDF")).inner_text()
    assert "30 juni 2021" in label
