"""`send` end to end against a real SMTP server (aiosmtpd on loopback): the mails due arrive
and parse as MIME with a plain-text and an HTML part; their links open the right page; a
second run the same day sends nothing; a server that is down, or refuses one address, leaves
nothing recorded for what it did not accept, and the next run sends exactly that.

The plan on 30 June 2021, with no reports at all: both goals have been silent 180 days
(> 30), so kassor@ gets one reminder (valfond) and anna@ one listing two goals; the board
(an account holding the board role, and the plan's own address) gets its first digest;
eva@ asked for the monthly nudge. Five mails."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import Session
from streamlit.testing.v1 import AppTest

from goals.access.roles import Actor, Role
from goals.cli.main import main
from goals.services import accounts
from goals.services.audit_trail import forget_name
from goals.services.file_import import import_bytes
from goals.services.mail import MailSettings, send_due
from goals.services.report_links import actor_for_token
from goals.services.writes import record_meeting
from goals.store.tables import PlanRow, SentMailRow
from tests.support.smtp import free_port, smtp_server

ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2021, 6, 30)
BASE = "https://mal.example.org"
PLAN = """\
id: t-2021
title: Verksamhetsplan T 2021
organisation: {id: t, name: Föreningen T}
period: {start: 2021-01-01, end: 2021-12-31}
reminders: {silent_days: 30, member_nudge: true, board: [styrelsen@t.example],
            members: [{name: Eva, email: eva@t.example}]}
metrics:
  valfond: {label: Insättning, type: flow, unit: SEK}
sections:
  - title: S
    goals:
      - id: valfond
        text: Förstärka valfonden med 25 000 kr.
        kind: total
        metric: valfond
        target: 25000
        commit: 20000
        owners: [kassor@t.example, {name: Anna, email: anna@t.example}]
      - id: program
        text: Anta ett valprogram.
        kind: milestone
        owners: [{name: Anna, email: anna@t.example}]
"""


def _load(engine) -> None:
    import_bytes(engine, PLAN.encode(), "t-2021.yaml", is_plan=True)
    admin = Actor.command_line()
    accounts.add_account(engine, admin, "ordforande@t.example", "Ordförande")
    accounts.set_role(engine, admin, "ordforande@t.example", "t", Role.BOARD, granted=True)


@pytest.fixture
def loaded(engine):
    _load(engine)
    return engine


@pytest.fixture
def server():
    with smtp_server() as running:
        yield running


def _settings(url: str) -> MailSettings:
    return MailSettings(url, "Verksamhetsplaner <noreply@mal.example.org>", BASE)


def _by_recipient(inbox) -> dict[str, object]:
    return {str(m["To"]): m for m in inbox.messages()}


def _sent_rows(engine) -> list[tuple[str, str, date]]:
    with Session(engine) as session:
        return sorted((r.kind, r.plan_id, r.day)
                      for r in session.execute(select(SentMailRow)).scalars())


def _text(message) -> str:
    return message.get_body(("plain",)).get_content()


def test_the_mails_due_arrive_as_mime_with_text_html_and_unsubscribe(loaded, server):
    inbox, url = server
    result = send_due(loaded, AS_OF, _settings(url))
    assert not result.failed
    assert result.counts() == {"reminder": 2, "digest": 2, "nudge": 1}
    mails = _by_recipient(inbox)
    assert set(mails) == {"kassor@t.example", "anna@t.example", "ordforande@t.example",
                          "styrelsen@t.example", "eva@t.example"}
    for message in mails.values():
        assert message.get_body(("plain",)) is not None
        assert message.get_body(("html",)).get_content().startswith("<!DOCTYPE html>")
        assert re.fullmatch(rf"<{BASE}/\?avregistrera=[\w-]+>", message["List-Unsubscribe"].strip())
    anna = _text(mails["anna@t.example"])
    assert mails["anna@t.example"]["Subject"] == "Föreningen T: 2 mål väntar på din rapport"
    assert "Hej Anna!" in anna and "Ingen rapport på 180 dagar" in anna
    assert anna.count("/rapportera?link=") == 2
    assert mails["eva@t.example"]["Subject"] == "Vad har du gjort för föreningen i maj?"
    assert "Efter och i fara" in _text(mails["ordforande@t.example"])


def test_each_mail_is_recorded_once_and_a_second_run_the_same_day_sends_nothing(loaded,
                                                                                server):
    inbox, url = server
    send_due(loaded, AS_OF, _settings(url))
    rows = _sent_rows(loaded)
    assert len(rows) == 5
    again = send_due(loaded, AS_OF, _settings(url))
    assert (again.sent, again.failed) == ([], [])
    assert len(inbox.received) == 5
    assert _sent_rows(loaded) == rows


def test_the_next_day_brings_only_the_new_months_nudge(loaded, server):
    # 1 July: reminded yesterday (within 30 days), digest yesterday (within 7 days); the
    # nudge of June went, July's is due.
    inbox, url = server
    send_due(loaded, AS_OF, _settings(url))
    sent = send_due(loaded, AS_OF + timedelta(days=1), _settings(url)).sent
    assert [(m.kind, m.to) for m in sent] == [("nudge", "eva@t.example")]
    assert _text(_by_recipient(inbox)["eva@t.example"]).count("juni") == 1


def test_an_unreachable_server_leaves_nothing_recorded_and_the_next_run_sends_it_all(
        loaded, server):
    inbox, url = server
    down = send_due(loaded, AS_OF, _settings(f"smtp://127.0.0.1:{free_port()}"))
    assert down.sent == [] and len(down.failed) == 5
    assert _sent_rows(loaded) == []
    up = send_due(loaded, AS_OF, _settings(url))
    assert len(up.sent) == 5 and len(inbox.received) == 5


def test_a_refused_address_fails_alone_and_is_retried_next_run(loaded, server):
    inbox, url = server
    inbox.refuse.add("anna@t.example")
    first = send_due(loaded, AS_OF, _settings(url))
    assert [mail.to for mail, _ in first.failed] == ["anna@t.example"]
    assert "550" in first.failed[0][1]
    assert len(first.sent) == 4
    inbox.refuse.clear()
    second = send_due(loaded, AS_OF, _settings(url))
    assert [mail.to for mail in second.sent] == ["anna@t.example"]


@pytest.mark.parametrize("days, attached", [(6, True), (8, False)])
def test_the_digest_carries_the_status_report_when_the_meeting_is_within_a_week(
        sqlite_engine, server, days, attached):
    _load(sqlite_engine)
    record_meeting(sqlite_engine, "t", AS_OF + timedelta(days=days), actor=Actor.command_line())
    inbox, url = server
    send_due(sqlite_engine, AS_OF, _settings(url))
    digest = _by_recipient(inbox)["ordforande@t.example"]
    files = [part for part in digest.iter_attachments()]
    assert [p.get_content_type() for p in files] == (["application/pdf"] if attached else [])
    if attached:
        assert files[0].get_content()[:5] == b"%PDF-"
        assert "lägesrapporten är bifogad" in _text(digest)


def _url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _link(message, name: str) -> str:
    return re.search(rf"{re.escape(BASE)}/{name}\S+", _text(message)).group(0)


def _app(engine, monkeypatch, page: str, link: str) -> AppTest:
    from urllib.parse import parse_qsl, urlsplit

    import streamlit as st

    monkeypatch.setenv("GOALS_DB", _url(engine))
    monkeypatch.setenv("GOALS_ACCESS", "accounts")
    st.cache_resource.clear()
    st.cache_data.clear()
    at = AppTest.from_file(str(ROOT / page), default_timeout=60)
    at.query_params.update(dict(parse_qsl(urlsplit(link).query)))
    return at.run()


def test_a_reminders_link_opens_rapportera_for_that_plan(sqlite_engine, server, monkeypatch):
    _load(sqlite_engine)
    inbox, url = server
    send_due(sqlite_engine, AS_OF, _settings(url))
    link = _link(_by_recipient(inbox)["anna@t.example"], "rapportera")
    token = re.search(r"link=([\w-]+)", link).group(1)
    assert actor_for_token(sqlite_engine, token).link_organisation == "t"
    assert "plan=t-2021" in link
    at = _app(sqlite_engine, monkeypatch, "app_pages/member_report.py", link)
    assert not at.exception, at.exception
    assert not at.error
    assert at.header[0].value == "Rapportera"
    assert at.selectbox(key="plan").value == "t-2021"   # the plan picker, on that plan


def test_the_digests_link_opens_oversikt_on_that_day(sqlite_engine, server, monkeypatch):
    _load(sqlite_engine)
    inbox, url = server
    send_due(sqlite_engine, AS_OF, _settings(url))
    link = _link(_by_recipient(inbox)["styrelsen@t.example"], "")
    assert link == f"{BASE}/?plan=t-2021&as_of=2021-06-30"
    with Session(sqlite_engine) as session:   # the board's laptop: local mode, no accounts
        from goals.store.tables import AccountRow, RoleGrantRow

        session.execute(RoleGrantRow.__table__.delete())
        session.execute(AccountRow.__table__.delete())
        session.commit()
    at = _app(sqlite_engine, monkeypatch, "app.py", link)
    monkeypatch.setenv("GOALS_ACCESS", "auto")
    at.run()
    assert not at.exception, at.exception
    assert at.selectbox(key="plan").value == "t-2021"
    assert at.date_input(key="as_of").value == AS_OF


def test_the_unsubscribe_link_works_without_an_account_and_stops_the_mail(
        sqlite_engine, server, monkeypatch):
    _load(sqlite_engine)
    inbox, url = server
    send_due(sqlite_engine, AS_OF, _settings(url))
    link = _by_recipient(inbox)["anna@t.example"]["List-Unsubscribe"].strip().strip("<>")
    at = _app(sqlite_engine, monkeypatch, "app.py", link)
    assert not at.exception, at.exception
    at.button(key="unsubscribe").click().run()
    assert at.success and "inga fler brev" in at.success[0].value
    later = send_due(sqlite_engine, AS_OF + timedelta(days=30), _settings(url))
    assert "anna@t.example" not in [m.to for m in later.sent]
    assert "kassor@t.example" in [m.to for m in later.sent]


def test_an_unknown_unsubscribe_token_says_so(sqlite_engine, monkeypatch):
    _load(sqlite_engine)
    at = _app(sqlite_engine, monkeypatch, "app.py", f"{BASE}/?avregistrera=nope")
    at.button(key="unsubscribe").click().run()
    assert at.error and "känns inte igen" in at.error[0].value


def test_forget_name_erases_the_owners_name_and_address_everywhere(sqlite_engine, server):
    _load(sqlite_engine)
    forget_name(sqlite_engine, Actor.command_line(), "Anna")
    with Session(sqlite_engine) as session:
        definition = session.execute(select(PlanRow.definition)).scalar_one()
    assert "anna@t.example" not in definition and "Anna" not in definition
    assert json.loads(definition)["sections"][0]["goals"][0]["owners"] == ["kassor@t.example"]
    inbox, url = server
    send_due(sqlite_engine, AS_OF, _settings(url))
    assert "anna@t.example" not in _by_recipient(inbox)


def test_send_exits_non_zero_and_names_each_mail_that_failed(sqlite_engine, monkeypatch,
                                                             capsys):
    _load(sqlite_engine)
    monkeypatch.setenv("GOALS_SMTP_URL", f"smtp://127.0.0.1:{free_port()}")
    code = main(["send", "--as-of", "2021-06-30", "--db", _url(sqlite_engine)])
    err = capsys.readouterr().err
    assert code == 1
    assert "anna@t.example" in err and "5 brev kunde inte skickas" in err
    assert _sent_rows(sqlite_engine) == []


def test_send_without_smtp_settings_says_how_to_set_them(sqlite_engine, monkeypatch, capsys):
    monkeypatch.delenv("GOALS_SMTP_URL", raising=False)
    monkeypatch.setattr("goals.config.SECRETS_FILE", Path("/nonexistent/secrets.toml"))
    code = main(["send", "--as-of", "2021-06-30", "--db", _url(sqlite_engine)])
    assert code == 2 and "GOALS_SMTP_URL" in capsys.readouterr().err


def test_a_dry_run_prints_the_mails_and_records_nothing(sqlite_engine, monkeypatch, capsys):
    _load(sqlite_engine)
    code = main(["send", "--as-of", "2021-06-30", "--dry-run", "--db", _url(sqlite_engine)])
    out = capsys.readouterr().out
    assert code == 0
    assert out.count("To: ") == 5 and "provkörning: 5 brev" in out
    assert _sent_rows(sqlite_engine) == []



TURNING = """\
id: r-2021
title: Ringplan
organisation: {id: r, name: Ringföreningen}
period: {start: 2021-01-01, end: 2021-12-31}
metrics:
  samtal: {label: Samtal, type: flow}
sections:
  - title: S
    goals:
      - {id: samtal, text: Ringa 100 samtal., kind: total, metric: samtal, target: 100,
         owners: [{name: Bo, email: bo@r.example}]}
"""


def test_an_owner_hears_the_day_after_the_goal_turned_behind(sqlite_engine, server):
    # 44 calls reported on 20 June. Expected on 27 June: floor(100 x 178/365)/100 = 0.48,
    # 0.44/0.48 = 0.92: on track. On 28 June: floor(100 x 179/365)/100 = 0.49,
    # 0.44/0.49 = 0.898: behind. Silent only 7 and 8 days (< 30).
    import_bytes(sqlite_engine, TURNING.encode(), "r.yaml", is_plan=True)
    import_bytes(sqlite_engine, b"date,plan,metric,value\n2021-06-20,r-2021,samtal,44\n",
                 "r.csv", is_plan=False)
    inbox, url = server
    assert send_due(sqlite_engine, date(2021, 6, 27), _settings(url)).sent == []
    sent = send_due(sqlite_engine, date(2021, 6, 28), _settings(url)).sent
    assert [(m.kind, m.to) for m in sent] == [("reminder", "bo@r.example")]
    assert "Målet ligger nu efter" in _text(inbox.messages()[0])
    assert send_due(sqlite_engine, date(2021, 6, 29), _settings(url)).sent == []
