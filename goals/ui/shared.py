"""The Streamlit side of the package: cached accessors and small display helpers.

Pages call these instead of the store. Cached data is keyed on the database's data version
(bumped by every write), so an entry saved through one app server is seen by every other
server on its next rerun; nothing lives only in one process.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import unquote

import streamlit as st

from goals import config as settings
from goals.domain.entries import Entry
from goals.domain.plan import Plan
from goals.domain.progress import GoalStatus
from goals.i18n import translate
from goals.services.bootstrap import seed_if_empty
from goals.services.database import Engine, data_version, engine_for, meeting_days, reading
from goals.services.database import entries as list_entries
from goals.services.database import plans as load_plans
from goals.services.district import (
    DistrictView,
    campaigns,
    comparison_rows,
    district_view,
    districts,
)
from goals.services.status import PlanStatus, plan_statuses
from goals.views import formatting

PLAN_COOKIE = "goals_plan"   # the plan last used in this browser (an id, nothing personal)
STATUS_COLOURS = {"done": "blue", "on_track": "green", "behind": "orange", "at_risk": "red",
                  "missed": "gray", "no_data": "gray"}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>:$])")


@st.cache_resource
def _engine(url: str) -> Engine:
    shared = engine_for(url)
    seed_if_empty(shared)
    return shared


def engine() -> Engine:
    """One engine per database per server process; the first start fills an empty one."""
    return _engine(settings.database_url())


def _key() -> tuple[str, int]:
    """Cache key of every accessor: the database and its data version."""
    return settings.database_url(), current_version()


def current_version() -> int:
    with reading(engine()) as session:
        return data_version(session)


# A resource, not data: the plans are frozen dataclasses, so every caller may share one copy.
# st.cache_data would unpickle every plan of the party on each call, and a page calls this
# once per access check (3 000 plans: seconds per rerun).
@st.cache_resource(max_entries=4, show_spinner=False)
def _plans(url: str, version: int) -> dict[str, Plan]:
    with reading(engine()) as session:
        return load_plans(session)


@st.cache_data(max_entries=256, show_spinner=False)
def _plan_status(url: str, version: int, plan_id: str, as_of: date) -> PlanStatus:
    with reading(engine()) as session:
        return plan_statuses(session, as_of, [plan_id])[plan_id]


def plan_status(plan_id: str, as_of: date) -> PlanStatus:
    """One plan's standing: reads that plan (and the plans below it, for coverage goals)
    only, so a förening's page costs the same in a party of 3 000 plans as alone."""
    return _plan_status(*_key(), plan_id, as_of)


@st.cache_data(max_entries=64, show_spinner=False)
def _entries(url: str, version: int, plan_id: str) -> list[Entry]:
    with reading(engine()) as session:
        return list_entries(session, plan_id)


def entries(plan_id: str) -> list[Entry]:
    """The plan's entries, cached until the next write anywhere."""
    return _entries(*_key(), plan_id)


@st.cache_data(max_entries=64, show_spinner=False)
def _meetings(url: str, version: int, organisation_id: str) -> list[date]:
    with reading(engine()) as session:
        return meeting_days(session, organisation_id)


def meetings(organisation_id: str) -> list[date]:
    return _meetings(*_key(), organisation_id)


@st.cache_data(max_entries=64, show_spinner=False)
def _district(url: str, version: int, district_id: str, start: date, end: date,
              as_of: date) -> DistrictView:
    with reading(engine()) as session:
        return district_view(session, district_id, start, end, as_of)


def district(district_id: str, start: date, end: date, as_of: date) -> DistrictView:
    return _district(*_key(), district_id, start, end, as_of)


@st.cache_data(max_entries=16, show_spinner=False)
def _districts(url: str, version: int) -> list[tuple[str, str]]:
    with reading(engine()) as session:
        return districts(session)


def district_list() -> list[tuple[str, str]]:
    return _districts(*_key())


@st.cache_data(max_entries=32, show_spinner=False)
def _campaigns(url: str, version: int, plan_ids: tuple[str, ...], as_of: date) -> list:
    with reading(engine()) as session:
        return campaigns(session, list(plan_ids), as_of)


def campaign_list(plan_ids: list[str], as_of: date) -> list:
    return _campaigns(*_key(), tuple(plan_ids), as_of)


def comparison(view: DistrictView, lang: str) -> list[dict]:
    return comparison_rows(view, lang)


def plans() -> dict[str, Plan]:
    return _plans(*_key())


UI_LANGUAGE_KEY = "ui_lang"


def language(plan: Plan | None = None) -> str:
    """The language chosen in the sidebar, else the plan's own, else Swedish."""
    chosen = st.session_state.get(UI_LANGUAGE_KEY, "auto")
    if chosen in ("sv", "nb", "en"):
        return chosen
    return plan.language if plan is not None else "sv"


def last_used_plan() -> str | None:
    """The plan id this browser's cookie names (sent when the session began; the plan
    picker writes it)."""
    value = st.context.cookies.get(PLAN_COOKIE)
    return unquote(value) if value else None


def nav_language() -> str:
    """The menu's language: the one chosen in the sidebar, else that of the plan in the
    address or last chosen (the plan picker remembers it), else Swedish."""
    chosen = st.session_state.get(UI_LANGUAGE_KEY, "auto")
    if chosen in ("sv", "nb", "en"):
        return chosen
    known = plans()
    for plan_id in (st.query_params.get("plan"), st.session_state.get("_chosen_plan"),
                    last_used_plan()):
        if plan_id in known:
            return known[plan_id].language
    return "sv"


def day(value: date | None, lang: str) -> str:
    return formatting.day(value, lang)


def default_as_of(plan: Plan, today: date | None = None) -> date:
    """Today while the plan runs; its last day once it is over; its first before it starts."""
    today = today or date.today()
    return min(max(today, plan.period_start), plan.period_end)


def parse_day(text: str | None) -> date | None:
    """A day from a link's query parameter, or None when absent or not a date."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def plan_label(plans: dict[str, Plan]):
    """The label of each plan in a plan picker: its title, with its id added where two plans
    share a title (a drafted copy of an adopted plan). Streamlit tells options apart by
    their label, so two equal labels would make one plan unreachable. The id comes first:
    a phone cuts the end of a long label, and the id is what tells the two apart."""
    titles = [plan.title for plan in plans.values()]

    def label(plan_id: str) -> str:
        title = plans[plan_id].title
        return f"{plan_id} · {title}" if titles.count(title) > 1 else title

    return label


def escape(text: str) -> str:
    """User text (plan words, notes, names) shown literally: no Markdown, no HTML."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


def status_label(status: str, lang: str, count: int | None = None) -> str:
    """The status as a coloured badge in the plan's language (with a count, for headers)."""
    word = translate(f"status.{status}", lang)
    text = word if count is None else f"{count} {word}"
    return f":{STATUS_COLOURS[status]}-badge[{text}]"


def percent(value: float | None, lang: str) -> str:
    return formatting.percent(value, lang)


def number(value: float | None, lang: str) -> str:
    return formatting.number(value, lang)


def plotly_config(lang: str) -> dict:
    """No tool bar: a board reads the chart, it does not edit it. Streamlit's plotly
    bundle registers only English, so a plotly `locale` would change nothing: month names
    come from Babel instead (goals.views.charts.localised). `lang` is kept for the day a
    locale can be registered."""
    return {"displayModeBar": False}


def goal_card(plan: Plan, goal_status: GoalStatus, stale: bool = False,
              link: bool = False, as_of: date | None = None,
              section: str | None = None, bar: bool = True, badge: str = "") -> None:
    """One goal: the plan's own words, its status, and its progress against target: a bar,
    or (bar=False, the overview, whose chart already shows every goal's bar coloured by
    status) one line of text, which keeps 24 goals to a few screens. Its section is named
    when the cards are not grouped by section; `badge` (the latest confidence mark) follows
    the status."""
    lang = language(plan)
    last = goal_status.facts.last_reported
    reported = (translate("ui.last_reported", lang, day=day(last, lang)) if last
                else translate("ui.never_reported", lang))
    if section:
        reported = f"{escape(section)} · {reported}"
    line = translate("ui.progress_line", lang,
                     standing=formatting.standing(plan, goal_status, lang),
                     progress=percent(_maybe(goal_status.progress), lang),
                     expected=percent(float(goal_status.expected), lang))
    details = reported if bar else f"{escape(line)} · {reported}"
    details = (f":orange[⚠ {details} – {translate('ui.stale', lang)}]" if stale
               else f":gray[{details}]")
    with st.container(border=bar, gap="small"):
        # The words and the details in one element, the link beside them: a card is one
        # row on a desktop and two on a phone (columns stack there). In the overview's
        # list (bar=False) no frame: the leading status badge separates the goals, and
        # 24 frames cost a phone 1 200 px.
        text_column, link_column = st.columns([5, 1], vertical_alignment="center")
        mark = f" {escape(badge)}" if badge else ""
        text_column.markdown(f"{status_label(goal_status.status, lang)}{mark} "
                             f"{escape(goal_status.goal.text)}  \n:small[{details}]")
        if link:
            link_column.page_link(
                "app_pages/goal.py", label=translate("goal.open", lang),
                icon=":material/show_chart:",
                query_params={"plan": plan.id, "goal": goal_status.goal.id,
                              "as_of": (as_of or date.today()).isoformat()})
        if bar:
            progress = float(goal_status.progress or 0)
            st.progress(max(0.0, min(progress, 1.0)), text=line)


def _maybe(value) -> float | None:
    return None if value is None else float(value)


# --- reports (goals.reports): previews cached on the data version, files made on click ----


@st.cache_data(max_entries=32, show_spinner=False)
def _report_markdown(url: str, version: int, plan_id: str, as_of: date, kind: str,
                     lang: str) -> str:
    from goals.reports.markdown import report_markdown
    from goals.services.reports import build_report

    with reading(engine()) as session:
        return report_markdown(build_report(session, plan_id, as_of, kind, lang))


def report_markdown(plan_id: str, as_of: date, kind: str, lang: str) -> str:
    return _report_markdown(*_key(), plan_id, as_of, kind, lang)


def report_file(plan_id: str, as_of: date, kind: str, fmt: str, lang: str):
    """A no-argument callable making the file, for st.download_button (it runs on click,
    on another thread, so it gets the engine itself rather than Streamlit's context)."""
    from functools import partial

    from goals.services.reports import report_document

    return partial(report_document, engine(), plan_id, as_of, kind, fmt, lang)


def markdown_preview(text: str) -> str:
    """Our own Markdown shown by st.markdown: ':name:' and ':red[' would be Streamlit's
    icons and colours, and '$' its formulas, so those characters are escaped."""
    return re.sub(r":(?=[A-Za-z_\[/])", r"\\:", text.replace("$", "\\$"))
