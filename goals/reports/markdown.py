"""A report as Markdown: to paste into the minutes, edit, or preview in the app.

The plan's words are user text, so Markdown's special characters in them are escaped: a goal
called "*Viktigt*" prints with its asterisks instead of turning bold. Charts are linked only
when their image files are written beside the document (`image_names`).
"""

from __future__ import annotations

import re

from goals.reports.content import GoalLine, Report, changes_line
from goals.views import formatting as fmt

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def goal_status_line(report: Report, line: GoalLine) -> str:
    """'i fas: 18 500 kr av 25 000 kr (framsteg 74 %, väntat 70 %)'."""
    word = report.status_word(line.status)
    if line.standing == word:   # a milestone without steps: 'klart' says it all
        return report.label("goal_line_short", status=word,
                            progress=fmt.percent(line.progress, report.lang),
                            expected=fmt.percent(line.expected, report.lang))
    return report.label("goal_line", status=word,
                        standing=line.standing,
                        progress=fmt.percent(line.progress, report.lang),
                        expected=fmt.percent(line.expected, report.lang))


def report_markdown(report: Report, image_names: dict[str, str] | None = None) -> str:
    images = image_names or {}
    out = [f"# {escape(report.title)}", "", f"## {report.heading}", "",
           f"*{escape(report.subtitle)}*", "", f"## {report.label('summary')}", "",
           report.summary_text, ""]
    out += [f"| {report.label('column_status')} | {report.label('column_goals')} |",
            "| --- | ---: |"]
    out += [f"| {report.status_word(s)} | {n} |" for s, n in report.summary.items()]
    out.append("")
    if report.kind == "status":
        out += _attention(report) + _changes(report)
    else:
        out += [f"## {report.label('highlights')}", ""]
        out += [f"- {escape(text)}" for text in report.highlights] + [""]
    out += [f"## {report.label('sections')}", ""]
    for index, section in enumerate(report.sections, 1):
        if not section.goals:
            continue
        out += [f"### {escape(section.title)}", ""]
        if f"section-{index}" in images:
            out += [f"![{escape(section.title)}]({images[f'section-{index}']})", ""]
        for line in section.goals:
            if report.kind == "year":
                out += [escape(line.sentence), ""]
            else:
                out.append(f"- **{escape(line.text)}** – {goal_status_line(report, line)}")
        out.append("")
    if report.monthly:
        out += [f"## {report.label('monthly')}", ""]
        for index, label in enumerate(report.monthly, 1):
            name = images.get(f"month-{index}")
            if name:
                out += [f"![{escape(label)}]({name})", ""]
            else:
                months = report.monthly[label]
                out += [f"**{escape(label)}**: " + ", ".join(
                    f"{month.month}: {fmt.number(value, report.lang)}"
                    for month, value in months if value), ""]
    return "\n".join(out).rstrip() + "\n"


def _attention(report: Report) -> list[str]:
    out = [f"## {report.label('attention')}", ""]
    if not report.attention:
        return out + [report.label("attention_none"), ""]
    for line in report.attention:
        catch_up = f" {escape(line.catch_up)}" if line.catch_up else ""
        out.append(f"- **{escape(line.text)}** – {goal_status_line(report, line)}.{catch_up}")
    return out + [""]


def _changes(report: Report) -> list[str]:
    out = [f"## {report.label('changes')}", ""]
    changes = report.changes
    if changes is None:
        return out + [report.label("changes_none"), ""]
    out += [changes_line(changes, report.lang), ""]
    out += [f"- {escape(line)}" for line in changes.lines]
    return out + [""]


def publication_markdown(report: Report, image_names: dict[str, str] | None = None) -> str:
    """An organisation's year report as published (goals.reports.publication); photos are
    linked when their files are written beside the document, else named by caption."""
    from goals.reports.publication import outline

    images = image_names or {}
    out: list[str] = []
    for block in outline(report):
        out += _publication_block(report, block, images)
    return "\n".join(out).rstrip() + "\n"


def _publication_block(report: Report, block, images: dict[str, str]) -> list[str]:
    kind = block.kind
    if kind == "cover":
        return [f"# {escape(block.text)}", "", f"**{block.items[0]}**", "",
                f"*{escape(block.extra)}*", ""]
    if kind == "contents":
        return [f"## {block.text}", ""] + [f"{n}. {escape(t)}" for n, t in
                                           enumerate(block.items, 1)] + [""]
    if kind == "chapter":
        return [f"## {escape(block.text)}", ""]
    if kind in ("text", "summary", "goal"):
        return [escape(block.text), ""]
    if kind == "signed":
        return [f"*{escape(block.text)}*", ""]
    if kind == "figure":
        return [f"- {escape(block.text)}", ""]
    if kind == "monthly":
        return [f"**{escape(block.text)}**: " + ", ".join(
            f"{month.month}: {fmt.number(value, report.lang)}"
            for month, value in block.months if value), ""]
    if kind == "quote":
        return [f"> ”{escape(block.text)}”", ">", f"> — {escape(block.extra)}", ""]
    if kind == "photo" and block.photo is not None:
        name = images.get(f"photo-{block.photo.pk}")
        caption = escape(block.text) or report.label("pub.photo")
        if name:
            return [f"![{caption}]({name})", "", f"*{caption}*", ""]
        return [f"*{report.label('pub.photo')}: {caption}*", ""]
    return []
