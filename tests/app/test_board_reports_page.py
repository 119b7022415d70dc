"""AppTest of Rapporter: pick a plan, a kind and a day; the Markdown preview says what the
report says, with the download buttons of that kind (Word only for the year report)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(fresh_app) -> AppTest:
    at, _ = fresh_app("app_pages/board_reports.py", timeout=90)
    return at.run()


def preview(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown).replace("\xa0", " ").replace("\\", "")


def download_labels(at: AppTest) -> list[str]:
    return [element.proto.label for element in at.get("download_button")]


def set_day(at: AppTest, day: date) -> None:
    """Type the day and apply it with "Visa" (the day is in a form)."""
    at.date_input(key="as_of").set_value(day)
    at.button(key="report_day_apply").click().run()


def test_the_status_report_of_vallentuna_previews_the_goals_behind_first(app):
    app.selectbox(key="plan").set_value("v-vallentuna-2021").run()
    set_day(app, date(2021, 6, 30))
    assert not app.exception
    text = preview(app)
    assert "Lägesrapport" in text and "läget den 30 juni 2021" in text
    assert "24 mål: 3 klart, 12 i fas, 4 efter, 5 i fara." in text
    assert text.index("Mål som ligger efter") < text.index("Målen per avsnitt")
    assert download_labels(app) == ["Ladda ner PDF · 30 juni 2021",
                                    "Ladda ner Markdown · 30 juni 2021"]


def test_the_year_report_of_s_stockholm_carries_the_years_figures(app):
    app.selectbox(key="plan").set_value("s-stockholm-2021").run()
    app.radio(key="report_kind").set_value("year").run()
    set_day(app, date(2021, 12, 31))
    assert not app.exception
    text = preview(app)
    assert "Verksamhetsberättelse (utkast)" in text
    assert "612 värvade medlemmar i februari 2021" in text
    assert "1 563 samtal med stockholmare (ringning) på en enda dag, den 19 sep. 2021" in text
    assert download_labels(app) == ["Ladda ner PDF · 31 dec. 2021",
                                    "Ladda ner Markdown · 31 dec. 2021",
                                    "Ladda ner Word (DOCX) · 31 dec. 2021"]


def test_the_norwegian_plan_gets_a_norwegian_report(app):
    app.selectbox(key="plan").set_value("sv-innlandet-2023").run()
    assert not app.exception
    text = preview(app)
    assert "Statusrapport" in text and "Sammendrag" in text
    assert "Lägesrapport" not in text


def test_the_overview_links_to_the_report_for_the_day_it_shows(tmp_path, monkeypatch):
    """The board opens the lägesrapport for the day on the overview, in one click."""
    monkeypatch.setenv("GOALS_DB", f"sqlite:///{tmp_path / 'link.db'}")
    import streamlit as st

    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["plan"] = "v-vallentuna-2021"
    at.run()
    at.date_input(key="as_of").set_value(date(2021, 6, 30)).run()
    links = [e for e in at.get("page_link")
             if e.proto.page == "rapporter" and "Lägesrapport" in e.proto.label]
    assert links, "no link to the report"
    assert "as_of=2021-06-30" in links[0].proto.query_string
    at = AppTest.from_file(str(ROOT / "app_pages" / "board_reports.py"), default_timeout=60)
    at.query_params["plan"] = "v-vallentuna-2021"
    at.query_params["as_of"] = "2021-06-30"
    at.run()
    assert at.date_input(key="as_of").value == date(2021, 6, 30)


def test_the_organisations_year_report_keeps_the_letter_written_on_the_page(app):
    app.selectbox(key="plan").set_value("s-stockholm-2021").run()
    app.radio(key="report_kind").set_value("organisation").run()
    assert not app.exception
    assert download_labels(app) == ["Ladda ner PDF", "Ladda ner Word (DOCX)",
                                    "Ladda ner Markdown"]
    app.text_area(key="report_letter").set_value("Ett fantastiskt kampanjår.")
    app.text_input(key="report_letter_signed").set_value("Ordföranden")
    app.button[0].click().run()
    assert not app.exception
    text = preview(app)
    assert "Ett fantastiskt kampanjår." in text and "Ordföranden" in text
    # The campaign's calls count once: 19 360, not 28 120.
    assert "Sammanlagt 19 360 samtal med stockholmare (ringning) under perioden." in text
    assert "Vi ska (Höstkampanj 2021" in text



def test_rapporter_starts_on_the_plan_chosen_on_the_overview(tmp_path, monkeypatch):
    monkeypatch.setenv("GOALS_DB", f"sqlite:///{tmp_path / 'chosen.db'}")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.selectbox(key="plan").set_value("s-stockholm-2021").run()
    at.query_params.clear()
    at.switch_page("app_pages/board_reports.py").run()
    assert not at.exception
    assert at.selectbox(key="plan").value == "s-stockholm-2021"
