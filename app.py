"""The app's router: page config, navigation and nothing else (pages live in app_pages/)."""

import streamlit as st

st.set_page_config(page_title="Verksamhetsplaner", page_icon=":material/flag:", layout="wide")

pages = [
    st.Page("app_pages/overview.py", title="Översikt", icon=":material/dashboard:",
            default=True),
    st.Page("app_pages/goal.py", title="Mål", icon=":material/show_chart:", url_path="mal"),
    st.Page("app_pages/report.py", title="Rapportera", icon=":material/edit:",
            url_path="rapportera"),
    st.Page("app_pages/district.py", title="Distrikt", icon=":material/groups:",
            url_path="distrikt"),
    st.Page("app_pages/plans.py", title="Planer", icon=":material/description:",
            url_path="planer"),
    st.Page("app_pages/import_data.py", title="Importera", icon=":material/upload_file:",
            url_path="importera"),
]
st.sidebar.selectbox("Språk · Language", ["auto", "sv", "nb", "en"], key="ui_lang",
                     format_func={"auto": "Planens språk / Plan's language", "sv": "Svenska",
                                  "nb": "Norsk bokmål", "en": "English"}.get)
st.navigation(pages).run()
