"""AppTest of the national roll-up ("Hela partiet"): one row per district, each district
expandable to its föreningar, figures from the monthly sums worked out by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from streamlit.testing.v1 import AppTest

from goals.services.database import reading
from goals.services.demo import demo_files
from goals.services.file_import import import_bytes
from goals.services.national import national_view
from goals.store.engine import engine_for

ROOT = Path(__file__).resolve().parents[2]
NORD = """\
id: {org}-2025
title: Plan {name}
organisation: {{id: {org}, name: {name}, level: förening, parent: nord}}
period: {{start: 2025-01-01, end: 2025-12-31}}
metrics:
  valfond: {{label: Valfond, type: flow, unit: SEK}}
sections:
  - title: Ekonomi
    goals:
      - {{id: fond, text: Fond, kind: total, metric: valfond, target: 1000}}
"""
DISTRICT = """\
id: nord-2025
title: Distrikt Nord
organisation: {id: nord, name: Distrikt Nord, level: distrikt}
period: {start: 2025-01-01, end: 2025-12-31}
sections:
  - title: A
    goals:
      - {id: alla, text: Alla, kind: coverage, goal: fond, target: 100%}
"""
# Kiruna: 100 + 250 in March and 50 in October (the month looked at) = 400, 3 reports;
# a report in November is after the day looked at and not counted. Luleå: no reports.
ENTRIES = """\
date,plan,metric,value,tags,milestone,step,note,reported_by
2025-03-01,kiruna-2025,valfond,100,,,,,
2025-03-20,kiruna-2025,valfond,250,,,,,
2025-10-02,kiruna-2025,valfond,50,,,,,
2025-11-15,kiruna-2025,valfond,999,,,,,
"""
AS_OF = date(2025, 10, 31)


@pytest.fixture(scope="module")
def party_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('national') / 'app.db'}"
    engine = engine_for(url)
    for f in sorted(demo_files(foreningar=6, year=2025), key=lambda f: not f.is_plan):
        assert import_bytes(engine, f.data, f.name, is_plan=f.is_plan).ok
    assert import_bytes(engine, DISTRICT.encode(), "nord.yaml", is_plan=True).ok
    for org, name in (("kiruna", "Kiruna"), ("lulea", "Luleå")):
        assert import_bytes(engine, NORD.format(org=org, name=name).encode(), f"{org}.yaml",
                            is_plan=True).ok
    assert import_bytes(engine, ENTRIES.encode(), "kiruna.csv", is_plan=False).ok
    return url


@pytest.fixture
def page(party_url, monkeypatch) -> AppTest:
    monkeypatch.setenv("GOALS_DB", party_url)
    at = AppTest.from_file(str(ROOT / "app_pages" / "national.py"), default_timeout=60)
    at.run()
    at.date_input(key="national_start").set_value(date(2025, 1, 1))
    at.date_input(key="national_end").set_value(date(2025, 12, 31))
    at.date_input(key="national_as_of").set_value(AS_OF)
    return at.run()


def test_one_row_per_district_with_the_hand_counted_figures(page):
    assert not page.exception
    table = page.dataframe[0].value
    assert sorted(table["Namn"]) == ["Demodistriktet", "Distrikt Nord"]
    nord = table[table["Namn"] == "Distrikt Nord"].iloc[0]
    assert nord["Föreningar"] == 2 and nord["Rapporter"] == 3 and nord["Tysta"] == 1
    assert nord["Valfonden"] == 400.0


def test_each_district_expands_to_its_foreningar(page):
    labels = [e.label for e in page.expander]
    assert "Distrikt Nord: 2 föreningar, 1 tysta" in labels
    nord = page.expander[labels.index("Distrikt Nord: 2 föreningar, 1 tysta")]
    rows = nord.dataframe[0].value
    assert list(rows["Namn"]) == ["Kiruna", "Luleå"]
    assert list(rows["Rapporter"]) == [3, 0]


def test_the_roll_up_counts_every_report_of_the_demo_district(party_url):
    """The roll-up's count equals the entries of the district's plans from January to
    October (the demo's opening snapshots of 2024-12-31 are before the period)."""
    engine = engine_for(party_url)
    with reading(engine) as session:
        view = national_view(session, date(2025, 1, 1), date(2025, 12, 31), AS_OF)
        expected = session.execute(text(
            "SELECT count(*) FROM entry e JOIN plan p ON p.pk = e.plan_pk "
            "WHERE p.parent_id = 'demo-distrikt' AND e.day BETWEEN '2025-01-01' AND '2025-10-31' "
            "AND p.period_start <= '2025-12-31' AND p.period_end >= '2025-01-01'")).scalar()
    demo = next(d for d in view.districts if d.district_id == "demo-distrikt")
    assert demo.entries == expected > 0
