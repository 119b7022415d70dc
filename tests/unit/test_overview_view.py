"""The overview's view model: the goals behind or at risk first, each with its figure against
the expected pace, and one chart whose bars are coloured by status."""

from __future__ import annotations

from datetime import date

from goals.domain.entries import Entry
from goals.domain.facts import facts_from_entries
from goals.domain.plan_status import PlanStatus
from goals.domain.progress import goal_status
from goals.io.plan_yaml import load_plan_bytes
from goals.views.overview import STATUS_HEX, ordered, overview, progress_chart, short_label

# Five goals of 100 posts each, on their own metric. On 2 July 2021, 183 of 365 days have
# passed, so the pace expects floor(100 × 183/365) = 50 posts (50 %). With the default
# thresholds (on track from 90 % of the pace, behind from 60 %):
# klar 100 → done; ifas 50 → 100 % of pace, on track; efter 40 → 80 %, behind;
# fara 10 → 20 %, at risk; fara2 25 → 50 %, at risk (less far behind than fara).
AMOUNTS = {"klar": 100, "ifas": 50, "efter": 40, "fara": 10, "fara2": 25}
AS_OF = date(2021, 7, 2)


def _plan_status() -> PlanStatus:
    metrics = "".join(f"  {g}: {{label: {g}, type: flow}}\n" for g in AMOUNTS)
    goals = "".join(f"      - {{id: {g}, text: Mål {g}, kind: total, metric: {g}, "
                    f"target: 100}}\n" for g in AMOUNTS)
    text = ("id: p\ntitle: Testplan\norganisation: {id: f, name: Föreningen}\n"
            "period: {start: 2021-01-01, end: 2021-12-31}\nmetrics:\n" + metrics +
            "sections:\n  - title: S\n    goals:\n" + goals)
    plan = load_plan_bytes(text.encode(), "<test>")
    entries = [Entry(date=date(2021, 3, 1), plan="p", metric=g, value=v)
               for g, v in AMOUNTS.items()]
    statuses = tuple(goal_status(plan, goal, facts_from_entries(plan, goal, entries, AS_OF),
                                 AS_OF) for goal in plan.goals)
    return PlanStatus(plan, AS_OF, statuses)


def test_the_statuses_follow_the_worked_figures():
    assert [g.status for g in _plan_status().goals] == [
        "done", "on_track", "behind", "at_risk", "at_risk"]


def test_urgency_order_puts_the_furthest_behind_first_and_done_last():
    assert [g.goal.id for g in ordered(_plan_status().goals)] == [
        "fara", "fara2", "efter", "ifas", "klar"]


def test_plan_order_keeps_the_plans_own_order():
    assert [g.goal.id for g in ordered(_plan_status().goals, "plan")] == list(AMOUNTS)


def test_the_counts_name_done_on_track_behind_and_at_risk():
    model = overview(_plan_status(), "sv")
    assert model.headline == (("done", 1), ("on_track", 1), ("behind", 1), ("at_risk", 2))


def test_every_goal_behind_or_at_risk_needs_attention_with_its_figure_against_expected():
    model = overview(_plan_status(), "sv")
    assert [(a.goal_id, a.status) for a in model.attention] == [
        ("fara", "at_risk"), ("fara2", "at_risk"), ("efter", "behind")]
    assert model.attention[0].figure == "10 av 100 · 10\xa0% av väntat 50\xa0%"
    assert model.attention[2].figure == "40 av 100 · 40\xa0% av väntat 50\xa0%"


def test_the_figure_line_speaks_english_when_asked():
    assert overview(_plan_status(), "en").attention[0].figure == \
        "10 of 100 · 10% of expected 50%"


def test_the_chart_has_one_bar_per_goal_coloured_by_its_status_worst_on_top():
    figure = progress_chart(_plan_status(), "sv")
    bars = [trace for trace in figure.data if trace.type == "bar"]
    coloured = {label: trace.marker.color for trace in bars for label in trace.y}
    assert len(coloured) == 5
    assert coloured["4. Mål fara"] == STATUS_HEX["at_risk"]
    assert coloured["1. Mål klar"] == STATUS_HEX["done"]
    assert list(figure.layout.yaxis.categoryarray)[:2] == ["4. Mål fara", "5. Mål fara2"]
    expected = next(trace for trace in figure.data if trace.type == "scatter")
    assert list(expected.x) == [50.0] * 5


def test_the_chart_axis_is_in_the_chosen_language():
    figure = progress_chart(_plan_status(), "nb")
    assert figure.layout.xaxis.title.text == "Oppnådd (| = forventet nå)"
    assert figure.layout.xaxis.ticktext[1] == "50\xa0%"


def test_a_long_goal_text_is_cut_to_a_numbered_label():
    label = short_label(7, "Undersöka förutsättningarna för distribution av ett lokalt tryckt")
    assert label.startswith("7. Undersöka") and label.endswith("…")
    assert len(label) == len("7. ") + 28
