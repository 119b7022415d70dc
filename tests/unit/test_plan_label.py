"""Plan pickers tell plans apart: a drafted copy ("v-vallentuna-2021-fran-text") has the
same title as the adopted plan, and Streamlit identifies a picked option by its label, so
equal labels made one of the two plans unreachable (an import went into the copy)."""

from __future__ import annotations

from tests.conftest import yaml_plan


def plan(plan_id: str, title: str):
    return yaml_plan(f"""
        id: {plan_id}
        title: {title}
        organisation: {{id: f, name: F}}
        period: {{start: 2021-01-01, end: 2021-12-31}}
        sections:
          - title: S
            goals:
              - {{id: m, text: M, kind: milestone}}
        """)


def test_titles_shared_by_two_plans_start_with_the_id_and_unique_titles_stay_as_they_are():
    from goals.ui.shared import plan_label

    plans = {p.id: p for p in (plan("a", "Plan 2021"), plan("b", "Plan 2021"),
                               plan("c", "Annan plan"))}
    label = plan_label(plans)
    assert [label(pid) for pid in plans] == ["a · Plan 2021", "b · Plan 2021", "Annan plan"]
