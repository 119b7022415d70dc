"""One sentence -> the measurable targets it states (kind, target, per, tag, window).

Each phrasing family real plans use has one small recogniser: coverage ("alla
föreningar", "hvert lokallag"), share ("minst 10 % av inläggen"), amounts ("25 000 kr"),
rates ("två gånger per termin", "varje kalendermånad", "hver måned", "ukentlige"),
increases ("öka med 20 %", "100 % fler", "dubblera", "fyrdubbla", "från 80 till 120") and
totals ("minst en studiecirkel", "två medlemsmöten"). A sentence with two targets joined by
"och/og" ("öka medlemsantalet med 20 % och antalet aktiva med 50 %") gives two goals.
Sentences that describe (what happened, what is) rather than decide are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from goals.drafting.number_words import (
    DIGITS,
    number_words,
    parse_digits,
    plain,
    value_of,
    word_pattern,
)

UNITS = (r"(?:parti|bransch|s-|lokal|kommun)?(?:förening(?:ar|arna|en)?|forening(?:er|ene|a)?"
         r"|(?:grende|skole|kommune|ungdoms|student|kvinne|bygde|distrikts)lag(?:a|ene|et)?"
         r"|lokalavdelning(?:ar|arna)?"
         r"|avdelning(?:ar|arna)?|krets(?:ar|arna|en)?|lokallag(?:a|ene|et)?"
         r"|fylkeslag(?:a|ene)?|kommunelag(?:a|ene)?|lag(?:a|ene)|kretslag\w*"
         r"|branch(?:es)?|local (?:branches|groups|associations)|klubb(?:ar|arna|en)?"
         r"|ortsgrupp(?:er|erna)?|lokalgrupp(?:er|erna|ene)?|distrikt(?:en|et)?"
         r"|ungdomslag\w*|avdelinger|avdelingene|avdeling|lokallagsstyre\w*"
         r"|föreningsstyrelse\w*|lokalföreningar\w*)")
PERCENT = r"\s*(?:%|procent|prosent|percent|per cent)"
UNIT_WORDS = {
    "week": r"vecka|veckan|veckor|uke|uka|uken|veke|veka|week",
    "month": r"kalendermånad|kalendermånaden|kalendermåned|månad|månaden|måned|måneden|"
             r"månaden|month",
    "quarter": r"kvartal|kvartalet|quarter",
    "half-year": r"termin|terminen|halvår|halvåret|semester|semesteret|term|half-year",
    "year": r"år|året|year",
}
ADVERBS = {
    "week": r"veckovis|ukentlig\w*|weekly|varje vecka|hver uke",
    "month": r"månadsvis|månatlig\w*|månedlig\w*|monthly",
    "quarter": r"kvartalsvis|quarterly",
    "year": r"årlig\w*|annually|yearly|årligen",
}
# Words that are numbers only in a number's context: articles ("en", "ett", "ei", "et",
# "a") and English "one"; Norwegian "to", "ti", "ni" are always numbers (sv drops them).
AMBIGUOUS = {"sv": {"en", "ett", "ein", "eitt", "éin"},
             "nb": {"en", "ei", "et", "ett", "ein", "eitt", "éin"}, "en": {"a", "one"}}
WEEKDAYS = (r"måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|"
            r"tysdag|laurdag|sundag|"
            r"søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday")
FRACTIONS = ((r"hälften|halvparten|half", Fraction(1, 2)),
             (r"var tredje|hver tredje|every third", Fraction(1, 3)),
             (r"var fjärde|hver fjerde|every fourth", Fraction(1, 4)),
             (r"var femte|hver femte|every fifth", Fraction(1, 5)),
             (r"var tionde|hver tiende|every tenth", Fraction(1, 10)),
             (r"en tredjedel|en tredel|a third|one third", Fraction(1, 3)),
             (r"en fjärdedel|en firedel|en fjerdedel|a quarter|one quarter", Fraction(1, 4)),
             (r"två tredjedelar|to tredeler|two thirds", Fraction(2, 3)),
             (r"tre fjärdedelar|tre firedeler|tre fjerdedeler|three quarters", Fraction(3, 4)))
MODAL = re.compile(r"\b(?:ska|skall|skal|bör|bør|måste|må|vill|will|shall|should|must|mål\w*|"
                   r"goals?|targets?|kommer\s+(?:\w+\s+){0,3}att|planerar|planlegger|"
                   r"plan(?:s|lagt)?)\b")
PLANNING = re.compile(r"\b(?:minst|åtminstone|upp till|opptil|minimum|at least|varje|hver|"
                      r"hvert|per|pr|under året|i løpet av|i år|i perioden|during the year|"
                      r"every|each|gånger|ganger|gonger|times|senest|senast|innen|före|innan|"
                      r"within|by)\b")
MULTIPLIERS = (
    (r"fyrdubbl\w*|firedobl\w*|quadrupl\w*", 4),
    (r"tredubbl\w*|tredobl\w*|tripl\w*", 3),
    (r"fördubbl\w*|dubbl\w*|fordobl\w*|dobl\w*|doubl\w*", 2),
    (r"halver\w*|halve\b|halving", Fraction(1, 2)),
)
INCREASE = r"\b(?:öka\w*|ök\w*|höj\w*|utöka\w*|förstärk\w*|øk\w*|auk\w*|hev\w*|styrk\w*" \
    r"|increas\w*|grow\w*|rais\w*|boost\w*|fler|flere|more)\b"
DECREASE = r"\b(?:minsk\w*|sänk\w*|reduser\w*|redusere|senk\w*|reduc\w*|cut|lower)\b"
AT_LEAST = r"(?:minst|åtminstone|minimum|upp till|opptil|inntil|at least|up to|no fewer than" \
    r"|över|over|mer än|mer enn|more than)"
COUNTERS = r"(?:gång|gånger|gang|ganger|gong|gonger|times?)"
DURATION = r"(?:år|års|åren|veckor|veckors|uker|ukers|dagar|dager|dagars|timmar|timmars|" \
    r"timer|timers|minuter|minuters|years?|weeks?|days?|hours?|månader|måneder|månaders|sekunder)\b"
CURRENCY = r"(?:kr\b|kronor|kroner|sek\b|nok\b|:-|,-|000\s*kr)"
DESCRIBES = re.compile(
    r"\b(?:idag|i dag|i fjol|ifjol|i fjor|förra året|fjoråret|last year|today|hittills|"
    r"so far|har varit|har vært|hade|hadde|blev|ble|var det|det var|genomförde|genomførte|"
    r"värvade|vervet|vervede|pratade|snakket|samlade|samlet|fick|fikk|lyckades|klarte|"
    r"blivit|har blitt|skrev|ordnades|genomfördes|arrangerades|besökte|ringde|innehåller|"
    r"inneholder|består|contains|consists)\b")
NOT_A_TARGET_PREFIX = re.compile(r"(?:födda?|født|fødd|born|nr|nummer|number|kl|klockan"
                                 r"|division|divisjon|leilegheit|leilighet|lägenhet|vecka|"
                                 r"uke|veke|week|trinn|klasse?|årskurs|kl\."
                                 r"|paragraf|§|punkt|sidan|side|page|tel|version|v\.)\s*$")


# Dates and times in figures: 31.12.2024, 15.02.24, 12.–13.09.2020, 29.6–2.7.2023, 10.00–11.00.
NUMERIC_DATE = re.compile(
    r"\b\d{1,2}\.(?:\s*[–-]\s*\d{1,2}\.)?\d{1,2}\.(?:\d{4}|\d{2})\b"
    r"|\b\d{1,2}\.\d{1,2}\.?\s*[–-]\s*\d{1,2}\.\d{1,2}(?:\.\d{2,4})?"
    r"|\b\d{1,2}[.:]\d{2}\s*[–-]\s*\d{1,2}[.:]\d{2}\b|\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?")
PEOPLE_ALL = re.compile(
    r"(?<!för )(?<!for )(?<!till )(?<!til )(?<!to )(?<!med )"     # the audience, not a share
    r"\b(?:alla|alle|samtliga|samtlige|kvar|kvart|hver|hvert|varje|all|every|each)\s+"
    r"(?:våra\s+|våre\s+|dei\s+|de\s+|our\s+)?(?:nya|nye|nytt|ny|nyvalde|nyvalgte|new|"
    r"aktiva|aktive)?\s*(?:medlem\w*|kandidat\w*|ledare\w*|ledere\w*|leiar\w*|"
    r"tillitsvalgt\w*|tillitsvald\w*|förtroendevald\w*|styremedlem\w*|styrelseledam\w*|"
    r"members?|candidates?|leaders?)\b")
LEVEL = re.compile(
    r"\b(?:vara|vere|være|ha|bli|nå|uppgå\w*\s+till|komme opp i|be|reach|have)\s+"
    r"(?:minst\s+|over\s+|över\s+|at least\s+|totalt\s+)?(?P<n>[\d][\d .]*\d|\d|\w+)\s+"
    r"(?:\w+\s+)?(?:medlem\w*|members?)\b"
    r"|\b(?:minst|over|över|at least)\s+(?P<m>[\d][\d .]*\d|\d|\w+)\s+(?:medlem\w*|members?)"
    r"\s+(?:innen|innan|vid|ved|till|til|by|før|före|i slutet|år\s+\d{4})"
    r"|\b(?:medlem\w*|members?)\b.{0,40}?\buppgå\w*\s+till\s+(?P<k>[\d][\d .]*\d|\d)")
EVERY_SECOND = re.compile(
    r"\b(?:varannan|vartannat|annenhver|annankvar|annakvar|hver andre|kvar andre|"
    r"every other|every second)\s+(\w+)")
NTH_WEEKDAY = re.compile(
    r"\b(?:første|första|siste|sista|kvar siste|hver siste|éin|ein|en|ett|one)\s+"
    r"(?:{days})\s+(?:i|in|per|varje|kvar|hver)\s+(?:månaden|måneden|månad|måned|month)")
WEEKDAY_RUN = re.compile(
    r"\b(?:(?:varje|hver|hvert|kvar|every|on)\s+(?:{days})|(?:{days})(?:ar|er|s)\b)"
    r"(?:(?:\s*,\s*|\s+(?:och|og|and)\s+)(?:{days})(?:ar|er|s)?)*")


@dataclass
class Reading:
    """One target read from a clause."""

    kind: str
    target: object | None            # YAML value: 2, "+20%", "x2", "10%", "100%"
    number: Fraction | None          # the number as the labels state it
    per: str | None = None
    tag: str | None = None
    baseline: int | float | None = None
    currency: str | None = None
    noun: str | None = None
    clause: str = ""
    checks: list[tuple[str, dict]] = field(default_factory=list)


@dataclass(frozen=True)
class Quantity:
    value: Fraction
    start: int
    end: int
    word: bool
    ambiguous: bool


def quantities(text: str, lang: str) -> list[Quantity]:
    """Every number in `text` (lower case) that could be a target: not a year, a date, a
    duration, a range's end, an ordinal or a number in a name."""
    found: list[Quantity] = []
    dates = [m.span() for m in NUMERIC_DATE.finditer(text)]
    for match in re.finditer(rf"(?<![\w.,/-])({DIGITS})(?![\d])", text):
        token = match.group(1)
        if any(a <= match.start() < b for a, b in dates) or \
                re.match(rf"\.?\s*[–-]\s*\d{{1,2}}\.?\s+(?:{_months()})\b", text[match.end():]):
            continue                                   # a date: 31.12.2024, 15.02.24
        after = text[match.end():match.end() + 16]
        before = text[max(0, match.start() - 12):match.start()]
        value = parse_digits(token)
        if re.match(r"\s*[-–]\s*\d", after) and not re.match(r"\s*[-–]\s*\d+\s*%", after):
            continue                                   # a range or a date: 2022-2023, 4-25
        if re.match(r"\.?\s*(?:" + _months() + r")\b", after):
            continue                                   # a date: 17. april
        if re.fullmatch(r"\d{4}", token) and 1900 <= value <= 2100 \
                and not re.match(rf"\s*(?:{CURRENCY}|%)", after):
            continue                                   # a year
        if re.match(rf"\s*(?:nya\s+|nye\s+|hela\s+|new\s+)?{DURATION}", after):
            continue                                   # a duration: 4 år, fyra nya år
        if re.match(r"\s*(?:miljon|miljard|million|milliard|mnkr|mdkr|mkr)", after):
            continue                                   # a municipal budget, not ours to count
        if re.match(r"-[a-zåäöæø]", after):
            continue                                   # a name: 1177-kampanjen, 15-minutersstad
        if re.match(r"\.\s*(?:[a-zåäöæø]|$)", after) and value < 32 and "," not in token \
                and not re.match(r"\.\s*$", after):
            continue                                   # an ordinal: 3. mars, 1. punkt
        if NOT_A_TARGET_PREFIX.search(before):
            continue
        if re.match(r"[a-zåäöæø]", after) and not re.match(rf"{CURRENCY}|st\b", after):
            continue                                   # part of a name: 1177-kampanj, 3d
        found.append(Quantity(value, match.start(), match.end(), False, False))
    known = number_words(lang)
    for match in re.finditer(r"[a-zåäöæøéü]+", text):
        word = match.group(0)
        if word not in known:
            continue
        value = value_of(word, lang)
        after = text[match.end():match.end() + 16]
        before = text[max(0, match.start() - 12):match.start()]
        if re.match(rf"\s*(?:nya\s+|nye\s+|hela\s+|new\s+)?{DURATION}", after):
            continue
        if re.search(r"\b(?:många|flera|några|mange|flere|noen|many|several|some|ett par|"
                     r"et par|par|a few|a couple of)\s+$", before):
            continue                                   # "många tusen": no number
        ambiguous = word in AMBIGUOUS.get(lang, AMBIGUOUS["sv"])
        found.append(Quantity(value, match.start(), match.end(), True, ambiguous))
    found.sort(key=lambda q: q.start)
    return found


def _months() -> str:
    from goals.drafting.calendar_words import MONTH

    return MONTH


def _confirmed(q: Quantity, text: str) -> bool:
    """An ambiguous number word ("en", "ett", "to") counts only in a number's context."""
    if not q.ambiguous:
        return True
    before = text[max(0, q.start - 20):q.start]
    after = text[q.end:q.end + 20]
    if re.search(rf"{AT_LEAST}\s*$", before) or re.match(rf"\s+{COUNTERS}\b", after):
        return True
    if re.match(r"\s+(?:eller|or)\s+(?:flera|fler|flere|more)\b", after):
        return True                                    # "ett eller flera": at least one
    rate = _rate_unit(text[q.end:q.end + 48])
    return rate is not None and rate[1] <= 30


def _noun_after(text: str, end: int) -> str | None:
    for word in re.findall(r"[a-zåäöæøéü][a-zåäöæøéü-]*", text[end:end + 60])[:3]:
        from goals.drafting.metrics import SKIP_NOUNS

        if word not in SKIP_NOUNS and len(word) > 3:
            return word
    return None


_PER_UNIT = {per: re.compile(rf"\b(?<!varannan )(?<!annenhver )(?<!every other )(?:per|pr\.?|"
                             rf"varje|hver|hvert|kvar|kvart|each|every|a|an|om|i)\s+"
                             rf"(?:ny\s+|nytt\s+)?"
                             rf"({words})\b") for per, words in UNIT_WORDS.items()}


def _rate_unit(text: str) -> tuple[str, int, int] | None:
    """(per, start, end) of a 'per unit' phrase, or None."""
    for per, pattern in _PER_UNIT.items():
        for match in pattern.finditer(text):
            unit = match.group(1)
            lead = text[match.start():match.start() + 3]
            if lead.startswith("i ") and unit in ("år", "termin", "månad", "måned", "vecka",
                                                  "uke", "halvår", "kvartal"):
                continue                               # "i år" is this year, not per year
            if lead.startswith(("a ", "an")) and per == "year" and unit == "år":
                continue
            if lead.startswith("om") and per not in ("year", "month", "week"):
                continue
            return per, match.start(), match.end()
    match = re.search(rf"\b(?:varje|hver|hvert|kvar|every|each)\s+(?:{WEEKDAYS})\b", text)
    if match:
        return "week", match.start(), match.end()
    for per, words in ADVERBS.items():
        match = re.search(rf"\b(?:{words})\b", text)
        if match:
            return per, match.start(), match.end()
    return None


def _coverage(text: str, lang: str) -> Reading | None:
    """Every unit (or a part of them) below the plan's organisation doing something: the
    units are what the sentence is about (its start, or followed by 'ska/skal/should'),
    or what the plan's own organisation visits or reaches."""
    for match in re.finditer(rf"\b(?:alla|samtliga|varje|alle|hvert|hver|samtlige|all|every|"
                             rf"each)\s+(?:våra\s+|vår\s+|våre\s+|our\s+|of our\s+|de\s+|"
                             rf"dei\s+)?(?:[\wåäöæø-]+\s+)?(?:{UNITS}|delar av (?:\w+\s+)?"
                             rf"organisation\w*)\b", text):
        before = text[:match.start()]
        after = text[match.end():match.end() + 40]
        if re.search(r"\b(?:för att|for å|in order to)\b[^,]*$", before):
            continue                   # the units are an object: "för att stödja alla ..."
        if (len(before.split()) <= 2 or re.match(r"\s+(?:\w+\s+)?(?:ska|skall|skal|bör|bør|"
                                                   r"should|shall|must|will|har|have)\b", after)
                or re.search(r"\b(?:besöka|besøke|visit|kontakta|kontakte|nå|reach)\s+$",
                             before)):
            return Reading("coverage", "100%", Fraction(1), clause=text)
    if re.match(rf"^(?:att\s+|å\s+)?(?:ha|have)\s+{UNITS}\s+som\b", text) or \
            re.match(r"^på (?:förenings|lokallags)nivå\b", text):
        return Reading("coverage", "100%", Fraction(1), clause=text)
    match = re.search(rf"\b(?:hälften|halvparten|half)\s+(?:av|of)\s+(?:[\wåäöæø-]+\s+)?"
                      rf"{UNITS}\b", text)
    if match:
        return Reading("coverage", "50%", Fraction(1, 2), clause=text)
    match = re.search(rf"({DIGITS}){PERCENT}\s+(?:av|of)\s+(?:[\wåäöæø-]+\s+)?{UNITS}\b",
                      text)
    if match:
        value = parse_digits(match.group(1))
        if 0 < value <= 100:
            return Reading("coverage", f"{plain(value)}%", value / 100, clause=text)
    words = word_pattern(lang)
    match = re.search(rf"\b({DIGITS}|{words})\s+(?:av|of)\s+(?:de\s+|våra\s+|våre\s+|our\s+)?"
                      rf"({DIGITS}|{words})\s+{UNITS}\b", text) \
        if re.search(r"\s(?:av|of)\s", text) else None
    if match:
        part, whole = value_of(match.group(1), lang), value_of(match.group(2), lang)
        if part and whole and 0 < part <= whole:
            fraction = part / whole
            percent = round(float(fraction) * 100, 1)
            target = f"{int(percent) if percent.is_integer() else percent}%"
            return Reading("coverage", target, fraction, clause=text)
    return None


def _share(text: str) -> Reading | None:
    for words, fraction in FRACTIONS:
        match = re.search(rf"\b(?:{words})\s+(?:(?:av|of)\s+)?(?!(?:\w+\s+)?{UNITS}\b)"
                          rf"([a-zåäöæø]\S*)", text)
        if match:
            percent = fraction * 100
            target = f"{plain(percent)}%" if percent.denominator == 1 else \
                f"{round(float(percent), 1)}%"
            reading = Reading("share", target, percent, clause=text, noun=match.group(1))
            reading.tag = _tag(text[match.end():])
            return reading
    match = re.search(rf"\bandel(?:en|ar)?\b(.*?)\b(?:till|til|to|på|of|minst|at least)\s+"
                      rf"(?:minst\s+|at least\s+)?({DIGITS}){PERCENT}", text)
    if match:
        value = parse_digits(match.group(2))
        if 0 < value <= 100:
            reading = Reading("share", f"{plain(value)}%", value, clause=text)
            reading.tag = _tag(match.group(1))
            return reading
    match = re.search(rf"({DIGITS}){PERCENT}\s+(?:av|of)\s+(?!{UNITS}\b)(\S+)", text)
    if not match:
        return None
    value = parse_digits(match.group(1))
    if not 0 < value <= 100:
        return None
    reading = Reading("share", f"{plain(value)}%", value / 100, clause=text,
                      noun=match.group(2).strip(".,;:"))
    reading.tag = _tag(text[match.end():])
    return reading


def _tag(rest: str) -> str:
    """The tag a share counts: the first word of substance after 'vara/være/be' or 'om'."""
    from goals.drafting.number_words import slug as ascii_slug

    skip = {"korta", "korte", "short", "långa", "lange", "long", "nya", "nye", "new",
            "inlägg", "innlegg", "posts", "som", "med", "that", "which", "snabbt", "raskt",
            "about", "handla", "handle", "vara", "være", "våra", "våre", "our", "their"}
    match = re.search(r"\b(?:vara|være|be|handla om|handle om|om|about|on)\s+(.*)", rest)
    words = re.findall(r"[a-zåäöæøéü]{4,}", match.group(1) if match else rest)
    for word in words:
        if word not in skip:
            return ascii_slug(word)[:30] or "tagg"
    return "tagg"


def _amount(text: str) -> tuple[Fraction, str, int, int] | None:
    match = re.search(rf"(?<![\w.,])({DIGITS})\s*(kr\b|kronor|kroner|sek\b|nok\b|:-|,-)", text)
    if not match:
        match = re.search(rf"\b(sek|nok|kr\.?)\s*({DIGITS})", text)
        if not match:
            return None
        token, word = match.group(2), match.group(1)
    else:
        token, word = match.group(1), match.group(2)
    currency = "NOK" if word in ("nok", "kroner") else ("SEK" if word in ("sek", "kronor")
                                                        else "")
    return parse_digits(token), currency, match.start(), match.end()


def _weekday_rate(text: str) -> Reading | None:
    """'annakvar tysdag' (0.5 a week), 'første torsdag i måneden' (1 a month), 'hver
    tirsdag og fredag', 'tisdagar och fredagar' (2 a week), 'på torsdagar' (1 a week)."""
    second = EVERY_SECOND.search(text)
    if second:
        word = second.group(1)
        per = "month" if re.fullmatch(UNIT_WORDS["month"], word) else (
            "week" if re.fullmatch(rf"{UNIT_WORDS['week']}|{WEEKDAYS}", word) else None)
        if per:
            return Reading("rate", 0.5, Fraction(1, 2), per=per, clause=text)
    days = WEEKDAYS
    if re.search(NTH_WEEKDAY.pattern.replace("{days}", days), text):
        return Reading("rate", 1, Fraction(1), per="month", clause=text)
    run = re.search(WEEKDAY_RUN.pattern.replace("{days}", days), text)
    if run:
        count = len(re.findall(rf"(?:{days})", run.group(0)))
        return Reading("rate", count, Fraction(count), per="week", clause=text)
    return None


def _level(text: str, lang: str) -> Reading | None:
    """A member level to reach: 'vara 250 medlemmar vid årets slut', 'minst 1 500
    medlemmer innen 1.1.2025' (the date is the deadline), 'uppgå till 750'."""
    for match in LEVEL.finditer(text):
        token = (match.group("n") or match.group("m") or match.group("k")).strip()
        value = value_of(token, lang) if not token[0].isdigit() else parse_digits(token)
        if value and value >= 2:
            return Reading("increase", plain(value), value, clause=text, noun="medlemmar")
    return None


def _part_of_whole(text: str, lang: str) -> Reading | None:
    """'i minst 20 av kommunens 26 valdistrikt' -> 76.9 %; 'samtliga 14 valdistrikt' and
    the people of the organisation ('alla kandidater', 'kvart styremedlem') -> 100 %."""
    words = word_pattern(lang)
    match = re.search(rf"\b({DIGITS}|{words})\s+(?:av|of)\s+(?:[\wåäöæø]+s\s+|de\s+|dei\s+|"
                      rf"våra\s+|våre\s+|our\s+|the\s+)?({DIGITS}|{words})\s+[a-zåäöæø]", text) \
        if re.search(r"\s(?:av|of)\s", text) else None
    if match:
        part, whole = value_of(match.group(1), lang), value_of(match.group(2), lang)
        if part and whole and 0 < part < whole:
            percent = round(float(part / whole) * 100, 1)
            target = f"{int(percent) if percent.is_integer() else percent}%"
            reading = Reading("share", target, Fraction(str(percent)), clause=text)
            reading.tag = _tag(text[match.end():])
            return reading
    match = re.search(rf"\b(?:samtliga|samtlige|alla|alle|all)\s+(?:de\s+|dei\s+|våra\s+|"
                      rf"våre\s+)?(?:{DIGITS})\s+[a-zåäöæø]", text) or PEOPLE_ALL.search(text)
    if match:
        reading = Reading("share", "100%", Fraction(100), clause=text)
        reading.tag = _tag(text[match.end():] if len(text) - match.end() > 4 else text)
        return reading
    return None


def read_clause(text: str, lang: str, increase_context: bool = False) -> Reading | None:
    """The one target a clause (lower case) states, or None."""
    reading = _coverage(text, lang)
    if reading:
        return reading
    reading = _share(text) or _part_of_whole(text, lang)
    if reading:
        return reading
    reading = _level(text, lang) or _weekday_rate(text)
    if reading:
        return reading
    amount = _amount(text)
    rate = _rate_unit(text)
    numbers = [q for q in quantities(text, lang) if _confirmed(q, text)]
    if amount:
        value, currency, start, end = amount
        currency = currency or {"nb": "NOK", "en": "SEK"}.get(lang, "SEK")
        if rate and rate[1] > start:
            return Reading("rate", plain(value), value, per=rate[0], currency=currency,
                           clause=text)
        return Reading("total", plain(value), value, currency=currency, clause=text)
    if rate:
        per, start, _ = rate
        before = [q for q in numbers if q.end <= start and not _is_percent(text, q)]
        if before and start - before[-1].end <= 60:
            count = before[-1]
            return Reading("rate", plain(count.value), count.value, per=per, clause=text,
                           noun=_noun_after(text, count.end))
        once = re.match(r"(?:varje|hver|hvert|every|each)\b", text[start:]) or \
            not re.match(r"(?:per|pr|i|om|a|an)\b", text[start:])
        if once and not _has_increase(text) and not numbers:
            return Reading("rate", 1, Fraction(1), per=per, clause=text)
    increase = _increase(text, lang, numbers, increase_context)
    if increase:
        return increase
    counted = [q for q in numbers if not _is_percent(text, q)]
    if counted:
        count = counted[0]
        if count.value <= 0:
            return None
        return Reading("total", plain(count.value), count.value, clause=text,
                       noun=_noun_after(text, count.end))
    return None


def _is_percent(text: str, q: Quantity) -> bool:
    return re.match(PERCENT, text[q.end:]) is not None


def _has_increase(text: str) -> bool:
    return re.search(INCREASE, text) is not None or re.search(DECREASE, text) is not None


def _increase(text: str, lang: str, numbers: list[Quantity],
              context: bool) -> Reading | None:
    for pattern, factor in MULTIPLIERS:
        if re.search(rf"\b(?:{pattern})", text):
            target = f"x{plain(Fraction(factor))}"
            return Reading("increase", target, Fraction(factor), clause=text)
    down = re.search(DECREASE, text) is not None
    up = re.search(INCREASE, text) is not None or context
    percent = re.search(rf"({DIGITS}){PERCENT}\s*(fler|flere|mer|more|ökning|økning|"
                        rf"större|større|högre|høyere)?", text)
    if percent and (up or down or percent.group(2)):
        value = parse_digits(percent.group(1))
        sign = "-" if down and not percent.group(2) else "+"
        return Reading("increase", f"{sign}{plain(value)}%", value, clause=text)
    if not (up or down):
        return None
    words = word_pattern(lang)
    span = None if not re.search(r"\b(?:från|fra|from)\b", text) else \
        re.search(rf"\b(?:från|fra|from)\s+({DIGITS}|{words})\s+(?:\w+\s+)?(?:till|til|to)"
                     rf"\s+({DIGITS}|{words})\b", text)
    if span:
        base, goal = value_of(span.group(1), lang), value_of(span.group(2), lang)
        if base is not None and goal is not None and base != goal:
            return Reading("increase", plain(goal), goal, baseline=plain(base), clause=text)
    level = re.search(rf"\b(?:till|til|to)\s+(?:minst\s+|at least\s+|over\s+|över\s+)?"
                      rf"({DIGITS})\b(?!{PERCENT})", text)
    if level:
        goal = parse_digits(level.group(1))
        if not (1900 <= goal <= 2100 and re.fullmatch(r"\d{4}", level.group(1))):
            return Reading("increase", plain(goal), goal, clause=text)
    by = re.search(rf"\b(?:med|by|with)\s+(?:minst\s+|at least\s+)?({DIGITS}|{words})\b"
                   rf"(?!{PERCENT})", text)
    if by:
        amount = value_of(by.group(1), lang)
        ok = [q for q in numbers if q.start == by.start(1)]
        if amount and ok:
            sign = "-" if down else "+"
            return Reading("increase", f"{sign}{plain(amount)}", amount, clause=text,
                           noun=_noun_after(text, by.end(1)))
    return None


CLAUSE_SPLIT = re.compile(r",?\s+(?:och|og|and|samt|samtidig som|;)\s+|;\s*|,\s+(?=(?:öka|"
                          r"øke|increase|dubbl|doble|halv|minska|redusere)\b)")


def read_sentence(sentence: str, lang: str, in_list: bool = True) -> list[Reading]:
    """Every target the sentence states; two clauses with a target each give two.

    A list item in a plan is a decision; running prose also tells what was done and what
    is, so a prose sentence counts only when it decides ("ska", "skal", "målet") or speaks
    the way targets do ("minst", "varje", "under året")."""
    lower = sentence.lower()
    if lower.rstrip().endswith("?"):
        return []
    # "(i dag 71)", "(budget 190 000 kr)": an aside, not what the sentence decides.
    lower = re.sub(r"\s*\([^)]*\)", "", lower) or lower
    lower = re.sub(r"^\d+(?:\.\d+)+\.?\s+", "", lower)      # "1.6 Årsmöte": a numbering
    if DESCRIBES.search(lower):
        # "Lokallaget har i dag 180 medlemmer, og vi skal øke medlemstallet med 20 prosent":
        # the clause that decides is a goal, the one that describes is not.
        deciding = [p for p in CLAUSE_SPLIT.split(lower) if p.strip()
                    and not DESCRIBES.search(p) and MODAL.search(p)]
        if not deciding:
            return []
        return [r for p in deciding for r in read_sentence(p, lang, in_list)]
    whole = read_clause(lower, lang)
    if whole is None:
        return []
    if not in_list and whole.kind != "coverage" and not MODAL.search(lower) \
            and not PLANNING.search(lower) and _rate_unit(lower) is None:
        return []
    readings: list[Reading] = []
    context = False
    for piece in [p for p in CLAUSE_SPLIT.split(lower) if p.strip()]:
        reading = read_clause(piece, lang, increase_context=context)
        context = context or _has_increase(piece)
        if reading is not None:
            readings.append(reading)
    if len(readings) < 2 or _weekday_rate(lower):
        readings = [whole]
    fallback = counted_thing(lower)
    for reading in readings:
        reading.noun = counted_thing(reading.clause) or reading.noun or fallback
    return readings


def counted_thing(text: str) -> str | None:
    """What 'antalet X' / 'antall X' / 'number of X' counts, skipping adjectives."""
    from goals.drafting.metrics import SKIP_NOUNS

    match = re.search(r"\b(?:antalet|antal|antall|antallet|number of|andelen|andel)\s+(.*)",
                      text)
    if not match:
        return None
    for word in re.findall(r"[a-zåäöæøéü][a-zåäöæøéü-]*", match.group(1))[:4]:
        if word not in SKIP_NOUNS and word not in ("det", "den", "de") and len(word) > 3:
            return word
    return None
