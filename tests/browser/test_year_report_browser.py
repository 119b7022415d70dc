"""The organisation's year report in a real browser: the board writes a letter, picks a
member's note as a quote and adds a photo (a phone JPEG with GPS in its EXIF); the PDF and
the Word file then carry all three, the quote as 'en medlem' (the member did not agree to
be named), the photo without its GPS."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from PIL import Image
from pypdf import PdfReader
from sqlmodel import Session

from tests.support.streamlit_server import download, exception_texts, wait_for_app_idle

pytestmark = pytest.mark.browser
LETTER = "Trots pandemin blev 2021 ett fantastiskt kampanjår för oss alla."
CAPTION = "Ringkväll på Zoom i februari"


def phone_photo(path: Path) -> Path:
    image = Image.new("RGB", (2400, 1800), (180, 20, 50))
    exif = Image.Exif()
    exif[0x010F] = "Telefonmärke"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (59.0, 17.0, 3.0), "E", (18.0, 1.0, 2.0)
    image.save(path, format="JPEG", exif=exif)
    return path


def newest_note(db_url: str) -> str:
    from goals.services.year_report_texts import note_choices
    from goals.store.engine import make_engine

    engine = make_engine(db_url)
    with Session(engine) as session:
        note = note_choices(session, "s-stockholm", 2021)[0].note
    engine.dispose()
    return " ".join(note.split())


def test_letter_quote_and_photo_reach_the_pdf_and_the_word_file(open_app, app_db_url,
                                                                tmp_path):
    quote = newest_note(app_db_url)
    page = open_app("rapporter?plan=s-stockholm-2021", width=1280, height=1000,
                    accept_downloads=True)
    page.get_by_text("Verksamhetsberättelse för hela organisationen").first.click()
    wait_for_app_idle(page)
    page.get_by_label("Förord (inledande brev)").fill(LETTER)
    page.get_by_label("Undertecknat av").first.fill("Ordföranden")
    page.get_by_role("button", name="Spara förordet").click()
    wait_for_app_idle(page)
    page.get_by_text("Sparat.").first.wait_for(timeout=20_000)

    page.get_by_role("button", name="Lägg till citatet").click()
    wait_for_app_idle(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        str(phone_photo(tmp_path / "ringkvall.jpg")))
    wait_for_app_idle(page)
    page.get_by_label("Bildtext").fill(CAPTION)
    page.get_by_role("button", name="Lägg till bilden").click()
    wait_for_app_idle(page)
    page.get_by_text("Sparat.").first.wait_for(timeout=20_000)
    assert exception_texts(page) == []

    pdf = PdfReader(download(page, "Ladda ner PDF", tmp_path))
    pdf_text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert LETTER in pdf_text and "Ordföranden" in pdf_text
    assert f"”{quote}”" in pdf_text and "— en medlem" in pdf_text
    assert CAPTION in pdf_text
    images = [image for p in pdf.pages for image in p.images]
    assert len(images) == 1
    assert b"Telefonm" not in images[0].data

    word = Document(io.BytesIO(download(page, "Ladda ner Word (DOCX)", tmp_path).read_bytes()))
    word_text = " ".join(" ".join(p.text.split()) for p in word.paragraphs)
    assert LETTER in word_text and quote in word_text and "en medlem" in word_text
    assert CAPTION in word_text and len(word.inline_shapes) >= 1
    pictures = [part.blob for part in word.part.package.parts
                if part.content_type == "image/jpeg"]
    assert pictures and all(b"Telefonm" not in blob for blob in pictures)
