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
