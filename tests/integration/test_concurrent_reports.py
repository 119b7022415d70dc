"""Fifty members saving at the same moment (issue 6): no entry lost, no error, every save
audited, on SQLite (the embedded default) and on PostgreSQL. The p95 time of a save is a
benchmark figure (`python -m benchmarks.concurrency`), not asserted here."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from benchmarks.reporters import percentile, run_reporters
from goals.access.roles import Actor
from goals.services.file_import import import_bytes
from goals.store.meta import data_version
from tests.factories import ACCESS_PLAN as PLAN


def test_fifty_reporters_at_once_lose_nothing(engine):
    assert import_bytes(engine, PLAN.format(org="a").encode(), "a.yaml", is_plan=True).ok
    with Session(engine) as session:
        version_before = data_version(session)
    link = Actor.for_link(1, "forening-a", "SMS")
    result = run_reporters(engine, "plan-a", "webbinlagg", link, reporters=50, saves_each=4)
    assert result.errors == []
    assert len(set(result.saved_ids)) == 200
    with Session(engine) as session:
        stored = session.execute(text("SELECT count(*), count(DISTINCT note) FROM entry "
                                      "WHERE source = 'link:1'")).one()
        audited = session.execute(text("SELECT count(*) FROM audit WHERE action = "
                                       "'entry.create'")).scalar_one()
        assert data_version(session) == version_before + 200   # one bump per save
    assert tuple(stored) == (200, 200) and audited == 200


def test_the_percentile_is_the_nearest_rank():
    values = [float(v) for v in range(1, 21)]          # 1..20
    assert percentile(values, 0.95) == 19.0            # ceil(20 * 0.95) = 19th value
    assert percentile(values, 0.5) == 10.0
    assert percentile([7.0], 0.95) == 7.0
