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
    "aften", "afton", "tävling", "konkurranse", "bingo", "quiz", "release", "arrangement",
    "evenemang", "sending", "utkast", "valprogram", "komité", "komite", "nemnd", "kaffe",
    "kaffi",
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
    r"(?:ska|skal|vill|vil|att|å)\s+bidra|vara en|være en|vere ein|vere med|uppmuntra\w*|"
    r"oppmuntre|"
    r"eventuellt|eventuelt|om möjligt|om mulig|om mogleg|kanske|kanskje|vurdere|överväga|"
    r"undersöka möjligheten|se på mulighetene|behålla|beholde|halde fram|held fram|"
    r"fortsätt\w*|fortsett\w*|fortsatt\w*|vidareføre|viderefør\w*|løpande|löpande|kontinuerlig\w*|fortløpende|"
    r"uppdateras|oppdateres|sköter|ansvarar|ansvar for|ansvarig|ansvarleg|tar med seg|"
    r"hålla kontakt|holde kontakt|i samarbete med alla|aktivt|försöka|forsøke|freiste|"
    r"prøve å|uppmanas|oppfordres|vi vill att|vi vil at|vi ønsker|preget av|väcka|vekke|"
    r"påverka|påvirke|skydda|beskytte|vårda|ta vare på|"
    r"vedteke\w*|vedtatt|vedtekne|antagen|antogs|antatt|fastställ\w*|godkjen\w*)\b")
# Nouns that end like an event head but are not events ("natur" is not a "tur").
NOT_EVENTS = re.compile(
    r"(?:natur|kultur|litteratur|struktur|signatur|temperatur|arkitektur|figur|"
    r"måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag|"
    r"tysdag|laurdag|sundag|idag|vardag|hverdag|kvardag|retur)(?:en|et|a|er|ar|ene)?$")
DESCRIBES = re.compile(
    r"\b(?:är|er|var|var det|hade|hadde|har varit|har vært|har vore|blev|ble|vart|"
    r"finns|fins|finst|ligger|ligg|innehåller|inneholder|utgår|består|vi har|vi hadde|"
    r"ingen lag|syftet|formålet|visjon|vision)\b")
SEASON_TWICE = re.compile(
    r"\b(?:vår\s+(?:och|og)\s+(?:höst|høst|haust)|vår-?\s+(?:och|og|respektive)\s+"
    r"(?:höst|høst|haust)\w*|(?:våren|vår)\s+(?:och|og)\s+(?:hösten|høsten|hausten)|"
    r"(?:en|ein|ett|eitt|én|éin)\s+på\s+våren\s+(?:och|og)\s+(?:en|ein|ett|eitt|én|éin)\s+"
    r"på\s+(?:hösten|høsten|hausten)|spring and autumn)\b")
DATE = re.compile(rf"\b\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b|\b\d{{1,2}}\.\d{{1,2}}\s*[–-]|"
                  rf"\b\d{{1,2}}\.?\s+(?:{MONTH})\b|"
                  rf"\b(?:i|in|under|före|innan|innen|før|til|till|senast|sist i|i slutet av)"
                  rf"\s+(?:{MONTH})\b|^(?:{MONTH})\b|\b(?:vecka|uke|veke|week)\s+\d{{1,2}}\b|"
                  rf"\b(?:i|til|till|under|i løpet av)\s+(?:våren|hösten|høsten|hausten|haust|"
                  rf"høst|sommaren|sommeren|sumaren|vintern|vinteren|vinteren)\b|"
                  rf"\bi vår(?=[.,;]|$)")
QUESTION = re.compile(r"^(?:hur|vad|varför|hvordan|hva|hvorfor|korleis|kva|kvifor|how|what|"
                      r"why)\b")
VERB_START = re.compile(r"^(?:vi\s+(?:ska|skall|skal|vil|will)\s+|(?:att|å)\s+)?"
                        r"([a-zåäöæøéü]+)")
PLURAL_END = re.compile(r"(?:ar|er|or|ier|ioner|arna|erna|orna|ane|ene)$")
# Singular nouns that end like plurals: seasons, months, "-er" agent nouns and the like.
SINGULAR_ENDINGS = re.compile(r"(?:sommar|vinter|sommer|hammer|teater|kalender|oktober|"
                              r"november|desember|december|september|bar|par|ar|år|er|"
                              r"center|senter|meter|liter|semester|program)$")
LANGS = {"sv": ("sv",), "nb": ("nb",), "nn": ("nn", "nb"),
         "en": ("en",)}


@lru_cache(maxsize=65536)
def lemma(word: str, lang: str) -> str:
    """The word's dictionary form (its language first, then its neighbours: plans mix
    Bokmål, Nynorsk and Swedish spellings)."""
    return simplemma.lemmatize(word, lang=LANGS.get(lang, ("sv", "nb"))).lower()


def warm(langs: tuple[str, ...] = ("sv", "nb")) -> None:
    """Load the lemma dictionaries ahead of the first plan (about a second each, once per
    process): the "Ny plan" page calls this while the board picks its file."""
    for lang in langs:
        lemma("ett", lang)


def words_of(text: str) -> list[str]:
    return re.findall(r"[a-zåäöæøéü]+", text.lower())


@lru_cache(maxsize=65536)
def is_event(word: str, lang: str) -> bool:
    """Whether the word names an event or a deliverable (its lemma or its own ending)."""
    if len(word) < 3 or NOT_EVENTS.search(word):
        return False
    return bool(EVENT.search(lemma(word, lang)) or EVENT.search(word))


def is_plural(word: str, lang: str) -> bool:
    """A plural noun: its lemma differs and it ends like a plural; an unknown compound
    by its ending alone."""
    if not PLURAL_END.search(word) or len(word) < 5:
        return False
    if MASS_NOUNS.search(word):
        return False                   # "kulturmidler", "pengar": one application, not many
    base = lemma(word, lang)
    if base == word:                   # an unknown compound: read its last part
        head = compound_head(word, lang)
        if head is None:
            return len(word) >= 9
        word, base = head, lemma(head, lang)
    return base != word and not SINGULAR_ENDINGS.fullmatch(word)


MASS_NOUNS = re.compile(r"(?:midler|midlar|medel|pengar|penger|penger|bidrag)$")


@lru_cache(maxsize=65536)
def compound_head(word: str, lang: str) -> str | None:
    """The longest known last part of a compound ("decembernummer" -> "nummer",
    "refleksvestar" -> "vestar"), or None."""
    langs = LANGS.get(lang, ("sv",))
    for start in range(2, len(word) - 2):
        tail = word[start:]
        if simplemma.is_known(tail, lang=langs):
            return tail
    return None


def starts_with_doing(text: str, lang: str) -> bool:
    text = LABEL_PREFIX.sub("", text.lower().strip(" -–•*\"”«"))
    match = VERB_START.match(text)
    return bool(match) and lemma(match.group(1), lang) in DOING


def has_doing(text: str, lang: str, first: int = 5) -> bool:
    """A verb of doing among the first words ("Valberedningen lämnar sitt förslag")."""
    return any(lemma(w, lang) in DOING for w in words_of(text)[:first])


LABEL_PREFIX = re.compile(r"^[a-zåäöæø]{3,15}:\s+")      # "Damer: Starta ett damlag"
NOMINAL = re.compile(r"^(?:[a-zåäöæø]+:\s+)?[a-zåäöæø]{4,}(?:ing|ning)\b")


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
    if not words or len(words) > 40 or not _substance(lower):
        return False
    event = has_event(lower, lang)
    doing = starts_with_doing(lower, lang)
    dated = has_date(lower)
    if listed:
        return (event or doing or dated or has_doing(lower, lang, 3)
                or NOMINAL.match(lower) is not None) and not DESCRIBES.search(lower)
    if DESCRIBES.search(lower):
        return False
    doing = doing or has_doing(lower, lang)
    modal = re.search(r"\b(?:ska|skall|skal|vil|will|planeras|planlegges|"
                      r"holdes|hålls|skjer|sker|ordnas|arrangeras|arrangeres|ges ut|gis ut|"
                      r"gjevast ut|vert|blir)\b", lower) is not None
    decides = re.search(r"\b(?:ska|skall|skal)\s+(?:också\s+|også\s+|ogso\s+)?"
                        r"([a-zåäöæø]+)", lower)
    decided = decides is not None and lemma(decides.group(1), lang) in DOING
    return (event and (dated or modal)) or (doing and dated) or decided or \
        (modal and dated and len(words) <= 25)


def _substance(lower: str) -> bool:
    """Whether anything is left when dates, weekdays and months are taken away ("Onsdag
    15.01.2020" is a date line, not an activity)."""
    rest = DATE.sub(" ", lower)
    rest = re.sub(rf"\b(?:{MONTH}|{WEEKDAY_WORDS}|kl|sist|først|første|i|den)\b", " ", rest)
    return len(re.findall(r"[a-zåäöæøéü]{3,}", rest)) > 0


WEEKDAY_WORDS = (r"måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|"
                 r"søndag|tysdag|laurdag|sundag")


def kind_of(text: str, lang: str) -> str:
    """'milestone' for a single named thing, 'total' for a plural kind of thing with no
    count and no date ("Ordna studiebesök och utflykter")."""
    lower = text.lower()
    if has_date(lower):
        return "milestone"
    words = words_of(lower)
    if words and words[0] in ("vi", "laget", "föreningen", "foreningen", "styret",
                              "styrelsen") and len(words) > 2 and \
            words[1] in ("ska", "skall", "skal", "vil", "will"):
        words = words[2:]
    if words and words[0] in ("att", "å"):
        words = words[1:]
    start = 1 if words and lemma(words[0], lang) in DOING else 0
    if not start and len(words) > 6:
        return "milestone"             # prose whose object we cannot place: one thing
    while start < len(words) and words[start] in PARTICLES:
        start += 1
    for word in words[start:start + 3]:
        if word in PARTICLES or word in ("och", "og", "and"):
            break
        if is_plural(word, lang):
            return "total"
    return "milestone"


PARTICLES = {"i", "på", "om", "med", "til", "till", "for", "för", "av", "ved", "vid", "ut",
             "in", "inn", "upp", "opp", "fram", "an", "at", "to", "the", "a"}


def split_two(text: str) -> list[str]:
    """'vårmöte i mars och höstmöte i oktober': two dated events in one line, two goals."""
    parts = re.split(r"\s+(?:och|og|and)\s+", text)
    if len(parts) != 2:
        return [text]
    if all(has_date(p) for p in parts) and all(has_event(p, "sv") or has_event(p, "nb")
                                               for p in parts):
        return parts
    return [text]
