"""Confidence on the pages: the marks of a plan (cached on the data version, like every
accessor), the small check-in widget of the goal page and its trend chart."""

from __future__ import annotations

from datetime import date

import streamlit as st

from goals.access.roles import Actor
from goals.domain.confidence import Mark
from goals.domain.plan import Plan
from goals.i18n import translate
from goals.services.confidence import BadMark, plan_marks, record_confidence
from goals.ui import shared as ui
from goals.views.confidence import Latest, latest_by_goal, trend_figure


@st.cache_data(max_entries=64, show_spinner=False)
def _marks(url: str, version: int, plan_id: str) -> list[Mark]:
    return plan_marks(ui.engine(), plan_id)


def marks(plan_id: str, until: date | None = None) -> list[Mark]:
    """The plan's marks up to `until`, oldest first, cached until the next write."""
    found = _marks(*ui._key(), plan_id)
    return [m for m in found if until is None or m.day <= until]


def latest(plan_id: str, as_of: date) -> dict[str, Latest]:
    """Each goal's latest mark on `as_of` (for Översikt's badges)."""
    return latest_by_goal(marks(plan_id, as_of))


def check_in(plan: Plan, goal_id: str, as_of: date, actor: Actor, may_mark: bool) -> None:
    """The goal page's widget: the trend, and for the board a 1-10 slider and a button."""
    lang = ui.language(plan)
    own = [m for m in marks(plan.id, as_of) if m.goal_id == goal_id]
    st.subheader(translate("confidence.heading", lang))
    if own:
        st.plotly_chart(trend_figure(own, translate("confidence.axis", lang)))
    else:
        st.caption(translate("confidence.none", lang))
    if not may_mark:
        return
    mark = st.slider(translate("confidence.label", lang), 1, 10,
                     value=own[-1].mark if own else 5, key="confidence_mark")
    if st.button(translate("confidence.save", lang), key="confidence_save"):
        try:
            record_confidence(ui.engine(), plan.id, goal_id, int(mark), min(as_of, date.today()),
                              actor=actor)
        except BadMark as problem:
            st.error(translate(problem.key, lang, **problem.params))
            return
        st.success(translate("confidence.saved", lang, mark=mark))
        st.rerun()
