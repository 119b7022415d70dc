"""Planer: upload a plan or entries (errors by line, a preview, then save), download a plan
as YAML and its entries as CSV and Excel, start next year's plan from this one."""

from __future__ import annotations

from functools import partial
from urllib.parse import quote

import pandas as pd
import streamlit as st

from goals.domain.plan_copy import next_plan
from goals.i18n import translate
from goals.io.export import entries_to_csv, entries_to_xlsx, plan_dict_to_yaml, plan_to_yaml
from goals.services.file_import import PLAN_SUFFIXES, FileResult, import_bytes
from goals.ui import access as ui_access
from goals.ui import shared as ui
from goals.ui.plan_picker import pick_plan

lang = ui.language()
actor = ui_access.actor()
readable = ui_access.plans_for(actor)
manages = actor.manages_any
ui_access.stop_unless(bool(readable) or manages, lang)
st.header(translate("plans.title", lang))

upload = pasted = None
if manages:
    upload = st.file_uploader(translate("plans.upload", lang), type=["yaml", "yml", "csv"],
                              key="plans_upload")
    pasted = st.text_area(translate("plans.paste", lang), key="plans_paste", height=150)
    st.markdown(f"[{translate('editor.new_link', lang)}](ny-plan)")
    from goals.ui.coverage_adoption import proposals_panel

    proposals_panel(lang)


def show_problems(result: FileResult) -> None:
    st.error(translate("plans.problems", lang, count=len(result.problems)))
    st.dataframe(pd.DataFrame([{
        translate("plans.col_line", lang): p.line,
        translate("plans.col_column", lang): p.column,
        translate("plans.col_where", lang): p.path,
        translate("plans.col_problem", lang): p.message(lang),
    } for p in result.problems]), hide_index=True)


def show_preview(result: FileResult) -> None:
    st.markdown(translate("plans.preview", lang))
    change = result.plan_change
    if change is not None:
        if change.created:
            st.markdown(translate("plans.new_plan", lang, plan=ui.escape(change.plan_id),
                                  count=len(change.added)))
        elif change.unchanged:
            st.markdown(translate("plans.unchanged", lang))
        for key in ("added", "changed", "archived", "restored"):
            ids = getattr(change, key)
            if ids and not change.created:
                st.markdown(f"**{translate(f'plans.{key}', lang)}:** "
                            + ", ".join(ui.escape(i) for i in ids))
    if result.entries_change is not None:
        c = result.entries_change
        st.markdown(translate("plans.entries_preview", lang, added=c.added, updated=c.updated,
                              unchanged=c.unchanged))


source = None
if upload is not None:
    source = (upload.name, upload.getvalue(), upload.name.lower().endswith(PLAN_SUFFIXES))
elif pasted and pasted.strip():
    source = ("plan.yaml", pasted.encode("utf-8"), True)
if source is not None:
    name, data, is_plan = source
    preview = import_bytes(ui.engine(), data, name, is_plan=is_plan, dry_run=True, actor=actor)
    if preview.problems:
        show_problems(preview)
    else:
        show_preview(preview)
        if st.button(translate("plans.apply", lang), type="primary", key="plans_apply"):
            result = import_bytes(ui.engine(), data, name, is_plan=is_plan, actor=actor)
            if result.problems:
                show_problems(result)
            else:
                st.success(translate("plans.applied", lang))

st.divider()
plans = readable
if plans:
    plan_id = pick_plan(plans, lang)
    plan = plans[plan_id]
    entries = ui.entries(plan_id)
    st.markdown(f"[{translate('editor.edit_link', lang)}](redigera?plan={quote(plan_id)})")
    st.subheader(translate("plans.download", lang))
    yaml_column, csv_column, xlsx_column = st.columns(3)
    # The files are made when a button is clicked (a callable), not on every run: the
    # spreadsheet of a year's entries alone took half a second of each visit.
    yaml_column.download_button(translate("plans.download_yaml", lang),
                                partial(plan_to_yaml, plan),
                                file_name=f"{plan_id}.yaml", mime="application/yaml",
                                key="download_yaml")
    csv_column.download_button(translate("plans.download_csv", lang),
                               partial(entries_to_csv, entries), file_name=f"{plan_id}.csv",
                               mime="text/csv",
                               key="download_csv")
    xlsx_column.download_button(
        translate("plans.download_xlsx", lang), partial(entries_to_xlsx, plan, entries),
        file_name=f"{plan_id}.xlsx", key="download_xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    following = next_plan(plan)
    st.download_button(translate("plans.next", lang), partial(plan_dict_to_yaml, following),
                       file_name=f"{following['id']}.yaml", mime="application/yaml",
                       help=translate("plans.next_help", lang), key="download_next")
