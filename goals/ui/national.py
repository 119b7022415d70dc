"""The national roll-up for the pages: cached on the database's data version (so every app
server sees a write on its next rerun, as every other accessor in goals.ui.shared)."""

from __future__ import annotations

from datetime import date

import streamlit as st

from goals.services.database import reading
from goals.services.national import national_view
from goals.ui import shared as ui
from goals.views.national import NationalView


@st.cache_data(max_entries=16, show_spinner=False)
def _national(url: str, version: int, start: date, end: date, as_of: date) -> NationalView:
    with reading(ui.engine()) as session:
        return national_view(session, start, end, as_of)


def national(start: date, end: date, as_of: date) -> NationalView:
    return _national(*ui._key(), start, end, as_of)
