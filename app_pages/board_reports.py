"""Styrelserapporter: the board's lägesrapport and the year's verksamhetsberättelse, to
download (PDF, Markdown; Word for the year) with a preview of the text; and the year report
of the whole organisation (all its plans of a year, campaigns included), with the parts
people write (letter, chapter texts and signatures, members' words, photos) saved as they go.

The day is applied with "Visa" (a form), so the download buttons, which name the day, and
the preview always come from the same day: a day typed and not applied cannot make a click
download another day's report than the one shown."""

from __future__ import annotations

import streamlit as st

from goals.access.roles import Permission
from goals.i18n import translate
from goals.reports import MEDIA_TYPES
from goals.ui import access as ui_access
from goals.ui import shared as ui
from goals.ui import year_report as ui_year
from goals.ui.plan_picker import day_picked, pick_day, pick_plan

plans = ui_access.plans_for(ui_access.actor())
ui_access.stop_unless(bool(plans), ui.language())

plan_id = pick_plan(plans, ui.language())
plan = plans[plan_id]
lang = ui.language(plan)
st.title(translate("nav.board_reports", lang))
kind = st.radio(translate("report.ui.kind", lang), ["status", "year", "organisation"],
                horizontal=True, format_func=lambda k: translate(f"report.ui.kind.{k}", lang),
                key="report_kind")


def _plan_report() -> None:
    with st.form("report_day", border=False, enter_to_submit=True):
        day_column, apply_column = st.columns([3, 1], vertical_alignment="bottom")
        as_of = pick_day(plan, lang, day_column, in_form=True)
        apply_column.form_submit_button(translate("report.ui.show_day", lang),
                                        key="report_day_apply", on_click=day_picked)
    formats = ["pdf", "md", "docx"] if kind == "year" else ["pdf", "md"]
    for column, fmt in zip(st.columns(len(formats)), formats, strict=True):
        column.download_button(translate("report.ui.for_day", lang, day=ui.day(as_of, lang),
                                         label=translate(f"report.ui.download_{fmt}", lang)),
                               data=ui.report_file(plan_id, as_of, kind, fmt, lang),
                               file_name=f"{plan_id}-{kind}-{as_of.isoformat()}.{fmt}",
                               mime=MEDIA_TYPES[fmt], on_click="ignore",
                               key=f"download_{fmt}_{as_of.isoformat()}",
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
