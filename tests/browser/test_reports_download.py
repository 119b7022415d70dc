"""Rapporter in a real browser: the year report of S Stockholm 2021 downloads as a PDF (made
on click, on Streamlit's download thread) that carries the year's figures."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.support.streamlit_server import exception_texts, wait_for_app_idle

pytestmark = pytest.mark.browser


def test_the_year_report_downloads_as_a_pdf_with_the_years_figures(open_app, tmp_path):
    page = open_app("rapporter?plan=s-stockholm-2021", width=1280, height=900,
                    accept_downloads=True)
    page.get_by_text("Verksamhetsberättelse (utkast)").first.click()
    wait_for_app_idle(page)
    page.get_by_text("612 värvade medlemmar i februari 2021").first.wait_for(timeout=30_000)
    assert exception_texts(page) == []
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="Ladda ner PDF").click()
    target = tmp_path / download.value.suggested_filename
    download.value.save_as(target)
    assert target.name == "s-stockholm-2021-year-2021-12-31.pdf"
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "612 värvade medlemmar i februari 2021" in text
    assert "88 412 namnunderskrifter" in text
