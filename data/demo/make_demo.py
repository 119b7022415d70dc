"""Write the demo entries for the five seed plans in ``plans/``.

One CSV per plan, ``data/demo/<plan-id>.csv``, in the bulk entry format of PLAN_FORMAT.md §4
(columns ``date,plan,metric,value,tags,milestone,step,note,reported_by``). Every entry is
reported by ``Demo`` so that it can never be mistaken for real reports.

The entries are invented but plausible, and chosen so that the plans show a mix of
statuses: some goals done or ahead, some behind, some with nothing reported at all. The
entries for ``s-stockholm-2021`` carry the figures of the year report "Året som gått"
(over 600 members recruited in February 2021, over 88 000 signatures against the sale of
1177, over 1 500 calls on the last day of the church election 2021-09-19, the purchase
stopped on 2021-03-09), so that a year report built from them can reproduce it.

The script uses the standard library only and a fixed random seed per plan, so running it
again writes byte-identical files::

    python data/demo/make_demo.py
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["date", "plan", "metric", "value", "tags", "milestone", "step", "note", "reported_by"]
REPORTER = "Demo"


class Entries:
    """The entries of one plan, in the order they are added."""

    def __init__(self, plan: str) -> None:
        self.plan = plan
        self.rows: list[dict[str, str]] = []

    def metric(
        self,
        day: date,
        metric: str,
        value: int,
        tags: Iterable[str] = (),
        note: str = "",
        unit: str = "",
    ) -> None:
        """Report ``value`` of ``metric`` on ``day`` (a snapshot or an amount); ``unit`` is
        the förening that did it, for a campaign plan reported on by several."""
        row = {
            "date": day.isoformat(),
            "plan": self.plan,
            "metric": metric,
            "value": str(value),
            "tags": ";".join(tags),
            "note": note,
            "reported_by": REPORTER,
        }
        if unit:
            row["unit"] = unit
        self.rows.append(row)

    def milestone(self, day: date, goal: str, step: str = "", note: str = "") -> None:
        """Report a milestone step done (or, without ``step``, the whole milestone)."""
        self.rows.append(
            {
                "date": day.isoformat(),
                "plan": self.plan,
                "milestone": goal,
                "step": step,
                "note": note,
                "reported_by": REPORTER,
            }
        )

    def write(self, directory: Path) -> Path:
        """Write the entries sorted by date (stable) to ``<directory>/<plan>.csv``."""
        path = directory / f"{self.plan}.csv"
        rows = sorted(self.rows, key=lambda row: row["date"])
        columns = COLUMNS + ["unit"] if any("unit" in row for row in rows) else COLUMNS
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, columns, restval="", lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        return path


def days(first: date, last: date) -> Iterator[date]:
    """Every day from ``first`` to ``last``, both included."""
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def weekdays(first: date, last: date, weekday: int) -> list[date]:
    """The days from ``first`` to ``last`` that fall on ``weekday`` (Monday is 0)."""
    return [day for day in days(first, last) if day.weekday() == weekday]


def split(total: int, weights: list[float]) -> list[int]:
    """Split ``total`` into whole parts proportional to ``weights`` that add up exactly."""
    raw = [total * weight / sum(weights) for weight in weights]
    parts = [int(share) for share in raw]
    by_remainder = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in by_remainder[: total - sum(parts)]:
        parts[i] += 1
    return parts


def random_day(rng: random.Random, year: int, month: int) -> date:
    """A random day of the month (1–28, so that every month has it)."""
    return date(year, month, rng.randint(1, 28))


# --- Vänsterpartiet Vallentuna 2021 ------------------------------------------------------


def vallentuna() -> Entries:
    """A förening that does well on Instagram and active members, less well elsewhere."""
    rng = random.Random(20210310)
    e = Entries("v-vallentuna-2021")
    month_ends = [date(2021, m + 1, 1) - timedelta(days=1) for m in range(1, 12)]
    month_ends.append(date(2021, 12, 31))

    # Member register snapshots at each month's end: +15 against a goal of +22 (behind).
    members = [111, 112, 112, 115, 117, 118, 118, 119, 122, 123, 125, 125]
    active = [16, 17, 19, 20, 21, 22, 22, 23, 24, 25, 25, 26]  # +50 % reached in September
    for day, count, act in zip(month_ends, members, active, strict=True):
        e.metric(day, "medlemmar", count, note="Ur medlemsregistret")
        e.metric(day, "aktiva", act)

    # Election fund: monthly donors plus a few events; ends short of 25 000 kr.
    for month in range(1, 13):
        e.metric(
            date(2021, month, 25),
            "valfond",
            rng.choice([900, 1000, 1100, 1200]),
            note="Månadsgivare",
        )
    e.metric(date(2021, 5, 29), "valfond", 3200, note="Loppis på torget")
    e.metric(date(2021, 9, 4), "valfond", 2400, note="Insamling på medlemsmöte")
    e.metric(date(2021, 12, 11), "valfond", 4500, note="Julmarknad")

    # The printed information sheet came out once (goal: twice).
    e.metric(date(2021, 6, 12), "informationsblad", 1, note="Sommarnumret, utdelat i centrum")
    # V Aktuellt every month except July.
    for month in range(1, 13):
        if month != 7:
            e.metric(date(2021, month, 5), "utskick", 1, note=f"V Aktuellt nr {month}")
    e.metric(date(2021, 4, 22), "medlemsmoten", 1, note="Digitalt medlemsmöte om valprogrammet")
    e.metric(date(2021, 10, 14), "medlemsmoten", 1, note="Medlemsmöte: första utkastet")
    # No study circle reported (studiecirkel stays at zero).

    # Web posts: two or more most months, fewer in January, the summer and December.
    posts_per_month = {1: 1, 2: 2, 3: 3, 4: 2, 5: 4, 6: 2, 7: 0, 8: 1, 9: 3, 10: 2, 11: 2, 12: 1}
    topics = [
        "Budgetdebatten",
        "Skolfrågor",
        "Socialnämnden",
        "Klimatsmart Vallentuna",
        "Kommunfullmäktige",
        "Medlemsmöte",
        "Valprogrammet",
        "Äldreomsorgen",
    ]
    for month, count in posts_per_month.items():
        for _ in range(count):
            e.metric(random_day(rng, 2021, month), "webbinlagg", 1, note=rng.choice(topics))

    # Facebook and Instagram posts, some about the climate, a few hooked on local news.
    for month in range(1, 13):
        for _ in range(rng.randint(7, 13)):
            tags = []
            if rng.random() < 0.30:
                tags.append("klimat")
            if rng.random() < 0.09:
                tags.append("nyhetskrok")
            e.metric(random_day(rng, 2021, month), "sociala", 1, tags)

    followers = {  # quarterly snapshots of the level metrics
        "fb-lokala-foljare": [184, 215, 251, 290, 322],  # +100 % wanted: behind
        "fb-foljare": [640, 671, 702, 748, 781],  # +20 % wanted: done
        "ig-foljare": [96, 121, 150, 183, 205],  # x2 wanted: done
        "ig-foljer": [38, 55, 74, 98, 119],  # x4 wanted: behind
    }
    snapshot_days = [
        date(2021, 1, 15),
        date(2021, 4, 15),
        date(2021, 7, 15),
        date(2021, 10, 15),
        date(2021, 12, 15),
    ]
    for metric, counts in followers.items():
        for day, count in zip(snapshot_days, counts, strict=True):
            e.metric(day, metric, count)

    # Ung Vänster shares from April, missing the summer.
    for month in (4, 5, 6, 9, 10, 11, 12):
        e.metric(random_day(rng, 2021, month), "uv-delningar", 1)

    e.milestone(date(2021, 4, 22), "valprogram", "Arbetsgrupp tillsatt")
    e.milestone(date(2021, 10, 5), "valprogram", "Första utkast")
    e.milestone(
        date(2021, 5, 3),
        "informationsblad-utredning",
        note="Zetkin foundation kan trycka; utdelning genom medlemmarna",
    )
    e.milestone(date(2021, 5, 20), "pressstruktur", note="Pressansvarig och insändargrupp")
    e.milestone(date(2021, 4, 8), "ung-vanster-roslagen")
    e.milestone(date(2021, 9, 2), "samverkan-kommungruppen")
    e.milestone(date(2021, 11, 25), "kommunplan", note="Kommunplan och budget 2022–2023 klar")
    e.milestone(date(2021, 4, 30), "malgrupper-annonsering", "Lokala målgrupper skapade")
    e.milestone(date(2021, 6, 10), "malgrupper-annonsering", "Regionala målgrupper skapade")
    return e


# --- Vänsterpartiet Storstockholm 2017–2018 -----------------------------------------------


def storstockholm() -> Entries:
    """A district that keeps up in 2017 and lets some things slip in the election year."""
    e = Entries("v-storstockholm-2017-2018")
    counted = {
        # four in 2017, only three in the election year 2018
        "ordforandetraffar": [
            "2017-02-11",
            "2017-05-20",
            "2017-09-16",
            "2017-11-25",
            "2018-02-10",
            "2018-04-21",
            "2018-11-24",
        ],
        "parlamentarikertraffar": ["2017-10-14", "2018-11-17"],
        "separatistiska-utbildningar": ["2017-03-18", "2017-10-07"],  # none in 2018
        "kurser-nya-medlemmar": [
            "2017-03-04",
            "2017-05-13",
            "2017-10-21",
            "2018-02-24",
            "2018-04-14",
        ],  # none in the autumn of 2018
        "valarbetarutbildningar": [
            "2017-09-23",
            "2017-11-11",
            "2018-03-17",
            "2018-05-05",
            "2018-06-09",
            "2018-08-11",
        ],
        "malgruppsutskick": ["2018-08-27", "2018-09-03"],
    }
    for metric, dates in counted.items():
        for day in dates:
            e.metric(date.fromisoformat(day), metric, 1)

    done = [
        ("2017-02-01", "arsplanering", "Årsplanering 2017", ""),
        ("2018-01-20", "arsplanering", "Årsplanering 2018", ""),
        ("2017-04-22", "valledning", "", "Valledningen tillsatt av DS"),
        ("2017-06-01", "profilprodukter", "", "Beställning via distriktets webbshop"),
        ("2017-08-30", "studiesatsning-hermansson", "Studiematerial klart", "Med ABF"),
        ("2017-09-20", "studiesatsning-hermansson", "Första cirkeln startad", ""),
        ("2017-09-09", "operativ-grupp", "", ""),
        ("2017-10-30", "kommunikationsplan-utskott", "", ""),
        ("2017-11-15", "malgrupper-geografiskt", "Målgrupperna lokaliserade geografiskt", ""),
        (
            "2018-02-15",
            "malgrupper-geografiskt",
            "Verktyg till partiföreningarna",
            "Kartor per kommun och stadsdel",
        ),
        ("2017-11-30", "utbildningspaket-facklig", "", ""),
        ("2017-12-09", "landstingsgruppens-stadgar", "", "Reviderade stadgar antagna"),
        ("2017-12-15", "kampanjtips", "", "Tipsfolder och webbsida"),
        ("2018-03-01", "sociala-medier-plan", "", ""),
        ("2018-03-24", "landstingspolitiskt-program", "", "Antaget av extra årskonferens"),
        ("2018-04-28", "ideprogram-nolltaxa", "", ""),
        ("2018-05-15", "swish-medlemskap", "", "Swish-medlemskap öppnat"),
        ("2018-05-31", "forvalskampanj-landsting", "", ""),
        ("2018-05-20", "valturne", "Platser prioriterade", ""),
        ("2018-06-20", "valturne", "Turnéplan klar", ""),
        ("2018-09-08", "valturne", "Valturnén genomförd", ""),
        ("2018-06-16", "nominering-landstingsuppdrag", "", "Ny nomineringsordning beslutad"),
        ("2018-08-10", "lansmaterial", "", "Masstidning om nolltaxa och hyresrätter"),
        ("2018-11-10", "parlamentarikerutbildning", "", ""),
    ]
    for day, goal, step, note in done:
        e.milestone(date.fromisoformat(day), goal, step, note)
    return e


# --- Socialdemokraterna i Stockholm: the autumn campaign 2021 ------------------------------

FORENINGAR = [
    "Bromma",
    "Enskede-Årsta",
    "Södermalm",
    "Kungsholmen",
    "Hägersten-Liljeholmen",
    "Skärholmen",
    "Rinkeby-Kista",
    "Farsta",
    "Östermalm",
    "Norrmalm",
    "Spånga-Tensta",
    "Hässelby-Vällingby",
]
CAMPAIGN = (date(2021, 10, 4), date(2021, 10, 25))


def unit_id(forening: str) -> str:
    """The organisation id of a förening taking part in the campaign: 's-rinkeby-kista'."""
    plain = forening.lower().translate(str.maketrans("åäöé ", "aaoe-"))
    return f"s-{plain}"


def campaign_reports() -> tuple[list[tuple[date, int, str, str]], list[tuple[date, int, str]]]:
    """Calls (day, count, tag, förening) and recruits (day, count, förening) in the campaign.

    Shared by the campaign plan and the year plan, which report the same calls and recruits.
    """
    rng = random.Random(20211004)
    calls: list[tuple[date, int, str, str]] = []
    recruits: list[tuple[date, int, str]] = []
    for day in days(*CAMPAIGN):
        weekend = day.weekday() >= 5
        for forening in FORENINGAR:
            if rng.random() < (0.35 if weekend else 0.7):
                tag = "aldreomsorg" if rng.random() < 0.8 else "lokalt-tema"
                calls.append((day, rng.randint(25, 90), tag, forening))
                if rng.random() < 0.45:
                    recruits.append((day, rng.randint(1, 4), forening))
    return calls, recruits


def hostkampanj() -> Entries:
    """Preparations mostly on time; the calls come close to the goal, recruitment does not."""
    e = Entries("s-stockholm-hostkampanj-2021")
    calls, recruits = campaign_reports()
    for day, count, tag, forening in calls:
        e.metric(day, "samtal", count, [tag], f"Ringkväll, {forening}", unit=unit_id(forening))
    for day, count, forening in recruits:
        e.metric(day, "varvade", count, note=forening, unit=unit_id(forening))

    done = [
        ("2021-09-10", "regionalt-budskap", "", "Budskap om hemtjänsten"),
        ("2021-09-17", "lokala-fragor", "", ""),
        ("2021-09-20", "ringaktiviteter", "Ringaktiviteter planerade", ""),
        ("2021-09-22", "telefonnummer", "", ""),
        ("2021-09-24", "ringledare", "", "Minst en ringledare per krets"),
        ("2021-09-27", "ringaktiviteter", "Events skapade på Facebook", ""),
        ("2021-09-28", "forening-organisering", "", "Sms till alla medlemmar"),
        ("2021-09-29", "ecanvasser-utbildning", "", "Tre utbildningstillfällen på Zoom"),
        ("2021-10-06", "ringaktiviteter", "Events delade i grupper och på sidor", "Sent"),
        ("2021-10-01", "medlemsutskick", "", ""),
        ("2021-10-12", "oppet-mote", "Mötet inplanerat med inbjuden gäst", ""),
        ("2021-10-25", "eventbilder", "", ""),
        ("2021-11-09", "oppet-mote", "Mötet genomfört", "Digitalt möte om hemtjänsten"),
    ]
    for day, goal, step, note in done:
        e.milestone(date.fromisoformat(day), goal, step, note)
    return e


# --- Socialdemokraterna i Stockholm 2021 (reconstructed from the year report) ---------------

KRETSAR = ["Innerstaden", "Söderort", "Västerort", "Järva", "Sydväst"]


def s_stockholm_2021() -> Entries:
    """The figures of "Året som gått" 2021, day by day."""
    rng = random.Random(20210219)
    e = Entries("s-stockholm-2021")

    # Recruitment: over 600 in February (1177 campaign and kompisvärvning), the rest of the
    # year at a calmer pace, plus the autumn campaign.
    february = list(days(date(2021, 2, 1), date(2021, 2, 28)))
    for day, count in zip(
        february, split(612, [rng.uniform(0.6, 1.4) for _ in february]), strict=True
    ):
        friends = round(count * rng.uniform(0.4, 0.7))
        e.metric(day, "varvade", friends, ["kompisvarvning"], "Kompisvärvning")
        e.metric(day, "varvade", count - friends, note="1177-kampanjen")
    monthly = {1: 46, 3: 94, 4: 38, 5: 31, 6: 27, 7: 12, 8: 25, 9: 68, 10: 40, 11: 33, 12: 21}
    for month, total in monthly.items():
        for part in split(total, [rng.uniform(0.5, 1.5) for _ in range(4)]):
            e.metric(random_day(rng, 2021, month), "varvade", part)

    # The 1177 campaign: signatures from 20 January until the vote on 9 March, 88 412 in all.
    petition = list(days(date(2021, 1, 20), date(2021, 3, 9)))
    weights = [(1.0 if i < 10 else 0.6) * rng.uniform(0.7, 1.3) for i in range(len(petition))]
    for day, count in zip(petition, split(88412, weights), strict=True):
        e.metric(day, "namnunderskrifter", count)

    # Phone evenings almost every day: six a week, five in the week of 22 February, four in
    # the week of 1 March (the only week short of the goal of five).
    skipped = {
        date(2021, 2, 7),
        date(2021, 2, 14),
        date(2021, 2, 21),
        date(2021, 2, 27),
        date(2021, 2, 28),
        date(2021, 3, 3),
        date(2021, 3, 6),
        date(2021, 3, 7),
    }
    for day in days(date(2021, 2, 1), date(2021, 3, 8)):
        if day in skipped:
            continue
        krets = rng.choice(KRETSAR)
        e.metric(day, "ringkvallar", 1, note=f"Ringkväll på Zoom, krets {krets}")
        e.metric(day, "samtal", rng.randint(60, 140), ["kampanj-1177"], f"Krets {krets}")

    # Phone evenings against cuts in maternity care, spring and autumn.
    for day in (date(2021, 4, 20), date(2021, 5, 11), date(2021, 11, 16)):
        e.metric(day, "ringkvallar", 1, note="Rädda förlossningsvården")
        e.metric(day, "samtal", rng.randint(150, 260), note="Rädda förlossningsvården")

    # The church election: calls from 16 August, rising to over 1 500 on election day.
    for day in days(date(2021, 8, 16), date(2021, 9, 18)):
        if day.weekday() == 4:  # no calls on Fridays
            continue
        for krets in rng.sample(KRETSAR, 3):
            ramp = 2 * (day - date(2021, 8, 16)).days
            e.metric(day, "samtal", rng.randint(20, 50) + ramp, ["kyrkoval"], f"Krets {krets}")
    election_day = date(2021, 9, 19)
    for krets, count in zip(KRETSAR, split(1563, [1.2, 1.1, 1.0, 0.8, 0.9]), strict=True):
        e.metric(election_day, "samtal", count, ["kyrkoval"], f"Valdagen, krets {krets}")

    # The autumn campaign, as reported in its own plan.
    calls, recruits = campaign_reports()
    for day, count, _, forening in calls:
        e.metric(day, "samtal", count, ["hostkampanj"], f"Höstkampanjen, {forening}")
    for day, count, forening in recruits:
        e.metric(day, "varvade", count, note=f"Höstkampanjen, {forening}")

    done = [
        ("2021-01-20", "stoppa-1177", "Namninsamling startad", ""),
        ("2021-02-01", "stoppa-1177", "Ringkvällar i hela staden", ""),
        (
            "2021-03-09",
            "stoppa-1177",
            "Köpet stoppat i hälso- och sjukvårdsnämnden",
            "Hälso- och sjukvårdsnämnden röstade igenom att stoppa köpet",
        ),
        (
            "2021-02-10",
            "stadsbyggnadsprogram",
            "Referensgrupp med en representant per krets och SSU",
            "",
        ),
        ("2021-08-30", "stadsbyggnadsprogram", "Förslag till program", ""),
        (
            "2021-11-22",
            "stadsbyggnadsprogram",
            "Antaget av representantskapet",
            "En storstad för alla",
        ),
        (
            "2021-03-15",
            "kulturpolitisk-reformagenda",
            "Kulturpolitisk motion till partikongressen",
            "",
        ),
        (
            "2021-04-14",
            "kulturpolitisk-reformagenda",
            "Webbinarier om konst- och kulturpolitik i Stockholm",
            "Med Emilia och Lawen",
        ),
        ("2021-10-18", "kulturpolitisk-reformagenda", "Beslutad av representantskapet", ""),
        ("2021-03-27", "kretsorganisation", "", ""),
        ("2021-05-15", "forlossningsvarden", "Kampanj under våren", ""),
        ("2021-11-20", "forlossningsvarden", "Kampanj under hösten", ""),
        ("2021-05-31", "kyrkovalet", "Kandidater rekryterade och utsedda", ""),
        ("2021-09-12", "kyrkovalet", "Material utdelat i församlingarna", ""),
        ("2021-09-19", "kyrkovalet", "Lokala ringkvällar genomförda", "Valdagen"),
        ("2021-10-28", "budget-stad", "", "200 miljoner per år till förebyggande arbete"),
        ("2021-11-02", "budget-region", "", ""),
    ]
    for day, goal, step, note in done:
        e.milestone(date.fromisoformat(day), goal, step, note)
    return e


# --- SV Innlandet 2023 ---------------------------------------------------------------------


def innlandet() -> Entries:
    """Weekly meetings nearly every week; the schooling material is not all done in time."""
    e = Entries("sv-innlandet-2023")
    tuesday_topics = [
        "Statsbudsjettet",
        "Strømstøtte",
        "Skolematen",
        "Tannhelse",
        "Revidert nasjonalbudsjett",
        "Barnehage",
        "Sykehusstrukturen",
        "Vindkraft og natur",
        "Lakseskatten",
        "Oppsummering av våren",
    ]
    tuesdays = [
        day for day in weekdays(date(2023, 4, 11), date(2023, 6, 20), 1) if day != date(2023, 5, 16)
    ]  # no meeting the week of 17 May
    for day, topic in zip(tuesdays, tuesday_topics, strict=True):
        e.metric(day, "stortingstirsdag", 1, note=topic)
    thursday_topics = [
        "Røde og grønne saker i kommunen",
        "Mediearbeid",
        "Leserinnlegg",
        "Sosiale medier",
        "Stand og dørbank",
        "Debatt",
        "Valgkampplan",
    ]
    thursdays = [
        day for day in weekdays(date(2023, 4, 20), date(2023, 6, 8), 3) if day != date(2023, 5, 18)
    ]  # Kristi himmelfartsdag
    for day, topic in zip(thursdays, thursday_topics, strict=True):
        e.metric(day, "valgkamptorsdag", 1, note=topic)
    e.metric(date(2023, 3, 14), "webinarer", 1, note="Slik lager dere en lokal valgkampplan")
    e.metric(date(2023, 5, 9), "webinarer", 1, note="Mediearbeid for kandidater")

    done = [
        ("2023-04-12", "kandidat-kickoff", "Lenke sendt ut til alle kandidater", ""),
        ("2023-04-17", "kandidat-kickoff", "Livesending gjennomført", ""),
        ("2023-04-27", "kandidatsamling", "Påmeldingsfrist 27. april", "Seks fra Innlandet"),
        ("2023-06-04", "kandidatsamling", "Samlingen gjennomført", ""),
        ("2023-06-10", "varslepp", "", ""),
        ("2023-04-28", "mentorordning", "", "Fem mentorer klare"),
        ("2023-03-01", "kandidatnettverk", "Nettverket for toppkandidater startet", ""),
        ("2023-10-19", "kandidatnettverk", "Nettverk for folkevalgte etter valget", ""),
        ("2023-02-15", "skoleringsmateriell", "Arealbruk og natur", ""),
        ("2023-02-15", "skoleringsmateriell", "Lokal energipolitikk", ""),
        ("2023-03-08", "skoleringsmateriell", "Utslipp og klimatilpasning", ""),
        ("2023-03-22", "skoleringsmateriell", "Innkjøp og arbeidsgiverpolitikk", ""),
        ("2023-04-05", "skoleringsmateriell", "Profitt i velferden", ""),
        ("2023-04-26", "skoleringsmateriell", "Eldreomsorg", ""),
        ("2023-05-10", "skoleringsmateriell", "Lokale arbeidsplasser", ""),
        ("2023-06-14", "skoleringsmateriell", "Sosial boligpolitikk", ""),
    ]
    for day, goal, step, note in done:
        e.milestone(date.fromisoformat(day), goal, step, note)
    return e


def main() -> None:
    """Write all five demo CSV files next to this script."""
    for build in (vallentuna, storstockholm, hostkampanj, s_stockholm_2021, innlandet):
        entries = build()
        path = entries.write(HERE)
        print(f"{path.name}: {len(entries.rows)} entries")


if __name__ == "__main__":
    main()
