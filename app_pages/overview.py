"""Översikt: a plan's goals, grouped by its sections, and where each stands."""

from __future__ import annotations

import streamlit as st

from goals import ui
from goals.i18n import translate
from goals.plan import STATUSES

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
            ui.goal_card(goal_status, lang)
