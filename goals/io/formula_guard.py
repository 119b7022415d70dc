"""Spreadsheet cells that must not run: formula-injection guard shared by export and import.

A note such as `=HYPERLINK(...)` would run when a board member opens an exported CSV in
Excel; exports prefix such text with `'`, and imports take the prefix off again, so the
round trip keeps the member's words exactly.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Make a text cell inert in Excel/LibreOffice: `=SUM(A1)` -> `'=SUM(A1)`."""
    needs_prefix = text.startswith(FORMULA_STARTS) or restore(text) != text
    return "'" + text if needs_prefix else text


def restore(text: str) -> str:
    """Undo `neutralise` on import."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
