"""AppTest set up once: a page (or the router) on a fresh SQLite database.

`fresh_app(script)` points `GOALS_DB` at a new file in the test's folder and clears
Streamlit's caches, so the first run seeds the database with plans/ and the demo entries,
as a first start does; it returns the unrun AppTest and the database URL.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_app(tmp_path, monkeypatch) -> Callable[..., tuple[AppTest, str]]:
    def make(script: str, timeout: float = 60, name: str = "app.db") -> tuple[AppTest, str]:
        url = f"sqlite:///{tmp_path / name}"
        monkeypatch.setenv("GOALS_DB", url)
        import streamlit as st

        st.cache_resource.clear()
        st.cache_data.clear()
        return AppTest.from_file(str(ROOT / script), default_timeout=timeout), url

    return make
