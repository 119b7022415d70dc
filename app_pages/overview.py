"""Översikt: the board's meeting in one screen. First what is done, on track, behind and at
risk, every goal behind or at risk by name with its figure, and one chart of all goals
against the expected pace; then every goal's card (most urgent first, or the plan's order);
then the board's meetings. The words, order and chart come from goals.views.overview."""

from __future__ import annotations

import streamlit as st

from goals.domain.changes import entries_between, previous_meeting, status_changes
from goals.domain.progress import is_stale
from goals.i18n import translate
from goals.ui import access as ui_access
from goals.ui import confidence as ui_confidence
from goals.ui import meetings as ui_meetings
from goals.ui import shared as ui
from goals.ui.plan_picker import pick_day, pick_plan
from goals.views.confidence import confidence_badge
from goals.views.overview import ORDERS, overview, progress_chart

actor = ui_access.actor()
plans = ui_access.plans_for(actor)
if not ui.plans():
    st.info(translate("ui.no_plans"))
    st.stop()
ui_access.stop_unless(bool(plans), ui.language())

picker_column, day_column = st.columns([3, 1], vertical_alignment="bottom")
plan_id = pick_plan(plans, ui.language(), picker_column)
plan = plans[plan_id]
lang = ui.language(plan)
as_of = pick_day(plan, lang, day_column)
result = ui.plan_status(plan_id, as_of)
order = st.session_state.get("overview_order", "urgency")
model = overview(result, lang, order if order in ORDERS else "urgency")

attention_column, chart_column = st.columns([3, 2])
chart_column.caption(f"{ui.escape(plan.title)} · {ui.escape(plan.organisation.name)} · "
                     f"{ui.day(plan.period_start, lang)} – {ui.day(plan.period_end, lang)}")
with attention_column:
    st.markdown(f"#### {translate('overview.attention', lang)}: " + " · ".join(
        f":{ui.STATUS_COLOURS[status]}[{count} {translate(f'status.{status}', lang)}]"
        for status, count in model.headline))
    st.markdown("\n".join(
        f"- {ui.status_label(line.status, lang)} :small[{ui.escape(line.text)} "
        f":gray[{ui.escape(line.figure)}]]" for line in model.attention)
        or translate("overview.attention_none", lang))
chart_column.plotly_chart(progress_chart(result, lang), key="overview_chart",
                          config=ui.plotly_config(lang))

meetings = ui.meetings(plan.organisation.id)
since = previous_meeting(meetings, as_of)
if since is not None:
    changed = status_changes(ui.plan_status(plan_id, since), result)
    new_entries = entries_between(ui.entries(plan_id), since, as_of)
    with st.container(border=True):   # one element: a phone shows it without gaps
        st.markdown("\n".join([
            translate("ui.since_meeting", lang, day=ui.day(since, lang),
                      count=len(new_entries), changed=len(changed)) + "\n",
            *(f"- {':green[▲]' if change.improved else ':red[▼]'} "
              f"{ui.escape(change.text)}: {ui.status_label(change.before, lang)} → "
              f"{ui.status_label(change.after, lang)}" for change in changed)]))

st.subheader(translate("overview.all_goals", lang))
order_column, status_column, section_column = st.columns([1, 2, 1])
order_column.radio(translate("overview.order", lang), ORDERS, key="overview_order",
                   format_func=lambda o: translate(f"overview.order.{o}", lang))
present = [s for s in ("at_risk", "behind", "missed", "no_data", "on_track", "done")
           if model.counts[s]]
with status_column:
    shown = st.pills(translate("ui.filter_status", lang), present, selection_mode="multi",
                     format_func=lambda s: f"{model.counts[s]} {translate(f'status.{s}', lang)}",
                     key="status_filter") or present
sections = [s.title for s in plan.sections]
section_choice = section_column.selectbox(
    translate("ui.filter_section", lang), [None, *sections], key="section_filter",
    format_func=lambda s: translate("ui.all_sections", lang) if s is None else s)

confidence = ui_confidence.latest(plan_id, as_of)
current_section = None
for goal_status in model.goals:
    section = goal_status.goal.section
    if goal_status.status not in shown or section_choice not in (None, section):
        continue
    if order == "plan" and section != current_section:
        st.markdown(f"##### {ui.escape(section)}")
        current_section = section
    ui.goal_card(plan, goal_status, stale=is_stale(goal_status, as_of), link=True,
                 as_of=as_of, section=None if order == "plan" else section, bar=False,
                 badge=confidence_badge(confidence.get(goal_status.goal.id), lang))

ui_meetings.meetings_panel(actor, plan, as_of, meetings, lang)
