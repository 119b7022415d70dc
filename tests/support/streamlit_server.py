"""Run the Streamlit app in a subprocess and drive it with Chromium (Playwright, sync API).

The fixtures built on this live in ``tests/browser/conftest.py``; the helpers here are plain
functions so they can be reused (and tried against a throw-away app).

How "the app has finished running" is detected (checked against the installed Streamlit's
frontend bundle, ``streamlit/static/static/js/index.*.js``, Streamlit 1.67): the root element
``[data-testid="stApp"]`` carries

* ``data-test-script-state``: ``initial`` (no run yet), ``running``, ``rerunRequested``,
  ``stopRequested``, ``notRunning`` (finished) or ``compilationError``;
* ``data-test-connection-state``: ``CONNECTED`` once the websocket session is up.

While a run is in progress the status widget shows ``[data-testid="stStatusWidgetRunningIcon"]``;
lazily loaded elements (plotly, markdown extras) show ``[data-testid="stSkeleton"]`` until their
code has arrived, and elements left from the previous run carry ``data-stale="true"``.
``open_page`` waits until the script state is ``notRunning``/``compilationError``, the session
is connected, and none of those three are present -- and that this holds twice, a moment apart,
so an immediate rerun (``st.rerun``, query-param sync) is not mistaken for the end.

Never run ``playwright install``: the browser is the system Chromium at ``/usr/bin/chromium``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright

REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT_DIR = REPO_ROOT / "docs" / "screenshots"

CHROMIUM_PATH = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",  # runs as root in containers/CI
    "--disable-gpu",
    "--disable-dev-shm-usage",  # Docker's 64 MB /dev/shm makes Chromium crash on big pages
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
REQUIRE_BROWSER_ENV = "GOALS_REQUIRE_BROWSER"

HEALTH_TIMEOUT_S = 60.0
APP_IDLE_TIMEOUT_S = 30.0

_APP_IDLE_JS = """
() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app) return false;
  const state = app.getAttribute('data-test-script-state');
  const connection = app.getAttribute('data-test-connection-state');
  return connection === 'CONNECTED'
    && (state === 'notRunning' || state === 'compilationError')
    && !document.querySelector('[data-testid="stStatusWidgetRunningIcon"]')
    && !document.querySelector('[data-testid="stSkeleton"]')
    && !document.querySelector('[data-testid="stAppSkeleton"]')
    && !document.querySelector('[data-stale="true"]');
}
"""

_APP_STATE_JS = """
() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return {
    script: app && app.getAttribute('data-test-script-state'),
    connection: app && app.getAttribute('data-test-connection-state'),
    running: !!document.querySelector('[data-testid="stStatusWidgetRunningIcon"]'),
    skeletons: document.querySelectorAll('[data-testid="stSkeleton"]').length,
    stale: document.querySelectorAll('[data-stale="true"]').length,
  };
}
"""


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes"}


def browser_required() -> bool:
    """True when the environment demands the browser tests run (CI)."""
    return _env_flag(REQUIRE_BROWSER_ENV)


def browser_unavailable(reason: str) -> None:
    """Skip the test -- or fail it when GOALS_REQUIRE_BROWSER=1."""
    if browser_required():
        pytest.fail(f"{reason} ({REQUIRE_BROWSER_ENV}=1, so this is an error, not a skip)")
    pytest.skip(reason)


# --- the Streamlit server -----------------------------------------------------------------


def free_port() -> int:
    """A TCP port that was free a moment ago (the kernel's choice)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _tail(path: Path, lines: int = 60) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def wait_for_health(
    base_url: str,
    proc: subprocess.Popen[bytes],
    log_path: Path,
    timeout_s: float = HEALTH_TIMEOUT_S,
) -> None:
    """Poll ``/_stcore/health`` until it answers ``ok``; fail early if the process died."""
    deadline = time.monotonic() + timeout_s
    last_error = "no answer yet"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"streamlit exited with code {proc.returncode} before becoming healthy.\n"
                f"--- {log_path} ---\n{_tail(log_path)}"
            )
        try:
            with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as response:
                body = response.read().decode(errors="replace").strip()
                if response.status == 200 and body == "ok":
                    return
                last_error = f"HTTP {response.status}: {body[:80]!r}"
        except (urllib.error.URLError, OSError) as exc:
            last_error = repr(exc)
        time.sleep(0.2)
    raise TimeoutError(
        f"streamlit at {base_url} not healthy after {timeout_s:.0f} s (last: {last_error}).\n"
        f"--- {log_path} ---\n{_tail(log_path)}"
    )


@contextlib.contextmanager
def run_streamlit(
    app: str = "app.py",
    *,
    cwd: Path = REPO_ROOT,
    db_url: str,
    env: dict[str, str] | None = None,
    timeout_s: float = HEALTH_TIMEOUT_S,
) -> Iterator[str]:
    """Start ``python -m streamlit run APP`` in CWD with ``GOALS_DB=db_url``; yield its base URL.

    The interpreter is the one running the tests (``.venv/bin/python`` under the README's
    command). Output goes to a log file whose tail is shown if startup fails.
    """
    port = free_port()
    base_url = f"http://localhost:{port}"
    log_dir = Path(tempfile.mkdtemp(prefix="goals-streamlit-"))
    log_path = log_dir / "streamlit.log"
    command = [
        sys.executable, "-m", "streamlit", "run", app,
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "localhost",
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
        "--server.runOnSave", "false",
        # The app may redact errors for users (.streamlit/config.toml); tests want the details.
        "--client.showErrorDetails", "full",
    ]  # fmt: skip
    child_env = {
        **os.environ,
        "GOALS_DB": db_url,
        "PYTHONUNBUFFERED": "1",
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        **(env or {}),
    }
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            command, cwd=cwd, env=child_env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
    try:
        wait_for_health(base_url, proc, log_path, timeout_s)
        yield base_url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        shutil.rmtree(log_dir, ignore_errors=True)


# --- the browser --------------------------------------------------------------------------


def launch_chromium(playwright: Playwright) -> Browser:
    """The system Chromium, headless; skips (or fails, in CI) when it is not there."""
    if not os.path.exists(CHROMIUM_PATH):
        browser_unavailable(f"{CHROMIUM_PATH} not found (install Debian's chromium package)")
    try:
        return playwright.chromium.launch(
            executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS, headless=True
        )
    except Exception as exc:  # playwright.Error and friends
        browser_unavailable(f"Chromium at {CHROMIUM_PATH} did not start: {exc}")
        raise  # not reached; keeps type checkers happy


def wait_for_app_idle(page: Page, timeout_s: float = APP_IDLE_TIMEOUT_S) -> None:
    """Wait until the Streamlit script run has finished and the page has settled."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_s * 1000)
    deadline = time.monotonic() + timeout_s
    while True:
        remaining_ms = max(1.0, (deadline - time.monotonic()) * 1000)
        try:
            page.wait_for_function(_APP_IDLE_JS, timeout=remaining_ms, polling=100)
        except Exception as exc:
            state = page.evaluate(_APP_STATE_JS)
            raise TimeoutError(
                f"Streamlit app at {page.url} still busy after {timeout_s:.0f} s: {state}"
            ) from exc
        page.wait_for_timeout(400)  # a rerun right after the first run?
        if page.evaluate(_APP_IDLE_JS):
            break
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_timeout(200)  # let transitions (stale-element fade, chart layout) finish


def open_page(
    browser: Browser,
    url: str,
    width: int = 1280,
    height: int = 900,
    *,
    timeout_s: float = APP_IDLE_TIMEOUT_S,
    **context_options: Any,
) -> Page:
    """Open URL in a fresh browser context of WIDTHxHEIGHT and wait for the app to finish.

    The caller owns the page; close it with ``page.context.close()`` (the ``open_app``
    fixture does that for you). Extra keyword arguments go to ``browser.new_context``
    (for example ``locale="sv-SE"`` or ``device_scale_factor=2``).
    """
    context = browser.new_context(viewport={"width": width, "height": height}, **context_options)
    page = context.new_page()
    page.set_default_timeout(timeout_s * 1000)
    try:
        page.goto(url, wait_until="domcontentloaded")
        wait_for_app_idle(page, timeout_s)
    except BaseException:
        context.close()
        raise
    return page


def download(page: Page, label: str, target_dir: Path, timeout_s: float = 90) -> Path:
    """Click the download button LABEL and save the file its click makes into TARGET_DIR."""
    with page.expect_download(timeout=timeout_s * 1000) as info:
        page.get_by_role("button", name=label).click()
    target = target_dir / info.value.suggested_filename
    info.value.save_as(target)
    return target


def exception_texts(page: Page) -> list[str]:
    """Texts of all Streamlit exception boxes on the page (empty when none)."""
    return [box.inner_text() for box in page.locator('[data-testid="stException"]').all()]


def screenshot(page: Page, name: str, *, full_page: bool = True) -> Path:
    """Save ``docs/screenshots/<name>.png`` and return its path.

    Streamlit scrolls inside ``[data-testid="stMain"]``, not the document, so Playwright's
    ``full_page`` alone would only capture the viewport; with ``full_page=True`` the viewport
    is stretched to the content's height for the shot and restored after.
    """
    stem = name.removesuffix(".png")
    path = SCREENSHOT_DIR / f"{stem}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    viewport = page.viewport_size
    if full_page and viewport is not None:
        content_height = page.evaluate(
            """() => Math.max(
                 ...['stMain', 'stAppViewContainer', 'stSidebarContent']
                   .map(id => document.querySelector(`[data-testid="${id}"]`))
                   .filter(Boolean)
                   .map(el => el.scrollHeight),
                 document.documentElement.scrollHeight)"""
        )
        if content_height > viewport["height"]:
            page.set_viewport_size({"width": viewport["width"], "height": int(content_height)})
            page.wait_for_timeout(300)  # relayout (plotly charts resize on window size)
            try:
                page.screenshot(path=path, full_page=True, animations="disabled")
            finally:
                page.set_viewport_size(viewport)
            return path
    page.screenshot(path=path, full_page=full_page, animations="disabled")
    return path
