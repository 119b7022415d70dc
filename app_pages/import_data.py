"""Importera: bring in a spreadsheet, a member register or a call export, all or nothing.
Open it for one plan with `importera?plan=ID`.

The privacy note comes before the upload. The file's bytes go straight to uncached
functions (goals.services.mapping_import), which drop identifying columns first; nothing of the file
is cached or kept in the session, and after an import the upload widget is renewed, so
the file is forgotten.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from goals.access.roles import AccessDenied, Permission
from goals.domain.problems import InputError
from goals.i18n import translate
from goals.mappings.layouts import BUILT_IN, built_in, guess_columns, guess_metrics
from goals.mappings.mapping import Mapping
from goals.mappings.tables import is_xlsx, sheet_names
from goals.services.mapping_import import (
    import_spreadsheet,
    looks_like_export,
    read_clean,
    saved_mappings,
    store_mapping,
)
from goals.ui import access as ui_access
from goals.ui import shared as ui
from goals.ui.mapping_form import mapping_form, wide_form
from goals.ui.plan_picker import chosen_plan
from goals.views.import_preview import entry_rows, first_rows, move_rows, problem_rows

lang = ui.language()
actor = ui_access.actor()
ui_access.stop_unless(actor.manages_any, lang)
st.header(translate("mappings.title", lang))
st.info(translate("mappings.privacy", lang))
done = st.session_state.pop("import_done", None)
if done:
    st.success(translate("mappings.applied", lang, **done))

nonce = st.session_state.setdefault("import_nonce", 0)
upload = st.file_uploader(translate("mappings.upload", lang), type=["csv", "txt", "xlsx"],
                          key=f"import_upload_{nonce}")
if upload is None:
    st.stop()
name, data = upload.name, upload.getvalue()


def show_problems(problems) -> None:
    st.error(translate("mappings.problems", lang, count=len(problems)))
    st.dataframe(pd.DataFrame(problem_rows(problems, lang)), hide_index=True)


sheet = None
if is_xlsx(name):
    try:
        sheet = st.selectbox(translate("mappings.sheet", lang), sheet_names(data),
                             key="import_sheet")
    except Exception:   # not a workbook: read_clean says so in the user's language
        sheet = None
header_row = int(st.number_input(translate("imports.header_row", lang), min_value=0,
                                 max_value=1000, value=0, step=1,
                                 key="import_header_row")) or None
try:
    table = read_clean(data, name, sheet, header_row)
except InputError as error:
    show_problems(error.problems)
    st.stop()
st.subheader(translate("mappings.first_rows", lang))
st.dataframe(pd.DataFrame(first_rows(table, lang)), hide_index=True)
if table.dropped:
    st.caption(translate("mappings.dropped_note", lang,
                         columns=", ".join(ui.escape(c) for c in table.dropped)))

plans = ui_access.plans_for(actor, Permission.MANAGE)   # a board imports for its own plans
# a board sees and picks only its own organisation's saved mappings (a district its own)
saved = saved_mappings(ui.engine(), None if actor.is_admin else
                       sorted({p.organisation.id for p in plans.values()}))
options = (["export"] if looks_like_export(table) else []) + [
    "rows", "register", "calls", "zetkin-calls", *(f"saved:{n}" for n in saved)]


def how_label(option: str) -> str:
    if option.startswith("saved:"):
        return translate("mappings.how_saved", lang, name=option[6:])
    if option in BUILT_IN and option != "register" and option != "calls":
        return translate("mappings.how_builtin", lang, name=option)
    return translate(f"mappings.how_{option}", lang)


how = st.selectbox(translate("mappings.how", lang), options, format_func=how_label,
                   key="import_how")
mapping: Mapping | None = None
plan = None
if how != "export" and not plans:
    st.info(translate("ui.no_plans", lang))
    st.stop()
if how != "export":
    # A saved mapping names its plan; otherwise the plan chosen on the other pages (the
    # address, this session, or this browser's last) is the likely target.
    default = saved[how[6:]].plan if how.startswith("saved:") else chosen_plan(plans)
    plan_ids = list(plans)
    ui_access.drop_choice_outside("import_plan", plans)
    plan_id = st.selectbox(translate("ui.plan", lang), plan_ids,
                           index=plan_ids.index(default) if default in plan_ids else 0,
                           format_func=ui.plan_label(plans), key="import_plan")
    plan = plans[plan_id]
    if how.startswith("saved:"):
        start = replace(saved[how[6:]], plan=plan.id)
    elif how in BUILT_IN:
        start = built_in(how, table, plan)
    else:
        start = guess_metrics(replace(guess_columns(table, how), plan=plan.id), plan)
    with st.expander(translate("mappings.columns", lang),
                     expanded=not how.startswith("saved:")):
        if start.kind == "rows":
            start = wide_form(start, plan)
        mapping = mapping_form(start, table, list(plan.metrics), lang, f"{how}_{plan.id}")
    mapping = replace(mapping, sheet=sheet, header_row=header_row)

as_of = None
if mapping is not None and mapping.kind == "register":
    as_of = st.date_input(translate("mappings.as_of", lang), ui.default_as_of(plan),
                          key="import_as_of")

preview = import_spreadsheet(ui.engine(), data, name, mapping=mapping,
                             plan_id=plan.id if plan else None, as_of=as_of, dry_run=True,
                             actor=actor)
if not preview.ok:
    show_problems(preview.result.problems)
    st.stop()
for note in preview.notes:
    st.caption(ui.escape(note.message(lang)))
change = preview.result.entries_change
st.markdown(translate("mappings.preview", lang, added=change.added, updated=change.updated,
                      unchanged=change.unchanged))
if preview.entries:
    st.dataframe(pd.DataFrame(entry_rows(preview.entries, lang)), hide_index=True)
moves = preview.result.moves
if moves:
    st.subheader(translate("imports.moves_heading", lang))
    st.dataframe(pd.DataFrame(move_rows(moves, lang)), hide_index=True)
else:
    st.markdown(translate("mappings.moves_none", lang))
confirmed = True
if any(m.stock_drop for m in moves):
    st.warning(translate("imports.drop_warning", lang))
    confirmed = st.checkbox(translate("imports.confirm_drop", lang), key="import_confirm")

if st.button(translate("mappings.apply", lang), type="primary", key="import_apply",
             disabled=not confirmed):
    bar = st.progress(0.0)
    result = import_spreadsheet(ui.engine(), data, name, mapping=mapping,
                                plan_id=plan.id if plan else None, as_of=as_of,
                                progress=lambda fraction: bar.progress(fraction),
                                actor=actor, confirmed=confirmed)
    if not result.ok:
        show_problems(result.result.problems)
    else:
        done = result.result.entries_change
        st.session_state["import_done"] = {"added": done.added, "updated": done.updated}
        st.session_state["import_nonce"] = nonce + 1   # a new, empty upload widget ...
        del st.session_state[f"import_upload_{nonce}"]  # ... and the file let go of
        st.rerun()

if mapping is not None:
    st.divider()
    saved_name = st.text_input(translate("mappings.save_name", lang), key="import_save_name")
    if st.button(translate("mappings.save", lang), key="import_save",
                 disabled=not saved_name.strip()):
        try:
            store_mapping(ui.engine(), saved_name.strip(), mapping, actor,
                          plan.organisation.id if plan else None)
        except AccessDenied:
            st.warning(translate("access.no_access", lang))
        else:
            st.success(translate("mappings.saved", lang, name=ui.escape(saved_name.strip())))
