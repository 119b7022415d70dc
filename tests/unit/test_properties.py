"""Property tests of the rules (hypothesis): what must hold for any entries."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from goals.domain.entries import Entry
from tests.helpers import one_goal_plan, status_of

TOTAL = one_goal_plan("""
    id: fond
    text: Samla 5000 kr.
    kind: total
    metric: kronor
    target: 5000
""")
DAY = st.integers(0, 364).map(lambda n: date(2021, 1, 1) + timedelta(days=n))
POSITIVE_ENTRY = st.builds(lambda day, value: Entry(day, "p", "kronor", value), DAY,
                           st.floats(0, 10_000, allow_nan=False))


@given(st.lists(POSITIVE_ENTRY, max_size=30), st.lists(POSITIVE_ENTRY, min_size=1, max_size=5),
       st.integers(0, 400))
def test_more_flow_entries_never_lower_a_totals_progress(before, more, as_of_day):
    as_of = (date(2021, 1, 1) + timedelta(days=as_of_day)).isoformat()
    first = status_of(TOTAL, before, as_of).progress
    second = status_of(TOTAL, before + more, as_of).progress
    assert second >= first


@given(st.lists(POSITIVE_ENTRY, max_size=30), st.integers(0, 400))
def test_the_order_of_flow_entries_does_not_matter(entries, as_of_day):
    as_of = (date(2021, 1, 1) + timedelta(days=as_of_day)).isoformat()
    assert status_of(TOTAL, entries, as_of).status == \
        status_of(TOTAL, list(reversed(entries)), as_of).status


@given(st.integers(0, 500))
def test_expected_progress_never_decreases_with_time(day):
    as_of = date(2020, 12, 1) + timedelta(days=day)
    later = as_of + timedelta(days=1)
    assert status_of(TOTAL, [], as_of.isoformat()).expected <= \
        status_of(TOTAL, [], later.isoformat()).expected
