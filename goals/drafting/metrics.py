"""Which metric a goal measures: a name from the common catalogue where the words say it,
so drafted plans of different föreningar compare in the district view; otherwise a new
metric named after the thing counted, which the draft marks for checking."""

from __future__ import annotations

import re
from dataclasses import dataclass

from goals.domain.catalogue import BY_ID
from goals.drafting.number_words import slug as ascii_slug

# Ordered: the first rule that matches the goal's words wins.
RULES: tuple[tuple[str, str], ...] = (
    (r"aktiva medlem|aktive medlem|active member", "aktiva"),
    (r"valfond|valkass|valgkamp\w*fond|valgkampkass|election fund|kampanjkass|kampanjfond",
     "valfond"),
    (r"medlemsmöt|medlemsmøt|medlemsträff|member meeting|medlemsmøter", "medlemsmoten"),
    (r"studiecirk|studiesirk|study circle|studiegrupp|leseskole|leseseirk", "studiecirklar"),
    (r"(?:inlägg|innlegg|artikl\w*|nyhet\w*|posts?)\b[^.]*?\b(?:hemsida|webb|nettside|"
     r"hjemmeside|website|web)|(?:hemsida|hemsidan|nettsiden|hjemmesiden|website)\b[^.]*?"
     r"\b(?:inlägg|innlegg|posts?)", "webbinlagg"),
    (r"medlemsblad|medlemsbrev|nyhetsbrev|medlemsutskick|utskick till \w* ?medlem|"
     r"medlemsutsendelse|newsletter|medlemsavis", "utskick"),
    (r"värv|verv|rekrutter|recruit|nya medlemmar|nye medlemmer|new members", "varvade"),
    (r"samtal|ringa |ringe |ring\w*kväll|ringning|ringinsats|telefon|dörrknack|dørbank|"
     r"dørbanking|\bcalls?\b|phone", "samtal"),
    (r"medlemsantal|medlemstal|antalet medlemmar|antall medlemmer|medlemmar|medlemmer|"
     r"members|membership", "medlemmar"),
)
PEOPLE = r"följare|følgere|followers|prenumerant|abonnent|medlem|member|aktiv|gillare|likes"
SKIP_NOUNS = {"gånger", "ganger", "gang", "gång", "times", "stycken", "st", "nya", "nye",
              "olika", "egna", "egne", "fler", "flere", "more", "new", "procent", "prosent",
              "minst", "minimum", "least", "antalet", "antall", "number", "totala", "totale",
              "lokala", "lokale", "vår", "våra", "vårt", "våre", "vores", "våres", "our",
              "till", "til", "varje", "hver", "hvert", "per", "under", "med", "för", "for",
              "och", "og", "and", "att", "som", "stora", "store", "öppna", "åpne", "egen",
              "eget", "kronor", "kroner", "sek", "nok", "kr", "totalt", "dagens",
              "aktive", "aktiva", "unga", "unge", "genom", "gjennom", "through", "inför",
              "innan", "före", "etter", "efter", "after", "before", "eller", "flera", "or"}


@dataclass(frozen=True)
class MetricChoice:
    id: str
    definition: dict            # label, type, unit?, tags?
    invented: bool


def catalogue_choice(metric_id: str, lang: str) -> MetricChoice:
    metric = BY_ID[metric_id]
    definition: dict = {"label": metric.label(lang), "type": metric.type}
    if metric.unit:
        definition["unit"] = metric.unit
    return MetricChoice(metric_id, definition, False)


CAMPAIGN_MONEY = r"\bval\b|valet|valrörelse|valg\w*|election|kampanj\w*|campaign"


def propose(words: str, kind: str, lang: str, currency: str | None, noun: str | None,
            ) -> MetricChoice:
    """The metric for a goal of `kind` described by `words`; `noun` is the thing counted
    where the phrase names it ("två medlemsmöten" -> "medlemsmöten")."""
    lower = words.lower()
    if currency and re.search(CAMPAIGN_MONEY, lower):
        lower += " valfond"                 # money for the election campaign: the fund
    for pattern, metric_id in RULES:
        if not re.search(pattern, lower):
            continue
        metric = BY_ID[metric_id]
        if kind in ("total", "rate", "share") and metric.type != "flow":
            if metric_id in ("medlemmar", "aktiva") and kind != "share":
                return catalogue_choice("varvade", lang)
            continue
        if currency and metric.unit is None:
            continue
        if metric_id == "valfond" and currency and currency != metric.unit:
            choice = catalogue_choice(metric_id, lang)
            return MetricChoice(metric_id, {**choice.definition, "unit": currency}, False)
        return catalogue_choice(metric_id, lang)
    return invent(lower, kind, currency, noun)


def invent(lower: str, kind: str, currency: str | None, noun: str | None) -> MetricChoice:
    """A new metric named after the thing counted, or the longest word of the phrase."""
    name = noun if noun and noun.lower() not in SKIP_NOUNS else _object_word(lower)
    if currency and not noun:
        name = {"SEK": "belopp", "NOK": "belop"}.get(currency, "amount")
    slug = ascii_slug(name)[:40].strip("-") or "matt"
    if not slug[0].isalnum():
        slug = "m-" + slug
    if slug in BY_ID:
        slug += "-ny"        # not the catalogue's metric of that name: the rules did not say so
    level = kind == "increase" and re.search(PEOPLE, lower) is not None
    definition: dict = {"label": name[:1].upper() + name[1:], "type": "level" if level
                        else "flow"}
    if currency:
        definition["unit"] = currency
    return MetricChoice(slug, definition, True)


FUNCTION_WORDS = {"på", "i", "av", "om", "ut", "in", "upp", "opp", "till", "til", "from",
                  "från", "fra", "och", "og", "and", "the", "en", "ett", "ei", "et", "a", "an",
                  "ha", "have", "vi", "we", "ska", "skal", "will", "att", "å", "to", "den",
                  "det", "de", "som", "hver", "varje", "every", "each", "med", "with"}


def _object_word(lower: str) -> str:
    """What a sentence without a counted noun is about: the first word of substance after
    its verb ("Ha stand på torget" -> "stand"), else its longest word."""
    words = re.findall(r"[a-zåäöæøéü][a-zåäöæøéü-]*", lower)
    for word in words[1:6]:
        if word not in SKIP_NOUNS and word not in FUNCTION_WORDS and len(word) >= 4:
            return word
    words = [w for w in words if w not in SKIP_NOUNS]
    return max(words, key=len) if words else "matt"
