"""A member register reduced to counts, in memory: members at each month end, new members
per month, active members on the day counted; worked out by hand, and for any register
equal to counting member by member (hypothesis)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goals.domain.problems import InputError
from goals.mappings.layouts import built_in
from goals.mappings.pii import drop_identifying
from goals.mappings.register import Member, count_members
from goals.mappings.tables import read_table
from tests.mapping_plans import YEAR

REGISTER = (
    "Förnamn;Efternamn;Personnummer;Mobil;Inträdesdatum;Utträdesdatum;Aktiv\n"
    "Astrid;Lindqvist;19850101-1234;070-111 22 33;2020-06-01;;ja\n"
    "Bertil;Oskarsson;19700202-2345;070-222 33 44;2021-01-10;2021-02-28;x\n"
    "Cecilia;Ek;19900303-3456;070-333 44 55;1.2.2021;;nej\n"
    "David;Holm;19950404-4567;070-444 55 66;2021-02-28;;1\n"
    "Eva;Berg;19600505-5678;070-555 66 77;2021-03-20;;ja\n"
).encode("cp1252")


def register_counts(data: bytes, as_of: date):
    table = drop_identifying(read_table(data, "register.csv"))
    mapping = built_in("register", table, YEAR)
    from goals.mappings.register import register_entries

    return [(e.metric, e.date, e.value, e.id) for e in (
        row.entry for row in register_entries(table, mapping, YEAR, as_of, "register.csv"))]


def test_a_register_becomes_month_end_counts_new_members_and_active_members():
    got = [(metric, day, value) for metric, day, value, _ in
           register_counts(REGISTER, date(2021, 3, 15))]
    # Jan 31: Astrid, Bertil = 2 (new: Bertil = 1). Feb 28: + Cecilia, David, but Bertil
    # left on the 28th = 3 (new: 2). Mar 15, the month not over: 3 (Eva joins on the 20th;
    # new: 0). Active on Mar 15: Astrid and David (Bertil has left, Cecilia is not) = 2.
    assert sorted(got) == sorted([
        ("medlemmar", date(2021, 1, 31), 2.0), ("nya-medlemmar", date(2021, 1, 31), 1.0),
        ("medlemmar", date(2021, 2, 28), 3.0), ("nya-medlemmar", date(2021, 2, 28), 2.0),
        ("medlemmar", date(2021, 3, 15), 3.0), ("nya-medlemmar", date(2021, 3, 15), 0.0),
        ("aktiva", date(2021, 3, 15), 2.0)])


def test_a_month_counted_before_it_ended_keeps_its_id_when_counted_again():
    march = {(m, d.month): i for m, d, _, i in register_counts(REGISTER, date(2021, 3, 15))}
    later = {(m, d.month): i for m, d, _, i in register_counts(REGISTER, date(2021, 4, 30))}
    assert march[("nya-medlemmar", 3)] == later[("nya-medlemmar", 3)]
    assert later[("medlemmar", 4)] not in march.values()


def test_the_identifiers_are_gone_before_the_counts_are_made():
    table = drop_identifying(read_table(REGISTER, "register.csv"))
    assert table.header == ["Inträdesdatum", "Utträdesdatum", "Aktiv"]
    assert table.dropped == ["Förnamn", "Efternamn", "Personnummer", "Mobil"]


def test_a_bad_row_is_named_by_row_and_its_column_in_the_file_without_quoting_an_identifier():
    # Inträdesdatum is the file's 5th column (after four dropped identifier columns)
    bad = REGISTER + "Fia;Ström;19800606-6789;070-666 77 88;19800606-6789;;ja\n".encode()
    with pytest.raises(InputError) as error:
        register_counts(bad, date(2021, 3, 15))
    assert [p.render("en") for p in error.value.problems] == [
        "register.csv:7:5: Inträdesdatum: '•••' is not a date (YYYY-MM-DD, D.M.YYYY or "
        "D/M/YYYY)"]


def test_an_end_before_the_join_and_an_unclear_mark_are_problems():
    bad = ("Inträdesdatum;Utträdesdatum;Aktiv\n2021-02-01;2021-01-01;ja\n"
           "2021-02-01;;kanske\n").encode()
    with pytest.raises(InputError) as error:
        register_counts(bad, date(2021, 3, 15))
    assert [(p.line, p.path, p.key) for p in error.value.problems] == [
        (2, "Utträdesdatum", "mappings.ended_before_joined"),
        (3, "Aktiv", "mappings.bad_mark")]


DAY = st.integers(0, 900).map(lambda n: date(2020, 1, 1) + timedelta(days=n))
MEMBER = st.builds(lambda joined, gap: Member(joined, None if gap is None
                                              else joined + timedelta(days=gap)),
                   DAY, st.one_of(st.none(), st.integers(0, 400)))


def by_hand(members: list[Member], start: date, end: date) -> list[tuple[date, int, int]]:
    """Member by member, month by month: the definition, with no cleverness."""
    rows = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        last = min(date(year, month, calendar.monthrange(year, month)[1]), end)
        first = date(year, month, 1)
        members_then = sum(1 for m in members if m.joined <= last
                           and (m.ended is None or m.ended > last))
        new = sum(1 for m in members if first <= m.joined <= last)
        rows.append((last, members_then, new))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return rows


@settings(max_examples=200, deadline=None)
@given(st.lists(MEMBER, max_size=60), st.integers(0, 364))
def test_register_counts_equal_counting_member_by_member(members, as_of_day):
    start = date(2021, 1, 1)
    end = start + timedelta(days=as_of_day)
    got = [(c.day, c.members, c.new) for c in count_members(members, start, end)]
    assert got == by_hand(members, start, end)


def _cell(day: date, form: int) -> str:
    """The same day as different registers write it."""
    return (day.isoformat(), f"{day.day}.{day.month}.{day.year}",
            f"{day:%Y-%m-%d} 00:00", f"{day:%d/%m/%Y}")[form]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(MEMBER, st.integers(0, 3), st.booleans()), min_size=1, max_size=40),
       st.integers(0, 364))
def test_a_register_file_reduced_to_counts_equals_counting_its_rows_by_hand(rows, as_of_day):
    """File -> table -> identifiers dropped -> counts, against the definition applied to
    the same rows."""
    from goals.mappings.register import register_entries

    lines = ["Namn;Personnummer;Inträdesdatum;Utträdesdatum;Aktiv"]
    for n, (member, form, active) in enumerate(rows):
        ended = _cell(member.ended, form) if member.ended else ""
        lines.append(f"Person Nummer{n};19800101-{n:04d};{_cell(member.joined, form)};"
                     f"{ended};{'ja' if active else ''}")
    table = drop_identifying(read_table(("\n".join(lines) + "\n").encode("cp1252"), "r.csv"))
    as_of = date(2021, 1, 1) + timedelta(days=as_of_day)
    members = [m for m, _, _ in rows]
    entries = [row.entry for row in register_entries(table, built_in("register", table, YEAR),
                                                     YEAR, as_of, "r.csv")]
    got = {(e.metric, e.date): e.value for e in entries}
    expected = {}
    for day, count, new in by_hand(members, date(2021, 1, 1), as_of):
        expected[("medlemmar", day)] = count
        expected[("nya-medlemmar", day)] = new
    expected[("aktiva", as_of)] = sum(1 for m, _, active in rows if active and m.joined <= as_of
                                      and (m.ended is None or m.ended > as_of))
    assert got == expected
