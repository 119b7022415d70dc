"""Moving a förening's (or a whole party's) data from one database to another: typically
from the SQLite file a förening started with to the party's PostgreSQL server.

Both schemas are first brought to the newest version, then every row is copied in one
transaction on the target (goals.store.transfer) and the counts are compared, so the move is
all or nothing and provably complete. The source is only read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from goals.store.engine import create_schema, make_engine
from goals.store.transfer import TargetNotEmpty, copy_database, row_counts

__all__ = ["MoveResult", "TargetNotEmpty", "move_database"]


@dataclass(frozen=True)
class MoveResult:
    copied: dict[str, int]
    target_counts: dict[str, int]

    @property
    def complete(self) -> bool:
        return self.copied == self.target_counts

    @property
    def entries(self) -> int:
        return self.copied.get("entry", 0)


def move_database(source_url: str, target_url: str,
                  progress: Callable[[str, int], None] | None = None) -> MoveResult:
    """Copy everything at `source_url` into the empty database at `target_url`."""
    source, target = make_engine(source_url), make_engine(target_url)
    try:
        create_schema(source)
        create_schema(target)
        copied = copy_database(source, target, progress)
        return MoveResult(copied, row_counts(target))
    finally:
        source.dispose()
        target.dispose()
