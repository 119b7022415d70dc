"""AppTest of access (issue 6): sign-in, the first-run step, and what each role sees.

Every page is opened as a member of Vallentuna, as its board, through its report link and
signed out, with query parameters and session state crafted to reach another organisation
(S Stockholm): each attempt shows nothing of it. The seed tree: v-vallentuna's parent is
v-storstockholm; s-stockholm stands alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session
from streamlit.testing.v1 import AppTest

from goals.access.roles import Actor, Role
from goals.services import accounts, report_links
from goals.services.bootstrap import seed_if_empty
from goals.services.writes import delete_entries
from goals.store.engine import engine_for
from goals.ui.access import SESSION_ACCOUNT

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "ett långt lösenord"
OTHER_PLAN = "s-stockholm-2021"
OWN_PLAN = "v-vallentuna-2021"


@pytest.fixture
def site(tmp_path, monkeypatch):
    """A hosted site (sign-in required) with the seed plans and three people."""
    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("GOALS_DB", url)
    monkeypatch.setenv("GOALS_ACCESS", "accounts")
    import streamlit as st

    st.cache_resource.clear()
    st.cache_data.clear()
    engine = engine_for(url)
    seed_if_empty(engine)
    admin = accounts.create_first_admin(engine, "admin@example.org", PASSWORD)
    people = {"admin": admin.account_pk}
    for name, role, org in (("member", Role.MEMBER, "v-vallentuna"),
                            ("board", Role.BOARD, "v-vallentuna"),
                            ("district", Role.DISTRICT, "v-storstockholm")):
        accounts.add_account(engine, admin.actor, f"{name}@example.org", name, PASSWORD)
        accounts.set_role(engine, admin.actor, f"{name}@example.org", org, role, granted=True)
        people[name] = accounts.sign_in(engine, f"{name}@example.org", PASSWORD).account_pk
    return engine, people


def page(name: str, account: int | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / name), default_timeout=60)
    if account is not None:
        at.session_state[SESSION_ACCOUNT] = account
    for key, value in params.items():
        at.query_params[key] = value
    return at


def shown_text(at: AppTest) -> str:
    parts = [e.value for e in (*at.title, *at.header, *at.subheader, *at.markdown,
                               *at.caption, *at.warning, *at.error, *at.info)]
    return " ".join(str(p) for p in parts)


def test_signed_out_the_app_shows_only_the_sign_in_form(site):
    at = page("app.py").run()
    assert not at.exception
    assert [t.label for t in at.text_input] == ["E-postadress", "Lösenord"]
    assert not at.get("progress") and "Vallentuna" not in shown_text(at)


@pytest.mark.parametrize("name", ["app.py", "app_pages/overview.py", "app_pages/goal.py",
                                  "app_pages/member_report.py", "app_pages/plans.py",
                                  "app_pages/district.py", "app_pages/access.py",
                                  "app_pages/board_reports.py", "app_pages/new_plan.py",
                                  "app_pages/edit_plan.py", "app_pages/import_data.py"])
def test_signed_out_no_page_shows_anything_even_opened_directly(site, name):
    at = page(name, plan=OWN_PLAN).run()
    assert not at.exception
    assert not at.get("progress") and "Vallentuna" not in shown_text(at)


def test_signing_in_with_the_form_opens_the_members_own_plan(site):
    at = page("app.py").run()
    at.text_input[0].input("member@example.org")
    at.text_input[1].input(PASSWORD)
    at.button[0].click().run()
    assert not at.exception
    assert at.selectbox(key="plan").options == ["Verksamhetsplan 2021"] or \
        at.selectbox(key="plan").value == OWN_PLAN


def test_a_wrong_password_says_so_and_signs_nobody_in(site):
    at = page("app.py").run()
    at.text_input[0].input("member@example.org")
    at.text_input[1].input("fel lösenord!")
    at.button[0].click().run()
    assert "fel e-postadress eller lösenord" in shown_text(at)
    assert SESSION_ACCOUNT not in at.session_state


def test_a_member_cannot_open_another_organisations_overview(site):
    _engine, people = site
    at = page("app.py", people["member"], plan=OTHER_PLAN)   # the overview is the default
    at.session_state["plan"] = OTHER_PLAN          # crafted session state, too
    at.run()
    assert not at.exception
    assert at.selectbox(key="plan").value == OWN_PLAN
    assert [o for o in at.selectbox(key="plan").options] == [
        at.selectbox(key="plan").format_func(OWN_PLAN)]
    assert "Socialdemokraterna" not in shown_text(at)


def test_a_member_cannot_open_another_organisations_goal(site):
    _engine, people = site
    at = page("app_pages/goal.py", people["member"], plan=OTHER_PLAN,
              goal="medlemsvarvning").run()
    assert not at.exception
    assert "Socialdemokraterna" not in shown_text(at)
    assert "save_entries" not in [b.key for b in at.button]   # a member reads, the board edits


def test_the_board_edits_its_own_entries(site):
    _engine, people = site
    at = page("app_pages/goal.py", people["board"], plan=OWN_PLAN, goal="valfond").run()
    assert not at.exception
    assert "save_entries" in [b.key for b in at.button]


def test_a_member_cannot_report_into_another_organisations_plan(site):
    engine, people = site
    at = page("app_pages/member_report.py", people["member"], plan=OTHER_PLAN).run()
    assert at.error and not at.button
    at = page("app_pages/member_report.py", people["member"])
    at.session_state["plan"] = at.session_state["_chosen_plan"] = OTHER_PLAN
    at.run()
    assert at.selectbox(key="plan").value == OWN_PLAN


def test_a_report_link_reports_for_its_forening_and_the_entry_carries_it(site):
    engine, people = site
    board = accounts.actor_for_account(engine, people["board"])
    token, link = report_links.create_link(engine, board, "v-vallentuna", "SMS")
    at = page("app_pages/member_report.py", link=token, plan=OWN_PLAN).run()
    at.button_group(key="report_choice").set_value("metric:webbinlagg").run()
    assert not at.select_slider, "the board's confidence mark is not offered through a link"
    at.button(key="report_save").click().run()
    assert not at.exception and at.success
    with Session(engine) as session:
        assert session.execute(text("SELECT count(*) FROM entry WHERE source = :s"),
                               {"s": f"link:{link.pk}"}).scalar_one() == 1
    at = page("app_pages/member_report.py", link=token, plan=OTHER_PLAN).run()
    assert at.error and not at.button
    for name in ("app_pages/overview.py", "app_pages/goal.py", "app_pages/plans.py"):
        at = page(name, link=token, plan=OWN_PLAN).run()
        assert not at.get("progress") and "Verksamhetsplan" not in shown_text(at), name


def test_a_revoked_link_says_so(site):
    engine, people = site
    board = accounts.actor_for_account(engine, people["board"])
    token, link = report_links.create_link(engine, board, "v-vallentuna")
    report_links.revoke_link(engine, board, link.pk)
    at = page("app_pages/member_report.py", link=token).run()
    assert "fungerar inte längre" in shown_text(at) and not at.button


def test_a_members_plans_page_has_no_upload_and_only_their_plans(site):
    _engine, people = site
    at = page("app_pages/plans.py", people["member"]).run()
    assert not at.exception and not at.text_area
    assert at.selectbox(key="plan").value == OWN_PLAN
    assert len(at.selectbox(key="plan").options) == 1


def test_the_district_page_lists_only_districts_one_may_read(site):
    _engine, people = site
    at = page("app_pages/district.py", people["member"], district="v-storstockholm").run()
    assert not at.exception and not at.selectbox
    at = page("app_pages/district.py", people["district"], district="s-stockholm").run()
    assert at.selectbox(key="district_pick").value == "v-storstockholm"


def test_the_board_creates_a_report_link_and_sees_its_trail(site):
    _engine, people = site
    at = page("app_pages/access.py", people["board"]).run()
    assert not at.exception
    assert at.selectbox(key="access_organisation").options == ["Vänsterpartiet Vallentuna"]
    at.text_input[0].input("SMS till medlemmar")
    at.button[0].click().run()
    assert any("rapportera?link=" in c.value for c in at.code)
    assert "rapportlänk skapad" in " ".join(str(df.value.to_dict()) for df in at.dataframe)
    assert not [t for t in at.text_input if t.label == "E-postadress"]   # not an admin


def test_a_member_has_no_access_page(site):
    _engine, people = site
    at = page("app_pages/access.py", people["member"]).run()
    assert at.warning and not at.button


def test_the_admin_adds_an_account_and_grants_a_role(site):
    engine, people = site
    at = page("app_pages/access.py", people["admin"]).run()
    form = [t for t in at.text_input if t.label == "E-postadress"]
    form[0].input("ny@example.org")
    next(b for b in at.button if b.label == "Lägg till konto").click().run()
    assert "Kontot är skapat." in shown_text(at) or at.success
    assert accounts.actor_for_email(engine, "ny@example.org").kind.value == "account"
    at.text_input(key="role_email").input("ny@example.org")
    at.selectbox(key="role_organisation").set_value("v-vallentuna")
    next(b for b in at.button if b.label == "Ge roll").click().run()
    assert not at.exception
    assert accounts.actor_for_email(engine, "ny@example.org").grants == {
        ("v-vallentuna", Role.MEMBER)}


def test_the_first_run_needs_the_one_time_code(tmp_path, monkeypatch):
    monkeypatch.setenv("GOALS_DB", f"sqlite:///{tmp_path / 'first.db'}")
    monkeypatch.setenv("GOALS_ACCESS", "accounts")
    monkeypatch.setenv("GOALS_SETUP_CODE", "kod-1234")
    import streamlit as st

    st.cache_resource.clear()
    at = page("app.py").run()
    code, email, _name, password, again = at.text_input
    code.input("fel")
    email.input("admin@example.org")
    password.input(PASSWORD)
    again.input(PASSWORD)
    at.button[0].click().run()
    assert "fel engångskod" in shown_text(at)
    at.text_input[0].input("kod-1234")
    at.button[0].click().run()
    assert not at.exception
    assert isinstance(at.session_state[SESSION_ACCOUNT], int)


def test_the_first_run_form_stops_after_five_wrong_codes(tmp_path, monkeypatch):
    monkeypatch.setenv("GOALS_DB", f"sqlite:///{tmp_path / 'first.db'}")
    monkeypatch.setenv("GOALS_ACCESS", "accounts")
    monkeypatch.setenv("GOALS_SETUP_CODE", "kod-1234")
    import streamlit as st

    st.cache_resource.clear()
    at = page("app.py").run()
    for _ in range(5):
        at.text_input[0].input("fel")
        at.button[0].click().run()
    at.text_input[0].input("kod-1234")
    at.button[0].click().run()
    assert "För många felaktiga försök" in shown_text(at)
    assert SESSION_ACCOUNT not in at.session_state


def test_local_mode_needs_no_sign_in_only_on_loopback(monkeypatch):
    from goals import config as settings

    monkeypatch.delenv("GOALS_ACCESS", raising=False)
    assert settings.access_mode("localhost", has_accounts=False) == "local"
    assert settings.access_mode("localhost", has_accounts=True) == "accounts"
    assert settings.access_mode("0.0.0.0", has_accounts=False) == "accounts"
    assert settings.access_mode(None, has_accounts=False) == "accounts"   # all interfaces
    monkeypatch.setenv("GOALS_ACCESS", "local")
    assert settings.access_mode("0.0.0.0", has_accounts=True) == "accounts"


@pytest.mark.parametrize("name", ["app_pages/new_plan.py", "app_pages/edit_plan.py",
                                  "app_pages/access.py", "app_pages/import_data.py"])
def test_a_member_has_none_of_the_boards_pages(site, name):
    _engine, people = site
    at = page(name, people["member"], plan=OWN_PLAN).run()
    assert not at.exception and at.warning
    assert not at.text_area and not at.get("file_uploader")


def test_the_board_edits_only_its_own_plans(site):
    _engine, people = site
    at = page("app_pages/edit_plan.py", people["board"], plan=OTHER_PLAN).run()
    assert not at.exception
    assert at.selectbox(key="plan").value == OWN_PLAN
    assert len(at.selectbox(key="plan").options) == 1


def test_a_member_gets_reports_of_their_own_plans_only(site):
    _engine, people = site
    at = page("app_pages/board_reports.py", people["member"], plan=OTHER_PLAN)
    at.session_state["plan"] = at.session_state["_chosen_plan"] = OTHER_PLAN
    at.run()
    assert not at.exception
    assert at.selectbox(key="plan").value == OWN_PLAN
    assert len(at.selectbox(key="plan").options) == 1


def test_an_undo_crafted_for_another_forenings_entry_shows_no_access(site):
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



def test_a_mistyped_report_link_on_a_new_site_asks_for_a_new_link_not_an_admin(tmp_path,
                                                                              monkeypatch):
    """Before any account exists a wrong link opened the first-run set-up page (and the
    server logged a new set-up code); the member is told to ask the board instead."""
    monkeypatch.setenv("GOALS_DB", f"sqlite:///{tmp_path / 'new.db'}")
    monkeypatch.setenv("GOALS_ACCESS", "accounts")
    import streamlit as st

    st.cache_resource.clear()
    at = page("app.py", link="felskriven-lank").run()
    assert not at.exception
    assert "Rapportlänken fungerar inte längre" in shown_text(at)
    assert "Be styrelsen om en ny." in shown_text(at)
    assert not at.text_input, "no set-up or sign-in form"
