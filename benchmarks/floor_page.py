"""The floors of benchmarks.pages_browser: a plain Streamlit app whose pages have the same
kinds and numbers of elements as the app's pages, and no data work at all.

Like the app it is a multipage app (a menu of eleven pages with icons, the language
selectbox and a caption in the sidebar, the same style element), and each floor page holds
what its page holds on the benchmark's plan (Vallentuna's 24 goals; a district of 40
föreningar): `/overview` (picker, day, headline, the list of goals behind, one plotly chart
of 24 bars, order/filter/section, 24 cards with a link each, the meetings expander with
three meetings), `/goal` (pickers, a card, one chart, a confidence slider, a table of
entries), `/report` (picker, pills, a day, the expander with more, the summary and Spara),
`/district` (dates, a table, a heatmap, the full table in an expander, downloads, a
ranking chart), `/board_reports` (picker, choice, a form with the day, downloads, a
preview), `/plans` (an uploader, a text box, a picker, four downloads).
`tests/benchmarks/test_floor_matches_pages.py` counts the elements of every page and its
floor in a browser and fails when they part. What a page costs beyond its floor is what the
product adds."""

from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

CARDS = 24
FORENINGAR = 6      # the rows of the seed district's table (its föreningar and plans)
HEAT_COLUMNS = 7    # and of its heatmap, one row (the föreningar with reports) by months
st.set_page_config(page_title="Floor", page_icon=":material/flag:", layout="wide")
st.html("<style>[data-testid='stMainBlockContainer']{padding-top:2.5rem}</style>")


def sidebar(with_picker: bool = True) -> None:
    """What the app's sidebar holds below its menu (and the plan picker's cookie script)."""
    st.sidebar.selectbox("Språk · Language", ["auto", "sv", "nb", "en"], key="ui_lang")
    st.sidebar.caption("Lokalt läge (ingen inloggning på den här datorn)")
    if with_picker:
        st.sidebar.html("<script>void 0;</script>", unsafe_allow_javascript=True)


def bars(n: int, key: str) -> None:
    st.plotly_chart(go.Figure(go.Bar(x=list(range(n)), y=[f"Mål {i}" for i in range(n)],
                                     orientation="h")), key=key)


def card(n: int) -> None:
    with st.container(gap="small"):
        a, b = st.columns([5, 1])
        a.markdown(f":red-badge[i fara] Mål nummer {n}, med en text som en plan skulle ha."
                   "  \n:small[:gray[2 av 12 · 17 % (väntat nu 100 %) · senast 30 dec.]]")
        b.page_link("https://example.org/", label="Visa målet", icon=":material/show_chart:")


def plan_and_day() -> None:
    left, right = st.columns([4, 1])
    left.selectbox("Plan", ["Plan A", "Plan B"], key="plan")
    right.date_input("Läget per", value=date(2021, 12, 31), key="day")


def overview() -> None:
    sidebar()
    plan_and_day()
    text_column, chart_column = st.columns([3, 2])
    text_column.markdown("### Läget: 11 klart · 2 i fas · 6 efter · 5 i fara")
    text_column.markdown("\n".join(f"- :red-badge[i fara] Mål {n} :gray[1 av 2]"
                                   for n in range(11)))
    chart_column.caption("Verksamhetsplan · Förening · 1 jan. – 31 dec.")
    with chart_column:
        bars(CARDS, "chart")
    st.markdown("Uppnått (| = väntat nu)")
    st.subheader("Alla mål")
    order, show, section = st.columns(3)
    order.radio("Ordning", ["a", "b"])
    show.pills("Visa", ["a", "b", "c"], selection_mode="multi")
    section.selectbox("Avsnitt", ["Alla"])
    for n in range(CARDS):
        card(n)
    with st.expander("Styrelsemöten"):
        day_column, add_column = st.columns(2)
        day_column.date_input("Nytt möte", value=date(2021, 12, 31), key="new")
        add_column.button("Lägg till")
        for n in range(2):
            day_column, fix_column, remove_column = st.columns(3)
            day_column.date_input(f"Möte {n}", value=date(2021, 3 + n, 1), key=f"m{n}")
            fix_column.button("Rätta", key=f"fix{n}")
            remove_column.button("Ta bort", key=f"remove{n}")
        st.page_link("https://example.org/", label="Styrelserapporter")


def goal() -> None:
    sidebar()
    plan_and_day()
    st.columns(2)[0].selectbox("Mål", ["a", "b"])
    st.markdown(":red-badge[i fara] Mål nummer 0, med en text som en plan skulle ha.")
    st.caption("2 av 12 · 17 % (väntat nu 100 %)")
    st.progress(0.17)
    bars(12, "chart")
    st.subheader("Styrelsens bedömning")
    st.caption("Ingen bedömning ännu.")
    st.slider("Hur säkra är vi?", 1, 10, 5)
    st.button("Spara bedömningen")
    st.subheader("Rapporter")
    st.data_editor(pd.DataFrame({"dag": [date(2021, 1, n + 1) for n in range(20)],
                                 "värde": list(range(20))}))
    st.button("Spara ändringarna")


def report() -> None:
    sidebar()
    st.selectbox("Plan", ["Plan A", "Plan B"], key="plan")
    st.header("Rapportera")
    st.pills("Vad har du gjort?", [f"Val {n}" for n in range(20)])
    st.date_input("Datum", value=date(2021, 12, 31))
    with st.expander("Mer"):
        st.text_area("Anteckning")
        st.text_input("Namn")
        st.checkbox("Får citeras")
        st.select_slider("Hur säkra är vi?", list(range(1, 11)))
    summary, button = st.columns([3, 1])
    summary.markdown("Sparas: 1 inlägg den 31 dec.")
    button.button("Spara", type="primary")


def district() -> None:
    sidebar(with_picker=False)
    st.header("Distrikt")
    st.selectbox("Distrikt", ["a"])
    for column, n in zip(st.columns(3), range(3), strict=True):
        column.date_input(f"Dag {n}", value=date(2021, 12, 31), key=f"day{n}")
    left, right = st.columns([3, 2])
    left.markdown("**12 föreningar behöver stöd**")
    left.caption("Sorterat efter hur långt efter")
    left.toggle("Bara de som behöver stöd")
    left.dataframe(pd.DataFrame({"förening": [f"F {n}" for n in range(FORENINGAR)],
                                 "varför": ["tyst"] * FORENINGAR,
                                 "andel": [0.5] * FORENINGAR}))
    right.caption("Rapporter per månad")
    with right:
        st.plotly_chart(go.Figure(go.Heatmap(z=[[n % 7 for n in range(HEAT_COLUMNS)]])),
                        key="heat")
    with st.expander("Hela jämförelsen"):
        st.dataframe(pd.DataFrame({f"k{n}": list(range(FORENINGAR)) for n in range(12)}))
    csv, xlsx = st.columns(2)
    csv.download_button("CSV", b"a", file_name="a.csv")
    xlsx.download_button("Excel", b"a", file_name="a.xlsx")
    st.subheader("Rangordning")
    st.selectbox("Mål", ["a"])
    bars(1, "ranking")


def board_reports() -> None:
    sidebar()
    st.selectbox("Plan", ["Plan A", "Plan B"], key="plan")
    st.title("Styrelserapporter")
    st.radio("Rapport", ["Lägesrapport", "Verksamhetsberättelse"])
    with st.form("day"):
        st.columns(2)[0].date_input("Läget per", value=date(2021, 12, 31))
        st.form_submit_button("Visa")
    pdf, docx = st.columns(2)
    pdf.download_button("PDF", b"a", file_name="a.pdf")
    docx.download_button("Word", b"a", file_name="a.docx")
    st.subheader("Förhandsvisning")
    with st.container(border=True):
        st.markdown("## Lägesrapport\n\n| Mål | Läge | Utfall | Väntat |\n|---|---|---|---|\n"
                    + "\n".join(f"| Mål {n} | efter | 2 av 12 | 100 % |" for n in range(CARDS)))


def plans() -> None:
    sidebar()
    st.header("Planer")
    st.file_uploader("Ladda upp en plan")
    st.text_area("Eller klistra in")
    st.markdown("Planformatet")
    st.caption("YAML")
    st.selectbox("Plan", ["Plan A", "Plan B"], key="plan")
    st.markdown("En plan")
    st.subheader("Ladda ner")
    for column, name in zip(st.columns(3), ("yaml", "csv", "xlsx"), strict=True):
        column.download_button(name, b"a", file_name=f"a.{name}")
    st.download_button("zip", b"a", file_name="a.zip")


def blank() -> None:
    sidebar()


FLOORS = [overview, goal, report, district, board_reports, plans]
ICONS = [":material/dashboard:", ":material/show_chart:", ":material/edit:",
         ":material/groups:", ":material/public:", ":material/summarize:",
         ":material/description:", ":material/note_add:", ":material/edit_note:",
         ":material/upload_file:", ":material/admin_panel_settings:"]
pages = [st.Page(floor, title=f"Sida {n}", icon=ICONS[n], url_path=floor.__name__,
                 default=n == 0) for n, floor in enumerate(FLOORS)]
pages += [st.Page(blank, title=f"Sida {n}", icon=ICONS[n], url_path=f"blank{n}")
          for n in range(len(FLOORS), len(ICONS))]
st.navigation(pages).run()
