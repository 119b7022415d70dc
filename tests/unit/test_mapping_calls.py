"""Call exports -> daily counts per förening (calls made, conversations held, members
recruited), for the generic layout and the Zetkin-style one; worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from goals.domain.problems import InputError
from goals.mappings.calls import call_entries
from goals.mappings.layouts import built_in
from goals.mappings.pii import drop_identifying
from goals.mappings.tables import read_table
from tests.mapping_plans import CAMPAIGN

GENERIC = (
    "Datum;Ringare;Förening;Utfall\n"
    "2021-10-04 18:01;Anna Andersson;S Norrmalm;Svarade\n"
    "2021-10-04 18:05;Anna Andersson;S Norrmalm;Inget svar\n"
    "2021-10-04 18:09;Bo Berg;S Norrmalm;Värvad\n"
    "2021-10-04 19:00;Cia Carlsson;S Södermalm;inget svar\n"
    "2021-10-05 18:00;Cia Carlsson;S Södermalm;samtal\n"
).encode("cp1252")


def counts(data: bytes, layout: str, name: str = "samtal.csv"):
    table = drop_identifying(read_table(data, name))
    mapping = built_in(layout, table, CAMPAIGN)
    return table, sorted((e.date, e.unit or "", e.metric, e.value)
                         for e in (r.entry for r in call_entries(table, mapping, CAMPAIGN,
                                                                 name)))


def test_a_generic_call_export_becomes_daily_counts_per_förening():
    table, got = counts(GENERIC, "calls")
    assert table.dropped == ["Ringare"]
    # Oct 4, Norrmalm: 3 calls; Svarade and Värvad were conversations (2); Värvad
    # recruited (1). Oct 4, Södermalm: 1 call, no answer. Oct 5, Södermalm: 1 conversation.
    assert got == sorted([
        (date(2021, 10, 4), "s-norrmalm", "ringda-samtal", 3.0),
        (date(2021, 10, 4), "s-norrmalm", "samtal", 2.0),
        (date(2021, 10, 4), "s-norrmalm", "varvade", 1.0),
        (date(2021, 10, 4), "s-sodermalm", "ringda-samtal", 1.0),
        (date(2021, 10, 4), "s-sodermalm", "samtal", 0.0),
        (date(2021, 10, 4), "s-sodermalm", "varvade", 0.0),
        (date(2021, 10, 5), "s-sodermalm", "ringda-samtal", 1.0),
        (date(2021, 10, 5), "s-sodermalm", "samtal", 1.0),
        (date(2021, 10, 5), "s-sodermalm", "varvade", 0.0)])


def test_a_zetkin_style_export_counts_state_1_as_a_conversation():
    data = (b"id,allocation_time,state,caller,target,recruited\n"
            b"1,2021-10-04T17:00:00,1,Anna Andersson,Per Persson,ja\n"
            b"2,2021-10-04T17:05:00,11,Anna Andersson,Eva Ek,\n"
            b"3,2021-10-05T10:00:00,1,Bo Berg,Lars Lind,nej\n")
    table, got = counts(data, "zetkin-calls", "zetkin.csv")
    assert table.dropped == ["caller", "target"]
    assert got == sorted([
        (date(2021, 10, 4), "", "ringda-samtal", 2.0), (date(2021, 10, 4), "", "samtal", 1.0),
        (date(2021, 10, 4), "", "varvade", 1.0),
        (date(2021, 10, 5), "", "ringda-samtal", 1.0), (date(2021, 10, 5), "", "samtal", 1.0),
        (date(2021, 10, 5), "", "varvade", 0.0)])


def test_the_same_day_and_förening_keep_their_ids_when_the_export_grows():
    first = {(e.date, e.unit, e.metric): e.id for e in (
        r.entry for r in call_entries(*_table_mapping(GENERIC), CAMPAIGN, "a.csv"))}
    more = GENERIC + "2021-10-06;Bo Berg;S Norrmalm;Svarade\n".encode("cp1252")
    second = {(e.date, e.unit, e.metric): e.id for e in (
        r.entry for r in call_entries(*_table_mapping(more), CAMPAIGN, "a.csv"))}
    assert all(second[key] == uid for key, uid in first.items())
    assert len(second) == len(first) + 3


def _table_mapping(data: bytes):
    table = drop_identifying(read_table(data, "a.csv"))
    return table, built_in("calls", table, CAMPAIGN)


def test_a_call_without_a_date_is_named_by_row_and_column():
    bad = GENERIC + "igår;Bo Berg;S Norrmalm;Svarade\n".encode("cp1252")
    with pytest.raises(InputError) as error:
        counts(bad, "calls")
    assert [p.render("sv") for p in error.value.problems] == [
        "samtal.csv:7:1: Datum: 'igår' är inget datum (ÅÅÅÅ-MM-DD, D.M.ÅÅÅÅ eller D/M/ÅÅÅÅ)"]
