"""Distrikt: all föreningar side by side, the common goals as a heatmap and a ranking, the
district's own plans with who is still missing, and downloads of the comparison."""

from __future__ import annotations

from datetime import date
from functools import partial

import pandas as pd
import streamlit as st

from goals.access.roles import Permission
from goals.i18n import translate
from goals.io.export import table_to_csv, table_to_xlsx
from goals.ui import access as ui_access
from goals.ui import shared as ui
from goals.views import charts
from goals.views.district import by_need, support_rows

lang = ui.language()
st.header(translate("district.title", lang))
actor = ui_access.actor()
choices = [(district_id, name) for district_id, name in ui.district_list()
           if ui_access.may(actor, Permission.READ, district_id)]
if not choices:
    st.info(translate("district.none", lang))
    st.stop()
names = dict(choices)
linked = st.query_params.get("district")
ui_access.drop_choice_outside("district_pick", names)
district_id = st.selectbox(translate("district.pick", lang), list(names),
                           index=list(names).index(linked) if linked in names else 0,
                           format_func=names.get, key="district_pick")

children = [p for p in ui.plans().values() if p.organisation.parent == district_id]
latest = max(children, key=lambda p: p.period_start) if children else None
default_start = latest.period_start if latest else date(date.today().year, 1, 1)
default_end = latest.period_end if latest else date(date.today().year, 12, 31)
start_column, end_column, as_of_column = st.columns(3)
start = start_column.date_input(translate("district.start", lang), value=default_start,
                                format="YYYY-MM-DD", key="district_start")
end = end_column.date_input(translate("district.end", lang), value=default_end,
                            format="YYYY-MM-DD", key="district_end")
as_of = as_of_column.date_input(translate("ui.as_of", lang),
                                value=min(max(date.today(), start), end),
                                format="YYYY-MM-DD", key="district_as_of")
view = ui.district(district_id, start, end, as_of)

if view.units:
    with_plan, silent, no_plan = view.unit_counts()
    st.markdown(f"**{len(view.units)}** {translate('district.units', lang).lower()} · "
                f"{with_plan} {translate('district.with_plan', lang)} · "
                f":orange[{silent} {translate('district.silent', lang)}] · "
                f":red[{no_plan} {translate('district.no_plan', lang)}]")

    support_column, heat_column = st.columns([3, 2])
    with support_column:
        st.markdown(f"**{translate('district.need_support', lang)}**")
        only_warnings = st.toggle(translate("district.only_warnings", lang),
                                  key="district_warnings")
        first = support_rows([u for u in view.units if u.warning or not only_warnings], lang)
        reason_column = translate("district.col_reason", lang)
        open_column = translate("district.col_open", lang)
        table = pd.DataFrame([{**{k: v for k, v in row.items() if k != "plan"},
                               open_column: f"./?plan={row['plan']}" if row["plan"] else ""}
                              for row in first])
        good_column = translate("district.col_good", lang)
        st.dataframe(table, hide_index=True, key="district_table", column_config={
            open_column: st.column_config.LinkColumn(open_column, display_text="→",
                                                     width="small"),
            translate("district.col_unit", lang): st.column_config.TextColumn(width=180),
            reason_column: st.column_config.TextColumn(reason_column, width=170),
            good_column: st.column_config.ProgressColumn(good_column, min_value=0, width="small",
                                                         max_value=1, format="percent")})
    metrics = view.common_metrics()
    ordered = by_need(view.units)
    if metrics:
        with heat_column:
            st.markdown(f"**{translate('district.common', lang)}**")
            with_goals = [u for u in ordered if u.common]
            st.plotly_chart(charts.heatmap_figure(
                [u.name for u in with_goals], [view.label(m, lang) for m in metrics],
                [[None if (g := u.common.get(m)) is None or g.progress is None
                  else float(g.progress) for m in metrics] for u in with_goals]),
                config=ui.plotly_config(lang))

    rows = ui.comparison(view, lang)
    with st.expander(translate("district.all_columns", lang)):
        percent_columns = [translate("district.col_good", lang),
                           translate("district.col_members", lang),
                           *(view.label(m, lang) for m in view.common_metrics())]
        st.dataframe(pd.DataFrame(rows), hide_index=True, key="district_full",
                     column_config={c: st.column_config.ProgressColumn(
                         c, min_value=0, max_value=1, format="percent")
                         for c in percent_columns})
    download_csv, download_xlsx = st.columns(2)
    download_csv.download_button(translate("district.download_csv", lang),
                                 partial(table_to_csv, rows), file_name=f"{district_id}.csv",
                                 mime="text/csv",
                                 key="district_csv")
    download_xlsx.download_button(
        translate("district.download_xlsx", lang), partial(table_to_xlsx, rows, "jamforelse"),
        file_name=f"{district_id}.xlsx", key="district_xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

    if metrics:
        st.subheader(translate("district.ranking", lang))
        metric = st.selectbox(translate("goal.pick", lang), metrics,
                              format_func=lambda m: view.label(m, lang), key="district_metric")
        ranked = [u for u in view.units
                  if metric in u.common and u.common[metric].progress is not None]
        unit = view.unit_of(metric)
        total = ui.formatting.amount(view.total(metric), unit, lang)
        st.plotly_chart(charts.ranking_figure(
            [u.name for u in ranked], [float(u.common[metric].progress) for u in ranked],
            translate("district.ranking_behind", lang, metric=view.label(metric, lang))
            + " · " + translate("district.total", lang, total=total),
            furthest_behind_first=True), config=ui.plotly_config(lang))

if view.own_plans:
    st.subheader(translate("district.own", lang))
    for plan_status in view.own_plans:
        st.markdown(f"**{ui.escape(plan_status.plan.title)}**")
        for goal_status in plan_status.goals:
            ui.goal_card(plan_status.plan, goal_status)
            missing = view.missing.get((plan_status.plan.id, goal_status.goal.id))
            if missing is not None:
                st.caption(translate("district.missing", lang,
                                     names=", ".join(ui.escape(n) for n in missing))
                           if missing else translate("district.none_missing", lang))
            if goal_status.goal.kind == "coverage":
                from goals.ui.coverage_adoption import send_panel

                send_panel(plan_status.plan, goal_status.goal, as_of, lang)

own_plans = [p for p in ui.plans().values() if p.organisation.id == district_id]
campaign_views = ui.campaign_list([p.id for p in own_plans], as_of)
if campaign_views:
    st.subheader(translate("district.campaigns", lang))
    unit_names = {u.organisation_id: u.name for u in view.units}
    for campaign in campaign_views:
        plan = ui.plans()[campaign.plan_id]
        st.markdown(f"**{ui.escape(plan.title)}**")
        labels = {m: plan.metrics[m].label if m in plan.metrics else m for m in campaign.metrics}
        table = pd.DataFrame([{translate("district.col_unit", lang): unit_names.get(u, u),
                               **{labels[m]: values.get(m, 0.0) for m in campaign.metrics}}
                              for u, values in sorted(campaign.by_unit.items())])
        total_row = {translate("district.col_unit", lang): translate("district.all", lang),
                     **{labels[m]: campaign.total(m) for m in campaign.metrics}}
        st.dataframe(pd.concat([table, pd.DataFrame([total_row])]), hide_index=True)
        metric = st.selectbox(translate("goal.pick", lang), campaign.metrics,
                              format_func=labels.get, key=f"campaign_{campaign.plan_id}")
        st.plotly_chart(charts.localised(charts.campaign_figure(campaign.by_day, metric,
                                                                unit_names), lang),
                        config=ui.plotly_config(lang))
