"""The parts of a year report only people write (the opening letter, a text per chapter,
members' words, photos), as the renderers lay them out beside the figures.

Pure data: goals.services.year_report_texts reads and writes them in the database; the
figures around them are computed afresh every time the report is made.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChapterText:
    """A chapter's own text and who signs it; `title` is an area of the plans, or a chapter
    that has no goals (a board's work on the municipality, a thank-you)."""

    title: str
    body: str = ""
    signed: str = ""


@dataclass(frozen=True)
class Quote:
    """A member's note picked as a quote. `author` is set only when the member agreed to be
    named with it; otherwise the report says 'en medlem' / 'et medlem' / 'a member'."""

    pk: int
    text: str
    author: str | None = None


@dataclass(frozen=True)
class Photo:
    """A photo, already resized and stripped of EXIF (goals.io.photos), with its caption;
    `chapter` is the chapter it belongs to ('' for the chapter 'Bilder från året')."""

    pk: int
    data: bytes
    width: int
    height: int
    caption: str = ""
    chapter: str = ""


@dataclass(frozen=True)
class Written:
    letter: str = ""
    letter_signed: str = ""
    chapters: tuple[ChapterText, ...] = ()
    quotes: tuple[Quote, ...] = ()
    photos: tuple[Photo, ...] = field(default_factory=tuple)

    def chapter(self, title: str) -> ChapterText | None:
        return next((c for c in self.chapters if c.title == title), None)

    @property
    def empty(self) -> bool:
        return not (self.letter or self.chapters or self.quotes or self.photos)
