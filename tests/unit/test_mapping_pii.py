"""Identifying columns are recognised by their header (sv, nb, en) and by their content,
and dropped before anything else; a message never quotes a cell that looks like one."""

from __future__ import annotations

import pytest

from goals.mappings.cell_values import HIDDEN, shown
from goals.mappings.pii import cell_kind, drop_identifying, header_kind
from goals.mappings.tables import Table


@pytest.mark.parametrize(("header", "kind"), [
    ("Namn", "name"), ("Förnamn", "name"), ("Etternavn", "name"), ("Full name", "name"),
    ("E-post", "email"), ("Email", "email"), ("Mobil", "phone"), ("Tlf", "phone"),
    ("Gatuadress", "address"), ("Postnummer", "address"), ("Personnummer", "personal_number"),
    ("Fødselsnummer", "personal_number"), ("Födelsedatum", "personal_number"),
    ("Medlemsnummer", "member_number"),
    ("Inträdesdatum", None), ("Aktiv", None), ("Förening", None), ("Utfall", None),
    ("Antal", None)])
def test_headers_that_name_an_identifier_are_recognised(header, kind):
    assert header_kind(header) == kind


@pytest.mark.parametrize(("cell", "kind"), [
    ("anna.svensson@example.se", "email"), ("070-123 45 67", "phone"),
    ("+46 70 123 45 67", "phone"), ("98765432", "phone"), ("19850101-1234", "personal_number"),
    ("850101-1234", "personal_number"), ("010185 12345", "personal_number"),
    ("Storgatan 12", "address"), ("Kirkeveien 3B", "address"),
    ("2021-10-04", None), ("12", None), ("1 234,5", None), ("ja", None), ("S Norrmalm", None),
    ("12345", None)])
def test_cells_that_look_like_an_identifier_are_recognised(cell, kind):
    assert cell_kind(cell) == kind


def test_a_column_is_dropped_by_its_content_when_its_header_says_nothing():
    table = Table(["Kolumn1", "Datum", "Kolumn3"],
                  [["070-123 45 67", "2021-01-01", "x"], ["", "2021-01-02", "y"],
                   ["0701234568", "2021-01-03", "z"]])
    clean = drop_identifying(table)
    assert clean.header == ["Datum", "Kolumn3"]
    assert clean.dropped == ["Kolumn1"]
    assert clean.rows == [["2021-01-01", "x"], ["2021-01-02", "y"], ["2021-01-03", "z"]]


def test_a_column_where_identifiers_are_a_minority_is_kept():
    table = Table(["Anteckning"], [["ring 070-123 45 67"], ["bra möte"], ["070-1234567"],
                                   ["ok"]])
    assert drop_identifying(table).dropped == []


def test_a_message_never_quotes_a_cell_that_looks_like_an_identifier():
    assert shown("19850101-1234") == HIDDEN
    assert shown("anna@example.se") == HIDDEN
    assert shown("2021-02-30") == "2021-02-30"


def test_a_column_of_different_peoples_names_is_dropped_by_its_content():
    table = Table(["Kolumn1", "Förening", "Datum"],
                  [["Anna Svensson", "S Norrmalm", "2021-01-01"],
                   ["Per-Olof af Ekström", "S Norrmalm", "2021-01-02"],
                   ["Åsa Öberg", "S Norrmalm", "2021-01-03"]])
    assert drop_identifying(table).dropped == ["Kolumn1"], "Förening repeats: kept"


def test_a_file_without_a_header_row_keeps_its_first_member_out_of_the_column_names():
    from goals.mappings.tables import read_table

    data = (b"Anna Svensson;19850101-1234;;2020-05-01\n"
            b"Bo Ek;19700202-2345;2021-03-10;2021-01-15\n")
    table = drop_identifying(read_table(data, "utan-rubriker.csv"))
    assert table.header == ["C", "D"]
    assert table.dropped == ["A", "B"]
    assert table.rows == [["", "2020-05-01"], ["2021-03-10", "2021-01-15"]]
    assert table.first_line == 1
