"""Widgets for a district's coverage goals förening by förening (on Distrikt) and for the
goals a district sent, which a förening's board adopts (on Planer) through the plan import's
preview, then the import itself. All writes go through goals.services.coverage_adoption."""

from __future__ import annotations

from datetime import date

import streamlit as st

from goals.access.roles import Permission
from goals.domain.plan import Goal, Plan
from goals.i18n import translate
from goals.services import coverage_adoption as adoption
from goals.services.database import reading
from goals.ui import access as ui_access
from goals.ui.shared import _key, engine, escape


@st.cache_data(max_entries=16, show_spinner=False)
def _gaps(url: str, version: int, plan_id: str, as_of: date):
    with reading(engine()) as session:
        return {gap.goal.id: gap for gap in adoption.coverage_gaps(session, plan_id, as_of)}


def send_panel(plan: Plan, goal: Goal, as_of: date, lang: str) -> None:
    """Under a coverage goal of the district's own plan: each förening and where it stands,
    and (for those who manage the district) sending the goal to one that lacks it."""
    gap = _gaps(*_key(), plan.id, as_of).get(goal.id)
    if gap is None:
        return
    with st.expander(translate("adopt.title", lang)):
        for unit in gap.units:
            st.markdown(f"- {escape(unit.name)}: "
                        f"{translate(f'adopt.state.{unit.state}', lang)}")
        actor = ui_access.actor()
        if not ui_access.may(actor, Permission.MANAGE, plan.organisation.id):
            return
        missing = {u.plan_id: u.name for u in gap.missing}
        if not missing:
            st.caption(translate("adopt.none_missing", lang))
            return
        target = st.selectbox(translate("adopt.pick", lang), list(missing),
                              format_func=lambda p: missing[p], key=f"adopt_to_{goal.id}")
        if st.button(translate("adopt.send", lang), key=f"adopt_send_{goal.id}"):
            try:
                adoption.send_goal(engine(), plan.id, goal.id, target, actor=actor, lang=lang)
            except ValueError:
                st.info(translate("adopt.already_sent", lang))
            else:
                st.success(translate("adopt.sent_proposal", lang, name=missing[target]))


def proposals_panel(lang: str) -> None:
    """On Planer: the goals districts sent to the plans this actor manages."""
    actor = ui_access.actor()
    with reading(engine()) as session:
        proposals = [p for p in adoption.pending_proposals(session, None)
                     if ui_access.may(actor, Permission.MANAGE, p.organisation_id)]
    if not proposals:
        return
    st.subheader(translate("adopt.proposals", lang))
    for proposal in proposals:
        with st.container(border=True):
            st.markdown(translate("adopt.proposal", lang, plan=escape(proposal.plan_id),
                                  goal=escape(proposal.goal["text"]),
                                  section=escape(proposal.section)))
            preview = adoption.adopt_proposal(engine(), proposal.pk, actor=actor)
            if preview.problems:
                st.error("; ".join(p.message(lang) for p in preview.problems))
                continue
            change = preview.plan_change
            st.caption(translate("adopt.preview_text", lang, plan=escape(proposal.plan_id),
                                 goal=escape(", ".join(change.added) if change else ""),
                                 section=escape(proposal.section)))
            adopt, decline = st.columns(2)
            if adopt.button(translate("adopt.adopt", lang), type="primary",
                            key=f"adopt_{proposal.pk}"):
                result = adoption.adopt_proposal(engine(), proposal.pk, actor=actor,
                                                 dry_run=False)
                if result.ok:
                    st.success(translate("adopt.sent", lang, plan=escape(proposal.plan_id)))
            if decline.button(translate("adopt.decline", lang), key=f"decline_{proposal.pk}"):
                adoption.decline_proposal(engine(), proposal.pk, actor=actor)
                st.rerun()
