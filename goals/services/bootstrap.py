"""First start: an empty database gets the plans of `plans/` and their demo entries.

So that `streamlit run app.py` on a fresh machine shows living plans at once. Importing is
idempotent, so two app servers starting together on one PostgreSQL do no harm.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from goals import config as settings
from goals.services.file_import import FileResult, import_files
from goals.store.meetings import add_meeting
from goals.store.plans import plan_count
from goals.store.unit_of_work import Engine, reading, writing

MEETINGS_FILE = "meetings.yaml"


def is_empty(engine: Engine) -> bool:
    with reading(engine) as session:
        return plan_count(session) == 0


def seed_if_empty(engine: Engine) -> list[FileResult]:
    """Import plans/*.yaml and data/demo/*.csv when the database has no plan yet, and the
    demo plans of V Storstockholm's föreningar (data/demo/foreningar/, marked DEMO) that
    give the district's coverage goals something to count."""
    if not is_empty(engine):
        return []
    demo = settings.DEMO_DIR / "foreningar"
    files = (sorted(settings.PLANS_DIR.glob("*.yaml")) + sorted(demo.glob("*.yaml"))
             + sorted(settings.DEMO_DIR.glob("*.csv")) + sorted(demo.glob("*.csv")))
    results = import_files(engine, files)
    seed_meetings(engine, settings.DEMO_DIR / MEETINGS_FILE)
    return results


def seed_meetings(engine: Engine, path: Path) -> int:
    """The demo boards' meeting days (organisation id -> days), so a new user sees "since
    the last meeting" at once. A day already there is skipped; returns how many were
    added."""
    if not path.exists():
        return 0
    days = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    added = 0
    with writing(engine) as session:
        for organisation_id, meetings in days.items():
            for day in meetings:
                if isinstance(day, date):
                    added += add_meeting(session, organisation_id=str(organisation_id), day=day)
    return added
