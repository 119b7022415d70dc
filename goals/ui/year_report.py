"""Cached accessors for an organisation's year report on the page Rapporter: its Markdown
preview, the notes members wrote that may become quotes, and the download callables. Keyed
on the database and its data version (goals.ui.shared._key), so a letter saved on one app
server shows on every other at the next rerun."""

from __future__ import annotations

from functools import partial

import streamlit as st

from goals.services.database import reading
from goals.ui.shared import _key, engine


@st.cache_data(max_entries=16, show_spinner=False)
def _preview(url: str, version: int, organisation_id: str, year: int, lang: str) -> str:
    from goals.reports.markdown import publication_markdown
    from goals.services.reports import build_organisation_report

    with reading(engine()) as session:
        return publication_markdown(build_organisation_report(session, organisation_id, year,
                                                              lang=lang))


def preview(organisation_id: str, year: int, lang: str) -> str:
    return _preview(*_key(), organisation_id, year, lang)


@st.cache_data(max_entries=16, show_spinner=False)
def _written(url: str, version: int, organisation_id: str, year: int):
    from goals.services.year_report_texts import written_parts

    with reading(engine()) as session:
        return written_parts(session, organisation_id, year)


def written(organisation_id: str, year: int):
    return _written(*_key(), organisation_id, year)


@st.cache_data(max_entries=16, show_spinner=False)
def _notes(url: str, version: int, organisation_id: str, year: int):
    from goals.services.year_report_texts import note_choices

    with reading(engine()) as session:
        return note_choices(session, organisation_id, year)


def notes(organisation_id: str, year: int):
    return _notes(*_key(), organisation_id, year)


@st.cache_data(max_entries=16, show_spinner=False)
def _chapters(url: str, version: int, organisation_id: str, year: int,
              lang: str) -> list[str]:
    from goals.services.reports import build_organisation_report

    with reading(engine()) as session:
        report = build_organisation_report(session, organisation_id, year, lang=lang)
    return [section.title for section in report.sections]


def area_titles(organisation_id: str, year: int, lang: str) -> list[str]:
    """The areas of the organisation's plans of the year, also those without goals."""
    return _chapters(*_key(), organisation_id, year, lang)


def document(organisation_id: str, year: int, fmt: str, lang: str):
    """A no-argument callable making the file on click (see goals.ui.shared.report_file)."""
    from goals.services.reports import organisation_document

    return partial(organisation_document, engine(), organisation_id, year, fmt, lang)
