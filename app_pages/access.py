"""Åtkomst: a board's report links and audit trail (with undo of a deletion), and for
admins the accounts and their roles, and removing a name from every entry."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from goals import config as settings
from goals.access.links import opens_only_here, report_link
from goals.access.roles import AccessDenied, Permission, Role
from goals.i18n import translate
from goals.i18n.messages import MESSAGES
from goals.io.formula_guard import neutralise
from goals.services import accounts, audit_trail, report_links
from goals.ui import access as ui_access
from goals.ui import shared as ui

lang = ui.language()
actor = ui_access.actor()
organisations = ui_access.organisations_for(actor, Permission.MANAGE)
ui_access.stop_unless(bool(organisations) or actor.is_admin, lang)
st.header(translate("access.title", lang))


def _links(organisation_id: str) -> None:
    st.subheader(translate("access.links", lang))
    st.caption(translate("access.links_help", lang))
    with st.form("new_link", clear_on_submit=True):
        label = st.text_input(translate("access.link_label", lang), max_chars=120)
        days = st.number_input(translate("access.link_days", lang), min_value=1,
                               max_value=366, value=90, step=1)
        if st.form_submit_button(translate("access.link_create", lang)):
            token, _info = report_links.create_link(ui.engine(), actor, organisation_id,
                                                    label, int(days))
            st.success(translate("access.link_created", lang))
            base = settings.public_url() or _base_url()
            st.code(report_link(base, token), language=None)
            if opens_only_here(base):
                st.warning(translate("access.link_localhost", lang))
    links = report_links.links_for(ui.engine(), actor, organisation_id)
    if not links:
        st.caption(translate("access.link_none", lang))
    for link in links:
        left, right = st.columns([4, 1])
        state = translate("access.link_active" if link.usable else "access.link_inactive", lang)
        left.markdown(f"**{ui.escape(link.label or f'#{link.pk}')}** · {state} · "
                      f"{translate('access.col_expires', lang)} "
                      f"{ui.day(link.expires_at.date(), lang)}")
        if link.usable and right.button(translate("access.link_revoke", lang),
                                        key=f"revoke_{link.pk}"):
            report_links.revoke_link(ui.engine(), actor, link.pk)
            st.rerun()


def _base_url() -> str:
    """The app's own address as the browser sees it, for the link to copy."""
    url = getattr(st.context, "url", None) or ""
    return url.split("?")[0].rsplit("/", 1)[0] + "/" if url else ""


def _trail(organisation_id: str) -> None:
    st.subheader(translate("access.trail", lang))
    events = audit_trail.events_for(ui.engine(), actor, organisation_id)
    if not events:
        st.caption(translate("access.trail_empty", lang))
        return
    st.dataframe(pd.DataFrame([{
        translate("access.col_at", lang): event.at.strftime("%Y-%m-%d %H:%M"),
        translate("access.col_actor", lang): event.actor,
        translate("access.col_action", lang): _action(event.action),
        translate("access.col_target", lang): event.target,
        translate("access.col_before", lang): _json(event.before),
        translate("access.col_after", lang): _json(event.after),
    } for event in events]), hide_index=True)
    deletions = {event.pk: event for event in events if event.undoable}
    if deletions:
        picked = st.selectbox(translate("access.undo_pick", lang), list(deletions),
                              format_func=lambda pk: _describe(deletions[pk]),
                              key="undo_pick")
        if st.button(translate("access.undo", lang), key="undo_deletion"):
            count = audit_trail.undo_deletion(ui.engine(), actor, picked)
            st.success(translate("access.undone", lang, count=count))


def _action(action: str) -> str:
    key = f"access.action.{action}"
    return translate(key, lang) if key in MESSAGES else action


def _json(value: dict | None) -> str:
    """`key: value` pairs as text in a table cell (never HTML), formulas neutralised."""
    if not value:
        return ""
    return neutralise(", ".join(f"{key}: {json.dumps(item, ensure_ascii=False)}"
                                for key, item in value.items() if item not in (None, [], "")))


def _describe(event: audit_trail.AuditEvent) -> str:
    before = event.before or {}
    return (f"{event.at:%Y-%m-%d %H:%M} · {before.get('date', '')} · "
            f"{before.get('metric') or before.get('milestone') or ''} "
            f"{before.get('value') if before.get('value') is not None else ''}")


def _accounts() -> None:
    st.subheader(translate("access.accounts", lang))
    st.dataframe(pd.DataFrame(accounts.accounts_table(ui.engine(), actor)).rename(columns={
        "email": translate("access.col_email", lang),
        "name": translate("access.col_name", lang),
        "roles": translate("access.col_roles", lang),
        "locked": translate("access.col_locked", lang)}), hide_index=True)
    with st.form("add_account", clear_on_submit=True):
        st.markdown(f"**{translate('access.add_account', lang)}**")
        email = st.text_input(translate("access.email", lang))
        name = st.text_input(translate("access.display_name", lang))
        password = st.text_input(translate("access.password_optional", lang),
                                 type="password")
        if st.form_submit_button(translate("access.add_account", lang)):
            _try(lambda: accounts.add_account(ui.engine(), actor, email, name,
                                              password or None),
                 translate("access.account_added", lang))
    with st.form("roles"):
        email = st.text_input(translate("access.email", lang), key="role_email")
        role = st.selectbox(translate("access.role", lang), list(Role),
                            format_func=lambda r: translate(f"access.role_{r.value}", lang))
        known = {plan.organisation.id: plan.organisation.name for plan in ui.plans().values()}
        organisation = st.selectbox(
            translate("access.organisation_id", lang), sorted(known), accept_new_options=True,
            format_func=lambda org: f"{known[org]} ({org})" if org in known else org,
            key="role_organisation") or ""
        grant, revoke, unlock = st.columns(3)
        if grant.form_submit_button(translate("access.grant", lang)):
            _role(email, organisation, role, granted=True)
        if revoke.form_submit_button(translate("access.revoke_role", lang)):
            _role(email, organisation, role, granted=False)
        if unlock.form_submit_button(translate("access.unlock", lang)):
            accounts.unlock(ui.engine(), actor, email)
    with st.form("forget_name", clear_on_submit=True):
        st.markdown(f"**{translate('access.forget_name', lang)}**")
        st.caption(translate("access.forget_help", lang))
        name = st.text_input(translate("access.col_name", lang))
        if st.form_submit_button(translate("access.forget", lang)) and name.strip():
            count = audit_trail.forget_name(ui.engine(), actor, name.strip())
            st.success(translate("access.forgotten", lang, count=count))


def _role(email: str, organisation: str, role: Role, *, granted: bool) -> None:
    _try(lambda: accounts.set_role(ui.engine(), actor, email, organisation, role,
                                   granted=granted),
         translate("access.role_changed", lang))


def _try(action, success: str) -> None:
    """Run an admin action; a refusal or a bad field is shown, never raised."""
    try:
        result = action()
    except accounts.AccountProblem as problem:
        st.error(translate(problem.key, lang, **problem.params))
    except AccessDenied:
        st.error(translate("access.denied", lang))
    else:
        if result is False:
            st.info(translate("access.role_unchanged", lang))
        else:
            st.success(success)


if organisations:
    organisation_id = st.selectbox(translate("access.organisation_pick", lang),
                                   list(organisations),
                                   format_func=ui_access.organisation_label(organisations),
                                   key="access_organisation")
    ui_access.stop_unless(organisation_id in organisations, lang)
    links_tab, trail_tab = st.tabs([translate("access.links", lang),
                                    translate("access.trail", lang)])
    with links_tab:
        _links(organisation_id)
    with trail_tab:
        _trail(organisation_id)
if actor.is_admin:
    st.divider()
    _accounts()
