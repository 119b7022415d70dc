"""Report links: a random token in the URL that lets its holder report for one förening.

Only a digest of the token is stored, so a copy of the database does not hand out working
links; the token itself is shown once, to the board that creates it.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime

TOKEN_BYTES = 24          # 192 bits, URL-safe base64: 32 characters
DEFAULT_DAYS = 90


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def link_is_usable(expires_at: datetime, revoked_at: datetime | None, now: datetime) -> bool:
    """A link works until it is revoked or expires, whichever comes first."""
    return revoked_at is None and now < expires_at


LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0"})


def report_link(base_url: str, token: str) -> str:
    """The address a member opens: the app's public base URL (GOALS_PUBLIC_URL when set,
    else the address the board's browser used) with the report page and the token."""
    return f"{base_url.rstrip('/')}/rapportera?link={token}"


def opens_only_here(base_url: str) -> bool:
    """True when the link's host is this machine (localhost, 127.0.0.1, ...): a phone that
    follows it reaches itself, not the app."""
    from urllib.parse import urlsplit

    host = (urlsplit(base_url).hostname or "").lower()
    return host in LOOPBACK_HOSTS or host.endswith(".localhost")
