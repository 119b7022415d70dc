"""PNG charts for the reports (matplotlib with the Agg backend: no display, no browser).

One chart per section: a bar per goal with its progress, coloured by status in the same
colours as the app's status badges (goals.ui.shared.STATUS_COLOURS), and a mark at the progress
expected by now. The year report adds a bar chart per reported metric by month. Pure: a
`Report` in, PNG bytes out.
"""

from __future__ import annotations

import io
import textwrap
from datetime import date

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (the backend must be chosen first)

from goals.reports.content import Report, SectionPart  # noqa: E402
from goals.views import formatting as fmt  # noqa: E402
from goals.views.charts import ACTUAL, EXPECTED  # noqa: E402

# The badges' colours (blue, green, orange, red, gray) as Streamlit draws them.
STATUS_HEX = {"done": "#1c83e1", "on_track": "#21c354", "behind": "#ffa421",
              "at_risk": "#ff4b4b", "missed": "#808495", "no_data": "#c4c6cf"}
LABEL_WIDTH = 34
LABEL_LINES = 2
CAP = 1.5   # bars beyond 150 % are drawn at 150 % with their figure written out
DPI = 150


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
    height = 0.75 + 0.62 * len(goals)
    figure, axis = plt.subplots(figsize=(7.2, height), dpi=DPI)
    positions = list(range(len(goals)))
    values = [min(g.progress or 0.0, CAP) for g in goals]
    axis.barh(positions, values, color=[STATUS_HEX[g.status] for g in goals], height=0.6)
    axis.scatter([min(g.expected, CAP) for g in goals], positions, marker="|", s=420,
                 color="#262730", linewidths=2, zorder=3, label=report.label("chart.expected"))
    for position, goal in zip(positions, goals, strict=True):
        text = (f"{fmt.percent(goal.progress, report.lang)} · {report.status_word(goal.status)}"
                if goal.progress is not None else report.status_word(goal.status))
        right = max(min(goal.progress or 0.0, CAP), min(goal.expected, CAP))
        axis.text(right + 0.045, position, text, va="center", fontsize=8)
    axis.set_yticks(positions, [wrap_label(g.text) for g in goals], fontsize=8)
    axis.invert_yaxis()
    axis.set_xlim(0, CAP + 0.55)
    axis.set_xticks([0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5],
                    [fmt.percent(v, report.lang) for v in (0, 0.25, 0.5, 0.75, 1, 1.25, 1.5)],
                    fontsize=7)
    axis.axvline(1.0, color=EXPECTED, linewidth=0.8, linestyle="--")
    axis.spines[["top", "right"]].set_visible(False)
    axis.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), fontsize=7, frameon=False)
    return _png(figure)


def monthly_chart(report: Report, label: str, months: list[tuple[date, float]]) -> bytes:
    """One metric's sums per month of the period, the best month in the goal colour."""
    from babel.dates import format_date

    figure, axis = plt.subplots(figsize=(7.2, 2.4), dpi=DPI)
    best = max(value for _, value in months)
    names = [format_date(month, format="LLL", locale=fmt.locale(report.lang)).rstrip(".")
             for month, _ in months]
    colours = [ACTUAL if value == best else "#e8b4c2" for _, value in months]
    bars = axis.bar(range(len(months)), [v for _, v in months], color=colours)
    axis.bar_label(bars, [fmt.number(v, report.lang) if v else "" for _, v in months],
                   fontsize=7, padding=2)
    axis.set_xticks(range(len(months)), names, fontsize=8)
    axis.set_title(label, fontsize=10, loc="left")
    axis.set_ylim(0, best * 1.18 or 1)
    axis.tick_params(axis="y", labelsize=7)
    axis.yaxis.set_major_formatter(lambda value, _: fmt.number(value, report.lang))
    axis.spines[["top", "right"]].set_visible(False)
    return _png(figure)


def report_charts(report: Report) -> dict[str, bytes]:
    """Every chart of the report, by a stable name ('section-1', 'month-2', …)."""
    charts = {f"section-{i}": section_chart(report, s)
              for i, s in enumerate(report.sections, 1) if s.goals}
    for i, (label, months) in enumerate(report.monthly.items(), 1):
        charts[f"month-{i}"] = monthly_chart(report, label, months)
    return charts


def _png(figure) -> bytes:
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    plt.close(figure)
    return buffer.getvalue()
