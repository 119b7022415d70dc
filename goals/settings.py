"""Where the data lives and which language to speak: one place for the environment.

`GOALS_DB` (any SQLAlchemy URL) chooses the database; without it the embedded default is the
SQLite file `data/goals.db` of the project. `GOALS_LANG` sets the default language of
messages (sv when unset).
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
PLANS_DIR = PROJECT_ROOT / "plans"
DEMO_DIR = PROJECT_ROOT / "data" / "demo"
DEFAULT_DB_PATH = PROJECT_ROOT / "data" / "goals.db"


def database_url(explicit: str | None = None) -> str:
    """`--db` if given, else `GOALS_DB`, else the SQLite file `data/goals.db`."""
    return explicit or os.environ.get("GOALS_DB") or f"sqlite:///{DEFAULT_DB_PATH}"


def default_language(explicit: str | None = None) -> str:
    from goals.i18n import normalise_language

    return normalise_language(explicit or os.environ.get("GOALS_LANG"))
