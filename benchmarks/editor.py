"""How fast the plan editor reruns: `python -m benchmarks.editor [--repeat N]`.

Every change in the editor's form is a rerun that checks every goal with the loader and
previews the import (a dry run against the database), so its speed is what a secretary
feels. Measured with Streamlit's AppTest (its overhead included, so an upper bound):

* Redigera plan on benchmarks.status's synthetic 30-goal plan (10 000 entries): a warm rerun;
* Ny plan: reading and drafting the Vallentuna plan's text (tests/fixtures) with the first
  draw of its 20-odd goals, then a warm rerun.

Prints the median and best of each and a JSON line. No target is asserted anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.app_reruns import ROOT
from benchmarks.app_reruns import _prepare as prepare_database
from benchmarks.status import timed_runs

VALLENTUNA = ROOT / "tests" / "fixtures" / "v-vallentuna-verksamhetsplan-2021.txt"


def _app(plan_id: str | None = None):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if plan_id:
        at.query_params["plan"] = plan_id
    at.run()
    return at


def _edit_page(plan_id: str, repeat: int) -> list[float]:
    at = _app(plan_id)
    at.switch_page("app_pages/edit_plan.py").run()
    if at.exception:
        raise RuntimeError(f"edit_plan: {at.exception}")
    return timed_runs(at.run, repeat)


def _review_page(document: Path, repeat: int) -> tuple[list[float], list[float], int]:
    drafts = []
    for _ in range(max(1, repeat // 3)):
        at = _app()
        at.switch_page("app_pages/new_plan.py").run()
        at.file_uploader(key="new_upload").set_value(
            (document.name, document.read_bytes(), "text/plain")).run()
        start = time.perf_counter()
        at.button(key="new_read").click().run()
        drafts.append(time.perf_counter() - start)
        if at.exception:
            raise RuntimeError(f"new_plan: {at.exception}")
    return drafts, timed_runs(at.run, repeat), len(at.expander)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.editor", description=__doc__)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--document", type=Path, default=VALLENTUNA)
    args = parser.parse_args(argv)
    previous = os.environ.get("GOALS_DB")
    try:
        return _run(args.repeat, args.document)
    finally:   # the pages read GOALS_DB; leave the environment as it was
        if previous is None:
            os.environ.pop("GOALS_DB", None)
        else:
            os.environ["GOALS_DB"] = previous


def _figures(times: list[float]) -> dict:
    return {"median_s": statistics.median(times), "best_s": min(times)}


def _run(repeat: int, document: Path) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        url, plan_id = prepare_database(folder)
        os.environ["GOALS_DB"] = url
        results = {"edit rerun (30 goals)": _figures(_edit_page(plan_id, repeat))}
        drafts, reruns, goals = _review_page(document, repeat)
        results[f"read + draft + draw ({goals} goals)"] = _figures(drafts)
        results[f"review rerun ({goals} goals)"] = _figures(reruns)
    for name, figures in results.items():
        print(f"  {name:<34} median {figures['median_s'] * 1000:7.1f} ms   "
              f"best {figures['best_s'] * 1000:7.1f} ms")
    print(json.dumps({"bench": "benchmarks.editor", "repeat": repeat,
                      "document": document.name, "pages": results}))
    return results


if __name__ == "__main__":
    main()
