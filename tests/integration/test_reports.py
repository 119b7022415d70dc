"""Reports made from a small plan stored in SQLite and PostgreSQL: the text extracted from
the PDF (pypdf), the DOCX (python-docx) and the Markdown says what the data says, in
Swedish with å, ä, ö, æ and ø intact, with page numbers. Figures worked out by hand below."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from docx import Document
from pypdf import PdfReader
from sqlmodel import Session

from goals.access.roles import Actor
from goals.reports import render
from goals.services.file_import import import_bytes
from goals.services.reports import build_report, report_document
from goals.services.writes import record_meeting

PLAN = """\
id: test-2021
title: Testföreningen i Ærø och Østfold 2021
organisation: {id: test, name: Testföreningen Åsa-Ängby, level: förening}
period: {start: 2021-01-01, end: 2021-12-31}
language: sv
metrics:
  medlemmar: {label: Medlemmar, type: level}
  samtal: {label: Samtal, type: flow, tags: [kyrkoval]}
  kronor: {label: Insamlade pengar, type: flow, unit: SEK}
sections:
  - title: Växa i Ærø og Østfold
    goals:
      - {id: medlemmar, text: Öka vårt medlemsantal med 20 %., kind: increase,
         metric: medlemmar, baseline: 110, target: +20%}
      - {id: samtal, text: Ringa 1 000 samtal på lördagar., kind: total, metric: samtal,
         target: 1000}
  - title: Ekonomi
    goals:
      - {id: valfond, text: Förstärka valfonden med 25 000 kr., kind: total, metric: kronor,
         target: 25000}
      - {id: program, text: Utforma ett lokalt valprogram., kind: milestone,
         steps: [Arbetsgrupp, Utkast, Antaget]}
"""
ENTRIES = """\
date,plan,metric,value,tags,milestone,step,note,reported_by
2021-02-10,test-2021,samtal,600,,,,,
2021-03-01,test-2021,kronor,10000,,,,,
2021-02-01,test-2021,,,,program,Arbetsgrupp,,
2021-05-01,test-2021,medlemmar,118,,,,,
2021-09-19,test-2021,samtal,563,kyrkoval,,,,
2021-10-01,test-2021,samtal,100,,,,,
2021-10-01,test-2021,kronor,8500,,,,,
2021-12-01,test-2021,medlemmar,124,,,,,
"""
MEETING = date(2021, 3, 31)
STATUS_DAY = date(2021, 6, 30)
YEAR_END = date(2021, 12, 31)


@pytest.fixture
def stored(engine):
    assert import_bytes(engine, PLAN.encode(), "test.yaml", is_plan=True).ok
    assert import_bytes(engine, ENTRIES.encode(), "test.csv", is_plan=False).ok
    record_meeting(engine, "test", MEETING, actor=Actor.command_line())
    return engine


def plain(text: str) -> str:
    """Whitespace (line wraps, Babel's no-break spaces) as single spaces."""
    return " ".join(text.split())


def pdf_text(data: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(data))
    return plain(" ".join(page.extract_text() for page in reader.pages)), len(reader.pages)


def docx_text(data: bytes) -> tuple[str, str]:
    document = Document(io.BytesIO(data))
    body = [p.text for p in document.paragraphs]
    body += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return plain(" ".join(body)), document.sections[0].footer._element.xml


# On 30 June (181 of 365 days, pace 0.4959):
# - medlemmar: 118 of 110 -> 132 is 8/22 = 0.364; expected floor(22 × 0.4959)/22 = 10/22
#   = 0.455; 0.364/0.455 = 0.80: behind (on 31 March: no level yet in the window: no data).
# - samtal: 600/1000 = 0.6 against floor(495.9)/1000 = 0.495: on track (also on 31 March).
# - valfond: 10 000/25 000 = 0.4 against 0.4959: 0.81, behind (31 March: 0.4 vs 0.2466,
#   on track).
# - program: 1/3 = 0.333 against 0.4959: 0.67, behind (31 March: on track).
# Since the meeting on 31 March: 1 new report (members, 1 May), 3 goals changed status.
STATUS_FACTS = [
    "Lägesrapport", "4 mål: 1 i fas, 3 efter.",
    "Sedan mötet den 31 mars 2021: 1 ny rapport, 3 mål har bytt status.",
    "Öka vårt medlemsantal med 20 %: inga data → efter",
    "Förstärka valfonden med 25 000 kr: i fas → efter",
    "efter: +7 % av +20 % (framsteg 36 %, väntat 45 %)",
    "efter: 10 000 kr av 25 000 kr (framsteg 40 %, väntat 50 %)",
    "i fas: 600 av 1 000 (framsteg 60 %, väntat 50 %)",
    "efter: 1 av 3 steg (framsteg 33 %, väntat 50 %)",
    # 15 000 kr left over 184 days = 6.045 months: 2 481.4 kr a month, rounded up.
    "Behöver 2 482 kr (insamlade pengar) per månad fram till 31 dec. 2021.",
    "2 steg kvar till 31 dec. 2021. (Utkast; Antaget)",
    "Testföreningen i Ærø och Østfold 2021", "Växa i Ærø og Østfold", "Testföreningen Åsa-Ängby",
]
# On 31 December: 124 members (+14/110 = +12.7 %), 600 + 563 + 100 = 1 263 calls (126 %),
# 10 000 + 8 500 = 18 500 kr (74 %), 1 of 3 steps.
YEAR_FACTS = [
    "Verksamhetsberättelse (utkast)", "4 mål: 1 klart, 3 missat.",
    "Målet att öka vårt medlemsantal med 20 % nåddes inte: föreningen gick från 110 till 124 "
    "medlemmar, +13 %.",
    "Målet att ringa 1 000 samtal på lördagar nåddes: 1 263 samtal mot målet 1 000, 126 %.",
    "Målet att förstärka valfonden med 25 000 kr nåddes inte: 18 500 kr (insamlade pengar) mot "
    "målet 25 000 kr, 74 %.",
    "Målet att utforma ett lokalt valprogram nåddes inte: 1 av 3 steg klart.",
    "Sammanlagt 1 263 samtal under perioden.",
    "600 samtal i februari 2021, periodens bästa månad.",
    "600 samtal på en enda dag, den 10 feb. 2021.",
    "563" and "Sammanlagt 18 500 kr (insamlade pengar) under perioden.",
    "10 000 kr (insamlade pengar) i mars 2021, periodens bästa månad.",
    "Växa i Ærø og Østfold", "Testföreningen Åsa-Ängby",
]


def report_bytes(engine, kind: str, fmt: str) -> bytes:
    day = STATUS_DAY if kind == "status" else YEAR_END
    return report_document(engine, "test-2021", day, kind, fmt)


@pytest.mark.parametrize("kind, facts", [("status", STATUS_FACTS), ("year", YEAR_FACTS)])
def test_the_pdf_says_what_the_data_says_with_page_numbers(stored, kind, facts):
    text, pages = pdf_text(report_bytes(stored, kind, "pdf"))
    for fact in facts:
        assert plain(fact) in text, fact
    for page in range(1, pages + 1):
        assert f"Sida {page} av {pages}" in text


@pytest.mark.parametrize("kind, facts", [("status", STATUS_FACTS), ("year", YEAR_FACTS)])
def test_the_markdown_says_the_same(stored, kind, facts):
    text = plain(report_bytes(stored, kind, "md").decode("utf-8").replace("\\", "")
                 .replace("**", ""))
    for fact in facts:
        assert plain(fact) in text, fact


@pytest.mark.parametrize("kind, facts", [("status", STATUS_FACTS), ("year", YEAR_FACTS)])
def test_the_docx_says_the_same_and_numbers_its_pages(stored, kind, facts):
    text, footer = docx_text(report_bytes(stored, kind, "docx"))
    for fact in facts:
        assert plain(fact) in text, fact
    assert "Sida " in footer and ">PAGE<" in footer and ">NUMPAGES<" in footer


def test_the_language_can_be_overridden(stored):
    with Session(stored) as session:
        report = build_report(session, "test-2021", YEAR_END, "year", "en")
    text, _ = pdf_text(render(report, "pdf"))
    assert "Annual report (draft)" in text and "Page 1 of" in text
    assert "The goal “Öka vårt medlemsantal med 20 %” was not reached: the association went " \
           "from 110 to 124 medlemmar, +13%." in text


def test_a_long_goal_text_wraps_and_nothing_is_cut_off(stored):
    long_text = "Ringa " + " ".join(f"stockholmare{i} i Ærø, Östra Ängby och Ørsta" for i in
                                    range(40)) + "."
    plan = PLAN.replace("Ringa 1 000 samtal på lördagar.", f"'{long_text}'")
    assert import_bytes(stored, plan.encode(), "test.yaml", is_plan=True).ok
    text, pages = pdf_text(report_bytes(stored, "status", "pdf"))
    assert pages > 1 and f"Sida {pages} av {pages}" in text
    # The paragraph runs over a page break: the footer stands between its two halves.
    assert plain(long_text) in re.sub(r" Sida \d+ av \d+", "", text)
