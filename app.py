"""The app's router: page config, who is asking, navigation, and nothing else (pages live
in app_pages/). Which pages are listed follows the actor; each page checks again."""

import streamlit as st

from goals.access.roles import ActorKind
from goals.i18n import translate
from goals.ui import access as ui_access
from goals.ui import shared as ui
from goals.ui import sign_in as ui_sign_in

st.set_page_config(page_title="Verksamhetsplaner", page_icon=":material/flag:", layout="wide")
# Streamlit leaves 6 rem above every page; the board's first screen needs that room.
st.html("<style>[data-testid='stMainBlockContainer']{padding-top:2.5rem}</style>")

if st.query_params.get("avregistrera"):   # a mail's unsubscribe link: no account needed
    from goals.ui.mail import unsubscribe_page

    unsubscribe_page(st.query_params["avregistrera"])
    st.stop()
actor = ui_access.actor()
lang = ui.nav_language()


def title(name: str) -> str:
    """A page's title in the menu and the browser tab, in the chosen language."""
    return translate(f"nav.{name}", lang)


report = st.Page("app_pages/member_report.py", title=title("report"), icon=":material/edit:",
                 url_path="rapportera")
if actor.kind is ActorKind.LINK:
    # A report link reaches the report page and nothing else, at /rapportera or at /.
    pages = [st.Page(lambda: st.switch_page(report, query_params=st.query_params.to_dict()),
                     title=title("report"), url_path="start", default=True), report]
else:
    pages = [
        st.Page("app_pages/overview.py", title=title("overview"),
                icon=":material/dashboard:", default=True),
        st.Page("app_pages/goal.py", title=title("goal"), icon=":material/show_chart:",
                url_path="mal"),
        report,
        st.Page("app_pages/district.py", title=title("district"), icon=":material/groups:",
                url_path="distrikt"),
        st.Page("app_pages/national.py", title=title("national"), icon=":material/public:",
                url_path="partiet"),
        st.Page("app_pages/board_reports.py", title=title("board_reports"),
                icon=":material/summarize:", url_path="rapporter"),
        st.Page("app_pages/plans.py", title=title("plans"), icon=":material/description:",
                url_path="planer"),
    ]
    if actor.kind is ActorKind.ANONYMOUS or actor.manages_any:   # the board's own pages
        pages += [
            st.Page("app_pages/new_plan.py", title=title("new_plan"),
                    icon=":material/note_add:", url_path="ny-plan"),
            st.Page("app_pages/edit_plan.py", title=title("edit_plan"),
                    icon=":material/edit_note:", url_path="redigera"),
            st.Page("app_pages/import_data.py", title=title("import"),
                    icon=":material/upload_file:", url_path="importera"),
            st.Page("app_pages/access.py", title=title("access"),
                    icon=":material/admin_panel_settings:", url_path="atkomst"),
        ]
st.sidebar.selectbox("Språk · Language", ["auto", "sv", "nb", "en"], key="ui_lang",
                     format_func={"auto": "Planens språk / Plan's language", "sv": "Svenska",
                                  "nb": "Norsk bokmål", "en": "English"}.get)
if actor.kind is ActorKind.ANONYMOUS and ui_access.link_token():
    # An old or mistyped report link: a member, not an administrator to be set up.
    st.navigation(pages, position="hidden")
    st.error(translate("access.link_unusable", ui.language()))
    st.stop()
if actor.kind is ActorKind.ANONYMOUS:
    # Every address still resolves (no "page not found"), but only the sign-in form shows;
    # once signed in, the rerun opens the page that was asked for.
    st.navigation(pages, position="hidden")
    ui_sign_in.show()
    st.stop()
st.sidebar.caption(ui_access.signed_in_label(actor, ui.language()))
if actor.kind is ActorKind.ACCOUNT:
    if not actor.grants:
        st.sidebar.warning(translate("access.no_roles", ui.language()))
    st.sidebar.button(translate("access.sign_out", ui.language()),
                      on_click=ui_access.sign_out, key="sign_out")
st.navigation(pages, position="hidden" if actor.kind is ActorKind.LINK else "sidebar").run()
