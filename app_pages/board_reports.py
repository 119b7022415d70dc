"""Rapporter: the board's lägesrapport and the year's verksamhetsberättelse, to download
(PDF, Markdown; Word for the year) with a preview of the text."""

from __future__ import annotations

import streamlit as st

from goals.i18n import translate
from goals.reports import MEDIA_TYPES
from goals.ui import access as ui_access
from goals.ui import shared as ui

plans = ui_access.plans_for(ui_access.actor())
ui_access.stop_unless(bool(plans), ui.language())

linked = st.query_params.get("plan")
ui_access.drop_choice_outside("reports_plan", plans)
plan_id = st.selectbox(translate("ui.plan", ui.language()), list(plans),
                       index=list(plans).index(linked) if linked in plans else 0,
                       format_func=ui.plan_label(plans), key="reports_plan")
plan = plans[plan_id]
lang = ui.language(plan)
st.title(translate("report.ui.title", lang))
kind = st.radio(translate("report.ui.kind", lang), ["status", "year"], horizontal=True,
                format_func=lambda k: translate(f"report.ui.kind.{k}", lang), key="report_kind")
as_of = st.date_input(translate("ui.as_of", lang),
                      value=ui.parse_day(st.query_params.get("as_of")) or ui.default_as_of(plan),
                      format="YYYY-MM-DD", key="report_as_of")

formats = ["pdf", "md", "docx"] if kind == "year" else ["pdf", "md"]
for column, fmt in zip(st.columns(len(formats)), formats, strict=True):
    column.download_button(translate(f"report.ui.download_{fmt}", lang),
                           data=ui.report_file(plan_id, as_of, kind, fmt, lang),
                           file_name=f"{plan_id}-{kind}-{as_of.isoformat()}.{fmt}",
                           mime=MEDIA_TYPES[fmt], on_click="ignore", key=f"download_{fmt}",
                           icon=":material/download:")

st.subheader(translate("report.ui.preview", lang))
with st.container(border=True):
    st.markdown(ui.markdown_preview(ui.report_markdown(plan_id, as_of, kind, lang)))
