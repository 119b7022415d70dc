"""PNG charts for the Word and Markdown reports, drawn with Pillow (the PDF draws the same
charts as vectors: goals.reports.pdf_charts).

One chart per section: a bar per goal with its progress, coloured by status in the same
colours as the app's status badges (goals.ui.shared.STATUS_COLOURS), and a mark at the
progress expected by now. The year report adds a bar chart per reported metric by month.

Why Pillow and not matplotlib: a bar chart is rectangles and a few labels; matplotlib's
layout engine, text measuring and PNG encoding took 0.1–0.3 s per chart, 3–5 s for a Word
year report of a 32-goal plan (24 charts). Pillow draws one in a few milliseconds, with the
same DejaVu Sans. Pure: a `Report` in, PNG bytes out.
"""

from __future__ import annotations

import io
import textwrap
from datetime import date
from functools import cache

from babel.dates import format_date
from PIL import Image, ImageDraw, ImageFont

from goals.reports.content import Report, SectionPart
from goals.reports.fonts import FONT_DIR
from goals.views import formatting as fmt
from goals.views.charts import ACTUAL, EXPECTED

# The badges' colours (blue, green, orange, red, gray) as Streamlit draws them.
STATUS_HEX = {"done": "#1c83e1", "on_track": "#21c354", "behind": "#ffa421",
              "at_risk": "#ff4b4b", "missed": "#808495", "no_data": "#c4c6cf"}
LABEL_WIDTH = 34
LABEL_LINES = 2
CAP = 1.5   # bars beyond 150 % are drawn at 150 % with their figure written out
WIDTH = 1080          # px: 7.2 in at 150 dpi, as the charts were
LABEL_PX = 380        # the goals' words, left of the bars
ROW = 78
INK = "#262730"
PALE = "#e8b4c2"
TICKS = (0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5)


@cache
def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / "DejaVuSans.ttf"), size)


def wrap_label(text: str) -> str:
    """A goal's text as a two-line axis label; the full text stands in the report itself."""
    lines = textwrap.wrap(" ".join(text.split()), LABEL_WIDTH)
    if len(lines) > LABEL_LINES:
        lines = lines[:LABEL_LINES]
        lines[-1] = lines[-1][: LABEL_WIDTH - 1].rstrip() + "…"
    return "\n".join(lines)


def section_chart(report: Report, section: SectionPart) -> bytes:
    """Progress per goal of one section against the expected progress by the report day."""
    goals = list(section.goals)
    top, bottom_axis = 44, 40
    image = Image.new("RGB", (WIDTH, top + ROW * len(goals) + bottom_axis), "white")
    draw = ImageDraw.Draw(image)
    left = LABEL_PX + 16
    scale = (WIDTH - left - 190) / CAP
    legend = f"| {report.label('chart.expected')}"
    draw.text((WIDTH - 12, 10), legend, fill=INK, font=font(18), anchor="ra")
    for row, goal in enumerate(goals):
        y = top + row * ROW
        draw.multiline_text((LABEL_PX, y + ROW / 2), wrap_label(goal.text), fill=INK,
                            font=font(19), anchor="rm", align="right", spacing=3)
        bar = min(goal.progress or 0.0, CAP) * scale
        if bar > 0:
            draw.rectangle((left, y + 16, left + bar, y + ROW - 16),
                           fill=STATUS_HEX[goal.status])
        expected = left + min(goal.expected, CAP) * scale
        draw.line((expected, y + 8, expected, y + ROW - 8), fill=INK, width=4)
        words = report.status_word(goal.status)
        if goal.progress is not None:
            words = f"{fmt.percent(goal.progress, report.lang)} · {words}"
        draw.text((max(left + bar, expected) + 10, y + ROW / 2), words, fill=INK, font=font(18),
                  anchor="lm")
    _axis(draw, report, left, scale, top, top + ROW * len(goals))
    return _png(image)


def _axis(draw: ImageDraw.ImageDraw, report: Report, left: float, scale: float, top: int,
          bottom: int) -> None:
    draw.line((left, top, left, bottom), fill=EXPECTED, width=2)
    draw.line((left, bottom, left + CAP * scale, bottom), fill=EXPECTED, width=2)
    hundred = left + scale
    for y in range(top, bottom, 12):   # the dashed line at 100 %
        draw.line((hundred, y, hundred, min(y + 6, bottom)), fill=EXPECTED, width=2)
    for tick in TICKS:
        draw.text((left + tick * scale, bottom + 6), fmt.percent(tick, report.lang),
                  fill=INK, font=font(16), anchor="ma")


def monthly_chart(report: Report, label: str, months: list[tuple[date, float]]) -> bytes:
    """One metric's sums per month of the period, the best month in the goal colour."""
    height, top, bottom = 360, 70, 300
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((16, 14), label, fill=INK, font=font(24))
    best = max((value for _, value in months), default=0) or 1
    slot = (WIDTH - 32) / max(len(months), 1)
    for index, (month, value) in enumerate(months):
        x = 16 + index * slot
        bar = (bottom - top) * value / best
        if bar > 0:
            draw.rectangle((x + slot * 0.15, bottom - bar, x + slot * 0.85, bottom),
                           fill=ACTUAL if value == best else PALE)
        if value:
            draw.text((x + slot / 2, bottom - bar - 6), fmt.number(value, report.lang),
                      fill=INK, font=font(16), anchor="md")
        name = format_date(month, format="LLL", locale=fmt.locale(report.lang)).rstrip(".")
        draw.text((x + slot / 2, bottom + 10), name, fill=INK, font=font(18), anchor="ma")
    draw.line((16, bottom, WIDTH - 16, bottom), fill=EXPECTED, width=2)
    return _png(image)


def report_charts(report: Report) -> dict[str, bytes]:
    """Every chart of the report, by a stable name ('section-1', 'month-2', …)."""
    charts = {f"section-{i}": section_chart(report, s)
              for i, s in enumerate(report.sections, 1) if s.goals}
    for i, (label, months) in enumerate(report.monthly.items(), 1):
        charts[f"month-{i}"] = monthly_chart(report, label, months)
    return charts


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(150, 150), compress_level=3)
    return buffer.getvalue()
