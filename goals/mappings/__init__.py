"""Figures the förening already has, brought in: spreadsheets, member registers, call exports.

Pure domain (no SQL, no Streamlit). A file is read into a `Table` (tables.py), columns that
look like personal identifiers are dropped at once (pii.py), and a `Mapping` (mapping.py)
turns what is left into entries: row by row (a spreadsheet), reduced to member counts
(register.py) or to daily call counts (calls.py). Storage is goals.services.mapping_import's job.
"""
