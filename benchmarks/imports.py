"""Benchmark: a 100 000-row member register and a 100 000-row call export, imported through
the real path (read, drop identifying columns, map, count, write in one transaction) on
SQLite; target under 5 s each. Prints each figure, its stages, and the ratio to the target
and to the floor: merely reading the same file (Python's csv module for CSV; the sheet's
cells by the product's fast reader for .xlsx, so there the ratio is what the rest adds).

    python -m benchmarks.imports [--rows 100000] [--repeat 3] [--xlsx]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta

from benchmarks.status import summarise, timed_runs
from goals.io.plan_yaml import load_plan_bytes
from goals.mappings.layouts import built_in, to_entries
from goals.mappings.tables import read_table
from goals.services.file_import import import_bytes
from goals.services.mapping_import import import_spreadsheet, read_clean
from goals.store.engine import create_schema, make_engine

TARGET_S = 5.0
AS_OF = date(2025, 12, 31)
PLAN_YAML = b"""\
id: bench-2025
title: Bench 2025
organisation: {id: bench, name: Bench}
period: {start: 2025-01-01, end: 2025-12-31}
metrics:
  medlemmar: {label: Medlemmar, type: level}
  nya-medlemmar: {label: Nya medlemmar, type: flow}
  aktiva: {label: Aktiva, type: level}
  ringda-samtal: {label: Ringda samtal, type: flow}
  samtal: {label: Samtal, type: flow}
  varvade: {label: Varvade, type: flow}
sections:
  - title: Allt
    goals:
      - {id: fler, text: Fler, kind: increase, metric: medlemmar, baseline: 1000, target: +5%}
      - {id: nya, text: Nya, kind: rate, metric: nya-medlemmar, target: 10, per: month}
      - {id: samtal, text: Samtal, kind: total, metric: samtal, target: 10000}
      - {id: varvning, text: Varvning, kind: total, metric: varvade, target: 500}
"""
FIRST = ["Anna", "Bo", "Cecilia", "David", "Eva", "Fredrik", "Gunilla", "Hassan", "Ingrid"]
LAST = ["Andersson", "Berg", "Carlsson", "Dahl", "Ek", "Fors", "Gustafsson", "Holm"]
OUTCOMES = ["Svarade", "Inget svar", "Inget svar", "Upptaget", "Värvad", "Ring senare"]


def register_csv(rows: int, seed: int = 1) -> bytes:
    """A register export as a member system writes it: Windows-1252, semicolons, names,
    personal numbers, e-mail, phone and address beside the dates that matter."""
    rng = random.Random(seed)
    lines = ["Förnamn;Efternamn;Personnummer;E-post;Mobil;Adress;Inträdesdatum;"
             "Utträdesdatum;Aktiv"]
    start = date(1990, 1, 1)
    for n in range(rows):
        joined = start + timedelta(days=rng.randint(0, 13_000))
        ended = (joined + timedelta(days=rng.randint(30, 3000))) if n % 5 == 0 else None
        first, last = rng.choice(FIRST), rng.choice(LAST)
        lines.append(f"{first};{last};19{rng.randint(40, 99)}0101-{rng.randint(1000, 9999)};"
                     f"{first.lower()}{n}@exempel.se;070-{rng.randint(100, 999)} 12 34;"
                     f"{last}gatan {n % 90 + 1};{joined.isoformat()};"
                     f"{ended.isoformat() if ended else ''};{'ja' if n % 4 == 0 else ''}")
    return ("\n".join(lines) + "\n").encode("cp1252")


def calls_csv(rows: int, seed: int = 2) -> bytes:
    """A call export: one row per call, with the caller's name, in 40 föreningar."""
    rng = random.Random(seed)
    lines = ["Datum;Ringare;Förening;Utfall"]
    start = date(2025, 9, 1)
    for _ in range(rows):
        day = start + timedelta(days=rng.randint(0, 29))
        lines.append(f"{day.isoformat()} {rng.randint(17, 20)}:{rng.randint(0, 59):02d};"
                     f"{rng.choice(FIRST)} {rng.choice(LAST)};S Förening {rng.randint(0, 39)};"
                     f"{rng.choice(OUTCOMES)}")
    return ("\n".join(lines) + "\n").encode("cp1252")


def to_xlsx(data: bytes) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    for record in csv.reader(io.StringIO(data.decode("cp1252")), delimiter=";"):
        sheet.append(record)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _fresh_engine(folder: str, n: int):
    engine = make_engine(f"sqlite:///{folder}/bench-{n}.db")
    create_schema(engine)
    assert import_bytes(engine, PLAN_YAML, "bench.yaml", is_plan=True).ok
    return engine


def measure(name: str, data: bytes, file: str, layout: str, folder: str,
            repeat: int) -> dict:
    """End to end into a fresh database each run, and the stages of one run."""
    plan = load_plan_bytes(PLAN_YAML, "bench.yaml")
    mapping = built_in(layout, read_clean(data, file), plan)
    engines = [_fresh_engine(folder, f"{name}-{n}") for n in range(repeat + 1)]
    runs = iter(engines)
    outcome: dict = {}

    def run() -> None:
        result = import_spreadsheet(next(runs), data, file, mapping=mapping, as_of=AS_OF)
        assert result.ok, [p.render() for p in result.result.problems]
        outcome["entries"] = result.result.entries_change.added

    figure = summarise(timed_runs(run, repeat))
    stages = _stages(data, file, mapping, plan)
    floor = summarise(timed_runs(lambda: _floor(data, file), repeat))
    for engine in engines:
        engine.dispose()
    return figure | {"entries": outcome["entries"], "stages_s": stages,
                     "floor_median_s": floor["median_s"]}


def _floor(data: bytes, file: str) -> int:
    if file.endswith(".xlsx"):
        return len(read_table(data, file).rows)
    return sum(1 for _ in csv.reader(io.StringIO(data.decode("cp1252")), delimiter=";"))


def _stages(data: bytes, file: str, mapping, plan) -> dict[str, float]:
    def clock(step: Callable[[], object]) -> tuple[object, float]:
        started = time.perf_counter()
        value = step()
        return value, time.perf_counter() - started

    from goals.mappings.pii import drop_identifying

    table, read_s = clock(lambda: read_table(data, file))
    clean, pii_s = clock(lambda: drop_identifying(table))
    _, map_s = clock(lambda: to_entries(clean, mapping, plan, AS_OF, file))
    return {"read": read_s, "drop identifiers": pii_s, "map and count": map_s}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.imports", description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--xlsx", action="store_true", help="also the register as .xlsx")
    args = parser.parse_args(argv)
    cases = [("register (csv)", register_csv(args.rows), "register.csv", "register"),
             ("call export (csv)", calls_csv(args.rows), "samtal.csv", "calls")]
    if args.xlsx:
        cases.append(("register (xlsx)", to_xlsx(cases[0][1]), "register.xlsx", "register"))
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, data, file, layout in cases:
            figures[name] = measure(name.split()[0] + file[-4:], data, file, layout, folder,
                                    args.repeat)
    print(f"  {args.rows:,} rows each, SQLite, target {TARGET_S:.0f} s")
    for name, figure in figures.items():
        stages = ", ".join(f"{k} {v:.2f} s" for k, v in figure["stages_s"].items())
        print(f"  {name:<18} median {figure['median_s']:5.2f} s  best {figure['best_s']:5.2f} s"
              f"  {args.rows / figure['median_s']:9,.0f} rows/s  "
              f"{figure['median_s'] / TARGET_S:4.0%} of target  "
              f"{figure['median_s'] / figure['floor_median_s']:4.1f}x floor (file read "
              f"{figure['floor_median_s']:.2f} s)  -> {figure['entries']} entries")
        print(f"  {'':<18} stages: {stages}")
    print(json.dumps({"bench": "benchmarks.imports", "rows": args.rows, **figures}))
    return figures


if __name__ == "__main__":
    main()
