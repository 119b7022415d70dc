"""The board's meetings on Översikt: the dates "since the last meeting" counts from, which
the board adds, corrects and removes (with undo). Every write goes through
goals.services.writes, which checks the actor and leaves an audit record."""

from __future__ import annotations

from datetime import date

import streamlit as st

from goals.access.roles import Actor, Permission
from goals.domain.plan import Plan
from goals.i18n import translate
from goals.services.writes import delete_meeting, move_meeting, record_meeting
from goals.ui import access as ui_access
from goals.ui import shared as ui

_REMOVED = "_removed_meeting"


def meetings_panel(actor: Actor, plan: Plan, as_of: date, meetings: list[date],
                   lang: str) -> None:
    """The expander with the meetings; managing controls only for the board."""
    organisation = plan.organisation.id
    manages = ui_access.may(actor, Permission.MANAGE, organisation)
    with st.expander(translate("ui.meetings", lang), expanded=bool(st.session_state.get(
            _REMOVED))):
        if manages:
            _undo(actor, organisation, lang)
            _add(actor, organisation, as_of, meetings, lang)
        if not meetings:
            st.caption(translate("meetings.none", lang))
        for day in reversed(meetings):
            if manages:
                _row(actor, organisation, day, meetings, lang)
            else:
                st.markdown(ui.day(day, lang))
        st.page_link("app_pages/board_reports.py",
                     label=translate("report.ui.open_for_day", lang),
                     icon=":material/summarize:",
                     query_params={"plan": plan.id, "as_of": as_of.isoformat()})


def _add(actor: Actor, organisation: str, as_of: date, meetings: list[date],
         lang: str) -> None:
    day_column, button_column = st.columns([2, 1], vertical_alignment="bottom")
    meeting_day = day_column.date_input(translate("ui.meeting_day", lang), value=as_of,
                                        format="YYYY-MM-DD", key="meeting_day")
    if button_column.button(translate("ui.add_meeting", lang), key="add_meeting"):
        if meeting_day in meetings:
            st.warning(translate("meetings.exists", lang, day=ui.day(meeting_day, lang)))
            return
        record_meeting(ui.engine(), organisation, meeting_day, actor=actor)
        st.rerun()


def _row(actor: Actor, organisation: str, day: date, meetings: list[date],
         lang: str) -> None:
    """One meeting: its date (editable), a correction button and a removal button."""
    key = day.isoformat()
    day_column, correct_column, remove_column = st.columns(
        [2, 1, 1], vertical_alignment="bottom")
    new_day = day_column.date_input(ui.day(day, lang), value=day, format="YYYY-MM-DD",
                                    key=f"meeting_edit_{key}")
    if correct_column.button(translate("meetings.correct", lang), key=f"meeting_fix_{key}",
                             disabled=new_day == day):
        if not move_meeting(ui.engine(), organisation, day, new_day, actor=actor):
            st.warning(translate("meetings.exists", lang, day=ui.day(new_day, lang)))
            return
        st.rerun()
    if remove_column.button(translate("meetings.remove", lang), key=f"meeting_remove_{key}",
                            icon=":material/delete:"):
        delete_meeting(ui.engine(), organisation, day, actor=actor)
        st.session_state[_REMOVED] = (organisation, day)
        st.rerun()


def _undo(actor: Actor, organisation: str, lang: str) -> None:
    removed = st.session_state.get(_REMOVED)
    if not removed or removed[0] != organisation:
        return
    day = removed[1]
    text_column, undo_column = st.columns([3, 1], vertical_alignment="center")
    text_column.info(translate("meetings.removed", lang, day=ui.day(day, lang)))
    if undo_column.button(translate("meetings.undo", lang), key="meeting_undo",
                          icon=":material/undo:"):
        record_meeting(ui.engine(), organisation, day, actor=actor)
        st.session_state.pop(_REMOVED, None)
        st.rerun()
