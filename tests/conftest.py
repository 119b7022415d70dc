"""Fixtures shared by the whole suite.

* `database_url` (from tests.support.postgres): every storage test runs twice, on a SQLite
  file and on a real PostgreSQL 16, because a party runs the product on PostgreSQL.
* `engine`: an engine for that URL with the schema created.
* `plan_from_yaml`: a `Plan` from a small YAML string (the spec's own notation).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator

import pytest
from hypothesis import settings as hypothesis_settings
from sqlalchemy.engine import Engine

from goals.domain.plan import Plan
from goals.io.plan_yaml import load_plan_bytes
from goals.store.engine import create_schema, make_engine
from tests.support.postgres import database_url, postgres_url  # noqa: F401  (fixtures)

# Speed is measured by the benchmarks, never asserted: no per-example time limit, which on a
# loaded two-core CI machine would fail a correct property for being slow.
hypothesis_settings.register_profile("goals", deadline=None)
hypothesis_settings.load_profile("goals")


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:  # noqa: F811
    engine = make_engine(database_url)
    create_schema(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_engine(tmp_path) -> Iterator[Engine]:
    """SQLite only, for tests about the embedded default itself."""
    engine = make_engine(f"sqlite:///{tmp_path / 'goals.db'}")
    create_schema(engine)
    yield engine
    engine.dispose()


def yaml_plan(body: str) -> Plan:
    """A plan from YAML text written inline in a test (indentation removed)."""
    return load_plan_bytes(textwrap.dedent(body).encode(), "<test>")


@pytest.fixture
def plan_from_yaml() -> Callable[[str], Plan]:
    return yaml_plan
