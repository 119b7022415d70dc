"""The domain: plans, goals, entries, the calendar, the progress rules and statuses.

Standard library only (and the message catalogue for problem texts): no SQL, no Streamlit,
no YAML. Everything above builds on these types; nothing here knows where data is kept."""
