"""What a person waits for: each page opened in a fresh Chromium context, from navigation
until the Streamlit script run has finished, beside a plain Streamlit page with the same
kinds and number of elements and no data work (benchmarks/floor_page.py, a multipage app
with the same menu and sidebar and one floor page per page), in the same run, on SQLite and
on PostgreSQL.

    python -m benchmarks.pages_browser [--repeat 5] [--backends sqlite,postgres]

Needs the system Chromium (/usr/bin/chromium), Playwright and, for PostgreSQL, pgserver
(the test helpers in tests/support start both). Run on demand, not in the tests. Prints
per page the median, the floor's median and the ratio (target ≤ 1.2), then a JSON line.
"Finished" is what the browser tests wait for (tests/support/streamlit_server.py): the app
root says the script is not running, the session is connected, and no element is stale or
still a skeleton. The floor and the pages alternate, so load on the machine hits both.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.2
PAGES = {   # page -> (its address, the floor it is measured against)
    "overview": ("?plan=v-vallentuna-2021", "overview"),
    "goal": ("mal?plan=v-vallentuna-2021&goal=hemsida", "goal"),
    "report": ("rapportera?plan=v-vallentuna-2021", "report"),
    "district": ("distrikt?district=v-storstockholm", "district"),
    "board reports": ("rapporter?plan=v-vallentuna-2021", "board_reports"),
    "plans": ("planer", "plans"),
}


def _seeded(url: str) -> str:
    from goals.services.bootstrap import seed_if_empty
    from goals.store.engine import create_schema, make_engine

    engine = make_engine(url)
    create_schema(engine)
    seed_if_empty(engine)
    engine.dispose()
    return url


def _database(backend: str, folder: Path) -> str:
    if backend == "sqlite":
        return _seeded(f"sqlite:///{folder / 'bench.db'}")
    from tests.support.postgres import fresh_database_url

    return _seeded(fresh_database_url())


# Every element Streamlit drew (by its kind) and the menu's links, sidebar included.
ELEMENT_KINDS_JS = """() => {
  const kinds = {};
  const nodes = document.querySelectorAll(
      '[data-testid=stElementContainer] > *, [data-testid=stSidebarNav] a');
  for (const node of nodes) {
    const kind = node.getAttribute('data-testid') || node.tagName;
    kinds[kind] = (kinds[kind] || 0) + 1;
  }
  return kinds;
}"""


def element_kinds(browser, url: str) -> dict[str, int]:
    """How many elements of each kind the page at URL holds once its script has run (what
    makes a floor the page's floor: the same kinds, the same numbers)."""
    from tests.support.streamlit_server import open_page

    page = open_page(browser, url, 1366, 768)
    try:
        return page.evaluate(ELEMENT_KINDS_JS)
    finally:
        page.context.close()


def _open_once(browser, url: str) -> float:
    """Seconds from navigation to the end of the first script run, in a new context."""
    from tests.support.streamlit_server import _APP_IDLE_JS

    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    try:
        start = time.perf_counter()
        page.goto(url, wait_until="commit")
        page.wait_for_function(_APP_IDLE_JS, timeout=120_000, polling=20)
        return time.perf_counter() - start
    finally:
        context.close()


def _measure(browser, app: str, floor: str, repeat: int) -> dict[str, dict]:
    for path, like in PAGES.values():      # warm both servers' caches and imports
        _open_once(browser, f"{app}/{path}")
        _open_once(browser, f"{floor}/{like}")
    results = {}
    for name, (path, like) in PAGES.items():
        page_s, floor_s = [], []
        for _ in range(repeat):
            floor_s.append(_open_once(browser, f"{floor}/{like}"))
            page_s.append(_open_once(browser, f"{app}/{path}"))
        page_median, floor_median = statistics.median(page_s), statistics.median(floor_s)
        results[name] = {"floor": like, "median_s": round(page_median, 3),
                         "floor_s": round(floor_median, 3),
                         "ratio": round(page_median / floor_median, 2),
                         "elements": sum(element_kinds(browser, f"{app}/{path}").values()),
                         "floor_elements": sum(element_kinds(browser,
                                                             f"{floor}/{like}").values())}
    return results


@contextlib.contextmanager
def servers(backend: str) -> Iterator[tuple[str, str]]:
    """The app on a seeded database of BACKEND and the floor app, both running."""
    from tests.support.streamlit_server import run_streamlit

    folder = Path(tempfile.mkdtemp(prefix="goals-bench-browser-"))
    try:
        url = _database(backend, folder)
        with run_streamlit("app.py", cwd=ROOT, db_url=url) as app, \
                run_streamlit("benchmarks/floor_page.py", cwd=ROOT, db_url=url) as floor:
            yield app, floor
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(backend: str, repeat: int, browser) -> dict[str, dict]:
    with servers(backend) as (app, floor):
        return _measure(browser, app, floor, repeat)


def main(argv: list[str] | None = None) -> dict[str, dict[str, dict]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--backends", default="sqlite,postgres")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    from tests.support.streamlit_server import launch_chromium

    results: dict[str, dict[str, dict]] = {}
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            for backend in args.backends.split(","):
                results[backend] = run(backend, args.repeat, browser)
                print(f"\n{backend}: page opened in a new browser context (median of "
                      f"{args.repeat}), floor = plain page, same elements, no data work")
                for name, figures in results[backend].items():
                    mark = "ok" if figures["ratio"] <= TARGET_RATIO else "over"
                    print(f"  {name:<14} {figures['median_s']:6.2f} s  floor "
                          f"{figures['floor_s']:5.2f} s  ratio {figures['ratio']:.2f}  {mark}"
                          f"  (elements {figures['elements']}, floor "
                          f"{figures['floor_elements']})")
        finally:
            browser.close()
    print(json.dumps({"benchmark": "pages_browser", "target_ratio": TARGET_RATIO,
                      "repeat": args.repeat, "results": results}))
    return results


if __name__ == "__main__":
    main()
