"""Issue 19: what real plans are made of — lists of activities without numbers, numbers in
words, levels, shares, Nynorsk, calendar rows — read as LABELLING.md says (made-up
examples, none from the corpus)."""

from __future__ import annotations

from goals.drafting import draft_plan

HEAD = "Verksamhetsplan för Exempelföreningen 2024\n\n"


def goals_of(body: str, lang: str | None = None) -> list[tuple[str, str, object]]:
    """(kind, target, the goal's words) of every goal drafted from a plan with `body`."""
    draft = draft_plan(HEAD + body, lang)
    return [(g.goal["kind"], g.goal.get("target"), g.goal["text"]) for g in draft.goals]


def test_each_item_under_an_activity_heading_is_a_goal_and_the_heading_is_not():
    found = goals_of("Aktiviteter\n\n- Sommarfest i parken\n- Stand på torget i maj\n"
                     "- Ordna temakvällar om skolan\n")
    assert [(k, t) for k, t, _ in found] == [("milestone", None), ("milestone", None),
                                            ("total", None)]
    assert not any(text == "Aktiviteter" for _, _, text in found)


def test_a_plural_activity_without_a_count_is_a_total_for_the_board_to_fill_in():
    (found,) = draft_plan(HEAD + "Vi ska:\n\n- Ordna utflykter till naturreservat\n").goals
    assert (found.goal["kind"], "target" in found.goal) == ("total", False)
    assert found.checks, "the form asks the board for the number"


def test_numbers_in_words_in_swedish_norwegian_and_nynorsk():
    found = goals_of("Mål för året\n\n- Fem medlemsmöten\n- Tolv lunchträffar\n"
                     "- Tjugofem nya medlemmar\n")
    assert [(k, t) for k, t, _ in found] == [("total", 5), ("total", 12), ("total", 25)]


def test_spring_and_autumn_is_two_a_year():
    assert goals_of("Information\n\n- Medlemsbrev vår och höst\n")[0][:2] == ("total", 2)


def test_a_member_level_with_a_date_is_an_increase_to_the_level_never_the_date():
    found = goals_of("Medlemmer\n\n- Laget skal vere minst 1 500 medlemar innan 1.1.2025.\n"
                     "- Vi skal vere 250 medlemmer ved årets slutt.\n", "nb")
    assert [(k, t) for k, t, _ in found] == [("increase", 1500), ("increase", 250)]


def test_a_part_of_a_whole_is_a_share_in_percent():
    found = goals_of("Val\n\n- Vi ska finnas i minst 20 av kommunens 26 valdistrikt.\n")
    assert found[0][:2] == ("share", "76.9%")


def test_every_second_tuesday_is_half_a_week_and_the_first_thursday_one_a_month():
    found = goals_of("Arbeidsplan\n\n- Strikkekafé annakvar tysdag\n"
                     "- Medlemsmøte første torsdag i måneden\n"
                     "- Trim hver tirsdag og fredag\n", "nb")
    assert [(k, t) for k, t, _ in found] == [("rate", 0.5), ("rate", 1), ("rate", 2)]


def test_a_calendar_row_with_a_date_is_a_milestone_and_the_date_is_not_its_number():
    found = goals_of("Årshjul\n\nÅrsmöte 15.02.24\n\nMars: Vårmöte i Folkets hus\n\n"
                     "Julfest 14 december\n")
    assert [(k, t) for k, t, _ in found] == [("milestone", None)] * 3


def test_headings_adoption_lines_and_hedges_are_not_goals():
    found = goals_of("Antagen på årsmötet 2024-02-20.\n\nMål för året\n\n"
                     "- Eventuellt en flerdagarsresa om möjligt.\n"
                     "- Vi ska försöka ordna en resa till Bryssel.\n"
                     "- Hemsidan uppdateras löpande.\n")
    assert found == []


def test_a_nynorsk_article_is_not_a_number():
    found = goals_of("Tiltak\n\n- Invitere nye medlemar til ein velkomstkveld i januar.\n",
                     "nb")
    assert found[0][:2] == ("milestone", None)
