"""View models: what pages and reports show, as words, figures, tables and plotly figures.

Pure functions of domain objects: no SQL, no Streamlit, so each can be tested without a page."""
