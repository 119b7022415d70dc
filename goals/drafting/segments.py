"""Plain text -> headings, list items and sentences, each with its place in the text.

Real plans arrive as text copied from PDFs and web pages: lines wrapped mid-sentence (with
blank lines between the pieces), words hyphenated across lines, bullets as private-use
glyphs. The segmenter joins what belongs together and keeps the character offsets of each
sentence in the original text, so the review page can highlight exactly what was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BULLET = re.compile(r"^(?:[•\-–—*·▪■●◦○►➢✓✔\uf0b7\uf0a7\uf076\uf0d8\u2022\u25aa\U0001F339]"
                    r"|\d{1,2}[.)](?!\d))\s*")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
# What a PDF leaves of its page furniture: "Side 1 av 2", "Sida 3 (12)", "- 4 -", "7".
PAGE_NUMBER = re.compile(r"(?i)(?:(?:side|sida|sidan|page|s\.)\s*)?\d{1,3}\s*"
                         r"(?:(?:av|of|/)\s*\d{1,3}|\(\d{1,3}\))?|[-–]\s*\d{1,3}\s*[-–]")
TERMINAL = ".!?"
# Abbreviations that end with a full stop but not a sentence.
ABBREVIATIONS = {"t.ex", "bl.a", "m.m", "ca", "nr", "kl", "dvs", "osv", "f.eks", "ev", "jfr",
                 "s.k", "mfl", "m.fl", "etc", "e.g", "i.e", "vs", "st", "mm", "ang", "inkl",
                 "evt", "bl", "mv", "pga", "p.g.a", "resp", "tel", "mr", "mrs", "dr"}
SHORT_FUNCTION_WORDS = {"i", "och", "og", "att", "å", "av", "med", "för", "for", "på", "til",
                        "till", "som", "en", "ett", "ei", "et", "the", "of", "and", "to", "om",
                        "de", "den", "det", "vi", "vår", "våra", "vårt", "våre", "samt", "eller"}


@dataclass(frozen=True)
class Block:
    """A heading, a list item or a paragraph: its text (wrapped lines joined) and where each
    character of that text sits in the original."""

    kind: str                     # heading | item | paragraph
    text: str
    offsets: tuple[int, ...]      # offsets[i] = position of text[i] in the document

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The document span of text[start:end] (end exclusive)."""
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Sentence:
    text: str
    span: tuple[int, int]
    section: str
    in_list: bool                 # a list item, or a sentence of one
    heading: bool


def normalise(text: str) -> str:
    """Line endings unified and odd spaces made plain, keeping every other offset."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate({0xA0: " ", 0x2007: " ", 0x202F: " ", 0x09: " ", 0x0C: "\n"})


def _lines(text: str) -> list[tuple[int, str, int]]:
    """Each line as (offset of its first character, stripped content, indentation)."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        out.append((pos + lead, stripped, lead if stripped else -1))
        pos += len(raw) + 1
    return out


def _base_indent(lines: list[tuple[int, str, int]]) -> int:
    """The indentation of most lines; a PDF that lost its bullet glyphs indents items by a
    space or two more than that."""
    counts: dict[int, int] = {}
    for _, _, indent in lines:
        if indent >= 0:
            counts[indent] = counts.get(indent, 0) + 1
    total = sum(counts.values())
    common = [k for k, n in counts.items() if n >= 0.2 * total]
    return min(common) if common else 0


def _unfinished(text: str) -> bool:
    return bool(text) and text[-1] not in TERMINAL + ":"


def _continues(previous: str, line: str, wrap: int) -> bool:
    """Whether `line` carries on the sentence that `previous` left unfinished: it starts in
    lower case, or `previous` stopped on a function word or comma, or `previous` filled the
    line (`wrap` is the document's usual line width) so the break was the layout's."""
    if not _unfinished(previous) or MARKDOWN_HEADING.match(line):
        return False
    first = line[0]
    if first.islower() or first.isdigit() or first in "(%&,–-”\"»":
        return True
    if len(line.split()) <= 2 and line[-1] in TERMINAL:
        return True
    last_word = previous.rsplit(" ", 1)[-1].lower()
    return (len(previous) >= 0.92 * wrap or last_word in SHORT_FUNCTION_WORDS
            or previous.endswith(","))


def _wrap_width(lines: list[tuple[int, str, int]]) -> int:
    """The width at which the source wrapped its lines (a high percentile of lengths); a
    web page's text has long lines and then nothing counts as wrapped by length."""
    lengths = sorted(len(line) for _, line, _ in lines if len(line) > 20)
    if not lengths:
        return 10_000
    return max(40, lengths[int(len(lengths) * 0.9) - 1 if len(lengths) > 1 else 0])


def blocks(text: str) -> list[Block]:
    """The document's headings, list items and paragraphs in order."""
    result: list[Block] = []
    chars: list[str] = []
    offsets: list[int] = []
    kind = ""
    last_line = ""
    def close() -> None:
        nonlocal kind, chars, offsets
        if chars:
            joined = "".join(chars).rstrip()
            result.append(Block(_settle(kind, joined), joined, tuple(offsets[:len(joined)])))
        chars, offsets, kind = [], [], ""

    lines = _lines(text)
    wrap = _wrap_width(lines)
    base = _base_indent(lines)
    blank = False
    for start, line, indent in lines:
        if not line:
            blank = True
            continue
        if PAGE_NUMBER.fullmatch(line):
            continue
        # A short line, a blank line, then more: a list of its own lines, not a wrap.
        apart = blank and len(last_line) < 0.8 * wrap and not last_line.endswith(",")
        blank = False
        hanging = kind == "item" and _unfinished(last_line) and not BULLET.match(line)
        bullet = BULLET.match(line) or (
            re.match(r"", line) if base < indent <= base + 3 and not hanging else None)
        heading = MARKDOWN_HEADING.match(line)
        if kind in ("item", "paragraph") and not bullet and not heading and not apart \
                and _continues(last_line, line, wrap):
            if chars and chars[-1] == "-" and len(chars) > 1 and chars[-2].isalpha() \
                    and line[0].islower():
                chars.pop()                       # a word hyphenated across lines
                offsets.pop()
            else:
                chars.append(" ")
                offsets.append(start - 1)
        else:
            close()
            kind = "item" if bullet else ("heading" if heading else "paragraph")
            marker = (bullet or heading)
            if marker:
                start += marker.end()
                line = line[marker.end():]
        chars.extend(line)
        offsets.extend(range(start, start + len(line)))
        last_line = line
    close()
    return _runs_as_lists(_items_in_lists(result))


def _items_in_lists(found: list[Block]) -> list[Block]:
    """A bullet lost in conversion leaves a list item looking like a short heading; one
    that follows an item and is followed by another heading, not by text of its own, is an
    item."""
    out = list(found)
    for i, block in enumerate(out):
        if block.kind != "heading" or block.text.endswith(":") or i == 0:
            continue
        following = out[i + 1].kind if i + 1 < len(out) else "heading"
        introduces = i + 1 < len(out) and out[i + 1].text.endswith(":")
        if out[i - 1].kind == "item" and following == "heading" and not introduces \
                and len(block.text.split()) > 1:
            out[i] = Block("item", block.text, block.offsets)
    return out


def _runs_as_lists(found: list[Block]) -> list[Block]:
    """Three or more short one-line paragraphs in a row are a list whose bullets were
    lost ("Utflykter sommartid." / "Kurs i ..." / "Boule ... tisdagar och fredagar.")."""
    out = list(found)
    short = [b.kind == "paragraph" and len(b.text.split()) <= 16
             and len(split_sentences(b)) == 1 for b in out]
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and short[j]:
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                out[k] = Block("item", out[k].text, out[k].offsets)
        i = max(j, i + 1)
    return out


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    return (len(line) <= 80 and len(words) <= 12 and line[-1] not in TERMINAL + ",;"
            and not line[0].islower())


def _settle(kind: str, text: str) -> str:
    if kind == "paragraph" and text and _looks_like_heading(text):
        return "heading"
    if kind == "paragraph" and text.endswith(":") and len(text) <= 200 and \
            not re.search(r"[.!?]\s+[A-ZÅÄÖÆØ]", text):
        return "heading"
    return kind


_BOUNDARY = re.compile(r"(?<=[.!?])[\"”»)]?\s+(?=[\"“«(]?[A-ZÅÄÖÆØÉ0-9])")


def split_sentences(block: Block) -> list[tuple[int, int]]:
    """Sentence spans inside the block's text, not splitting after an abbreviation or a
    day number ("17. april")."""
    text = block.text
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        before = text[start:match.start()]
        last = before.rsplit(None, 1)[-1].rstrip(".").lower() if before.split() else ""
        if last in ABBREVIATIONS or re.fullmatch(r"\d{1,2}|[a-zåäö]", last):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def sentences(text: str) -> list[Sentence]:
    """Every sentence of the document with the heading it stands under."""
    section = ""
    out: list[Sentence] = []
    for block in blocks(text):
        if block.kind == "heading":
            # "Kommungruppen ska:" introduces the list of what the group shall do.
            section = re.sub(r"\s+(?:ska|skall|skal|will|shall|should)$", "",
                             block.text.rstrip(":").strip())
            out.append(Sentence(block.text, block.span(0, len(block.text)), section,
                                False, True))
            continue
        for a, b in split_sentences(block):
            piece = block.text[a:b].strip()
            a += len(block.text[a:b]) - len(block.text[a:b].lstrip())
            out.append(Sentence(piece, block.span(a, a + len(piece)), section,
                                block.kind == "item", False))
    return out
