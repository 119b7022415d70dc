"""Streamlit only: cached accessors over the services, who is asking, shared widgets.

Pages (app_pages/) import from here and from goals.views; nothing here writes SQL."""
