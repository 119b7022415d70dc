"""What the Importera page shows, as plain rows: the file's first rows (identifying columns
marked as dropped, their cells never read), the entries a mapping makes, the goals they
move and the problems by row and column. Pure: the page only draws these."""

from __future__ import annotations

from goals.domain.entries import Entry
from goals.domain.plan import Plan
from goals.domain.problems import Problem
from goals.i18n import translate
from goals.mappings.pii import mask_identifiers
from goals.mappings.tables import Table
from goals.views.formatting import number
from goals.views.member_report import goals_moved_by

PREVIEW_ROWS = 10


def first_rows(table: Table, lang: str, count: int = PREVIEW_ROWS) -> list[dict[str, str]]:
    """The first rows of the cleaned table; each dropped column is there, saying so."""
    dropped = translate("mappings.dropped", lang)
    rows = []
    for row in table.rows[:count]:
        cells = {header: mask_identifiers(row[i]) if i < len(row) else ""
                 for i, header in enumerate(table.header)}
        rows.append(cells | {header: f"({dropped})" for header in table.dropped})
    return rows


def entry_rows(entries: list[Entry], lang: str, count: int = 20) -> list[dict[str, str]]:
    label = {name: translate(f"mappings.column.{name}", lang)
             for name in ("date", "value", "tags", "unit", "note")}
    metric = translate("mappings.entry_metric", lang)
    return [{label["date"]: e.date.isoformat(), metric: e.metric or e.milestone or "",
             label["value"]: number(e.value, lang), label["tags"]: ";".join(e.tags),
             label["unit"]: e.unit or "", label["note"]: mask_identifiers(e.note or "")}
            for e in entries[:count]]


def goals_moved(plan: Plan, entries: list[Entry]) -> list[str]:
    """The texts of the plan's goals that the entries count for, in plan order."""
    seen: dict[str, str] = {}
    for metric in dict.fromkeys(e.metric for e in entries):
        probe = Entry(entries[0].date, plan.id, metric=metric)
        for goal in goals_moved_by(plan, probe):
            seen.setdefault(goal.id, goal.text)
    order = [g.id for g in plan.goals]
    return [seen[goal_id] for goal_id in order if goal_id in seen]


def problem_rows(problems: tuple[Problem, ...] | list[Problem],
                 lang: str) -> list[dict[str, object]]:
    return [{translate("mappings.col_row", lang): p.line,
             translate("mappings.col_column", lang): p.path,
             translate("mappings.col_problem", lang): p.message(lang)} for p in problems]


def move_rows(moves, lang: str) -> list[dict[str, str]]:
    """Each goal an import moves: its figure and status before -> after."""
    goal, before, after = (translate(f"imports.col_{name}", lang)
                           for name in ("goal", "before", "after"))

    def shown(value: float | None, status: str) -> str:
        figure = "–" if value is None else number(value, lang)
        return f"{figure} ({translate(f'status.{status}', lang)})"

    return [{goal: m.text, before: shown(m.before, m.status_before),
             after: shown(m.after, m.status_after) + (" ⚠" if m.stock_drop else "")}
            for m in moves]
