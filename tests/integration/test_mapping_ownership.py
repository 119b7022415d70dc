"""Saved column mappings belong to an organisation: a förening's board saves and picks only
its own (a district its district's), one board can never overwrite another's by using the
same name, and every change is audited with the organisation and the definition before and
after. Forgetting a name also scrubs it from the notes inside the trail's images."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from goals.access.roles import AccessDenied, Actor, Role
from goals.mappings.mapping import Mapping
from goals.services import audit_trail
from goals.services.mapping_import import resolve_mapping, saved_mappings, store_mapping
from goals.services.writes import correct_entry, record_entry
from tests.factories import ACCESS_PLAN as PLAN
from tests.factories import BOARD_A, DISTRICT_D, person, post

BOARD_B = person(("forening-b", Role.BOARD))
DISTRICT_PLAN = PLAN.format(org="d").replace("forening-d", "distrikt-d").replace(
    ", parent: distrikt-d", "")


@pytest.fixture
def three(engine):
    from goals.services.file_import import import_bytes

    for org in "ab":
        assert import_bytes(engine, PLAN.format(org=org).encode(), f"{org}.yaml",
                            is_plan=True).ok
    assert import_bytes(engine, DISTRICT_PLAN.encode(), "d.yaml", is_plan=True).ok
    return engine


def _mapping(plan: str, value: str) -> Mapping:
    return Mapping(kind="rows", plan=plan, date="Datum", value=value, fixed_metric="webbinlagg")


def test_one_board_cannot_overwrite_anothers_mapping_of_the_same_name(three):
    assert store_mapping(three, "webb", _mapping("plan-a", "Antal"), BOARD_A)
    assert store_mapping(three, "webb", _mapping("plan-b", "Inlägg"), BOARD_B)
    assert saved_mappings(three, ["forening-a"])["webb"].value == "Antal"
    assert saved_mappings(three, ["forening-b"])["webb"].value == "Inlägg"
    assert list(saved_mappings(three, ["forening-b"])) == ["webb"]
    with pytest.raises(AccessDenied):   # B's board saving for A's plan
        store_mapping(three, "webb", _mapping("plan-a", "Fel"), BOARD_B)
    assert saved_mappings(three, ["forening-a"])["webb"].value == "Antal"
    picked = resolve_mapping(three, "webb", b"", "x.csv", "plan-b", ["forening-b"])
    assert picked.value == "Inlägg"


def test_a_district_saves_its_districts_mapping_and_not_a_forenings(three):
    assert store_mapping(three, "distrikt", _mapping("plan-d", "Antal"), DISTRICT_D)
    assert list(saved_mappings(three, ["distrikt-d"])) == ["distrikt"]
    with pytest.raises(AccessDenied):
        store_mapping(three, "distrikt", _mapping("plan-a", "Antal"), DISTRICT_D)


def test_every_change_to_a_mapping_is_audited_with_organisation_before_and_after(three):
    store_mapping(three, "webb", _mapping("plan-a", "Antal"), BOARD_A)
    store_mapping(three, "webb", _mapping("plan-a", "Inlägg"), BOARD_A)
    with three.connect() as connection:
        rows = list(connection.execute(text(
            "select organisation_id, before, after from audit where action = 'mapping.save' "
            "order by pk")))
    assert [r[0] for r in rows] == ["forening-a", "forening-a"]
    assert rows[0][1] is None and json.loads(rows[0][2])["value"] == "Antal"
    assert json.loads(rows[1][1])["value"] == "Antal"
    assert json.loads(rows[1][2])["value"] == "Inlägg"


def test_forgetting_a_name_scrubs_it_from_notes_in_the_trails_images(three):
    uid = record_entry(three, post("a", note="Kalle Kula sa hej"), actor=BOARD_A)
    correct_entry(three, uid, day=post("a").date, value=1.0, note="någon sa hej",
                  actor=BOARD_A)
    audit_trail.forget_name(three, Actor.command_line(), "Kalle Kula")
    with three.connect() as connection:
        left = connection.execute(text(
            "select count(*) from audit where before like '%Kalle%' or after like '%Kalle%'"
        )).scalar()
    assert left == 0
