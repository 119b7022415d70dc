"""Messages for the party-scale operations: moving a database, the first-run setup limit.

Part of the one catalogue (merged in goals.i18n.messages, which refuses a key defined twice).
"""

from __future__ import annotations


def _m(sv: str, nb: str, en: str) -> dict[str, str]:
    return {"sv": sv, "nb": nb, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "move.copied": _m("{table}: {rows} rader kopierade",
                      "{table}: {rows} rader kopiert",
                      "{table}: {rows} rows copied"),
    "move.done": _m("Klart: {entries} poster flyttade från {source} till {target}.",
                    "Ferdig: {entries} poster flyttet fra {source} til {target}.",
                    "Done: {entries} entries moved from {source} to {target}."),
    "move.target_not_empty": _m(
        "målet {target} har redan data (tabellen {table}: {rows} rader); flytten kräver "
        "en tom databas, inget har skrivits",
        "målet {target} har allerede data (tabellen {table}: {rows} rader); flyttingen krever "
        "en tom database, ingenting er skrevet",
        "the target {target} already holds data (table {table}: {rows} rows); a move needs "
        "an empty database, nothing was written"),
    "move.incomplete": _m(
        "flytten är ofullständig: {detail}",
        "flyttingen er ufullstendig: {detail}",
        "the move is incomplete: {detail}"),
    "move.same_database": _m(
        "--from och --to är samma databas",
        "--from og --to er samme database",
        "--from and --to are the same database"),
    "setup.too_many_attempts": _m(
        "För många felaktiga försök med installationskoden. Vänta {minutes} minuter.",
        "For mange feil forsøk med installasjonskoden. Vent {minutes} minutter.",
        "Too many wrong setup codes. Wait {minutes} minutes."),
    "national.title": _m("Hela partiet", "Hele partiet", "The whole party"),
    "national.none": _m("Inga distrikt med föreningsplaner för perioden.",
                        "Ingen distrikter med lagsplaner for perioden.",
                        "No districts with association plans for the period."),
    "national.caption": _m(
        "Summor per månad till och med {month}; en förening är tyst efter {days} dagar utan "
        "rapport.",
        "Summer per måned til og med {month}; et lag er stille etter {days} dager uten "
        "rapport.",
        "Monthly sums up to and including {month}; an association is silent after {days} "
        "days without a report."),
    "national.districts": _m("Distrikt", "Distrikter", "Districts"),
    "national.foreningar": _m("Föreningar", "Lag", "Associations"),
    "national.reporting": _m("Rapporterar", "Rapporterer", "Reporting"),
    "national.silent": _m("Tysta", "Stille", "Silent"),
    "national.entries": _m("Rapporter", "Rapporter", "Reports"),
    "national.last": _m("Senaste rapport", "Siste rapport", "Last report"),
    "national.name": _m("Namn", "Navn", "Name"),
    "national.plans": _m("Planer", "Planer", "Plans"),
    "national.expander": _m("{name}: {count} föreningar, {silent} tysta",
                            "{name}: {count} lag, {silent} stille",
                            "{name}: {count} associations, {silent} silent"),
}
