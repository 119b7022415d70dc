"""The settings: one object, and the only code in the package that reads the environment.

`GOALS_DB` (any SQLAlchemy URL) chooses the database; without it the embedded default is the
SQLite file `data/goals.db` of the project. `GOALS_LANG` sets the default language of
messages (sv when unset). `GOALS_ACCESS` (auto | local | accounts) and `GOALS_SETUP_CODE`
govern signing in; `GOALS_PASSWORD` answers the command line's password prompt.

The environment is read afresh on each call of `current()`, so a test or an operator that
changes a variable is obeyed at once; the values are then passed around as one object.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
PLANS_DIR = PROJECT_ROOT / "plans"
DEMO_DIR = PROJECT_ROOT / "data" / "demo"
DEFAULT_DB_PATH = PROJECT_ROOT / "data" / "goals.db"
LOOPBACK_ADDRESSES = frozenset({"localhost", "127.0.0.1", "::1"})


@dataclass(frozen=True)
class Settings:
    """What the environment says, in one place."""

    database_url: str
    language: str | None        # GOALS_LANG as given (None when unset)
    access: str                 # auto | local | accounts
    setup_code: str | None      # GOALS_SETUP_CODE (None when unset)
    password: str | None        # GOALS_PASSWORD, for `account add` without a prompt
    public_url: str | None = None   # GOALS_PUBLIC_URL: the address members' phones reach


def current() -> Settings:
    env = os.environ
    return Settings(
        database_url=env.get("GOALS_DB") or f"sqlite:///{DEFAULT_DB_PATH}",
        language=env.get("GOALS_LANG") or None,
        access=env.get("GOALS_ACCESS", "auto").strip().lower(),
        setup_code=env.get("GOALS_SETUP_CODE", "").strip() or None,
        password=env.get("GOALS_PASSWORD"),
        public_url=env.get("GOALS_PUBLIC_URL", "").strip() or None,
    )


def public_url() -> str | None:
    """GOALS_PUBLIC_URL: the app's address as members' phones reach it (for report links),
    when the server cannot know it (behind a proxy, or run on a laptop)."""
    return current().public_url


def database_url(explicit: str | None = None) -> str:
    """`--db` if given, else `GOALS_DB`, else the SQLite file `data/goals.db`."""
    return explicit or current().database_url


def language_setting(explicit: str | None = None) -> str | None:
    """`--lang` if given, else `GOALS_LANG`, else None (the caller decides)."""
    return explicit or current().language


def default_language(explicit: str | None = None) -> str:
    from goals.i18n import normalise_language

    return normalise_language(language_setting(explicit))


def access_mode(server_address: str | None, has_accounts: bool) -> str:
    """"local" (no sign-in: the one board on its own laptop) or "accounts".

    `GOALS_ACCESS=accounts` always asks for sign-in. Otherwise local mode holds only while
    the app listens on a loopback address *and* no account exists yet; it is never on when
    the app listens beyond localhost, whatever `GOALS_ACCESS` says."""
    wanted = current().access
    if wanted == "accounts" or (server_address or "") not in LOOPBACK_ADDRESSES:
        return "accounts"
    if wanted == "local":
        return "local"
    return "accounts" if has_accounts else "local"


_generated_setup_code: list[str] = []


def setup_code() -> str:
    """The one-time code the first-run step asks for: `GOALS_SETUP_CODE`, or one made at
    the first call and printed to the server's log (several servers: set the variable)."""
    explicit = current().setup_code
    if explicit:
        return explicit
    if not _generated_setup_code:
        import secrets
        import sys

        # 128 bits: not guessable, however many tries (the form also limits them).
        _generated_setup_code.append(secrets.token_hex(16))
        print(f"goals: first run: the code to create the first admin is "
              f"{_generated_setup_code[0]}", file=sys.stderr, flush=True)
    return _generated_setup_code[0]


SECRETS_FILE = PROJECT_ROOT / ".streamlit" / "secrets.toml"
DEFAULT_BASE_URL = "http://localhost:8501"


def _setting(name: str) -> str:
    """`name` from the environment, else the same key in Streamlit's secrets file (read
    here with tomllib, so the command line needs no Streamlit)."""
    value = os.environ.get(name, "").strip()
    if value or not SECRETS_FILE.is_file():
        return value
    import tomllib

    try:
        secrets = tomllib.loads(SECRETS_FILE.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return ""
    found = secrets.get(name)
    return str(found).strip() if found is not None else ""


def smtp_url() -> str:
    """`GOALS_SMTP_URL`: smtp://user:password@host:587 (STARTTLS), or "" when unset."""
    return _setting("GOALS_SMTP_URL")


def mail_from() -> str:
    """`GOALS_MAIL_FROM`: the sender of every mail (default: noreply@localhost)."""
    return _setting("GOALS_MAIL_FROM") or "Verksamhetsplaner <noreply@localhost>"


def base_url() -> str:
    """`GOALS_BASE_URL`: the app's public address, the start of every link in a mail."""
    return (_setting("GOALS_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
