"""The first-run setup code: 128 bits when generated, and five wrong codes in a row block
the form for fifteen minutes on every app server (the count lives in the database)."""

from __future__ import annotations

from goals import config as settings
from goals.services.setup_guard import ATTEMPT_LIMIT, BLOCK_SECONDS, check_setup_code
from goals.store.engine import make_engine

CODE = "0123456789abcdef0123456789abcdef"
NOW = 1_800_000_000


def test_a_generated_setup_code_has_128_bits(monkeypatch):
    monkeypatch.delenv("GOALS_SETUP_CODE", raising=False)
    monkeypatch.setattr(settings, "_generated_setup_code", [])
    code = settings.setup_code()
    assert len(code) == 32 and int(code, 16) >= 0   # 32 hex digits = 128 bits


def test_the_right_code_passes_and_clears_the_count(engine):
    assert not check_setup_code(engine, "wrong", CODE, now=NOW).ok
    assert check_setup_code(engine, f" {CODE} ", CODE, now=NOW).ok
    for _ in range(ATTEMPT_LIMIT - 1):   # four more wrong ones: still not blocked
        assert check_setup_code(engine, "wrong", CODE, now=NOW).blocked_minutes == 0
    assert check_setup_code(engine, CODE, CODE, now=NOW).ok


def test_five_wrong_codes_block_every_server_for_fifteen_minutes(engine, database_url):
    other_server = make_engine(database_url)   # a second app server on the same database
    for attempt in range(ATTEMPT_LIMIT):
        server = engine if attempt % 2 else other_server
        assert not check_setup_code(server, "wrong", CODE, now=NOW + attempt).ok
    blocked = check_setup_code(other_server, CODE, CODE, now=NOW + 10)
    assert not blocked.ok and blocked.blocked_minutes == 15
    # Blocked until NOW + 4 + 900: one second before, still blocked (1 minute left) ...
    last = NOW + ATTEMPT_LIMIT - 1
    assert check_setup_code(engine, CODE, CODE, now=last + BLOCK_SECONDS - 1).blocked_minutes == 1
    # ... and at that second the right code works again.
    assert check_setup_code(engine, CODE, CODE, now=last + BLOCK_SECONDS).ok
    other_server.dispose()
