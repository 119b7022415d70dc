"""The floors of benchmarks.pages_browser: plain Streamlit pages with the same kinds and
numbers of elements as the app's pages, and no data work at all. `?like=overview` (a
picker, a date, a headline, a list, one plotly chart of 24 bars, 24 goals with a link
each), `?like=goal` (pickers, a card, one chart, a table of entries), `?like=district`
(dates, a table, a heatmap, a full table, a ranking chart), `?like=form` (a picker and a
form: Rapportera, Styrelserapporter, Planer). What a page costs beyond its floor is what
the product adds."""

from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

CARDS = 24
st.set_page_config(page_title="Floor", layout="wide")
like = st.query_params.get("like", "overview")


def pickers(days: int = 1) -> None:
    columns = st.columns(1 + days)
    columns[0].selectbox("Plan", ["Plan A", "Plan B"], key="plan")
    for n, column in enumerate(columns[1:]):
        column.date_input(f"Dag {n}", value=date(2021, 12, 31), key=f"day{n}")


def bars(n: int, key: str) -> None:
    st.plotly_chart(go.Figure(go.Bar(x=list(range(n)), y=[f"Mål {i}" for i in range(n)],
                                     orientation="h")), key=key)


def card(n: int) -> None:
    with st.container(gap="small"):
        a, b = st.columns([5, 1])
        a.markdown(f":red-badge[i fara] Mål nummer {n}, med en text som en plan skulle ha."
                   "  \n:small[:gray[2 av 12 · 17 % (väntat nu 100 %) · senast 30 dec.]]")
        b.page_link("https://example.org/", label="Visa målet", icon=":material/show_chart:")


if like == "overview":
    pickers()
    text_column, chart_column = st.columns([3, 2])
    text_column.markdown("#### 11 klart · 2 i fas · 6 efter · 5 i fara")
    text_column.markdown("\n".join(f"- :red-badge[i fara] Mål {n} :gray[1 av 2]"
                                   for n in range(11)))
    with chart_column:
        bars(CARDS, "chart")
    st.subheader("Alla mål")
    st.radio("Ordning", ["a", "b"])
    st.pills("Visa", ["a", "b", "c"], selection_mode="multi")
    st.selectbox("Avsnitt", ["Alla"])
    for n in range(CARDS):
        card(n)
    st.expander("Styrelsemöten")
elif like == "goal":
    pickers()
    st.selectbox("Mål", ["a", "b"])
    card(0)
    bars(12, "chart")
    st.subheader("Rapporter")
    st.dataframe(pd.DataFrame({"dag": [date(2021, 1, n + 1) for n in range(20)],
                               "värde": list(range(20))}))
elif like == "district":
    st.header("Distrikt")
    st.selectbox("Distrikt", ["a"])
    pickers(days=3)
    left, right = st.columns([3, 2])
    left.toggle("Bara de som behöver stöd")
    left.dataframe(pd.DataFrame({"förening": [f"F {n}" for n in range(40)],
                                 "varför": ["tyst"] * 40, "andel": [0.5] * 40}))
    with right:
        st.plotly_chart(go.Figure(go.Heatmap(z=[[n % 7 for n in range(6)]] * 40)),
                        key="heat")
    with st.expander("Hela jämförelsen"):
        st.dataframe(pd.DataFrame({f"k{n}": list(range(40)) for n in range(12)}))
    st.columns(2)[0].download_button("CSV", b"a", file_name="a.csv")
    st.selectbox("Mål", ["a"])
    bars(40, "ranking")
else:
    pickers()
    st.header("Formulär")
    st.pills("Vad har du gjort?", [f"Val {n}" for n in range(20)])
    st.date_input("Datum", value=date(2021, 12, 31))
    st.expander("Mer")
    st.button("Spara", type="primary")
