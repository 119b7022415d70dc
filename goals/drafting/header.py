"""The plan's header from its text: title, organisation, period, adopted date, language.

Plans say these at the top ("Verksamhetsplan för Vänsterpartiet Vallentuna 2021",
"arbeidsplan 2020-2021", a date line) and sign off at the bottom ("Styrelsen ..."). What the
text does not say is left for the user, with a check saying what to fill in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from goals.drafting.calendar_words import DAY_MONTH, MONTH, MONTHS, make_date, parse_day_month
from goals.drafting.number_words import slug as ascii_slug

PLAN_WORDS = (r"verksamhetsplan|handlingsplan|arbetsplan|arbeidsplan|virksomhetsplan|"
              r"årsplan|aktivitetsplan|valstrategi|valplan|valgplan|kampanjplan|"
              r"work plan|action plan|activity plan|annual plan|plan for|plan för|"
              r"samtalskampanj|kampanj|kandidat|strategi|program")
STOPWORDS = {
    "sv": {"och", "att", "är", "för", "ska", "med", "vi", "inte", "det", "som", "till", "av",
           "på", "våra", "vår", "under", "medlemmar", "även", "också", "eller", "från",
           "föreningen", "kommer", "detta", "skall", "bör", "mot", "genom", "varje"},
    "nb": {"og", "å", "er", "for", "skal", "med", "vi", "ikke", "det", "som", "til", "av",
           "på", "våre", "vår", "under", "medlemmer", "også", "eller", "fra", "laget",
           "kommer", "dette", "bør", "mot", "gjennom", "hver", "hvert", "lokallaget", "jobbe"},
    "en": {"and", "the", "to", "of", "we", "will", "is", "for", "with", "our", "not", "in",
           "members", "by", "at", "each", "every", "from", "this", "should", "shall"},
}
LEVELS = ((r"distrikt", "distrikt"), (r"fylkeslag|fylkes|fylke\b", "fylkeslag"),
          (r"krets", "krets"), (r"lokallag|\blag\b|laget\b|bondelag", "lokallag"),
          (r"förbund|forbund\b|\bparti\b", "förbund"), (r"klubb", "klubb"),
          (r"avdelning|avdeling", "avdelning"), (r"förening", "förening"),
          (r"forening", "forening"), (r"kommungrupp", "kommungrupp"))


@dataclass
class Header:
    title: str | None = None
    organisation: str | None = None
    level: str = "förening"
    period: tuple[date, date] | None = None
    adopted: date | None = None
    language: str = "sv"
    checks: list[tuple[str, str, dict]] = field(default_factory=list)   # field, key, params


def detect_language(text: str) -> str:
    """sv, nb or en by common words and letters (å/ä/ö against æ/ø)."""
    words = re.findall(r"[a-zåäöæø]+", text.lower()[:20000])
    counts = Counter(words)
    score = {lang: sum(counts[w] for w in stop) for lang, stop in STOPWORDS.items()}
    score["sv"] += 3 * (text.count("ä") + text.count("ö"))
    score["nb"] += 3 * (text.count("æ") + text.count("ø"))
    return max(score, key=lambda lang: (score[lang], lang == "sv"))


def _top_lines(text: str, count: int = 12) -> list[str]:
    lines = [line.strip().lstrip("#").strip() for line in text.splitlines()]
    return [line for line in lines if line][:count]


def _years(text: str) -> tuple[int, int] | None:
    match = re.search(r"\b((?:19|20)\d\d)\s*[–—/-]\s*((?:19|20)?\d\d)\b", text)
    if match:
        first = int(match.group(1))
        second = match.group(2)
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if first <= last <= first + 4:
            return first, last
    match = re.search(r"\b((?:19|20)\d\d)\b", text)
    if match:
        return int(match.group(1)), int(match.group(1))
    return None


def _campaign_period(line: str, year: int | None) -> tuple[date, date] | None:
    match = re.search(rf"\b(\d{{1,2}})\.?\s*[–-]\s*(\d{{1,2}})\.?\s+({MONTH})\b(?:\s+(\d{{4}}))?",
                      line.lower())
    if not match:
        return None
    year = int(match.group(4)) if match.group(4) else year
    if year is None:
        return None
    month = MONTHS[match.group(3)]
    start, end = make_date(year, month, int(match.group(1))), make_date(year, month,
                                                                        int(match.group(2)))
    return (start, end) if start and end and start <= end else None


def read_header(text: str, lang: str | None) -> Header:
    header = Header()
    header.language = lang or detect_language(text)
    top = _top_lines(text)
    title_line = next((line for line in top if re.search(PLAN_WORDS, line.lower())
                       and len(line) <= 160 and not re.fullmatch(r"[\d\s./-]+", line)), None)
    if title_line is None:
        title_line = next((line for line in top if not re.fullmatch(r"[\d\s./-]+", line)), None)
        header.checks.append(("title", "drafting.check.title", {}))
    if title_line:
        header.title = re.split(r",\s*(?:antagen|antatt|vedtatt|adopted|fastställd)", title_line,
                                flags=re.I)[0].strip().rstrip(".")
    header.organisation = _organisation(header.title or "", text)
    if header.organisation is None:
        header.checks.append(("organisation", "drafting.check.organisation", {}))
    header.level = _level(header.organisation or header.title or "", header.language)
    header.period = _period(header, top, text)
    header.adopted = _adopted(top, text)
    return header


ORGANISATION_WORDS = (r"partiet|socialdemokraterna|arbeiderparti|senterparti|sosialistisk|"
                      r"miljöpartiet|kristdemokraterna|liberalerna|moderaterna|venstre|høyre|"
                      r"\bsv\b|\brødt\b|\bpro\b|\bspf\b|\blrf\b|\bssu\b|\bauf\b|\bmuf\b|"
                      r"\bcuf\b|ung vänster|bondelag|bonde- og småbrukarlag|förening|forening|"
                      r"lokallag|lokalavdelning|pensionär|pensjonist|seniorerna|kommungrupp|"
                      r"kretsen|distrikt|fylkeslag|\blag\b")


def _organisation(title: str, text: str) -> str | None:
    for line in _top_lines(text, 4):
        if (line == title and re.search(PLAN_WORDS, title.lower())) or len(line) > 70 \
                or re.search(r"\d{4}-\d\d", line) \
                or re.match(r"(?:fra|från|from|til|till|to|om|about)\b", line.lower()):
            continue
        name = re.split(r"\s+[–—-]\s+|,", line)[0].strip()
        if re.search(ORGANISATION_WORDS, name.lower()) and len(name.split()) <= 6 and \
                not re.search(PLAN_WORDS, name.lower()):
            return name.strip(" .")
    lead = re.split(r"\s+[–—-]\s+", title)
    if len(lead) > 1 and re.search(PLAN_WORDS, lead[1].lower()) and \
            re.search(ORGANISATION_WORDS, lead[0].lower()):
        return lead[0].strip()
    match = re.search(r"\b(?:för|for|til|of)\s+(.+?)\s*(?:(?:,|\bår\b|\båret\b|\bi\b)?\s*"
                      r"(?:19|20)\d\d.*)?$", title)
    if match and match.group(1).strip() and match.group(1)[0].isupper():
        return match.group(1).strip(" ,.–-")
    match = re.search(r"^(.+?)(?::s|s)\s+(?:verksamhetsplan|arbeidsplan|handlingsplan)", title)
    if match:
        return match.group(1).strip()
    tail = [line.strip() for line in text.strip().splitlines()[-6:] if line.strip()]
    for line in reversed(tail):
        match = re.match(r"^(?:styrelsen|styret|the board)\s+(?:för|for|i|of)?\s*(.+)$", line,
                         re.I)
        if match and len(match.group(1)) <= 80:
            return match.group(1).strip(" ,.")
    return None


def _level(name: str, lang: str) -> str:
    lower = name.lower()
    for pattern, level in LEVELS:
        if re.search(pattern, lower):
            return level
    return {"nb": "lokallag", "en": "branch"}.get(lang, "förening")


def _period(header: Header, top: list[str], text: str) -> tuple[date, date] | None:
    years = _years(header.title or "")
    for line in top[:6]:
        campaign = _campaign_period(line, years[0] if years else None)
        if campaign and years:
            return campaign
    if years:
        return date(years[0], 1, 1), date(years[1], 12, 31)
    found = _years(" ".join(top))
    if found is None:
        counted = Counter(int(y) for y in re.findall(r"\b(20\d\d)\b", text))
        found = _busiest_years(counted)
    if found is None:
        header.checks.append(("period", "drafting.check.period_missing", {}))
        return None
    start, end = date(found[0], 1, 1), date(found[1], 12, 31)
    for line in top[:8]:
        campaign = _campaign_period(line, found[0])
        if campaign:
            start, end = campaign
            break
    header.checks.append(("period", "drafting.check.period_guessed",
                          {"start": start.isoformat(), "end": end.isoformat()}))
    return start, end


def _busiest_years(counted: Counter) -> tuple[int, int] | None:
    """The year the text names most, with its neighbour when that is named about as often
    (a two-year plan names both)."""
    if not counted:
        return None
    year, count = counted.most_common(1)[0]
    for other in (year - 1, year + 1):
        if counted.get(other, 0) >= count / 2:
            return min(year, other), max(year, other)
    return year, year


def _adopted(top: list[str], text: str) -> date | None:
    for line in top[:3]:
        match = re.search(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b", line)
        if match and len(line) <= 60:
            return make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = re.search(r"(?:antagen|antogs|antatt|vedtatt|vedtok|fastställd|adopted)[^.\n]{0,40}?"
                      r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b", text, re.I)
    if match:
        return make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = re.search(rf"(?:antagen|antogs|antatt|vedtatt|vedtok|fastställd|adopted)"
                      rf"[^.\n]{{0,40}}?\b{DAY_MONTH}", text, re.I)
    if match and match.group(3):
        return parse_day_month(match, int(match.group(3)))
    return None


def plan_id(header: Header) -> str:
    base = ascii_slug(header.organisation or header.title or "plan")[:50].strip("-") or "plan"
    if header.period:
        first, last = header.period[0].year, header.period[1].year
        suffix = str(first) if first == last else f"{first}-{last}"
        if suffix not in base:
            base = f"{base}-{suffix}"
    return base
