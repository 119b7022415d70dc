"""The Importera page's column form: one picker per field of a mapping, prefilled from a
saved or ready mapping, returning the mapping the user chose. Widgets hold header names and
metric ids only, never a cell of the file."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from goals.i18n import translate
from goals.mappings.mapping import Mapping
from goals.mappings.tables import Table

_COLUMNS = {"rows": ("date", "metric", "fixed_metric", "value", "tags", "note", "unit"),
            "register": ("joined", "ended", "active", "members_metric", "new_metric",
                         "active_metric"),
            "calls": ("date", "unit", "outcome", "recruited", "conversation_outcomes",
                      "recruited_outcomes", "other_outcomes", "calls_metric",
                      "conversations_metric", "recruited_metric")}
# outcome lists: a value in none of them refuses the import, and the board places it here
_LISTS = ("conversation_outcomes", "recruited_outcomes", "other_outcomes")


def mapping_form(start: Mapping, table: Table, metrics: list[str], lang: str,
                 key: str) -> Mapping:
    """Pickers for `start`'s fields (keyed by `key`, so each starting point keeps its own
    choices); returns the mapping as chosen."""
    chosen: dict[str, object] = {}
    none = translate("mappings.none", lang)
    for name in _COLUMNS[start.kind]:
        label = translate(f"mappings.column.{name}", lang)
        current = getattr(start, name)
        widget = f"import_{key}_{name}"
        if name in _LISTS:
            text = st.text_input(label, ", ".join(current), key=widget)
            chosen[name] = [part.strip() for part in text.split(",") if part.strip()]
            continue
        options = ["", *(metrics if name.endswith("_metric") else table.header)]
        blank = (translate("mappings.each_row_one", lang) if name == "value" else none)
        chosen[name] = st.selectbox(
            label, options, index=options.index(current) if current in options else 0,
            format_func=lambda option, blank=blank: option or blank, key=widget) or None
    return replace(start, **chosen)


def wide_form(start: Mapping, plan) -> Mapping:
    """The sheet's shape: one row per entry, or months / ISO weeks as columns (with the
    year and the row names that say which metric a row is)."""
    from goals.ui.shared import language

    lang = language()
    shapes = ["", "months", "weeks"]
    wide = st.radio(translate("imports.layout", lang), shapes,
                    index=shapes.index(start.wide or ""), horizontal=True,
                    format_func=lambda s: translate(f"imports.layout_{s or 'long'}", lang),
                    key="import_wide") or None
    if wide is None:
        return replace(start, wide=None)
    year = int(st.number_input(translate("imports.year", lang), 2000, 2100,
                               start.year or plan.period_start.year, key="import_year"))
    text = st.text_area(translate("imports.labels", lang),
                        "\n".join(f"{k} = {v}" for k, v in start.metric_labels.items()),
                        key="import_labels")
    labels = {}
    for line in text.splitlines():
        label, _, metric = line.partition("=")
        if label.strip() and metric.strip():
            labels[label.strip()] = metric.strip()
    return replace(start, wide=wide, year=year, metric_labels=labels)
