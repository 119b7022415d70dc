"""A draft from the plan's text (goals.drafting) in the plan editor: its goals as rows the
board accepts, rejects or corrects, the text with each recognised sentence highlighted, and
the sentences the drafter passed over, any of which can still become a goal.

Pure: no Streamlit, no SQL. The highlighted text is built as HTML from escaped pieces only
(the document is user text: a `<script>` in it is shown as text, never run).
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date

from goals.drafting import Draft, goal_from_sentence
from goals.editor.plan_rows import EditablePlan, from_plan_dict, row_from_goal_dict
from goals.i18n import translate

# Background of a sentence by the board's decision on its goal.
_BLANK_LINES = re.compile(r"[ \t]*\n(?:[ \t]*\n)+")
HIGHLIGHT = {True: "#c8e6c9", None: "#fff3b0", False: "#e0e0e0"}


def from_draft(draft: Draft) -> EditablePlan:
    """The draft in the editor; every goal undecided until the board has looked at it."""
    base = from_plan_dict({**draft.header, "sections": []})
    rows = tuple(row_from_goal_dict(g.goal, g.section, included=None, source=tuple(g.span),
                                    checks=tuple(g.checks), check_fields=_fields(g))
                 for g in draft.goals)
    return replace(base, rows=rows, keep_metrics=frozenset())


def groups(plan: EditablePlan) -> list[tuple[str, tuple[int, ...]]]:
    """The rows by the heading they stand under, headings in the document's order: a real
    plan gives dozens of proposals, and a board decides on a heading's list at once."""
    by_section: dict[str, list[int]] = {}
    for index, row in enumerate(plan.rows):
        by_section.setdefault(row.section, []).append(index)
    return [(section, tuple(rows)) for section, rows in by_section.items()]


def decide_group(plan: EditablePlan, section: str, included: bool | None) -> EditablePlan:
    """Every row under the heading `section` accepted (True) or rejected (False) at once;
    the board can still change any one of them afterwards."""
    rows = tuple(replace(row, included=included) if row.section == section else row
                 for row in plan.rows)
    return replace(plan, rows=rows)


def _fields(goal) -> tuple[str, ...]:
    return tuple(getattr(goal, "check_fields", ()) or ("",) * len(goal.checks))


_HEADER_FIELD = {"title": "title", "organisation": "org_name", "period": "start",
                 "adopted": "adopted", "id": "id", "language": "language"}


def header_checks(draft: Draft) -> dict[str, list[str]]:
    """What the drafter asks the board to verify in the header, by the form's field ("":
    the header as a whole)."""
    fields = getattr(draft, "header_check_fields", ()) or ("",) * len(draft.header_checks)
    by_field: dict[str, list[str]] = {}
    for about, check in zip(fields, draft.header_checks, strict=False):
        by_field.setdefault(_HEADER_FIELD.get(about, ""), []).append(check)
    return by_field


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def missed_sentences(draft: Draft, plan: EditablePlan) -> list[tuple[int, int]]:
    """Candidate sentences that no goal row came from, in document order."""
    taken = [row.source for row in plan.rows if row.source is not None]
    return [span for span in draft.sentences
            if not any(_overlaps(span, other) for other in taken)]


def sentence_text(draft: Draft, span: tuple[int, int]) -> str:
    return " ".join(draft.text[span[0]:span[1]].split())


def add_sentence(draft: Draft, plan: EditablePlan, span: tuple[int, int]) -> EditablePlan:
    """The plan with a goal made from the sentence at `span` (accepted: the board chose it),
    in the section of the goal found just before it."""
    before = [row for row in plan.rows if row.source is not None and row.source[0] <= span[0]]
    drafted = goal_from_sentence(sentence_text(draft, span), draft.lang, period=_period(plan))
    section = (drafted.section or (before[-1].section if before else "")
               or next(iter(plan.section_titles()), "")
               or translate("editor.default_section", draft.lang))
    goal = {**drafted.goal, "id": plan.unique_goal_id(str(drafted.goal.get("id") or "mal"))}
    metric = str(goal.get("metric") or "")
    if metric and metric not in plan.metric_choices():
        # A metric the drafter made up for this sentence (its check says so): defined here
        # so the goal validates; an increase counts snapshots, everything else adds up.
        plan = plan.with_metric(metric, metric.replace("-", " ").replace("_", " ").capitalize(),
                                "level" if goal.get("kind") == "increase" else "flow")
    return plan.added(row_from_goal_dict(goal, section, included=True, source=tuple(span),
                                         checks=tuple(drafted.checks),
                                         check_fields=_fields(drafted)))


def _period(plan: EditablePlan) -> tuple[date, date] | None:
    try:
        return (date.fromisoformat(plan.header.start), date.fromisoformat(plan.header.end))
    except ValueError:
        return None


def _plain(text: str) -> str:
    """Text between highlights, escaped; runs of blank lines (PDF exports are full of
    them) shown as one line break."""
    return html.escape(_BLANK_LINES.sub("\n", text))


def highlighted_html(draft: Draft, plan: EditablePlan) -> str:
    """The document's text as HTML, each sentence a goal came from marked by its decision."""
    marks = sorted(((row.source, row) for row in plan.rows if row.source is not None),
                   key=lambda mark: mark[0])
    pieces: list[str] = []
    position = 0
    for (start, end), row in marks:
        if start < position or end <= start:
            continue   # overlapping spans: the first one wins
        pieces.append(_plain(draft.text[position:start]))
        title = html.escape(row.id, quote=True)
        pieces.append(f'<mark title="{title}" style="background:{HIGHLIGHT[row.included]};'
                      f'padding:0 2px;border-radius:3px">'
                      f"{_plain(draft.text[start:end])}</mark>")
        position = end
    pieces.append(_plain(draft.text[position:]))
    return ('<div class="plan-text" style="white-space:pre-wrap;line-height:1.5;'
            'font-size:0.92rem;max-height:75vh;overflow-y:auto;padding:0.75rem;'
            'border:1px solid rgba(49,51,63,0.2);border-radius:0.5rem">'
            + "".join(pieces) + "</div>")

