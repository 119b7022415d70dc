"""Ready mappings: the layouts we can document, a guess from a file's headers for the rest,
and the plan metrics that conventionally receive each count.

Built-in names (usable wherever a saved mapping's name is, e.g.
`python -m goals import FILE --mapping register --plan PLAN`):

* `register`: a member register. Join date from a column called Inträdesdatum /
  Medlem sedan / Startdatum / Innmeldt / Joined ...; end date from Utträdesdatum /
  Slutdatum / Utmeldt / Ended ...; an active mark from Aktiv / Aktivist / Active.
* `calls`: a generic call list. Datum / Date, Utfall / Resultat / Outcome, Förening /
  Lokallag / Unit, and optionally Värvad / Recruited (yes/no). Conversation outcomes:
  samtal, svarade, pratade, samtale, answered, talked, conversation; recruited outcomes:
  värvad, medlem, ny medlem, vervet, innmeldt, recruited, joined.
* `zetkin-calls`: modelled on the call objects of Zetkin's API (we have no real export
  file to check it against): `allocation_time`, `state` (1 = reached; 11 no answer,
  12 busy, 13 call back, 14 not available, 15 left message, 21 wrong number, as in
  Zetkin's own source), `caller`
  and `target` (names: dropped as identifiers); a recruited yes/no column where present.
The metrics come from the plan by their conventional ids (below) unless given.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from goals.domain.plan import Plan
from goals.io.entries_csv import ParsedRow
from goals.mappings.calls import call_entries
from goals.mappings.mapping import Mapping, rows_to_entries
from goals.mappings.register import register_entries
from goals.mappings.tables import Table, normalise_header
from goals.mappings.wide import wide_entries

BUILT_IN = ("register", "calls", "zetkin-calls")

_SYNONYMS = {
    "joined": ("inträdesdatum", "medlem sedan", "medlem från", "startdatum", "inträde",
               "innmeldt", "innmeldingsdato", "innmeldt dato", "medlem fra", "joined",
               "join date", "member since", "start date", "start"),
    "ended": ("utträdesdatum", "utträde", "slutdatum", "avslutad", "utmeldt",
              "utmeldingsdato", "utmeldt dato", "utmeldt den", "sluttdato", "utträdesdag",
              "avslutad datum", "medlem till", "ended", "end date", "left", "slut"),
    "active": ("aktiv", "aktivist", "aktiv medlem", "active", "aktive"),
    "date": ("datum", "dato", "date", "dag", "day", "tid", "time", "allocation_time",
             "tidpunkt"),
    "outcome": ("utfall", "resultat", "status", "outcome", "result", "state", "utfall samtal"),
    "unit": ("förening", "forening", "lokalförening", "lokalforening", "lokallag", "lag",
             "unit", "krets", "arbetarekommun", "team"),
    "recruited": ("värvad", "varvad", "vervet", "recruited", "ny medlem", "blev medlem"),
    "metric": ("metric", "mått", "mal", "mått-id", "metric id"),
    "value": ("antal", "värde", "varde", "verdi", "antall", "value", "count", "summa",
              "belopp"),
    "tags": ("tags", "taggar", "tagger", "etiketter"),
    "note": ("note", "notering", "anteckning", "kommentar", "notat", "merknad", "rubrik",
             "titel", "title"),
}
_METRICS = {
    "members_metric": ("medlemmar", "medlemmer", "members", "medlemsantal"),
    "new_metric": ("nya-medlemmar", "nye-medlemmer", "new-members", "nya"),
    "active_metric": ("aktiva", "aktive", "active", "aktiva-medlemmar", "aktive-medlemmer"),
    "calls_metric": ("ringda-samtal", "ringningar", "calls", "samtal-ringda", "oppringninger"),
    "conversations_metric": ("samtal", "samtaler", "conversations", "samtal-forda"),
    "recruited_metric": ("varvade", "vervede", "recruited", "nya-medlemmar", "nye-medlemmer"),
}
_OUTCOMES = {
    "calls": (["samtal", "svarade", "pratade", "nådd", "nådde", "samtale", "svarte",
               "answered", "talked", "conversation", "reached"],
              ["värvad", "medlem", "ny medlem", "vervet", "innmeldt", "recruited", "joined"]),
    "zetkin-calls": (["1"], []),
}
# Outcomes that are a call but no conversation, in the words of the calling tools' sv, nb
# and en interfaces, and Zetkin's state codes (its source: 0 unfinished, 11 no pickup,
# 12 line busy, 13 call back, 14 not available, 15 left message, 21 wrong number). A value
# in none of the lists is never guessed at: the import is refused, naming it.
NO_CONVERSATION = {
    "calls": ["inget svar", "ej svar", "svarar ej", "svarade inte", "upptaget", "upptagen",
              "fel nummer", "felaktigt nummer", "ring tillbaka", "ring upp senare", "ring senare",
              "röstbrevlåda", "lämnat meddelande", "lämnade meddelande", "meddelande lämnat",
              "ej tillgänglig", "inte tillgänglig", "nådd, ring tillbaka", "avböjde", "nej tack",
              "ikke svar", "ingen svar", "opptatt", "feil nummer", "ring tilbake",
              "talepost", "ikke tilgjengelig", "no answer", "no pickup", "busy", "line busy",
              "wrong number", "voicemail", "left message", "call back", "not available",
              "unfinished"],
    "zetkin-calls": ["0", "11", "12", "13", "14", "15", "21"],
}


def guess_columns(table: Table, kind: str) -> Mapping:
    """A mapping of `kind` with each column found by its usual header names."""
    headers = {normalise_header(h): h for h in table.header}
    wanted = {"register": ("joined", "ended", "active"),
              "calls": ("date", "outcome", "unit", "recruited"),
              "rows": ("date", "metric", "value", "tags", "note", "unit")}[kind]
    found = {}
    for name in wanted:
        for synonym in _SYNONYMS[name]:
            if synonym in headers and headers[synonym] not in found.values():
                found[name] = headers[synonym]
                break
    return Mapping(kind=kind, **found)


def guess_metrics(mapping: Mapping, plan: Plan) -> Mapping:
    """The mapping with its unset count metrics taken from the plan's conventional ids
    (a member metric must be a level, the others flows)."""
    wanted = {"register": ("members_metric", "new_metric", "active_metric"),
              "calls": ("calls_metric", "conversations_metric", "recruited_metric"),
              "rows": ()}[mapping.kind]
    kinds = {"members_metric": "level", "active_metric": "level"}
    found = {}
    taken = {v for _, v in mapping.metrics()}
    for name in wanted:
        if getattr(mapping, name) or not _carried(mapping, name):
            continue
        for metric_id in _METRICS[name]:
            metric = plan.metrics.get(metric_id)
            if metric and metric.type == kinds.get(name, "flow") and metric_id not in taken:
                found[name] = metric_id
                taken.add(metric_id)
                break
    return replace(mapping, **found)


def _carried(mapping: Mapping, name: str) -> bool:
    """Whether the file has what the count `name` needs: an active count only from an
    active column. A figure the file does not carry is never written (a register without
    one wrote "0 active members" over the board's own figure)."""
    if name == "active_metric":
        return bool(mapping.active)
    return True


def built_in(name: str, table: Table, plan: Plan) -> Mapping:
    """The ready mapping `name` (see BUILT_IN) fitted to this file and plan."""
    kind = "register" if name == "register" else "calls"
    mapping = guess_columns(table, kind)
    if name in _OUTCOMES:
        talks, recruited = _OUTCOMES[name]
        mapping = replace(mapping, conversation_outcomes=talks, recruited_outcomes=recruited,
                          other_outcomes=NO_CONVERSATION[name])
    if name == "zetkin-calls":
        headers = {normalise_header(h): h for h in table.header}
        mapping = replace(mapping, date=headers.get("allocation_time", mapping.date),
                          outcome=headers.get("state", mapping.outcome))
    return guess_metrics(replace(mapping, plan=plan.id), plan)


def to_entries(table: Table, mapping: Mapping, plan: Plan, as_of: date,
               file: str) -> list[ParsedRow]:
    """The entries a mapped table becomes; raises `InputError` with every problem."""
    if mapping.kind == "register":
        return register_entries(table, mapping, plan, as_of, file)
    if mapping.kind == "calls":
        return call_entries(table, mapping, plan, file)
    if mapping.wide:
        return wide_entries(table, mapping, plan, file)
    return rows_to_entries(table, mapping, plan, file)
