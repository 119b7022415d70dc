"""Rapportera: a member reports what they did, from a phone, in two taps.

Open it for one plan from a link (`?plan=v-vallentuna-2021`, for an SMS to all members),
or through a förening's report link (`?link=TOKEN`), which lets anyone who has it report for
that förening and nothing else.
"""

from __future__ import annotations

import streamlit as st

from goals.access.roles import Permission
from goals.domain.entries import Entry
from goals.domain.problems import InputError
from goals.i18n import translate
from goals.services.confidence import record_confidence
from goals.services.writes import record_entry
from goals.services.year_report_texts import record_quote_consent
from goals.ui import access as ui_access
from goals.ui import shared as ui
from goals.ui.plan_picker import pick_plan
from goals.views.member_report import (
    ReportChoice,
    entry_summary,
    first_choices,
    goals_moved_by,
    make_entry,
    same_report,
    step_choices,
)

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
plan_id = pick_plan(plans, ui.language())
plan = plans[plan_id]
lang = ui.language(plan)
# After a save the form starts again empty: its widgets get new keys (popping the old
# keys' state leaves the browser showing the old selection).
GENERATION = st.session_state.get("_report_generation", 0)


def form_key(name: str) -> str:
    return name if GENERATION == 0 else f"{name}_{GENERATION}"


st.header(translate("nav.report", lang))
saved = st.session_state.get("_report_saved_text")
if saved:
    st.success(translate("report.saved_what", lang, summary=ui.escape(saved)))

choices = {c.key: c for c in first_choices(plan)}
key = st.pills(translate("report.what", lang), list(choices),
               format_func=lambda k: choices[k].label, key=form_key("report_choice"))
choice = choices.get(key) if key else None
if choice is not None and choice.milestone is not None and plan.goal(choice.milestone).steps:
    steps = {c.key: c for c in step_choices(plan, choice.milestone)}
    step_key = st.radio(translate("report.which_step", lang), list(steps), index=None,
                        format_func=lambda k: steps[k].label, key=form_key("report_step"))
    choice = steps.get(step_key) if step_key else None
    if choice is None:
        choice = "step_needed"

value = None
number_text = None
tags: list[str] = []
if isinstance(choice, ReportChoice) and choice.needs_number:
    if choice.is_level:
        label = translate("report.level_today", lang)
    elif choice.unit:
        label = translate("report.how_much", lang, unit=choice.unit)
    else:
        label = translate("report.how_many", lang)
    if choice.unit is None:   # whole things: members, posts, meetings
        value = st.number_input(label, value=None if choice.is_level else 1, step=1,
                                key=form_key("report_value"))
    else:
        value = st.number_input(label, value=None, step=100.0, key=form_key("report_value"))
    if choice.tags:
        tags = st.pills(translate("report.tags", lang), list(choice.tags),
                        selection_mode="multi", key=form_key("report_tags")) or []
    number_text = None if value is None else ui.number(value, lang)

day = st.date_input(translate("report.day", lang), value=ui.default_as_of(plan),
                    format="YYYY-MM-DD", key=form_key("report_day"))
with st.expander(translate("report.more", lang)):
    note = st.text_area(translate("report.note", lang), key=form_key("report_note"), max_chars=2000)
    name = st.text_input(translate("report.name", lang), key="report_name", max_chars=200)
    named = st.checkbox(translate("report.quote_consent", lang), key="report_quote_consent")
    # A board member may mark, with the report, how sure the board is that the goals the
    # report counts for will be reached (issue 18); members never see it.
    may_mark = actor.link_id is None and ui_access.may(actor, Permission.MANAGE,
                                                       plan.organisation.id)
    mark = st.select_slider(translate("confidence.with_report", lang),
                            options=[None, *range(1, 11)], key=form_key("report_confidence"),
                            format_func=lambda m: translate("confidence.no_mark", lang)
                            if m is None else str(m)) if may_mark else None
st.caption(translate("report.privacy", lang))

summary = None
if isinstance(choice, ReportChoice):
    summary = entry_summary(Entry(date=day, plan=plan.id, tags=tuple(tags)),
                            choices[key].label if choice.step is None
                            else f"{choices[key].label} – {choice.label}",
                            ui.day(day, lang), number_text)
summary_column, button_column = st.columns([2, 1], vertical_alignment="center")
if summary:
    summary_column.markdown(translate("report.will_save", lang,
                                      summary=f"**{ui.escape(summary)}**"))
pressed = button_column.button(translate("report.save", lang), type="primary",
                               use_container_width=True, key="report_save")
confirming = bool(st.session_state.get("_report_confirm"))
again = confirming and st.button(translate("report.save_again", lang), key="report_save_again")
if pressed or again:
    st.session_state.pop("_report_saved_text", None)
    if choice is None:
        st.warning(translate("report.pick_first", lang))
        st.stop()
    if choice == "step_needed":
        st.warning(translate("report.pick_step", lang))
        st.stop()
    if not plan.period_start <= day <= plan.period_end:
        st.error(translate("report.outside_period", lang, day=ui.day(day, lang),
                           start=ui.day(plan.period_start, lang),
                           end=ui.day(plan.period_end, lang)))
        st.stop()
    try:
        entry = make_entry(plan, choice, day=day, value=value,
                           tags=tuple(tags), note=note, reported_by=name)
    except InputError as error:
        for problem in error.problems:
            st.error(problem.message(lang))
        st.stop()
    if same_report(st.session_state.get("_report_last"), entry) and not again:
        st.session_state["_report_confirm"] = True
        st.warning(translate("report.same_again", lang))
        if not confirming:
            st.button(translate("report.save_again", lang), key="report_save_again")
        st.stop()
    uid = record_entry(ui.engine(), entry, actor=actor)
    if named and note.strip() and name.strip():
        record_quote_consent(ui.engine(), uid, True, actor=actor)
    for goal in goals_moved_by(plan, entry) if mark is not None else ():
        record_confidence(ui.engine(), plan.id, goal.id, int(mark), entry.date, actor=actor,
                          entry_uid=uid)
    st.session_state.pop("_report_confirm", None)
    st.session_state["_report_last"] = entry
    st.session_state["_report_saved_text"] = summary
    st.session_state["_report_moved"] = [g.id for g in goals_moved_by(plan, entry)]
    st.session_state["_report_generation"] = GENERATION + 1
    st.rerun()

if saved and actor.link_id is None:
    standing = {g.goal.id: g for g in ui.plan_status(plan.id, ui.default_as_of(plan)).goals}
    for goal_id in st.session_state.get("_report_moved", ()):
        if goal_id in standing:
            ui.goal_card(plan, standing[goal_id])
