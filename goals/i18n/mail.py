"""Messages of the follow-up between meetings (issue 18): owners, commit and stretch levels,
reminders, the board's digest, members' nudge, confidence and unsubscribing.

Part of the one catalogue: goals.i18n.messages merges every part and refuses a key
defined twice.
"""

from __future__ import annotations


def _m(sv: str, nb: str, en: str) -> dict[str, str]:
    return {"sv": sv, "nb": nb, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    # --- the plan format's extension --------------------------------------------------------
    "plan.bad_email": _m("'{value}' är ingen e-postadress (namn@exempel.se)",
                         "'{value}' er ingen e-postadresse (navn@eksempel.no)",
                         "'{value}' is not an e-mail address (name@example.org)"),
    "plan.bad_day_count": _m("'{value}' är inget heltal antal dagar från 1 till {limit}",
                             "'{value}' er ikke et heltall antall dager fra 1 til {limit}",
                             "'{value}' is not a whole number of days from 1 to {limit}"),
    "plan.bad_boolean": _m("'{value}': skriv true eller false",
                           "'{value}': skriv true eller false",
                           "'{value}': write true or false"),
    "plan.commit_order": _m(
        "den åtagna nivån {value} är mer än målet {target}; commit ska ligga på eller under "
        "målet", "den forpliktende nivået {value} er mer enn målet {target}; commit skal "
        "ligge på eller under målet", "the committed level {value} is more than the target "
        "{target}; commit must be at or below the target"),
    "plan.stretch_order": _m(
        "sträckmålet {value} är mindre än målet {target}; stretch ska ligga på eller över "
        "målet", "strekkmålet {value} er mindre enn målet {target}; stretch skal ligge på "
        "eller over målet", "the stretch level {value} is less than the target {target}; "
        "stretch must be at or above the target"),
    # --- which level a report says was reached ---------------------------------------------
    "level.reached.stretch": _m("Sträckmålet ({stretch}) är nått.",
                                "Strekkmålet ({stretch}) er nådd.",
                                "The stretch level ({stretch}) is reached."),
    "level.reached.target": _m("Målet ({target}) är nått, men inte sträckmålet ({stretch}).",
                               "Målet ({target}) er nådd, men ikke strekkmålet ({stretch}).",
                               "The target ({target}) is reached, not the stretch ({stretch})."),
    "level.reached.target_only": _m("Målet ({target}) är nått.", "Målet ({target}) er nådd.",
                                    "The target ({target}) is reached."),
    "level.reached.commit": _m("Den åtagna nivån ({commit}) är nådd, men inte målet ({target}).",
                               "Det forpliktende nivået ({commit}) er nådd, men ikke målet "
                               "({target}).",
                               "The committed level ({commit}) is reached, not the target "
                               "({target})."),
    "level.reached.none": _m("Den åtagna nivån ({commit}) är inte nådd än.",
                             "Det forpliktende nivået ({commit}) er ikke nådd ennå.",
                             "The committed level ({commit}) is not reached yet."),
    "goal.level.commit": _m("Åtagande", "Forpliktelse", "Commit"),
    "goal.level.stretch": _m("Sträckmål", "Strekkmål", "Stretch"),
}

MESSAGES.update({
    # --- confidence --------------------------------------------------------------------------
    "confidence.badge": _m("förtroende {mark}/10", "tillit {mark}/10", "confidence {mark}/10"),
    "confidence.axis": _m("Förtroende", "Tillit", "Confidence"),
    "confidence.heading": _m("Hur säkra är vi?", "Hvor sikre er vi?", "How confident are we?"),
    "confidence.label": _m("Förtroende (1–10) att målet nås",
                           "Tillit (1–10) til at målet nås",
                           "Confidence (1–10) that the goal will be reached"),
    "confidence.save": _m("Spara förtroende", "Lagre tillit", "Save confidence"),
    "confidence.saved": _m("Sparat: {mark}/10.", "Lagret: {mark}/10.", "Saved: {mark}/10."),
    "confidence.none": _m("Ingen har angett förtroende för målet än.",
                          "Ingen har angitt tillit for målet ennå.",
                          "Nobody has marked confidence for this goal yet."),
    "confidence.bad_mark": _m("förtroende: '{value}' är inget heltal från 1 till 10",
                              "tillit: '{value}' er ikke et heltall fra 1 til 10",
                              "confidence: '{value}' is not a whole number from 1 to 10"),
    "confidence.unknown_goal": _m("målet '{goal}' finns inte i planen",
                                  "målet '{goal}' finnes ikke i planen",
                                  "the goal '{goal}' is not in the plan"),
    "access.action.checkin.record": _m("förtroende angivet", "tillit angitt",
                                          "confidence marked"),
})
