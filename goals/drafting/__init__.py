"""From the adopted plan's text to a draft plan: offline, deterministic, nothing sent.

`read_document` turns .txt/.md/.docx/.pdf bytes into text; `draft_plan` reads that text
into a `Draft` (header, sections, goals, what to check) that `Draft.to_yaml` writes in the
plan format; `goal_from_sentence` drafts one sentence the user picked.
"""

from goals.drafting.draft import Draft, DraftGoal, draft_plan, goal_from_sentence
from goals.drafting.reading import read_document

__all__ = ["Draft", "DraftGoal", "draft_plan", "goal_from_sentence", "read_document"]
