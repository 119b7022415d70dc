"""The one-click unsubscribe of every mail (`/?avregistrera=TOKEN`): works without an
account, before sign-in. One button, so a mail scanner that opens links unsubscribes no
one; the token itself is the permission."""

from __future__ import annotations

import streamlit as st

from goals.i18n import translate
from goals.services.mail import unsubscribe
from goals.ui import shared as ui


def unsubscribe_page(token: str) -> None:
    lang = ui.language()
    st.title(translate("mail.unsubscribe_heading", lang))
    if st.session_state.get("unsubscribed") == token:
        st.success(translate("mail.unsubscribed", lang))
        return
    st.write(translate("mail.unsubscribe_question", lang))
    if st.button(translate("mail.unsubscribe_button", lang), key="unsubscribe", type="primary"):
        if unsubscribe(ui.engine(), token):
            st.session_state["unsubscribed"] = token
            st.success(translate("mail.unsubscribed", lang))
        else:
            st.error(translate("mail.unsubscribe_unknown", lang))
