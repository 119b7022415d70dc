"""The first-run setup form's attempt limit: five wrong codes in a row block the form for
fifteen minutes, for every app server at once (the count is in the database). With a code of
128 bits guessing is hopeless anyway; the limit also keeps a script from hammering the form.
"""

from __future__ import annotations

import hmac
import time
from dataclasses import dataclass

from goals.store import setup_attempts
from goals.store.unit_of_work import Engine, writing

ATTEMPT_LIMIT = 5
BLOCK_SECONDS = 15 * 60


@dataclass(frozen=True)
class SetupCheck:
    ok: bool
    blocked_minutes: int = 0   # > 0: the form is blocked, the code was not even compared


def check_setup_code(engine: Engine, given: str, expected: str,
                     now: float | None = None) -> SetupCheck:
    """Compare `given` with `expected` (in constant time) unless the form is blocked;
    count a wrong code, clear the count on a right one."""
    now_s = int(time.time() if now is None else now)
    with writing(engine) as session:
        until = setup_attempts.blocked_until(session)
        if now_s < until:
            return SetupCheck(False, blocked_minutes=max(1, -(-(until - now_s) // 60)))
        if hmac.compare_digest(given.strip().encode(), expected.encode()):
            setup_attempts.clear_failures(session)
            return SetupCheck(True)
        setup_attempts.record_failure(session, now_s, ATTEMPT_LIMIT, BLOCK_SECONDS)
        return SetupCheck(False)
