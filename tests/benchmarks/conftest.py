"""Benchmark smoke tests: each benchmark runs end to end on tiny sizes and its figures are
right. Marked `bench`, so the default run (`python -m pytest`) leaves them out; CI runs
them in a second step (`python -m pytest -m bench tests/benchmarks`)."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(item.fspath).parents:
            item.add_marker(pytest.mark.bench)
