"""Shared test infrastructure: PostgreSQL server, Streamlit server and browser helpers."""
