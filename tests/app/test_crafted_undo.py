"""An undo crafted in session state for another förening's entry is refused with the
plain no-access message, not an uncaught AccessDenied (Streamlit's error box)."""

from __future__ import annotations

from sqlalchemy import text

from goals.access.roles import Actor
from goals.services.writes import delete_entries
from tests.app.test_access_page import OTHER_PLAN, OWN_PLAN, page, site  # noqa: F401


def test_an_undo_crafted_for_another_forenings_entry_shows_no_access(site):  # noqa: F811
    engine, people = site
    with engine.connect() as connection:
        uid = connection.execute(text(
            "select e.uid from entry e join plan p on p.pk = e.plan_pk "
            "where p.id = :plan and e.metric is not null limit 1"),
            {"plan": OTHER_PLAN}).scalar()
    assert delete_entries(engine, [uid], actor=Actor.command_line()) == 1
    at = page("app_pages/goal.py", people["board"], plan=OWN_PLAN, goal="valprogram")
    at.session_state["undo_deleted"] = [uid]
    at.run()
    if at.button(key="undo_delete"):
        at.button(key="undo_delete").click().run()
    assert not at.exception
    assert any("behörighet" in w.value or "åtkomst" in w.value for w in at.warning), [
        w.value for w in at.warning]
    with engine.connect() as connection:
        assert not connection.execute(text("select count(*) from entry where uid = :u"),
                                      {"u": uid}).scalar()
