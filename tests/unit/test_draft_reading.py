"""Reading the documents boards have: Word and PDF files made here, in the test, with
python-docx and fpdf2; a scanned PDF (no text layer) is refused with a clear message."""

from __future__ import annotations

import io

import pytest

from goals.domain.problems import InputError
from goals.drafting import draft_plan, read_document


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Verksamhetsplan för PRO Solna 2024", level=1)
    document.add_paragraph("Medlemmar", style="Heading 2")
    document.add_paragraph("Värva 30 nya medlemmar.", style="List Bullet")
    document.add_paragraph("Hålla ett medlemsmöte varje månad.", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(with_text: bool) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if with_text:
        pdf.set_font("Helvetica", size=12)
        for line in ("Arbeidsplan for Hamar SV 2021", "", "- Holde to medlemsmøter hvert "
                     "halvår.", "- Samle inn 20 000 kroner til valgkampen."):
            pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.rect(20, 20, 100, 60, style="F")          # a scan: marks, no text layer
    return bytes(pdf.output())


def test_a_word_file_keeps_its_headings_and_list_items():
    text = read_document("plan.docx", docx_bytes())
    assert "Verksamhetsplan för PRO Solna 2024" in text.splitlines()
    assert "• Värva 30 nya medlemmar." in text.splitlines()
    draft = draft_plan(text)
    assert draft.header["organisation"]["name"] == "PRO Solna"
    assert [(g.section, g.goal["kind"], g.goal["target"]) for g in draft.goals] == \
        [("Medlemmar", "total", 30), ("Medlemmar", "rate", 1)]


def test_a_pdf_with_a_text_layer_is_read():
    text = read_document("plan.pdf", pdf_bytes(with_text=True))
    draft = draft_plan(text)
    assert draft.lang == "nb"
    assert [(g.goal["kind"], g.goal["target"]) for g in draft.goals] == \
        [("rate", 2), ("total", 20000)]


def test_a_pdf_without_a_text_layer_is_refused_with_a_message_naming_the_file():
    with pytest.raises(InputError) as caught:
        read_document("skannad.pdf", pdf_bytes(with_text=False))
    (problem,) = caught.value.problems
    assert problem.key == "drafting.pdf_without_text"
    assert problem.render("sv").startswith("skannad.pdf: PDF-filen (1 sidor) har inget "
                                           "textlager")
    assert "no text layer" in problem.render("en")


def test_a_file_that_is_not_what_its_suffix_says_is_refused():
    with pytest.raises(InputError) as caught:
        read_document("plan.docx", b"not a zip file")
    assert caught.value.problems[0].render("en") == (
        "plan.docx: the file cannot be read as Word (.docx); save it again or paste its text")


def test_an_unknown_format_names_the_formats_read():
    with pytest.raises(InputError) as caught:
        read_document("plan.odt", b"")
    assert caught.value.problems[0].message("sv") == (
        "okänd filtyp '.odt'; utkastet läser .txt, .md, .text, .docx, .pdf")


def test_text_files_in_utf8_with_bom_and_in_windows_1252():
    assert read_document("plan.txt", "\ufeffÖka med 20 %".encode()) == "Öka med 20 %"
    legacy = "Värva fyra nya medlemmar i Västerås före sommaren.".encode("cp1252")
    assert read_document("plan.md", legacy).startswith("Värva fyra nya medlemmar")
