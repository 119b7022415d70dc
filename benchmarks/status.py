"""Benchmark: import rate and status time on synthetic plans, beside the raw-SQL floor.

    python -m benchmarks.status [--plans N] [--goals G] [--entries E] [--db URL] [--seed S]
                          [--repeat R] [--quick]

Without sizes it runs two scenarios: (A) 1 plan, 30 goals, 10 000 entries and (B) 200 plans
of 30 goals with 1 000 000 entries in all; `--quick` runs them small (2 000 and 50 000
entries); any of --plans/--goals/--entries runs one custom scenario (`--entries` is the
total over all plans). Each scenario gets a fresh database: a temporary SQLite file by
default; with `--db` a SQLite file URL (files `<stem>-<scenario>.db` beside it, which must
not exist yet; they are kept) or a PostgreSQL URL (a database `goals_bench_*` is created
on that server for each scenario and dropped afterwards).

The data is deterministic for a seed: plans with goals of every kind the format has except
coverage (total with and without a tag, rates per week/month/quarter/half-year/year,
increase on level and flow metrics, shares, milestones with and without steps) over metrics
that goals share, and entries spread over the year with tags, notes, monthly level
snapshots and occasional milestone entries, generated as the real CSV of PLAN_FORMAT §4.

Figures, each measured with `time.perf_counter`:

1. import: every plan's YAML, then every plan's CSV through
   `goals.services.file_import.import_bytes` (one file, one transaction, per plan);
   entries/s. Floor: the same rows (read back from
   the database) inserted by `executemany` on the DB-API connection into a fresh database
   with the same schema, one transaction per plan. Raw connections come from the product's
   own engine (`engine.raw_connection()`), so they carry the same SQLite pragmas.
2. one plan's status: `goals.services.status.plan_status` (a new Session per call, as a page does).
3. all plans' status: `goals.services.status.plan_statuses`.
   Floor for 2 and 3: one GROUP BY query on the DB-API connection that joins goals to the
   entries of their plan, metric and window (and tag, for a tagged goal) and sums the
   values per goal: the least any status computation must do.
   Status times are warm: one untimed run, then `--repeat` timed runs (median and best).

Every run also checks that the `actual` of every `total` goal equals the floor's sum.
The output is a table, then one JSON line with every figure (for later comparison).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

from goals.services.file_import import import_bytes
from goals.services.status import plan_status, plan_statuses
from goals.store.engine import create_schema, make_engine
from goals.store.tables import EntryRow, PlanRow

YEAR = 2025
PERIOD_START, PERIOD_END = date(YEAR, 1, 1), date(YEAR, 12, 31)
AS_OF = date(YEAR, 9, 30)
DAYS = tuple(PERIOD_START + timedelta(days=i) for i in range((PERIOD_END - PERIOD_START).days
                                                             + 1))
DAY_TEXTS = tuple(d.isoformat() for d in DAYS)
HEADER = "date,plan,metric,value,tags,milestone,step,note,reported_by"

# The targets the product is held to, and the sizes they are stated for.
IMPORT_TARGET = 70_000            # entries/s, at least
ONE_PLAN_TARGET_S = 0.050         # plan_status of a 30-goal plan with 10 000 entries
ALL_PLANS_TARGET_S = 1.5          # plan_statuses of 200 plans, 1 000 000 entries
ALL_PLANS_MAX_RATIO = 3.0         # ... and at most this many times the floor


@dataclass(frozen=True)
class Scenario:
    name: str
    plans: int
    goals: int
    entries: int

    def describe(self) -> str:
        return (f"{self.plans} plan{'s' if self.plans != 1 else ''} × {self.goals} goals, "
                f"{_int(self.entries)} entries")


DEFAULT_SCENARIOS = (Scenario("A", 1, 30, 10_000), Scenario("B", 200, 30, 1_000_000))
QUICK_SCENARIOS = (Scenario("A", 1, 30, 2_000), Scenario("B", 20, 30, 50_000))


# --- synthetic plans ------------------------------------------------------------------------


@dataclass(frozen=True)
class MetricSpec:
    id: str
    label: str
    type: str
    unit: str | None = None
    tags: tuple[str, ...] = ()
    weight: int = 0                       # share of a plan's flow entries
    values: tuple[str, ...] = ()          # value texts, drawn uniformly

    @property
    def mean(self) -> float:
        return sum(float(v) for v in self.values) / len(self.values) if self.values else 0.0

    def tag_combos(self) -> tuple[tuple[str, ...], tuple[float, ...]]:
        """`tags` cells and their weights: 40 % none, 45 % one tag, 15 % two tags."""
        if not self.tags:
            return ("",), (1.0,)
        k = len(self.tags)
        combos, weights = [""], [0.40]
        combos += list(self.tags)
        weights += [0.45 / k] * k
        pairs = [f"{a};{b}" for a in self.tags for b in self.tags if a != b]
        combos += pairs
        weights += [0.15 / len(pairs)] * len(pairs)
        return tuple(combos), tuple(weights)

    def tag_probability(self, tag: str | None) -> float:
        """How likely an entry is to carry `tag` (1 when no tag is asked for)."""
        if tag is None:
            return 1.0
        combos, weights = self.tag_combos()
        return sum(w for c, w in zip(combos, weights, strict=True) if tag in c.split(";"))


def _values(numbers: range, corrections: int = 0) -> tuple[str, ...]:
    """Value texts; `corrections` negative ones (a member correcting a mistake)."""
    return tuple(str(n) for n in numbers) + tuple(f"-{numbers[0]}" for _ in range(corrections))


METRICS: tuple[MetricSpec, ...] = (
    MetricSpec("medlemmar", "Medlemmar", "level"),
    MetricSpec("aktiva", "Aktiva medlemmar", "level"),
    MetricSpec("valfond", "Insättning till valfonden", "flow", "SEK", (), 4,
               _values(range(100, 5001, 50)) + ("199.5", "349.75", "1250.25")),
    MetricSpec("dorrknack", "Knackade dörrar", "flow", None, ("centrum", "norr", "soder"), 20,
               _values(range(5, 61))),
    MetricSpec("utdelning", "Utdelade flygblad", "flow", None, ("centrum", "forort"), 15,
               _values(range(20, 301, 5))),
    MetricSpec("mote", "Medlemsmöten", "flow", None, (), 3, ("1",)),
    MetricSpec("webbinlagg", "Inlägg på hemsidan", "flow", None, (), 8, ("1",) * 99 + ("-1",)),
    MetricSpec("sociala", "Inlägg på Facebook och Instagram", "flow", None,
               ("klimat", "nyhetskrok", "valet"), 35, ("1",) * 199 + ("-1",)),
    MetricSpec("studiecirkel", "Studiecirkelträffar", "flow", None, (), 5, ("1",)),
    MetricSpec("samtal", "Samtal med väljare", "flow", None, ("telefon", "torg"), 10,
               _values(range(1, 9))),
)
METRIC_BY_ID = {m.id: m for m in METRICS}
FLOW_METRICS = tuple(m for m in METRICS if m.type == "flow")
UNITS_PER_YEAR = {"week": 365 / 7, "month": 12, "quarter": 4, "half-year": 2, "year": 1}

# Thirty goal templates, kinds mixed; more goals repeat them with a suffix on the id.
GOAL_TEMPLATES: tuple[dict, ...] = (
    {"id": "valfond", "kind": "total", "metric": "valfond",
     "text": "Förstärka valfonden."},
    {"id": "hemsida", "kind": "rate", "metric": "webbinlagg", "per": "month",
     "text": "Minst några inlägg per månad på hemsidan."},
    {"id": "medlemsokning", "kind": "increase", "metric": "medlemmar", "target": "+20%",
     "baseline": "given", "text": "Öka vårt medlemsantal med 20 %."},
    {"id": "nyhetskrok", "kind": "share", "metric": "sociala", "tag": "nyhetskrok",
     "target": "10%", "text": "Minst 10 % av inläggen ska haka på nyheter."},
    {"id": "valprogram", "kind": "milestone",
     "steps": ("Arbetsgrupp tillsatt", "Första utkast", "Antaget på medlemsmöte"),
     "text": "Utforma ett lokalt valprogram."},
    {"id": "dorrar", "kind": "total", "metric": "dorrknack",
     "text": "Knacka dörr i hela kommunen."},
    {"id": "sociala-veckan", "kind": "rate", "metric": "sociala", "per": "week",
     "text": "Inlägg i sociala medier varje vecka."},
    {"id": "fler-medlemmar", "kind": "increase", "metric": "medlemmar", "target": "+15",
     "text": "Femton fler medlemmar."},
    {"id": "klimatandel", "kind": "share", "metric": "sociala", "tag": "klimat",
     "target": "25%", "text": "En fjärdedel av inläggen om klimatet."},
    {"id": "arsmote", "kind": "milestone", "deadline": "03-31",
     "text": "Hålla årsmötet i tid."},
    {"id": "dorrar-norr", "kind": "total", "metric": "dorrknack", "tag": "norr",
     "text": "Knacka dörr i norra delen."},
    {"id": "mote-manad", "kind": "rate", "metric": "mote", "per": "month",
     "text": "Ett medlemsmöte i månaden."},
    {"id": "aktiva-dubbla", "kind": "increase", "metric": "aktiva", "target": "x2",
     "text": "Dubbelt så många aktiva."},
    {"id": "forort", "kind": "share", "metric": "utdelning", "tag": "forort",
     "target": "40%", "text": "Flygblad även i förorten."},
    {"id": "kampanj", "kind": "milestone", "start": "02-01", "deadline": "10-31",
     "steps": ("Planering", "Material beställt", "Utdelning", "Utvärdering"),
     "text": "Genomföra vårens kampanj."},
    {"id": "moten", "kind": "total", "metric": "mote",
     "checkpoints": {"06-30": "40%", "09-30": "70%"}, "text": "Hålla medlemsmöten."},
    {"id": "studier", "kind": "rate", "metric": "studiecirkel", "per": "quarter",
     "text": "Studiecirkel varje kvartal."},
    {"id": "aktiva-niva", "kind": "increase", "metric": "aktiva", "target": "level",
     "text": "Nå ett antal aktiva medlemmar."},
    {"id": "soder", "kind": "share", "metric": "dorrknack", "tag": "soder", "target": "30%",
     "text": "Knacka dörr söderut också."},
    {"id": "lokal", "kind": "milestone", "steps": ("Lokal hittad", "Avtal klart"),
     "text": "Skaffa en egen lokal."},
    {"id": "flygblad-var", "kind": "total", "metric": "utdelning", "start": "03-01",
     "deadline": "09-14", "text": "Dela ut flygblad under våren."},
    {"id": "centrum-termin", "kind": "rate", "metric": "dorrknack", "per": "half-year",
     "tag": "centrum", "text": "Knacka dörr i centrum varje termin."},
    {"id": "valfond-okning", "kind": "increase", "metric": "valfond", "target": "+10%",
     "baseline": "last-year", "text": "Tio procent mer till valfonden än i fjol."},
    {"id": "medlemmar-host", "kind": "increase", "metric": "medlemmar", "target": "+10%",
     "start": "04-01", "text": "Växa med tio procent från april."},
    {"id": "webbinlagg-ar", "kind": "total", "metric": "webbinlagg",
     "text": "Inlägg på hemsidan under året."},
    {"id": "valfond-ar", "kind": "rate", "metric": "valfond", "per": "year",
     "text": "Insättningar till valfonden."},
    {"id": "klimatinlagg", "kind": "increase", "metric": "sociala", "tag": "klimat",
     "target": "+n", "baseline": "last-year", "text": "Fler klimatinlägg än i fjol."},
    {"id": "samtal-torg", "kind": "total", "metric": "samtal", "tag": "torg",
     "checkpoints": {"05-31": "30%"}, "text": "Samtal med väljare på torget."},
    {"id": "flygblad-manad", "kind": "rate", "metric": "utdelning", "per": "month",
     "text": "Flygblad varje månad."},
    {"id": "samtal-okning", "kind": "increase", "metric": "samtal", "target": "x2",
     "baseline": "last-year", "text": "Dubbelt så många väljarsamtal."},
)
SECTION_TITLES = ("Valet 2026", "Medlemmar", "Digital närvaro", "Ekonomi",
                  "Utåtriktat arbete", "Studier")
NAMES = ("Anna", "Bashir", "Cecilia", "David", "Elin", "Fatima", "Gustav", "Hanna")
NOTES = ("Budgetdebatten", '"Torgmöte, centrum"', '"Bokbord, ""Vår framtid"""', "Kampanjdag",
         '"Skola, bibliotek och torg"')


@dataclass
class PlanData:
    """One synthetic plan: its YAML, its entries as CSV, and what the checks need."""

    id: str
    yaml: bytes
    csv: bytes = b""
    entries: int = 0
    goals: list[dict] = field(default_factory=list)


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def _day(month_day: str) -> date:
    return date.fromisoformat(f"{YEAR}-{month_day}")


def _plan_goals(count: int) -> list[dict]:
    goals = []
    for index in range(count):
        template = dict(GOAL_TEMPLATES[index % len(GOAL_TEMPLATES)])
        round_ = index // len(GOAL_TEMPLATES)
        if round_:
            template["id"] = f"{template['id']}-{round_ + 1}"
        goals.append(template)
    return goals


def _entry_plan(n: int, goals: list[dict], rng: random.Random) -> tuple[dict, list[dict]]:
    """How a plan's `n` entries split: level start values, milestone entries, flow counts."""
    members = rng.randint(40, 400)
    levels = {"medlemmar": members, "aktiva": max(5, int(members * rng.uniform(0.2, 0.4)))}
    milestones: list[dict] = []
    for goal in goals:
        if goal["kind"] != "milestone":
            continue
        start = _day(goal.get("start", "01-01"))
        end = _day(goal.get("deadline", "12-31"))
        span = (end - start).days
        steps = goal.get("steps", ())
        if not steps:
            if rng.random() < 0.7:
                milestones.append({"goal": goal["id"], "step": "",
                                   "day": start + timedelta(days=rng.randint(0, span))})
            continue
        done = rng.randint(0, len(steps))
        days = sorted(rng.randint(0, span) for _ in range(done))
        for step, offset in zip(steps[:done], days, strict=True):
            milestones.append({"goal": goal["id"], "step": step,
                               "day": start + timedelta(days=offset)})
        if rng.random() < 0.1:      # marked done as a whole as well
            milestones.append({"goal": goal["id"], "step": "",
                               "day": start + timedelta(days=rng.randint(0, span))})
    snapshots = 13 * len(levels)    # 2024-12-31 and the last day of every month
    flow = max(0, n - snapshots - len(milestones))
    total_weight = sum(m.weight for m in FLOW_METRICS)
    counts = {m.id: flow * m.weight / total_weight for m in FLOW_METRICS}
    return {"levels": levels, "milestones": milestones, "counts": counts, "flow": flow}, goals


def _goal_yaml(goal: dict, shape: dict, rng: random.Random) -> list[str]:
    """The goal's YAML lines; fills in targets that keep statuses varied."""
    lines = [f"      - id: {goal['id']}", f"        text: {_q(goal['text'])}",
             f"        kind: {goal['kind']}"]
    start = _day(goal["start"]) if "start" in goal else PERIOD_START
    end = _day(goal["deadline"]) if "deadline" in goal else PERIOD_END
    share_of_year = ((end - start).days + 1) / len(DAYS)
    metric = METRIC_BY_ID.get(goal.get("metric", ""))
    if metric is not None:
        lines.append(f"        metric: {metric.id}")
    if "tag" in goal:
        lines.append(f"        tag: {goal['tag']}")
    expected = 0.0
    if metric is not None and metric.type == "flow":
        expected = shape["counts"][metric.id] * metric.mean * metric.tag_probability(
            goal.get("tag") if goal["kind"] != "share" else None)
    kind = goal["kind"]
    if kind == "total":
        target = max(1, round(expected * share_of_year * rng.uniform(0.8, 1.3)))
        lines.append(f"        target: {target}")
    elif kind == "rate":
        per = goal["per"]
        target = max(1, round(expected / UNITS_PER_YEAR[per] * rng.uniform(0.6, 1.1)))
        lines += [f"        target: {target}", f"        per: {per}"]
    elif kind == "share":
        lines.append(f"        target: {goal['target']}")
    elif kind == "increase":
        baseline = goal.get("baseline")
        if metric is not None and metric.type == "flow":
            last_year = max(1, round(expected * rng.uniform(0.85, 1.1)))
            lines.append(f"        baseline: {last_year}")
            target = goal["target"]
            if target == "+n":
                target = f"+{max(1, round(last_year * 0.15))}"
            lines.append(f"        target: {_q(target)}")
        else:
            level = shape["levels"][goal["metric"]]
            if baseline == "given":
                lines.append(f"        baseline: {level}")
            target = goal["target"]
            if target == "level":
                target = str(round(level * rng.uniform(1.1, 1.4)) + 1)
            lines.append(f"        target: {_q(target)}")
    if goal.get("steps"):
        lines.append(f"        steps: [{', '.join(_q(s) for s in goal['steps'])}]")
    if "start" in goal:
        lines.append(f"        start: {start.isoformat()}")
    if "deadline" in goal:
        lines.append(f"        deadline: {end.isoformat()}")
    if "checkpoints" in goal:
        points = ", ".join(f"{YEAR}-{d}: {f}" for d, f in goal["checkpoints"].items())
        lines.append(f"        checkpoints: {{{points}}}")
    if rng.random() < 0.3:
        lines.append(f"        responsible: {_q(rng.choice(NAMES))}")
    goal["window"] = (start, end)
    return lines


def _plan_yaml(index: int, goals: list[dict], shape: dict, rng: random.Random) -> str:
    plan_id = f"bench-{index:04d}-{YEAR}"
    lines = [
        f"id: {plan_id}",
        f"title: {_q(f'Verksamhetsplan för förening {index} {YEAR}')}",
        "organisation:",
        f"  id: forening-{index:04d}",
        f"  name: {_q(f'Förening {index}')}",
        "  level: förening",
        f"  parent: distrikt-{index % 10:02d}",
        f"period: {{start: {PERIOD_START.isoformat()}, end: {PERIOD_END.isoformat()}}}",
        f"adopted: {YEAR}-03-10",
        "language: sv",
        "metrics:",
    ]
    for metric in METRICS:
        parts = [f"label: {_q(metric.label)}", f"type: {metric.type}"]
        if metric.unit:
            parts.append(f"unit: {metric.unit}")
        if metric.tags:
            parts.append(f"tags: [{', '.join(metric.tags)}]")
        lines.append(f"  {metric.id}: {{{', '.join(parts)}}}")
    lines.append("sections:")
    per_section = max(1, math.ceil(len(goals) / len(SECTION_TITLES)))
    for start in range(0, len(goals), per_section):
        title = SECTION_TITLES[(start // per_section) % len(SECTION_TITLES)]
        lines += [f"  - title: {_q(title)}", "    goals:"]
        for goal in goals[start:start + per_section]:
            lines += _goal_yaml(goal, shape, rng)
    return "\n".join(lines) + "\n"


def _entries_csv(plan_id: str, shape: dict, rng: random.Random) -> tuple[bytes, int]:
    """The plan's entries as CSV text (§4), sorted by date, with every column present."""
    rows: list[str] = []
    for metric_id, start in shape["levels"].items():     # monthly snapshots, growing a little
        value = start
        growth = rng.uniform(-0.01, 0.03)
        days = [date(YEAR - 1, 12, 31)] + [
            date(YEAR, m + 1, 1) - timedelta(days=1) for m in range(1, 12)] + [PERIOD_END]
        for day in days:
            rows.append(f"{day.isoformat()},{plan_id},{metric_id},{value},,,,,")
            value = max(0, round(value * (1 + growth + rng.uniform(-0.01, 0.01))))
    for item in shape["milestones"]:
        rows.append(f"{item['day'].isoformat()},{plan_id},,,,{item['goal']},{item['step']},,"
                    f"{rng.choice(NAMES)}")
    remaining = shape["flow"]
    flows = list(FLOW_METRICS)
    for position, metric in enumerate(flows):
        count = (remaining if position == len(flows) - 1
                 else round(shape["flow"] * metric.weight / sum(m.weight for m in flows)))
        count = min(count, remaining)
        remaining -= count
        if count <= 0:
            continue
        days = rng.choices(DAY_TEXTS, k=count)
        values = rng.choices(metric.values, k=count)
        combos, weights = metric.tag_combos()
        tags = rng.choices(combos, weights, k=count) if metric.tags else [""] * count
        extras = rng.choices(("", "", "", "", "", ",Anna", ",Elin", ",Gustav",
                              f"{NOTES[0]},", f"{NOTES[1]},Fatima", f"{NOTES[2]},",
                              f"{NOTES[3]},David", f"{NOTES[4]},"),
                             (60, 60, 60, 60, 60, 10, 10, 10, 1, 1, 1, 1, 1), k=count)
        prefix = f",{plan_id},{metric.id},"
        rows += [f"{d}{prefix}{v},{t},,,{e if e else ','}"
                 for d, v, t, e in zip(days, values, tags, extras, strict=True)]
    rows.sort()
    return (HEADER + "\n" + "\n".join(rows) + "\n").encode(), len(rows)


def build_dataset(scenario: Scenario, seed: int) -> list[PlanData]:
    """The scenario's plans and entries; the same for the same seed."""
    rng = random.Random(f"{seed}:{scenario.plans}:{scenario.goals}:{scenario.entries}")
    plans = []
    base, extra = divmod(scenario.entries, scenario.plans)
    for index in range(scenario.plans):
        n = base + (1 if index < extra else 0)
        shape, goals = _entry_plan(n, _plan_goals(scenario.goals), rng)
        text_ = _plan_yaml(index, goals, shape, rng)
        plan = PlanData(f"bench-{index:04d}-{YEAR}", text_.encode(), goals=goals)
        plan.csv, plan.entries = _entries_csv(plan.id, shape, rng)
        plans.append(plan)
    return plans


# --- databases --------------------------------------------------------------------------------


@dataclass
class Database:
    """A fresh database for one scenario: its URL, the product's engine for it, and raw
    DB-API connections taken from that engine (so they get the product's SQLite pragmas)."""

    url: str
    backend: str          # sqlite | postgresql
    path: Path | None = None
    _engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        """`goals.store.engine.make_engine` for this URL, with the schema created."""
        if self._engine is None:
            self._engine = make_engine(self.url)
            create_schema(self._engine)
        return self._engine

    def connect(self):
        """A DB-API connection (sqlite3 or psycopg, behind the pool's thin proxy)."""
        return self.engine.raw_connection()

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def sql(self, query: str) -> str:
        """`query` written with `?` placeholders, in this driver's parameter style."""
        return query if self.backend == "sqlite" else query.replace("%", "%%").replace("?",
                                                                                       "%s")

    def day(self, value: date):
        return value.isoformat() if self.backend == "sqlite" else value


@contextlib.contextmanager
def fresh_databases(base_url: str | None, label: str) -> Iterator[tuple[Database, Database]]:
    """Two empty databases (the product's and the import floor's), removed afterwards
    unless they are SQLite files the caller named."""
    if base_url is None:
        with tempfile.TemporaryDirectory(prefix="goals-bench-") as directory:
            paths = [Path(directory) / f"{label}.db", Path(directory) / f"{label}-floor.db"]
            with _disposing(Database(f"sqlite:///{p}", "sqlite", p) for p in paths) as pair:
                yield pair
        return
    url = make_url(base_url)
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise SystemExit("--db: a SQLite URL needs a file, e.g. sqlite:///bench.db")
        given = Path(url.database)
        paths = [given.with_name(f"{given.stem}-{label}.db"),
                 given.with_name(f"{given.stem}-{label}-floor.db")]
        for path in paths:
            if path.exists():
                raise SystemExit(f"--db: {path} exists; the benchmark needs a fresh file")
            path.parent.mkdir(parents=True, exist_ok=True)
        with _disposing(Database(f"sqlite:///{p}", "sqlite", p) for p in paths) as pair:
            yield pair
        return
    if url.get_backend_name() != "postgresql":
        raise SystemExit("--db: SQLite or PostgreSQL URLs only")
    names = [f"goals_bench_{uuid.uuid4().hex[:10]}_{label.lower()}", ""]
    names[1] = names[0] + "_floor"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            for name in names:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
        urls = [url.set(database=name).render_as_string(hide_password=False)
                for name in names]
        with _disposing(Database(u, "postgresql") for u in urls) as pair:
            yield pair
    finally:
        with admin.connect() as connection:
            for name in names:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextlib.contextmanager
def _disposing(databases) -> Iterator[tuple[Database, Database]]:
    pair = tuple(databases)
    try:
        yield pair
    finally:
        for database in pair:
            database.dispose()


# --- the floor queries ------------------------------------------------------------------------

FLOOR_STATUS_SQL = """
SELECT g.pk, SUM(e.value)
FROM goal g
JOIN entry e
  ON e.plan_pk = g.plan_pk AND e.metric = g.metric
 AND e.day >= g.window_start AND e.day <= g.window_end AND e.day <= ?
 AND (g.tag IS NULL OR g.kind = 'share' OR e.tags LIKE '%|' || g.tag || '|%')
WHERE NOT g.archived{plan_filter}
GROUP BY g.pk
"""
# The columns copied for the import floor: the product's tables as they are (all but the
# entry's own key), so the floor follows the schema when it changes.
ENTRY_COLUMNS = tuple(c.name for c in EntryRow.__table__.columns if c.name != "pk")
PLAN_COLUMNS = tuple(c.name for c in PlanRow.__table__.columns)


def floor_sums(db: Database, connection, plan_pk: int | None = None) -> dict[int, float]:
    """Per goal, the sum of the values of the entries that count for it (goal pk -> sum)."""
    query = FLOOR_STATUS_SQL.format(plan_filter="" if plan_pk is None else
                                    " AND g.plan_pk = ?")
    params = [db.day(AS_OF)] + ([] if plan_pk is None else [plan_pk])
    cursor = connection.cursor()
    cursor.execute(db.sql(query), params)
    return {pk: float(total or 0) for pk, total in cursor.fetchall()}


def timed_runs(run: Callable[[], object], repeat: int) -> list[float]:
    """Seconds of `repeat` runs after one untimed (warm-up) run."""
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def summarise(times: list[float]) -> dict:
    return {"median_s": statistics.median(times), "best_s": min(times), "runs": len(times)}


# --- one scenario -----------------------------------------------------------------------------


def _import(engine: Engine, plans: list[PlanData]) -> tuple[float, float]:
    """Import every plan, then every CSV; seconds for each half. Fails loudly on problems."""
    start = time.perf_counter()
    for plan in plans:
        result = import_bytes(engine, plan.yaml, f"{plan.id}.yaml", is_plan=True)
        if not result.ok:
            raise RuntimeError(f"plan {plan.id} refused: {result.problems[:3]}")
    plans_s = time.perf_counter() - start
    start = time.perf_counter()
    for plan in plans:
        result = import_bytes(engine, plan.csv, f"{plan.id}.csv", is_plan=False)
        if not result.ok:
            raise RuntimeError(f"entries of {plan.id} refused: {result.problems[:3]}")
        if result.entries_change is None or result.entries_change.added != plan.entries:
            raise RuntimeError(f"entries of {plan.id}: {result.entries_change} "
                               f"(expected {plan.entries} added)")
    return plans_s, time.perf_counter() - start


def _import_floor(db: Database, floor_db: Database) -> float:
    """Seconds to insert the product's entry rows, plan by plan, with `executemany`."""
    source, target = db.connect(), floor_db.connect()
    try:
        read = source.cursor()
        read.execute(f"SELECT {', '.join(PLAN_COLUMNS)} FROM plan ORDER BY pk")
        plans = read.fetchall()
        marks = ", ".join("?" for _ in PLAN_COLUMNS)
        target.cursor().executemany(
            floor_db.sql(f"INSERT INTO plan ({', '.join(PLAN_COLUMNS)}) VALUES ({marks})"),
            plans)
        target.commit()
        insert = floor_db.sql(f"INSERT INTO entry ({', '.join(ENTRY_COLUMNS)}) VALUES "
                              f"({', '.join('?' for _ in ENTRY_COLUMNS)})")
        select = db.sql(f"SELECT {', '.join(ENTRY_COLUMNS)} FROM entry WHERE plan_pk = ? "
                        "ORDER BY pk")
        seconds = 0.0
        for plan in plans:
            read.execute(select, [plan[0]])
            rows = read.fetchall()
            start = time.perf_counter()
            cursor = target.cursor()
            cursor.executemany(insert, rows)
            target.commit()
            seconds += time.perf_counter() - start
        return seconds
    finally:
        source.close()
        target.close()


def _goal_index(db: Database, connection) -> dict[int, tuple[str, str, str]]:
    cursor = connection.cursor()
    cursor.execute("SELECT g.pk, p.id, g.goal_id, g.kind FROM goal g "
                   "JOIN plan p ON p.pk = g.plan_pk")
    return {pk: (plan_id, goal_id, kind) for pk, plan_id, goal_id, kind in cursor.fetchall()}


def _check_totals(statuses: dict, sums: dict[int, float],
                  goals: dict[int, tuple[str, str, str]]) -> dict:
    """The `actual` of every total goal against the floor's sum for it."""
    ours: dict[str, float] = {}
    for plan_id, status in statuses.items():
        for goal in status.goals:
            if goal.goal.kind == "total":
                ours[f"{plan_id}/{goal.goal.id}"] = float(goal.actual)
    floor = {f"{plan_id}/{goal_id}": sums.get(pk, 0.0)
             for pk, (plan_id, goal_id, kind) in goals.items() if kind == "total"}
    mismatches = sorted(key for key in set(ours) | set(floor)
                        if key not in ours or key not in floor
                        or not math.isclose(ours[key], floor[key], rel_tol=1e-9,
                                            abs_tol=1e-9))
    return {"compared": len(ours), "mismatches": mismatches, "ours": ours, "floor": floor}


def run_scenario(scenario: Scenario, seed: int, base_url: str | None, repeat: int,
                 log: Callable[[str], None]) -> dict:
    result: dict = {"scenario": scenario.name, "plans": scenario.plans,
                    "goals_per_plan": scenario.goals, "entries": scenario.entries}
    log(f"\nScenario {scenario.name}: {scenario.describe()}")
    start = time.perf_counter()
    plans = build_dataset(scenario, seed)
    result["setup_generate_s"] = time.perf_counter() - start
    result["csv_mb"] = sum(len(p.csv) for p in plans) / 1e6
    entries = sum(p.entries for p in plans)
    log(f"  setup: generated {len(plans)} plans and {_int(entries)} entries "
        f"({result['csv_mb']:.1f} MB of CSV) in {result['setup_generate_s']:.1f} s")
    with fresh_databases(base_url, scenario.name) as (db, floor_db):
        result["backend"] = db.backend
        engine = db.engine
        plans_s, entries_s = _import(engine, plans)
        result.update(plan_import_s=plans_s, plan_import_per_s=len(plans) / plans_s,
                      import_s=entries_s, import_per_s=entries / entries_s)
        log(f"  setup: imported {len(plans)} plans in {plans_s:.2f} s")
        start = time.perf_counter()
        floor_s = _import_floor(db, floor_db)
        result["setup_import_floor_s"] = time.perf_counter() - start - floor_s
        result.update(import_floor_s=floor_s, import_floor_per_s=entries / floor_s,
                      import_ratio=entries_s / floor_s)
        connection = db.connect()
        try:
            if db.backend == "postgresql":      # what autovacuum would soon have done
                connection.cursor().execute("ANALYZE")
                connection.commit()
            _status_figures(result, engine, db, connection, plans, repeat)
        finally:
            connection.close()
    return result


def _status_figures(result: dict, engine: Engine, db: Database, connection,
                    plans: list[PlanData], repeat: int) -> None:
    cursor = connection.cursor()
    cursor.execute(db.sql("SELECT pk FROM plan WHERE id = ?"), [plans[0].id])
    first_pk = cursor.fetchone()[0]
    first_id = plans[0].id

    def ours_one() -> object:
        with Session(engine) as session:
            return plan_status(session, first_id, AS_OF)

    def ours_all() -> dict:
        with Session(engine) as session:
            return plan_statuses(session, AS_OF)

    one = summarise(timed_runs(ours_one, repeat))
    one_floor = summarise(timed_runs(lambda: floor_sums(db, connection, first_pk), repeat))
    every = summarise(timed_runs(ours_all, repeat))
    every_floor = summarise(timed_runs(lambda: floor_sums(db, connection), repeat))
    result["one_plan_status"] = one | {"plan": first_id,
                                       "entries": plans[0].entries,
                                       "goals": len(plans[0].goals)}
    result["one_plan_floor"] = one_floor
    result["one_plan_ratio"] = one["median_s"] / one_floor["median_s"]
    result["all_plans_status"] = every
    result["all_plans_floor"] = every_floor
    result["all_plans_ratio"] = every["median_s"] / every_floor["median_s"]
    check = _check_totals(ours_all(), floor_sums(db, connection), _goal_index(db, connection))
    result["check"] = {"total_goals_compared": check["compared"],
                       "mismatches": check["mismatches"][:20],
                       "ok": check["compared"] > 0 and not check["mismatches"]}
    result["_totals"] = {"ours": check["ours"], "floor": check["floor"]}


# --- output -----------------------------------------------------------------------------------


def _int(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ")


def _duration(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _verdicts(result: dict) -> dict:
    """Which targets apply to this scenario's sizes, and whether they are met."""
    verdicts: dict[str, bool] = {"import": result["import_per_s"] >= IMPORT_TARGET}
    one = result["one_plan_status"]
    if one["entries"] >= 10_000 and one["goals"] >= 30:
        verdicts["one_plan"] = result["one_plan_status"]["median_s"] <= ONE_PLAN_TARGET_S
    if result["plans"] >= 200 and result["entries"] >= 1_000_000:
        verdicts["all_plans"] = (result["all_plans_status"]["median_s"] <= ALL_PLANS_TARGET_S
                                 and result["all_plans_ratio"] <= ALL_PLANS_MAX_RATIO)
    return verdicts


def _mark(verdicts: dict, key: str) -> str:
    if key not in verdicts:
        return "(n/a at this size)"
    return "ok" if verdicts[key] else "MISSED"


def print_table(result: dict, log: Callable[[str], None]) -> None:
    verdicts = result["targets_met"] = _verdicts(result)
    one, one_floor = result["one_plan_status"], result["one_plan_floor"]
    every, every_floor = result["all_plans_status"], result["all_plans_floor"]
    rows = [
        ("figure", "ours", "floor (raw SQL)", "ours/floor", "target", ""),
        ("import entries", f"{_int(result['import_per_s'])} /s",
         f"{_int(result['import_floor_per_s'])} /s", f"{result['import_ratio']:.1f}×",
         f"≥ {_int(IMPORT_TARGET)} /s", _mark(verdicts, "import")),
        (f"one plan status ({one['entries']} entries), median",
         _duration(one["median_s"]), _duration(one_floor["median_s"]),
         f"{result['one_plan_ratio']:.1f}×", f"≤ {ONE_PLAN_TARGET_S * 1000:.0f} ms",
         _mark(verdicts, "one_plan")),
        ("                                  best", _duration(one["best_s"]),
         _duration(one_floor["best_s"]), f"{one['best_s'] / one_floor['best_s']:.1f}×", "", ""),
        (f"all plans status ({result['plans']}), median", _duration(every["median_s"]),
         _duration(every_floor["median_s"]), f"{result['all_plans_ratio']:.1f}×",
         f"≤ {ALL_PLANS_TARGET_S} s, ≤ {ALL_PLANS_MAX_RATIO:.0f}× floor",
         _mark(verdicts, "all_plans")),
        ("                                  best", _duration(every["best_s"]),
         _duration(every_floor["best_s"]), f"{every['best_s'] / every_floor['best_s']:.1f}×",
         "", ""),
    ]
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    log(f"  setup: import floor copy (reading rows back) "
        f"{result['setup_import_floor_s']:.1f} s; entries import took "
        f"{result['import_s']:.1f} s, floor {result['import_floor_s']:.1f} s")
    for index, row in enumerate(rows):
        cells = [cell.rjust(width) if 0 < i < 4 else cell.ljust(width)
                 for i, (cell, width) in enumerate(zip(row, widths, strict=True))]
        log(("  " + "  ".join(cells)).rstrip())
        if index == 0:
            log("  " + "  ".join("-" * w for w in widths))
    check = result["check"]
    if check["ok"]:
        log(f"  check: the actual of all {check['total_goals_compared']} total goals equals "
            "the floor's sum")
    else:
        log(f"  check: FAILED for {len(check['mismatches'])} total goals "
            f"(of {check['total_goals_compared']}): {check['mismatches'][:5]}")


def code_state() -> dict:
    """The commit and the changed files of the code measured (for comparing runs)."""
    root = Path(__file__).resolve().parent.parent
    state: dict = {}
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root,
                              capture_output=True, text=True, timeout=10)
        changed = subprocess.run(["git", "status", "--porcelain", "--", "goals"], cwd=root,
                                 capture_output=True, text=True, timeout=10)
        if head.returncode == 0:
            state = {"commit": head.stdout.strip(),
                     "changed": sorted(line[3:] for line in changed.stdout.splitlines())}
    return state


def _print(line: str) -> None:
    print(line, flush=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.status", description=__doc__.split(
        "\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, help="plans in a custom scenario")
    parser.add_argument("--goals", type=int, help="goals per plan (default 30)")
    parser.add_argument("--entries", type=int, help="entries in all (default 10 000 per plan)")
    parser.add_argument("--db", help="SQLite file or PostgreSQL server URL "
                        "(default: a temporary SQLite file)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--repeat", type=int, default=7,
                        help="timed warm runs per status figure (default 7)")
    parser.add_argument("--quick", action="store_true",
                        help="small sizes for a smoke test (2 000 and 50 000 entries)")
    return parser


def scenarios_from(args: argparse.Namespace) -> tuple[Scenario, ...]:
    if args.plans is None and args.goals is None and args.entries is None:
        return QUICK_SCENARIOS if args.quick else DEFAULT_SCENARIOS
    plans = args.plans or 1
    goals = args.goals or 30
    entries = args.entries if args.entries is not None else 10_000 * plans
    if plans < 1 or goals < 1 or entries < plans:
        raise SystemExit("need --plans ≥ 1, --goals ≥ 1 and --entries ≥ --plans")
    return (Scenario("custom", plans, goals, entries),)


def main(argv: list[str] | None = None, log: Callable[[str], None] | None = None) -> list[dict]:
    """Run the scenarios, print the table and the JSON line; return the full results."""
    args = build_parser().parse_args(argv)
    log = log or _print
    started = time.perf_counter()
    code = code_state()         # before anything runs: the code this process imported
    scenarios = scenarios_from(args)
    log(f"benchmarks.status: seed {args.seed}, as_of {AS_OF.isoformat()}, {args.repeat} warm runs "
        f"per status figure, database {args.db or 'temporary SQLite file'}")
    results = []
    for scenario in scenarios:
        result = run_scenario(scenario, args.seed, args.db, args.repeat, log)
        print_table(result, log)
        results.append(result)
    total_s = time.perf_counter() - started
    log(f"\ntotal time {total_s:.1f} s")
    summary = {
        "bench": "benchmarks.status", "version": 1, "seed": args.seed, "as_of": AS_OF.isoformat(),
        "repeat": args.repeat, "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version, "machine": platform.machine(),
        "total_s": round(total_s, 3), "code": code,
        "scenarios": [{k: v for k, v in r.items() if not k.startswith("_")} for r in results],
    }
    log(json.dumps(summary, ensure_ascii=False, default=str))
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
