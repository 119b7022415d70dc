"""A goal owner opens the report link of a reminder on a phone (390 px) and reports: the
reminder comes from a real `send` to a local SMTP server (aiosmtpd), its link opens
Rapportera for that plan through the förening's report link, and the report is saved with
the link as its source.

Writes docs/screenshots/reminder-link-phone.png."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.support.smtp import smtp_server
from tests.support.streamlit_server import exception_texts, screenshot, wait_for_app_idle

pytestmark = pytest.mark.browser
YEAR = date.today().year
PLAN = f"""\
id: zz-post-{YEAR}
title: Verksamhetsplan för Postföreningen {YEAR}
organisation: {{id: zz-post, name: Postföreningen}}
period: {{start: {YEAR}-01-01, end: {YEAR}-12-31}}
metrics:
  samtal: {{label: Samtal till väljare, type: flow}}
sections:
  - title: Valet
    goals:
      - id: samtal
        text: Ringa 500 samtal till väljare.
        kind: total
        metric: samtal
        target: 500
        owners: [{{name: Anna, email: anna@post.example}}]
"""


def test_a_reminders_link_opens_rapportera_on_a_phone_and_reports(open_app, app_db_url,
                                                                   app_server):
    from goals.services.file_import import import_bytes
    from goals.services.mail import MailSettings, send_due
    from goals.store.engine import make_engine, open_session
    from goals.store.entries import list_entries

    engine = make_engine(app_db_url)
    assert import_bytes(engine, PLAN.encode(), "zz-post.yaml", is_plan=True).ok
    with smtp_server() as (inbox, url):
        result = send_due(engine, date.today(), MailSettings(url, "noreply@post.example",
                                                             app_server))
    assert not result.failed
    reminder = next(m for m in inbox.messages() if m["To"] == "anna@post.example")
    text = reminder.get_body(("plain",)).get_content()
    link = re.search(rf"{re.escape(app_server)}/(rapportera\S+)", text).group(1)
    assert f"plan=zz-post-{YEAR}" in link

    page = open_app(link, width=390, height=844)
    assert exception_texts(page) == []
    page.get_by_role("heading", name="Rapportera").wait_for()
    page.get_by_text("Samtal till väljare", exact=True).click()
    wait_for_app_idle(page)
    screenshot(page, "reminder-link-phone")
    page.get_by_role("button", name="Spara").click()
    page.get_by_text(re.compile(r"^Sparat: .* Tack!$")).wait_for(timeout=20_000)
    assert exception_texts(page) == []
    with open_session(app_db_url) as session:
        entries = list_entries(session, f"zz-post-{YEAR}")
    assert [e.metric for e in entries] == ["samtal"]
    engine.dispose()
