"""A board uploads an Excel sheet of its study circles on Importera, sees the preview,
imports it, and the overview then shows the goal moved (last reported on the sheet's day).

Writes docs/screenshots/import-preview-desktop.png and import-done-desktop.png.
"""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from tests.support.streamlit_server import exception_texts, screenshot, wait_for_app_idle

pytestmark = pytest.mark.browser
PLAN = "v-vallentuna-2021"


def test_an_uploaded_spreadsheet_moves_the_overview(open_app, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Cirklar"
    sheet.append(["Datum", "Mått", "Antal", "Anteckning", "Ansvarig"])
    sheet.append(["2021-12-27", "studiecirklar", 1, "Cirkel om välfärd", "Karin Kvist"])
    sheet.append(["2021-12-28", "studiecirklar", 1, "Cirkel om klimat", "Olle Ohlsson"])
    path = tmp_path / "cirklar.xlsx"
    book.save(path)

    before = open_app(f"?plan={PLAN}", width=1280, height=900)
    assert before.get_by_text("senast rapporterat 28 dec. 2021").count() == 0

    page = open_app(f"importera?plan={PLAN}", width=1280, height=900)
    assert exception_texts(page) == []
    assert page.get_by_text("Personuppgifter sparas aldrig").count() == 1
    page.locator('input[type="file"]').set_input_files(str(path))
    page.get_by_text("Det här händer om du importerar: 2 nya poster").wait_for(timeout=30_000)
    wait_for_app_idle(page)
    assert page.get_by_text("Genomföra minst en studiecirkel").count() >= 1
    screenshot(page, "import-preview-desktop")
    page.get_by_role("button", name="Importera", exact=True).click()
    page.get_by_text("Klart: 2 nya poster").wait_for(timeout=30_000)
    assert exception_texts(page) == []
    screenshot(page, "import-done-desktop")

    after = open_app(f"?plan={PLAN}", width=1280, height=900)
    assert after.get_by_text("senast rapporterat 28 dec. 2021").count() >= 1
