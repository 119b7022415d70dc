"""Hela partiet: every district side by side, each expandable to its föreningar (the
national office's view; goals.services.national)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from goals.access.roles import Permission
from goals.domain.catalogue import BY_ID
from goals.i18n import translate
from goals.ui import access as ui_access
from goals.ui import national as ui_national
from goals.ui import shared as ui
from goals.views.national import SILENT_AFTER_DAYS

lang = ui.language()
st.header(translate("national.title", lang))
actor = ui_access.actor()
year = date.today().year
start_column, end_column, as_of_column = st.columns(3)
start = start_column.date_input(translate("district.start", lang), value=date(year, 1, 1),
                                format="YYYY-MM-DD", key="national_start")
end = end_column.date_input(translate("district.end", lang), value=date(year, 12, 31),
                            format="YYYY-MM-DD", key="national_end")
as_of = as_of_column.date_input(translate("ui.as_of", lang),
                                value=min(max(date.today(), start), end),
                                format="YYYY-MM-DD", key="national_as_of")
view = ui_national.national(start, end, as_of)
districts = [d for d in view.districts
             if ui_access.may(actor, Permission.READ, d.district_id)]
if not districts:
    st.info(translate("national.none", lang))
    st.stop()


def _label(key: str) -> str:
    return translate(f"national.{key}", lang)


columns = st.columns(4)
columns[0].metric(_label("districts"), len(districts))
columns[1].metric(_label("foreningar"), sum(len(d.foreningar) for d in districts))
columns[2].metric(_label("silent"), sum(d.silent for d in districts))
columns[3].metric(_label("entries"), sum(d.entries for d in districts))
st.caption(translate("national.caption", lang, month=as_of.strftime("%Y-%m"),
                     days=SILENT_AFTER_DAYS))
metric_names = {m: BY_ID[m].label(lang) for m in view.metrics}
st.dataframe(pd.DataFrame([{
    _label("name"): d.name, _label("foreningar"): len(d.foreningar),
    _label("reporting"): d.reporting, _label("silent"): d.silent,
    _label("entries"): d.entries, _label("last"): d.last_report,
    **{metric_names[m]: d.total(m) for m in view.metrics}} for d in districts]),
    hide_index=True, key="national_table")
for district in districts:
    with st.expander(translate("national.expander", lang, name=ui.escape(district.name),
                               count=len(district.foreningar), silent=district.silent)):
        st.dataframe(pd.DataFrame([{
            _label("name"): f.name, _label("plans"): ", ".join(f.plans),
            _label("entries"): f.entries, _label("last"): f.last_report,
            _label("silent"): f.silent,
            **{metric_names[m]: f.sums.get(m, 0.0) for m in view.metrics}}
            for f in district.foreningar]), hide_index=True)
