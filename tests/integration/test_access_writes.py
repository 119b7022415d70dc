"""Every write checks the actor's role on the server side and leaves an audit record
(issue 6), on SQLite and on PostgreSQL.

Two föreningar, a and b, under district d. Tests call the services as the pages do; a page
that forgot to hide a button would meet the same refusal."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text, update
from sqlmodel import Session

from goals.access.roles import EVERYWHERE, AccessDenied, Actor, Role
from goals.services import accounts, audit_trail, report_links
from goals.services.file_import import import_bytes
from goals.services.writes import correct_entry, delete_entries, record_entry, record_meeting
from goals.store.tables import ReportLinkRow
from tests.factories import ACCESS_PLAN as PLAN
from tests.factories import BOARD_A, DISTRICT_D, MEMBER_A, post


@pytest.fixture
def two(engine):
    for org in "ab":
        assert import_bytes(engine, PLAN.format(org=org).encode(), f"{org}.yaml",
                            is_plan=True).ok
    return engine


def count(engine, sql: str, **params) -> int:
    with Session(engine) as session:
        return session.execute(text(sql), params).scalar_one()


def trail(engine) -> list[tuple]:
    with Session(engine) as session:
        return list(session.execute(text(
            "SELECT actor, organisation_id, action, target, before, after FROM audit "
            "ORDER BY pk")))


def test_a_member_reports_for_their_own_forening_and_the_trail_says_who(two):
    uid = record_entry(two, post("a", "två inlägg"), actor=MEMBER_A)
    actor, org, action, target, before, after = trail(two)[-1]
    assert (actor, org, action, target, before) == ("person@example.org", "forening-a",
                                                    "entry.create", uid, None)
    assert json.loads(after)["note"] == "två inlägg"


def test_a_member_of_a_cannot_write_into_b_and_nothing_is_written(two):
    before = count(two, "SELECT count(*) FROM entry")
    with pytest.raises(AccessDenied):
        record_entry(two, post("b"), actor=MEMBER_A)
    with pytest.raises(AccessDenied):
        record_meeting(two, "forening-b", date(2021, 3, 1), actor=BOARD_A)
    assert count(two, "SELECT count(*) FROM entry") == before
    assert count(two, "SELECT count(*) FROM meeting") == 0


def test_a_member_may_not_correct_or_delete_only_the_board_may(two):
    uid = record_entry(two, post("a"), actor=MEMBER_A)
    with pytest.raises(AccessDenied):
        delete_entries(two, [uid], actor=MEMBER_A)
    with pytest.raises(AccessDenied):
        correct_entry(two, uid, day=date(2021, 3, 2), value=5.0, note=None, actor=MEMBER_A)
    with pytest.raises(AccessDenied):   # the board of a is not the board of b
        delete_entries(two, [record_entry(two, post("b"), actor=Actor.local())],
                       actor=BOARD_A)
    assert correct_entry(two, uid, day=date(2021, 3, 2), value=5.0, note="rättat",
                         actor=BOARD_A)
    actor, _org, action, _target, before, after = trail(two)[-1]
    assert action == "entry.update"
    assert (json.loads(before)["value"], json.loads(after)["value"]) == (1.0, 5.0)


def test_a_deletion_is_logged_whole_and_the_board_undoes_it_from_the_trail(two):
    uid = record_entry(two, post("a", "viktigt"), actor=MEMBER_A)
    assert delete_entries(two, [uid], actor=BOARD_A) == 1
    assert count(two, "SELECT count(*) FROM entry WHERE uid = :u", u=uid) == 0
    events = audit_trail.events_for(two, BOARD_A, "forening-a")
    deletion = next(e for e in events if e.action == "entry.delete")
    assert deletion.before["note"] == "viktigt" and deletion.undoable
    with pytest.raises(AccessDenied):
        audit_trail.undo_deletion(two, MEMBER_A, deletion.pk)
    assert audit_trail.undo_deletion(two, BOARD_A, deletion.pk) == 1
    assert count(two, "SELECT count(*) FROM entry WHERE uid = :u", u=uid) == 1
    assert audit_trail.undo_deletion(two, BOARD_A, deletion.pk) == 0   # already back


def test_the_trail_of_b_is_not_readable_by_the_board_of_a(two):
    with pytest.raises(AccessDenied):
        audit_trail.events_for(two, BOARD_A, "forening-b")
    with pytest.raises(AccessDenied):
        audit_trail.events_for(two, DISTRICT_D, "forening-a")   # a district reads plans only


def test_importing_a_plan_needs_the_board_of_its_forening(two):
    refused = import_bytes(two, PLAN.format(org="b").replace("Plan b", "Kapad").encode(),
                           "b.yaml", is_plan=True, actor=BOARD_A)
    assert [p.key for p in refused.problems] == ["access.denied_import"]
    assert count(two, "SELECT count(*) FROM plan WHERE title = 'Kapad'") == 0


def test_nobody_takes_over_another_forenings_plan_id(two):
    hijack = PLAN.format(org="b").replace("forening-b", "forening-a")   # plan-b, now "a's"
    refused = import_bytes(two, hijack.encode(), "b.yaml", is_plan=True, actor=BOARD_A)
    assert [p.key for p in refused.problems] == ["access.denied_import"]


def test_an_entries_file_needs_the_board_and_is_logged_once_per_plan(two):
    csv = (b"date,plan,metric,value\n2021-03-01,plan-a,webbinlagg,2\n"
           b"2021-03-02,plan-a,webbinlagg,1\n")
    assert not import_bytes(two, csv, "e.csv", is_plan=False, actor=MEMBER_A).ok
    assert import_bytes(two, csv, "e.csv", is_plan=False, actor=BOARD_A).ok
    actor, org, action, target, _before, after = trail(two)[-1]
    assert (org, action, target) == ("forening-a", "entries.import", "plan-a")
    assert json.loads(after) == {"file": "e.csv", "added": 2, "updated": 0}


def test_a_report_link_reports_for_its_forening_only_and_entries_carry_it(two):
    token, link = report_links.create_link(two, BOARD_A, "forening-a", "SMS mars")
    actor = report_links.actor_for_token(two, token)
    assert actor is not None and actor.link_id == link.pk
    uid = record_entry(two, post("a"), actor=actor)
    assert count(two, "SELECT count(*) FROM entry WHERE uid = :u AND source = :s", u=uid,
                 s=f"link:{link.pk}") == 1
    with pytest.raises(AccessDenied):
        record_entry(two, post("b"), actor=actor)
    with pytest.raises(AccessDenied):
        delete_entries(two, [uid], actor=actor)
    with pytest.raises(AccessDenied):
        report_links.create_link(two, actor, "forening-a")


def test_a_revoked_or_expired_link_stops_working_at_once(two):
    token, link = report_links.create_link(two, BOARD_A, "forening-a")
    with pytest.raises(AccessDenied):
        report_links.revoke_link(two, MEMBER_A, link.pk)
    assert report_links.revoke_link(two, BOARD_A, link.pk)
    assert report_links.actor_for_token(two, token) is None
    token, link = report_links.create_link(two, BOARD_A, "forening-a", days=1)
    with Session(two) as session, session.begin():
        session.execute(update(ReportLinkRow).where(ReportLinkRow.pk == link.pk).values(
            expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    assert report_links.actor_for_token(two, token) is None
    assert report_links.actor_for_token(two, "not-a-token") is None
    actions = [row[2] for row in trail(two)]
    assert actions.count("link.create") == 2 and actions.count("link.revoke") == 1


def test_only_the_digest_of_a_link_token_is_stored(two):
    token, _link = report_links.create_link(two, BOARD_A, "forening-a")
    assert count(two, "SELECT count(*) FROM report_link WHERE token_digest = :t", t=token) == 0


def test_the_first_admin_is_created_once_then_signs_in(two):
    assert accounts.needs_first_admin(two)
    admin = accounts.create_first_admin(two, "Admin@Example.org", "ett långt lösenord")
    assert (EVERYWHERE, Role.ADMIN) in admin.actor.grants
    with pytest.raises(accounts.AccountProblem):
        accounts.create_first_admin(two, "other@example.org", "ett långt lösenord")
    assert accounts.sign_in(two, "admin@example.org", "ett långt lösenord").account_pk == \
        admin.account_pk


def test_five_wrong_passwords_lock_the_account_even_for_the_right_one(two):
    accounts.create_first_admin(two, "a@example.org", "ett långt lösenord")
    for _ in range(5):
        with pytest.raises(accounts.AccountProblem) as failed:
            accounts.sign_in(two, "a@example.org", "fel lösenord!!")
        assert failed.value.key == "access.sign_in_failed"
    with pytest.raises(accounts.AccountProblem) as locked:
        accounts.sign_in(two, "a@example.org", "ett långt lösenord")
    assert locked.value.key == "access.locked"
    later = datetime.now(UTC) + timedelta(minutes=16)
    assert accounts.sign_in(two, "a@example.org", "ett långt lösenord", now=later)


def test_an_unknown_email_gets_the_same_answer_as_a_wrong_password(two):
    accounts.create_first_admin(two, "a@example.org", "ett långt lösenord")
    with pytest.raises(accounts.AccountProblem) as failed:
        accounts.sign_in(two, "nobody@example.org", "ett långt lösenord")
    assert failed.value.key == "access.sign_in_failed"


def test_roles_are_granted_by_admins_only_and_take_effect_at_once(two):
    admin = accounts.create_first_admin(two, "a@example.org", "ett långt lösenord").actor
    accounts.add_account(two, admin, "m@example.org", "Maja", "ett annat lösenord")
    with pytest.raises(AccessDenied):
        accounts.set_role(two, BOARD_A, "m@example.org", "forening-a", Role.BOARD, granted=True)
    assert accounts.set_role(two, admin, "m@example.org", "forening-a", Role.MEMBER,
                             granted=True)
    signed_in = accounts.sign_in(two, "m@example.org", "ett annat lösenord")
    assert signed_in.actor.grants == {("forening-a", Role.MEMBER)}
    accounts.set_role(two, admin, "m@example.org", "forening-a", Role.MEMBER, granted=False)
    assert accounts.actor_for_account(two, signed_in.account_pk).grants == frozenset()
    actions = [(row[2], row[3]) for row in trail(two)]
    assert ("role.grant", "m@example.org") in actions
    assert ("role.revoke", "m@example.org") in actions


def test_forgetting_a_name_removes_it_from_entries_deleted_entries_and_the_trail(two):
    named = post("a")._replace(reported_by="Kalle Kula")
    kept = record_entry(two, named, actor=MEMBER_A)
    gone = record_entry(two, named._replace(note="raderas"), actor=MEMBER_A)
    delete_entries(two, [gone], actor=BOARD_A)
    admin = Actor.command_line()
    assert audit_trail.forget_name(two, admin, "Kalle Kula") == 2
    for table in ("entry", "deleted_entry"):
        assert count(two, f"SELECT count(*) FROM {table} WHERE reported_by IS NOT NULL") == 0
    assert count(two, "SELECT count(*) FROM audit WHERE after LIKE '%Kalle%' "
                 "OR before LIKE '%Kalle%'") == 0
    assert count(two, "SELECT count(*) FROM entry WHERE uid = :u", u=kept) == 1


def test_the_operator_adds_people_and_roles_from_the_command_line(database_url, monkeypatch,
                                                                 capsys):
    from goals.cli.main import main

    monkeypatch.setenv("GOALS_PASSWORD", "ett långt lösenord")
    assert main(["account", "add", "kassor@example.org", "--name", "Kassör",
                 "--db", database_url]) == 0
    assert main(["account", "grant", "kassor@example.org", "styrelse", "forening-a",
                 "--db", database_url]) == 0
    assert main(["account", "add", "kassor@example.org", "--db", database_url]) == 1
    assert "finns redan" in capsys.readouterr().err
    from goals.store.engine import engine_for

    engine = engine_for(database_url)
    signed_in = accounts.sign_in(engine, "kassor@example.org", "ett långt lösenord")
    assert signed_in.actor.grants == {("forening-a", Role.BOARD)}
    assert [row[0] for row in trail(engine)][-1] == "cli"


def test_a_mapped_spreadsheet_needs_the_board_and_writes_nothing_otherwise(two):
    from goals.mappings.mapping import Mapping
    from goals.services.mapping_import import import_spreadsheet, store_mapping

    sheet = b"Datum;Antal\n2021-03-01;2\n2021-03-02;1\n"
    mapping = Mapping(kind="rows", date="Datum", value="Antal", fixed_metric="webbinlagg")
    refused = import_spreadsheet(two, sheet, "webb.csv", mapping=mapping, plan_id="plan-b",
                                 actor=BOARD_A)
    assert [p.key for p in refused.result.problems] == ["access.denied_import"]
    assert count(two, "SELECT count(*) FROM entry") == 0
    done = import_spreadsheet(two, sheet, "webb.csv", mapping=mapping, plan_id="plan-a",
                              actor=BOARD_A)
    assert done.ok and count(two, "SELECT count(*) FROM entry") == 2
    with pytest.raises(AccessDenied):
        store_mapping(two, "webb", mapping, MEMBER_A)
    assert store_mapping(two, "webb", mapping, BOARD_A)
