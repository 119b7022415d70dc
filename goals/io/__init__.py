"""Bytes <-> domain: the plan YAML reader, the entries CSV reader, exports, the formula guard.

May import goals.domain and goals.i18n only. Refused input becomes `domain.problems` with
file, line, column and field, never a traceback."""
