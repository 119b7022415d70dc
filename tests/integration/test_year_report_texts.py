"""The parts of an organisation's year report only people write: saved in the database with
the report, kept from one draft to the next, laid out like a published report (cover,
contents, figures, a chapter per area) in PDF, Word and Markdown; quotes name their author
only with consent; photos are resized and lose their EXIF (GPS included)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document
from PIL import Image
from pypdf import PdfReader
from sqlmodel import Session

from goals.access.roles import AccessDenied, Actor, ActorKind, Role
from goals.domain.entries import Entry
from goals.io.photos import MAX_SIDE, BadPhoto, clean_photo
from goals.reports import render
from goals.reports.publication import chapter_titles
from goals.services import year_report_texts as texts
from goals.services.audit_trail import forget_name
from goals.services.file_import import import_bytes
from goals.services.reports import build_organisation_report
from goals.services.writes import record_entry

PLAN = """\
id: aby-2021
title: Åby förening 2021
organisation: {id: aby, name: Åby förening, level: förening}
period: {start: 2021-01-01, end: 2021-12-31}
language: sv
metrics:
  samtal: {label: Samtal, type: flow}
sections:
  - title: Kampanj
    goals:
      - {id: samtal, text: Ringa 100 samtal., kind: total, metric: samtal, target: 100}
  - title: Styrelsen
    goals: []
"""
ENTRIES = """\
date,plan,metric,value,tags,milestone,step,note,reported_by
2021-03-01,aby-2021,samtal,60,,,,Bästa ringkvällen hittills!,Karin Ek
2021-04-01,aby-2021,samtal,50,,,,Folk ville prata om vården,Olle Berg
"""
LOCAL = Actor.local()
YEAR = 2021


@pytest.fixture
def loaded(engine):
    assert import_bytes(engine, PLAN.encode(), "aby-2021.yaml", is_plan=True).ok
    assert import_bytes(engine, ENTRIES.encode(), "aby.csv", is_plan=False).ok
    return engine


def report(engine):
    with Session(engine) as session:
        return build_organisation_report(session, "aby", YEAR)


def photo_with_gps(width: int = 4000, height: int = 3000) -> bytes:
    image = Image.new("RGB", (width, height), (10, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "Kamera AB"                      # Make
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (59.0, 19.0, 48.0)        # GPSLatitudeRef, GPSLatitude
    gps[3], gps[4] = "E", (18.0, 4.0, 7.0)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(data)).pages)


def test_the_letter_and_chapters_are_kept_from_one_draft_to_the_next(loaded):
    texts.save_letter(loaded, "aby", YEAR, "Ett första utkast.", "Anna", actor=LOCAL)
    texts.save_letter(loaded, "aby", YEAR, "Året blev bra.\n\nTack alla!", "Anna Ordförande",
                      actor=LOCAL)
    texts.save_chapter(loaded, "aby", YEAR, "Kampanj", "Vi ringde mycket.", "Bo Kampanj",
                       actor=LOCAL)
    texts.save_chapter(loaded, "aby", YEAR, "Styrelsen", "Styrelsen möttes tio gånger.",
                       "Cilla", actor=LOCAL)
    texts.save_chapter(loaded, "aby", YEAR, "Tack", "Tack till alla som ringde.", "",
                       actor=LOCAL)
    made = report(loaded)
    assert made.written.letter == "Året blev bra.\n\nTack alla!"
    # The area without goals has a chapter once it has a text; a new title adds a chapter.
    assert chapter_titles(made) == ["Förord", "Året i siffror", "Kampanj", "Styrelsen", "Tack"]
    markdown = render(made, "md").decode()
    assert markdown.index("## Förord") < markdown.index("Året blev bra.") < markdown.index(
        "*Anna Ordförande*") < markdown.index("## Året i siffror") < markdown.index(
        "## Kampanj") < markdown.index("Vi ringde mycket.") < markdown.index("*Bo Kampanj*")
    # 60 + 50 = 110 calls of 100: reached.
    assert "Målet att ringa 100 samtal nåddes: 110 samtal mot målet 100, 110 %." in \
        markdown.replace("\xa0", " ")
    text = pdf_text(render(made, "pdf"))
    for words in ("Innehåll", "Förord", "Året blev bra.", "Anna Ordförande", "Styrelsen möttes "
                  "tio gånger.", "Tack till alla som ringde."):
        assert words in text, words


def test_emptying_a_chapter_removes_it(loaded):
    texts.save_chapter(loaded, "aby", YEAR, "Tack", "Tack!", "", actor=LOCAL)
    texts.save_chapter(loaded, "aby", YEAR, "Tack", "", "", actor=LOCAL)
    assert "Tack" not in chapter_titles(report(loaded))


def test_a_quote_names_its_author_only_when_they_agreed(loaded):
    with Session(loaded) as session:
        notes = texts.note_choices(session, "aby", YEAR)
    assert [n.note for n in notes] == ["Folk ville prata om vården",
                                       "Bästa ringkvällen hittills!"]
    assert all(n.author is None for n in notes)   # nobody agreed yet
    texts.record_quote_consent(loaded, notes[1].entry_uid, True, actor=LOCAL)
    texts.add_quote(loaded, "aby", YEAR, notes[1].entry_uid, actor=LOCAL)
    texts.add_quote(loaded, "aby", YEAR, notes[0].entry_uid, actor=LOCAL)
    made = report(loaded)
    markdown = render(made, "md").decode()
    assert "> ”Bästa ringkvällen hittills!”\n>\n> — Karin Ek" in markdown
    assert "> ”Folk ville prata om vården”\n>\n> — en medlem" in markdown
    assert "Olle Berg" not in markdown
    docx = " ".join(p.text for p in Document(io.BytesIO(render(made, "docx"))).paragraphs)
    assert "Karin Ek" in docx and "en medlem" in docx and "Olle Berg" not in docx
    # When an admin forgets the name, the quote no longer prints it.
    forget_name(loaded, LOCAL, "Karin Ek")
    assert "Karin Ek" not in render(report(loaded), "md").decode()


def test_a_photo_is_resized_and_loses_its_exif_and_gps():
    clean = clean_photo(photo_with_gps())
    image = Image.open(io.BytesIO(clean.data))
    assert max(image.size) == MAX_SIDE and image.size == (1600, 1200)
    assert not image.getexif() and "exif" not in image.info
    assert b"Kamera AB" not in clean.data
    with pytest.raises(BadPhoto):
        clean_photo(b"not a picture")


def test_a_photo_is_stored_and_printed_in_its_chapter(loaded):
    texts.add_photo(loaded, "aby", YEAR, photo_with_gps(800, 600), "Ringkväll i mars",
                    "Kampanj", actor=LOCAL)
    made = report(loaded)
    (photo,) = made.written.photos
    assert (photo.width, photo.height) == (800, 600) and b"Kamera AB" not in photo.data
    pdf = render(made, "pdf")
    assert "Ringkväll i mars" in pdf_text(pdf)
    assert sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages) == 1
    document = Document(io.BytesIO(render(made, "docx")))
    assert len(document.inline_shapes) >= 1
    texts.remove_photo(loaded, "aby", YEAR, photo.pk, actor=LOCAL)
    assert report(loaded).written.photos == ()


def test_only_those_who_manage_the_organisation_write_its_report(loaded):
    member = Actor(ActorKind.ACCOUNT, "m@example.org", frozenset({("aby", Role.MEMBER)}))
    other_board = Actor(ActorKind.ACCOUNT, "b@example.org",
                        frozenset({("annan", Role.BOARD)}))
    for actor in (member, other_board, Actor.anonymous()):
        with pytest.raises(AccessDenied):
            texts.save_letter(loaded, "aby", YEAR, "Hej", "", actor=actor)
    assert report(loaded).written.letter == ""


def test_a_member_answers_whether_their_name_may_stand_by_their_note(loaded):
    member = Actor(ActorKind.ACCOUNT, "m@example.org", frozenset({("aby", Role.MEMBER)}))
    uid = record_entry(loaded, Entry(date=date(2021, 5, 1), plan="aby-2021", metric="samtal",
                                     value=3, note="Roligt!", reported_by="Mia"), actor=member)
    texts.record_quote_consent(loaded, uid, True, actor=member)
    with Session(loaded) as session:
        notes = texts.note_choices(session, "aby", YEAR)
    assert [(n.note, n.author) for n in notes][0] == ("Roligt!", "Mia")


def test_a_letter_with_a_letter_outside_latin_prints_it(loaded):
    # The Latin cut of the font has no Ω: the report then gets the full fonts.
    texts.save_letter(loaded, "aby", YEAR, "Vi ringde Ωmega-föreningen.", "", actor=LOCAL)
    assert "Vi ringde Ωmega-föreningen." in pdf_text(render(report(loaded), "pdf"))
