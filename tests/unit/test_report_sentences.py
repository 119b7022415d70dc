"""The year report's sentence per goal: verdict by status, detail by kind, in the plan's
language. Figures worked out by hand in each test."""

from __future__ import annotations

from goals.domain.facts import facts_from_entries
from goals.domain.progress import goal_status
from goals.io.plan_yaml import load_plan_bytes
from goals.reports.content import catch_up, goal_phrase, goal_sentence, told_apart
from goals.services.reports import year_judged_on
from tests.helpers import HEADER, d, flow, level, one_goal_plan, status_of, step

FORENING = HEADER.replace("name: Föreningen}", "name: Föreningen, level: förening}")
YEAR_END = "2021-12-31"
MEMBERS = """
    id: medlemsokning
    text: Öka vårt medlemsantal med 20 %.
    kind: increase
    metric: medlemmar
    baseline: 110
    target: +20%
"""


def sentence(plan, entries, as_of=YEAR_END, lang=None) -> str:
    """As the year report says it: a closed period is judged the day after it closed."""
    judged = year_judged_on(plan.period_end, d(as_of))
    status = status_of(plan, entries, judged.isoformat())
    return goal_sentence(plan, status, lang or plan.language, d(as_of)).replace("\xa0", " ")


def test_an_increase_not_reached_says_from_where_to_where_and_by_how_much():
    # 110 -> 124 is +14, 14/110 = 12.7 %, shown as +13 %; the goal asked for 132.
    plan = one_goal_plan(MEMBERS, header=FORENING)
    assert sentence(plan, [level("2021-05-01", 118), level("2021-12-01", 124)]) == (
        "Målet att öka vårt medlemsantal med 20 % nåddes inte: föreningen gick från 110 "
        "till 124 medlemmar, +13 %.")


def test_an_increase_reached_says_it_was_reached():
    # 110 -> 133 is +23/110 = 20.9 %, shown as +21 %; 133 >= 132.
    plan = one_goal_plan(MEMBERS, header=FORENING)
    assert sentence(plan, [level("2021-11-01", 133)]) == (
        "Målet att öka vårt medlemsantal med 20 % nåddes: föreningen gick från 110 till 133 "
        "medlemmar, +21 %.")


def test_an_increase_without_any_report_cannot_be_judged():
    plan = one_goal_plan(MEMBERS.replace("    baseline: 110\n", ""), header=FORENING)
    assert sentence(plan, []) == (
        "Målet att öka vårt medlemsantal med 20 % kan inte bedömas: inget rapporterades.")


def test_a_total_counts_against_its_target_with_the_share_done():
    # 12 + 24 = 36 posts of 30: 36/30 = 120 %.
    plan = one_goal_plan("""
        id: inlagg
        text: Publicera 30 inlägg.
        kind: total
        metric: poster
        target: 30
    """)
    assert sentence(plan, [flow("2021-02-01", 12), flow("2021-09-01", 24)]) == (
        "Målet att publicera 30 inlägg nåddes: 36 inlägg mot målet 30, 120 %.")


def test_money_is_written_with_its_unit_and_a_missed_total_says_so():
    # 18 500 kr of 25 000 kr: 74 %.
    plan = one_goal_plan("""
        id: valfond
        text: Förstärka valfonden med 25000 kr.
        kind: total
        metric: kronor
        target: 25000
    """)
    assert sentence(plan, [flow("2021-03-01", 10000, "kronor"),
                           flow("2021-10-01", 8500, "kronor")]) == (
        "Målet att förstärka valfonden med 25000 kr nåddes inte: 18 500 kr mot målet "
        "25 000 kr, 74 %.")


def test_a_rate_counts_the_months_that_reached_the_target():
    # Two posts in January and in March, one in February: 2 of 12 months reached 2.
    plan = one_goal_plan("""
        id: hemsida
        text: Minst två inlägg per månad på hemsidan.
        kind: rate
        metric: poster
        target: 2
        per: month
    """)
    entries = [flow("2021-01-05", 2), flow("2021-02-05", 1), flow("2021-03-05", 1),
               flow("2021-03-25", 1)]
    assert sentence(plan, entries) == (
        "Målet ”Minst två inlägg per månad på hemsidan” nåddes inte: 2 av 12 månader med "
        "minst 2 inlägg.")


def test_a_share_reached_at_the_end_of_its_window():
    # 3 of 10 posts tagged klimat: 30 % against 25 %.
    plan = one_goal_plan("""
        id: klimat
        text: Minst en fjärdedel av inläggen om klimatet.
        kind: share
        metric: poster
        tag: klimat
        target: 25%
    """)
    entries = [flow("2021-03-01", 7), flow("2021-04-01", 3, tags=("klimat",))]
    assert sentence(plan, entries) == (
        "Målet ”Minst en fjärdedel av inläggen om klimatet” nåddes: andelen märkt ”klimat” av "
        "inlägg blev 30 % mot målet 25 %.")


def test_a_milestone_with_all_steps_names_the_day_of_the_last():
    plan = one_goal_plan("""
        id: agenda
        text: Besluta om en kulturpolitisk reformagenda.
        kind: milestone
        steps: [Webbinarier, Motion, Beslutad]
    """)
    entries = [step("2021-03-15", "agenda", "Motion"), step("2021-04-14", "agenda", "Webbinarier"),
               step("2021-10-18", "agenda", "Beslutad")]
    assert sentence(plan, entries) == (
        "Målet att besluta om en kulturpolitisk reformagenda nåddes: alla 3 steg klara, det "
        "sista den 18 okt. 2021.")
    assert sentence(plan, entries[:1]) == (
        "Målet att besluta om en kulturpolitisk reformagenda nåddes inte: 1 av 3 steg klart.")


def test_a_milestone_without_steps_says_when_it_was_done_or_only_that_it_was_not():
    plan = one_goal_plan("""
        id: budget
        text: Lägga fram en budget.
        kind: milestone
    """)
    assert sentence(plan, [step("2021-10-28", "budget")]) == (
        "Målet att lägga fram en budget nåddes: klart den 28 okt. 2021.")
    assert sentence(plan, []) == "Målet att lägga fram en budget nåddes inte."


def test_before_the_end_a_running_goal_is_on_its_way_or_behind():
    # 18 of 30 posts on 30 June: 60 % against 181/365 = 49.6 % expected: on track.
    plan = one_goal_plan("""
        id: inlagg
        text: Publicera 30 inlägg.
        kind: total
        metric: poster
        target: 30
    """)
    assert sentence(plan, [flow("2021-02-01", 18)], as_of="2021-06-30").startswith(
        "Målet att publicera 30 inlägg är på väg att nås: 18 inlägg")
    # 5 of 30 on 30 June: 16.7 % of 49.6 % expected is 0.34 < 0.6: at risk.
    assert " är i fara: 5 inlägg " in sentence(plan, [flow("2021-02-01", 5)], "2021-06-30")


def test_norwegian_and_english_sentences_quote_the_plans_words():
    norwegian = HEADER.replace("name: Föreningen}", "name: Laget, level: lokallag}") \
        .replace("period:", "language: nb\nperiod:") \
        .replace("{label: Medlemmar, type: level}", "{label: Medlemmer, type: level}")
    plan = one_goal_plan(MEMBERS.replace("Öka vårt medlemsantal", "Øke medlemstallet"),
                         header=norwegian)
    entries = [level("2021-12-01", 124)]
    assert sentence(plan, entries) == (
        "Målet «Øke medlemstallet med 20 %» ble ikke nådd: laget gikk fra 110 til 124 "
        "medlemmer, +13 %.")
    assert sentence(plan, entries, lang="en") == (
        "The goal “Øke medlemstallet med 20 %” was not reached: the branch went from 110 to "
        "124 medlemmer, +13%.")


def test_only_a_swedish_command_reads_after_malet_att():
    assert goal_phrase("Värva fler medlemmar.", "sv") == "Målet att värva fler medlemmar"
    assert goal_phrase("Ringkvällar nästan varje dag.", "sv") == (
        "Målet ”Ringkvällar nästan varje dag”")
    assert goal_phrase("Många tusen ska bli uppringda.", "sv") == (
        "Målet ”Många tusen ska bli uppringda”")
    assert goal_phrase("SD ska inte växa", "sv") == "Målet ”SD ska inte växa”"
    assert goal_phrase("Öka antalet", "sv", plan_language="nb") == "Målet ”Öka antalet”"


def test_catching_up_on_a_total_needs_the_rest_spread_over_the_months_left():
    # 300 kr of 25 000 kr on 30 June: 24 700 kr over 184 days = 184/30.4375 = 6.045 months,
    # 4 085.9 kr a month, rounded up to 4 086 kr.
    plan = one_goal_plan("""
        id: valfond
        text: Förstärka valfonden.
        kind: total
        metric: kronor
        target: 25000
    """)
    status = status_of(plan, [flow("2021-02-01", 300, "kronor")], "2021-06-30")
    assert status.status == "at_risk"
    assert catch_up(plan, status, d("2021-06-30"), "sv").replace("\xa0", " ") == (
        "Behöver 4 086 kr per månad fram till 31 dec. 2021.")


def test_catching_up_on_a_rate_needs_every_unit_left():
    # On 30 June, July to December are left: 6 months (June ends that day, so 7 with June).
    plan = one_goal_plan("""
        id: hemsida
        text: Två inlägg per månad.
        kind: rate
        metric: poster
        target: 2
        per: month
    """)
    status = status_of(plan, [flow("2021-01-05", 2)], "2021-06-30")
    assert catch_up(plan, status, d("2021-06-30"), "sv") == (
        "Behöver minst 2 inlägg varje månad; 7 månader kvar.")


def test_catching_up_on_a_milestone_names_the_open_steps():
    plan = one_goal_plan("""
        id: program
        text: Utforma ett valprogram.
        kind: milestone
        steps: [Arbetsgrupp, Utkast, Antaget]
    """)
    entries = [step("2021-02-01", "program", "Arbetsgrupp")]
    status = status_of(plan, entries, "2021-06-30")
    assert catch_up(plan, status, d("2021-06-30"), "sv", entries) == (
        "2 steg kvar till 31 dec. 2021. (Utkast; Antaget)")


def test_a_goal_that_counts_only_tagged_reports_names_its_tag():
    # 30 + 10 posts tagged klimat = 40 of 30 (133 %); the 7 untagged posts do not count.
    plan = one_goal_plan("""
        id: klimat
        text: Publicera 30 inlägg om klimatet.
        kind: total
        metric: poster
        tag: klimat
        target: 30
    """)
    entries = [flow("2021-03-01", 30, tags=("klimat",)), flow("2021-05-01", 10, tags=("klimat",)),
               flow("2021-06-01", 7)]
    assert sentence(plan, entries) == (
        "Målet att publicera 30 inlägg om klimatet nåddes: 40 inlägg märkta ”klimat” mot "
        "målet 30, 133 %.")


def test_two_goals_with_the_same_words_are_told_apart_by_metric_or_milestone():
    plan = load_plan_bytes(f"""{HEADER}sections:
  - title: Valet
    goals:
      - {{id: blad-steg, text: Ge ut ett informationsblad., kind: milestone}}
      - {{id: blad-antal, text: Ge ut ett informationsblad, kind: total, metric: poster,
         target: 2}}
      - {{id: annat, text: Något annat., kind: milestone}}
""".encode(), "<test>")
    assert told_apart(plan, list(plan.goals)) == {"blad-steg": "milestone",
                                                  "blad-antal": "metric"}
    status = goal_status(plan, plan.goals[1], facts_from_entries(
        plan, plan.goals[1], [flow("2021-06-01", 1)], d("2022-01-01")), d("2022-01-01"))
    assert goal_sentence(plan, status, "sv", apart="metric").replace("\xa0", " ") == (
        "Målet ”Ge ut ett informationsblad” (mätt i inlägg) nåddes inte: 1 (inlägg) mot "
        "målet 2, 50 %.")


def test_on_its_last_day_the_rules_say_on_track_and_the_year_report_says_missed_the_day_after():
    # 29 of 30 posts on 31 December: 0.967 of the expected 1.0 is on track by §3.4 rule 4;
    # the year report judges the closed year on 1 January, when rule 3 says missed.
    plan = one_goal_plan("""
        id: poster
        text: Publicera 30 inlägg.
        kind: total
        metric: poster
        target: 30
    """)
    entries = [flow("2021-06-01", 29)]
    assert status_of(plan, entries, YEAR_END).status == "on_track"
    assert year_judged_on(plan.period_end, d(YEAR_END)) == d("2022-01-01")
    assert status_of(plan, entries, "2022-01-01").status == "missed"
    assert sentence(plan, entries) == (
        "Målet att publicera 30 inlägg nåddes inte: 29 inlägg mot målet 30, 97 %.")
    # Before the period ends the report judges on the day asked, like every other view.
    assert year_judged_on(plan.period_end, d("2021-06-30")) == d("2021-06-30")
