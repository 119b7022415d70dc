"""An organisation's year report laid out like a published one: cover, contents, the
opening letter, the figures of the year, one chapter per area (its own text and signature,
then what each goal came to, then its photos), chapters with no goals, members' words,
photos of the year.

Pure: a `Report` with its `Written` parts in, an ordered list of blocks out. The three
renderers (Markdown, PDF, Word) draw these blocks one by one, so the three files have the
same chapters in the same order and the tests can read the outline once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from goals.reports.content import GoalLine, Report
from goals.reports.written import Photo, Written


@dataclass(frozen=True)
class Block:
    """One piece of the document. `kind`: cover, contents, chapter, text, signed, goal,
    figure, monthly, quote, photo, summary."""

    kind: str
    text: str = ""
    extra: str = ""                       # a cover's subtitle, a quote's author
    items: tuple[str, ...] = ()           # the contents' chapter titles
    photo: Photo | None = None
    months: list[tuple[date, float]] = field(default_factory=list)
    line: GoalLine | None = None


def chapter_titles(report: Report) -> list[str]:
    """The chapters in order, as the contents list them."""
    written = report.written or Written()
    titles = []
    if written.letter.strip():
        titles.append(report.label("pub.letter"))
    titles.append(report.label("highlights"))
    areas = [s.title for s in report.sections if s.goals or written.chapter(s.title)]
    titles += areas
    titles += [c.title for c in written.chapters if c.title not in areas]
    if written.quotes:
        titles.append(report.label("pub.quotes"))
    if any(not p.chapter or p.chapter not in titles for p in written.photos):
        titles.append(report.label("pub.photos"))
    return titles


def outline(report: Report) -> list[Block]:
    written = report.written or Written()
    titles = chapter_titles(report)
    blocks = [Block("cover", report.title, report.subtitle,
                    items=(report.label("pub.heading"),)),
              Block("contents", report.label("pub.contents"), items=tuple(titles))]
    if written.letter.strip():
        blocks += [Block("chapter", report.label("pub.letter"))]
        blocks += _paragraphs(written.letter)
        blocks += _signed(written.letter_signed)
    blocks += [Block("chapter", report.label("highlights")),
               Block("summary", report.summary_text)]
    blocks += [Block("figure", line) for line in report.highlights]
    blocks += [Block("monthly", label, months=months) for label, months in report.monthly.items()]
    area_titles = set()
    for section in report.sections:
        own = written.chapter(section.title)
        if not section.goals and own is None:
            continue
        area_titles.add(section.title)
        blocks.append(Block("chapter", section.title))
        if own is not None:
            blocks += _paragraphs(own.body) + _signed(own.signed)
        blocks += [Block("goal", line.sentence, line=line) for line in section.goals]
        blocks += [Block("photo", p.caption, photo=p) for p in written.photos
                   if p.chapter == section.title]
    for chapter in written.chapters:
        if chapter.title in area_titles:
            continue
        blocks.append(Block("chapter", chapter.title))
        blocks += _paragraphs(chapter.body) + _signed(chapter.signed)
        blocks += [Block("photo", p.caption, photo=p) for p in written.photos
                   if p.chapter == chapter.title]
    if written.quotes:
        blocks.append(Block("chapter", report.label("pub.quotes")))
        blocks += [Block("quote", q.text, q.author or report.label("pub.a_member"))
                   for q in written.quotes]
    loose = [p for p in written.photos if not p.chapter or p.chapter not in titles]
    if loose:
        blocks.append(Block("chapter", report.label("pub.photos")))
        blocks += [Block("photo", p.caption, photo=p) for p in loose]
    return blocks


def _paragraphs(text: str) -> list[Block]:
    """Paragraphs as written: an empty line separates them."""
    chunks = [" ".join(chunk.split()) for chunk in text.replace("\r\n", "\n").split("\n\n")]
    return [Block("text", chunk) for chunk in chunks if chunk]


def _signed(names: str) -> list[Block]:
    return [Block("signed", names.strip())] if names.strip() else []
