"""The rule that counts a report entered in two plans of one organisation once: same metric,
day and value, paired off one for one (docs/year_report.md)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from goals.domain.entries import Entry
from goals.reports.organisation import PlanPart, entries_once


def part(plan: str, *entries: Entry) -> PlanPart:
    return PlanPart(SimpleNamespace(plan=SimpleNamespace(id=plan)), list(entries))


def calls(plan: str, day: int, value: float, tags=()) -> Entry:
    return Entry(date=date(2021, 10, day), plan=plan, metric="samtal", value=value, tags=tags)


def total(entries: list[Entry]) -> float:
    return sum(e.value or 0 for e in entries)


def test_a_report_in_both_plans_counts_once_and_different_ones_both_count():
    year = part("year", calls("year", 4, 56, ("hostkampanj",)), calls("year", 4, 64),
                calls("year", 5, 10))
    campaign = part("campaign", calls("campaign", 4, 56, ("aldreomsorg",)),
                    calls("campaign", 4, 64), calls("campaign", 6, 7))
    # 56 + 64 + 10 from the year plan, and only the 7 of 6 October is new: 137.
    assert total(entries_once([year, campaign], date(2021, 1, 1), date(2021, 12, 31))) == 137


def test_identical_reports_pair_off_one_for_one():
    # Three 5s in one plan and two in the other on the same day: three reports, 15.
    one = part("a", *(calls("a", 9, 5) for _ in range(3)))
    other = part("b", *(calls("b", 9, 5) for _ in range(2)))
    assert total(entries_once([one, other], date(2021, 1, 1), date(2021, 12, 31))) == 15
    assert total(entries_once([other, one], date(2021, 1, 1), date(2021, 12, 31))) == 15


def test_milestones_and_entries_outside_the_year_are_kept_or_left_out_by_day():
    step = Entry(date=date(2021, 3, 9), plan="a", milestone="stoppa-1177", step="Stoppat")
    late = Entry(date=date(2022, 1, 3), plan="a", metric="samtal", value=9)
    kept = entries_once([part("a", step, late), part("b", step._replace(plan="b"))],
                        date(2021, 1, 1), date(2021, 12, 31))
    assert [e.plan for e in kept] == ["a", "b"]   # milestones belong to each plan's goals
