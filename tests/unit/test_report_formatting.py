"""A report in the plan's language: headings, summary, dates, numbers and months in sv, nb
and en; the language can be overridden; user text is escaped in Markdown."""

from __future__ import annotations

from goals.domain.plan_status import PlanStatus
from goals.reports.content import month_name, status_report, summary_text, year_report
from goals.reports.markdown import escape, report_markdown
from tests.helpers import HEADER, d, flow, one_goal_plan, status_of

GOAL = """
    id: inlagg
    text: Publicera *30* inlägg [viktigt].
    kind: total
    metric: poster
    target: 30
"""


def report_of(header: str, kind: str, lang: str | None = None):
    plan = one_goal_plan(GOAL, header=header)
    entries = [flow("2021-02-01", 12)]
    status = PlanStatus(plan, d("2021-06-30"), (status_of(plan, entries, "2021-06-30"),))
    make = status_report if kind == "status" else year_report
    return make(status, entries, lang)


def test_a_report_follows_the_plans_language_unless_told_otherwise():
    norwegian = HEADER.replace("period:", "language: nb\nperiod:")
    assert report_of(norwegian, "status").heading == "Statusrapport"
    assert report_of(norwegian, "status", "en").heading == "Status report"
    assert report_of(HEADER, "year").heading == "Verksamhetsberättelse (utkast)"
    assert report_of(norwegian, "year").heading == "Årsberetning (utkast)"


def test_the_subtitle_dates_are_written_in_the_languages_way():
    norwegian = HEADER.replace("period:", "language: nb\nperiod:")
    assert report_of(HEADER, "status").subtitle == (
        "Föreningen · 1 jan. 2021 – 31 dec. 2021 · läget den 30 juni 2021")
    assert report_of(norwegian, "status").subtitle == (
        "Föreningen · 1. jan. 2021 – 31. des. 2021 · status per 30. juni 2021")
    assert report_of(HEADER, "status", "en").subtitle == (
        "Föreningen · 1 Jan 2021 – 31 Dec 2021 · as of 30 Jun 2021")


def test_the_summary_counts_each_status_in_words():
    counts = {"done": 9, "no_data": 0, "missed": 1, "on_track": 2, "behind": 0, "at_risk": 1}
    assert summary_text(counts, "sv") == "13 mål: 9 klart, 1 missat, 2 i fas, 1 i fara."
    assert summary_text(counts, "nb") == "13 mål: 9 nådd, 1 ikke nådd, 2 i rute, 1 i fare."
    assert summary_text(counts, "en") == "13 goals: 9 done, 1 missed, 2 on track, 1 at risk."


def test_month_names_per_language():
    first = d("2021-02-01")
    assert [month_name(first, lang) for lang in ("sv", "nb", "en")] == [
        "februari 2021", "februar 2021", "February 2021"]


def test_the_plans_words_are_escaped_in_markdown():
    assert escape("Publicera *30* inlägg [viktigt]") == r"Publicera \*30\* inlägg \[viktigt\]"
    text = report_markdown(report_of(HEADER, "status"))
    assert r"**Publicera \*30\* inlägg \[viktigt\].**" in text
    assert "*30*" not in text.replace(r"\*", "")
