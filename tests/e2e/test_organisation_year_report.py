"""End to end: the year report of the ORGANISATION S Stockholm for 2021, made from both its
seed plans (the year plan and the autumn campaign) and their demo entries, carries every
figure of the seed "Året som gått" (/work/shared/seeds/s-stockholm-aret-som-gatt-2021.txt)
that the data holds, and counts the campaign once: its 8 760 calls and 168 recruits are
entered in both plans (data/demo/make_demo.py writes them into each), so they count once in
the year's figures, while the campaign's own goals are still reported from its plan."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from sqlmodel import Session

from goals.services.file_import import import_files
from goals.services.reports import build_organisation_report, organisation_document
from tests.factories import SEED_FIGURES, goals_cli, plain

ROOT = Path(__file__).resolve().parents[2]
FILES = [ROOT / "plans" / "s-stockholm-2021.yaml",
         ROOT / "plans" / "s-stockholm-hostkampanj-2021.yaml",
         ROOT / "data" / "demo" / "s-stockholm-2021.csv",
         ROOT / "data" / "demo" / "s-stockholm-hostkampanj-2021.csv"]
def sums(path: Path, metric: str) -> tuple[int, Counter]:
    rows = [r for r in csv.DictReader(path.open(encoding="utf-8")) if r["metric"] == metric]
    return (sum(int(r["value"]) for r in rows),
            Counter((r["date"], int(r["value"])) for r in rows))


@pytest.fixture
def loaded(engine):
    assert all(result.ok for result in import_files(engine, FILES))
    return engine


def test_the_campaign_entries_are_the_same_reports_entered_in_both_plans():
    year_calls, year_keys = sums(FILES[2], "samtal")
    campaign_calls, campaign_keys = sums(FILES[3], "samtal")
    assert campaign_calls == 8760
    assert not campaign_keys - year_keys   # every campaign call is also in the year plan
    assert year_calls == 19360             # the year plan's own calls, campaign included
    assert sums(FILES[3], "varvade")[0] == 168


def test_the_organisation_year_report_has_every_figure_of_aret_som_gatt(loaded):
    pdf = organisation_document(loaded, "s-stockholm", 2021, "pdf")
    pdf_text = plain(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    docx = organisation_document(loaded, "s-stockholm", 2021, "docx")
    docx_text = plain(" ".join(p.text for p in Document(io.BytesIO(docx)).paragraphs))
    markdown = plain(organisation_document(loaded, "s-stockholm", 2021, "md").decode())
    for figure in SEED_FIGURES:
        assert plain(figure) in pdf_text, figure
        assert plain(figure) in docx_text, figure
        assert plain(figure) in markdown.replace("\\", ""), figure


def test_the_campaign_counts_once_in_the_figures_and_its_goals_are_reported(loaded):
    with Session(loaded) as session:
        report = build_organisation_report(session, "s-stockholm", 2021)
    text = plain(" ".join(report.highlights))
    # 19 360 calls, not 19 360 + 8 760 = 28 120; 1 215 recruits, not 1 215 + 168 = 1 383;
    # October's 8 760 calls once, not 17 520.
    assert "Sammanlagt 19 360 samtal med stockholmare (ringning) under perioden." in text
    assert "Sammanlagt 1 215 värvade medlemmar under perioden." in text
    assert "8 760 samtal med stockholmare (ringning) i oktober 2021" in text
    assert "28 120" not in text and "1 383" not in text and "17 520" not in text
    sentences = [line.sentence for part in report.sections for line in part.goals]
    assert len(sentences) == 25   # 13 goals of the year plan + 12 of the campaign, once each
    assert any(plain(s) == "Målet att genomföra en samtalskampanj genom ringning nåddes inte: "
               "8 760 samtal med väljare (ringning) mot målet 12 000, 73 %." for s in sentences)
    assert report.title == "Socialdemokraterna i Stockholm 2021"


def test_a_goal_in_two_plans_of_the_organisation_is_reported_once(loaded, tmp_path):
    # A copy of the campaign plan under another id has the same goals: each is said once.
    copy = (ROOT / "plans" / "s-stockholm-hostkampanj-2021.yaml").read_text(encoding="utf-8")
    path = tmp_path / "s-stockholm-hostkampanj-kopia-2021.yaml"
    path.write_text(copy.replace("id: s-stockholm-hostkampanj-2021",
                                 "id: s-stockholm-hostkampanj-kopia-2021"), encoding="utf-8")
    assert all(result.ok for result in import_files(loaded, [path]))
    with Session(loaded) as session:
        report = build_organisation_report(session, "s-stockholm", 2021)
    assert sum(len(part.goals) for part in report.sections) == 25


def test_the_command_line_writes_the_organisation_year_report(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert goals_cli("import", *map(str, FILES), "--db", url).returncode == 0
    out = tmp_path / "aret.md"
    result = goals_cli("report", "--organisation", "s-stockholm", "--year", "2021", "--kind",
                       "year", "--format", "md", "--out", str(out), "--db", url)
    assert result.returncode == 0, result.stderr
    assert "Sammanlagt 19 360 samtal" in plain(out.read_text(encoding="utf-8"))
    missing = goals_cli("report", "--organisation", "s-stockholm", "--year", "2019", "--kind",
                        "year", "--out", str(tmp_path / "x.pdf"), "--db", url)
    assert missing.returncode == 1
    assert "Ingen plan för organisationen s-stockholm gäller under 2019." in missing.stderr
    assert "Traceback" not in missing.stderr
    without_kind = goals_cli("report", "--organisation", "s-stockholm", "--year", "2021",
                             "--out", str(tmp_path / "x.pdf"), "--db", url)
    assert without_kind.returncode == 2
    assert "--organisation ID --year ÅÅÅÅ --kind year" in without_kind.stderr


def test_a_year_report_of_an_organisation_before_its_year_ends_is_judged_on_that_day(loaded):
    with Session(loaded) as session:
        report = build_organisation_report(session, "s-stockholm", 2021, date(2021, 6, 30))
    assert report.as_of == date(2021, 6, 30)
    # The campaign plan starts in September: no part of it is known on 30 June.
    assert not any("Höstkampanj" in part.title for part in report.sections)
