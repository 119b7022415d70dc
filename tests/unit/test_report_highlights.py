"""The year's highlights: totals, the best month and the largest day of each flow metric,
summed by hand from the entries below."""

from __future__ import annotations

from goals.reports.content import highlights, metric_years, monthly_sums
from tests.helpers import HEADER, d, flow, one_goal_plan, step

PLAN = one_goal_plan("""
    id: inlagg
    text: Publicera 30 inlägg.
    kind: total
    metric: poster
    target: 30
""")
# February: 5 + 7 on the 1st (12 that day) and 3 on the 10th = 15; March: 4 on the 5th.
ENTRIES = [flow("2021-02-01", 5, tags=("klimat",)), flow("2021-02-01", 7),
           flow("2021-02-10", 3), flow("2021-03-05", 4)]


def plain(lines: list[str]) -> list[str]:
    return [line.replace("\xa0", " ") for line in lines]


def test_the_arithmetic_of_a_metrics_year():
    (year,) = metric_years(PLAN, ENTRIES)
    assert (year.metric, year.total) == ("poster", 19)
    assert (year.best_month, year.best_month_sum) == (d("2021-02-01"), 15)
    assert (year.best_day, year.best_day_sum, year.best_day_tags) == (
        d("2021-02-01"), 12, ("klimat",))
    assert (year.lowest_day_sum, year.lowest_month_sum) == (3, 4)


def test_highlights_in_words_in_each_language():
    assert plain(highlights(PLAN, ENTRIES, "sv")) == [
        "Sammanlagt 19 inlägg under perioden.",
        "15 inlägg i februari 2021, periodens bästa månad.",
        "12 inlägg på en enda dag, den 1 feb. 2021 (klimat)."]
    assert plain(highlights(PLAN, ENTRIES, "nb"))[1] == (
        "15 inlägg i februar 2021, periodens beste måned.")
    assert plain(highlights(PLAN, ENTRIES, "en"))[2] == (
        "12 inlägg on a single day, 1 Feb 2021 (klimat).")


def test_a_best_day_or_month_is_named_only_when_it_stands_out():
    # One report on each of three days in one month: no best day, no best month.
    even = [flow("2021-05-01", 1), flow("2021-05-02", 1), flow("2021-05-03", 1)]
    assert plain(highlights(PLAN, even, "sv")) == ["Sammanlagt 3 inlägg under perioden."]


def test_large_figures_and_money_are_grouped_in_the_languages_way():
    money = [flow("2021-01-10", 30203, "kronor"), flow("2021-02-10", 43309, "kronor"),
             flow("2021-03-10", 14900, "kronor")]
    assert plain(highlights(PLAN, money, "sv"))[:2] == [
        "Sammanlagt 88 412 kr under perioden.",
        "43 309 kr i februari 2021, periodens bästa månad."]
    assert highlights(PLAN, money, "en")[0] == "88,412 kr in total over the period."


def test_the_last_milestone_reached_is_named_with_its_day():
    plan = one_goal_plan("""
        id: stoppa
        text: Stoppa försäljningen.
        kind: milestone
        steps: [Namninsamling, Köpet stoppat]
    """, header=HEADER)
    entries = [step("2021-01-20", "stoppa", "Namninsamling"),
               step("2021-03-09", "stoppa", "Köpet stoppat")]
    assert plain(highlights(plan, entries, "sv")) == [
        "2 steg och milstolpar rapporterades klara, det sista den 9 mars 2021: Köpet stoppat."]


def test_monthly_sums_cover_every_month_of_the_period():
    sums = monthly_sums(PLAN, ENTRIES)
    assert list(sums) == ["Inlägg"]
    months = sums["Inlägg"]
    assert len(months) == 12 and months[0] == (d("2021-01-01"), 0.0)
    assert months[1] == (d("2021-02-01"), 15) and months[2] == (d("2021-03-01"), 4)
