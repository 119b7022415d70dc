"""End to end: the S Stockholm 2021 plan and its demo entries give a year report that
carries the figures of the seed "Året som gått" (/work/shared/seeds/
s-stockholm-aret-som-gatt-2021.txt): over 600 recruited in February, over 88 000
signatures, over 1 500 calls on the last day of the church election (19 September), the
sale of 1177 stopped on 9 March, the reform agenda and the programme adopted in the autumn."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from docx import Document
from pypdf import PdfReader

from goals.services.file_import import import_files
from goals.services.reports import report_document

ROOT = Path(__file__).resolve().parents[2]
SEED_FIGURES = [
    "612 värvade medlemmar i februari 2021, periodens bästa månad.",
    "Sammanlagt 88 412 namnunderskrifter mot försäljningen av 1177 under perioden.",
    "1 563 samtal med stockholmare (ringning) på en enda dag, den 19 sep. 2021 (kyrkoval).",
    "Målet att stoppa försäljningen av 1177 Vårdguidens sjukvårdsrådgivning till Kry nåddes: "
    "alla 3 steg klara, det sista den 9 mars 2021.",
    "Målet att värva så många medlemmar att vi blir det största partidistriktet på kongressen "
    "nåddes: 1 215 värvade medlemmar mot målet 1 000, 122 %.",
    "Målet att samla namnunderskrifter mot försäljningen av 1177 nåddes: 88 412 "
    "namnunderskrifter mot försäljningen av 1177 mot målet 50 000, 177 %.",
    "Målet att besluta om en kulturpolitisk reformagenda för Stockholm nåddes: alla 3 steg "
    "klara, det sista den 18 okt. 2021.",
    "Målet att anta ett nytt stadsbyggnadspolitiskt program kallat 'En storstad för alla', som "
    "ersätter det tidigare från 2014 nåddes: alla 3 steg klara, det sista den 22 nov. 2021.",
    "Målet att lägga fram en historiskt stor trygghetssatsning i vårt budgetförslag med 200 "
    "miljoner per år till stadsdelsnämndernas förebyggande arbete nåddes: klart den 28 okt. "
    "2021.",
]


def plain(text: str) -> str:
    return " ".join(text.split())


def test_the_year_report_carries_the_figures_of_aret_som_gatt(engine):
    results = import_files(engine, [ROOT / "plans" / "s-stockholm-2021.yaml",
                                    ROOT / "data" / "demo" / "s-stockholm-2021.csv"])
    assert all(r.ok for r in results)
    pdf = report_document(engine, "s-stockholm-2021", date(2021, 12, 31), "year", "pdf")
    pdf_text = plain(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    docx = report_document(engine, "s-stockholm-2021", date(2021, 12, 31), "year", "docx")
    docx_text = plain(" ".join(p.text for p in Document(io.BytesIO(docx)).paragraphs))
    for figure in SEED_FIGURES:
        assert plain(figure) in pdf_text, figure
        assert plain(figure) in docx_text, figure
