"""Files -> store: plans (.yaml) and entries (.csv), all or nothing per file.

Each file is validated completely and written in one transaction; any problem rolls the
whole file back, so the database is exactly as before. Plans are imported before entry
files in the same call, so a CSV may refer to a plan imported alongside it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from goals.access.roles import AccessDenied, Actor, Permission, require
from goals.domain.plan import Plan
from goals.domain.problems import InputError, Problem
from goals.io.entries_csv import ParsedRow, parse_entries_csv
from goals.io.plan_yaml import load_plan_bytes
from goals.services.import_review import (
    GoalMove,
    goal_moves,
    refuse_unconfirmed_drops,
    statuses,
)
from goals.store import audit
from goals.store.access import organisation_parents
from goals.store.entries import (
    EntriesChange,
    RowMaker,
    content_uid,
    existing_for_rows,
    upsert_entries,
)
from goals.store.plans import (
    PlanChange,
    get_plan_row,
    load_plan,
    organisations_of,
    plan_id_of,
    plan_pks,
    save_plan,
)
from goals.store.unit_of_work import Engine, Session, writing

PLAN_SUFFIXES = (".yaml", ".yml")
ENTRY_SUFFIXES = (".csv",)


@dataclass
class FileResult:
    """What importing one file did, or why it did nothing."""

    file: str
    plan_change: PlanChange | None = None
    entries_change: EntriesChange | None = None
    problems: tuple[Problem, ...] = ()
    moves: tuple[GoalMove, ...] = ()    # the goals the entries move, before -> after

    @property
    def ok(self) -> bool:
        return not self.problems


def import_plan(session: Session, data: bytes, file: str,
                actor: Actor | None = None) -> PlanChange:
    """Validate and save one plan file; raises `InputError` or `AccessDenied` (the caller
    rolls back). Saving needs `manage` on the plan's organisation and, when the plan id is
    already taken, on the organisation that holds it now: no one takes over another's plan."""
    actor = actor or Actor.command_line()
    plan = load_plan_bytes(data, file)
    parents = organisation_parents(session)
    parents.setdefault(plan.organisation.id, plan.organisation.parent)
    existing = get_plan_row(session, plan.id)
    for organisation_id in {plan.organisation.id} | ({existing.organisation_id}
                                                       if existing else set()):
        require(actor, Permission.MANAGE, organisation_id, parents)
    before = {"source_sha": existing.source_sha} if existing else None
    change = save_plan(session, plan)
    if not change.unchanged:
        audit.record(session, actor=actor.label, action="plan_file.import",
                     organisation_id=plan.organisation.id, target=plan.id, before=before,
                     after={"file": Path(file).name, "created": change.created,
                            "added": change.added,
                            "changed": change.changed, "archived": change.archived,
                            "restored": change.restored})
    return change


@dataclass(frozen=True)
class Review:
    """How an entries import is checked before it is saved: the day goals are judged on,
    and whether a stock figure may fall by more than half or to zero (the board's
    `--yes` or checkbox). `dry_run` (a preview) reports such a fall instead of refusing."""

    as_of: date | None = None
    confirmed: bool = True
    dry_run: bool = False


def import_entries(session: Session, data: bytes, file: str,
                   source: str | None = None, actor: Actor | None = None) -> EntriesChange:
    """Validate and save one CSV file of entries; raises `InputError` or `AccessDenied`."""
    return import_entries_reviewed(session, data, file, source, actor)[0]


def import_entries_reviewed(session: Session, data: bytes, file: str,
                            source: str | None = None, actor: Actor | None = None,
                            review: Review | None = None
                            ) -> tuple[EntriesChange, list[GoalMove]]:
    """Validate and save one CSV file of entries, with the goals it moves; raises
    `InputError` or `AccessDenied`.

    A file of entries is a board's work: it needs `manage` on every plan it touches."""
    actor = actor or Actor.command_line()
    plans: dict[str, Plan | None] = {}

    def lookup(plan_id: str) -> Plan | None:
        if plan_id not in plans:
            plans[plan_id] = load_plan(session, plan_id)
        return plans[plan_id]

    rows, problems = parse_entries_csv(data, lookup, file)
    if problems:
        raise InputError(problems)
    return store_reviewed(session, rows, file, source, actor, review or Review())


def store_reviewed(session: Session, rows: list[ParsedRow], file: str, source: str | None,
                   actor: Actor | None, review: Review
                   ) -> tuple[EntriesChange, list[GoalMove]]:
    """`store_rows` with every goal it moves, before -> after, judged in the same
    transaction; an unconfirmed fall of a stock figure refuses the whole file."""
    plan_ids = sorted({row.entry.plan for row in rows})
    before = statuses(session, plan_ids, review.as_of)
    change = store_rows(session, rows, file, source, actor)
    moves = goal_moves(before, statuses(session, plan_ids, review.as_of)) \
        if change.added or change.updated else []
    if not review.confirmed and not review.dry_run:
        refuse_unconfirmed_drops(moves, file)
    return change, moves


def store_rows(session: Session, rows: list[ParsedRow], file: str,
               source: str | None = None, actor: Actor | None = None) -> EntriesChange:
    """Save checked rows (from a CSV file or a mapped spreadsheet) by id: rows with an id
    update that entry, the others get one from their content; raises `InputError` when an
    id belongs to another plan, `AccessDenied` unless `actor` manages every plan the rows
    touch (entries files are a board's work). The caller owns the transaction."""
    actor = actor or Actor.command_line()
    organisations = organisations_of(session, {row.entry.plan for row in rows})
    parents = organisation_parents(session)
    for organisation_id in set(organisations.values()):
        require(actor, Permission.MANAGE, organisation_id, parents)
    pks = plan_pks(session, {row.entry.plan for row in rows})
    maker = RowMaker(session, source or Path(file).name)
    values = _row_values(rows, pks, maker)
    explicit = {v[0] for row, v in zip(rows, values, strict=True) if row.entry.id}
    stored = existing_for_rows(session, values, maker, explicit)
    conflicts = [
        Problem("csv.unknown_id", {"value": v[0], "plan": row.entry.plan,
                                   "other": plan_id_of(session, stored[v[0]][1])},
                row.line, file=file)
        for row, v in zip(rows, values, strict=True)
        if v[0] in stored and stored[v[0]][1] != v[1]
    ]
    if conflicts:
        raise InputError(conflicts)
    change = upsert_entries(session, values, maker, stored)
    if change.added or change.updated:
        for plan_id, organisation_id in sorted(organisations.items()):
            audit.record(session, actor=actor.label, action="entries.import",
                         organisation_id=organisation_id, target=plan_id,
                         after={"file": Path(file).name, "added": change.added,
                                "updated": change.updated})
    return change


def _row_values(rows: list[ParsedRow], plan_pks: dict[str, int],
                maker: RowMaker) -> list[tuple]:
    seen: Counter[str] = Counter()
    values = []
    for entry_row in rows:
        entry, fingerprint = entry_row.entry, entry_row.fingerprint
        if entry.id:
            uid = entry.id
        else:
            uid = content_uid(entry.plan, entry.date, fingerprint, seen[fingerprint])
            seen[fingerprint] += 1
        values.append(maker.row(entry, plan_pks[entry.plan], uid))
    return values


def import_file(engine: Engine, path: str | Path, display_name: str | None = None,
                actor: Actor | None = None, confirmed: bool = True) -> FileResult:
    """Import one file in its own transaction; problems are returned, not raised."""
    path = Path(path)
    name = display_name or str(path)
    suffix = path.suffix.lower()
    if suffix not in PLAN_SUFFIXES + ENTRY_SUFFIXES:
        return FileResult(name, problems=(Problem("file.unknown_type", {"suffix": suffix},
                                                  file=name),))
    try:
        data = path.read_bytes()
    except OSError:
        return FileResult(name, problems=(Problem("file.not_found", file=name),))
    return import_bytes(engine, data, name, is_plan=suffix in PLAN_SUFFIXES, actor=actor,
                        confirmed=confirmed)


def import_bytes(engine: Engine, data: bytes, name: str, *, is_plan: bool,
                 dry_run: bool = False, actor: Actor | None = None,
                 confirmed: bool = True, as_of: date | None = None) -> FileResult:
    """Import the bytes of one file (an upload, or a file read from disk).

    `dry_run` does all the work, reports what would change, and rolls it back: the preview
    the app shows before anything is written comes from the very code that writes.
    `actor` is who imports (pages always pass theirs; None is the command line)."""
    try:
        with writing(engine, dry_run=dry_run) as session:
            if is_plan:
                return FileResult(name, plan_change=import_plan(session, data, name, actor))
            change, moves = import_entries_reviewed(
                session, data, name, actor=actor,
                review=Review(as_of, confirmed, dry_run))
            return FileResult(name, entries_change=change, moves=tuple(moves))
    except InputError as error:
        return FileResult(name, problems=tuple(error.problems))
    except AccessDenied as denied:
        return FileResult(name, problems=(Problem(
            "access.denied_import", {"organisation": denied.organisation_id or "?"},
            file=name),))


def import_files(engine: Engine, paths: list[str | Path], actor: Actor | None = None,
                 confirmed: bool = True) -> list[FileResult]:
    """Import plans first, then entry files; each file all or nothing. `confirmed=False`
    refuses an entries file that would bring a stock figure down by half or to zero."""
    ordered = sorted(paths, key=lambda p: Path(p).suffix.lower() not in PLAN_SUFFIXES)
    return [import_file(engine, path, actor=actor, confirmed=confirmed) for path in ordered]
