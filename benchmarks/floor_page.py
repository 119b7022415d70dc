"""The floor of benchmarks.pages_browser: a plain Streamlit page with as many elements as
the app's Översikt for a 24-goal plan (a picker, a date, a headline, a list, one plotly
chart of 24 bars, then 24 bordered cards of text, caption, badge and link) and no data
work at all. What a page costs beyond this is what the product adds."""

from datetime import date

import plotly.graph_objects as go
import streamlit as st

CARDS = 24
st.set_page_config(page_title="Floor", layout="wide")
left, right = st.columns([3, 1])
left.selectbox("Plan", ["Plan A", "Plan B"], key="plan")
right.date_input("Dag", value=date(2021, 12, 31), key="as_of")
text_column, chart_column = st.columns([3, 2])
text_column.markdown("#### 11 klart · 2 i fas · 6 efter · 5 i fara")
text_column.markdown("\n".join(f"- :red-badge[i fara] Mål {n} :gray[1 av 2]"
                               for n in range(11)))
chart_column.plotly_chart(go.Figure(go.Bar(x=list(range(CARDS)), y=[f"Mål {n}" for n in
                                                                    range(CARDS)],
                                           orientation="h")), key="chart")
st.subheader("Alla mål")
for n in range(CARDS):
    with st.container(border=True):
        a, b = st.columns([5, 1])
        a.markdown(f"Mål nummer {n}, med en text som en plan skulle ha.")
        a.caption("2 av 12 · 17 % (väntat nu 100 %) · senast rapporterat 30 dec. 2021")
        b.markdown(":red-badge[i fara]")
        b.markdown("[Visa målet](#)")
