"""Service: open a stored plan in the editor, preview and save an edited plan.

Saving is the normal import of the plan's YAML (goals.importer.import_bytes): the preview
is its dry run and the save the real run, so an edited plan obeys every rule a YAML file
does (goals matched by id, a goal left out archived with its entries, restored when it
returns). Every write the editor pages make goes through `save_plan` here, one place for a
role check and an audit record later.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session

from goals.importer import FileResult, import_bytes
from goals.plan_editor import EditablePlan, from_plan_dict, to_yaml
from goals.store.plans import archived_goals, load_plan


def open_plan(engine: Engine, plan_id: str) -> EditablePlan | None:
    """The stored plan as editor rows, its archived goals last (left out until restored)."""
    with Session(engine) as session:
        plan = load_plan(session, plan_id)
        if plan is None:
            return None
        return from_plan_dict(plan.to_dict(), archived_goals(session, plan_id))


def _file_name(plan: EditablePlan) -> str:
    return f"{plan.header.id.strip() or 'plan'}.yaml"


def preview_plan(engine: Engine, plan: EditablePlan) -> FileResult:
    """What saving would change (or why it cannot), written nowhere."""
    return import_bytes(engine, to_yaml(plan).encode("utf-8"), _file_name(plan),
                        is_plan=True, dry_run=True)


def save_plan(engine: Engine, plan: EditablePlan) -> FileResult:
    """Import the edited plan, all or nothing."""
    return import_bytes(engine, to_yaml(plan).encode("utf-8"), _file_name(plan),
                        is_plan=True)
