"""The scoring script's arithmetic, worked by hand on a small labelled plan."""

from __future__ import annotations

from fractions import Fraction

from benchmarks.drafting_score import Proposal, Tally, Target, goal_number, match, tally

LABELS = [
    Target("Öka medlemsantalet med 20 %", "increase", Fraction(20)),
    Target("antalet aktiva med 50 %", "increase", Fraction(50)),
    Target("två medlemsmöten", "total", Fraction(2)),
    Target("varje månad", "rate", Fraction(1)),
]
BOTH = "Öka medlemsantalet med 20 % och antalet aktiva med 50 %."
PROPOSALS = [
    Proposal(BOTH, "increase", Fraction(50)),        # the second target, right
    Proposal(BOTH, "increase", Fraction(20)),        # the first target, right
    Proposal("Hålla två medlemsmöten.", "rate", Fraction(2)),   # found, wrong kind
    Proposal("Vi vill synas mer i 3 kanaler.", "total", Fraction(3)),   # no target
    Proposal("Dela ut 500 flygblad.", "total", Fraction(500)),          # no target
]


def test_labels_match_the_proposal_that_agrees_first_each_proposal_once():
    # Both increases sit in one sentence: each label takes the proposal with its number.
    assert match(LABELS, PROPOSALS) == {0: 1, 1: 0, 2: 2}


def test_recall_kind_and_number_and_precision_by_hand():
    counts = tally(LABELS, PROPOSALS)
    # 4 labelled targets, 3 found (the rate "varje månad" is missed), 2 with the right
    # kind and number (the meetings were read as a rate); 5 proposed, 3 of them real.
    assert (counts.targets, counts.found, counts.right, counts.proposed, counts.real) == \
        (4, 3, 2, 5, 3)
    assert counts.recall == 3 / 4
    assert counts.accuracy == 2 / 4
    assert counts.precision == 3 / 5


def test_a_label_without_a_number_wants_none_from_the_drafter():
    label = [Target("Värva medlemmar", "total", None)]
    assert tally(label, [Proposal("Värva medlemmar.", "total", None)]).right == 1
    assert tally(label, [Proposal("Värva medlemmar.", "total", Fraction(300))]).right == 0


def test_a_third_is_33_3_percent_to_one_decimal():
    label = [Target("var tredje medlem", "share", Fraction("33.3"))]
    assert tally(label, [Proposal("Minst var tredje medlem.", "share",
                                  Fraction(100, 3))]).right == 1


def test_tallies_add_up_across_plans():
    total = Tally()
    total.add(Tally(targets=4, found=3, right=2, proposed=5, real=3))
    total.add(Tally(targets=6, found=6, right=6, proposed=6, real=6))
    assert (total.recall, total.accuracy, total.precision) == (9 / 10, 8 / 10, 9 / 11)


def test_nothing_to_find_and_nothing_proposed_scores_one():
    assert (Tally().recall, Tally().accuracy, Tally().precision) == (1.0, 1.0, 1.0)


def test_goal_number_reads_targets_as_labels_write_them():
    assert [goal_number({"target": t}) for t in ("+20%", "x2", "10%", 25000, "-5", "33.3%")] \
        == [20, 2, 10, 25000, 5, Fraction("33.3")]
    assert goal_number({"kind": "total"}) is None


def test_kind_right_is_judged_on_every_found_target_number_only_where_labelled():
    labels = [Target("Julfest i december", "milestone", None),
              Target("Fem medlemsmöten", "total", Fraction(5)),
              Target("Ordna studiebesök", "total", None),
              Target("Boule varje torsdag", "rate", Fraction(1))]
    proposals = [Proposal("Julfest i december.", "milestone", None),      # kind right
                 Proposal("Fem medlemsmöten.", "rate", Fraction(5)),      # kind wrong, number right
                 Proposal("Ordna studiebesök.", "total", None)]           # kind right
    counts = tally(labels, proposals)
    # 3 of 4 found; kinds right 2 of the 3 found; of the found, only "Fem medlemsmöten"
    # has a labelled number, and it is right: 1 of 1.
    assert (counts.found, counts.kind_ok, counts.numbered, counts.number_ok) == (3, 2, 1, 1)
    assert counts.kind_right == 2 / 3
    assert counts.number_right == 1.0


def test_quiet_prints_aggregates_without_per_plan_lines(tmp_path, capsys):
    from benchmarks.drafting_score import main

    (tmp_path / "a.txt").write_text("Aktiviteter\n\n- Fem medlemsmöten\n", encoding="utf-8")
    (tmp_path / "a.labels.yaml").write_text(
        "language: sv\ntargets:\n  - {sentence: Fem medlemsmöten, kind: total, number: 5}\n",
        encoding="utf-8")
    main([str(tmp_path), "--quiet"])
    lines = capsys.readouterr().out.splitlines()
    # The header, the drafter's and the baseline's aggregate rows, the JSON line.
    assert len(lines) == 4
    assert "Fem" not in "\n".join(lines)
    assert [line.split()[1:3] for line in lines[1:3]] == [["all", "drafter"],
                                                          ["all", "baseline"]]
