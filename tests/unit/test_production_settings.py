"""The shipped settings keep their promises (issue 6): errors stay in the server log,
XSRF protection is on, the laptop default listens on loopback only, production listens
beyond it, and no secret is committed."""

from __future__ import annotations

import tomllib
from pathlib import Path

from goals.config import LOOPBACK_ADDRESSES

ROOT = Path(__file__).resolve().parents[2]


def read(path: str) -> dict:
    return tomllib.loads((ROOT / path).read_text(encoding="utf-8"))


def test_the_laptop_default_listens_on_loopback_and_hides_tracebacks():
    config = read(".streamlit/config.toml")
    assert config["server"]["address"] in LOOPBACK_ADDRESSES
    assert config["server"]["enableXsrfProtection"] is True
    assert config["client"]["showErrorDetails"] == "none"


def test_production_listens_beyond_localhost_so_local_mode_is_never_on():
    from goals.config import access_mode

    config = read("deploy/streamlit-production.toml")
    assert config["server"]["address"] not in LOOPBACK_ADDRESSES
    assert access_mode(config["server"]["address"], has_accounts=False) == "accounts"
    assert config["server"]["enableXsrfProtection"] is True
    assert config["client"]["showErrorDetails"] == "none"


def test_no_cookie_secret_is_committed():
    for path in (".streamlit/config.toml", "deploy/streamlit-production.toml"):
        assert "cookieSecret" not in read(path).get("server", {}), path
    assert not (ROOT / ".streamlit" / "secrets.toml").exists()
