"""Builds the import corpus: real-shaped spreadsheet files and, beside each, the figures an
import must give (`NAME.expected.yaml`).

Run: /work/main/.venv/bin/python tests/import_corpus/build_corpus.py
Deterministic (fixed seed, no clock): running it twice gives the same bytes.

The expected figures are counted HERE, by plain loops over the rows this script invents,
never by the product's code (nothing from `goals` is imported). They say what is RIGHT,
not what the importer does today. All people are invented; personnummer end in -0000 /
fødselsnummer in 00000 (never issued), phones are 070-000 xx xx / 000 00 xxx, mail is at
example.org.
"""

from __future__ import annotations

import calendar
import csv
import io
import json
import random
import re
import textwrap
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent
SEED = 20211014
R = random.Random(SEED)

FIRST_SV = ["Anna", "Erik", "Maria", "Johan", "Karin", "Lars", "Sara", "Per", "Elin", "Anders",
            "Lena", "Mikael", "Emma", "Jonas", "Ida", "Fredrik", "Hanna", "Oskar", "Linnéa",
            "Åsa", "Björn", "Sofia", "Göran", "Maja", "Ali", "Fatima", "Nils", "Ebba"]
LAST_SV = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
           "Persson", "Svensson", "Gustafsson", "Lindström", "Öberg", "Åkesson", "Hedlund",
           "Sjöberg", "Holm", "Bergqvist", "Nyström", "Lundgren", "Ekström"]
FIRST_NB = ["Kari", "Ola", "Ingrid", "Knut", "Siri", "Håkon", "Marte", "Øystein", "Tone",
            "Bjørn", "Solveig", "Eirik", "Åse", "Trond", "Ragnhild", "Sindre", "Live", "Per"]
LAST_NB = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
           "Kristiansen", "Jensen", "Karlsen", "Haugen", "Bakke", "Sæther", "Østby",
           "Løvlie", "Bråten", "Myhre", "Dahl"]

IDENTIFIER = re.compile(r"070-000 \d\d \d\d|[\w.]+@example\.org|\d{6,8}-0000")
MANIFEST: list[tuple[str, str, str]] = []   # (file, shaped like, outcome) for the README


# ---------------------------------------------------------------- people and identifiers

def person_sv():
    return R.choice(FIRST_SV), R.choice(LAST_SV)


def person_nb():
    return R.choice(FIRST_NB), R.choice(LAST_NB)


def pnr_sv(short: bool = False) -> str:
    born = date(1940, 1, 1) + timedelta(days=R.randrange(0, 365 * 62))
    return f"{born:%y%m%d}-0000" if short else f"{born:%Y%m%d}-0000"


def fnr_nb() -> str:
    born = date(1945, 1, 1) + timedelta(days=R.randrange(0, 365 * 58))
    return f"{born:%d%m%y}00000"


def phone_sv() -> str:
    return f"070-000 {R.randrange(10, 100)} {R.randrange(10, 100)}"


def phone_nb() -> str:
    return f"000 00 {R.randrange(100, 1000)}"


def mail(first: str, last: str) -> str:
    fold = str.maketrans("åäöøæéÅÄÖØÆÉ", "aaooaeAAOOAE")
    return f"{first}.{last}".translate(fold).lower() + "@example.org"


# ---------------------------------------------------------------- writing files

def write_csv(name: str, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8",
              bom: bool = False, eol: str = "\r\n", quote_all: bool = False) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=eol,
                        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    (OUT / name).write_bytes(data)
    return data


def fix_zip_dates(path: Path) -> None:
    """openpyxl stamps the current time into docProps/core.xml and zip entries; rewrite
    both so the workbook's bytes do not depend on the day it was built."""
    source = zipfile.ZipFile(path)
    items = [(info, source.read(info.filename)) for info in source.infolist()]
    source.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2021-11-01T09:00:00Z", data)
            fixed = zipfile.ZipInfo(info.filename, (2021, 11, 1, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, data)


def cache_formula_values(path: Path, cached: dict[tuple[str, str], object]) -> None:
    """Give formula cells the cached result Excel stores beside the formula (openpyxl
    writes the formula only). `cached` maps (sheet xml name, cell ref) -> value."""
    source = zipfile.ZipFile(path)
    items = [(info, source.read(info.filename)) for info in source.infolist()]
    source.close()
    out = []
    for info, data in items:
        text = data.decode("utf-8") if info.filename.endswith(".xml") else None
        if text is not None and info.filename.startswith("xl/worksheets/"):
            sheet = info.filename.rsplit("/", 1)[-1]
            for (wanted_sheet, ref), value in cached.items():
                if wanted_sheet != sheet:
                    continue
                pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f>(<v\s*/>|<v></v>)?</c>')
                new, count = pattern.subn(
                    lambda m, v=value, ref=ref: f'<c r="{ref}"{m.group(1)}><f>{m.group(2)}</f>'
                                       f'<v>{v}</v></c>', text)
                assert count == 1, (path.name, ref, count)
                text = new
            data = text.encode("utf-8")
        out.append((info, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in out:
            target.writestr(info, data)


def save_book(book, name: str, cached: dict | None = None) -> None:
    path = OUT / name
    book.save(path)
    fix_zip_dates(path)
    if cached:
        cache_formula_values(path, cached)


def scalar(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(scalar(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {scalar(v)}" for k, v in value.items()) + "}"
    text = str(value)
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", text) and text not in ("yes", "no", "true",
                                                                          "false", "null",
                                                                          "on", "off"):
        return text
    return json.dumps(text, ensure_ascii=False)


def expected(name: str, shaped_like: str, plan: str, how: dict, outcome: str, counted: str,
             entries: list[dict] | None = None, refusal: dict | None = None,
             as_of: date | None = None, **extra) -> None:
    """Write NAME.expected.yaml: `counted` is the comment on how the figures were counted."""
    lines = []
    for line in counted.strip().splitlines():
        lines += [f"# {part}" for part in textwrap.wrap(line, 88)] or ["#"]
    lines += [f"file: {name}", f"shaped_like: {scalar(shaped_like)}", f"plan: {plan}"]
    if as_of:
        lines.append(f"as_of: {as_of.isoformat()}")
    lines += [f"how: {scalar(how)}", f"outcome: {outcome}"]
    if entries is not None:
        lines.append("entries:")
        for entry in entries:
            lines.append(f"  - {scalar(entry)}")
    for key, value in extra.items():
        lines.append(f"{key}: {scalar(value)}")
    if refusal:
        lines.append("refusal:")
        for key, value in refusal.items():
            lines.append(f"  {key}: {scalar(value)}")
    stem = name.rsplit(".", 1)[0]
    (OUT / f"{stem}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    MANIFEST.append((name, shaped_like, outcome))


# ---------------------------------------------------------------- the counts (independent)

def month_ends(start: date, end: date) -> list[date]:
    days, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        last = date(year, month, calendar.monthrange(year, month)[1])
        days.append(min(last, end))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return days


REGISTER_RULE = """\
Counted by the register rules of goals/mappings/register.py's docstring, by a plain loop
over the invented members (not by the product's code): for each month of the plan's
period up to as_of, members at the month's last day = joined on or before that day and
(no end date, or end date AFTER that day: a member whose end date is that very day has
left); a month not yet over is counted up to as_of and dated as_of; new members in a month
= joined inside it; active members = marked active and still a member, counted once, on
min(as_of, period end)."""


def register_counts(members, start: date, as_of: date, period_end: date):
    """members: (joined, ended|None, active) -> [(day, members, new)], active count."""
    end = min(as_of, period_end)
    counts = []
    for day in month_ends(start, end):
        first = day.replace(day=1)
        at = sum(1 for j, e, _ in members if j <= day and (e is None or e > day))
        new = sum(1 for j, _, _ in members if first <= j <= day)
        counts.append((day, at, new))
    active = sum(1 for j, e, a in members if a and j <= end and (e is None or e > end))
    return counts, active, end


def invent_members(count: int, first_join: date, last_join: date, leave_share: float,
                   active_share: float, leave_until: date):
    span = (last_join - first_join).days
    members = []
    for _ in range(count):
        joined = first_join + timedelta(days=R.randrange(0, span + 1))
        ended = None
        if R.random() < leave_share:
            ended = joined + timedelta(days=R.randrange(20, 900))
            if ended > leave_until:
                ended = None
        members.append([joined, ended, R.random() < active_share])
    return members


def sv_date(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def nb_date(day: date | None) -> str:
    return "" if day is None else f"{day:%d.%m.%Y}"


# ================================================================ registers

def reg_sv_cp1252():
    """The bug: a register without an active column must not write `aktiva`."""
    name = "reg-sv-vallentuna-cp1252.csv"
    members = invent_members(118, date(2008, 1, 1), date(2021, 12, 20), 0.25, 0.0,
                             date(2021, 12, 31))
    # edge cases by hand: ended on a month's last day, joined on a month's last day,
    # joined on the 1st, joined and left inside the year, an end date after the period
    members += [[date(2019, 5, 2), date(2021, 3, 31), False],
                [date(2021, 4, 30), None, False],
                [date(2021, 6, 1), None, False],
                [date(2021, 2, 10), date(2021, 8, 15), False],
                [date(2016, 9, 9), date(2022, 1, 10), False]]
    rows = [["Förnamn", "Efternamn", "Personnummer", "Postnummer", "Inträdesdatum",
             "Utträdesdatum"]]
    for joined, ended, _ in members:
        first, last = person_sv()
        rows.append([first, last, pnr_sv(), f"186 {R.randrange(30, 99)}", sv_date(joined),
                     sv_date(ended)])
    write_csv(name, rows, ";", "cp1252")
    as_of = date(2022, 1, 15)
    counts, _, _ = register_counts(members, date(2021, 1, 1), as_of, date(2021, 12, 31))
    expected(name, "Swedish member register export (Förnamn;Efternamn;Personnummer;Postnummer;"
             "Inträdesdatum;Utträdesdatum) saved by Excel sv-SE: ';', Windows-1252, CRLF",
             "v-vallentuna-2021", {"mapping": "register"}, "imported",
             REGISTER_RULE + "\nThe file has no active column, so no `aktiva` figure exists; "
             "the plan has no new-members metric, so only `medlemmar` is written.",
             [{"metric": "medlemmar", "date": d, "value": n} for d, n, _ in counts],
             as_of=as_of, never_written=["aktiva"],
             columns_dropped=["Förnamn", "Efternamn", "Personnummer", "Postnummer"])


def reg_sv_active_bom():
    name = "reg-sv-foreningsliv-aktiv-utf8bom.csv"
    members = invent_members(96, date(2012, 3, 1), date(2021, 12, 28), 0.2, 0.35,
                             date(2021, 12, 31))
    members += [[date(2020, 1, 1), date(2021, 12, 31), True],   # leaves on the counting day
                [date(2021, 12, 31), None, True]]                # joins on it
    rows = [["Medlemsnr", "Namn", "E-post", "Mobil", "Medlem sedan", "Slutdatum", "Aktiv",
             "Kommentar"]]
    for number, (joined, ended, active) in enumerate(members, 1001):
        first, last = person_sv()
        rows.append([str(number), f"{first} {last}", mail(first, last), phone_sv(),
                     sv_date(joined), sv_date(ended), "Ja" if active else "Nej",
                     R.choice(["", "", "", "Styrelsen", "Valarbetare 2018"])])
    write_csv(name, rows, ",", "utf-8", bom=True)
    as_of = date(2022, 1, 10)
    counts, active, end = register_counts(members, date(2021, 1, 1), as_of, date(2021, 12, 31))
    expected(name, "Swedish association register export (Föreningsliv-style column names, "
             "assumed), 'CSV UTF-8' with BOM, ',', CRLF, with an Aktiv Ja/Nej column",
             "v-vallentuna-2021", {"mapping": "register"}, "imported",
             REGISTER_RULE + f"\nActive: Aktiv = Ja and still a member on {end}.",
             [{"metric": "medlemmar", "date": d, "value": n} for d, n, _ in counts]
             + [{"metric": "aktiva", "date": end, "value": active}],
             as_of=as_of, columns_dropped=["Medlemsnr", "Namn", "E-post", "Mobil"])


def reg_sv_tab():
    name = "reg-sv-medlemsregister-tab.txt"
    members = invent_members(64, date(2015, 1, 1), date(2021, 11, 30), 0.0, 0.0,
                             date(2021, 12, 31))
    rows = [["Medlemsnummer", "Förnamn", "Efternamn", "Gatuadress", "Postnr", "Ort",
             "Startdatum", "Avgift betald"]]
    for number, (joined, _, _) in enumerate(members, 5001):
        first, last = person_sv()
        rows.append([str(number), first, last, f"{R.choice(['Storgatan', 'Kyrkvägen'])} "
                     f"{R.randrange(1, 40)}", f"186 {R.randrange(30, 99)}", "Vallentuna",
                     f"{joined:%Y%m%d}", R.choice(["2021", "2020", ""])])
    write_csv(name, rows, "\t", "utf-8", eol="\n")
    as_of = date(2021, 12, 31)
    counts, _, _ = register_counts(members, date(2021, 1, 1), as_of, date(2021, 12, 31))
    expected(name, "Tab-separated member register (a Medlemsregister 'exportera till text' "
             "file, assumed), UTF-8 without BOM, LF, dates as YYYYMMDD, no end-date and no "
             "active column", "v-vallentuna-2021", {"mapping": "register"}, "imported",
             REGISTER_RULE + "\nNo end-date column: nobody has left. 'Avgift betald' is a "
             "fee year, not an activity mark.",
             [{"metric": "medlemmar", "date": d, "value": n} for d, n, _ in counts],
             as_of=as_of, never_written=["aktiva"])


def hypersys_rows(members, with_status: bool):
    header = ["Medlemsnummer", "Fornavn", "Etternavn", "Fødselsnummer", "E-post", "Mobil",
              "Lokallag", "Medlemskapstype", "Innmeldt dato", "Utmeldt dato"]
    if with_status:
        header.insert(7, "Status")
    rows = [header]
    for number, (joined, ended, _) in enumerate(members, 70001):
        first, last = person_nb()
        row = [str(number), first, last, fnr_nb(), mail(first, last), phone_nb(),
               "Hamar SV", R.choice(["Ordinær", "Ordinær", "Redusert", "Student"]),
               nb_date(joined), nb_date(ended)]
        if with_status:
            row.insert(7, "Utmeldt" if ended else "Aktiv")
        rows.append(row)
    return rows


def reg_nb_hypersys_csv():
    name = "reg-nb-hypersys-utmeldt-utf8bom.csv"
    members = invent_members(140, date(2010, 1, 1), date(2023, 6, 10), 0.3, 0.0,
                             date(2023, 6, 12))
    members += [[date(2022, 2, 2), date(2023, 2, 28), False],   # leaves on a month's last day
                [date(2023, 1, 31), None, False],
                [date(2023, 6, 15), None, False]]              # joins on as_of itself
    write_csv(name, hypersys_rows(members, False), ";", "utf-8", bom=True)
    as_of = date(2023, 6, 15)
    counts, _, _ = register_counts(members, date(2023, 1, 1), as_of, date(2023, 12, 31))
    entries = []
    for d, n, new in counts:
        entries += [{"metric": "medlemmer", "date": d, "value": n},
                    {"metric": "nye-medlemmer", "date": d, "value": new}]
    expected(name, "Hypersys member list export (nb-NO column names, assumed from the "
             "Hypersys help pages), Excel nb-NO 'CSV UTF-8': BOM, ';', dates DD.MM.YYYY",
             "sv-hamar-2023", {"mapping": "register"}, "imported",
             REGISTER_RULE + "\n'Utmeldt dato' is the end date and 'Innmeldt dato' the join "
             "date. June is not over on as_of: its count is dated as_of (2023-06-15).\n"
             "Plan sv-hamar-2023 is the corpus plan in plans/ beside this file (no real "
             "nb plan has member metrics).",
             entries, as_of=as_of, never_written=["aktive"],
             columns_dropped=["Medlemsnummer", "Fornavn", "Etternavn", "Fødselsnummer",
                              "E-post", "Mobil"])


def reg_nb_hypersys_xlsx():
    from openpyxl import Workbook
    name = "reg-nb-hypersys-status.xlsx"
    members = invent_members(80, date(2014, 1, 1), date(2023, 5, 30), 0.3, 0.0,
                             date(2023, 5, 31))
    rows = hypersys_rows(members, True)
    book = Workbook()
    sheet = book.active
    sheet.title = "Medlemsliste"
    sheet.append(rows[0])
    for row in rows[1:]:
        cells = list(row)
        for index in (9, 10):     # the date columns as real Excel dates
            cells[index] = datetime.strptime(cells[index], "%d.%m.%Y") if cells[index] else None
        sheet.append(cells)
        for col in (10, 11):
            sheet.cell(sheet.max_row, col).number_format = "dd.mm.yyyy"
    save_book(book, name)
    as_of = date(2023, 12, 31)
    counts, _, _ = register_counts(members, date(2023, 1, 1), as_of, date(2023, 12, 31))
    entries = []
    for d, n, new in counts:
        entries += [{"metric": "medlemmer", "date": d, "value": n},
                    {"metric": "nye-medlemmer", "date": d, "value": new}]
    expected(name, "Hypersys member list downloaded as Excel (nb-NO, assumed columns), dates "
             "as real date cells formatted dd.mm.yyyy, a Status column (Aktiv/Utmeldt)",
             "sv-hamar-2023", {"mapping": "register"}, "imported",
             REGISTER_RULE + "\n'Status' says whether the membership is current (Aktiv) or "
             "not; it is NOT an activist mark, so no `aktive` figure is written.",
             entries, as_of=as_of, never_written=["aktive"])


def reg_refused_empty_join():
    name = "reg-sv-empty-join-refused.csv"
    members = invent_members(40, date(2015, 1, 1), date(2021, 10, 1), 0.2, 0.0,
                             date(2021, 12, 31))
    rows = [["Förnamn", "Efternamn", "Personnummer", "Postnummer", "Inträdesdatum",
             "Utträdesdatum"]]
    for joined, ended, _ in members:
        first, last = person_sv()
        rows.append([first, last, pnr_sv(), f"186 {R.randrange(30, 99)}", sv_date(joined),
                     sv_date(ended)])
    rows[23][4] = ""       # file line 24: a member without a join date
    write_csv(name, rows, ";", "cp1252")
    expected(name, "Swedish register export (as reg-sv-vallentuna-cp1252) where one member "
             "has no Inträdesdatum", "v-vallentuna-2021", {"mapping": "register"}, "refused",
             "Line 24 (header is line 1) has an empty Inträdesdatum. It must be reported "
             "(the count would be wrong by one otherwise), naming the column as it is in the "
             "file: column 5, after the four personal columns that are dropped.",
             refusal={"line": 24, "column": 5, "contains": ["Inträdesdatum"]},
             never_written=["medlemmar", "aktiva"])


def reg_refused_bad_mark():
    name = "reg-sv-aktiv-unclear-refused.csv"
    rows = [["Namn", "Telefon", "E-post", "Medlem sedan", "Aktiv", "Slutdatum"]]
    for _index in range(30):
        first, last = person_sv()
        joined = date(2016, 1, 1) + timedelta(days=R.randrange(0, 2000))
        rows.append([f"{first} {last}", phone_sv(), mail(first, last), sv_date(joined),
                     R.choice(["Ja", "Nej", "Nej"]), ""])
    rows[12][4] = "kanske"     # file line 13
    write_csv(name, rows, ";", "utf-8", bom=True)
    expected(name, "Board-kept member list (Google Sheets/Excel), ';', UTF-8 BOM, an Aktiv "
             "column with one unclear mark", "v-vallentuna-2021", {"mapping": "register"},
             "refused",
             "Line 13's Aktiv cell says 'kanske' (maybe): neither yes nor no. The message must "
             "name line 13 and the ORIGINAL column 5 (Namn, Telefon, E-post are dropped "
             "first), and may quote the word.",
             refusal={"line": 13, "column": 5, "contains": ["Aktiv"]},
             never_written=["medlemmar", "aktiva"])


def reg_refused_ended_before():
    name = "reg-nb-utmeldt-before-innmeldt-refused.csv"
    members = invent_members(50, date(2012, 1, 1), date(2023, 3, 1), 0.2, 0.0,
                             date(2023, 5, 1))
    rows = hypersys_rows(members, False)
    rows[31][8], rows[31][9] = "12.04.2022", "03.02.2021"    # file line 32
    write_csv(name, rows, ";", "utf-8", bom=True)
    expected(name, "Hypersys member export (as reg-nb-hypersys-utmeldt) with an Utmeldt dato "
             "before the Innmeldt dato", "sv-hamar-2023", {"mapping": "register"}, "refused",
             "Line 32: Utmeldt dato 03.02.2021 is before Innmeldt dato 12.04.2022. The message "
             "names line 32 and the ORIGINAL column 10 ('Utmeldt dato'; six personal "
             "columns before it are dropped).",
             refusal={"line": 32, "column": 10, "contains": ["Utmeldt dato"]},
             never_written=["medlemmer", "nye-medlemmer"])


# ================================================================ calls

CALLS_RULE = """\
Counted by a plain loop over the invented calls (not the product's code): one row = one
call; per day and förening: calls = every row, conversations = rows whose outcome means
the person was reached and talked, recruited = rows marked recruited (a recruited person
was also talked to). The day is the call's local date. Zero counts are listed too (a day
and förening with calls but, say, no recruit gets value 0), as calls.py documents."""


def count_calls(calls, talk, recruited):
    """calls: dicts with day, unit, outcome, rec -> {(day, unit): [calls, talks, recs]}"""
    counts: dict = {}
    for call in calls:
        key = (call["day"], call["unit"])
        count = counts.setdefault(key, [0, 0, 0])
        rec = recruited(call)
        count[0] += 1
        count[1] += 1 if (talk(call) or rec) else 0
        count[2] += 1 if rec else 0
    return counts


def call_entries(counts, metrics):
    """metrics: (index, metric id) pairs -> expected entries, sorted by day and unit."""
    entries = []
    for (day, unit), count in sorted(counts.items(), key=lambda i: (i[0][0], i[0][1] or "")):
        for index, metric in metrics:
            entry = {"metric": metric, "date": day, "value": count[index]}
            if unit:
                entry["förening"] = unit
            entries.append(entry)
    return entries


SV_UNITS = {"S Norrmalm": "s-norrmalm", "S Södermalm": "s-sodermalm",
            "S Spånga-Tensta": "s-spanga-tensta", "S Östermalm": "s-ostermalm"}


def invent_sv_calls(days: list[date], per_day: tuple[int, int]):
    calls = []
    for day in days:
        for _ in range(R.randrange(*per_day)):
            status = R.choices(["Nådd", "Inget svar", "Upptaget", "Fel nummer"],
                               [40, 35, 15, 10])[0]
            recruited = status == "Nådd" and R.random() < 0.2
            at = datetime(day.year, day.month, day.day, R.randrange(17, 21), R.randrange(60))
            calls.append({"day": day, "at": at, "unit": R.choice(list(SV_UNITS)),
                          "outcome": status, "rec": recruited})
    calls.sort(key=lambda c: c["at"])
    return calls


def sv_calling_tool_rows(calls, notes_with_pii: bool):
    rows = [["Samtals-ID", "Ringt av", "Kontakt", "Telefonnummer", "Tidpunkt", "Status",
             "Värvad", "Anteckningar", "Lokalförening"]]
    for number, call in enumerate(calls, 88001):
        caller, contact = person_sv(), person_sv()
        note = R.choice(["", "", "", "Vill ha mer info om äldreomsorgen", "Ring efter 18",
                         "Redan medlem", "Inte intresserad"])
        if notes_with_pii and R.random() < 0.12:
            note = R.choice([f"Nytt nummer: {phone_sv()}", f"Mejla {mail(*contact)}",
                             f"pnr {pnr_sv()} för medlemskapet"])
        rows.append([str(number), " ".join(caller), " ".join(contact), phone_sv(),
                     f"{call['at']:%d.%m.%Y %H:%M}", call["outcome"],
                     "Ja" if call["rec"] else "Nej", note, call["unit"]])
    return rows


def calls_sv_tool_hostkampanj():
    name = "calls-sv-ringverktyg-hostkampanj.csv"
    days = [date(2021, 10, d) for d in (12, 13, 14, 19, 21)]
    calls = invent_sv_calls(days, (14, 26))
    rows = sv_calling_tool_rows(calls, True)
    write_csv(name, rows, ";", "utf-8", bom=True)
    for call in calls:
        call["unit"] = SV_UNITS[call["unit"]]
    counts = count_calls(calls, lambda c: c["outcome"] == "Nådd", lambda c: c["rec"])
    pii = [found for r in rows[1:] for found in IDENTIFIER.findall(r[7])]
    expected(name, "Calling tool export from its Swedish UI (Samtals-ID;Ringt av;Kontakt;"
             "Telefonnummer;Tidpunkt;Status;Värvad;Anteckningar;Lokalförening), UTF-8 BOM, ';'",
             "s-stockholm-hostkampanj-2021", {"mapping": "calls"}, "imported",
             CALLS_RULE + "\nConversations = Status 'Nådd'; recruited = Värvad 'Ja'; förening "
             "= Lokalförening as a slug ('S Spånga-Tensta' -> s-spanga-tensta). The plan has "
             "no metric for calls made, so only samtal (conversations) and varvade "
             f"(recruited) are written; calls made, for the record: {len(calls)}.\n"
             "Ringt av / Kontakt / Telefonnummer are dropped; Anteckningar is not needed and "
             "some of its cells hold phone numbers, e-mails and personnummer: none of them "
             "may be stored or quoted.",
             call_entries(counts, [(1, "samtal"), (2, "varvade")]),
             as_of=date(2021, 11, 30), calls_made=len(calls),
             must_not_appear=sorted(set(pii)))


def calls_sv_tool_cp1252():
    name = "calls-sv-ringverktyg-cp1252.csv"
    days = [date(2021, 9, d) for d in (7, 8, 9)]
    calls = invent_sv_calls(days, (20, 35))
    write_csv(name, sv_calling_tool_rows(calls, False), ";", "cp1252")
    for call in calls:
        call["unit"] = SV_UNITS[call["unit"]]
    counts = count_calls(calls, lambda c: c["outcome"] == "Nådd", lambda c: c["rec"])
    expected(name, "Same Swedish calling-tool export, opened and re-saved by Excel sv-SE "
             "('CSV (semikolonavgränsad)': Windows-1252, ';', CRLF)", "s-ringkampanj-2021",
             {"mapping": "calls"}, "imported",
             CALLS_RULE + "\nConversations = Status 'Nådd'; recruited = Värvad 'Ja'. Plan "
             "s-ringkampanj-2021 is the corpus plan in plans/ (it has a calls-made metric, "
             "ringda-samtal, so all three counts are checked).",
             call_entries(counts, [(0, "ringda-samtal"), (1, "samtal"), (2, "varvade")]),
             as_of=date(2021, 12, 31))


ZETKIN_STATES = {1: "reached", 11: "no pickup", 12: "line busy", 13: "reached, call back",
                 14: "not available, call back", 15: "no pickup, left message",
                 21: "wrong number"}


def invent_zetkin_calls(days, per_day):
    calls = []
    for day in days:
        for _ in range(R.randrange(*per_day)):
            state = R.choices(list(ZETKIN_STATES), [38, 25, 8, 8, 6, 8, 7])[0]
            at = datetime(day.year, day.month, day.day, R.randrange(9, 19), R.randrange(60),
                          R.randrange(60))
            calls.append({"day": day, "at": at, "unit": None, "outcome": state,
                          "rec": False})
    calls.sort(key=lambda c: c["at"])
    return calls


def calls_zetkin_api():
    name = "calls-zetkin-api-flattened.csv"
    calls = invent_zetkin_calls([date(2021, 10, d) for d in (4, 5, 6, 11)], (12, 22))
    rows = [["id", "assignment_id", "allocation_time", "update_time", "state",
             "caller_id", "caller_name", "target_id", "target_first_name", "target_last_name",
             "target_phone", "target_email", "notes", "message_to_organizer",
             "organizer_action_needed", "call_back_after"]]
    pii = []
    for number, call in enumerate(calls, 310001):
        caller, target = person_sv(), person_sv()
        note = R.choice(["", "", "", "Positiv till förslaget", "Vill inte bli uppringd igen"])
        message = ""
        if R.random() < 0.1:
            note = R.choice([f"Nås på {phone_sv()}", f"Skicka info till {mail(*target)}"])
            pii += IDENTIFIER.findall(note)
        if call["outcome"] == 21 and R.random() < 0.5:
            message = f"Rätt nummer är {phone_sv()}"
            pii += IDENTIFIER.findall(message)
        back = (call["at"] + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%S") \
            if call["outcome"] in (13, 14) else ""
        rows.append([str(number), "4711", call["at"].strftime("%Y-%m-%dT%H:%M:%S"),
                     (call["at"] + timedelta(minutes=R.randrange(2, 9))).strftime(
                         "%Y-%m-%dT%H:%M:%S"), str(call["outcome"]),
                     str(R.randrange(100, 999)), " ".join(caller), str(R.randrange(10**5, 10**6)),
                     target[0], target[1], phone_sv(), mail(*target), note, message,
                     "true" if message else "false", back])
    write_csv(name, rows, ",", "utf-8", eol="\n")
    counts = count_calls(calls, lambda c: c["outcome"] == 1, lambda c: False)
    expected(name, "Zetkin call objects (GET .../call_assignments/{id}/calls) flattened "
             "JSON->CSV by a script: nested caller/target objects become caller_name, "
             "target_first_name ...; UTF-8, ',', LF, times ISO without zone",
             "s-stockholm-hostkampanj-2021", {"mapping": "zetkin-calls"}, "imported",
             CALLS_RULE + "\nZetkin state codes from the Zetkin app's CallState enum: 1 "
             "SUCCESSFUL (reached, could talk) is the only conversation; 11 no pickup, 12 "
             "line busy, 13 reached but call back (no conversation), 14 not available, 15 "
             "left message, 21 wrong number. The day is allocation_time's date (all times are "
             "09-19h, so no time zone can move a day). Zetkin calls carry no förening and no "
             "recruited mark: varvade is never written; the plan has no calls-made metric. "
             f"Calls made, for the record: {len(calls)}.",
             call_entries(counts, [(1, "samtal")]), as_of=date(2021, 11, 30),
             calls_made=len(calls), never_written=["varvade"],
             must_not_appear=sorted(set(pii)))


def calls_zetkin_ui_sv():
    from openpyxl import Workbook
    name = "calls-zetkin-ui-sv.xlsx"
    calls = invent_zetkin_calls([date(2021, 10, d) for d in (18, 19, 20)], (10, 20))
    words = {1: "Nådd", 11: "Inget svar", 12: "Upptaget", 13: "Nådd, ring tillbaka",
             14: "Inte tillgänglig", 15: "Lämnade meddelande", 21: "Fel nummer"}
    book = Workbook()
    sheet = book.active
    sheet.title = "Samtal"
    sheet.append(["Tid", "Ringare", "Förnamn", "Efternamn", "Telefon", "Status",
                  "Anteckningar", "Värvad"])
    for call in calls:
        caller, target = person_sv(), person_sv()
        call["rec"] = call["outcome"] == 1 and R.random() < 0.15
        sheet.append([call["at"], " ".join(caller), target[0], target[1], phone_sv(),
                      words[call["outcome"]], "", "Ja" if call["rec"] else ""])
        sheet.cell(sheet.max_row, 1).number_format = "yyyy-mm-dd hh:mm"
    save_book(book, name)
    counts = count_calls(calls, lambda c: c["outcome"] == 1, lambda c: c["rec"])
    expected(name, "Call list downloaded from Zetkin's Swedish UI as Excel (ASSUMED layout: "
             "no documented Zetkin call export was found), Tid as real date-time cells",
             "s-ringkampanj-2021",
             {"mapping": "calls", "conversation_outcomes": ["Nådd"], "recruited": "Värvad"},
             "imported",
             CALLS_RULE + "\nOnly 'Nådd' (state 1) is a conversation; 'Nådd, ring tillbaka' "
             "(13) reached someone who could not talk and is not. Recruited = Värvad 'Ja' "
             "(empty = no).",
             call_entries(counts, [(0, "ringda-samtal"), (1, "samtal"), (2, "varvade")]),
             as_of=date(2021, 12, 31))


def calls_zetkin_ui_en():
    name = "calls-zetkin-ui-en.csv"
    calls = invent_zetkin_calls([date(2021, 11, d) for d in (2, 3, 9)], (10, 18))
    words = {1: "Reached", 11: "No answer", 12: "Busy", 13: "Call back", 14: "Not available",
             15: "Left message", 21: "Wrong number"}
    rows = [["Time", "Caller", "Target", "Phone", "Status", "Notes"]]
    for call in calls:
        rows.append([call["at"].strftime("%Y-%m-%d %H:%M"), " ".join(person_sv()),
                     " ".join(person_sv()), phone_sv(), words[call["outcome"]], ""])
    write_csv(name, rows, ",", "utf-8", eol="\n")
    counts = count_calls(calls, lambda c: c["outcome"] == 1, lambda c: False)
    expected(name, "Call list from Zetkin's English UI (ASSUMED layout), UTF-8, ','",
             "s-stockholm-hostkampanj-2021",
             {"mapping": "calls", "conversation_outcomes": ["Reached"]}, "imported",
             CALLS_RULE + "\nOnly 'Reached' is a conversation; no recruited column, so "
             f"varvade is not written. Calls made, for the record: {len(calls)}.",
             call_entries(counts, [(1, "samtal")]), as_of=date(2021, 11, 30),
             calls_made=len(calls), never_written=["varvade"])


def calls_en_dialer():
    name = "calls-en-dialer-disposition.csv"
    outcomes = ["Talked", "Talked - supporter", "Joined", "No answer", "Voicemail", "Busy",
                "Wrong number", "Refused"]
    calls = []
    for day in [date(2021, 10, d) for d in (25, 26, 27, 28)]:
        for _ in range(R.randrange(12, 24)):
            outcome = R.choices(outcomes, [20, 8, 5, 25, 12, 8, 6, 6])[0]
            at = datetime(day.year, day.month, day.day, R.randrange(10, 20), R.randrange(60))
            calls.append({"day": day, "at": at, "outcome": outcome,
                          "unit": R.choice(["Team Norrmalm", "Team Södermalm"]),
                          "rec": outcome == "Joined"})
    calls.sort(key=lambda c: c["at"])
    rows = [["Call Date", "Agent Name", "Contact Name", "Phone Number", "Disposition",
             "Duration (sec)", "Team", "Notes"]]
    for call in calls:
        talked = call["outcome"] in ("Talked", "Talked - supporter", "Joined", "Refused")
        rows.append([call["at"].strftime("%m/%d/%Y %I:%M %p"), " ".join(person_sv()),
                     " ".join(person_sv()), phone_sv(), call["outcome"],
                     str(R.randrange(40, 600) if talked else R.randrange(0, 30)),
                     call["unit"], ""])
    write_csv(name, rows, ",", "utf-8", eol="\r\n")
    for call in calls:
        call["unit"] = {"Team Norrmalm": "team-norrmalm",
                        "Team Södermalm": "team-sodermalm"}[call["unit"]]
    talk = {"Talked", "Talked - supporter", "Joined", "Refused"}
    counts = count_calls(calls, lambda c: c["outcome"] in talk, lambda c: c["rec"])
    expected(name, "English-language dialer export (CallHub-like 'Disposition' column, "
             "ASSUMED), US dates MM/DD/YYYY hh:mm AM/PM, UTF-8, ','",
             "s-ringkampanj-2021",
             {"mapping": "calls", "columns": {"date": "Call Date", "outcome": "Disposition",
                                              "unit": "Team"},
              "date_format": "MM/DD/YYYY",
              "conversation_outcomes": ["Talked", "Talked - supporter", "Refused"],
              "recruited_outcomes": ["Joined"]},
             "imported",
             CALLS_RULE + "\nUS month-first dates: 10/25/2021 is 25 October (a board must "
             "say so; read day-first it is no date). Conversations: Talked, Talked - "
             "supporter, Refused (a refusal is a conversation) and Joined; recruited: Joined.",
             call_entries(counts, [(0, "ringda-samtal"), (1, "samtal"), (2, "varvade")]),
             as_of=date(2021, 12, 31))


def calls_numeric_states():
    name = "calls-numeric-states-semicolon.csv"
    calls = invent_zetkin_calls([date(2021, 9, d) for d in (14, 16, 21, 23)], (8, 16))
    rows = [["datum", "ringare_id", "state", "förening", "värvad"]]
    for call in calls:
        call["unit"] = R.choice(["S Norrmalm", "S Östermalm"])
        call["rec"] = call["outcome"] == 1 and R.random() < 0.25
        rows.append([call["at"].strftime("%Y-%m-%d %H:%M:%S"), str(R.randrange(1, 30)),
                     str(call["outcome"]), call["unit"], "1" if call["rec"] else "0"])
    write_csv(name, rows, ";", "utf-8", eol="\n")
    for call in calls:
        call["unit"] = SV_UNITS[call["unit"]]
    counts = count_calls(calls, lambda c: c["outcome"] == 1, lambda c: c["rec"])
    expected(name, "A district's own report query (Zetkin state codes as numbers, förening, "
             "värvad 1/0), UTF-8, ';'", "s-ringkampanj-2021",
             {"mapping": "zetkin-calls", "columns": {"date": "datum", "outcome": "state",
                                                     "unit": "förening",
                                                     "recruited": "värvad"}},
             "imported",
             CALLS_RULE + "\nstate 1 = conversation; 11-15 and 21 are calls only. värvad "
             "1 = recruited.",
             call_entries(counts, [(0, "ringda-samtal"), (1, "samtal"), (2, "varvade")]),
             as_of=date(2021, 12, 31))


def calls_refused_bad_date():
    name = "calls-sv-bad-date-refused.csv"
    calls = invent_sv_calls([date(2021, 10, 12)], (20, 21))
    rows = sv_calling_tool_rows(calls, False)
    rows[15][4] = "31.09.2021 18:40"        # file line 16: no such day
    write_csv(name, rows, ";", "utf-8", bom=True)
    expected(name, "The Swedish calling-tool export with an impossible Tidpunkt",
             "s-stockholm-hostkampanj-2021", {"mapping": "calls"}, "refused",
             "Line 16's Tidpunkt is 31.09.2021 (September has 30 days). The message names "
             "line 16 and the ORIGINAL column 5 (Tidpunkt; Ringt av, Kontakt, Telefonnummer "
             "before it are dropped).",
             refusal={"line": 16, "column": 5, "contains": ["Tidpunkt"]},
             never_written=["samtal", "varvade"])


# ================================================================ board spreadsheets

def flow_entries(values: dict, unit=None):
    """{(metric, day): value} -> sorted entries, zero values left out (an empty cell
    reports nothing)."""
    entries = []
    for (metric, day), value in sorted(values.items(), key=lambda i: (i[0][1], i[0][0])):
        if value:
            entry = {"metric": metric, "date": day, "value": value}
            if unit:
                entry["förening"] = unit
            entries.append(entry)
    return entries


def board_title_summa():
    from openpyxl import Workbook
    name = "board-title-summa.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "Möten 2021"
    sheet.append(["Vallentuna – aktiviteter 2021"])
    sheet.append([])
    sheet.append(["Datum", "Antal", "Rubrik", "Ansvarig"])
    meetings = [(date(2021, 1, 20), "Årsmöte"), (date(2021, 2, 17), "Medlemsmöte: budget"),
                (date(2021, 3, 24), "Medlemsmöte: valprogram"),
                (date(2021, 4, 21), "Medlemsmöte"), (date(2021, 5, 19), "Medlemsmöte"),
                (date(2021, 6, 16), "Sommarmöte"), (date(2021, 8, 25), "Medlemsmöte"),
                (date(2021, 9, 22), "Medlemsmöte: kommunbudget"),
                (date(2021, 10, 20), "Medlemsmöte"), (date(2021, 11, 17), "Nomineringsmöte")]
    values = {}
    for day, title in meetings:
        sheet.append([day, 1, title, " ".join(person_sv())])
        sheet.cell(sheet.max_row, 1).number_format = "yyyy-mm-dd"
        values[("medlemsmoten", day)] = values.get(("medlemsmoten", day), 0) + 1
    last = sheet.max_row
    sheet.append(["Summa", f"=SUM(B4:B{last})"])
    summa_row = sheet.max_row
    save_book(book, name, {("sheet1.xml", f"B{summa_row}"): len(meetings)})
    expected(name, "A board's Excel sheet: a title row, a blank row, then the header (row 3); "
             "real date cells; a 'Summa' row with =SUM(...) at the bottom",
             "v-vallentuna-2021",
             {"columns": {"date": "Datum", "value": "Antal", "note": "Rubrik"},
              "fixed_metric": "medlemsmoten", "header_row": 3},
             "imported",
             "One entry per meeting row (value 1, dated the Datum cell). The title row and "
             f"the blank row are above the header; row {summa_row} 'Summa' is a totals row "
             "and must be skipped (its Datum cell is not a date; it would double the total). "
             "Ansvarig holds names: dropped.",
             [{"metric": "medlemsmoten", "date": d, "value": 1, "note": t}
              for d, t in meetings],
             notes_skipped=f"row {summa_row} 'Summa' skipped as a totals row",
             never_written=["medlemmar", "aktiva"])


def board_totalt_cp1252():
    name = "board-webbinlagg-totalt-cp1252.csv"
    rows = [["Datum", "Antal inlägg", "Rubrik"]]
    values = {}
    for month in range(1, 13):
        for _ in range(R.randrange(1, 4)):
            day = date(2021, month, R.randrange(1, 29))
            count = R.choice([1, 1, 1, 2])
            rows.append([f"{day.day}.{day.month}.{day.year}", str(count),
                         R.choice(["Budgetdebatten", "Nytt från fullmäktige", "Pendeltåget",
                                   "Skolan i Vallentuna", "Bostäder åt alla"])])
            values[("webbinlagg", day)] = values.get(("webbinlagg", day), 0) + count
    total = sum(int(r[1]) for r in rows[1:])
    rows.append([])
    rows.append(["Totalt", str(total), ""])
    write_csv(name, rows, ";", "cp1252")
    expected(name, "Board's list of web posts saved from Excel sv-SE as 'CSV "
             "(semikolonavgränsad)': Windows-1252, ';', dates typed as d.m.yyyy, a blank "
             "row and a 'Totalt' row at the end", "v-vallentuna-2021",
             {"columns": {"date": "Datum", "value": "Antal inlägg", "note": "Rubrik"},
              "fixed_metric": "webbinlagg"},
             "imported",
             "Sum of 'Antal inlägg' per Datum (two posts on one day add up). The 'Totalt' row "
             f"({total}) is a totals row: skipped, not an error and not an entry.",
             flow_entries(values), notes_skipped=f"line {len(rows)} 'Totalt' skipped",
             total_check=total)


MONTHS_SV = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MONTHS_NB = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"]


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


WIDE_RULE = """\
Wide sheet: one row per activity, one column per month. Each filled month cell is one
entry of the row's metric, dated the month's last day (any day inside the month gives the
same progress; a test may compare by month: date_granularity). An empty cell reports
nothing (no entry, not a 0). The 'Summa'/'Totalt' row and column are totals: skipped."""


def board_wide_sv():
    name = "board-wide-months-sv.csv"
    labels = {"Medlemsmöten": "medlemsmoten", "Studiecirklar": "studiecirklar",
              "Inlägg på hemsidan": "webbinlagg", "Utskick V Aktuellt": "utskick",
              "Informationsblad": "informationsblad"}
    rows = [["Aktivitet"] + MONTHS_SV + ["Summa"]]
    values = {}
    columns_total = [0] * 12
    for label, metric in labels.items():
        row = [label]
        for month in range(1, 13):
            count = R.choice([0, 1, 1, 2, 3]) if metric != "utskick" else R.choice([0, 1])
            cell = "" if count == 0 else str(count)
            if month in (7,) and metric != "webbinlagg":
                cell, count = "", 0             # July: summer break
            row.append(cell)
            if count:
                values[(metric, month_end(2021, month))] = count
                columns_total[month - 1] += count
        row.append(str(sum(int(c) for c in row[1:] if c)))
        rows.append(row)
    rows.append(["Summa"] + [str(t) for t in columns_total] + [str(sum(columns_total))])
    write_csv(name, rows, ";", "cp1252")
    expected(name, "Board's year overview in Excel sv-SE saved as CSV: Windows-1252, ';', "
             "Aktivitet;jan;feb;mar;...;dec;Summa with a Summa row", "v-vallentuna-2021",
             {"columns": {"metric": "Aktivitet"}, "wide": "months", "year": 2021,
              "metric_labels": labels},
             "imported", WIDE_RULE, flow_entries(values), date_granularity="month",
             notes_skipped="the Summa column and the last row 'Summa' skipped as totals")


def board_wide_nb():
    from openpyxl import Workbook
    name = "board-wide-months-nb.xlsx"
    labels = {"Stortingstirsdag": "stortingstirsdag", "Valgkamptorsdag": "valgkamptorsdag",
              "Webinarer": "webinarer"}
    book = Workbook()
    sheet = book.active
    sheet.title = "Aktiviteter 2023"
    sheet.append(["Aktivitet"] + MONTHS_NB[:6] + ["Totalt"])
    values = {}
    plan = {"stortingstirsdag": [0, 0, 0, 3, 5, 3], "valgkamptorsdag": [0, 0, 0, 2, 4, 2],
            "webinarer": [1, 0, 2, 1, 1, 0]}
    for label, metric in labels.items():
        row = [label] + [v or None for v in plan[metric]]
        sheet.append(row)
        r = sheet.max_row
        sheet.cell(r, 8).value = f"=SUM(B{r}:G{r})"
        for month, count in enumerate(plan[metric], 1):
            if count:
                values[(metric, month_end(2023, month))] = count
    cached = {("sheet1.xml", f"H{r}"): sum(plan[m])
              for r, m in zip(range(2, 5), plan, strict=False)}
    sheet.append(["Totalt"] + [f"=SUM({c}2:{c}4)" for c in "BCDEFG"] + ["=SUM(H2:H4)"])
    for index, col in enumerate("BCDEFG"):
        cached[("sheet1.xml", f"{col}5")] = sum(plan[m][index] for m in plan)
    cached[("sheet1.xml", "H5")] = sum(sum(v) for v in plan.values())
    save_book(book, name, cached)
    expected(name, "Fylkeslag's half-year overview in Excel nb-NO: Aktivitet, jan feb mar apr "
             "mai jun, a Totalt column and row made of =SUM formulas (cached values stored)",
             "sv-innlandet-2023",
             {"columns": {"metric": "Aktivitet"}, "wide": "months", "year": 2023,
              "metric_labels": labels},
             "imported", WIDE_RULE + "\nNorwegian month names: mai = May, des = December.",
             flow_entries(values), date_granularity="month",
             notes_skipped="the Totalt column and row (formulas) skipped as totals")


def board_weeks():
    from openpyxl import Workbook
    name = "board-weeks-hostkampanj.xlsx"
    weeks = list(range(36, 48))
    book = Workbook()
    sheet = book.active
    sheet.title = "Veckor"
    sheet.append(["S Stockholm – höstkampanjen, per vecka"])
    sheet.append(["Vad"] + [f"v.{w}" for w in weeks])
    values = {}
    for label, metric in (("Samtal", "samtal"), ("Värvade", "varvade")):
        row = [label]
        for week in weeks:
            count = R.randrange(40, 160) if metric == "samtal" else R.randrange(0, 9)
            row.append(count)
            sunday = date.fromisocalendar(2021, week, 7)
            if count:
                values[(metric, sunday)] = count
        sheet.append(row)
    save_book(book, name)
    expected(name, "Campaign sheet with ISO weeks as columns (v.36 ... v.47) under a title "
             "row", "s-stockholm-hostkampanj-2021",
             {"columns": {"metric": "Vad"}, "wide": "weeks", "year": 2021, "header_row": 2,
              "metric_labels": {"Samtal": "samtal", "Värvade": "varvade"}},
             "imported",
             "One entry per filled week cell, dated the ISO week's Sunday (v.36 = 6-12 Sept "
             "2021 -> 2021-09-12); weeks 36-47 lie wholly inside the campaign period "
             "(2021-09-01..2021-11-30). A value of 0 is no entry.",
             flow_entries(values), date_granularity="week", as_of=date(2021, 11, 30))


def board_google_sheets():
    name = "board-valfond-google-sheets-sv.csv"
    rows = [["Datum", "Belopp", "Kommentar"]]
    values = {}
    for month in range(1, 13):
        day = date(2021, month, R.randrange(1, 28))
        amount = R.choice([500, 1250.5, 2000, 3100, 780.25, 1000, 12500])
        text = f"{amount:,.2f}".replace(",", "\u00a0").replace(".", ",")
        rows.append([day.isoformat(), text, R.choice(["Swish", "Insamling torget",
                                                       "Månadsgivare", "Loppis"])])
        values[("valfond", day)] = values.get(("valfond", day), 0) + amount
    write_csv(name, rows, ",", "utf-8", eol="\r\n")
    expected(name, "Google Sheets 'Download > CSV' of a sheet in locale Sverige: always ',' "
             "and UTF-8 without BOM; formatted numbers exported as shown ('1\u00a0250,50', "
             "quoted because of the decimal comma), ISO dates", "v-vallentuna-2021",
             {"columns": {"date": "Datum", "value": "Belopp", "note": "Kommentar"},
              "fixed_metric": "valfond"},
             "imported",
             "One entry per row: Belopp read with decimal comma and no-break-space thousands "
             "separator ('12\u00a0500,00' = 12500, '1\u00a0250,50' = 1250.5).",
             [{"metric": m, "date": d, "value": v} for (m, d), v in sorted(values.items(),
                                                                           key=lambda i: i[0][1])])


def board_libreoffice_nb():
    name = "board-webinarer-libreoffice-nb.csv"
    rows = [["Dato", "Webinar", "Deltakere", "Antall"]]
    values = {}
    for day, title in ((date(2023, 1, 24), "Hvordan drive valgkamp"),
                       (date(2023, 3, 7), "Sosiale medier"),
                       (date(2023, 3, 21), "Debatteknikk"),
                       (date(2023, 4, 18), "Budsjett i kommunen"),
                       (date(2023, 5, 9), "Møte med pressen")):
        rows.append([f"{day:%d.%m.%Y}", title, str(R.randrange(8, 40)), "1"])
        values[("webinarer", day)] = 1
    write_csv(name, rows, ",", "utf-8", eol="\n")
    expected(name, "LibreOffice Calc 'Text CSV' with its default filter options (field "
             "delimiter ',', text delimiter '\"', UTF-8, LF on Linux) from a nb-NO sheet: "
             "dates DD.MM.YYYY as displayed", "sv-innlandet-2023",
             {"columns": {"date": "Dato", "value": "Antall", "note": "Webinar"},
              "fixed_metric": "webinarer"},
             "imported",
             "One entry per row, value = Antall (1 webinar); Deltakere (participants) is not "
             "mapped and must not become the value.",
             [{"metric": "webinarer", "date": d, "value": 1, "note": r[1]}
              for (_, d), r in zip(sorted(values), rows[1:], strict=False)])


def board_formula_cells():
    from openpyxl import Workbook
    name = "board-formula-cells.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.title = "Sociala medier"
    sheet.append(["Månad", "Facebook", "Instagram", "Totalt"])
    cached = {}
    values = {}
    for month in range(1, 10):
        fb, ig = R.randrange(2, 12), R.randrange(1, 8)
        r = sheet.max_row + 1
        # Instagram typed as a sum formula by the board (=3+2), Totalt =B+C
        parts = (ig - 1, 1)
        sheet.append([month_end(2021, month), fb, f"={parts[0]}+{parts[1]}", f"=B{r}+C{r}"])
        sheet.cell(r, 1).number_format = "mmm yyyy"
        cached[("sheet1.xml", f"C{r}")] = ig
        cached[("sheet1.xml", f"D{r}")] = fb + ig
        values[("sociala", month_end(2021, month))] = fb + ig
    save_book(book, name, cached)
    expected(name, "Board sheet where cells are formulas (=3+2 typed in a cell, a Totalt "
             "column =B2+C2), saved by Excel with cached results", "v-vallentuna-2021",
             {"columns": {"date": "Månad", "value": "Totalt"}, "fixed_metric": "sociala"},
             "imported",
             "A formula cell counts as the value Excel shows (its cached result), never as the "
             "formula text: Totalt = Facebook + Instagram, one entry per month, dated the "
             "date cell (the month's last day, shown as 'jan 2021').",
             flow_entries(values), never_written=["medlemmar", "aktiva"])


def board_pii_notes():
    name = "board-studiecirklar-pii-notes.csv"
    rows = [["Datum", "Cirkel", "Antal", "Kommentar", "Cirkelledare"]]
    pii = []
    values = []
    for month in (2, 3, 4, 9, 10, 11):
        day = date(2021, month, R.randrange(1, 28))
        first, last = person_sv()
        note = R.choice(["Bra uppslutning", "Studiematerial från ABF", ""])
        if month in (3, 9):
            note = f"Kontakt: {phone_sv()}"
            pii.append(note.split(": ")[1])
        if month == 10:
            note = f"Anmälan till {mail(first, last)}"
            pii.append(mail(first, last))
        if month == 4:
            number = pnr_sv(short=True)
            note = f"Ny deltagare {number}"
            pii.append(number)
        circle = R.choice(["Marxism för nybörjare", "Feministisk ekonomi", "Lokalpolitik"])
        rows.append([day.isoformat(), circle, "1", note, f"{first} {last}"])
        values.append({"metric": "studiecirklar", "date": day, "value": 1})
    write_csv(name, rows, ";", "utf-8", bom=True)
    expected(name, "Board's list of study circles, Excel sv-SE 'CSV UTF-8' (BOM, ';'), a "
             "free-text Kommentar column where some cells hold a phone number, an e-mail "
             "address or a personnummer, and a Cirkelledare (names) column",
             "v-vallentuna-2021",
             {"columns": {"date": "Datum", "value": "Antal", "note": "Kommentar"},
              "fixed_metric": "studiecirklar"},
             "imported",
             "One entry per row. Cirkelledare holds names: dropped. Kommentar may become the "
             "note, but the phone numbers, e-mail and personnummer in it must be masked "
             "(or the note dropped): none of the must_not_appear strings may be stored, "
             "shown or logged.",
             values, must_not_appear=pii)


def board_refused_text_cell():
    name = "board-wide-months-text-cell-refused.csv"
    rows = [["Vallentuna – aktiviteter 2021"], [],
            ["Aktivitet"] + MONTHS_SV]
    rows.append(["Medlemsmöten", "1", "1", "1", "1", "1", "", "", "1", "1", "1", "1", ""])
    rows.append(["Studiecirklar", "", "1", "2", "ca 3", "1", "", "", "", "1", "1", "", ""])
    write_csv(name, rows, ";", "cp1252")
    expected(name, "Wide month sheet (sv, title row, cp1252 ';') where a board member typed "
             "'ca 3' in a month cell", "v-vallentuna-2021",
             {"columns": {"metric": "Aktivitet"}, "wide": "months", "year": 2021,
              "header_row": 3, "metric_labels": {"Medlemsmöten": "medlemsmoten",
                                                 "Studiecirklar": "studiecirklar"}},
             "refused",
             "File line 5 (title line 1, blank line 2, header line 3), column 5 (apr) holds "
             "'ca 3', not a number. The message names line 5, column 5 and the column's "
             "header 'apr'.",
             refusal={"line": 5, "column": 5, "contains": ["apr", "ca 3"]},
             never_written=["medlemsmoten", "studiecirklar"])


# ================================================================ the product's own export

EXPORT_COLUMNS = ["date", "plan", "metric", "value", "tags", "milestone", "step", "note",
                  "reported_by", "unit", "id"]


def entry_id(index: int) -> str:
    return "e" + f"{R.getrandbits(120):030x}"[:30]


def product_entries():
    """A small Vallentuna export as goals/exporter.py writes it (strings per column)."""
    entries = [
        ["2021-01-31", "v-vallentuna-2021", "medlemmar", "112", "", "", "", "", "Anna", "", ""],
        ["2021-02-28", "v-vallentuna-2021", "medlemmar", "115", "", "", "", "", "Anna", "", ""],
        ["2021-03-05", "v-vallentuna-2021", "valfond", "1234.5", "", "", "",
         "Insamling på torget", "Erik", "", ""],
        ["2021-03-15", "v-vallentuna-2021", "webbinlagg", "1", "", "", "", "Budgetdebatten",
         "Anna", "", ""],
        ["2021-03-20", "v-vallentuna-2021", "sociala", "1", "nyhetskrok;klimat", "", "", "",
         "", "", ""],
        ["2021-04-02", "v-vallentuna-2021", "", "", "", "valprogram", "Första utkast", "", "",
         "", ""],
        ["2021-04-14", "v-vallentuna-2021", "valfond", "250.75", "", "", "",
         "Swish, Åsas loppis", "Åsa", "", ""],
        ["2021-05-19", "v-vallentuna-2021", "medlemsmoten", "1", "", "", "",
         "Medlemsmöte; kommunbudget \"2022\"", "", "", ""],
        ["2021-06-01", "v-vallentuna-2021", "aktiva", "23", "", "", "", "", "Erik", "", ""],
        ["2021-06-30", "v-vallentuna-2021", "valfond", "-100", "", "", "",
         "Rättelse: dubbelbokfört", "Erik", "", ""],
    ]
    for index, entry in enumerate(entries):
        entry[10] = entry_id(index)
    return entries


def entries_yaml(entries):
    out = []
    for e in entries:
        item = {"date": date.fromisoformat(e[0])}
        if e[2]:
            item["metric"] = e[2]
            item["value"] = float(e[3]) if "." in e[3] else int(e[3])
        else:
            item["milestone"] = e[5]
            if e[6]:
                item["step"] = e[6]
        if e[4]:
            item["tags"] = e[4].split(";")
        if e[7]:
            item["note"] = e[7][1:] if e[7].startswith("'") and e[7][1:2] in "=+-@" else e[7]
        if e[8]:
            item["reported_by"] = e[8]
        item["id"] = e[10]
        out.append(item)
    return out


ROUND_TRIP = """\
Round trip: the rows are the product's export (goals/exporter.py: columns date, plan, metric,
value, tags, milestone, step, note, reported_by, unit, id); Excel changed only the file's
form (delimiter, encoding, decimal comma, line ends). Importing it back must give exactly
the entries exported: same ids (so nothing is duplicated), dates, values, tags, notes."""


def export_excel_sv_cp1252():
    name = "export-excel-sv-cp1252.csv"
    entries = product_entries()
    rows = [EXPORT_COLUMNS] + [[c.replace(".", ",") if i == 3 else c for i, c in enumerate(e)]
                               for e in entries]
    write_csv(name, rows, ";", "cp1252")
    expected(name, "The product's own entries CSV opened in Excel sv-SE and saved as 'CSV "
             "(semikolonavgränsad)': ';', Windows-1252, CRLF, decimal comma (1234,5), ISO "
             "dates kept (sv-SE short date is YYYY-MM-DD)", "v-vallentuna-2021",
             {"kind": "entries"}, "imported", ROUND_TRIP + "\n'1234,5' = 1234.5, '-100' = "
             "-100 (a correction).", entries_yaml(entries), exact=True)


def export_excel_utf8_bom():
    name = "export-excel-sv-utf8bom.csv"
    entries = product_entries()
    rows = [EXPORT_COLUMNS] + [[c.replace(".", ",") if i == 3 else c for i, c in enumerate(e)]
                               for e in entries]
    write_csv(name, rows, ";", "utf-8", bom=True)
    expected(name, "The product's entries CSV saved by Excel sv-SE as 'CSV UTF-8 "
             "(kommaavgränsad)': BOM, but ';' (the list separator of the sv-SE locale), "
             "decimal comma", "v-vallentuna-2021", {"kind": "entries"}, "imported",
             ROUND_TRIP, entries_yaml(entries), exact=True)


def export_excel_xlsx():
    from openpyxl import Workbook
    name = "export-excel-resaved.xlsx"
    entries = product_entries()
    book = Workbook()
    sheet = book.active
    sheet.title = "entries"
    sheet.append(EXPORT_COLUMNS)
    for e in entries:
        row: list = list(e)
        row[0] = datetime.fromisoformat(e[0])              # Excel turned ISO text into dates
        row[3] = (float(e[3]) if "." in e[3] else int(e[3])) if e[3] else None
        row = [None if c == "" else c for c in row]
        sheet.append(row)
        sheet.cell(sheet.max_row, 1).number_format = "yyyy-mm-dd"
    goals = book.create_sheet("goals")
    goals.append(["id", "section", "kind", "text", "metric", "target", "per", "start",
                  "deadline", "responsible"])
    goals.append(["medlemsokning", "Valet 2022", "increase", "Öka vårt medlemsantal med 20 %.",
                  "medlemmar", "+20%", "", "2021-01-01", "2021-12-31", ""])
    save_book(book, name)
    expected(name, "The product's XLSX export (sheet entries + sheet goals) opened and saved "
             "by Excel: dates became real date cells (yyyy-mm-dd), values numbers, empty "
             "cells empty", "v-vallentuna-2021", {"kind": "entries", "sheet": "entries"},
             "imported", ROUND_TRIP + "\nThe 'goals' sheet is information, not entries.",
             entries_yaml(entries), exact=True)


def export_formula_note():
    name = "export-formula-note-tags.csv"
    entries = product_entries()[:5]
    entries[1][7] = "'=HYPERLINK(\"http://example.org\";\"klicka\")"
    entries[3][7] = "'-5 kr i avgift, se protokoll"
    entries[4][4] = "klimat;nyhetskrok"
    entries[4][7] = "'@vallentuna_v tipsade"
    rows = [EXPORT_COLUMNS] + entries
    write_csv(name, rows, ";", "cp1252")
    expected(name, "The product's CSV (notes that look like formulas, exported with the "
             "guard prefix ') after an Excel sv-SE save: ';', Windows-1252; tags "
             "'klimat;nyhetskrok' quoted because ';' is now the delimiter",
             "v-vallentuna-2021", {"kind": "entries"}, "imported",
             ROUND_TRIP + "\nThe exporter prefixed notes starting with = - @ by ' ; import "
             "takes the prefix off again, so the note is the member's words exactly. The "
             "tags cell holds two tags.", entries_yaml(entries), exact=True)


def export_nul_note():
    name = "export-nul-in-note.csv"
    entries = product_entries()[:4]
    rows = [EXPORT_COLUMNS] + entries
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    text = buffer.getvalue().replace("Budgetdebatten", "Budget\x00debatten")
    (OUT / name).write_bytes(text.encode("utf-8"))
    clean = entries_yaml(entries)
    expected(name, "The product's CSV after a broken copy (a NUL byte inside the note of line "
             "5), UTF-8, ','", "v-vallentuna-2021", {"kind": "entries"}, "imported",
             ROUND_TRIP + "\nLine 5's note has a NUL (0x00) byte inside 'Budgetdebatten'. A NUL "
             "is never a member's words (no editor shows it): the right result keeps all four "
             "entries and stores the note without it ('Budgetdebatten'). No crash, no "
             "'line contains NUL' from the csv module; a warning naming line 5 is welcome.",
             clean, exact=True)


def export_400_digits():
    name = "export-400-digit-value-refused.csv"
    entries = product_entries()[:6]
    entries[3][3] = "9" * 400
    write_csv(name, [EXPORT_COLUMNS] + entries, ",", "utf-8", eol="\n")
    expected(name, "The product's CSV where a value cell holds a 400-digit number (a pasted "
             "account number gone wrong)", "v-vallentuna-2021", {"kind": "entries"},
             "refused",
             "Line 5, column 4 (value) is not a finite number a count can hold (1e400 "
             "overflows a float). The message names line 5 and the column 'value'; it must "
             "not echo 400 digits.",
             refusal={"line": 5, "column": 4, "contains": ["value"]},
             never_written=["webbinlagg", "medlemmar", "valfond"])


def export_formula_tag():
    name = "export-formula-tag-refused.csv"
    entries = product_entries()[:6]
    entries[4][4] = "=klimat"
    write_csv(name, [EXPORT_COLUMNS] + entries, ";", "cp1252")
    expected(name, "The product's CSV after Excel sv-SE where someone typed '=klimat' in the "
             "tags cell (Excel would have tried to run it)", "v-vallentuna-2021",
             {"kind": "entries"}, "refused",
             "Line 6, column 5 (tags): '=klimat' is not a tag of metric sociala (its tags are "
             "klimat, nyhetskrok); it must not be taken as a formula nor silently turned into "
             "'klimat'. The message names line 6, the column 'tags' and suggests klimat.",
             refusal={"line": 6, "column": 5, "contains": ["tags", "klimat"]},
             never_written=["sociala"])


def export_missing_header_column():
    name = "export-unknown-column-refused.csv"
    entries = product_entries()[:4]
    header = list(EXPORT_COLUMNS)
    header[8] = "rapporterad av"
    write_csv(name, [header] + entries, ";", "utf-8", bom=True)
    expected(name, "The product's CSV where a board member renamed the header 'reported_by' "
             "to Swedish 'rapporterad av' in Excel", "v-vallentuna-2021", {"kind": "entries"},
             "refused",
             "Header line 1, column 9: 'rapporterad av' is not an entries column. The message "
             "names line 1, column 9 and suggests reported_by.",
             refusal={"line": 1, "column": 9, "contains": ["rapporterad av", "reported_by"]},
             never_written=["medlemmar", "valfond", "webbinlagg"])


# ================================================================ corpus plans, docs

PLANS = {
    "sv-hamar-2023.yaml": """\
# Corpus plan (invented) for the Norwegian register files: no real nb plan in plans/ has
# member metrics. Shaped like a lokallag's year plan under Innlandet SV.
id: sv-hamar-2023
title: Årsplan for Hamar SV 2023
organisation:
  id: sv-hamar
  name: Hamar SV
  level: lokallag
  parent: sv-innlandet
period: {start: 2023-01-01, end: 2023-12-31}
language: nb

metrics:
  medlemmer: {label: Medlemmer, type: level}
  nye-medlemmer: {label: Nye medlemmer, type: flow}
  aktive: {label: Aktive medlemmer, type: level}

sections:
  - title: Organisasjon
    goals:
      - id: medlemsvekst
        text: Øke medlemstallet med 10 %.
        kind: increase
        metric: medlemmer
        target: +10%
      - id: nye
        text: Minst 20 nye medlemmer i løpet av året.
        kind: total
        metric: nye-medlemmer
        target: 20
""",
    "s-ringkampanj-2021.yaml": """\
# Corpus plan (invented) for call files whose three counts must all be checked: the real
# S Stockholm plans have no metric for calls made.
id: s-ringkampanj-2021
title: Ringkampanj hösten 2021
organisation:
  id: s-stockholm
  name: Socialdemokraterna i Stockholm
  level: arbetarekommun
period: {start: 2021-09-01, end: 2021-12-31}
language: sv

metrics:
  ringda-samtal: {label: Ringda samtal, type: flow}
  samtal: {label: Samtal med väljare, type: flow}
  varvade: {label: Värvade medlemmar, type: flow}

sections:
  - title: Ringkampanjen
    goals:
      - id: ringa
        text: Ringa 3 000 samtal.
        kind: total
        metric: ringda-samtal
        target: 3000
      - id: samtala
        text: Föra 1 000 samtal.
        kind: total
        metric: samtal
        target: 1000
      - id: varva
        text: Värva 100 nya medlemmar.
        kind: total
        metric: varvade
        target: 100
""",
}


def write_plans():
    folder = OUT / "plans"
    folder.mkdir(exist_ok=True)
    for name, text in PLANS.items():
        (folder / name).write_text(text, encoding="utf-8")


def write_readme():
    lines = ["# Import corpus", "",
             "Real-shaped files a board, a district or a calling tool hands to the importer, "
             "each with `NAME.expected.yaml`: what the import must give. The expected figures "
             "say what is RIGHT (counted independently in `build_corpus.py`, never by the "
             "product's code), not what the code does today: several files expose known "
             "bugs. Sources and assumptions per tool: `SOURCES.md`.", "",
             "Rebuild (deterministic, fixed seed): "
             "`/work/main/.venv/bin/python tests/import_corpus/build_corpus.py`", "",
             "Plans: ids refer to `plans/*.yaml`, except `sv-hamar-2023` and "
             "`s-ringkampanj-2021`, corpus plans in `tests/import_corpus/plans/`.", "",
             "## Files", "", "| file | shaped like | outcome |", "| --- | --- | --- |"]
    for name, shaped, outcome in MANIFEST:
        lines.append(f"| `{name}` | {shaped.replace('|', '/')} | {outcome} |")
    lines += ["", "## The expected-file format", "", "```yaml", EXPECTED_FORMAT.strip(), "```",
              ""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


EXPECTED_FORMAT = """\
# comment lines first: how the figures were counted
file: NAME.ext                     # the file beside this one
shaped_like: "..."                 # which real tool / person makes a file like it
plan: v-vallentuna-2021            # plan id (plans/ or tests/import_corpus/plans/)
as_of: 2022-01-15                  # the import's as_of day, where counts depend on it
how: {mapping: register}           # {mapping: calls} | {mapping: zetkin-calls} |
                                   # {kind: entries} (the product's own format) |
                                   # {columns: {date: Datum, value: Antal, note: Rubrik},
                                   #  fixed_metric: medlemsmoten, header_row: 3,
                                   #  wide: months|weeks, year: 2021, metric_labels: {...}}
                                   # extra keys on a ready mapping (conversation_outcomes,
                                   # recruited, columns, date_format) are what a board sets
outcome: imported                  # or refused
entries:                           # imported: the resulting figures, one line per
  - {metric: medlemmar, date: 2021-01-31, value: 118}       # (metric|milestone, date,
  - {metric: samtal, date: 2021-10-12, value: 9, förening: s-norrmalm}   # förening)
never_written: [aktiva]            # metrics the import must not touch
notes_skipped: "row 14 'Summa' skipped as a totals row"     # optional
must_not_appear: ["070-000 12 34"] # optional: identifiers never stored, shown or logged
columns_dropped: [Förnamn]         # optional: personal columns taken out on reading
date_granularity: month            # optional: entry dates may be any day in that month/week
exact: true                        # optional (round trips): entries listed one by one,
                                   # with ids, notes and tags, not aggregated
calls_made: 97                     # optional: calls counted where the plan has no metric
refusal:                           # refused: what the message must say
  line: 7                          # file line (1-based) the bad record starts on
  column: 5                        # ORIGINAL column number in the file (1-based)
  contains: ["Inträdesdatum"]      # words the message must contain
"""


def main():
    write_plans()
    for build in (reg_sv_cp1252, reg_sv_active_bom, reg_sv_tab, reg_nb_hypersys_csv,
                  reg_nb_hypersys_xlsx, reg_refused_empty_join, reg_refused_bad_mark,
                  reg_refused_ended_before,
                  calls_sv_tool_hostkampanj, calls_sv_tool_cp1252, calls_zetkin_api,
                  calls_zetkin_ui_sv, calls_zetkin_ui_en, calls_en_dialer,
                  calls_numeric_states, calls_refused_bad_date,
                  board_title_summa, board_totalt_cp1252, board_wide_sv, board_wide_nb,
                  board_weeks, board_google_sheets, board_libreoffice_nb,
                  board_formula_cells, board_pii_notes, board_refused_text_cell,
                  export_excel_sv_cp1252, export_excel_utf8_bom, export_excel_xlsx,
                  export_formula_note, export_nul_note, export_400_digits,
                  export_formula_tag, export_missing_header_column):
        build()
    write_readme()




def check() -> None:
    """Self-check of the corpus (not of the product): every expected file parses and names
    an existing file, every refusal points at a real line, workbooks carry cached values."""
    import yaml
    from openpyxl import load_workbook

    for path in sorted(OUT.glob("*.expected.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        target = OUT / data["file"]
        assert target.exists(), path.name
        assert data["outcome"] in ("imported", "refused"), path.name
        assert (data["outcome"] == "refused") == ("refusal" in data), path.name
        if data["outcome"] == "imported":
            assert data["entries"], path.name
        if target.suffix == ".xlsx":
            book = load_workbook(target, data_only=True)
            for sheet in book.worksheets:
                for row in sheet.iter_rows():
                    for cell in row:
                        assert not (isinstance(cell.value, str) and cell.value.startswith("=")), \
                            (path.name, cell.coordinate)
        elif "refusal" in data:
            raw = target.read_bytes()
            text = raw.decode("utf-8-sig") if raw[:3] == b"\xef\xbb\xbf" else raw.decode(
                "utf-8" if b"\xc3" in raw else "cp1252")
            assert len(text.splitlines()) >= data["refusal"]["line"], path.name
    print("corpus ok:", len(list(OUT.glob("*.expected.yaml"))), "expected files")


if __name__ == "__main__":
    import sys

    main()
    if "--check" in sys.argv:
        check()
