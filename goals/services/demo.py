"""A realistic demo district: `python -m goals demo [--foreningar N] [--seed S]`.

N föreningar below one distrikt, each with a year plan shaped like the seed plans (members
+20 %, active members, the election fund, web posts every month, member meetings, a study
circle, an election programme) and varied entries: some föreningar ahead, some behind, some
silent, a few without a plan. Deterministic for a seed. Not loaded by default.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

DISTRICT_ID = "demo-distrikt"
NAMES = ("Alby", "Bagarmossen", "Botkyrka", "Danderyd", "Ekerö", "Farsta", "Haninge",
         "Huddinge", "Järfälla", "Kista", "Lidingö", "Nacka", "Norrtälje", "Nykvarn",
         "Nynäshamn", "Rinkeby", "Salem", "Sigtuna", "Skärholmen", "Sollentuna", "Solna",
         "Sundbyberg", "Södertälje", "Tyresö", "Täby", "Upplands-Bro", "Upplands Väsby",
         "Vallentuna", "Vaxholm", "Värmdö", "Älvsjö", "Österåker")
PROFILES = ("ahead", "on_track", "behind", "silent")


@dataclass(frozen=True)
class DemoFile:
    name: str
    data: bytes
    is_plan: bool


def _slug(text: str) -> str:
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "a", "Ä": "a", "Ö": "o",
                           " ": "-"})
    return text.translate(table).lower()


def _name(index: int) -> str:
    base = NAMES[index % len(NAMES)]
    return base if index < len(NAMES) else f"{base} {index // len(NAMES) + 1}"


def district_plan(year: int) -> str:
    return f"""\
id: {DISTRICT_ID}-{year}
title: Demodistriktets verksamhetsplan {year}
organisation: {{id: {DISTRICT_ID}, name: Demodistriktet, level: distrikt}}
period: {{start: {year}-01-01, end: {year}-12-31}}
language: sv
sections:
  - title: Starka partiföreningar
    goals:
      - {{id: alla-valprogram, text: Alla partiföreningar ska anta ett lokalt valprogram.,
         kind: coverage, goal: valprogram, target: 100%}}
      - {{id: alla-studiecirkel, text: Alla partiföreningar ska genomföra en studiecirkel.,
         kind: coverage, goal: studiecirkel, target: 100%}}
"""


def forening_plan(org: str, name: str, year: int, members: int) -> str:
    return f"""\
id: {org}-{year}
title: Verksamhetsplan för {name} {year}
organisation: {{id: {org}, name: Föreningen {name}, level: förening, parent: {DISTRICT_ID}}}
period: {{start: {year}-01-01, end: {year}-12-31}}
language: sv
metrics:
  medlemmar: {{label: Medlemmar, type: level}}
  aktiva: {{label: Aktiva medlemmar, type: level}}
  valfond: {{label: Insättning till valfonden, type: flow, unit: SEK}}
  webbinlagg: {{label: Inlägg på hemsidan, type: flow}}
  medlemsmoten: {{label: Medlemsmöten, type: flow}}
  samtal: {{label: Samtal, type: flow}}
sections:
  - title: Organisation
    goals:
      - {{id: medlemsokning, text: Öka vårt medlemsantal med 20 %., kind: increase,
         metric: medlemmar, baseline: {members}, target: +20%}}
      - {{id: aktiva, text: Öka antalet aktiva medlemmar med 50 %., kind: increase,
         metric: aktiva, target: +50%}}
      - {{id: medlemsmoten, text: Två medlemsmöten under året., kind: total,
         metric: medlemsmoten, target: 2}}
      - {{id: studiecirkel, text: Genomföra minst en studiecirkel., kind: milestone}}
  - title: Valet
    goals:
      - {{id: valfond, text: Förstärka valfonden med 25 000 kr., kind: total,
         metric: valfond, target: 25000}}
      - {{id: samtal, text: Ringa 500 samtal till väljare., kind: total, metric: samtal,
         target: 500}}
      - {{id: valprogram, text: Anta ett lokalt valprogram., kind: milestone,
         steps: [Arbetsgrupp, Utkast, Antaget]}}
  - title: Digital närvaro
    goals:
      - {{id: hemsida, text: Minst två inlägg per månad på hemsidan., kind: rate,
         metric: webbinlagg, target: 2, per: month}}
"""


def _entries(org: str, year: int, members: int, profile: str, rng: random.Random,
             until: date) -> list[str]:
    plan = f"{org}-{year}"
    pace = {"ahead": 1.3, "on_track": 1.0, "behind": 0.55, "silent": 0.25}[profile]
    stop = until if profile != "silent" else date(year, 3, 1)
    rows = []
    day = date(year, 1, 1)
    active = max(3, members // 8)
    rows.append(f"{date(year - 1, 12, 31)},{plan},aktiva,{active},,,,,Demo")
    while day <= stop:
        if day.day == 28:
            members += round(rng.gauss(members * 0.2 * pace / 12, 1.5))
            rows.append(f"{day},{plan},medlemmar,{max(members, 0)},,,,,Demo")
            rows.append(f"{day},{plan},aktiva,{round(active * (1 + 0.5 * pace * day.month / 12))}"
                        f",,,,,Demo")
        if rng.random() < 0.07 * pace:
            rows.append(f"{day},{plan},webbinlagg,1,,,,,Demo")
        if rng.random() < 0.04 * pace:
            rows.append(f"{day},{plan},valfond,{rng.choice((500, 1000, 2500))},,,,,Demo")
        if rng.random() < 0.05 * pace:
            rows.append(f"{day},{plan},samtal,{rng.randint(5, 40)},,,,,Demo")
        if day in (date(year, 3, 15), date(year, 10, 15)) and rng.random() < pace:
            rows.append(f"{day},{plan},medlemsmoten,1,,,,,Demo")
        if day == date(year, 4, 20) and rng.random() < pace * 0.8:
            rows.append(f"{day},{plan},,,,studiecirkel,,,Demo")
        for step, when in (("Arbetsgrupp", 2), ("Utkast", 5), ("Antaget", 9)):
            if day == date(year, when, 10) and rng.random() < pace * 0.9:
                rows.append(f"{day},{plan},,,,valprogram,{step},,Demo")
        day += timedelta(days=1)
    return rows


def demo_files(foreningar: int = 40, year: int = 2025, seed: int = 1,
               until: date | None = None) -> list[DemoFile]:
    """The district plan, one plan per förening (a few without), and their entries."""
    rng = random.Random(seed)
    until = until or date(year, 12, 31)
    files = [DemoFile(f"{DISTRICT_ID}-{year}.yaml", district_plan(year).encode(), True)]
    header = "date,plan,metric,value,tags,milestone,step,note,reported_by"
    for index in range(foreningar):
        name = _name(index)
        org = f"demo-{_slug(name)}"
        members = rng.randint(25, 400)
        if index % 13 == 12:   # a förening with a plan last year but none this year
            files.append(DemoFile(f"{org}-{year - 1}.yaml",
                                  forening_plan(org, name, year - 1, members).encode(), True))
            continue
        files.append(DemoFile(f"{org}-{year}.yaml",
                              forening_plan(org, name, year, members).encode(), True))
        profile = PROFILES[rng.randrange(len(PROFILES))]
        rows = _entries(org, year, members, profile, rng, until)
        files.append(DemoFile(f"{org}-{year}.csv", "\n".join([header, *rows]).encode() + b"\n",
                              False))
    return files
