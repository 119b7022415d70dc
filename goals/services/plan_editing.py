"""Service: open a stored plan in the editor, preview and save an edited plan.

Saving is the normal import of the plan's YAML (goals.services.file_import.import_bytes):
the preview is its dry run and the save the real run, so an edited plan obeys every rule a YAML file
does (goals matched by id, a goal left out archived with its entries, restored when it
returns). Every write the editor pages make goes through `save_plan` here, one place for a
role check and an audit record later.
"""

from __future__ import annotations

from dataclasses import replace

from goals.access.roles import Actor
from goals.domain.problems import Problem
from goals.editor.plan_rows import EditablePlan, from_plan_dict, to_yaml
from goals.services.file_import import FileResult, import_bytes
from goals.store.plans import archived_goals, get_plan_row, load_plan
from goals.store.unit_of_work import Engine, reading


def open_plan(engine: Engine, plan_id: str) -> EditablePlan | None:
    """The stored plan as editor rows, its archived goals last (left out until restored)."""
    with reading(engine) as session:
        plan = load_plan(session, plan_id)
        row = get_plan_row(session, plan_id)
        if plan is None or row is None:
            return None
        editable = from_plan_dict(plan.to_dict(), archived_goals(session, plan_id))
        return replace(editable, opened_sha=row.source_sha)


def _changed_meanwhile(engine: Engine, plan: EditablePlan) -> FileResult | None:
    """Refuse when the plan opened in the editor was saved by someone else since."""
    if plan.opened_sha is None:
        return None
    with reading(engine) as session:
        row = get_plan_row(session, plan.header.id.strip())
        if row is None or row.source_sha == plan.opened_sha:
            return None
    return FileResult(_file_name(plan), problems=(
        Problem("editor.changed_meanwhile", {"plan": plan.header.id.strip()},
                file=_file_name(plan)),))


def _file_name(plan: EditablePlan) -> str:
    return f"{plan.header.id.strip() or 'plan'}.yaml"


def preview_plan(engine: Engine, plan: EditablePlan, actor: Actor | None = None) -> FileResult:
    """What saving would change (or why it cannot, a refused role included), written
    nowhere. `actor` is who edits (pages pass theirs; None is the command line)."""
    refused = _changed_meanwhile(engine, plan)
    if refused is not None:
        return refused
    return import_bytes(engine, to_yaml(plan).encode("utf-8"), _file_name(plan),
                        is_plan=True, dry_run=True, actor=actor)


def save_plan(engine: Engine, plan: EditablePlan, actor: Actor | None = None) -> FileResult:
    """Import the edited plan, all or nothing (not over someone else's save since it was
    opened: the board reloads and edits again)."""
    refused = _changed_meanwhile(engine, plan)
    if refused is not None:
        return refused
    return import_bytes(engine, to_yaml(plan).encode("utf-8"), _file_name(plan),
                        is_plan=True, actor=actor)


def as_saved(engine: Engine, plan: EditablePlan) -> EditablePlan:
    """The plan after the editor's own save: what it now holds is what is stored."""
    with reading(engine) as session:
        row = get_plan_row(session, plan.header.id.strip())
        return replace(plan, opened_sha=row.source_sha if row is not None else None)
