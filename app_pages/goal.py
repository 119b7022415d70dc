"""Mål: one goal, the chart that fits its kind, the forecast, and its reports.

Opened from the overview, or directly with `?plan=…&goal=…`.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from goals.access.roles import AccessDenied, Permission
from goals.domain import timeline
from goals.i18n import translate
from goals.services.writes import correct_entry, delete_entries, restore_entries
from goals.ui import access as ui_access
from goals.ui import confidence as ui_confidence
from goals.ui import shared as ui
from goals.ui.plan_picker import pick_day, pick_plan
from goals.views import charts

actor = ui_access.actor()
plans = ui_access.plans_for(actor)
ui_access.stop_unless(bool(plans), ui.language())
plan_column, day_column = st.columns([3, 1], vertical_alignment="bottom")
plan_id = pick_plan(plans, ui.language(), plan_column)
plan = plans[plan_id]
may_manage = ui_access.may(actor, Permission.MANAGE, plan.organisation.id)
lang = ui.language(plan)
as_of = pick_day(plan, lang, day_column)
goal_ids = [g.id for g in plan.goals]
wanted = st.query_params.get("goal")
if wanted and wanted not in goal_ids:
    st.warning(translate("goal.unknown", lang, goal=ui.escape(wanted)) + " "
               + translate("goal.pick_another", lang))
if st.session_state.get("goal_pick") not in goal_ids or (
        wanted in goal_ids and st.session_state.get("_goal_seen") != (plan_id, wanted)):
    st.session_state["goal_pick"] = wanted if wanted in goal_ids else goal_ids[0]
goal_id = st.selectbox(translate("goal.pick", lang), goal_ids, key="goal_pick",
                       format_func=lambda gid: plan.goal(gid).text)
st.session_state["_goal_seen"] = (plan_id, goal_id)
st.query_params["goal"] = goal_id
status = next(g for g in ui.plan_status(plan_id, as_of).goals if g.goal.id == goal_id)
goal = status.goal
entries = ui.entries(plan_id)
labels = {key: translate(f"goal.{key}", lang) for key in
          ("actual", "expected", "target", "forecast", "checkpoints")}
labels |= {"done": translate("goal.done_steps", lang), "open": translate("goal.open_steps", lang)}
labels |= {key: translate(f"goal.level.{key}", lang) for key in ("commit", "stretch")}
levels = charts.chart_levels(status)

st.caption(f"{ui.escape(plan.title)} · {ui.escape(goal.section)}")
ui.goal_card(plan, status)


def _show(figure) -> None:
    """A chart with months and plotly's own words in the chosen language."""
    st.plotly_chart(charts.localised(figure, lang), config=ui.plotly_config(lang))


def _chart() -> None:
    """The chart that fits the goal's kind."""
    if goal.kind == "rate":
        units = timeline.unit_sums(goal, entries, as_of)
        _show(charts.rate_figure(units, float(goal.target or 1), labels, levels))
    elif goal.kind == "share":
        points = timeline.share_over_time(goal, entries, as_of)
        _show(charts.share_figure(points, float(goal.target or 1), labels, levels))
    elif goal.kind == "milestone":
        steps = timeline.milestone_steps(goal, entries, as_of)
        _show(charts.steps_figure(steps, goal.window_start, goal.window_end, labels))
    elif goal.kind in ("total", "increase") and status.target is not None:
        _progress_chart()


def _progress_chart() -> None:
    metric = plan.metrics[goal.metric or ""]
    level = goal.kind == "increase" and metric.type == "level"
    actual = (timeline.snapshots(goal, entries, as_of) if level
              else timeline.cumulative(goal, entries, as_of))
    start = float(status.baseline or 0) if level else 0.0
    target = float(status.target)
    expected = timeline.expected_line(goal, start, target)
    checkpoints = timeline.checkpoint_points(goal, start, target)
    forecast = timeline.forecast(plan, status, as_of)
    end = None
    if forecast is not None:
        end = timeline.forecast_point(goal, start, target, forecast)
        st.markdown(translate("goal.forecast_line", lang,
                              share=ui.percent(forecast.at_deadline, lang),
                              deadline=ui.day(goal.window_end, lang)) + " "
                    + translate("goal.needed_line", lang,
                                amount=f"{ui.number(round(forecast.needed_per_month), lang)}"
                                f" {metric.unit or ''}".strip()))
    _show(charts.progress_figure(actual, expected, target, labels, end, checkpoints, levels))


_chart()
ui_confidence.check_in(plan, goal_id, as_of, actor, may_manage)

st.subheader(translate("goal.entries", lang))
own = timeline.counted(goal, entries, max(as_of, goal.window_end))
undo = st.session_state.get("undo_deleted")
if undo and may_manage and st.button(translate("goal.undo", lang, count=len(undo)),
                                     key="undo_delete"):
    st.session_state.pop("undo_deleted")
    try:   # the ids come from session state: refuse plainly what is not the actor's
        restore_entries(ui.engine(), undo, actor=actor)
    except AccessDenied:
        st.warning(translate("access.no_access", lang))
    else:
        st.rerun()
if not own:
    st.caption(translate("goal.no_entries", lang))
else:
    columns = {"date": translate("col.date", lang), "value": translate("col.value", lang),
               "step": translate("col.step", lang), "tags": translate("col.tags", lang),
               "note": translate("col.note", lang),
               "reported_by": translate("col.reported_by", lang),
               "delete": translate("col.delete", lang)}
    original = pd.DataFrame([{
        "id": e.id, "date": e.date, "value": e.value, "step": e.step,
        "tags": ", ".join(e.tags), "note": e.note or "", "reported_by": e.reported_by or "",
        "delete": False} for e in reversed(own)]).set_index("id")
    if goal.kind == "milestone":
        original = original.drop(columns=["value", "tags"])
    else:
        original = original.drop(columns=["step"])
    if not may_manage:
        st.dataframe(original.drop(columns=["delete"]), hide_index=True,
                     column_config={name: label for name, label in columns.items()
                                    if name in original.columns})
        st.stop()
    edited = st.data_editor(
        original, key="entries_editor", hide_index=True,
        disabled=[c for c in ("step", "tags", "reported_by") if c in original.columns],
        column_config={name: label for name, label in columns.items()
                       if name in original.columns})
    if st.button(translate("goal.save_changes", lang), key="save_entries"):
        deleted = [uid for uid, row in edited.iterrows() if row["delete"]]
        for uid, row in edited.iterrows():
            before = original.loc[uid]
            if row["delete"] or all(row.get(c) == before.get(c)
                                    for c in ("date", "value", "note")):
                continue
            correct_entry(ui.engine(), uid, day=row["date"], value=row.get("value"),
                          note=row["note"] or None, actor=actor)
        if deleted:
            delete_entries(ui.engine(), deleted, actor=actor)
            st.session_state["undo_deleted"] = deleted
        st.rerun()
