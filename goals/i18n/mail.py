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
    "confidence.with_report": _m("Styrelsen: förtroende (1–10) att målet nås, med rapporten",
                                 "Styret: tillit (1–10) til at målet nås, med rapporten",
                                 "Board: confidence (1–10) the goal is reached, with the report"),
    "confidence.no_mark": _m("inget", "ingen", "none"),
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

MESSAGES.update({
    # --- the mails ------------------------------------------------------------------------
    "mail.hello": _m("Hej!", "Hei!", "Hello,"),
    "mail.hello_name": _m("Hej {name}!", "Hei {name}!", "Hello {name},"),
    "mail.footer": _m("Det här brevet kommer från föreningens verksamhetsplan.",
                      "Denne e-posten kommer fra lagets virksomhetsplan.",
                      "This mail comes from your association's plan."),
    "mail.unsubscribe": _m("Avsluta utskicken", "Meld deg av", "Unsubscribe"),
    "mail.report_now": _m("Rapportera", "Rapporter", "Report"),
    "mail.days_silent": _m("ingen rapport på {days} dagar", "ingen rapport på {days} dager",
                           "no report for {days} days"),
    "mail.reminder.subject": _m("{organisation}: {count} mål väntar på din rapport",
                                "{organisation}: {count} mål venter på din rapport",
                                "{organisation}: {count} goals wait for your report"),
    "mail.reminder.intro": _m("Du är ansvarig för de här målen. En rapport tar en minut:",
                              "Du er ansvarlig for disse målene. En rapport tar ett minutt:",
                              "You are responsible for these goals. A report takes a minute:"),
    "mail.reason.silent": _m("Ingen rapport på {days} dagar. Läget: {standing}.",
                             "Ingen rapport på {days} dager. Status: {standing}.",
                             "No report for {days} days. Standing: {standing}."),
    "mail.reason.turned": _m("Målet ligger nu {status}. Läget: {standing}.",
                             "Målet er nå {status}. Status: {standing}.",
                             "The goal is now {status}. Standing: {standing}."),
    "mail.digest.subject": _m("{organisation}: läget den {day}", "{organisation}: status {day}",
                              "{organisation}: where the plan stands on {day}"),
    "mail.digest.intro": _m("{title}. Sedan {since} har {reported} mål fått nya rapporter.",
                            "{title}. Siden {since} har {reported} mål fått nye rapporter.",
                            "{title}. Since {since}, {reported} goals have new reports."),
    "mail.digest.moved": _m("Det här har ändrats", "Dette har endret seg", "What moved"),
    "mail.digest.attention": _m("Efter och i fara", "Bak skjema og i fare",
                                "Behind and at risk"),
    "mail.digest.silent": _m("Ingen har rapporterat", "Ingen har rapportert",
                             "Nobody has reported"),
    "mail.digest.confidence": _m("Förtroendet har sjunkit", "Tilliten har sunket",
                                 "Confidence fell"),
    "mail.digest.calm": _m("Inget nytt att ta upp.", "Ingenting nytt å ta opp.",
                           "Nothing new to raise."),
    "mail.digest.meeting": _m("Nästa styrelsemöte är {day}: lägesrapporten är bifogad.",
                              "Neste styremøte er {day}: statusrapporten er vedlagt.",
                              "The next board meeting is on {day}: the status report is "
                              "attached."),
    "mail.digest.open": _m("Öppna översikten", "Åpne oversikten", "Open the overview"),
    "mail.digest.pdf_name": _m("lagesrapport", "statusrapport", "status-report"),
    "mail.nudge.question": _m("Vad har du gjort för föreningen i {month}?",
                              "Hva har du gjort for laget i {month}?",
                              "What did you do for the association in {month}?"),
    "mail.nudge.body": _m("Berätta det för {organisation}: varje samtal, inlägg och möte "
                          "räknas.",
                          "Fortell det til {organisation}: hver samtale, hvert innlegg og "
                          "møte teller.",
                          "Tell {organisation}: every call, post and meeting counts."),
    # --- the send command and the unsubscribe page ---------------------------------------------
    "mail.sent": _m("skickade {count} brev ({reminders} påminnelser, {digests} "
                    "sammanfattningar, {nudges} månadsbrev)",
                    "sendte {count} e-poster ({reminders} påminnelser, {digests} "
                    "sammendrag, {nudges} månedsbrev)",
                    "sent {count} mails ({reminders} reminders, {digests} digests, {nudges} "
                    "nudges)"),
    "mail.dry_run": _m("provkörning: {count} brev skulle skickas, inget skickades",
                       "prøvekjøring: {count} e-poster ville blitt sendt, ingenting ble sendt",
                       "dry run: {count} mails would be sent, nothing was sent"),
    "mail.failed": _m("kunde inte skicka {kind} till {to} ({plan}): {problem}",
                      "kunne ikke sende {kind} til {to} ({plan}): {problem}",
                      "could not send the {kind} to {to} ({plan}): {problem}"),
    "mail.failed_summary": _m("{count} brev kunde inte skickas; de skickas vid nästa körning",
                              "{count} e-poster kunne ikke sendes; de sendes ved neste kjøring",
                              "{count} mails could not be sent; the next run retries them"),
    "mail.no_smtp": _m("GOALS_SMTP_URL saknas (smtp://user:password@host:587); använd "
                       "--dry-run för att se breven",
                       "GOALS_SMTP_URL mangler (smtp://user:password@host:587); bruk "
                       "--dry-run for å se e-postene",
                       "GOALS_SMTP_URL is not set (smtp://user:password@host:587); use "
                       "--dry-run to see the mails"),
    "mail.bad_smtp_url": _m("GOALS_SMTP_URL '{url}' ska se ut som "
                            "smtp://user:password@host:587",
                            "GOALS_SMTP_URL '{url}' skal se ut som "
                            "smtp://user:password@host:587",
                            "GOALS_SMTP_URL '{url}' should look like "
                            "smtp://user:password@host:587"),
    "mail.kind.reminder": _m("påminnelsen", "påminnelsen", "reminder"),
    "mail.kind.digest": _m("sammanfattningen", "sammendraget", "digest"),
    "mail.kind.nudge": _m("månadsbrevet", "månedsbrevet", "nudge"),
    "mail.unsubscribe_heading": _m("Avsluta utskicken", "Meld deg av", "Unsubscribe"),
    "mail.unsubscribe_question": _m("Vill du inte längre få brev från verksamhetsplanen?",
                                    "Vil du ikke lenger få e-post fra virksomhetsplanen?",
                                    "Stop getting mail from the plan?"),
    "mail.unsubscribe_button": _m("Avsluta utskicken", "Meld meg av", "Unsubscribe"),
    "mail.unsubscribed": _m("Klart: du får inga fler brev härifrån.",
                            "Ferdig: du får ikke flere e-poster herfra.",
                            "Done: you will get no more mail from here."),
    "mail.unsubscribe_unknown": _m("Länken känns inte igen.", "Lenken er ukjent.",
                                   "This link is not known."),
})
