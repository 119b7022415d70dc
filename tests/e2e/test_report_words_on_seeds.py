"""The report sentences on a seed plan: Vallentuna 2021 has two goals with the same words
(the printed sheet, as a milestone and as a count of issues): both reports tell them apart;
the year report names the election fund's metric and the tag of the climate posts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session

from goals.reports.markdown import report_markdown
from goals.services.file_import import import_files
from goals.services.reports import build_report

ROOT = Path(__file__).resolve().parents[2]
ZETKIN = ("Undersöka förutsättningarna för distribution av ett lokalt tryckt informationsblad "
          "med utgivning minst två gånger under 2021, genom Zetkin foundation")


def markdown(engine, as_of: date, kind: str) -> str:
    with Session(engine) as session:
        text = report_markdown(build_report(session, "v-vallentuna-2021", as_of, kind))
    return " ".join(text.replace("\xa0", " ").replace("\\", "").split())


def test_vallentunas_two_zetkin_goals_are_told_apart_and_metrics_named(sqlite_engine):
    assert all(r.ok for r in import_files(sqlite_engine, [
        ROOT / "plans" / "v-vallentuna-2021.yaml", ROOT / "data" / "demo" /
        "v-vallentuna-2021.csv"]))
    status = markdown(sqlite_engine, date(2021, 6, 30), "status")
    assert f"**{ZETKIN} (som milstolpe)**" in status
    assert f"**{ZETKIN} (mätt i utgivna nummer av det tryckta informationsbladet)**" in status
    year = markdown(sqlite_engine, date(2021, 12, 31), "year")
    assert (f"Målet att {ZETKIN[0].lower()}{ZETKIN[1:]} (mätt i utgivna nummer av det "
            "tryckta informationsbladet) nåddes inte: 1 (utgivna nummer av det tryckta "
            "informationsbladet) mot målet 2, 50 %.") in year
    assert "Sammanlagt 23 300 kr (insättning till valfonden) under perioden." in year
    assert "23 300 kr (insättning till valfonden) mot målet 25 000 kr, 93 %." in year
    assert "40 inlägg på Facebook och Instagram märkta ”klimat” mot målet 30, 133 %." in year
    # 11 of 12 months with at least one issue of V Aktuellt: "1 (…)" for one.
    assert ("11 av 12 månader med minst 1 (utskickade nummer av medlemsbladet V Aktuellt)"
            in year)
