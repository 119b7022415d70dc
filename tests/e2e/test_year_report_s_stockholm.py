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
from tests.factories import SEED_FIGURES, plain

ROOT = Path(__file__).resolve().parents[2]
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
