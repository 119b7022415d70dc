"""A plan as rows a form can edit, and back to the plan's YAML shape.

A board never has to open a YAML file: the editor page turns a plan (or a draft from the
plan's text) into one editable row per goal and a few header fields, and turns them back
into the PLAN_FORMAT dict that is then saved through the normal import (dry run for the
preview, then the real one), so an edited plan obeys exactly the rules a YAML file does.

Validation is the loader's own: the rows are written as YAML and read back, and every
problem's breadcrumb (`sections[1].goals[0] (id='valfond').target`) is mapped back to the
row and field it concerns, so the page can show the message beside that field.

Pure: no Streamlit, no SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from goals.domain.catalogue import BY_ID as CATALOGUE_BY_ID
from goals.domain.plan import KINDS
from goals.domain.problems import Problem
from goals.io.plan_writer import plan_dict_to_yaml
from goals.io.plan_yaml import GOAL_COMMON_KEYS, KIND_KEYS, ascii_slug, check_plan_bytes

# The fields of a goal row a form shows, in the order of the goal's YAML mapping.
GOAL_FIELDS = ("id", "text", "kind", "metric", "goal", "tag", "baseline", "target", "commit",
               "stretch", "per", "steps", "start", "deadline", "responsible", "owners",
               "notes")
HEADER_FIELDS = ("id", "title", "org_id", "org_name", "org_level", "org_parent", "start",
                 "end", "adopted", "language")
_HEADER_PATHS = {"id": "id", "title": "title", "organisation": "org_id",
                 "organisation.id": "org_id", "organisation.name": "org_name",
                 "organisation.level": "org_level", "organisation.parent": "org_parent",
                 "period": "start", "period.start": "start", "period.end": "end",
                 "adopted": "adopted", "language": "language"}
_GOAL_PATH = re.compile(
    r"^sections\[(?P<section>\d+)\](?:\.goals\[(?P<goal>\d+)\](?: \(id='[^']*'\))?)?"
    r"(?:\.(?P<field>[a-z_]+))?")
_PLAIN_NUMBER = re.compile(r"^\d+(\.\d+)?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A stand-in header for checking one goal on its own while the real header is unfinished.
_PLACEHOLDER_PERIOD = ("1900-01-01", "2199-12-31")


@dataclass(frozen=True)
class GoalFormRow:
    """One goal as a form edits it: every value as the text a person types.

    `included` is the board's decision: True keep (accepted), False leave out (rejected, or
    archived: a goal missing from the saved file is archived with its entries and restored
    when it returns), None not decided yet (a drafted goal nobody has looked at).
    `source` is the span of the sentence it came from in the drafted text, `checks` what
    the drafter asks the user to verify (`check_fields`: the field each is about, "" for the
    goal as a whole). `extra` keeps what the form does not edit
    (checkpoints) so saving never drops it."""

    id: str = ""
    text: str = ""
    kind: str = ""
    section: str = ""
    metric: str = ""
    goal: str = ""
    tag: str = ""
    baseline: str = ""
    target: str = ""
    commit: str = ""
    stretch: str = ""
    per: str = ""
    steps: tuple[str, ...] = ()
    start: str = ""
    deadline: str = ""
    responsible: str = ""
    owners: str = ""       # "Anna Andersson <anna@example.org>; kassor@example.org"
    notes: str = ""
    included: bool | None = True
    source: tuple[int, int] | None = None
    checks: tuple[str, ...] = ()
    check_fields: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)

    def fields_for_kind(self) -> tuple[str, ...]:
        """The fields that this row's kind uses (the rest are not written)."""
        used = set(GOAL_COMMON_KEYS) | set(KIND_KEYS.get(self.kind, ()))
        return tuple(name for name in GOAL_FIELDS if name in used)

    def checks_by_field(self) -> dict[str, list[str]]:
        """What the drafter asks to verify, by the field it is about ("": the goal)."""
        fields = self.check_fields or ("",) * len(self.checks)
        by_field: dict[str, list[str]] = {}
        for check, about in zip(self.checks, fields, strict=False):
            by_field.setdefault(about, []).append(check)
        return by_field


@dataclass(frozen=True)
class PlanHeader:
    """The plan's own fields, as text."""

    id: str = ""
    title: str = ""
    org_id: str = ""
    org_name: str = ""
    org_level: str = ""
    org_parent: str = ""
    start: str = ""
    end: str = ""
    adopted: str = ""
    language: str = "sv"
    status: dict = field(default_factory=dict)
    reminders: dict = field(default_factory=dict)   # kept as is: the form does not edit it


@dataclass(frozen=True)
class EditablePlan:
    """A whole plan in the editor: header, metrics (as in the YAML) and goal rows."""

    header: PlanHeader
    metrics: dict
    rows: tuple[GoalFormRow, ...]
    # Metrics written even when no kept goal uses them: all of a stored plan's (entries may
    # refer to them); None of a draft's, whose proposals for rejected goals would otherwise
    # show up on the members' Rapportera page. None means all.
    keep_metrics: frozenset[str] | None = None
    # The stored plan's fingerprint when the editor opened it (None: a new plan), so a save
    # never silently overwrites what someone else saved in between.
    opened_sha: str | None = None

    def with_row(self, index: int, row: GoalFormRow) -> EditablePlan:
        rows = list(self.rows)
        rows[index] = row
        return replace(self, rows=tuple(rows))

    def added(self, row: GoalFormRow) -> EditablePlan:
        return replace(self, rows=(*self.rows, row))

    def with_header(self, **changes: str) -> EditablePlan:
        return replace(self, header=replace(self.header, **changes))

    def with_metric(self, metric_id: str, label: str, metric_type: str,
                    unit: str = "") -> EditablePlan:
        """A metric the catalogue does not have (validated with the plan)."""
        metric: dict = {"label": label, "type": metric_type}
        if unit:
            metric["unit"] = unit
        return replace(self, metrics={**self.metrics, metric_id: metric})

    def metric_choices(self) -> list[str]:
        """The plan's metrics, then the common catalogue's (reused by id across föreningar)."""
        return list(dict.fromkeys([*self.metrics, *CATALOGUE_BY_ID]))

    def section_titles(self) -> list[str]:
        return list(dict.fromkeys(row.section for row in self.rows if row.section))

    def unique_goal_id(self, wanted: str) -> str:
        """`wanted` as a slug, with `-2`, `-3` ... when another row has it already."""
        base = ascii_slug(wanted)[:40].strip("-_") or "mal"
        taken = {row.id for row in self.rows}
        candidate, number = base, 2
        while candidate in taken:
            candidate, number = f"{base}-{number}", number + 1
        return candidate


# --- plan dict -> rows ----------------------------------------------------------------------

def _text(value: object) -> str:
    return "" if value is None else str(value)


def row_from_goal_dict(goal: dict, section: str, **extra_fields) -> GoalFormRow:
    """A goal mapping (as in a plan file or a draft) as an editable row."""
    known = set(GOAL_FIELDS)
    return GoalFormRow(
        **{name: _text(goal.get(name)) for name in GOAL_FIELDS
           if name not in ("steps", "owners")},
        owners=owners_text(goal.get("owners")),
        steps=tuple(str(step) for step in goal.get("steps") or ()),
        section=section,
        extra={k: v for k, v in goal.items() if k not in known},
        **extra_fields,
    )


def from_plan_dict(data: dict, archived: list[dict] | None = None) -> EditablePlan:
    """An existing plan (PLAN_FORMAT dict) in the editor; `archived` goals (removed from the
    plan earlier, kept with their entries) come last, left out until the board restores them."""
    org = data.get("organisation") or {}
    period = data.get("period") or {}
    header = PlanHeader(
        id=_text(data.get("id")), title=_text(data.get("title")),
        org_id=_text(org.get("id")), org_name=_text(org.get("name")),
        org_level=_text(org.get("level")), org_parent=_text(org.get("parent")),
        start=_text(period.get("start")), end=_text(period.get("end")),
        adopted=_text(data.get("adopted")), language=_text(data.get("language")) or "sv",
        status=dict(data.get("status") or {}),
        reminders=dict(data.get("reminders") or {}),
    )
    rows = [row_from_goal_dict(goal, _text(section.get("title")))
            for section in data.get("sections") or [] for goal in section.get("goals") or []]
    first_section = rows[0].section if rows else ""
    present = {row.id for row in rows}
    rows += [row_from_goal_dict(goal, first_section, included=False)
             for goal in archived or [] if goal.get("id") not in present]
    return EditablePlan(header, {k: dict(v) for k, v in (data.get("metrics") or {}).items()},
                        tuple(rows))


# --- owners as one line of text ------------------------------------------------------------

_OWNER = re.compile(r"^(?P<name>[^<>]*?)\s*<(?P<email>[^<>]*)>$")


def owners_text(owners: object) -> str:
    """A goal's owners (PLAN_FORMAT extension) as the form shows them: one per `;`, an
    account by its e-mail, a person by name with the address they gave in <>."""
    if not isinstance(owners, list):
        return "" if owners is None else str(owners)
    parts = []
    for owner in owners:
        if isinstance(owner, dict):
            name, email = str(owner.get("name") or ""), owner.get("email")
            parts.append(f"{name} <{email}>".strip() if email else name)
        else:
            parts.append(str(owner))
    return "; ".join(part for part in parts if part)


def parse_owners(text: str) -> list:
    """The form's text back as owners: `Name <e-mail>` a person with an address, a bare
    e-mail an account, anything else a name only. The loader checks the result."""
    owners: list = []
    for part in re.split(r"[;\n]", text):
        part = part.strip()
        if not part:
            continue
        match = _OWNER.match(part)
        if match:
            name = match["name"].strip()
            owners.append({"name": name, "email": match["email"]} if name
                          else match["email"])
        elif "@" in part and " " not in part:
            owners.append(part)
        else:
            owners.append({"name": part})
    return owners


# --- rows -> plan dict ----------------------------------------------------------------------

def _number_or_text(text: str) -> object:
    """`25000` and `1.5` as YAML numbers; anything else (`+20%`, `x2`, `25 000`) as written,
    so the loader reads it exactly as typed and names what is wrong with it."""
    stripped = text.strip()
    if _PLAIN_NUMBER.match(stripped):
        return int(stripped) if stripped.isdigit() else float(stripped)
    return stripped


def goal_dict(row: GoalFormRow) -> dict:
    """The row as a goal mapping: only the keys its kind uses, empty fields left out (so a
    missing required field is reported as missing, beside that field)."""
    data: dict = {}
    for name in row.fields_for_kind() if row.kind in KINDS else GOAL_FIELDS:
        if name == "steps":
            steps = [step.strip() for step in row.steps if step.strip()]
            if steps:
                data["steps"] = steps
            continue
        value = getattr(row, name).strip()
        if not value:
            continue
        if name == "owners":
            data[name] = parse_owners(value)
        elif name in ("target", "baseline", "commit", "stretch"):
            data[name] = _number_or_text(value)
        else:
            data[name] = value
    for key, value in row.extra.items():
        data.setdefault(key, value)
    return data


def _header_dict(header: PlanHeader) -> dict:
    data: dict = {}
    if header.id.strip():
        data["id"] = header.id.strip()
    if header.title.strip():
        data["title"] = header.title.strip()
    org = {key: getattr(header, f"org_{key}").strip()
           for key in ("id", "name", "level", "parent") if getattr(header, f"org_{key}").strip()}
    data["organisation"] = org
    data["period"] = {key: getattr(header, key).strip() for key in ("start", "end")
                      if getattr(header, key).strip()}
    if header.adopted.strip():
        data["adopted"] = header.adopted.strip()
    data["language"] = header.language.strip() or "sv"
    if header.status:
        data["status"] = dict(header.status)
    if header.reminders:
        data["reminders"] = dict(header.reminders)
    return data


def _metrics_for(plan: EditablePlan, rows: list[GoalFormRow]) -> dict:
    """The plan's metrics (those to keep, and those a kept goal uses), plus any catalogue
    metric a goal now uses, plus any tag a goal uses listed on its metric (the form has no
    other place to declare them)."""
    used = {row.metric.strip() for row in rows}
    keep = plan.keep_metrics
    metrics = {k: dict(v) for k, v in plan.metrics.items()
               if keep is None or k in keep or k in used}
    lang = plan.header.language or "sv"
    for row in rows:
        metric_id = row.metric.strip()
        if metric_id and metric_id not in metrics and metric_id in CATALOGUE_BY_ID:
            entry = CATALOGUE_BY_ID[metric_id]
            metrics[metric_id] = {"label": entry.label(lang), "type": entry.type}
            if entry.unit:
                metrics[metric_id]["unit"] = entry.unit
        tag = row.tag.strip()
        if tag and metric_id in metrics and "tag" in row.fields_for_kind():
            tags = list(metrics[metric_id].get("tags") or [])
            if tag not in tags:
                metrics[metric_id]["tags"] = [*tags, tag]
    return metrics


@dataclass(frozen=True)
class Built:
    """The plan dict and, for each goal in it, the row it came from."""

    data: dict
    row_of: dict[tuple[int, int], int]
    section_rows: dict[int, list[int]]


def build(plan: EditablePlan) -> Built:
    """Rows -> PLAN_FORMAT dict: the included rows, grouped by section in order of first
    appearance (left-out and undecided rows are not written)."""
    chosen = [(index, row) for index, row in enumerate(plan.rows) if row.included]
    data = _header_dict(plan.header)
    data["metrics"] = _metrics_for(plan, [row for _, row in chosen])
    order: dict[str, int] = {}
    sections: list[dict] = []
    row_of: dict[tuple[int, int], int] = {}
    section_rows: dict[int, list[int]] = {}
    for index, row in chosen:
        title = row.section.strip()
        if title not in order:
            order[title] = len(sections)
            sections.append({"title": title, "goals": []} if title else {"goals": []})
        position = order[title]
        row_of[(position, len(sections[position]["goals"]))] = index
        section_rows.setdefault(position, []).append(index)
        sections[position]["goals"].append(goal_dict(row))
    data["sections"] = sections
    return Built(data, row_of, section_rows)


def to_plan_dict(plan: EditablePlan) -> dict:
    return build(plan).data


def to_yaml(plan: EditablePlan) -> str:
    """The plan as YAML text, as a person would write it (dates unquoted)."""
    return dict_to_yaml(build(plan).data)


def dict_to_yaml(data: dict) -> str:
    return plan_dict_to_yaml(data)


@lru_cache(maxsize=512)
def _problems_of(text: str) -> tuple[Problem, ...]:
    """The loader's problems with a plan text; a form rerun checks mostly unchanged goals."""
    return tuple(check_plan_bytes(text.encode("utf-8"), "plan.yaml")[1])


# --- validation, mapped back onto the form --------------------------------------------------

@dataclass
class Validation:
    """The loader's problems, by where the form shows them."""

    header: dict[str, list[Problem]] = field(default_factory=dict)
    goals: dict[int, dict[str, list[Problem]]] = field(default_factory=dict)
    other: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.header or self.goals or self.other)

    def for_goal(self, index: int) -> dict[str, list[Problem]]:
        return self.goals.get(index, {})

    def count(self) -> int:
        return (sum(len(p) for p in self.header.values()) + len(self.other)
                + sum(len(p) for fields in self.goals.values() for p in fields.values()))


def _goal_field(name: str | None) -> str:
    if name in GOAL_FIELDS:
        return name
    if name == "checkpoints":
        return "deadline"
    return "text" if name is None else "kind"


def locate(problems: list[Problem], built: Built) -> Validation:
    """Each problem beside the field it concerns: a goal's field, a header field, or (metric
    definitions, the file as a whole) in a list of its own."""
    result = Validation()
    for problem in problems:
        match = _GOAL_PATH.match(problem.path)
        if match and match.group("goal") is not None:
            index = built.row_of.get((int(match.group("section")), int(match.group("goal"))))
            if index is not None:
                where = _goal_field(match.group("field"))
                result.goals.setdefault(index, {}).setdefault(where, []).append(problem)
                continue
        if match and match.group("field") == "title":
            for index in built.section_rows.get(int(match.group("section")), []):
                result.goals.setdefault(index, {}).setdefault("section", []).append(problem)
            continue
        header_field = _HEADER_PATHS.get(problem.path)
        if header_field is not None:
            result.header.setdefault(header_field, []).append(problem)
        else:
            result.other.append(problem)
    return result


def validate(plan: EditablePlan) -> Validation:
    """The whole plan as the import will see it."""
    built = build(plan)
    _, problems = check_plan_bytes(dict_to_yaml(built.data).encode("utf-8"),
                                   f"{plan.header.id or 'plan'}.yaml")
    return locate(problems, built)


def validate_goal(plan: EditablePlan, index: int) -> dict[str, list[Problem]]:
    """One goal's problems by field, checked on its own (live, while the rest of the plan,
    the header included, may still be unfinished): the goal alone in a plan with a stand-in
    header, the plan's real period when it has one."""
    row = replace(plan.rows[index], included=True, section="s")
    header = plan.header
    period = (header.start.strip(), header.end.strip())
    if not all(_is_day(day) for day in period) or period[0] > period[1]:
        period = _PLACEHOLDER_PERIOD
    alone = EditablePlan(
        PlanHeader(id="plan", title="plan", org_id="org", org_name="org", start=period[0],
                   end=period[1], language=header.language if header.language in
                   ("sv", "nb", "en") else "sv"),
        plan.metrics, (row,))
    built = build(alone)
    return locate(list(_problems_of(dict_to_yaml(built.data))), built).for_goal(0)


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return bool(_ISO_DATE.match(text))
