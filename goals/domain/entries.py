"""An entry: what a member reports (PLAN_FORMAT §4). Pure domain, no storage.

An entry carries counts, never people: at most an optional display name in `reported_by`.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

ENTRY_COLUMNS: tuple[str, ...] = (
    "date", "plan", "metric", "value", "tags", "milestone", "step", "note", "reported_by",
)
# `unit`: the förening that did it, when a plan (a district's campaign) is reported on by
# several; `id`: the entry's stable id, so an exported file imports back without copies.
EXPORT_COLUMNS: tuple[str, ...] = (*ENTRY_COLUMNS, "unit", "id")
TAG_SEPARATOR = ";"


class Entry(NamedTuple):
    """One report: a metric value (with tags) or a milestone (step) done on `date`.

    A NamedTuple rather than a dataclass: immutable all the same, and five times cheaper
    to create, which matters when a file brings 100 000 of them."""

    date: date
    plan: str
    metric: str | None = None
    value: float | None = None
    tags: tuple[str, ...] = ()
    milestone: str | None = None
    step: str | None = None
    note: str | None = None
    reported_by: str | None = None
    id: str | None = None
    unit: str | None = None

