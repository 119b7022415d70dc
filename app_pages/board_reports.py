"""Rapporter: the board's lägesrapport and the year's verksamhetsberättelse, to download
(PDF, Markdown; Word for the year) with a preview of the text; and the year report of the
whole organisation (all its plans of a year, campaigns included), with the parts people
write (letter, chapter texts and signatures, members' words, photos) saved as they go."""

from __future__ import annotations

import streamlit as st

from goals.access.roles import Permission
from goals.i18n import translate
from goals.reports import MEDIA_TYPES
from goals.ui import access as ui_access
from goals.ui import shared as ui
from goals.ui import year_report as ui_year

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
kind = st.radio(translate("report.ui.kind", lang), ["status", "year", "organisation"],
                horizontal=True, format_func=lambda k: translate(f"report.ui.kind.{k}", lang),
                key="report_kind")


def _plan_report() -> None:
    as_of = st.date_input(translate("ui.as_of", lang),
                          value=ui.parse_day(st.query_params.get("as_of"))
                          or ui.default_as_of(plan), format="YYYY-MM-DD", key="report_as_of")
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


def _organisation_report() -> None:
    organisation = plan.organisation.id
    years = list(range(plan.period_start.year, plan.period_end.year + 1))
    year = st.selectbox(translate("report.ui.year", lang), years, index=len(years) - 1,
                        key="report_year")
    for column, fmt in zip(st.columns(3), ["pdf", "docx", "md"], strict=True):
        column.download_button(translate(f"report.ui.download_{fmt}", lang),
                               data=ui_year.document(organisation, year, fmt, lang),
                               file_name=f"{organisation}-{year}.{fmt}", mime=MEDIA_TYPES[fmt],
                               on_click="ignore", key=f"download_org_{fmt}",
                               icon=":material/download:")
    if ui_access.may(ui_access.actor(), Permission.MANAGE, organisation):
        from goals.ui.year_report_editor import editor

        editor(organisation, year, lang)
    st.subheader(translate("report.ui.preview", lang))
    with st.container(border=True):
        st.markdown(ui.markdown_preview(ui_year.preview(organisation, year, lang)))


if kind == "organisation":
    _organisation_report()
else:
    _plan_report()
