"""Distrikt lists first the föreningar that need support, with the reason beside the name,
ranked by how far behind they are, not by their size."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from goals.views.district import by_need, need, reason, support_rows


def unit(name, warning=None, plans=("p",), last=date(2021, 5, 1), members=100, **counts):
    full = {s: 0 for s in ("done", "no_data", "missed", "on_track", "behind", "at_risk")}
    full.update(counts)
    total = sum(full.values())
    good = (full["done"] + full["on_track"]) / total if total else None
    return SimpleNamespace(name=name, warning=warning, counts=full, good_share=good,
                           last_reported=last, plans=plans if warning != "no_plan" else (),
                           members=members)


# Stor: 1000 members, 4 of 8 goals behind (need 0.5); Liten: 20 members, 1 of 8 (0.125);
# Tyst: silent with 2 of 8 behind (1 + 0.25); Utan: no plan (3).
UNITS = [unit("Stor", members=1000, on_track=4, behind=2, at_risk=2),
         unit("Liten", members=20, on_track=7, behind=1),
         unit("Tyst", warning="silent", on_track=6, at_risk=2),
         unit("Utan", warning="no_plan")]


def test_the_need_is_how_far_behind_not_how_big():
    assert [need(u) for u in UNITS] == [0.5, 0.125, 1.25, 3.0]
    assert [u.name for u in by_need(UNITS)] == ["Utan", "Tyst", "Stor", "Liten"]


def test_the_reason_stands_in_words_beside_the_name():
    assert reason(UNITS[0], "sv") == "4 av 8 mål efter"
    assert reason(UNITS[2], "sv") == "tyst · 2 av 8 mål efter"
    assert reason(UNITS[3], "sv") == "ingen plan"
    assert reason(unit("Bra", done=8), "sv") == ""


def test_the_first_table_has_no_plan_ids_and_no_none():
    rows = support_rows(UNITS, "sv")
    assert list(rows[0]) == ["Förening", "Varför", "Klart eller i fas", "plan"]
    assert rows[0]["Förening"] == "Utan" and rows[0]["plan"] == ""
    words = [v for row in rows for k, v in row.items() if k != "Klart eller i fas"]
    assert "None" not in " ".join(str(v) for v in words)
