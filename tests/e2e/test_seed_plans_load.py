"""End to end: every plan in plans/ and its demo entries import into the store, and every
goal gets a status on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session

from goals.services.file_import import import_files
from goals.services.status import plan_statuses

ROOT = Path(__file__).resolve().parents[2]


def test_the_seed_plans_and_demo_entries_import_and_get_statuses(engine):
    files = sorted((ROOT / "plans").glob("*.yaml")) + sorted((ROOT / "data/demo").glob("*.csv"))
    results = import_files(engine, files)
    assert all(r.ok for r in results), [p.render() for r in results for p in r.problems]
    with Session(engine) as session:
        statuses = plan_statuses(session, date(2021, 6, 30))
    assert set(statuses) == {p.stem for p in (ROOT / "plans").glob("*.yaml")}
    vallentuna = statuses["v-vallentuna-2021"]
    seen = {g.status for g in vallentuna.goals}
    assert len(seen) >= 3, seen     # a living plan: some goals ahead, some behind
    assert {g.goal.id for g in vallentuna.goals} >= {
        "valprogram", "medlemsokning", "valfond", "hemsida", "nyhetskrok"}


def test_the_year_report_figures_come_back_from_the_demo_entries(engine):
    files = [ROOT / "plans/s-stockholm-2021.yaml", ROOT / "data/demo/s-stockholm-2021.csv"]
    assert all(r.ok for r in import_files(engine, files))
    from sqlalchemy import text

    with Session(engine) as session:
        february = session.execute(text(
            "SELECT sum(value) FROM entry WHERE metric = 'varvade' "
            "AND day BETWEEN '2021-02-01' AND '2021-02-28'")).scalar()
        church_day = session.execute(text(
            "SELECT sum(value) FROM entry WHERE metric = 'samtal' AND day = '2021-09-19'"
        )).scalar()
    assert february > 600      # "i februari värvade över 600 medlemmar på en månad"
    assert church_day > 1500   # "den sista dagen i kyrkovalet ... över 1500 stockholmare"
