"""The generic mapping: each row an entry (date, metric or a fixed metric, value or "each
row counts as one", tags, note, förening), every problem by row and column, and a mapping
that survives being saved as JSON."""

from __future__ import annotations

from datetime import date

import pytest

from goals.domain.problems import InputError
from goals.mappings.layouts import guess_columns
from goals.mappings.mapping import Mapping, rows_to_entries
from goals.mappings.pii import drop_identifying
from goals.mappings.tables import read_table
from tests.mapping_plans import YEAR


def entries_of(data: bytes, mapping: Mapping, name: str = "f.csv"):
    table = drop_identifying(read_table(data, name))
    return [row.entry for row in rows_to_entries(table, mapping, YEAR, name)]


def test_each_row_counts_as_one_for_a_list_of_web_posts():
    data = ("Publicerad;Rubrik;Kanal\n2021-03-02;Vårmöte;hemsida\n"
            "2021-03-09;=Valfond;facebook\n\n2021-04-01;Påsk;hemsida, facebook\n").encode()
    mapping = Mapping(date="Publicerad", fixed_metric="inlagg", note="Rubrik", tags="Kanal")
    got = [(e.date, e.metric, e.value, e.tags, e.note) for e in entries_of(data, mapping)]
    assert got == [
        (date(2021, 3, 2), "inlagg", 1.0, ("hemsida",), "Vårmöte"),
        (date(2021, 3, 9), "inlagg", 1.0, ("facebook",), "=Valfond"),
        (date(2021, 4, 1), "inlagg", 1.0, ("hemsida", "facebook"), "Påsk")]


def test_a_metric_column_and_a_value_with_decimal_comma_and_förening():
    data = ("Datum;Mått;Antal;Förening\n01.03.2021;kronor;1 500,50;S Östermalm\n"
            "2021-03-05;inlagg;2;\n").encode("cp1252")
    mapping = Mapping(date="Datum", metric="Mått", value="Antal", unit="Förening")
    got = [(e.date, e.metric, e.value, e.unit) for e in entries_of(data, mapping)]
    assert got == [(date(2021, 3, 1), "kronor", 1500.5, "s-ostermalm"),
                   (date(2021, 3, 5), "inlagg", 2.0, None)]


def test_every_bad_cell_is_named_by_row_and_column():
    data = ("Datum,Mått,Antal\n2021-13-01,kronor,5\n2021-03-01,kronr,5\n"
            "2021-03-02,kronor,fem\n2021-03-03,kronor,\n").encode()
    mapping = Mapping(date="Datum", metric="Mått", value="Antal")
    with pytest.raises(InputError) as error:
        entries_of(data, mapping)
    assert [p.render("sv") for p in error.value.problems] == [
        "f.csv:2:1: Datum: '2021-13-01' är inget datum (ÅÅÅÅ-MM-DD, D.M.ÅÅÅÅ eller D/M/ÅÅÅÅ)",
        "f.csv:3:2: Mått: metric: planen 'lag-2021' har inget mått 'kronr' "
        "(menade du 'kronor'?); mått: medlemmar, aktiva, nya-medlemmar, inlagg, kronor",
        "f.csv:4:3: Antal: 'fem' är inget tal (t.ex. 12 eller 1 234,5)",
        "f.csv:5:3: Antal: tom cell; här behövs ett värde"]


def test_a_mapping_that_names_a_dropped_column_is_refused_without_quoting_it():
    data = b"Datum;E-post\n2021-03-01;anna@example.se\n"
    mapping = Mapping(date="Datum", fixed_metric="inlagg", note="E-post")
    with pytest.raises(InputError) as error:
        entries_of(data, mapping)
    text = error.value.problems[0].render("en")
    assert "'E-post' looks like personal data and was dropped" in text
    assert "anna" not in text


def test_a_missing_column_lists_the_columns_there_are():
    with pytest.raises(InputError) as error:
        entries_of(b"Datum;Antal\n2021-03-01;2\n", Mapping(date="Dag", fixed_metric="inlagg"))
    assert error.value.problems[0].message("en") == (
        "the file has no column 'Dag'; its columns are: Datum, Antal")


def test_a_mapping_is_saved_and_read_back_as_json():
    mapping = Mapping(kind="calls", plan="p", date="Datum", outcome="Utfall",
                      conversation_outcomes=["samtal"], conversations_metric="samtal")
    assert Mapping.from_json(mapping.to_json()) == mapping


def test_the_usual_headers_are_guessed():
    table = read_table(b"Datum;Antal;Kommentar\n2021-01-01;1;x\n", "f.csv")
    mapping = guess_columns(table, "rows")
    assert (mapping.date, mapping.value, mapping.note) == ("Datum", "Antal", "Kommentar")
