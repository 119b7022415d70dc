"""The benchmark runs end to end on tiny sizes, and the status it times is right.

No timing is asserted: only that `python -m benchmarks.status` completes on a temporary SQLite
file, that every total goal's `actual` equals the floor query's sum, and that both equal
the sums computed here straight from the generated CSV (so the floor query is checked too).
"""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import date

from benchmarks import status as bench

ARGS = ["--plans", "3", "--goals", "30", "--entries", "2000", "--seed", "7", "--repeat", "1"]


def _sums_from_csv(plans: list[bench.PlanData]) -> dict[str, float]:
    """Per total goal ("plan/goal"), the sum its counted entries add up to, from the CSV."""
    sums: dict[str, float] = {}
    for plan in plans:
        rows = list(csv.DictReader(io.StringIO(plan.csv.decode())))
        for goal in plan.goals:
            if goal["kind"] != "total":
                continue
            start, end = goal["window"]
            total = 0.0
            for row in rows:
                day = date.fromisoformat(row["date"])
                tags = row["tags"].split(";") if row["tags"] else []
                if (row["metric"] == goal["metric"] and start <= day <= end
                        and day <= bench.AS_OF and ("tag" not in goal or goal["tag"] in tags)):
                    total += float(row["value"])
            sums[f"{plan.id}/{goal['id']}"] = total
    return sums


def test_bench_completes_and_status_agrees_with_the_floor(tmp_path):
    lines: list[str] = []
    results = bench.main([*ARGS, "--db", f"sqlite:///{tmp_path / 'bench.db'}"], lines.append)

    assert len(results) == 1
    result = results[0]
    assert result["entries"] == 2000 and result["plans"] == 3
    totals_per_plan = sum(1 for t in bench.GOAL_TEMPLATES if t["kind"] == "total")
    assert result["check"] == {"total_goals_compared": 3 * totals_per_plan, "mismatches": [],
                               "ok": True}

    ours, floor = result["_totals"]["ours"], result["_totals"]["floor"]
    expected = _sums_from_csv(bench.build_dataset(bench.Scenario("custom", 3, 30, 2000), 7))
    assert set(ours) == set(floor) == set(expected)
    assert sum(1 for v in expected.values() if v > 0) >= 2 * totals_per_plan
    for key, value in expected.items():
        assert math.isclose(ours[key], value, rel_tol=1e-9, abs_tol=1e-9), key
        assert math.isclose(floor[key], value, rel_tol=1e-9, abs_tol=1e-9), key

    summary = json.loads(lines[-1])
    assert summary["scenarios"][0]["check"]["ok"] is True
    assert summary["scenarios"][0]["import_per_s"] > 0
    assert any(line.lstrip().startswith("import entries") for line in lines)
