"""Every sentence template of the reports that carries a number agrees with it, in sv, nb
and en: 1 takes the singular, 0, 2 and 21 the plural (Babel's CLDR rules for the three
languages). The expected sentences are written out by hand below, one singular and one
plural per template and language; a new plural template without them fails the test."""

from __future__ import annotations

import pytest

from goals.domain.plan import Metric
from goals.i18n.reports import MESSAGES
from goals.reports.content import metric_quantity, plural

NUMBERS = (0, 1, 2, 21)
# The fixed words each template is filled with (everything but the number).
PARAMS = {
    "report.summary_line": dict(parts="PARTS"),
    "report.new_reports": {},
    "report.goals_changed": {},
    "report.tagged": dict(quantity="Q", tag="klimat"),
    "report.detail.rate": dict(reached=0, unit="U1", units="UN", target="T"),
    "report.detail.coverage": dict(done=0, actual="0 %", target="100 %"),
    "report.detail.steps_all": dict(day="D"),
    "report.detail.steps": dict(count=3),
    "report.catch_up.rate": dict(target="T", unit="U1", units="UN"),
    "report.catch_up.steps": dict(deadline="D"),
    "report.highlight.milestones": dict(day="D", step="S"),
    "report.org.subtitle": dict(plans="P", as_of="D"),
}
# (singular for 1, plural with {n}) per template and language, written by hand.
EXPECTED = {
    "sv": {
        "report.summary_line": ("1 mål: PARTS.", "{n} mål: PARTS."),
        "report.new_reports": ("1 ny rapport", "{n} nya rapporter"),
        "report.goals_changed": ("1 mål har bytt status", "{n} mål har bytt status"),
        "report.tagged": ("Q märkt ”klimat”", "Q märkta ”klimat”"),
        "report.detail.rate": ("0 av 1 U1 med minst T", "0 av {n} UN med minst T"),
        "report.detail.coverage": ("0 av 1 enhet klarade det, 0 % mot målet 100 %",
                                   "0 av {n} enheter klarade det, 0 % mot målet 100 %"),
        "report.detail.steps_all": ("det enda steget klart den D",
                                    "alla {n} steg klara, det sista den D"),
        "report.detail.steps": ("1 av 3 steg klart", "{n} av 3 steg klara"),
        "report.catch_up.rate": ("Behöver minst T varje U1; 1 U1 kvar.",
                                 "Behöver minst T varje U1; {n} UN kvar."),
        "report.catch_up.steps": ("1 steg kvar till D.", "{n} steg kvar till D."),
        "report.highlight.milestones": (
            "1 steg rapporterades klart, den D: S.",
            "{n} steg och milstolpar rapporterades klara, det sista den D: S."),
        "report.org.subtitle": ("Ur planen P · läget den D", "Ur {n} planer: P · läget den D"),
    },
    "nb": {
        "report.summary_line": ("1 mål: PARTS.", "{n} mål: PARTS."),
        "report.new_reports": ("1 ny rapport", "{n} nye rapporter"),
        "report.goals_changed": ("1 mål har endret status", "{n} mål har endret status"),
        "report.tagged": ("Q merket «klimat»", "Q merket «klimat»"),
        "report.detail.rate": ("0 av 1 U1 med minst T", "0 av {n} UN med minst T"),
        "report.detail.coverage": ("0 av 1 enhet klarte det, 0 % mot målet 100 %",
                                   "0 av {n} enheter klarte det, 0 % mot målet 100 %"),
        "report.detail.steps_all": ("det eneste steget ferdig D",
                                    "alle {n} steg ferdige, det siste D"),
        "report.detail.steps": ("1 av 3 steg ferdig", "{n} av 3 steg ferdige"),
        "report.catch_up.rate": ("Trenger minst T hver U1; 1 U1 igjen.",
                                 "Trenger minst T hver U1; {n} UN igjen."),
        "report.catch_up.steps": ("1 steg igjen til D.", "{n} steg igjen til D."),
        "report.highlight.milestones": (
            "1 steg ble rapportert ferdig, D: S.",
            "{n} steg og milepæler ble rapportert ferdige, det siste D: S."),
        "report.org.subtitle": ("Fra planen P · status per D", "Fra {n} planer: P · status per D"),
    },
    "en": {
        "report.summary_line": ("1 goal: PARTS.", "{n} goals: PARTS."),
        "report.new_reports": ("1 new report", "{n} new reports"),
        "report.goals_changed": ("1 goal changed status", "{n} goals changed status"),
        "report.tagged": ("Q tagged “klimat”", "Q tagged “klimat”"),
        "report.detail.rate": ("0 of 1 U1 with at least T", "0 of {n} UN with at least T"),
        "report.detail.coverage": ("0 of 1 unit made it, 0 % against a target of 100 %",
                                   "0 of {n} units made it, 0 % against a target of 100 %"),
        "report.detail.steps_all": ("its one step done on D",
                                    "all {n} steps done, the last on D"),
        "report.detail.steps": ("1 of 3 steps done", "{n} of 3 steps done"),
        "report.catch_up.rate": ("Needs at least T every U1; 1 U1 left.",
                                 "Needs at least T every U1; {n} UN left."),
        "report.catch_up.steps": ("1 step left before D.", "{n} steps left before D."),
        "report.highlight.milestones": (
            "1 step was reported done, on D: S.",
            "{n} steps and milestones were reported done, the last on D: S."),
        "report.org.subtitle": ("From the plan P · as of D", "From {n} plans: P · as of D"),
    },
}
NUMBER_PARAM = {"report.detail.steps": "done", "report.catch_up.steps": "left",
                "report.catch_up.rate": "left"}
ISSUE = {"sv": Metric("nummer", "Utgivna nummer", "flow", one="Utgivet nummer"),
         "nb": Metric("nummer", "Utgitte nummer", "flow", one="Utgitt nummer"),
         "en": Metric("nummer", "Issues published", "flow", one="Issue published")}
ISSUE_WORDS = {"sv": ("1 utgivet nummer", "{n} utgivna nummer"),
               "nb": ("1 utgitt nummer", "{n} utgitte nummer"),
               "en": ("1 issue published", "{n} issues published")}


def test_every_plural_template_has_its_sentences_written_out_here():
    families = {key.rsplit(".", 1)[0] for key in MESSAGES if key.endswith(".one")}
    assert families == set(PARAMS)
    for key in families:
        assert f"{key}.other" in MESSAGES


def expected_for(lang: str, key: str, number: int) -> str:
    one, other = EXPECTED[lang][key]
    return one if number == 1 else other.format(n=number)


@pytest.mark.parametrize("lang", ["sv", "nb", "en"])
def test_each_sentence_agrees_with_0_1_2_and_21(lang):
    for key, params in PARAMS.items():
        for number in NUMBERS:
            extra = dict(params)
            if key in NUMBER_PARAM:
                extra[NUMBER_PARAM[key]] = number
            got = plural(key, lang, number, **extra).replace("\xa0", " ")
            assert got == expected_for(lang, key, number), (key, number)


@pytest.mark.parametrize("lang", ["sv", "nb", "en"])
def test_a_count_takes_the_metrics_singular_label_for_one(lang):
    one, other = ISSUE_WORDS[lang]
    for number in NUMBERS:
        expected = one if number == 1 else other.format(n=number)
        assert metric_quantity(ISSUE[lang], number, lang) == expected


def test_a_metric_without_a_singular_puts_its_label_in_brackets_for_one():
    meetings = Metric("moten", "Medlemsmöten", "flow")
    assert metric_quantity(meetings, 1, "sv") == "1 (medlemsmöten)"
    assert metric_quantity(meetings, 2, "sv") == "2 medlemsmöten"
    assert metric_quantity(meetings, 21, "sv") == "21 medlemsmöten"


def test_money_names_its_metric_unless_the_label_only_repeats_the_unit():
    fund = Metric("valfond", "Insättning till valfonden", "flow", unit="SEK")
    assert metric_quantity(fund, 23300, "sv").replace("\xa0", " ") == (
        "23 300 kr (insättning till valfonden)")
    assert metric_quantity(Metric("k", "Kronor", "flow", unit="SEK"), 1, "sv") == "1 kr"
    assert metric_quantity(fund, 1.5, "en") == "1.5 kr (insättning till valfonden)"
