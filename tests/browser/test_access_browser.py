"""Access in a real browser (issue 6), on a hosted site (`GOALS_ACCESS=accounts`):
signing in, a report link from a phone, and stored XSS — plan text, notes, display names,
förening names and link labels carrying HTML and script payloads are shown as text, and no
dialog or script runs on any page that shows them."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from goals.access.roles import Role
from goals.domain.entries import Entry
from goals.services import accounts, report_links
from goals.services.file_import import import_bytes
from goals.services.writes import delete_entries, record_entry
from goals.store.engine import create_schema, make_engine
from tests.support.streamlit_server import (
    REPO_ROOT,
    exception_texts,
    open_page,
    run_streamlit,
    screenshot,
    wait_for_app_idle,
)

pytestmark = pytest.mark.browser
PASSWORD = "ett långt lösenord"
PAYLOAD = "<img src=x onerror=alert('p')><script>alert('s')</script>"
PLAN = f"""\
id: xss-plan
title: "Plan {PAYLOAD}"
organisation: {{id: xss-forening, name: "Förening {PAYLOAD}"}}
period: {{start: 2021-01-01, end: 2021-12-31}}
metrics:
  webbinlagg: {{label: "Inlägg {PAYLOAD}", type: flow}}
sections:
  - title: "Avsnitt {PAYLOAD}"
    goals:
      - {{id: webb, text: "Mål {PAYLOAD}", kind: total, metric: webbinlagg, target: 10}}
"""


@pytest.fixture(scope="module")
def site(browser) -> Iterator[tuple[str, str]]:
    """A hosted app with the payload plan, entries whose note and name are payloads, a
    deleted entry (so the trail shows a payload), and a report link with a payload label."""
    directory = Path(tempfile.mkdtemp(prefix="goals-access-browser-"))
    url = f"sqlite:///{directory / 'goals.db'}"
    engine = make_engine(url)
    create_schema(engine)
    assert import_bytes(engine, PLAN.encode(), "xss.yaml", is_plan=True).ok
    admin = accounts.create_first_admin(engine, "admin@example.org", PASSWORD).actor
    accounts.add_account(engine, admin, "styrelse@example.org", f"Namn {PAYLOAD}", PASSWORD)
    accounts.set_role(engine, admin, "styrelse@example.org", "xss-forening", Role.BOARD,
                      granted=True)
    entry = Entry(date=date(2021, 3, 1), plan="xss-plan", metric="webbinlagg", value=2.0,
                  note=f"Not {PAYLOAD}", reported_by=f"Namn {PAYLOAD}")
    record_entry(engine, entry, actor=admin)
    gone = record_entry(engine, entry._replace(value=1.0), actor=admin)
    delete_entries(engine, [gone], actor=admin)
    token, _link = report_links.create_link(engine, admin, "xss-forening", f"SMS {PAYLOAD}")
    engine.dispose()
    try:
        with run_streamlit("app.py", cwd=REPO_ROOT, db_url=url,
                           env={"GOALS_ACCESS": "accounts"}) as base_url:
            yield base_url, token
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def sign_in(page, email: str = "styrelse@example.org", password: str = PASSWORD) -> None:
    page.get_by_label("E-postadress").fill(email)
    page.get_by_label("Lösenord").fill(password)
    page.get_by_role("button", name="Logga in").click()
    wait_for_app_idle(page)


def watch_dialogs(page) -> list[str]:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    return dialogs


def injected(page) -> int:
    """Elements a payload would have created if it had been rendered as HTML."""
    return page.locator("main img[src=x], main script:not([src]), "
                        "section[data-testid='stSidebar'] img[src=x]").count()


def test_signed_out_the_app_asks_for_sign_in_and_shows_no_plan(browser, site):
    base_url, _token = site
    page = open_page(browser, f"{base_url}/?plan=xss-plan", 390, 844)
    assert page.get_by_label("E-postadress").count() == 1
    assert "xss" not in page.locator('[data-testid="stMain"]').inner_text().lower()
    screenshot(page, "sign-in-phone")
    page.context.close()


@pytest.mark.parametrize("path", ["?plan=xss-plan", "mal?plan=xss-plan&goal=webb",
                                  "atkomst", "planer", "rapporter?plan=xss-plan"])
def test_stored_payloads_are_shown_as_text_and_run_nothing(browser, site, path):
    base_url, _token = site
    page = open_page(browser, f"{base_url}/{path}", 1280, 900)
    dialogs = watch_dialogs(page)
    sign_in(page)
    page.mouse.move(300, 300)
    page.mouse.move(600, 500)
    assert exception_texts(page) == []
    body = page.locator('[data-testid="stMain"]').inner_text()
    if path.startswith("?plan"):
        assert f"Plan {PAYLOAD}" in body and f"Förening {PAYLOAD}" in body
    assert injected(page) == 0
    assert dialogs == []
    if path == "atkomst":
        page.get_by_role("tab", name="Ändringslogg").click()
        wait_for_app_idle(page)
        assert injected(page) == 0 and dialogs == []
        screenshot(page, "access-desktop")
    page.context.close()


def test_a_report_link_lets_a_phone_report_and_nothing_else(browser, site):
    base_url, token = site
    page = open_page(browser, f"{base_url}/rapportera?link={token}", 390, 844)
    dialogs = watch_dialogs(page)
    assert page.get_by_label("E-postadress").count() == 0
    page.get_by_text(f"Inlägg {PAYLOAD}", exact=True).click()
    wait_for_app_idle(page)
    page.get_by_role("button", name="Spara").click()
    page.get_by_text("Sparat:").first.wait_for(timeout=20_000)
    assert injected(page) == 0 and dialogs == []
    screenshot(page, "report-link-phone")
    nav = page.locator('[data-testid="stSidebarNav"]')
    assert nav.count() == 0 or "Översikt" not in nav.inner_text()
    page.context.close()
