"""Spreadsheets -> store through a mapping: the one service the Importera page and
`python -m goals import FILE --mapping NAME` call, so a role check or an audit record
can be added in one place.

Order matters for privacy: the file is read and its identifying columns dropped before
anything else looks at it (goals.mappings.pii); what is left becomes entries (counts, for a
register) and is written through the same all-or-nothing path as a CSV of entries
(goals.services.file_import.store_rows), in one transaction. Nothing here logs or caches a cell.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from goals.access.roles import AccessDenied, Actor, Permission, Role, require
from goals.domain.entries import EXPORT_COLUMNS, Entry
from goals.domain.problems import InputError, Problem, did_you_mean
from goals.mappings.layouts import BUILT_IN, built_in, to_entries
from goals.mappings.mapping import Mapping
from goals.mappings.pii import drop_identifying
from goals.mappings.tables import Table, is_xlsx, normalise_header, read_table
from goals.services.file_import import (
    FileResult,
    Review,
    import_entries_reviewed,
    store_reviewed,
)
from goals.store import audit
from goals.store.access import organisation_parents
from goals.store.mappings import get_mapping, mapping_names, plan_organisation, save_mapping
from goals.store.plans import load_plan, plan_ids
from goals.store.unit_of_work import Engine, Session, reading, writing

Progress = Callable[[float], None]


@dataclass
class MappedResult:
    """What importing (or previewing) a mapped file did; `entries` are what it writes."""

    result: FileResult
    entries: list[Entry] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)   # rows skipped, and why

    @property
    def ok(self) -> bool:
        return self.result.ok


def read_clean(data: bytes, name: str, sheet: str | None = None,
               header_row: int | None = None) -> Table:
    """The file's table with its identifying columns already dropped; raises `InputError`.

    The product's own export is the exception: its columns are the entry's (with at most a
    display name in `reported_by`, which an entry may carry), and dropping one would wipe it
    from every entry on the way back in."""
    table = read_table(data, name, sheet, header_row)
    return table if is_export_shape(table) else drop_identifying(table)


def is_export_shape(table: Table) -> bool:
    """A table in the product's own entry columns (an edited Excel export): only then are
    its columns kept whole (a display name in `reported_by` is an entry's own)."""
    columns = [normalise_header(h) for h in table.header]
    return {"date", "plan"} <= set(columns) and set(columns) <= set(EXPORT_COLUMNS)


def looks_like_export(table: Table) -> bool:
    """The export with a column renamed or added ('rapporterad av'): read by the entries
    importer, which names the unknown column, rather than asked for a mapping."""
    columns = {normalise_header(h) for h in table.header}
    return {"date", "plan"} <= columns


def export_table_as_csv(table: Table) -> bytes:
    """An export-shaped table as the CSV the entry importer reads (ids and all), so an
    edited Excel export goes through exactly the checks a CSV does."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([normalise_header(h) for h in table.header])
    writer.writerows(table.rows)
    return buffer.getvalue().encode("utf-8")


def import_spreadsheet(engine: Engine, data: bytes, name: str, *,
                       mapping: Mapping | None = None, plan_id: str | None = None,
                       as_of: date | None = None, dry_run: bool = False,
                       progress: Progress | None = None,
                       actor: Actor | None = None, confirmed: bool = True) -> MappedResult:
    """Import (or, with `dry_run`, preview) one spreadsheet, all or nothing.

    Without a mapping the file must be in the export's shape (an edited export: rows with
    an id update their entry, new rows are added). `actor` must manage the plan (pages pass
    theirs; None is the command line); a refusal is a problem, and nothing is written.
    `confirmed=False` refuses an import that would bring a stock figure down by more than
    half or to zero; the preview (`dry_run`) lists such falls among the goals it moves."""
    review = Review(as_of, confirmed, dry_run)
    step = progress or (lambda fraction: None)
    dropped: list[str] = []
    notes: list[Problem] = []
    try:
        with writing(engine, dry_run=dry_run) as session:
            step(0.05)
            if mapping is None and not is_xlsx(name):
                # the product's own CSV (or Excel's save of it): the very reader the command
                # line uses, so both doors give one verdict
                if not looks_like_export(read_table(data, name)):
                    raise InputError([Problem("mappings.mapping_needed", file=name)])
                change, moves = import_entries_reviewed(session, data, name, actor=actor,
                                                        review=review)
                entries: list[Entry] = []
            else:
                table = read_clean(data, name, mapping.sheet if mapping else None,
                                   mapping.header_row if mapping else None)
                dropped, notes = table.dropped, table.notes
                step(0.3)
                change, entries, moves = _mapped(session, table, name, mapping, plan_id,
                                                 actor, review)
                step(0.6)
            step(0.95)
    except InputError as error:
        return MappedResult(FileResult(name, problems=tuple(error.problems)), dropped=dropped)
    except AccessDenied as denied:
        return MappedResult(FileResult(name, problems=(Problem(
            "access.denied_import", {"organisation": denied.organisation_id or "?"},
            file=name),)), dropped=dropped)
    step(1.0)
    return MappedResult(FileResult(name, entries_change=change, moves=tuple(moves)),
                        entries, dropped, notes)


def _mapped(session: Session, table: Table, name: str, mapping: Mapping | None,
            plan_id: str | None, actor: Actor | None, review: Review):
    """(change, entries, moves) of a table read through `mapping` (None: an edited XLSX
    export)."""
    if mapping is None:
        if not looks_like_export(table):
            raise InputError([Problem("mappings.mapping_needed", file=name)])
        change, moves = import_entries_reviewed(session, export_table_as_csv(table), name,
                                                actor=actor, review=review)
        return change, [], moves
    plan = _plan(session, plan_id or mapping.plan, name)
    rows = to_entries(table, mapping, plan, review.as_of or date.today(), name)
    entries = [row.entry for row in rows]
    source = f"{mapping.kind}:{PurePath(name).name}"[:200]
    change, moves = store_reviewed(session, rows, name, source, actor, review)
    return change, entries, moves


def _plan(session: Session, plan_id: str | None, file: str):
    if not plan_id:
        raise InputError([Problem("mappings.plan_needed", file=file)])
    plan = load_plan(session, plan_id)
    if plan is None:
        raise InputError([Problem("csv.unknown_plan", {
            "value": plan_id, "hint": did_you_mean(plan_id, plan_ids(session))}, file=file)])
    return plan


def resolve_mapping(engine: Engine, name: str, data: bytes, file: str,
                    plan_id: str | None,
                    organisation_ids: Iterable[str] | None = None) -> Mapping:
    """A saved mapping by name (of `organisation_ids`; None: any, the plan's own first),
    or a built-in one fitted to the file and plan; raises `InputError` naming the mappings
    there are."""
    with reading(engine) as session:
        mapping = get_mapping(session, name, organisation_ids,
                              prefer=plan_organisation(session, plan_id))
        if mapping is not None:
            return mapping
        if name not in BUILT_IN:
            known = [*mapping_names(session, organisation_ids), *BUILT_IN]
            raise InputError([Problem("mappings.unknown_mapping", {
                "name": name, "hint": did_you_mean(name, known),
                "allowed": ", ".join(known)}, file=file)])
        plan = _plan(session, plan_id, file)
    return built_in(name, read_clean(data, file), plan)


def store_mapping(engine: Engine, name: str, mapping: Mapping,
                  actor: Actor | None = None, organisation_id: str | None = None) -> bool:
    """Save a mapping under `name` for an organisation (replacing its own mapping of that
    name); True when new. The organisation is the one given, else the one holding the
    mapping's plan, else the only one the actor manages; saving needs `manage` on it, so
    one board can never change another's mapping. Audited with the organisation and the
    definition before and after."""
    actor = actor or Actor.command_line()
    with writing(engine) as session:
        organisation_id = (organisation_id or plan_organisation(session, mapping.plan)
                           or _only_managed(actor))
        if organisation_id is None and not actor.is_admin:
            raise AccessDenied(Permission.MANAGE, None)
        if organisation_id is not None:
            require(actor, Permission.MANAGE, organisation_id, organisation_parents(session))
        created, before = save_mapping(session, name, mapping, organisation_id)
        audit.record(session, actor=actor.label, action="mapping.save",
                     organisation_id=organisation_id, target=name,
                     before=json.loads(before) if before else None,
                     after=json.loads(mapping.to_json()))
        return created


def _only_managed(actor: Actor) -> str | None:
    """The one organisation whose board the actor is (None when none or several)."""
    managed = {org for org, role in actor.grants if role in (Role.BOARD, Role.DISTRICT)}
    return next(iter(managed)) if len(managed) == 1 else None


def saved_mappings(engine: Engine,
                   organisation_ids: Iterable[str] | None = None) -> dict[str, Mapping]:
    """The saved mappings of `organisation_ids` by name (None: every organisation's)."""
    with reading(engine) as session:
        return {name: get_mapping(session, name, organisation_ids)
                for name in mapping_names(session, organisation_ids)}
