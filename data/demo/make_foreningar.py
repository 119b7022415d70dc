"""Write DEMO plans and entries for five föreningar of Vänsterpartiet Storstockholm,
2017–2018 (standard library only): `python data/demo/make_foreningar.py`.

**These are invented demo data, not any förening's plan.** Each plan says so in its title,
its organisation's name and its header comment, and every entry has `reported_by` = `Demo`.
They exist so the district plan's four coverage goals ("alla föreningar ska ha …") have
föreningar to count: each förening plan names `parent: v-storstockholm` and carries some of
the goals the district counts (internfeministiskt-ansvarig, internfeministiska-arbetssatt,
kurs-foreningsstyrelse, valansvarig), done on different days of 2017–2018, so the district
page and the district's report show coverage growing; a few plans lack a goal, so the
district has föreningar to send it to. Loaded at first start with the seed plans
(goals.services.bootstrap).
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent / "foreningar"
DISTRICT = "v-storstockholm"
GOALS = {
    "internfeministiskt-ansvarig": ("Utse en internfeministiskt ansvarig i föreningen.",
                                    "Internfeministiskt arbete", "2018-12-31"),
    "internfeministiska-arbetssatt": ("Gå igenom internfeministiska arbetssätt för mötesteknik, "
                                      "valberedning och arbetsfördelning.",
                                      "Internfeministiskt arbete", "2018-12-31"),
    "kurs-foreningsstyrelse": ("Styrelsen går den nya kursen för föreningsstyrelser.",
                               "Starka föreningar", "2018-06-30"),
    "valansvarig": ("Utse en valansvarig som är kontaktperson mot distriktet.",
                    "Valet 2018", "2018-06-30"),
}
# förening id, name, {goal: day done or None (in the plan, not done)}; a goal left out is
# missing from that förening's plan.
FORENINGAR = [
    ("v-sodermalm", "Södermalm", {"internfeministiskt-ansvarig": "2017-03-14",
                                  "internfeministiska-arbetssatt": "2017-11-20",
                                  "kurs-foreningsstyrelse": "2017-04-22",
                                  "valansvarig": "2018-01-15"}),
    ("v-kungsholmen", "Kungsholmen", {"internfeministiskt-ansvarig": "2017-05-09",
                                      "kurs-foreningsstyrelse": "2017-10-07",
                                      "valansvarig": "2018-02-26"}),
    ("v-huddinge", "Huddinge", {"internfeministiskt-ansvarig": "2017-09-12",
                                "internfeministiska-arbetssatt": "2018-04-16",
                                "kurs-foreningsstyrelse": "2018-01-27",
                                "valansvarig": "2018-03-19"}),
    ("v-nacka", "Nacka", {"internfeministiskt-ansvarig": "2018-02-05",
                          "internfeministiska-arbetssatt": None,
                          "kurs-foreningsstyrelse": "2018-03-10"}),
    ("v-botkyrka", "Botkyrka", {"internfeministiska-arbetssatt": None,
                                "kurs-foreningsstyrelse": None,
                                "valansvarig": "2018-05-07"}),
]
MEETINGS = {"v-sodermalm": 4, "v-kungsholmen": 3, "v-huddinge": 4, "v-nacka": 2,
            "v-botkyrka": 3}


def plan_yaml(org_id: str, name: str, goals: dict[str, str | None]) -> str:
    lines = [
        f"# DEMO: en påhittad plan för Vänsterpartiet {name} 2017–2018, gjord av",
        "# data/demo/make_foreningar.py för att visa distriktets täckningsmål. Inte föreningens",
        "# riktiga plan.",
        f"id: {org_id}-demo-2017-2018",
        f"title: 'DEMO: Vänsterpartiet {name} 2017–2018 (påhittad plan)'",
        "organisation:",
        f"  id: {org_id}",
        f"  name: Vänsterpartiet {name} (demo)",
        "  level: förening",
        f"  parent: {DISTRICT}",
        "period: {start: 2017-01-01, end: 2018-12-31}",
        "language: sv",
        "",
        "metrics:",
        "  medlemsmoten: {label: Medlemsmöten, type: flow}",
        "",
        "sections:",
    ]
    sections: dict[str, list[str]] = {}
    for goal_id in GOALS:
        if goal_id not in goals:
            continue
        text, section, deadline = GOALS[goal_id]
        sections.setdefault(section, []).append(
            f"      - {{id: {goal_id}, text: '{text}', kind: milestone, deadline: {deadline}}}")
    sections.setdefault("Medlemmar", []).append(
        "      - {id: medlemsmoten, text: 'Hålla fyra medlemsmöten varje år.', kind: rate, "
        "metric: medlemsmoten, target: 4, per: year}")
    for title, goal_lines in sections.items():
        lines += [f"  - title: {title}", "    goals:", *goal_lines]
    return "\n".join(lines) + "\n"


def entries() -> list[list[str]]:
    rows = []
    for org_id, _name, goals in FORENINGAR:
        plan = f"{org_id}-demo-2017-2018"
        for goal_id, day in goals.items():
            if day:
                rows.append([day, plan, "", "", "", goal_id, "", "", "Demo"])
        for year in (2017, 2018):
            for index in range(MEETINGS[org_id] - (year == 2018 and org_id == "v-nacka")):
                month = 2 + index * 3
                rows.append([f"{year}-{month:02d}-15", plan, "medlemsmoten", "1", "", "", "",
                             "", "Demo"])
    return sorted(rows)


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for org_id, name, goals in FORENINGAR:
        (HERE / f"{org_id}-demo-2017-2018.yaml").write_text(plan_yaml(org_id, name, goals),
                                                           encoding="utf-8")
    with (HERE / "foreningar-demo-2017-2018.csv").open("w", encoding="utf-8",
                                                       newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["date", "plan", "metric", "value", "tags", "milestone", "step", "note",
                         "reported_by"])
        writer.writerows(entries())
    print(f"{len(FORENINGAR)} plans and {len(entries())} entries in {HERE}")


if __name__ == "__main__":
    main()
