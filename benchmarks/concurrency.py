"""Benchmark: 50 reporters saving at once on SQLite; prints the p50/p95/max time of a save.

    python -m benchmarks.concurrency [--reporters 50] [--saves 20] [--db URL]

Every save goes through goals.services.writes.record_entry (role check, entry, audit record, data
version bump) in its own transaction. The figure to report is the p95; the script also
checks that every save is stored (nothing lost) and prints any error.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from benchmarks.reporters import percentile, run_reporters
from goals.access.roles import Actor
from goals.services.file_import import import_bytes
from goals.store.engine import create_schema, make_engine

PLAN = b"""\
id: bench
title: Bench
organisation: {id: bench-forening, name: Bench}
period: {start: 2021-01-01, end: 2021-12-31}
metrics:
  webbinlagg: {label: Webbinlagg, type: flow}
sections:
  - title: Webb
    goals:
      - {id: webb, text: Inlagg, kind: rate, metric: webbinlagg, target: 2, per: month}
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.concurrency")
    parser.add_argument("--reporters", type=int, default=50)
    parser.add_argument("--saves", type=int, default=20, help="saves per reporter")
    parser.add_argument("--db", help="SQLAlchemy URL (default: a new SQLite file)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'bench.db'}"
        engine = make_engine(url)
        create_schema(engine)
        assert import_bytes(engine, PLAN, "bench.yaml", is_plan=True).ok
        link = Actor.for_link(1, "bench-forening", "bench")
        started = time.perf_counter()
        result = run_reporters(engine, "bench", "webbinlagg", link,
                               reporters=args.reporters, saves_each=args.saves)
        wall = time.perf_counter() - started
        with Session(engine) as session:
            stored = session.execute(text("SELECT count(*) FROM entry")).scalar_one()
        engine.dispose()
    expected = args.reporters * args.saves
    ms = [d * 1000 for d in result.durations]
    print(f"database: {url.split(':')[0]}  reporters: {args.reporters}  "
          f"saves each: {args.saves}")
    print(f"saves: {len(ms)} of {expected}  stored: {stored}  errors: {len(result.errors)}")
    print(f"save time ms: p50 {statistics.median(ms):.1f}  p95 {percentile(ms, 0.95):.1f}  "
          f"max {max(ms):.1f}")
    print(f"throughput: {len(ms) / wall:.0f} saves/s over {wall:.2f} s")
    for error in result.errors[:5]:
        print("error:", error)
    return 0 if stored == expected and not result.errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
