"""Text -> a draft plan: the header, the sections from the headings, one goal per sentence
(or clause) that states a target, and what the user must check.

The draft never invents a number: a measurable goal whose sentence gives none is left
without `target`, so `python -m goals validate` names exactly that field, and a comment in
the YAML says what to fill in. The same holds for a guessed period, a new metric or a
`baseline` that an increase on a flow metric needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from goals.drafting import activities
from goals.drafting.calendar_words import DAY_MONTH, MONTH, MONTHS, election_day, make_date
from goals.drafting.header import Header, plan_id, read_header
from goals.drafting.metrics import propose
from goals.drafting.number_words import slug as ascii_slug
from goals.drafting.phrasing import Reading, read_sentence
from goals.drafting.segments import Sentence, normalise, sentences
from goals.i18n import normalise_language, translate

ACHIEVE = re.compile(
    r"^(?:vi\s+(?:ska|skal|will)\s+)?(?:att\s+|å\s+)?(?:utforma|ta fram|genomföra|anordna|"
    r"arrangera|organisera|skapa|etablera|starta|bilda|inrätta|upprätta|införa|lansera|utse|utarbeta|"
    r"publicera|ge ut|ta initiativ till|lage|utarbeide|arrangere|gjennomføre|etablere|starte|"
    r"opprette|lansere|organisere|holde|gi ut|publisere|draft|organi[sz]e|hold|launch|"
    r"set up|establish|create|produce|publish|write|skriva|skrive|sätta upp|sette opp|"
    r"bjuda in till|invitere til)\b", re.I)
UNCOUNTED = re.compile(
    r"^(?:att\s+|å\s+)?(?:värva|verve|rekruttere|recruit|ringa|ringe|samla in|samle inn|"
    r"raise|genomföra en samtalskampanj|gjennomføre en ringekampanje|"
    r"öka antalet medlemmar|øke antall medlemmer|öka medlemsantalet|øke medlemstallet)\b",
    re.I)
MEASURABLE = ("total", "rate", "increase", "share", "coverage")


@dataclass(frozen=True)
class DraftGoal:
    section: str
    span: tuple[int, int]
    goal: dict
    checks: tuple[str, ...]
    check_fields: tuple[str, ...] = ()     # the goal key each check is about ("" = goal)


@dataclass(frozen=True)
class Draft:
    text: str
    lang: str
    header: dict
    goals: tuple[DraftGoal, ...]
    sentences: tuple[tuple[int, int], ...]
    header_checks: tuple[str, ...]
    header_check_fields: tuple[str, ...] = ()

    def to_yaml(self) -> str:
        from goals.drafting.yaml_out import draft_to_yaml

        return draft_to_yaml(self)


@dataclass
class _Context:
    lang: str
    period: tuple[date, date] | None
    used_ids: set[str] = field(default_factory=set)
    metrics: dict[str, dict] = field(default_factory=dict)

    def unique(self, base: str) -> str:
        base = (base or "mal")[:48].strip("-") or "mal"
        candidate, n = base, 2
        while candidate in self.used_ids:
            candidate, n = f"{base}-{n}", n + 1
        self.used_ids.add(candidate)
        return candidate


def draft_plan(text: str, lang: str | None = None) -> Draft:
    """The draft plan of the document text `text` (language detected unless given)."""
    text = normalise(text)
    header = read_header(text, normalise_language(lang) if lang else None)
    context = _Context(header.language, header.period)
    found = sentences(text)
    goals: list[DraftGoal] = []
    intro = ""
    for index, sentence in enumerate(found):
        if sentence.heading:
            intro = sentence.text
        listed = _listed(found, index, context.lang, intro.rstrip().endswith(":"))
        if listed is not None:
            goals.extend(_goals_of(sentence, context, listed=listed))
    header_dict = _header_dict(header, context)
    checks = [(name, translate(key, header.language, **params))
              for name, key, params in header.checks]
    return Draft(text, header.language, header_dict, tuple(goals),
                 tuple(s.span for s in found if not s.heading or len(s.text) > 3),
                 tuple(text for _, text in checks), tuple(name for name, _ in checks))


def goal_from_sentence(sentence: str, lang: str, section: str = "",
                       period: tuple[date, date] | None = None) -> DraftGoal:
    """Best-effort goal for one sentence the user picked: its target if the words state
    one, else a milestone (something done once) with a check."""
    lang = normalise_language(lang)
    context = _Context(lang, period)
    item = Sentence(sentence.strip(), (0, len(sentence.strip())), section, True, False)
    goals = _goals_of(item, context, force=True)
    return goals[0]


LIST_SECTION = re.compile(
    rf"\b(?:aktivitet\w*|tiltak\w*|arbeidsplan\w*|årsplan\w*|program\w*|mål|måla|"
    rf"målen|målsetting\w*|målsättning\w*|\w*mål|planerade|planlagde|planlagte|"
    rf"vi ska|vi skal|ska vi|skal vi|under året|i år|konkret\w*|på listan|listan|lista|"
    rf"aktiviteter|årshjul|kalender|(?:{MONTH}))\b|:\s*$|\b\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b")


PLAN_TITLE = re.compile(r"(?:verksamhets|arbeids|arbets|virksomhets|handlings|års|aktivitets|"
                        r"tiltaks|strategi)plan|toimintasuunnitelma|styrelse|styret\b")


def _listed(found: list[Sentence], index: int, lang: str,
            after_colon: bool = False) -> bool | None:
    """Whether the sentence is read as a list item (None: not read at all).

    A list item, a line under a heading that announces activities ("Aktiviteter",
    "Tiltak", "Vi ska:", a month) reads as a plan's decision; a heading is read only when
    it is a calendar row or an activity that has no text of its own under it."""
    sentence = found[index]
    if not sentence.heading:
        return sentence.in_list or after_colon or \
            bool(LIST_SECTION.search(sentence.section.lower()))
    following = found[index + 1] if index + 1 < len(found) else None
    leaf = following is None or following.heading
    parent = next((s.section for s in reversed(found[:index]) if s.heading), "")
    text = sentence.text.rstrip(":").strip()
    if LIST_SECTION.fullmatch(text.lower()) or len(text) < 4 or index == 0 or \
            PLAN_TITLE.search(text.lower()) or sentence.text.rstrip().endswith(":"):
        return None
    if following is not None and following.heading and following.text.rstrip().endswith(":"):
        leaf = False                   # "Turar" / "Turnemnda la fram desse forslaga:"
    if len(text.split()) == 1 and not text.isupper() and not activities.has_date(text):
        return None                    # "Kampanjer", "Turar": a heading
    calendar = bool(re.fullmatch(rf"(?i)(?:{MONTH})\w*(?:\s+\d{{4}})?", parent.strip())) \
        or activities.has_date(parent)
    dated = activities.has_date(text)
    shouting = bool(re.search(r"\b[A-ZÅÄÖÆØ]{5,}\b", text))
    event = activities.has_event(text, lang)
    if event and (leaf or dated or shouting or calendar):
        return True
    if (leaf or calendar) and activities.starts_with_doing(text, lang):
        return True
    return None


def _goals_of(sentence: Sentence, context: _Context, force: bool = False,
              listed: bool | None = None) -> list[DraftGoal]:
    listed = sentence.in_list or force if listed is None else listed
    if sentence.heading and not listed:
        return []
    readings = read_sentence(sentence.text, context.lang, listed)
    out = [_measurable(sentence, reading, context) for reading in readings]
    if out:
        return out
    stripped = sentence.text.strip()
    if UNCOUNTED.match(stripped) and listed:
        reading = Reading("total", None, None, clause=stripped.lower())
        return [_measurable(sentence, reading, context)]
    if activities.twice_a_year(stripped):
        reading = Reading("total", 2, Fraction(2), clause=stripped.lower())
        return [_measurable(sentence, reading, context)]
    if force:
        return [_milestone(sentence, context)]
    if not activities.is_promise(stripped, context.lang, listed):
        return []
    parts = activities.split_two(stripped)
    if len(parts) == 1 and activities.kind_of(stripped, context.lang) == "total":
        reading = Reading("total", None, None, clause=stripped.lower())
        return [_measurable(sentence, reading, context)]
    return [_milestone(sentence, context) for _ in parts]


def _check(lang: str, key: str, **params: object) -> str:
    return translate(key, lang, **params)


def _measurable(sentence: Sentence, reading: Reading, context: _Context) -> DraftGoal:
    lang = context.lang
    checks: list[tuple[str, str]] = []
    goal: dict = {"id": "", "text": sentence.text, "kind": reading.kind}
    if reading.kind == "coverage":
        goal_id = context.unique(_slug_words(sentence.text))
        goal.update(id=goal_id, goal=goal_id, target=reading.target)
        checks.append(("goal", _check(lang, "drafting.check.coverage", goal=goal_id)))
    else:
        choice = propose(reading.clause or sentence.text, reading.kind, lang, reading.currency,
                         reading.noun)
        metric = dict(context.metrics.get(choice.id, choice.definition))
        if reading.kind == "share":
            tags = list(metric.get("tags", []))
            if reading.tag not in tags:
                tags.append(reading.tag)
            metric["tags"] = tags
        context.metrics[choice.id] = metric
        goal["id"] = context.unique(choice.id)
        goal["metric"] = choice.id
        if choice.invented:
            checks.append(("metric", _check(lang, "drafting.check.metric_new", metric=choice.id)))
        if reading.tag:
            goal["tag"] = reading.tag
            checks.append(("tag", _check(lang, "drafting.check.tag", tag=reading.tag)))
        if reading.baseline is not None:
            goal["baseline"] = reading.baseline
        if reading.target is None:
            checks.append(("", _check(lang, "drafting.check.no_number")))
        else:
            goal["target"] = reading.target
        if reading.per:
            goal["per"] = reading.per
        if reading.kind == "increase" and metric["type"] == "flow" and \
                reading.baseline is None:
            checks.append(("", _check(lang, "drafting.check.baseline")))
    _window(sentence.text, goal, checks, context)
    return DraftGoal(sentence.section, sentence.span, goal,
                     tuple(text for _, text in checks), tuple(name for name, _ in checks))


def _milestone(sentence: Sentence, context: _Context) -> DraftGoal:
    goal = {"id": context.unique(_slug_words(sentence.text)), "text": sentence.text,
            "kind": "milestone"}
    checks = [("kind", _check(context.lang, "drafting.check.milestone"))]
    _window(sentence.text, goal, checks, context)
    return DraftGoal(sentence.section, sentence.span, goal,
                     tuple(text for _, text in checks), tuple(name for name, _ in checks))


SLUG_SKIP = {"alla", "samtliga", "varje", "hvert", "hver", "alle", "samtlige", "every", "each",
             "all", "should", "shall", "must", "will", "have", "ska", "skall", "skal", "bör",
             "bør", "som", "våra", "våre", "vårt", "our", "med", "with", "för", "for", "till",
             "til", "inom", "innen", "från", "fra", "from", "under", "genom", "gjennom"}


def _slug_words(text: str) -> str:
    """A goal id from its words: what is to be done, not who ("Alla föreningar ska ha en
    valansvarig" -> "valansvarig")."""
    from goals.drafting.phrasing import UNITS

    lower = text.lower()
    decided = re.search(r"\b(?:ska|skall|skal|should|shall|must|will)\s+(?:ha|have|få|"
                        r"gjennomføre|genomföra)?\s*(.*)", lower)
    words = [w for w in re.findall(r"[\wåäöæøé]+", decided.group(1) if decided else lower)
             if len(w) > 3 and w not in SLUG_SKIP and not re.fullmatch(UNITS, w)][:3]
    return ascii_slug("-".join(words)) or "mal"


def _window(text: str, goal: dict, checks: list[tuple[str, str]], context: _Context) -> None:
    """`start`/`deadline` from "fra 11. april til 20. juni", "senast 30 juni", "till 2018
    års kampanj", "före valet"; kept only inside the plan's period."""
    period = context.period
    if period is None:
        return
    lower = text.lower()
    year = period[0].year
    found_start: date | None = None
    found_end: date | None = None
    guessed = False
    span = re.search(rf"\b(?:från|fra|from)\s+(?:och med\s+)?(\d{{1,2}})\.?\s+({MONTH})\b.*?"
                     rf"\b(?:till|til|to|–|-)\s+(?:och med\s+)?(\d{{1,2}})\.?\s+({MONTH})\b",
                     lower)
    if span:
        found_start = make_date(year, MONTHS[span.group(2)], int(span.group(1)))
        found_end = make_date(year, MONTHS[span.group(4)], int(span.group(3)))
    by = re.search(rf"\b(?:senast|före|innan|till|innen|før|by|before|until|fram till|"
                   rf"ved utgangen av|inför)\s+(?:den\s+)?{DAY_MONTH}", lower)
    if found_end is None and by:
        found_end = make_date(int(by.group(3)) if by.group(3) else year, MONTHS[by.group(2)],
                              int(by.group(1)))
    named = re.search(r"\b(?:till|före|innan|inför|senast till|innen|før|til|by|before)\s+"
                      r"(?:\w+\s+)?((?:19|20)\d\d)\s*(?:års|års|åres)\s+(\w+)", lower)
    election = re.search(r"\b(?:före|innan|inför|till|før|innen|before)\s+(?:riksdags|kommun|"
                         r"stortings|kommune|fylkes)?(?:valet|valrörelsen|valget|valgkampen|"
                         r"the election)(?:\s+((?:19|20)\d\d))?", lower)
    if found_end is None and named:
        named_year = int(named.group(1))
        noun = named.group(2)
        found_end = (election_day(named_year, context.lang)
                     if re.match(r"val|kampanj|valg", noun) else None) \
            or date(named_year, 12, 31)
        guessed = True
    elif found_end is None and election:
        years = [int(election.group(1))] if election.group(1) else \
            list(range(period[0].year, period[1].year + 1))
        days = [d for d in (election_day(y, context.lang) for y in years) if d]
        if days:
            found_end = days[0]
            guessed = True
    elif found_end is None and re.search(r"\b(?:under|i|innen|före|senast|by)\s+(?:det\s+)?"
                                         r"(?:första halvåret|første halvår|the first half)",
                                         lower):
        found_end = date(year, 6, 30)
    if found_end is None:
        return
    if not (period[0] <= found_end <= period[1]) or \
            (found_start and not period[0] <= found_start <= found_end):
        checks.append(("", _check(context.lang, "drafting.check.deadline_outside",
                                  date=found_end.isoformat())))
        return
    if found_start:
        goal["start"] = found_start
    goal["deadline"] = found_end
    if guessed:
        checks.append(("deadline", _check(context.lang, "drafting.check.deadline_guessed",
                                          date=found_end.isoformat())))


def _header_dict(header: Header, context: _Context) -> dict:
    data: dict = {"id": plan_id(header)}
    if header.title:
        data["title"] = header.title
    organisation: dict = {"level": header.level}
    if header.organisation:
        organisation = {"id": ascii_slug(header.organisation)[:50].strip("-"),
                        "name": header.organisation, "level": header.level}
    data["organisation"] = organisation
    if header.period:
        data["period"] = {"start": header.period[0], "end": header.period[1]}
    if header.adopted:
        data["adopted"] = header.adopted
    data["language"] = header.language
    data["metrics"] = dict(context.metrics)
    return data
