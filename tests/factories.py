"""Shared test data: small plans, entry files and helpers used by several test modules.

Test modules import from here (or from conftest fixtures), never from each other."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from hypothesis import strategies as st
from sqlalchemy import text
from sqlmodel import Session

from goals.access.roles import Actor, ActorKind, Role
from goals.domain.entries import Entry
from tests.helpers import one_goal_plan

ROOT = Path(__file__).resolve().parents[1]

# from test_reimport.py
REIMPORT_PLAN = """\
id: p
title: Plan
organisation: {id: f, name: Föreningen}
period: {start: 2021-01-01, end: 2021-12-31}
metrics:
  kronor: {label: Kronor, type: flow, unit: SEK}
sections:
  - title: Ekonomi
    goals:
      - {id: fond, text: Valfond, kind: total, metric: kronor, target: TARGET}
      - {id: mote, text: Möte, kind: milestone}
"""


# from test_reimport.py
REIMPORT_ENTRIES = b"""date,plan,metric,value,tags,milestone,step,note,reported_by
2021-03-01,p,kronor,5000,,,,,
2021-04-01,p,,,,mote,,,
"""


# from test_access_writes.py
ACCESS_PLAN = """\
id: plan-{org}
title: Plan {org}
organisation: {{id: forening-{org}, name: Förening {org}, parent: distrikt-d}}
period: {{start: 2021-01-01, end: 2021-12-31}}
metrics:
  webbinlagg: {{label: Webbinlägg, type: flow}}
sections:
  - title: Webb
    goals:
      - {{id: webb, text: Två inlägg i månaden, kind: rate, metric: webbinlagg, target: 2,
          per: month}}
"""


# from test_cli.py
CLI_PLAN = """\
id: v-vallentuna-2021
title: Verksamhetsplan för Vänsterpartiet Vallentuna 2021
organisation: {id: v-vallentuna, name: Vänsterpartiet Vallentuna, level: förening,
               parent: v-storstockholm}
period: {start: 2021-01-01, end: 2021-12-31}
language: sv
metrics:
  medlemmar: {label: Medlemmar, type: level}
  webbinlagg: {label: Inlägg på hemsidan, type: flow}
sections:
  - title: Valet 2022
    goals:
      - id: medlemsokning
        text: Öka vårt medlemsantal med 20 %.
        kind: increase
        metric: medlemmar
        baseline: 110
        target: +20%
"""


# from test_cli.py
CLI_ENTRIES = """\
date,plan,metric,value,tags,milestone,step,note,reported_by
2021-05-01,v-vallentuna-2021,medlemmar,118,,,,,
2021-03-15,v-vallentuna-2021,webbinlagg,1,,,,Budgetdebatten,Anna
"""


# from test_cli.py
def goals_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "goals", *args], cwd=ROOT, text=True,
                          capture_output=True, env={**os.environ, **(env or {})}, timeout=60)


# from test_store_agrees_with_rules.py
RULES_PLAN_YAML = """\
id: p
title: Allt i en plan
organisation: {id: f, name: Föreningen}
period: {start: 2021-01-01, end: 2021-12-31}
metrics:
  medlemmar: {label: Medlemmar, type: level}
  poster: {label: Inlägg, type: flow, tags: [klimat, nyhet]}
  kronor: {label: Kronor, type: flow, unit: SEK}
sections:
  - title: A
    goals:
      - {id: fond, text: Fond, kind: total, metric: kronor, target: 5000}
      - {id: klimat, text: Klimat, kind: total, metric: poster, tag: klimat, target: 10,
         start: 2021-03-01, deadline: 2021-09-30}
      - {id: manad, text: Månad, kind: rate, metric: poster, target: 2, per: month}
      - {id: vecka, text: Vecka, kind: rate, metric: poster, target: 1, per: week,
         start: 2021-04-11, deadline: 2021-06-20}
      - {id: kvartal, text: Kvartal, kind: rate, metric: kronor, target: 500, per: quarter}
      - {id: termin, text: Termin, kind: rate, metric: poster, target: 3, per: half-year,
         tag: nyhet}
  - title: B
    goals:
      - {id: medl, text: Medlemmar, kind: increase, metric: medlemmar, target: +20%}
      - {id: medl-var, text: Medlemmar i vår, kind: increase, metric: medlemmar,
         target: x2, start: 2021-03-01, deadline: 2021-06-30}
      - {id: fler-poster, text: Fler, kind: increase, metric: poster, baseline: 20,
         target: +25%}
      - {id: andel, text: Andel, kind: share, metric: poster, tag: nyhet, target: 10%}
      - {id: steg, text: Steg, kind: milestone, steps: [Ett, Två, Tre],
         deadline: 2021-10-31}
      - {id: klart, text: Klart, kind: milestone}
"""


# from test_roundtrip.py
def roundtrip_csv_bytes(generated) -> bytes:
    lines = ["date,plan,metric,value,tags,milestone,step,note,reported_by"]
    for day, metric, value, tags, note in generated:
        tags = "" if metric != "poster" else tags
        quoted = "" if note is None else '"' + note.replace('"', '""') + '"'
        day_text = ROUNDTRIP_START + timedelta(days=day)
        lines.append(f"{day_text},p,{metric},{value},{tags},,,{quoted},Demo")
    lines.append("2021-04-02,p,,,,steg,Två,,")
    return ("\n".join(lines) + "\n").encode()


# from test_roundtrip.py
def empty_tables(engine) -> None:
    with Session(engine) as session:
        for table in ("entry_month", "entry", "goal", "plan", "meta"):
            session.execute(text(f"DELETE FROM {table}"))
        session.commit()


# from test_roundtrip.py
roundtrip_notes = st.one_of(st.none(), st.sampled_from(["=SUM(A1)", "+46 70", "-", "@x", "'=x",
                                              "Budgetdebatten, del 1", "rad\nbrytning",
                                              '"citat"', "Åsa Öberg"]))


# from test_roundtrip.py
roundtrip_rows = st.lists(st.one_of(
    st.tuples(st.integers(0, 364), st.sampled_from(["poster", "kronor"]),
              st.sampled_from([1, 2, 0.5, -1, 1500]),
              st.sampled_from(["", "klimat", "nyhet", "klimat;nyhet"]), roundtrip_notes),
    st.tuples(st.integers(0, 364), st.just("medlemmar"), st.integers(90, 140),
              st.just(""), roundtrip_notes),
), max_size=25)


# from test_roundtrip.py
ROUNDTRIP_START = date(2021, 1, 1)


# from test_timeline.py
VALFOND_PLAN = one_goal_plan("""
    id: valfond
    text: Förstärka valfonden med 25000 kr.
    kind: total
    metric: kronor
    target: 25000
""")


# from test_bad_files.py
GOOD_PLAN = """\
id: bad-files-2021
title: Testplan för felaktiga filer
organisation: {id: testforeningen, name: Testföreningen}
period: {start: 2021-01-01, end: 2021-12-31}
metrics:
  medlemmar: {label: Medlemmar, type: level}
  inlagg: {label: Inlägg, type: flow, tags: [klimat, nyhet]}
  valfond: {label: Valfond, type: flow, unit: SEK}
sections:
  - title: Valet
    goals:
      - id: valprogram
        text: Ett lokalt valprogram.
        kind: milestone
        steps: [Utkast, Antaget]
      - id: valfond
        text: 25000 kr till valfonden.
        kind: total
        metric: valfond
        target: 25000
"""




# the plans of plans/
PLANS_DIR = ROOT / "plans"


# actors and entries of the access tests (two föreningar a and b under district d)
def person(*grants: tuple[str, Role]) -> Actor:
    return Actor(ActorKind.ACCOUNT, "person@example.org", grants=frozenset(grants))


MEMBER_A = person(("forening-a", Role.MEMBER))
BOARD_A = person(("forening-a", Role.BOARD))
DISTRICT_D = person(("distrikt-d", Role.DISTRICT))


def post(org: str, note: str | None = None) -> Entry:
    return Entry(date=date(2021, 3, 1), plan=f"plan-{org}", metric="webbinlagg", value=1.0,
                 note=note)


# the figures of "Året som gått" (the S Stockholm 2021 seed) that the data holds
# "i februari värvade över 600 medlemmar på en månad", "Över 88 000 personer skrev under",
# "Bara den sista dagen i kyrkovalet pratade vi med över 1500 stockholmare", "röstade den 9e
# mars igenom att stoppa köpet", "vi värvade så pass många medlemmar att vi blev det största
# partidistriktet", the reform agenda and the programme "En storstad för alla".
SEED_FIGURES = [
    "612 värvade medlemmar i februari 2021, periodens bästa månad.",
    "Sammanlagt 88 412 namnunderskrifter mot försäljningen av 1177 under perioden.",
    "1 563 samtal med stockholmare (ringning) på en enda dag, den 19 sep. 2021 (kyrkoval).",
    "Målet att stoppa försäljningen av 1177 Vårdguidens sjukvårdsrådgivning till Kry nåddes: "
    "alla 3 steg klara, det sista den 9 mars 2021.",
    "Målet att värva så många medlemmar att vi blir det största partidistriktet på kongressen "
    "nåddes: 1 215 värvade medlemmar mot målet 1 000, 122 %.",
    "Målet att samla namnunderskrifter mot försäljningen av 1177 nåddes: 88 412 "
    "namnunderskrifter mot försäljningen av 1177 mot målet 50 000, 177 %.",
    "Målet att besluta om en kulturpolitisk reformagenda för Stockholm nåddes: alla 3 steg "
    "klara, det sista den 18 okt. 2021.",
    "Målet att anta ett nytt stadsbyggnadspolitiskt program kallat 'En storstad för alla', som "
    "ersätter det tidigare från 2014 nåddes: alla 3 steg klara, det sista den 22 nov. 2021.",
    "Målet att lägga fram en historiskt stor trygghetssatsning i vårt budgetförslag med 200 "
    "miljoner per år till stadsdelsnämndernas förebyggande arbete nåddes: klart den 28 okt. "
    "2021.",
]


def plain(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())
