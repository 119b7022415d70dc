"""Redigera plan: a stored plan in a form (header, goals, archived goals to bring back),
validated live, saved through the normal import with its preview. Open with `?plan=ID`."""

from __future__ import annotations

import streamlit as st

from goals.access.roles import Permission
from goals.i18n import translate
from goals.services import plan_editing
from goals.ui import access as ui_access
from goals.ui import editor as ui_editor
from goals.ui import shared as ui
from goals.ui.plan_picker import pick_plan

NS = "edit"
plans = ui_access.plans_for(ui_access.actor(), Permission.MANAGE)   # the board's own
lang = ui.language()
st.header(translate("editor.edit_title", lang))
if not ui.plans():
    st.info(translate("ui.no_plans", lang))
    st.stop()
ui_access.stop_unless(bool(plans), lang)

plan_id = pick_plan(plans, lang)   # the address (?plan=) opens this plan again
lang = ui.language(plans[plan_id])
reload = st.button(translate("editor.reload", lang), key="edit_reload",
                   icon=":material/refresh:")
if reload or st.session_state.get("edit_opened") != plan_id:
    ui_editor.start(NS, plan_editing.open_plan(ui.engine(), plan_id), opened=plan_id)
st.caption(translate("editor.edit_help", lang))
plan, validation = ui_editor.editor(NS, "edit", lang)
ui_editor.save_panel(NS, plan, validation, lang)
