"""A plan's tag that starts like a formula (`=kris`, `+1`) leaves the product neutralised
in the CSV export as in the XLSX export, and both come back unchanged: the round trip of an
unedited export changes nothing."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from goals.domain.entries import Entry
from goals.io.export import entries_to_csv, entries_to_xlsx
from goals.services.file_import import import_bytes
from goals.services.mapping_import import import_spreadsheet
from goals.store.entries import list_entries
from goals.store.plans import load_plan

PLAN = """\
id: taggar
title: Taggar
organisation: {id: lag, name: Lag}
period: {start: 2021-01-01, end: 2021-12-31}
metrics:
  inlagg: {label: Inlägg, type: flow, tags: ["=kris", "+1", vanlig]}
sections:
  - title: Webb
    goals:
      - {id: webb, text: Tolv inlägg, kind: total, metric: inlagg, target: 12}
"""
ROWS = "date,plan,metric,value,tags,id\n" \
       "2021-03-01,taggar,inlagg,1,'=kris;vanlig,a1\n" \
       "2021-03-02,taggar,inlagg,2,'+1,a2\n"


def _stored(engine) -> list[Entry]:
    with Session(engine) as session:
        return list_entries(session, "taggar")


def test_formula_like_tags_are_neutralised_in_both_exports_and_restored_on_import(engine):
    assert import_bytes(engine, PLAN.encode(), "t.yaml", is_plan=True).ok
    result = import_bytes(engine, ROWS.encode(), "t.csv", is_plan=False)
    assert result.ok, [p.render() for p in result.problems]
    entries = _stored(engine)
    assert [e.tags for e in entries] == [("=kris", "vanlig"), ("+1",)]

    exported = entries_to_csv(entries)
    assert ",=kris" not in exported and ",+1" not in exported
    again = import_bytes(engine, exported.encode(), "t.csv", is_plan=False)
    assert again.ok and again.entries_change.changed_ids == ()

    with Session(engine) as session:
        plan = load_plan(session, "taggar")
    book = entries_to_xlsx(plan, entries)
    back = import_spreadsheet(engine, book, "t.xlsx", as_of=date(2021, 3, 31))
    assert back.ok, [p.render() for p in back.result.problems]
    assert back.result.entries_change.changed_ids == ()
    assert [e.tags for e in _stored(engine)] == [("=kris", "vanlig"), ("+1",)]
