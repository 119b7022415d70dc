"""Who may do what (issue 6): the one rule, stated as a table over a small district tree.

    distrikt-d ── forening-a
               └─ forening-b
    distrikt-e ── forening-c
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from goals.access import links, passwords
from goals.access.roles import (
    EVERYWHERE,
    AccessDenied,
    Actor,
    ActorKind,
    Permission,
    Role,
    allowed,
    ancestors,
    require,
)

TREE = {"forening-a": "distrikt-d", "forening-b": "distrikt-d", "forening-c": "distrikt-e",
        "distrikt-d": None, "distrikt-e": None}
R, W, M, A = Permission.READ, Permission.REPORT, Permission.MANAGE, Permission.ADMIN


def person(*grants: tuple[str, Role]) -> Actor:
    return Actor(ActorKind.ACCOUNT, "x@example.org", grants=frozenset(grants))


MEMBER_A = person(("forening-a", Role.MEMBER))
BOARD_A = person(("forening-a", Role.BOARD))
DISTRICT_D = person(("distrikt-d", Role.DISTRICT))
ADMIN = person((EVERYWHERE, Role.ADMIN))
LINK_A = Actor.for_link(7, "forening-a", "SMS")
BOARD_A_AND_C = person(("forening-a", Role.BOARD), ("forening-c", Role.MEMBER))

CASES = [
    # actor, permission, organisation, allowed?
    (MEMBER_A, R, "forening-a", True), (MEMBER_A, W, "forening-a", True),
    (MEMBER_A, M, "forening-a", False), (MEMBER_A, R, "forening-b", False),
    (MEMBER_A, W, "forening-b", False), (MEMBER_A, R, "distrikt-d", False),
    (BOARD_A, M, "forening-a", True), (BOARD_A, R, "forening-b", False),
    (BOARD_A, M, "forening-b", False), (BOARD_A, A, None, False),
    (DISTRICT_D, R, "forening-a", True), (DISTRICT_D, R, "forening-b", True),
    (DISTRICT_D, R, "distrikt-d", True), (DISTRICT_D, M, "distrikt-d", True),
    (DISTRICT_D, M, "forening-a", False), (DISTRICT_D, W, "forening-a", False),
    (DISTRICT_D, R, "forening-c", False), (DISTRICT_D, R, "distrikt-e", False),
    (LINK_A, W, "forening-a", True), (LINK_A, R, "forening-a", False),
    (LINK_A, M, "forening-a", False), (LINK_A, W, "forening-b", False),
    (ADMIN, M, "forening-c", True), (ADMIN, A, None, True),
    (BOARD_A_AND_C, M, "forening-a", True), (BOARD_A_AND_C, W, "forening-c", True),
    (BOARD_A_AND_C, M, "forening-c", False),
    (Actor.anonymous(), R, "forening-a", False),
    (Actor.local(), M, "forening-b", True), (Actor.command_line(), A, None, True),
]


@pytest.mark.parametrize("actor, permission, organisation, expected", CASES)
def test_the_rule_table(actor, permission, organisation, expected):
    assert allowed(actor, permission, organisation, TREE) is expected


def test_a_district_reads_every_level_below_it_not_only_the_next():
    tree = {"lag": "krets", "krets": "fylke", "fylke": None}
    assert allowed(person(("fylke", Role.DISTRICT)), R, "lag", tree)


def test_a_cycle_in_the_tree_does_not_hang():
    assert ancestors("a", {"a": "b", "b": "a"}) == ["a", "b"]


def test_require_raises_with_the_permission_and_organisation():
    with pytest.raises(AccessDenied) as refused:
        require(MEMBER_A, M, "forening-a", TREE)
    assert (refused.value.permission, refused.value.organisation_id) == (M, "forening-a")


def test_entries_saved_through_a_link_carry_the_link():
    assert LINK_A.source == "link:7"
    assert MEMBER_A.source == "app"


def test_passwords_are_argon2_hashes_that_verify_only_the_password():
    stored = passwords.hash_password("rätt lösenord 1")
    assert stored.startswith("$argon2id$") and "rätt" not in stored
    assert passwords.verify_password(stored, "rätt lösenord 1")
    assert not passwords.verify_password(stored, "fel lösenord 1")
    assert not passwords.verify_password(None, "x") and not passwords.verify_password("junk", "x")


def test_short_passwords_are_refused():
    assert passwords.password_problem("kort") == "access.password_short"
    assert passwords.password_problem("x" * passwords.MIN_LENGTH) is None


def test_the_fifth_failure_in_a_row_locks_for_fifteen_minutes():
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    assert passwords.locked_until(4, now) is None
    assert passwords.locked_until(5, now) == now + timedelta(minutes=15)


def test_a_link_works_until_revoked_or_expired():
    now = datetime(2026, 3, 1, tzinfo=UTC)
    later = now + timedelta(days=1)
    assert links.link_is_usable(later, None, now)
    assert not links.link_is_usable(now, None, now)        # expiry is exclusive
    assert not links.link_is_usable(later, now, now)       # revoked


def test_tokens_are_long_random_and_stored_only_as_a_digest():
    first, second = links.new_token(), links.new_token()
    assert first != second and len(first) >= 32
    assert links.token_digest(first) != first and len(links.token_digest(first)) == 64
