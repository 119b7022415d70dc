"""The one plan picker (and date) of every page that shows one plan.

The choice lives in four places so it survives what people do: the picker's own widget
state (this run), a session key that outlives the widget (Streamlit drops a widget's state
when another page is shown), the address (`?plan=ID&as_of=DATE`), so a page can be
bookmarked or sent and opens on the same plan and day, and a cookie, so a new visit from the
same browser (a new tab, the app opened again next week) lands on the plan last used there.
A new address (a shared link) wins over the remembered choice; the picker then writes its
choice back into the address and, when it differs from the cookie, into the cookie.

The cookie holds a plan id and nothing else (no person, no role); it is only a preference:
a plan the actor may not see is never opened because a cookie names it.
"""

from __future__ import annotations

import json
from datetime import date

import streamlit as st

from goals.domain.plan import Plan
from goals.i18n import translate
from goals.ui import shared as ui

PLAN_WIDGET = "plan"
AS_OF_WIDGET = "as_of"
_CHOSEN_PLAN = "_chosen_plan"
_CHOSEN_AS_OF = "_chosen_as_of"
_SEEN_URL = "_seen_plan_url"
_WRITTEN_COOKIE = "_written_plan_cookie"
PLAN_COOKIE = ui.PLAN_COOKIE
_COOKIE_DAYS = 400   # browsers cap a cookie's life at 400 days


def _from_address() -> tuple[str | None, date | None]:
    return st.query_params.get("plan"), ui.parse_day(st.query_params.get("as_of"))


def _initial_plan(plans: dict[str, Plan], linked: str | None) -> str:
    """A new address first, then the plan last chosen in this session. The widget's own
    state is not asked: after a page switch Streamlit may hand back another page's copy."""
    url_key = (linked, st.query_params.get("as_of"))
    if linked in plans and st.session_state.get(_SEEN_URL) != url_key:
        return linked
    for candidate in (st.session_state.get(_CHOSEN_PLAN), linked, ui.last_used_plan()):
        if candidate in plans:
            return candidate
    return next(iter(plans))


def _remember_in_browser(plan_id: str) -> None:
    """Write the chosen plan into the browser's cookie when it is not there already: a
    script in an empty element of the sidebar (Streamlit has no cookie writer of its own;
    `st.context.cookies` only reads what the browser sent when the session began)."""
    if plan_id in (ui.last_used_plan(), st.session_state.get(_WRITTEN_COOKIE)):
        return
    value = json.dumps(plan_id).replace("<", "\\u003c")
    seconds = _COOKIE_DAYS * 24 * 3600
    st.sidebar.html(f"<script>document.cookie = '{PLAN_COOKIE}=' + encodeURIComponent("
                    f"{value}) + '; path=/; max-age={seconds}; SameSite=Lax';</script>",
                    unsafe_allow_javascript=True)
    st.session_state[_WRITTEN_COOKIE] = plan_id


def _forget_day() -> None:
    """Another plan: its own default day, not the previous plan's."""
    st.session_state.pop(AS_OF_WIDGET, None)
    st.session_state.pop(_CHOSEN_AS_OF, None)


def _picked() -> None:
    """The person picked a plan: that is now the chosen one (runs before the page)."""
    st.session_state[_CHOSEN_PLAN] = st.session_state.get(PLAN_WIDGET)
    _forget_day()


def pick_plan(plans: dict[str, Plan], lang: str, container=None) -> str:
    """The plan picker: returns the chosen id (one of `plans`, which the actor may see)."""
    linked, linked_day = _from_address()
    chosen = _initial_plan(plans, linked)
    if st.session_state.get(_CHOSEN_PLAN) not in (None, chosen):
        _forget_day()
    st.session_state[PLAN_WIDGET] = chosen
    if linked == chosen and linked_day is not None \
            and st.session_state.get(_SEEN_URL) != (linked, linked_day.isoformat()):
        st.session_state[_CHOSEN_AS_OF] = linked_day
    place = container or st
    plan_id = place.selectbox(translate("ui.plan", lang), list(plans), key=PLAN_WIDGET,
                              format_func=ui.plan_label(plans), on_change=_picked)
    st.session_state[_CHOSEN_PLAN] = plan_id
    st.query_params["plan"] = plan_id
    st.session_state[_SEEN_URL] = (plan_id, st.query_params.get("as_of"))
    _remember_in_browser(plan_id)
    return plan_id


def day_picked() -> None:
    """The person set the day: that is now the chosen one (a callback: the date box's own
    on_change, or the submit button of a form holding it)."""
    if isinstance(st.session_state.get(AS_OF_WIDGET), date):
        st.session_state[_CHOSEN_AS_OF] = st.session_state[AS_OF_WIDGET]


def pick_day(plan: Plan, lang: str, container=None, in_form: bool = False) -> date:
    """The 'as of' day, kept with the plan (the plan's default day until one is set). In a
    form, the form's submit button must call `day_picked`."""
    remembered = st.session_state.get(_CHOSEN_AS_OF)
    st.session_state[AS_OF_WIDGET] = remembered if isinstance(remembered, date) \
        else ui.default_as_of(plan)
    place = container or st
    options = {} if in_form else {"on_change": day_picked}
    as_of = place.date_input(translate("ui.as_of", lang), key=AS_OF_WIDGET,
                             format="YYYY-MM-DD", **options)
    st.session_state[_CHOSEN_AS_OF] = as_of
    st.query_params["as_of"] = as_of.isoformat()
    st.session_state[_SEEN_URL] = (st.query_params.get("plan"), as_of.isoformat())
    return as_of


def chosen_plan(plans: dict[str, Plan]) -> str | None:
    """The plan chosen on another page, if this actor may see it (for pages without a
    picker of their own that still start on it)."""
    linked, _ = _from_address()
    for candidate in (linked, st.session_state.get(_CHOSEN_PLAN), ui.last_used_plan()):
        if candidate in plans:
            return candidate
    return None
