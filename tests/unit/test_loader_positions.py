"""Positions in plan errors count characters, as an editor does, also after å, ä, ö, and
whichever YAML reader (libyaml or pure Python) read the file."""

from goals.io.plan_yaml import check_plan_bytes

PLAN = """\
id: p
title: Plan för Åkersberga
organisation: {id: f, name: Föreningen Åäö, levle: förening}
period: {start: 2021-01-01, end: 2021-12-31}
sections: []
"""


def test_the_column_after_non_ascii_text_counts_characters():
    _, problems = check_plan_bytes(PLAN.encode(), "p.yaml")
    assert [(p.line, p.column, p.params["field"]) for p in problems] == [(3, 45, "levle")]
