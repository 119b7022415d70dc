"""Planned activities without a number: which lines of a plan are things a board can tick
off (a milestone) or count (a total the board fills in), and which are values, history or
headings.

Most of a real plan is lists of activities under headings such as "Aktiviteter", "Tiltak",
"Vi ska" and month-by-month calendars flattened to lines. The words are read through
their lemmas (`simplemma`, which knows sv, nb and nn), so "medlemsmøtet", "møta" and
"møte" are one word and a Nynorsk plan needs no word lists of its own: a line names an
activity when a word's lemma ends in an event or deliverable noun ("-möte", "-fest",
"-tur", "-kurs") or the line starts with a verb of doing. A plural object without a count
("Ordna studiebesök och utflykter") is a total whose number the board fills in.
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

from goals.drafting.calendar_words import MONTH

# Lemma endings of events and deliverables (the head of a Scandinavian compound is its
# last part: "julemøte", "sommarfest", "Hurtigrutetur").
EVENT_HEADS = (
    "möte", "møte", "mötet", "fest", "kalas", "tur", "turné", "resa", "reise", "reis",
    "utflykt", "kurs", "cirkel", "sirkel", "träff", "treff", "kafé", "kafe", "café",
    "kväll", "kveld", "dag", "bord", "lotteri", "basar", "marknad", "marked", "konferens",
    "konferanse", "seminarium", "seminar", "besök", "besøk", "loppis", "pyssel", "stand",
    "skola", "skole", "cup", "mästerskap", "konsert", "föreläsning", "foredrag", "dugnad",
    "vandring", "exkursion", "ekskursjon", "gökotta", "provning", "skiva", "avslutning",
    "frågestund", "program", "programblad", "tidning", "avis", "bok", "årsbok", "plan",
    "rapport", "uttale", "uttalelse", "innspel", "innspill", "skrivelse", "kampanj",
    "kampanje", "aksjon", "middag", "lunsj", "lunch", "picknick", "piknik", "bakst",
    "tradition", "tradisjon", "gudstjänst", "gudsteneste", "gudstjeneste", "auktion",
    "festival", "läger", "leir", "leiren", "samling", "visning", "omvisning", "utställning",
    "utstilling", "städning", "rydding", "ryddedag", "matrikel", "register", "kontakt",
    "ansökan", "søknad", "midlar", "midler", "medel", "bidrag", "tilskot", "tilskudd",
    "brev", "blad", "mässa", "messe", "teater", "julbord", "julebord", "skymning",
    "aften", "afton", "kväll", "tävling", "konkurranse", "bingo", "quiz", "release",
)
EVENT = re.compile(rf"(?:{'|'.join(sorted(set(EVENT_HEADS), key=len, reverse=True))})"
                   rf"(?:en|et|a|n|na|ne|ar|er|or|ane|ene|arna|erna)?$")
# Verbs of doing, as lemmas: an activity line often starts with one ("Ordna", "Delta på").
DOING = {
    "ordna", "arrangera", "arrangere", "anordna", "genomföra", "gjennomføre", "gjennomføra",
    "hålla", "halde", "holde", "ha", "delta", "deltaga", "ta", "starta", "starte", "skapa",
    "lage", "göra", "gjøre", "gjere", "bjuda", "invitere", "inviter", "erbjuda", "tilby",
    "ge", "gi", "gje", "dela", "dele", "söka", "søke", "søkje", "lämna", "levere",
    "skriva", "skrive", "sende", "skicka", "planera", "planlegge", "besöka", "besøke",
    "utse", "velje", "välja", "velge", "revidera", "revidere", "samla", "samle", "utbilda",
    "utdanne", "etablera", "etablere", "införa", "innføre", "medverka", "medverke",
    "producera", "produsere", "ferdigstille", "male", "plantera", "plante", "knacka",
    "banke", "ringa", "ringe", "ringje", "kartlegge", "kartlägga", "realisere", "realisera",
    "samarbeide", "samarbeta", "annonsera", "annonsere", "orientere", "orientera",
    "gå", "fara", "reise", "resa", "åka", "uppdatera", "oppdatere", "trykke",
    "trycka", "publicera", "publisere", "lansera", "lansere", "utarbeta", "utarbeide",
    "stille", "ställa", "nominera", "nominere", "kåre", "kåra", "utnämna", "markera",
    "markere", "feire", "fira", "julpynta", "pynta", "pynte", "stella", "stelle",
}
# A line that is a value, an attitude, an ongoing duty or a hedge, not a deliverable.
NOT_A_PROMISE = re.compile(
    r"\b(?:verka för|verke for|arbeta för|arbeta med|arbeide for|arbeide med|jobbe for|"
    r"jobba för|prioriter\w*|bevaka|bevake|sträva|strebe|eftersträva\w*|synas|synleggjere|"
    r"engagera|engasjere|stärka|styrke|stimulera|stimulere|främja|fremme|värna|verne|"
    r"bidra|bidra till|vara en|være en|vere ein|vere med|uppmuntra\w*|oppmuntre|"
    r"eventuellt|eventuelt|om möjligt|om mulig|om mogleg|kanske|kanskje|vurdere|överväga|"
    r"undersöka möjligheten|se på mulighetene|behålla|beholde|halde fram|held fram|"
    r"fortsätter|fortsetter|fortsett|løpande|löpande|kontinuerlig\w*|fortløpende|"
    r"uppdateras|oppdateres|sköter|ansvarar|ansvar for|ansvarig|ansvarleg|tar med seg|"
    r"hålla kontakt|holde kontakt|i samarbete med alla|aktivt)\b")
DESCRIBES = re.compile(
    r"\b(?:är|er|var|var det|hade|hadde|har varit|har vært|har vore|blev|ble|vart|"
    r"finns|fins|finst|ligger|ligg|innehåller|inneholder|utgår|består|vi har|vi hadde|"
    r"ingen lag|syftet|formålet|visjon|vision)\b")
SEASON_TWICE = re.compile(
    r"\b(?:vår\s+(?:och|og)\s+(?:höst|høst|haust)|vår-?\s+(?:och|og|respektive)\s+"
    r"(?:höst|høst|haust)\w*|(?:våren|vår)\s+(?:och|og)\s+(?:hösten|høsten|hausten)|"
    r"(?:en|ein|ett|eitt|én|éin)\s+på\s+våren\s+(?:och|og)\s+(?:en|ein|ett|eitt|én|éin)\s+"
    r"på\s+(?:hösten|høsten|hausten)|spring and autumn)\b")
DATE = re.compile(rf"\b\d{{1,2}}\.\d{{1,2}}(?:\.\d{{2,4}})?\b|\b\d{{1,2}}\.?\s+(?:{MONTH})\b|"
                  rf"\b(?:i|in|under|före|innan|innen|før|til|till|senast|sist i|i slutet av)"
                  rf"\s+(?:{MONTH})\b|^(?:{MONTH})\b|\bvecka\s+\d{{1,2}}\b|\buke\s+\d{{1,2}}\b")
QUESTION = re.compile(r"^(?:hur|vad|varför|hvordan|hva|hvorfor|korleis|kva|kvifor|how|what|"
                      r"why)\b")
VERB_START = re.compile(r"^(?:vi\s+(?:ska|skall|skal|vil|will)\s+|(?:att|å)\s+)?"
                        r"([a-zåäöæøéü]+)")
PLURAL_END = re.compile(r"(?:ar|er|or|ir|ier|ioner|arna|erna|orna|ane|ene|ene|ar)$")
LANGS = {"sv": ("sv", "nb"), "nb": ("nb", "nn", "sv"), "nn": ("nn", "nb", "sv"),
         "en": ("en",)}


@lru_cache(maxsize=65536)
def lemma(word: str, lang: str) -> str:
    """The word's dictionary form (its language first, then its neighbours: plans mix
    Bokmål, Nynorsk and Swedish spellings)."""
    return simplemma.lemmatize(word, lang=LANGS.get(lang, ("sv", "nb"))).lower()


def words_of(text: str) -> list[str]:
    return re.findall(r"[a-zåäöæøéü]+", text.lower())


def is_event(word: str, lang: str) -> bool:
    """Whether the word names an event or a deliverable (its lemma or its own ending)."""
    if len(word) < 3:
        return False
    return bool(EVENT.search(lemma(word, lang)) or EVENT.search(word))


def is_plural(word: str, lang: str) -> bool:
    """A plural noun: its lemma differs and it ends like a plural; an unknown compound
    by its ending alone."""
    if not PLURAL_END.search(word) or len(word) < 5:
        return False
    base = lemma(word, lang)
    return base != word or len(word) >= 9


def starts_with_doing(text: str, lang: str) -> bool:
    match = VERB_START.match(text.lower().strip(" -–•*\"”«"))
    return bool(match) and lemma(match.group(1), lang) in DOING


def has_event(text: str, lang: str) -> bool:
    return any(is_event(w, lang) for w in words_of(text))


def has_date(text: str) -> bool:
    return DATE.search(text.lower()) is not None


def twice_a_year(text: str) -> bool:
    """'vår och höst', 'en på våren och en på hösten': two a year."""
    return SEASON_TWICE.search(text.lower()) is not None


def is_promise(text: str, lang: str, listed: bool) -> bool:
    """Whether a line with no number plans something to tick off or count: it names an
    event or starts with a verb of doing (a list item or a line under an activity
    heading), or in prose also has a date or a modal; values and hedges are not."""
    lower = text.lower()
    if NOT_A_PROMISE.search(lower) or lower.rstrip().endswith("?") or \
            QUESTION.match(lower):
        return False
    words = words_of(lower)
    if not words or len(words) > 40:
        return False
    event = has_event(lower, lang)
    doing = starts_with_doing(lower, lang)
    if listed:
        return (event or doing) and not DESCRIBES.search(lower)
    if DESCRIBES.search(lower):
        return False
    dated = has_date(lower)
    modal = re.search(r"\b(?:ska|skall|skal|vil|will|planeras|planlegges|"
                      r"holdes|hålls|skjer|sker|ordnas|arrangeras|arrangeres|ges ut|gis ut|"
                      r"gjevast ut|vert|blir)\b", lower) is not None
    return (event and (dated or modal)) or (doing and dated) or \
        (modal and dated and len(words) <= 25)


def kind_of(text: str, lang: str) -> str:
    """'milestone' for a single named thing, 'total' for a plural kind of thing with no
    count and no date ("Ordna studiebesök och utflykter")."""
    lower = text.lower()
    if has_date(lower):
        return "milestone"
    words = words_of(lower)
    start = 1 if starts_with_doing(lower, lang) else 0
    for word in words[start:start + 4]:
        if word in ("i", "på", "om", "med", "til", "till", "for", "för", "av", "ved", "vid"):
            break
        if is_event(word, lang) or len(word) >= 5:
            return "total" if is_plural(word, lang) and not is_singular_event(word, lang) \
                else "milestone"
    return "milestone"


def is_singular_event(word: str, lang: str) -> bool:
    """A singular event noun whose ending looks plural ("sommar", "kväller" is not)."""
    return lemma(word, lang) == word and EVENT.search(word) is not None and \
        not re.search(r"(?:ar|er|or)$", word[:-2] + word[-2:]) or word.endswith(("kafé",))


def split_two(text: str) -> list[str]:
    """'vårmöte i mars och höstmöte i oktober': two dated events in one line, two goals."""
    parts = re.split(r"\s+(?:och|og|and)\s+", text)
    if len(parts) != 2:
        return [text]
    if all(has_date(p) for p in parts) and all(has_event(p, "sv") or has_event(p, "nb")
                                               for p in parts):
        return parts
    return [text]
