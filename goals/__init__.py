"""Goals: verksamhetsplaner in YAML, members' entries, and where every goal stands.

Layers, from the inside out: the domain (plan, loader, progress, facts, calendar) is pure
Python; `goals.store` is the only code that speaks SQL; importer, exporter and status are
the services the command line (`goals.cli`) and the Streamlit pages call.
"""
