"""The board adds, corrects and removes its meeting dates (with undo); each write is the
board's own, checked on the server and left in the audit trail (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlmodel import Session

from goals.access.roles import AccessDenied, Actor, ActorKind, Role
from goals.services.database import meeting_days, reading
from goals.services.file_import import import_bytes
from goals.services.writes import delete_meeting, move_meeting, record_meeting
from tests.factories import ACCESS_PLAN as PLAN

BOARD_A = Actor(ActorKind.ACCOUNT, "styrelse@example.org",
                grants=frozenset({("forening-a", Role.BOARD)}))
MEMBER_A = Actor(ActorKind.ACCOUNT, "medlem@example.org",
                 grants=frozenset({("forening-a", Role.MEMBER)}))
MARCH, APRIL, MAY = date(2021, 3, 1), date(2021, 4, 12), date(2021, 5, 3)


@pytest.fixture
def board(engine):
    assert import_bytes(engine, PLAN.format(org="a").encode(), "a.yaml", is_plan=True).ok
    record_meeting(engine, "forening-a", MARCH, actor=BOARD_A)
    record_meeting(engine, "forening-a", APRIL, actor=BOARD_A)
    return engine


def days(engine) -> list[date]:
    with reading(engine) as session:
        return meeting_days(session, "forening-a")


def actions(engine) -> list[tuple[str, str]]:
    with Session(engine) as session:
        return [tuple(row) for row in session.execute(text(
            "SELECT action, target FROM audit WHERE action LIKE 'meeting.%' ORDER BY pk"))]


def test_a_meeting_date_is_corrected_and_the_trail_says_from_what_to_what(board):
    assert move_meeting(board, "forening-a", APRIL, MAY, actor=BOARD_A)
    assert days(board) == [MARCH, MAY]
    assert actions(board)[-1] == ("meeting.update", "2021-05-03")


def test_a_correction_onto_a_day_that_has_a_meeting_changes_nothing(board):
    assert not move_meeting(board, "forening-a", APRIL, MARCH, actor=BOARD_A)
    assert days(board) == [MARCH, APRIL]


def test_a_removed_meeting_comes_back_with_undo(board):
    assert delete_meeting(board, "forening-a", MARCH, actor=BOARD_A)
    assert days(board) == [APRIL]
    assert record_meeting(board, "forening-a", MARCH, actor=BOARD_A)   # the undo
    assert days(board) == [MARCH, APRIL]
    assert [a for a, _ in actions(board)][-2:] == ["meeting.delete", "meeting.create"]


def test_a_member_may_neither_correct_nor_remove_a_meeting(board):
    with pytest.raises(AccessDenied):
        delete_meeting(board, "forening-a", MARCH, actor=MEMBER_A)
    with pytest.raises(AccessDenied):
        move_meeting(board, "forening-a", MARCH, MAY, actor=MEMBER_A)
    assert days(board) == [MARCH, APRIL]


def test_the_demo_data_of_a_first_start_has_two_board_meetings(engine):
    from goals.services.bootstrap import seed_if_empty

    seed_if_empty(engine)
    with reading(engine) as session:
        assert meeting_days(session, "v-vallentuna") == [date(2021, 3, 24), date(2021, 10, 27)]
        assert len(meeting_days(session, "s-stockholm")) == 2
