"""`python -m goals move-database --from URL --to URL`: copy everything into an empty
database (the SQLite -> PostgreSQL move; see docs/deploy.md)."""

from __future__ import annotations

import argparse
import sys

from goals.i18n import translate
from goals.services.database import display_url
from goals.services.move_database import TargetNotEmpty, move_database


def add_parser(commands, common: argparse.ArgumentParser) -> None:
    move = commands.add_parser("move-database", parents=[common],
                               help="copy every row into an empty database "
                               "(e.g. SQLite -> PostgreSQL)")
    move.add_argument("--from", dest="source", required=True, metavar="URL",
                      help="the database to read (left unchanged)")
    move.add_argument("--to", dest="target", required=True, metavar="URL",
                      help="an empty database (its schema is created)")


def run(args: argparse.Namespace, lang: str) -> int:
    source, target = display_url(args.source), display_url(args.target)
    if args.source == args.target:
        print(translate("move.same_database", lang), file=sys.stderr)
        return 2

    def progress(table: str, rows: int) -> None:
        print(translate("move.copied", lang, table=table, rows=rows))

    try:
        result = move_database(args.source, args.target, progress)
    except TargetNotEmpty as error:
        print(translate("move.target_not_empty", lang, target=target, table=error.table,
                        rows=error.rows), file=sys.stderr)
        return 1
    if not result.complete:
        detail = ", ".join(f"{t}: {n} != {result.target_counts.get(t)}"
                           for t, n in result.copied.items()
                           if result.target_counts.get(t) != n)
        print(translate("move.incomplete", lang, detail=detail), file=sys.stderr)
        return 1
    print(translate("move.done", lang, entries=result.entries, source=source, target=target))
    return 0
