"""Benchmark: a whole party on one database, beside the floor of every figure.

    python -m benchmarks.scale [--backends sqlite,postgresql] [--cache DIR] [--repeat R]
                               [--plans N] [--entries E] [--quick]

Builds, once, databases of 1 plan (10 000 entries), 200 plans (1 000 000 entries) and
--plans plans (default 3 000, --entries default 10 000 000) in --cache (default
~/.cache/goals-scale): SQLite files, and for PostgreSQL a pgserver data directory there whose
databases are filled from the SQLite files by `goals.services.move_database` (COPY). Later
runs reuse them (delete the directory to rebuild). Plan 0 is the same 30-goal plan with
10 000 entries in every size; the other plans share the rest of the entries (benchmarks.status's
synthetic plans, generated plan by plan from the seed), 100 föreningar per district, and each
district has its own plan with a coverage goal.

Figures (warm: one untimed run, then --repeat timed runs; median), each beside its floor:

1. one plan's status (`plan_status` of plan 0, a new Session per call, as a page does) at
   each size. Floor: one GROUP BY joining that plan's goals to their entries (as in
   benchmarks.status) on the DB-API connection.
2. a förening's Översikt computed afresh (what the page reads after any write: every plan's
   parsed definition, the plan's status, its entries, its meetings, the data version), in a
   database of the seed plans alone and with a demo district of 200 föreningar beside them.
   The ratio is between the two.
3. the district view (`district_view`: statuses of a district's 100 föreningar and its own
   plan, activity) in the largest database, and the district page itself with AppTest, warm
   (its reruns until the next write). Floor: the GROUP BY of 1. over those 101 plans.
4. the national roll-up (`national_view`). Floors: the GROUP BY of the monthly sums per plan
   and metric (the least the roll-up reads), and, for scale, the same GROUP BY over the entries
   themselves (what a roll-up without pre-aggregation would read).
5. import of a district's year: one CSV of 100 000 entries for 100 plans through
   `import_bytes` (parse, check, upsert, monthly sums, audit, data version) into a fresh
   database; entries/s.

Prints a table, then one JSON line with every figure.
"""

from __future__ import annotations

import argparse
import contextlib
import csv as csv_module
import io
import json
import os
import platform
import random
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import URL, make_url
from sqlmodel import Session, create_engine

from benchmarks.status import (
    AS_OF,
    FLOOR_STATUS_SQL,
    PERIOD_END,
    PERIOD_START,
    YEAR,
    _entries_csv,
    _entry_plan,
    _plan_goals,
    _plan_yaml,
    summarise,
    timed_runs,
)
from goals.services.file_import import import_bytes
from goals.store.engine import create_schema, make_engine

ONE_PLAN_ENTRIES = 10_000
GOALS = 30
PER_DISTRICT = 100
IMPORT_PLANS, IMPORT_ENTRIES = 100, 100_000


@dataclass(frozen=True)
class Size:
    name: str
    plans: int
    entries: int

    @property
    def districts(self) -> int:
        return max(1, -(-self.plans // PER_DISTRICT))


# --- synthetic party ------------------------------------------------------------------------


def _district(index: int) -> str:
    return f"distrikt-{index // PER_DISTRICT:03d}"


def forening_files(index: int, entries: int, seed: int) -> tuple[bytes, bytes, int]:
    """Förening `index`'s plan YAML and entries CSV: the same for the same index and seed
    whatever the database size, so plan 0 is the same plan in every size."""
    rng = random.Random(f"{seed}:scale:{index}")
    shape, goals = _entry_plan(entries, _plan_goals(GOALS), rng)
    yaml_text = _plan_yaml(index, goals, shape, rng).replace(
        f"  parent: distrikt-{index % 10:02d}", f"  parent: {_district(index)}")
    csv, count = _entries_csv(f"bench-{index:04d}-{YEAR}", shape, rng)
    return yaml_text.encode(), csv, count


def district_yaml(district: str) -> bytes:
    return f"""\
id: {district}-{YEAR}
title: "Distriktets plan {district}"
organisation: {{id: {district}, name: "Distrikt {district[-3:]}", level: distrikt}}
period: {{start: {PERIOD_START}, end: {PERIOD_END}}}
language: sv
sections:
  - title: Starka föreningar
    goals:
      - {{id: alla-valprogram, text: Alla antar ett valprogram., kind: coverage,
         goal: valprogram, target: 100%}}
""".encode()


def entries_per_plan(size: Size) -> list[int]:
    if size.plans == 1:
        return [size.entries]
    rest = size.entries - ONE_PLAN_ENTRIES
    base, extra = divmod(rest, size.plans - 1)
    return [ONE_PLAN_ENTRIES] + [base + (1 if i < extra else 0) for i in range(size.plans - 1)]


_COLUMNS = ("uid", "plan_pk", "day", "metric", "value", "tags", "milestone", "step", "note",
            "reported_by", "unit", "source", "created_at")


def _rows(csv: bytes, plan_pk: int, index: int, created: str) -> list[tuple]:
    """The CSV's rows as entry tuples for SQLite (bulk load of the cached database; the
    product's import path is timed separately, in figure 5)."""
    rows = []
    records = csv_module.reader(io.StringIO(csv.decode()))
    next(records)
    for n, (day, _plan, metric, value, tags, milestone, step, note, who) in enumerate(records):
        encoded = f"|{tags.replace(';', '|')}|" if tags else ""
        rows.append((f"s{index:05d}{n:07d}", plan_pk, day, metric or None,
                     float(value) if value else None, encoded, milestone or None,
                     step or None, note or None, who or None, None, "scale", created))
    return rows


def build_sqlite(path: Path, size: Size, seed: int, log: Callable[[str], None]) -> None:
    """The size's SQLite database: plans through the product's import, entries bulk-loaded."""
    from goals.store.entry_months import refresh_all

    done = path.with_suffix(".done")
    if done.exists():
        return
    path.unlink(missing_ok=True)
    started = time.perf_counter()
    engine = make_engine(f"sqlite:///{path}")
    create_schema(engine)
    counts = entries_per_plan(size)
    for district in range(size.districts if size.plans > 1 else 0):
        yaml_ = district_yaml(f"distrikt-{district:03d}")
        assert import_bytes(engine, yaml_, "district.yaml", is_plan=True).ok
    created = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    raw = engine.raw_connection()
    batch: list[tuple] = []
    for index, count in enumerate(counts):
        yaml_, csv, _ = forening_files(index, count, seed)
        result = import_bytes(engine, yaml_, f"{index}.yaml", is_plan=True)
        assert result.ok, result.problems[:3]
        pk = raw.cursor().execute("SELECT pk FROM plan WHERE id = ?",
                                  [f"bench-{index:04d}-{YEAR}"]).fetchone()[0]
        batch += _rows(csv, pk, index, created)
        if len(batch) > 500_000 or index == len(counts) - 1:
            raw.cursor().executemany(
                f"INSERT INTO entry ({', '.join(_COLUMNS)}) VALUES "
                f"({', '.join('?' * len(_COLUMNS))})", batch)
            raw.commit()
            batch = []
            log(f"    {path.name}: {index + 1} of {size.plans} plans "
                f"({time.perf_counter() - started:.0f} s)")
    with Session(engine) as session:
        refresh_all(session)
        session.execute(text("UPDATE meta SET value = value + 1 WHERE key = 'data_version'"))
        session.commit()
    raw.cursor().execute("ANALYZE")
    raw.commit()
    raw.close()
    engine.dispose()
    done.write_text(f"built in {time.perf_counter() - started:.0f} s\n")
    log(f"  built {path.name} in {time.perf_counter() - started:.0f} s")


# --- PostgreSQL -----------------------------------------------------------------------------


@contextlib.contextmanager
def postgres_server(cache: Path) -> Iterator[str]:
    """A pgserver whose data directory lives in the cache (kept between runs); its URL."""
    import pgserver

    server = pgserver.get_server(str(cache / "pg"), cleanup_mode="stop")
    parsed = make_url(server.get_uri())
    url = URL.create("postgresql+psycopg", username=parsed.username, host=parsed.host,
                     port=parsed.port, database=parsed.database, query=parsed.query)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with contextlib.suppress(Exception):
            server.cleanup()


def postgres_database(server_url: str, name: str, sqlite_path: Path,
                      log: Callable[[str], None]) -> str:
    """`name` on the server, filled from the SQLite file by the move command (COPY)."""
    from goals.services.move_database import move_database

    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"),
                                    {"n": name}).scalar()
        if exists:
            target = create_engine(url)
            with target.connect() as check:
                built = check.execute(text(
                    "SELECT count(*) FROM meta WHERE key = 'scale_built'")).scalar()
            target.dispose()
            if built:
                admin.dispose()
                return url
            connection.execute(text(f'DROP DATABASE "{name}"'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    started = time.perf_counter()
    result = move_database(f"sqlite:///{sqlite_path}", url)
    assert result.complete, result
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text("VACUUM ANALYZE"))
        connection.execute(text("INSERT INTO meta (key, value) VALUES ('scale_built', 1)"))
    engine.dispose()
    log(f"  built {name} (PostgreSQL, by move-database) in "
        f"{time.perf_counter() - started:.0f} s")
    return url


# --- figures --------------------------------------------------------------------------------


def _median(run: Callable[[], object], repeat: int) -> float:
    return summarise(timed_runs(run, repeat))["median_s"]


def _floor(url: str, plan_pks: list[int]) -> Callable[[], object]:
    """The GROUP BY floor over the given plans' goals and entries, on the DB-API connection."""
    engine = make_engine(url)
    connection = engine.raw_connection()
    sqlite = url.startswith("sqlite")
    marks = ", ".join("?" for _ in plan_pks)
    query = FLOOR_STATUS_SQL.format(plan_filter=f" AND g.plan_pk IN ({marks})")
    if not sqlite:
        query = query.replace("%", "%%").replace("?", "%s")
    params = [AS_OF.isoformat() if sqlite else AS_OF, *plan_pks]

    def run() -> object:
        cursor = connection.cursor()
        cursor.execute(query, params)
        return cursor.fetchall()
    return run


def _plan_pks(url: str, where: str) -> list[int]:
    engine = make_engine(url)
    with engine.connect() as connection:
        pks = list(connection.execute(text(f"SELECT pk FROM plan WHERE {where}")).scalars())
    engine.dispose()
    return pks


def one_plan(url: str, repeat: int) -> dict:
    from goals.services.status import plan_status

    engine = make_engine(url)
    plan_id = f"bench-0000-{YEAR}"

    def ours() -> object:
        with Session(engine) as session:
            return plan_status(session, plan_id, AS_OF)
    figure = {"s": _median(ours, repeat),
              "floor_s": _median(_floor(url, _plan_pks(url, f"id = '{plan_id}'")), repeat)}
    engine.dispose()
    return figure | {"ratio": figure["s"] / figure["floor_s"]}


def district(url: str, repeat: int) -> dict:
    from goals.services.district import district_view

    engine = make_engine(url)
    name = "distrikt-000"

    def ours() -> object:
        with Session(engine) as session:
            return district_view(session, name, PERIOD_START, PERIOD_END, AS_OF)
    view = ours()
    pks = _plan_pks(url, f"parent_id = '{name}' OR organisation_id = '{name}'")
    figure = {"s": _median(ours, repeat), "floor_s": _median(_floor(url, pks), repeat),
              "foreningar": len(view.units), "plans": len(pks)}
    engine.dispose()
    return figure | {"ratio": figure["s"] / figure["floor_s"]}


def district_page(url: str, repeat: int, floor_s: float) -> dict:
    """The district page itself (AppTest), warm: reruns served from the caches keyed on the
    data version, as every rerun after the first until someone writes."""
    from streamlit.testing.v1 import AppTest

    root = Path(__file__).resolve().parents[1]
    previous = os.environ.get("GOALS_DB")
    os.environ["GOALS_DB"] = url
    try:
        at = AppTest.from_file(str(root / "app_pages" / "district.py"), default_timeout=600)
        at.query_params["district"] = "distrikt-000"
        at.run()
        at.date_input(key="district_start").set_value(PERIOD_START)
        at.date_input(key="district_end").set_value(PERIOD_END)
        at.date_input(key="district_as_of").set_value(AS_OF)

        def page() -> object:
            result = at.run()
            if result.exception:
                raise RuntimeError(str(result.exception))
            return result
        seconds = _median(page, repeat)
    finally:
        if previous is None:
            os.environ.pop("GOALS_DB", None)
        else:
            os.environ["GOALS_DB"] = previous
    return {"s": seconds, "floor_s": floor_s, "ratio": seconds / floor_s}


MONTH_FLOOR = ("SELECT plan_pk, metric, SUM(total), SUM(entries), MAX(last_day) "
               "FROM entry_month GROUP BY plan_pk, metric")
ENTRY_FLOOR = ("SELECT plan_pk, metric, SUM(value), COUNT(*), MAX(day) FROM entry "
               "GROUP BY plan_pk, metric")


def national(url: str, repeat: int) -> dict:
    from goals.services.national import national_view

    engine = make_engine(url)

    def ours() -> object:
        with Session(engine) as session:
            return national_view(session, PERIOD_START, PERIOD_END, AS_OF)
    connection = engine.raw_connection()

    def floor(sql: str) -> Callable[[], object]:
        def run() -> object:
            cursor = connection.cursor()
            cursor.execute(sql)
            return cursor.fetchall()
        return run
    view = ours()
    figure = {"s": _median(ours, repeat), "floor_s": _median(floor(MONTH_FLOOR), repeat),
              "entries_floor_s": _median(floor(ENTRY_FLOOR), 1),
              "districts": len(view.districts), "foreningar": view.foreningar}
    connection.close()
    engine.dispose()
    return figure | {"ratio": figure["s"] / figure["floor_s"],
                     "ratio_to_entries_floor": figure["s"] / figure["entries_floor_s"]}


def overview(url: str, repeat: int) -> float:
    """What Översikt reads after any write (its caches keyed on the data version are cold)."""
    from goals.services.database import data_version, meeting_days, plans
    from goals.services.database import entries as list_entries
    from goals.services.status import plan_statuses

    engine = make_engine(url)
    plan_id = "v-vallentuna-2021"

    def ours() -> object:
        with Session(engine) as session:
            data_version(session)
            every = plans(session)
            plan = every[plan_id]
            as_of = min(plan.period_end, date(2021, 10, 31))
            plan_statuses(session, as_of, [plan_id])
            plan_statuses(session, as_of - timedelta(days=30), [plan_id])   # since the meeting
            list_entries(session, plan_id)
            return meeting_days(session, plan.organisation.id)
    seconds = _median(ours, repeat)
    engine.dispose()
    return seconds


def build_overview_databases(cache: Path) -> tuple[Path, Path]:
    """The seed plans alone, and the seed plans with a demo district of 200 föreningar."""
    from goals.services.bootstrap import seed_if_empty
    from goals.services.demo import demo_files

    paths = (cache / "seed.db", cache / "seed-and-200.db")
    for path, extra in zip(paths, (0, 200), strict=True):
        if path.with_suffix(".done").exists():
            continue
        path.unlink(missing_ok=True)
        engine = make_engine(f"sqlite:///{path}")
        create_schema(engine)
        seed_if_empty(engine)
        if extra:
            for f in sorted(demo_files(foreningar=extra, year=2025), key=lambda f: not f.is_plan):
                assert import_bytes(engine, f.data, f.name, is_plan=f.is_plan).ok
        engine.dispose()
        path.with_suffix(".done").write_text("built\n")
    return paths


def import_rate(url: str, seed: int, plans: int = IMPORT_PLANS,
                entries: int = IMPORT_ENTRIES) -> dict:
    """A district's year in one file into a fresh database with the district's plans."""
    engine = make_engine(url)
    create_schema(engine)
    per_plan = entries // plans
    lines: list[str] = []
    for index in range(plans):
        yaml_, csv, _ = forening_files(index, per_plan, seed)
        assert import_bytes(engine, yaml_, f"{index}.yaml", is_plan=True).ok
        lines += csv.decode().splitlines()[1:]
    data = ("date,plan,metric,value,tags,milestone,step,note,reported_by\n"
            + "\n".join(lines) + "\n").encode()
    started = time.perf_counter()
    result = import_bytes(engine, data, "district-year.csv", is_plan=False)
    seconds = time.perf_counter() - started
    assert result.ok and result.entries_change.added == len(lines), result.problems[:3]
    store_s = _storage_path(engine)
    engine.dispose()
    return {"entries": len(lines), "s": seconds, "per_s": len(lines) / seconds,
            "store_s": store_s, "store_per_s": len(lines) / store_s}


def _storage_path(engine) -> float:
    """Seconds of the storage path alone for the same rows (goals.store.entries.
    upsert_entries in one unit of work: the range read for existing ids, executemany or
    COPY, the monthly sums, the data version): the rows read back, deleted, stored again."""
    from goals.store.entries import _INSERTED, RowMaker, upsert_entries
    from goals.store.unit_of_work import writing

    with engine.connect() as connection:
        rows = [tuple(r) for r in connection.execute(text(
            f"SELECT {', '.join(_INSERTED)} FROM entry ORDER BY pk"))]
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM entry_month"))
        connection.execute(text("DELETE FROM entry"))
    started = time.perf_counter()
    with writing(engine) as session:
        change = upsert_entries(session, rows, RowMaker(session, "bench"))
    seconds = time.perf_counter() - started
    assert change.added == len(rows), change
    return seconds


# --- the run --------------------------------------------------------------------------------


def sizes(args: argparse.Namespace) -> list[Size]:
    if args.quick:
        return [Size("1", 1, 2_000), Size("20", 20, 40_000), Size(str(120), 120, 200_000)]
    largest = Size(str(args.plans), args.plans, args.entries)
    return [Size("1", 1, ONE_PLAN_ENTRIES), Size("200", 200, 1_000_000), largest]


def run_backend(backend: str, args: argparse.Namespace, cache: Path,
                log: Callable[[str], None]) -> dict:
    result: dict = {"backend": backend, "one_plan": {}}
    paths = {s.name: cache / f"scale-{s.plans}-{s.entries}-s{args.seed}.db"
             for s in sizes(args)}
    with contextlib.ExitStack() as stack:
        if backend == "postgresql":
            server = stack.enter_context(postgres_server(cache))
            urls = {name: postgres_database(server, f"scale_{path.stem.replace('-', '_')}",
                                            path, log) for name, path in paths.items()}
            import_db = f"import_{os.getpid()}"
            admin = create_engine(server, isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{import_db}"'))
            import_url = make_url(server).set(database=import_db).render_as_string(
                hide_password=False)
        else:
            urls = {name: f"sqlite:///{path}" for name, path in paths.items()}
            import_url = f"sqlite:///{cache / f'import-{os.getpid()}.db'}"
        for size in sizes(args):
            result["one_plan"][size.name] = one_plan(urls[size.name], args.repeat)
            log(f"  {backend}: one plan's status at {size.name} plans: "
                f"{_ms(result['one_plan'][size.name])}")
        largest = urls[sizes(args)[-1].name]
        result["district"] = district(largest, args.repeat)
        log(f"  {backend}: district view: {_ms(result['district'])}")
        result["district_page"] = district_page(largest, args.repeat,
                                                result["district"]["floor_s"])
        log(f"  {backend}: district page (AppTest, warm): {_ms(result['district_page'])}")
        result["national"] = national(largest, args.repeat)
        log(f"  {backend}: national roll-up: {_ms(result['national'])}")
        result["import"] = (import_rate(import_url, args.seed, 10, 2_000) if args.quick
                            else import_rate(import_url, args.seed))
        log(f"  {backend}: import of a district's year: {result['import']['per_s']:.0f}/s "
            f"(storage path {result['import']['store_per_s']:.0f}/s)")
        if backend == "postgresql":
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE "{import_db}" WITH (FORCE)'))
            admin.dispose()
        else:
            Path(import_url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    return result


def _ms(figure: dict) -> str:
    return (f"{figure['s'] * 1000:.1f} ms, floor {figure['floor_s'] * 1000:.1f} ms, "
            f"{figure['ratio']:.2f}×")


def print_table(results: list[dict], overview_figure: dict, log: Callable[[str], None]) -> None:
    log("\n| figure | " + " | ".join(r["backend"] for r in results) + " |")
    log("| --- |" + " --- |" * len(results))
    for name in results[0]["one_plan"]:
        log(f"| one plan's status (30 goals, 10 000 entries), database of {name} plans | "
            + " | ".join(_ms(r["one_plan"][name]) for r in results) + " |")
    log("| district view, 100 föreningar + district plan | "
        + " | ".join(_ms(r["district"]) for r in results) + " |")
    log("| district page (AppTest, warm rerun), same floor | "
        + " | ".join(_ms(r["district_page"]) for r in results) + " |")
    log("| national roll-up (floor: GROUP BY of the monthly sums) | "
        + " | ".join(_ms(r["national"]) for r in results) + " |")
    log("| GROUP BY of every entry per plan and metric (no pre-aggregation) | "
        + " | ".join(f"{r['national']['entries_floor_s'] * 1000:.0f} ms" for r in results)
        + " |")
    log("| import of a district's year (100 000 entries, one file) | "
        + " | ".join(f"{r['import']['per_s']:,.0f} entries/s" for r in results) + " |")
    log("| ... of which the storage path (upsert: executemany / COPY) | "
        + " | ".join(f"{r['import']['store_per_s']:,.0f} entries/s" for r in results) + " |")
    log(f"\nÖversikt afresh (SQLite): seed plans {overview_figure['seed_s'] * 1000:.1f} ms, "
        f"with 200 föreningar more {overview_figure['with_200_s'] * 1000:.1f} ms, "
        f"{overview_figure['ratio']:.2f}×")


def code_state() -> dict:
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = None
    return {"commit": commit}


def main(argv: list[str] | None = None, log: Callable[[str], None] | None = None) -> dict:
    log = log or (lambda line: print(line, flush=True))
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale",
                                     description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--cache", default=str(Path.home() / ".cache" / "goals-scale"))
    parser.add_argument("--plans", type=int, default=3000)
    parser.add_argument("--entries", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="small sizes (for a smoke test)")
    args = parser.parse_args(argv)
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    log(f"benchmarks.scale: cache {cache}, sizes "
        + ", ".join(f"{s.plans} plans/{s.entries:,} entries" for s in sizes(args)))
    for size in sizes(args):
        build_sqlite(cache / f"scale-{size.plans}-{size.entries}-s{args.seed}.db", size,
                     args.seed, log)
    seed_db, with_200 = build_overview_databases(cache)
    overview_figure = {"seed_s": overview(f"sqlite:///{seed_db}", args.repeat),
                       "with_200_s": overview(f"sqlite:///{with_200}", args.repeat)}
    overview_figure["ratio"] = overview_figure["with_200_s"] / overview_figure["seed_s"]
    results = [run_backend(b, args, cache, log) for b in args.backends.split(",") if b]
    print_table(results, overview_figure, log)
    summary = {"bench": "benchmarks.scale", "version": 1, "seed": args.seed,
               "as_of": AS_OF.isoformat(), "repeat": args.repeat,
               "sizes": [vars(s) for s in sizes(args)], "python": sys.version.split()[0],
               "machine": platform.machine(), "cpus": os.cpu_count(),
               "total_s": round(time.perf_counter() - started, 1), "code": code_state(),
               "overview": overview_figure, "backends": results}
    log(json.dumps(summary))
    return summary


if __name__ == "__main__":
    main()
