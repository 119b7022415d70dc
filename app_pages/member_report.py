"""Rapportera: a member reports what they did, from a phone, in two taps.

Open it for one plan from a link (`?plan=v-vallentuna-2021`, for an SMS to all members),
or through a förening's report link (`?link=TOKEN`), which lets anyone who has it report for
that förening and nothing else.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

from goals.access.roles import Permission
from goals.domain.problems import InputError
from goals.i18n import translate
from goals.services.writes import record_entry
from goals.services.year_report_texts import record_quote_consent
from goals.ui import access as ui_access
from goals.ui import shared as ui
from goals.views.member_report import goals_moved_by, make_entry, report_choices

actor = ui_access.actor()
if ui_access.link_token() and actor.link_id is None:
    st.error(translate("access.link_unusable", ui.language()))
    st.stop()
plans = ui_access.plans_for(actor, Permission.REPORT)
ui_access.stop_unless(bool(plans), ui.language())
linked = st.query_params.get("plan")
if linked and linked not in plans:
    st.error(translate("report.no_plan", ui.language(), plan=ui.escape(linked)))
    st.stop()
if linked:
    plan_id = linked
else:
    ui_access.drop_choice_outside("report_plan", plans)
    plan_id = st.selectbox(translate("ui.plan", ui.language()), list(plans),
                           format_func=ui.plan_label(plans), key="report_plan")
ui_access.stop_unless(plan_id in plans, ui.language())
plan = plans[plan_id]
lang = ui.language(plan)

st.header(translate("report.title", lang))
st.caption(ui.escape(plan.title))

choices = {c.key: c for c in report_choices(plan)}
key = st.pills(translate("report.what", lang), list(choices),
               format_func=lambda k: choices[k].label, key="report_choice")
choice = choices.get(key) if key else None

value = None
tags: list[str] = []
if choice is not None and choice.needs_number:
    if choice.is_level:
        label = translate("report.level_today", lang)
    elif choice.unit:
        label = translate("report.how_much", lang, unit=choice.unit)
    else:
        label = translate("report.how_many", lang)
    if choice.unit is None:   # whole things: members, posts, meetings
        value = st.number_input(label, value=None if choice.is_level else 1, step=1,
                                key="report_value")
    else:
        value = st.number_input(label, value=None, step=100.0, key="report_value")
    if choice.tags:
        tags = st.pills(translate("report.tags", lang), list(choice.tags),
                        selection_mode="multi", key="report_tags") or []

day = st.date_input(translate("report.day", lang), value=date.today(), format="YYYY-MM-DD",
                    key="report_day")
with st.expander(translate("report.more", lang)):
    note = st.text_area(translate("report.note", lang), key="report_note", max_chars=2000)
    name = st.text_input(translate("report.name", lang), key="report_name", max_chars=200)
    named = st.checkbox(translate("report.quote_consent", lang), key="report_quote_consent")
st.caption(translate("report.privacy", lang))

if st.button(translate("report.save", lang), type="primary", use_container_width=True,
             key="report_save"):
    if choice is None:
        st.warning(translate("report.pick_first", lang))
        st.stop()
    try:
        entry = make_entry(plan, choice, day=day, value=value,
                           tags=tuple(tags), note=note, reported_by=name)
    except InputError as error:
        for problem in error.problems:
            st.error(problem.message(lang))
        st.stop()
    uid = record_entry(ui.engine(), entry, actor=actor)
    if named and note.strip() and name.strip():
        record_quote_consent(ui.engine(), uid, True, actor=actor)
    st.success(translate("report.saved", lang))
    standing = {g.goal.id: g for g in ui.plan_status(plan.id, ui.default_as_of(plan)).goals}
    for goal in goals_moved_by(plan, entry) if actor.link_id is None else ():
        if goal.id in standing:
            ui.goal_card(plan, standing[goal.id])
