"""A report as a Word document (python-docx): the draft the board edits before the meeting.

Same words as the PDF and the Markdown (goals.reports.content), real Word headings and
lists so the document can be restyled, the charts as pictures, and the page number as a
field in the footer ('Sida 2 av 5'), which Word updates as the text grows.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from goals.reports.charts import report_charts
from goals.reports.content import GoalLine, Report, changes_line
from goals.reports.markdown import goal_status_line

GREY = RGBColor(90, 90, 100)
CHART_WIDTH = Cm(16)


def report_docx(report: Report) -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    document.core_properties.title = f"{report.heading} – {report.title}"
    document.core_properties.language = report.lang
    document.styles["Normal"].font.size = Pt(10.5)
    _footer(document, report)
    charts = report_charts(report)
    document.add_heading(report.title, level=0)
    document.add_heading(report.heading, level=1)
    subtitle = document.add_paragraph().add_run(report.subtitle)
    subtitle.italic, subtitle.font.color.rgb = True, GREY
    document.add_heading(report.label("summary"), level=1)
    document.add_paragraph(report.summary_text)
    table = document.add_table(rows=1, cols=2)
    table.style = "Light List"
    table.rows[0].cells[0].text = report.label("column_status")
    table.rows[0].cells[1].text = report.label("column_goals")
    for status, count in report.summary.items():
        cells = table.add_row().cells
        cells[0].text, cells[1].text = report.status_word(status), str(count)
    if report.kind == "status":
        _attention(document, report)
        _changes(document, report)
    else:
        document.add_heading(report.label("highlights"), level=1)
        for line in report.highlights:
            document.add_paragraph(line, style="List Bullet")
    document.add_heading(report.label("sections"), level=1)
    for index, part in enumerate(report.sections, 1):
        if not part.goals:
            continue
        document.add_heading(part.title, level=2)
        if f"section-{index}" in charts:
            document.add_picture(io.BytesIO(charts[f"section-{index}"]), width=CHART_WIDTH)
        for line in part.goals:
            _goal(document, report, line)
    if report.monthly:
        document.add_heading(report.label("monthly"), level=1)
        for index in range(1, len(report.monthly) + 1):
            document.add_picture(io.BytesIO(charts[f"month-{index}"]), width=CHART_WIDTH)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _attention(document, report: Report) -> None:
    document.add_heading(report.label("attention"), level=1)
    if not report.attention:
        document.add_paragraph(report.label("attention_none"))
    for line in report.attention:
        _goal(document, report, line, with_catch_up=True)


def _changes(document, report: Report) -> None:
    document.add_heading(report.label("changes"), level=1)
    changes = report.changes
    if changes is None:
        document.add_paragraph(report.label("changes_none"))
        return
    document.add_paragraph(changes_line(changes, report.lang))
    for line in changes.lines:
        document.add_paragraph(line, style="List Bullet")


def _goal(document, report: Report, line: GoalLine, with_catch_up: bool = False) -> None:
    if report.kind == "year":
        document.add_paragraph(line.sentence)
        return
    paragraph = document.add_paragraph(style="List Bullet")
    paragraph.add_run(line.text).bold = True
    detail = paragraph.add_run(f"\n{goal_status_line(report, line)}")
    detail.font.color.rgb = GREY
    if with_catch_up and line.catch_up:
        paragraph.add_run(f"\n{line.catch_up}")


def _footer(document, report: Report) -> None:
    """'Sida {PAGE} av {NUMPAGES}' with Word fields, centred in every page's footer."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    template = report.label("page", page="\0PAGE\0", pages="\0NUMPAGES\0")
    for index, piece in enumerate(template.split("\0")):
        if index % 2:
            _field(paragraph, piece)
        elif piece:
            paragraph.add_run(piece)


def _field(paragraph, name: str) -> None:
    run = paragraph.add_run()
    begin, code, end = OxmlElement("w:fldChar"), OxmlElement("w:instrText"), \
        OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    code.set(qn("xml:space"), "preserve")
    code.text = name
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(code)
    run._r.append(end)


# --- an organisation's year report, laid out as published ------------------------------


def publication_docx(report: Report) -> bytes:
    """Cover, a contents field Word fills in (with the chapter titles listed under it until
    it does), then each block of goals.reports.publication; each chapter a Heading 1."""
    from goals.reports.publication import outline

    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    document.core_properties.title = report.title
    document.core_properties.language = report.lang
    document.styles["Normal"].font.size = Pt(10.5)
    _footer(document, report)
    for block in outline(report):
        _publication_block(document, report, block)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _publication_block(document, report: Report, block) -> None:
    kind = block.kind
    if kind == "cover":
        for _ in range(8):
            document.add_paragraph()
        document.add_heading(block.text, level=0)
        document.add_paragraph(block.items[0]).runs[0].font.size = Pt(16)
        subtitle = document.add_paragraph().add_run(block.extra)
        subtitle.italic, subtitle.font.color.rgb = True, GREY
        document.add_page_break()
    elif kind == "contents":
        document.add_heading(block.text, level=1)
        _field(document.add_paragraph(), 'TOC \\o "1-1" \\h \\z \\u')
        for number, title in enumerate(block.items, 1):
            document.add_paragraph(f"{number}. {title}")
        document.add_page_break()
    elif kind == "chapter":
        document.add_heading(block.text, level=1)
    elif kind in ("text", "summary", "goal"):
        document.add_paragraph(block.text)
    elif kind == "signed":
        run = document.add_paragraph().add_run(block.text)
        run.italic, run.font.color.rgb = True, GREY
    elif kind == "figure":
        document.add_paragraph(block.text, style="List Bullet")
    elif kind == "monthly":
        from goals.reports.charts import monthly_chart

        document.add_picture(io.BytesIO(monthly_chart(report, block.text, block.months)),
                             width=CHART_WIDTH)
    elif kind == "quote":
        paragraph = document.add_paragraph(style="Quote")
        paragraph.add_run(f"”{block.text}”")
        paragraph.add_run(f"\n— {block.extra}").italic = True
    elif kind == "photo" and block.photo is not None:
        width = CHART_WIDTH if block.photo.width >= block.photo.height else Cm(10)
        document.add_picture(io.BytesIO(block.photo.data), width=width)
        if block.text:
            caption = document.add_paragraph().add_run(block.text)
            caption.italic, caption.font.color.rgb = True, GREY
