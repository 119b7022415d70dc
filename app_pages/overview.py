"""Översikt: a plan's goals, grouped by its sections, and where each stands."""

from __future__ import annotations

import streamlit as st

from goals import ui
from goals.i18n import translate
from goals.plan import STATUSES
from goals.progress import GoalStatus


def goal_card(goal_status: GoalStatus, lang: str) -> None:
    """One goal: the plan's own words, its status, and a bar of progress against target."""
    with st.container(border=True):
        text_column, status_column = st.columns([4, 1])
        text_column.markdown(ui.escape(goal_status.goal.text))
        status_column.markdown(ui.status_label(goal_status.status, lang))
        progress = float(goal_status.progress or 0)
        line = translate("ui.progress_line", lang,
                         actual=ui.number(_maybe(goal_status.actual), lang),
                         target=ui.number(_maybe(goal_status.target), lang),
                         progress=ui.percent(_maybe(goal_status.progress), lang),
                         expected=ui.percent(float(goal_status.expected), lang))
        st.progress(max(0.0, min(progress, 1.0)), text=line)
        last = goal_status.facts.last_reported
        st.caption(translate("ui.last_reported", lang, day=last.isoformat()) if last
                   else translate("ui.never_reported", lang))


def _maybe(value) -> float | None:
    return None if value is None else float(value)


plans = ui.plans()
if not plans:
    st.info(translate("ui.no_plans"))
    st.stop()

plan_id = st.selectbox(translate("ui.plan"), list(plans),
                       format_func=lambda pid: plans[pid].title, key="plan")
plan = plans[plan_id]
lang = plan.language
as_of = st.date_input(translate("ui.as_of", lang), value=ui.default_as_of(plan), key="as_of",
                      format="YYYY-MM-DD")
result = ui.statuses(as_of)[plan_id]

st.title(ui.escape(plan.title))
st.caption(f"{ui.escape(plan.organisation.name)} · {plan.period_start} – {plan.period_end}")

counts = result.counts()
st.markdown(" ".join(f"{ui.status_label(status, lang, counts[status])}"
                     for status in STATUSES if counts[status]))

for section in plan.sections:
    st.subheader(ui.escape(section.title))
    for goal_status in result.goals:
        if goal_status.goal.section == section.title:
            goal_card(goal_status, lang)
