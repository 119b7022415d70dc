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
}
