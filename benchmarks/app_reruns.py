"""How fast the board's pages rerun: `python -m benchmarks.app_reruns [--repeat N]`.

Builds a 30-goal plan with 10 000 entries (benchmarks.status's synthetic data) in a temporary
SQLite file, opens each page with Streamlit's AppTest, and times warm reruns (after one
untimed run, as a board member clicking about on the projector). Prints the median and best
per page and a JSON line. The target for the overview is 300 ms. AppTest's own overhead is
included, so these figures are an upper bound for the server's share of a rerun.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
from pathlib import Path

from benchmarks.status import Scenario, build_dataset, timed_runs

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 0.300
PAGES = {
    "overview": ("app_pages/overview.py", {}),
    "goal (total)": ("app_pages/goal.py", {"goal": "g01"}),
    "report": ("app_pages/member_report.py", {}),
}


def _prepare(folder: str) -> tuple[str, str]:
    from goals.services.file_import import import_bytes
    from goals.store.engine import create_schema, make_engine

    url = f"sqlite:///{folder}/bench_app.db"
    engine = make_engine(url)
    create_schema(engine)
    plan = build_dataset(Scenario("A", 1, 30, 10_000), seed=1)[0]
    assert import_bytes(engine, plan.yaml, "plan.yaml", is_plan=True).ok
    assert import_bytes(engine, plan.csv, "entries.csv", is_plan=False).ok
    engine.dispose()
    return url, plan.id


def _time_page(script: str, params: dict, plan_id: str, repeat: int) -> list[float]:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in {"plan": plan_id, **params}.items():
        at.query_params[key] = value
    at.run()
    at.switch_page(script)
    at.run()
    if at.exception:
        raise RuntimeError(f"{script}: {at.exception}")
    return timed_runs(at.run, repeat)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.app_reruns", description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    previous = os.environ.get("GOALS_DB")
    try:
        return _run(args.repeat)
    finally:   # the pages read GOALS_DB; leave the environment as it was
        if previous is None:
            os.environ.pop("GOALS_DB", None)
        else:
            os.environ["GOALS_DB"] = previous


def _run(repeat: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        url, plan_id = _prepare(folder)
        os.environ["GOALS_DB"] = url
        results = {}
        for name, (script, params) in PAGES.items():
            times = _time_page(script, params, plan_id, repeat)
            results[name] = {"median_s": statistics.median(times), "best_s": min(times)}
            verdict = "ok" if name != "overview" or results[name]["median_s"] <= TARGET_S \
                else "MISSED"
            print(f"  {name:<14} median {results[name]['median_s'] * 1000:7.1f} ms   "
                  f"best {results[name]['best_s'] * 1000:7.1f} ms   "
                  f"{'(target ≤ 300 ms) ' + verdict if name == 'overview' else ''}")
    print(json.dumps({"bench": "benchmarks.app_reruns", "plan": "30 goals, 10 000 entries",
                      "repeat": repeat, "pages": results}))
    return results


if __name__ == "__main__":
    main()
