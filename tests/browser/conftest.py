"""Fixtures for the browser tests: the real app (``app.py`` at the repo root) in Streamlit,
driven by the system Chromium through Playwright.

* ``app_db_url`` (session): ``sqlite:///<tmp>/goals.db``, the database the app is started with
  (``GOALS_DB``). Empty; seed it before the first test that uses ``app_server``.
* ``app_server`` (session): base URL (``http://localhost:<port>``) of the running app.
* ``browser`` (session): a Playwright ``Browser`` (system Chromium, headless).
* ``open_app`` (function): ``open_app(path="", *, width=1280, height=900, **context_options)``
  opens ``app_server + "/" + path`` in a new context, waits until the script run has finished
  and returns the ``Page``; all pages are closed at the end of the test.

Every test in this directory is marked ``browser``; without /usr/bin/chromium they are skipped,
unless ``GOALS_REQUIRE_BROWSER=1`` (CI), where they fail.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.support.streamlit_server import (
    REPO_ROOT,
    launch_chromium,
    open_page,
    run_streamlit,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

_HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)


XSS_PLAN = """\
id: zz-xss-test
title: "<script>alert('title')</script> Plan"
organisation: {id: zz, name: "<img src=x onerror=alert('org')>"}
period: {start: 2021-01-01, end: 2021-12-31}
sections:
  - title: "<b onmouseover=alert('section')>Avsnitt</b>"
    goals:
      - {id: xss, text: "<img src=x onerror=alert('goal')> <script>alert('goal')</script>",
         kind: milestone}
"""


@pytest.fixture(scope="session")
def app_db_url() -> Iterator[str]:
    """The app's database: the seed plans with their demo entries (as a first start would
    load them) and one plan whose every text is an HTML/script payload."""
    from goals.services.bootstrap import seed_if_empty
    from goals.services.file_import import import_bytes
    from goals.store.engine import create_schema, make_engine

    directory = Path(tempfile.mkdtemp(prefix="goals-app-db-"))
    url = f"sqlite:///{directory / 'goals.db'}"
    engine = make_engine(url)
    create_schema(engine)
    seed_if_empty(engine)
    assert import_bytes(engine, XSS_PLAN.encode(), "xss.yaml", is_plan=True).ok
    from goals.services.demo import demo_files

    for demo in sorted(demo_files(foreningar=40, year=2025), key=lambda f: not f.is_plan):
        assert import_bytes(engine, demo.data, demo.name, is_plan=demo.is_plan).ok
    engine.dispose()
    try:
        yield url
    finally:
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - playwright is in requirements-dev.txt
        from tests.support.streamlit_server import browser_unavailable

        browser_unavailable(f"playwright is not installed: {exc}")
        raise
    playwright = sync_playwright().start()
    try:
        chromium = launch_chromium(playwright)
        try:
            yield chromium
        finally:
            chromium.close()
    finally:
        playwright.stop()


@pytest.fixture(scope="session")
def app_server(browser: Browser, app_db_url: str) -> Iterator[str]:
    # Depends on `browser` so a machine without Chromium skips before starting Streamlit.
    with run_streamlit("app.py", cwd=REPO_ROOT, db_url=app_db_url) as base_url:
        yield base_url


@pytest.fixture
def open_app(browser: Browser, app_server: str) -> Iterator[Callable[..., Page]]:
    pages: list[Page] = []

    def _open(path: str = "", *, width: int = 1280, height: int = 900, **options: Any) -> Page:
        page = open_page(browser, f"{app_server}/{path.lstrip('/')}", width, height, **options)
        pages.append(page)
        return page

    yield _open
    for page in pages:
        page.context.close()
