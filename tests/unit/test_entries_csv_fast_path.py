"""The CSV reader's fast path for plain metric rows accepts nothing the full check refuses,
and gives the same entry and content fingerprint as the full check."""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path

import pytest

from goals.io.entries_csv import _Layout, _row, parse_entries_csv, plain_metric_row
from tests.helpers import one_goal_plan

ROOT = Path(__file__).resolve().parents[2]
PLAN = one_goal_plan("""
    id: fond
    text: Fond
    kind: total
    metric: kronor
    target: 100
""")
ROWS = """date,plan,metric,value,tags,milestone,step,note,reported_by
2021-03-01,p,kronor,100,,,,,
2021-03-01,p,poster,1,klimat;nyhet;klimat,,,Budget,Anna
2021-03-01,p,poster,1, nyhet ,,,  mellanslag  ,
2021-03-01,p,medlemmar,-1,,,,,
2021-03-01,p,poster,1,okand,,,,
2021-03-01,p,poster,1e400,,,,,
2021-03-01,p,poster,"1,5",,,,,
2021-03-01,p,poster,1,,fond,,,
2021-03-01,p,poster,,,,,,
2021-03-01,p,okänd,1,,,,,
2021-03-01,x,poster,1,,,,,
2021-03-01,p,poster,1,,,,'=1+1,
2021-03-01,p,poster,1,,,,,,extra
2021-02-30,p,poster,1,,,,,
"""


def _records(text: str):
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in next(reader)]
    return header, list(reader)


def _compare(text: str, plans) -> int:
    parse_entries_csv(text.encode(), plans)   # warms the day cache, as a real file does
    header, records = _records(text)
    layout = _Layout(header)
    fast_count = 0
    for line, record in enumerate(records, start=2):
        fast = plain_metric_row(record, layout, line, plans)
        problems: list = []
        full = _row(record, header, line, plans, "f.csv", problems)
        if fast is not None:
            fast_count += 1
            assert full == fast, record
            assert not problems
    return fast_count


def test_the_fast_path_agrees_with_the_full_check_on_tricky_rows():
    plans = {"p": PLAN}.get
    assert _compare(ROWS, plans) == 3   # only the first three rows are plainly valid


@pytest.mark.parametrize("path", sorted((ROOT / "data" / "demo").glob("*.csv")),
                         ids=lambda p: p.stem)
def test_the_fast_path_agrees_with_the_full_check_on_the_demo_entries(path):
    from goals.io.plan_yaml import load_plan_file

    plan = load_plan_file(ROOT / "plans" / f"{path.stem}.yaml")
    text = path.read_text(encoding="utf-8")
    assert _compare(text, {plan.id: plan}.get) > 0


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "bad_files").glob("*.csv")),
                         ids=lambda p: p.name)
def test_the_fast_path_accepts_no_row_the_full_check_refuses(path):
    from goals.io.plan_yaml import load_plan_bytes
    from tests.factories import GOOD_PLAN  # the plan the corpus refers to

    plan = load_plan_bytes(GOOD_PLAN.encode(), "good.yaml")
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    with contextlib.suppress(csv.Error):   # a file csv itself refuses has no rows to compare
        _compare(text, {plan.id: plan}.get)
