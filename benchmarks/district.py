"""How fast the district page is at party scale: `python -m benchmarks.district`.

Builds 200 plans of 30 goals with 1 000 000 entries (benchmarks.status's synthetic data), puts
them below one district, and times with AppTest the district page's warm rerun and the
district view itself (statuses of all 200 plans plus activity). Target: the page in ≤ 1 s
warm. Prints figures and a JSON line; the data is built once, in a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from sqlalchemy import update
from sqlmodel import Session

from benchmarks.status import (
    AS_OF,
    PERIOD_END,
    PERIOD_START,
    Scenario,
    build_dataset,
    summarise,
    timed_runs,
)

ROOT = Path(__file__).resolve().parents[1]
DISTRICT = "bench-distrikt"


def _prepare(url: str, plans: int, entries: int) -> None:
    from goals.services.file_import import import_bytes
    from goals.store.engine import create_schema, make_engine
    from goals.store.tables import PlanRow

    engine = make_engine(url)
    create_schema(engine)
    for plan in build_dataset(Scenario("D", plans, 30, entries), seed=1):
        assert import_bytes(engine, plan.yaml, f"{plan.id}.yaml", is_plan=True).ok
        assert import_bytes(engine, plan.csv, f"{plan.id}.csv", is_plan=False).ok
    with Session(engine) as session:   # the synthetic plans have no parent: give them one
        session.execute(update(PlanRow).values(parent_id=DISTRICT))
        session.commit()
    engine.dispose()


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.district", description=__doc__)
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    previous = os.environ.get("GOALS_DB")
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/district.db"
        started = time.perf_counter()
        _prepare(url, args.plans, args.entries)
        print(f"  setup: {args.plans} plans, {args.entries:,} entries in "
              f"{time.perf_counter() - started:.0f} s")
        try:
            os.environ["GOALS_DB"] = url
            figures = _measure(url, args.repeat)
        finally:
            if previous is None:
                os.environ.pop("GOALS_DB", None)
            else:
                os.environ["GOALS_DB"] = previous
    for name, figure in figures.items():
        print(f"  {name:<22} median {figure['median_s'] * 1000:7.0f} ms   "
              f"best {figure['best_s'] * 1000:7.0f} ms")
    print(json.dumps({"bench": "benchmarks.district", "plans": args.plans,
                      "entries": args.entries, **figures}))
    return figures


def _measure(url: str, repeat: int) -> dict:
    from streamlit.testing.v1 import AppTest

    from goals.services.district import district_view
    from goals.store.engine import make_engine

    engine = make_engine(url)

    def view() -> object:
        with Session(engine) as session:
            return district_view(session, DISTRICT, PERIOD_START, PERIOD_END, AS_OF)

    at = AppTest.from_file(str(ROOT / "app_pages" / "district.py"), default_timeout=300)
    at.query_params["district"] = DISTRICT
    at.run()
    at.date_input(key="district_as_of").set_value(AS_OF)

    def page() -> object:
        result = at.run()
        if result.exception:
            raise RuntimeError(str(result.exception))
        return result

    figures = {"district view (service)": summarise(timed_runs(view, repeat)),
               "district page (warm)": summarise(timed_runs(page, repeat))}
    engine.dispose()
    return figures


if __name__ == "__main__":
    main()
