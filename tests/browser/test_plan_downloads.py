"""Planer in a real browser: the plan's files are made when their button is clicked (not on
every visit), and what downloads is the plan's data. The rule checked: the Excel file holds
one row per entry of the plan in the database (plus the header), and the YAML file is the
plan with its id."""

from __future__ import annotations

import pytest
import yaml
from openpyxl import load_workbook

from tests.support.streamlit_server import download, exception_texts

pytestmark = pytest.mark.browser
PLAN = "v-vallentuna-2021"


def test_the_excel_and_yaml_downloads_hold_the_plan_and_its_entries(open_app, app_db_url,
                                                                    tmp_path):
    from goals.services.database import engine_for, entries, reading

    with reading(engine_for(app_db_url)) as session:
        expected_rows = len(entries(session, PLAN))
    assert expected_rows > 0
    page = open_app(f"planer?plan={PLAN}", width=1366, height=768, accept_downloads=True)
    assert exception_texts(page) == []
    workbook = load_workbook(download(page, "Rapporterna (Excel)", tmp_path))
    sheet = workbook["entries"]
    assert sheet.max_row == expected_rows + 1
    assert {row[1] for row in sheet.iter_rows(min_row=2, values_only=True)} == {PLAN}
    plan_file = download(page, "Planen (YAML)", tmp_path)
    assert plan_file.name == f"{PLAN}.yaml"
    assert yaml.safe_load(plan_file.read_text(encoding="utf-8"))["id"] == PLAN
