"""Many members saving at once: N reporters, each saving entries through the same write path
the Rapportera page uses (role check, entry, audit record, data version), all together.

Used by the test (nothing lost, no error) and by `python -m benchmarks.concurrency` (the
p95 time of a save). Each reporter is a thread, as each browser session is in a Streamlit
server; SQLite's WAL and busy timeout make a second writer wait rather than fail.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.engine import Engine

from goals.access.roles import Actor
from goals.domain.entries import Entry
from goals.services.writes import record_entry


@dataclass
class RunResult:
    saved_ids: list[str] = field(default_factory=list)
    durations: list[float] = field(default_factory=list)   # seconds per save
    errors: list[str] = field(default_factory=list)


def run_reporters(engine: Engine, plan_id: str, metric: str, actor: Actor, *,
                  reporters: int = 50, saves_each: int = 10,
                  day: date = date(2021, 3, 1)) -> RunResult:
    """Start `reporters` threads at one barrier; each saves `saves_each` entries."""
    result = RunResult()
    lock = threading.Lock()
    barrier = threading.Barrier(reporters)

    def reporter(number: int) -> None:
        barrier.wait()
        for save in range(saves_each):
            entry = Entry(date=day, plan=plan_id, metric=metric, value=1.0,
                          note=f"reporter {number} save {save}")
            started = time.perf_counter()
            try:
                uid = record_entry(engine, entry, actor=actor)
            except Exception as error:  # noqa: BLE001  (every failure is counted, not raised)
                with lock:
                    result.errors.append(f"{type(error).__name__}: {error}")
                continue
            elapsed = time.perf_counter() - started
            with lock:
                result.saved_ids.append(uid)
                result.durations.append(elapsed)

    threads = [threading.Thread(target=reporter, args=(n,)) for n in range(reporters)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return result


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (share 0.95 = p95) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 1))   # ceil(n * share), at least 1
    return ordered[int(rank) - 1]
