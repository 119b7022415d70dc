"""Logga in: the party's identity provider (when configured), a built-in account, or, on
the very first run, the step that creates the first administrator.

Not a page of its own: the router shows it in place of whatever page a signed-out visitor
asked for, so the address (`/planer?plan=…`) still holds once they are signed in."""

from __future__ import annotations

import streamlit as st

from goals import config as settings
from goals.i18n import translate
from goals.services import accounts, setup_guard
from goals.ui import access as ui_access
from goals.ui import shared as ui


def show() -> None:
    """The first-run step while no account exists, else the sign-in form."""
    if accounts.needs_first_admin(ui.engine()):
        _first_run(ui.language())
    else:
        _sign_in(ui.language())


def _first_run(lang: str) -> None:
    st.header(translate("access.first_run_title", lang))
    st.caption(translate("access.first_run_help", lang))
    expected = settings.setup_code()
    with st.form("first_admin"):
        code = st.text_input(translate("access.setup_code", lang), type="password")
        email = st.text_input(translate("access.email", lang))
        name = st.text_input(translate("access.display_name", lang))
        password = st.text_input(translate("access.password", lang), type="password")
        again = st.text_input(translate("access.password_again", lang), type="password")
        if not st.form_submit_button(translate("access.create_admin", lang), type="primary"):
            return
    check = setup_guard.check_setup_code(ui.engine(), code, expected)
    if check.blocked_minutes:
        st.error(translate("setup.too_many_attempts", lang, minutes=check.blocked_minutes))
    elif not check.ok:
        st.error(translate("access.setup_code_wrong", lang))
    elif password != again:
        st.error(translate("access.passwords_differ", lang))
    else:
        try:
            signed_in = accounts.create_first_admin(ui.engine(), email, password, name)
        except accounts.AccountProblem as problem:
            st.error(translate(problem.key, lang, **problem.params))
        else:
            st.session_state[ui_access.SESSION_ACCOUNT] = signed_in.account_pk
            st.rerun()


def _sign_in(lang: str) -> None:
    st.header(translate("access.sign_in_title", lang))
    if ui_access.oidc_configured():
        st.button(translate("access.sign_in_oidc", lang), on_click=st.login, type="primary")
        st.divider()
    with st.form("sign_in"):
        email = st.text_input(translate("access.email", lang), autocomplete="username")
        password = st.text_input(translate("access.password", lang), type="password",
                                 autocomplete="current-password")
        if not st.form_submit_button(translate("access.sign_in", lang), type="primary"):
            return
    try:
        signed_in = accounts.sign_in(ui.engine(), email, password)
    except accounts.AccountProblem as problem:
        st.error(translate(problem.key, lang, **problem.params))
    else:
        st.session_state[ui_access.SESSION_ACCOUNT] = signed_in.account_pk
        st.rerun()

