"""Chart months in the chosen language (issue 15: "May 2021" in a Swedish UI): the month
ticks are written by Babel, hover dates are ISO days."""

from __future__ import annotations

from datetime import date

from goals.domain.timeline import Point
from goals.views.charts import localised, month_ticks, progress_figure

LABELS = {k: k for k in ("actual", "expected", "target", "forecast", "checkpoints")}


def _figure():
    return progress_figure([Point(date(2021, 1, 1), 0), Point(date(2021, 6, 1), 5)],
                           [Point(date(2021, 1, 1), 0), Point(date(2021, 12, 31), 12)],
                           12.0, LABELS)


def test_a_year_gets_six_month_ticks_every_second_month():
    assert month_ticks(date(2021, 1, 1), date(2021, 12, 31)) == [
        date(2021, m, 1) for m in (1, 3, 5, 7, 9, 11)]


def test_the_month_ticks_speak_swedish_norwegian_or_english():
    for lang, may in (("sv", "maj 2021"), ("nb", "mai 2021"), ("en", "May 2021")):
        figure = localised(_figure(), lang)
        assert figure.layout.xaxis.ticktext[2] == may
        assert figure.layout.xaxis.hoverformat == "%Y-%m-%d"


def test_a_figure_without_dates_is_left_alone():
    import plotly.graph_objects as go

    figure = localised(go.Figure(go.Bar(x=[1, 2], y=[3, 4])), "sv")
    assert figure.layout.xaxis.ticktext is None
