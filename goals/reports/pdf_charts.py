"""The report's charts drawn straight into the PDF as vector shapes (fpdf2 rectangles, lines
and text), not as matplotlib PNGs.

Why: rendering a PNG per chart with matplotlib (layout, anti-aliasing, PNG encoding) was 80 %
of a PDF's time (about 0.1–0.2 s per chart, 1–2 s per report, measured by
benchmarks/report_pdf.py). A bar chart is a few rectangles; drawn as vectors it costs
milliseconds, prints sharp at any size and keeps the PDF small. The charts say what the
PNG charts of goals.reports.charts (Pillow, for Word and Markdown) say: same colours, same
cap at 150 %, same marks. Pure: fpdf2 calls only.
"""

from __future__ import annotations

import textwrap
from datetime import date

from babel.dates import format_date

from goals.reports.charts import CAP, STATUS_HEX
from goals.reports.content import Report, SectionPart
from goals.views import formatting as fmt
from goals.views.charts import ACTUAL, EXPECTED

LABEL_WIDTH_MM = 58     # the goal's text, left of the bars
LABEL_CHARS = 40
ROW_MM = 9.0
TICKS = (0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5)
PALE = "#e8b4c2"
INK = "#262730"
MONTH_HEIGHT_MM = 34.0


def rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def section_chart_height(section: SectionPart) -> float:
    """The height in mm `section_chart` takes (to keep a heading with its chart)."""
    return 10 + ROW_MM * len(section.goals)


def section_chart(pdf, font: str, report: Report, section: SectionPart) -> None:
    """A bar per goal with its progress in its status colour, a dark tick at the progress
    expected by now, a dashed line at 100 %; bars beyond 150 % stop there."""
    top = pdf.get_y() + 4
    left = pdf.l_margin + LABEL_WIDTH_MM
    scale = (pdf.epw - LABEL_WIDTH_MM - 28) / CAP
    pdf.set_font(font, "", 6.5)
    pdf.set_text_color(*rgb(INK))
    pdf.set_xy(pdf.l_margin + pdf.epw - 40, top - 4)
    pdf.set_draw_color(*rgb(INK))
    pdf.cell(40, 3, f"| {report.label('chart.expected')}", align="R")
    for row, goal in enumerate(section.goals):
        y = top + row * ROW_MM
        label = textwrap.wrap(" ".join(goal.text.split()), LABEL_CHARS)[:2]
        if len(" ".join(label)) < len(" ".join(goal.text.split())):
            label[-1] = label[-1][: LABEL_CHARS - 1].rstrip() + "…"
        pdf.set_font(font, "", 7)
        pdf.set_xy(pdf.l_margin, y + (ROW_MM - 3.2 * len(label)) / 2 - 0.5)
        pdf.multi_cell(LABEL_WIDTH_MM - 2, 3.2, "\n".join(label), align="R")
        bar = min(goal.progress or 0.0, CAP) * scale
        pdf.set_fill_color(*rgb(STATUS_HEX[goal.status]))
        if bar > 0:
            pdf.rect(left, y + 1.8, bar, ROW_MM - 3.6, style="F")
        expected = left + min(goal.expected, CAP) * scale
        pdf.set_line_width(0.6)
        pdf.line(expected, y + 1, expected, y + ROW_MM - 1)
        words = report.status_word(goal.status)
        if goal.progress is not None:
            words = f"{fmt.percent(goal.progress, report.lang)} · {words}"
        pdf.set_xy(max(left + bar, expected) + 1.5, y + ROW_MM / 2 - 1.5)
        pdf.cell(30, 3, words)
    _axis(pdf, font, report, left, scale, top, top + ROW_MM * len(section.goals))
    pdf.set_xy(pdf.l_margin, top + ROW_MM * len(section.goals) + 6)


def _axis(pdf, font: str, report: Report, left: float, scale: float, top: float,
          bottom: float) -> None:
    pdf.set_draw_color(*rgb(EXPECTED))
    pdf.set_line_width(0.2)
    pdf.line(left, top, left, bottom)
    pdf.line(left, bottom, left + CAP * scale, bottom)
    with pdf.local_context():
        pdf.set_dash_pattern(dash=1, gap=1)
        pdf.line(left + scale, top, left + scale, bottom)
    pdf.set_font(font, "", 6)
    for tick in TICKS:
        pdf.set_xy(left + tick * scale - 6, bottom + 0.5)
        pdf.cell(12, 3, fmt.percent(tick, report.lang), align="C")


def monthly_chart(pdf, font: str, report: Report, label: str,
                  months: list[tuple[date, float]]) -> None:
    """One metric's sums per month, the best month in the goal colour, figures on top."""
    top = pdf.get_y()
    pdf.set_font(font, "B", 8.5)
    pdf.set_text_color(*rgb(INK))
    pdf.cell(0, 4, label)
    best = max(value for _, value in months) or 1
    chart_top, chart_height = top + 9, MONTH_HEIGHT_MM - 16
    slot = pdf.epw / max(len(months), 1)
    bottom = chart_top + chart_height
    for index, (month, value) in enumerate(months):
        x = pdf.l_margin + index * slot
        height = chart_height * value / best
        pdf.set_fill_color(*rgb(ACTUAL if value == best else PALE))
        if height > 0:
            pdf.rect(x + slot * 0.15, bottom - height, slot * 0.7, height, style="F")
        pdf.set_font(font, "", 6)
        if value:
            pdf.set_xy(x, bottom - height - 3.2)
            pdf.cell(slot, 3, fmt.number(value, report.lang), align="C")
        pdf.set_font(font, "", 7)
        pdf.set_xy(x, bottom + 0.8)
        name = format_date(month, format="LLL", locale=fmt.locale(report.lang)).rstrip(".")
        pdf.cell(slot, 3, name, align="C")
    pdf.set_draw_color(*rgb(EXPECTED))
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin, bottom, pdf.l_margin + pdf.epw, bottom)
    pdf.set_xy(pdf.l_margin, top + MONTH_HEIGHT_MM)
