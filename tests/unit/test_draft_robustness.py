"""Whatever text a board pastes, the drafter answers with YAML that parses: user text in
goals and titles (colons, hashes, quotes, HTML, emoji) is quoted, never breaks the file."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from goals.drafting import draft_plan

PIECES = st.sampled_from([
    "Verksamhetsplan för PRO Test 2024", "- Värva 20 nya medlemmar.", "\n", "\n\n", " ",
    "Öka med 20 %", "minst två gånger per termin", "alla föreningar ska", "kr", "#", ": ",
    "'", '"', "<script>alert(1)</script>", "🌹", "\uf0b7 ", "2021-03-10", "– ", "…", "\t",
    "Mål 1: Hålla 3 möten.", "hver måned", "50 000 NOK", "x", "—", "\r\n", "*", "{", "[",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=30))
def test_any_text_gives_a_draft_whose_yaml_parses(pieces):
    text = "".join(pieces)
    draft = draft_plan(text)
    data = yaml.safe_load(draft.to_yaml())
    assert isinstance(data, dict)
    assert len([g for s in data["sections"] or [] for g in s["goals"]]) == len(draft.goals)
    for goal in draft.goals:
        start, end = goal.span
        assert 0 <= start < end <= len(draft.text)


def test_user_text_with_yaml_syntax_is_kept_as_text():
    text = ('Plan 2024: "special" #1\n\n- Värva 20 nya medlemmar: {snabbt} # viktigt\n'
            "- <b>Öka</b> medlemsantalet med 10 %.\n")
    draft = draft_plan(text)
    data = yaml.safe_load(draft.to_yaml())
    goals = [g for s in data["sections"] for g in s["goals"]]
    assert goals[0]["text"] == "Värva 20 nya medlemmar: {snabbt} # viktigt"
    assert goals[1]["text"] == "<b>Öka</b> medlemsantalet med 10 %."
