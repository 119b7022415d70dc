"""Översikt: a plan's goals, grouped by its sections, and where each stands."""

from __future__ import annotations

import streamlit as st

from goals.access.roles import Permission
from goals.domain.changes import entries_between, previous_meeting, status_changes
from goals.domain.plan import STATUSES
from goals.domain.progress import is_stale
from goals.i18n import translate
from goals.services.writes import record_meeting
from goals.ui import access as ui_access
from goals.ui import confidence as ui_confidence
from goals.ui import shared as ui
from goals.views.confidence import confidence_badge

actor = ui_access.actor()
plans = ui_access.plans_for(actor)
if not ui.plans():
    st.info(translate("ui.no_plans"))
    st.stop()
ui_access.stop_unless(bool(plans), ui.language())

linked = st.query_params.get("plan")
ui_access.drop_choice_outside("plan", plans)
plan_id = st.selectbox(translate("ui.plan", ui.language()), list(plans),
                       index=list(plans).index(linked) if linked in plans else 0,
                       format_func=ui.plan_label(plans), key="plan")
ui_access.stop_unless(plan_id in plans, ui.language())
plan = plans[plan_id]
lang = ui.language(plan)
as_of = st.date_input(translate("ui.as_of", lang), key="as_of", format="YYYY-MM-DD",
                      value=ui.parse_day(st.query_params.get("as_of")) or ui.default_as_of(plan))
result = ui.plan_status(plan_id, as_of)

st.title(ui.escape(plan.title))
st.caption(f"{ui.escape(plan.organisation.name)} · {ui.day(plan.period_start, lang)} – "
           f"{ui.day(plan.period_end, lang)}")

meetings = ui.meetings(plan.organisation.id)
with st.expander(translate("ui.meetings", lang)):
    if ui_access.may(actor, Permission.MANAGE, plan.organisation.id):
        meeting_day = st.date_input(translate("ui.meeting_day", lang), value=as_of,
                                    format="YYYY-MM-DD", key="meeting_day")
        if st.button(translate("ui.add_meeting", lang), key="add_meeting"):
            record_meeting(ui.engine(), plan.organisation.id, meeting_day, actor=actor)
            st.rerun()
    if meetings:
        st.caption(" · ".join(ui.day(day, lang) for day in meetings))
    st.page_link("app_pages/board_reports.py", label=translate("report.ui.open_for_day", lang),
                 icon=":material/summarize:",
                 query_params={"plan": plan_id, "as_of": as_of.isoformat()})
since = previous_meeting(meetings, as_of)
if since is not None:
    changed = status_changes(ui.plan_status(plan_id, since), result)
    new_entries = entries_between(ui.entries(plan_id), since, as_of)
    with st.container(border=True):
        st.markdown(translate("ui.since_meeting", lang, day=ui.day(since, lang),
                              count=len(new_entries), changed=len(changed)))
        for change in changed:
            arrow = ":green[▲]" if change.improved else ":red[▼]"
            st.markdown(f"{arrow} {ui.escape(change.text)}: "
                        f"{ui.status_label(change.before, lang)} → "
                        f"{ui.status_label(change.after, lang)}")

counts = result.counts()
present = [status for status in STATUSES if counts[status]]
shown = st.pills(translate("ui.filter_status", lang), present, selection_mode="multi",
                 format_func=lambda s: f"{counts[s]} {translate(f'status.{s}', lang)}",
                 key="status_filter") or present
sections = [s.title for s in plan.sections]
section_choice = st.selectbox(translate("ui.filter_section", lang), [None, *sections],
                              format_func=lambda s: translate("ui.all_sections", lang)
                              if s is None else s, key="section_filter")

confidence = ui_confidence.latest(plan_id, as_of)
for section in plan.sections:
    if section_choice not in (None, section.title):
        continue
    goals = [g for g in result.goals
             if g.goal.section == section.title and g.status in shown]
    if not goals:
        continue
    st.subheader(ui.escape(section.title))
    for goal_status in goals:
        ui.goal_card(plan, goal_status, stale=is_stale(goal_status, as_of), link=True,
                     as_of=as_of, badge=confidence_badge(confidence.get(goal_status.goal.id),
                                                         lang))
