"""A report as PDF, with fpdf2.

Why fpdf2 (and not WeasyPrint or ReportLab): it is pure Python with no system libraries
(WeasyPrint needs Pango/Cairo from the OS), it embeds subsets of TrueType fonts so å, ä, ö,
æ and ø print and extract correctly, and its small API (cells that wrap, automatic page
breaks, PNG images, a footer hook with the page count) is all a report needs. The font is
DejaVu Sans as shipped inside matplotlib (matplotlib/mpl-data/fonts/ttf/), so no system font
is needed either. Pure: a `Report` in, PDF bytes out.
"""

from __future__ import annotations

import io
from dataclasses import replace
from functools import partial

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from goals.reports import pdf_charts
from goals.reports.charts import STATUS_HEX
from goals.reports.content import GoalLine, Report, changes_line
from goals.reports.fonts import font_files
from goals.reports.markdown import goal_status_line

FONT = "DejaVu"
GREY = (90, 90, 100)
BLACK = (20, 20, 30)


def _letters(report: Report) -> set[str]:
    """Every character the report may print (the photos' bytes left out)."""
    written = report.written
    letters = set(repr(replace(report, written=None)))
    if written is not None:
        letters |= set(written.letter + written.letter_signed)
        for part in (*written.chapters, *written.quotes, *written.photos):
            letters |= set(repr(replace(part, data=b"")) if hasattr(part, "data")
                           else repr(part))
    return letters


class _Document(FPDF):
    """A4 with the page number ('Sida 2 av 5') in every footer."""

    def __init__(self, report: Report):
        super().__init__(format="A4", unit="mm")
        self.report = report
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(auto=True, margin=18)
        for style, path in font_files(_letters(report)).items():
            self.add_font(FONT, style, str(path))
        self.set_title(f"{report.heading} – {report.title}")
        self.set_lang(report.lang)
        self.set_creator("Verksamhetsplaner")

    cover = False   # no page number on a cover

    def footer(self) -> None:
        if self.cover and self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 6, self.report.label("page", page=self.page_no(), pages="{nb}"),
                  align="C")

    # --- building blocks ----------------------------------------------------------------

    def text(self, value: str, size: float = 10, style: str = "", colour=BLACK,
             indent: float = 0, after: float = 1.5) -> None:
        """A paragraph that wraps at the margin (long words are broken, never cut)."""
        self.set_font(FONT, style, size)
        self.set_text_color(*colour)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, size * 0.5, value, align="L",
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def heading(self, value: str, size: float = 13, keep: float = 20) -> None:
        """A heading kept on one page with the first `keep` mm of what follows it."""
        if self.will_page_break(size * 0.5 + 4 + keep):
            self.add_page()
        self.ln(2)
        self.text(value, size, "B", after=2)

    def swatch(self, status: str, size: float = 3) -> None:
        colour = STATUS_HEX[status].lstrip("#")
        self.set_fill_color(*(int(colour[i:i + 2], 16) for i in (0, 2, 4)))
        self.rect(self.get_x(), self.get_y() + 1, size, size, style="F")

    def bullet(self, value: str) -> None:
        """A list item whose wrapped lines stay indented under its first word."""
        self.set_font(FONT, "", 10)
        self.set_text_color(*BLACK)
        self.set_x(self.l_margin + 2)
        self.cell(4, 5, "•")
        self.text(value, indent=6)


def report_pdf(report: Report) -> bytes:
    pdf = _Document(report)
    pdf.add_page()
    pdf.text(report.title, 18, "B", after=1)
    pdf.text(report.heading, 14, after=1)
    pdf.text(report.subtitle, 9, "I", GREY, after=3)
    _summary(pdf, report)
    if report.kind == "status":
        _attention(pdf, report)
        _changes(pdf, report)
    else:
        pdf.heading(report.label("highlights"))
        for line in report.highlights:
            pdf.bullet(line)
    pdf.heading(report.label("sections"), 14)
    for section in report.sections:
        if not section.goals:
            continue
        height = pdf_charts.section_chart_height(section)
        pdf.heading(section.title, 12, keep=min(height, 150))
        pdf_charts.section_chart(pdf, FONT, report, section)
        for line in section.goals:
            _goal(pdf, report, line)
    if report.monthly:
        pdf.heading(report.label("monthly"), 14, keep=pdf_charts.MONTH_HEIGHT_MM)
        for label, months in report.monthly.items():
            if pdf.will_page_break(pdf_charts.MONTH_HEIGHT_MM):
                pdf.add_page()
            pdf_charts.monthly_chart(pdf, FONT, report, label, months)
    return bytes(pdf.output())


def _summary(pdf: _Document, report: Report) -> None:
    pdf.heading(report.label("summary"))
    pdf.text(report.summary_text)
    for status, count in report.summary.items():
        pdf.set_x(pdf.l_margin + 2)
        pdf.swatch(status)
        pdf.set_x(pdf.l_margin + 7)
        pdf.set_font(FONT, "", 10)
        pdf.cell(40, 5, report.status_word(status))
        pdf.cell(12, 5, str(count), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)


def _attention(pdf: _Document, report: Report) -> None:
    pdf.heading(report.label("attention"))
    if not report.attention:
        pdf.text(report.label("attention_none"))
    for line in report.attention:
        _goal(pdf, report, line, with_catch_up=True)


def _changes(pdf: _Document, report: Report) -> None:
    pdf.heading(report.label("changes"))
    changes = report.changes
    if changes is None:
        pdf.text(report.label("changes_none"))
        return
    pdf.text(changes_line(changes, report.lang))
    for line in changes.lines:
        pdf.bullet(line)


def _goal(pdf: _Document, report: Report, line: GoalLine, with_catch_up: bool = False) -> None:
    if report.kind == "year":
        pdf.text(line.sentence, after=2.5)
        return
    if pdf.will_page_break(14):
        pdf.add_page()
    pdf.set_x(pdf.l_margin)
    pdf.swatch(line.status)
    pdf.text(line.text, 10, "B", indent=5, after=0.5)
    pdf.text(goal_status_line(report, line), 9, colour=GREY, indent=5, after=0.5)
    if with_catch_up and line.catch_up:
        pdf.text(line.catch_up, 9, indent=5, after=0.5)
    pdf.ln(1.5)


# --- an organisation's year report, laid out as published ------------------------------


def publication_pdf(report: Report) -> bytes:
    """Cover, contents with page numbers (fpdf2's table-of-contents placeholder, filled in
    when the document is done), then each block of goals.reports.publication."""
    from goals.reports.publication import outline

    pdf = _Document(report)
    pdf.cover = True
    for block in outline(report):
        _publication_block(pdf, report, block)
    return bytes(pdf.output())


def _publication_block(pdf: _Document, report: Report, block) -> None:
    kind = block.kind
    if kind == "cover":
        pdf.add_page()
        pdf.set_y(95)
        pdf.text(block.text, 26, "B", after=4)
        pdf.text(block.items[0], 16, after=6)
        pdf.text(block.extra, 10, "I", GREY)
    elif kind == "contents":
        pdf.add_page()
        pdf.insert_toc_placeholder(partial(_contents, block.text), pages=1,
                                   reset_page_indices=False)
    elif kind == "chapter":
        if pdf.will_page_break(60):
            pdf.add_page()
        pdf.ln(4)
        pdf.start_section(block.text)
        pdf.text(block.text, 16, "B", after=3)
    elif kind in ("text", "summary", "goal"):
        pdf.text(block.text, 10.5, after=3)
    elif kind == "signed":
        pdf.text(block.text, 10, "I", GREY, after=4)
    elif kind == "figure":
        pdf.bullet(block.text)
    elif kind == "monthly":
        if pdf.will_page_break(pdf_charts.MONTH_HEIGHT_MM):
            pdf.add_page()
        pdf_charts.monthly_chart(pdf, FONT, report, block.text, block.months)
    elif kind == "quote":
        pdf.text(f"”{block.text}”", 11, "I", indent=8, after=1)
        pdf.text(f"— {block.extra}", 9.5, colour=GREY, indent=8, after=4)
    elif kind == "photo" and block.photo is not None:
        _photo(pdf, block)


def _photo(pdf: _Document, block) -> None:
    photo = block.photo
    width = pdf.epw
    height = width * photo.height / photo.width
    if height > 150:
        height, width = 150, 150 * photo.width / photo.height
    if pdf.will_page_break(height + 10):
        pdf.add_page()
    pdf.image(io.BytesIO(photo.data), x=pdf.l_margin + (pdf.epw - width) / 2, w=width,
              h=height)
    if block.text:
        pdf.text(block.text, 9, "I", GREY, after=4)


def _contents(title: str, pdf: _Document, sections) -> None:
    pdf.text(title, 16, "B", after=4)
    for section in sections:
        pdf.set_font(FONT, "", 11)
        pdf.set_text_color(*BLACK)
        name = section.name
        while pdf.get_string_width(name) > pdf.epw - 18 and len(name) > 4:
            name = name[:-2].rstrip() + "…"
        pdf.cell(pdf.epw - 15, 7, name)
        pdf.cell(15, 7, str(section.page_number), align="R", new_x=XPos.LMARGIN,
                 new_y=YPos.NEXT)
