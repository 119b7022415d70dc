"""Built-in accounts' passwords: argon2id hashes and the lock-out after repeated failures.

argon2-cffi's defaults (RFC 9106 low-memory profile) are used as they are; a hash made with
older parameters is re-hashed on the next successful sign-in (`needs_rehash`).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 10
FAILURES_BEFORE_LOCK = 5
LOCK_MINUTES = 15

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


_dummy_hash: list[str] = []


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when `password` matches; a missing or damaged hash never matches. A missing
    hash (an unknown e-mail) still costs one argon2 check, so the time taken does not tell
    whether an account exists."""
    if not stored_hash:
        if not _dummy_hash:
            _dummy_hash.append(_hasher.hash("no account"))
        stored_hash, password = _dummy_hash[0], password + "\x00never"
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def password_problem(password: str) -> str | None:
    """A catalogue key when the password is too weak to set, else None."""
    if len(password) < MIN_LENGTH:
        return "access.password_short"
    return None


def locked_until(failures: int, now: datetime) -> datetime | None:
    """After FAILURES_BEFORE_LOCK failures in a row the account waits LOCK_MINUTES; each
    further failure starts the wait again, so guessing stays slow."""
    if failures < FAILURES_BEFORE_LOCK:
        return None
    return now + timedelta(minutes=LOCK_MINUTES)
