"""Messages of the board's overview (Översikt), the plan picker, meetings and the member's
report form added by issue 15. Part of the one catalogue (goals.i18n.messages)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "overview.attention": {"sv": "Läget", "nb": "Status",
                           "en": "Where we stand"},
    "overview.attention_none": {"sv": "Inget mål ligger efter.", "nb": "Ingen mål ligger etter.",
                                "en": "No goal is behind."},
    "overview.figure_line": {"sv": "{standing} · {progress} av väntat {expected}",
                             "nb": "{standing} · {progress} av forventet {expected}",
                             "en": "{standing} · {progress} of expected {expected}"},
    "overview.chart_axis": {"sv": "Uppnått (| = väntat nu)",
                            "nb": "Oppnådd (| = forventet nå)",
                            "en": "Achieved (| = expected by now)"},
    "overview.chart_expected": {"sv": "Väntat nu", "nb": "Forventet nå",
                                "en": "Expected by now"},
    "overview.order": {"sv": "Ordning", "nb": "Rekkefølge", "en": "Order"},
    "overview.order.urgency": {"sv": "Mest brådskande först", "nb": "Mest presserende først",
                               "en": "Most urgent first"},
    "overview.order.plan": {"sv": "Planens ordning", "nb": "Planens rekkefølge",
                            "en": "The plan's order"},
    "overview.all_goals": {"sv": "Alla mål", "nb": "Alle mål", "en": "All goals"},
}
MESSAGES |= {
    "meetings.none": {"sv": "Inga möten inlagda ännu.", "nb": "Ingen møter lagt inn ennå.",
                      "en": "No meetings recorded yet."},
    "meetings.correct": {"sv": "Rätta datum", "nb": "Rett dato", "en": "Correct the date"},
    "meetings.remove": {"sv": "Ta bort", "nb": "Fjern", "en": "Remove"},
    "meetings.removed": {"sv": "Mötet {day} är borttaget.", "nb": "Møtet {day} er fjernet.",
                         "en": "The meeting of {day} was removed."},
    "meetings.undo": {"sv": "Ångra", "nb": "Angre", "en": "Undo"},
    "meetings.exists": {"sv": "Det finns redan ett möte {day}.",
                        "nb": "Det finnes allerede et møte {day}.",
                        "en": "There already is a meeting on {day}."},
}
MESSAGES |= {
    "goal.pick_another": {"sv": "Välj ett mål i listan.", "nb": "Velg et mål i listen.",
                          "en": "Pick a goal from the list."},
}
MESSAGES |= {
    "report.ui.show_day": {"sv": "Visa", "nb": "Vis", "en": "Show"},
    "report.ui.for_day": {"sv": "{label} · {day}", "nb": "{label} · {day}",
                          "en": "{label} · {day}"},
}
MESSAGES |= {
    "report.which_step": {"sv": "Vilket steg?", "nb": "Hvilket steg?", "en": "Which step?"},
    "report.pick_step": {"sv": "Välj vilket steg som är klart.",
                         "nb": "Velg hvilket steg som er ferdig.",
                         "en": "Choose the step that is done."},
    "report.will_save": {"sv": "Sparas: {summary}", "nb": "Lagres: {summary}",
                         "en": "To be saved: {summary}"},
    "report.saved_what": {"sv": "Sparat: {summary}. Tack!", "nb": "Lagret: {summary}. Takk!",
                          "en": "Saved: {summary}. Thank you!"},
    "report.same_again": {
        "sv": "Du har just sparat exakt samma sak. Spara den en gång till?",
        "nb": "Du har nettopp lagret nøyaktig det samme. Lagre det en gang til?",
        "en": "You have just saved exactly this. Save it once more?",
    },
    "report.save_again": {"sv": "Ja, spara igen", "nb": "Ja, lagre igjen",
                          "en": "Yes, save again"},
    "report.outside_period": {
        "sv": "{day} ligger utanför planens period ({start} – {end}) och räknas inte för "
              "något mål. Välj ett datum inom perioden.",
        "nb": "{day} ligger utenfor planens periode ({start} – {end}) og teller ikke for "
              "noe mål. Velg en dato innenfor perioden.",
        "en": "{day} is outside the plan's period ({start} – {end}) and counts for no "
              "goal. Choose a date within the period.",
    },
}
MESSAGES |= {
    "access.link_localhost": {
        "sv": "Länken pekar på den här datorn (localhost) och öppnas inte på en telefon. "
              "Kör appen på en server som telefonerna når och ange dess adress i "
              "GOALS_PUBLIC_URL (se README, Driftsättning).",
        "nb": "Lenken peker på denne maskinen (localhost) og åpnes ikke på en telefon. "
              "Kjør appen på en server som telefonene når, og oppgi adressen i "
              "GOALS_PUBLIC_URL (se README, drift).",
        "en": "The link points at this computer (localhost) and will not open on a phone. "
              "Run the app on a server the phones can reach and set its address in "
              "GOALS_PUBLIC_URL (see the README, deployment).",
    },
}
MESSAGES |= {
    "district.behind_of": {"sv": "{behind} av {total} mål efter",
                           "nb": "{behind} av {total} mål bak skjema",
                           "en": "{behind} of {total} goals behind"},
    "district.reason.no_plan": {"sv": "ingen plan", "nb": "ingen plan", "en": "no plan"},
    "district.reason.silent": {"sv": "tyst", "nb": "stille", "en": "silent"},
    "district.col_reason": {"sv": "Varför", "nb": "Hvorfor", "en": "Why"},
    "district.need_support": {"sv": "Behöver stöd först", "nb": "Trenger støtte først",
                              "en": "Needing support first"},
    "district.all_columns": {"sv": "Hela jämförelsen", "nb": "Hele sammenligningen",
                             "en": "The full comparison"},
    "district.ranking_behind": {"sv": "Längst efter överst: {metric}",
                                "nb": "Lengst bak øverst: {metric}",
                                "en": "Furthest behind at the top: {metric}"},
}
# The sidebar menu and page titles (app.py): "Rapportera" (a member reports) and
# "Styrelserapporter" (the board's documents) no longer differ by one letter.
MESSAGES |= {
    "nav.overview": {"sv": "Översikt", "nb": "Oversikt", "en": "Overview"},
    "nav.goal": {"sv": "Mål", "nb": "Mål", "en": "Goal"},
    "nav.report": {"sv": "Rapportera", "nb": "Rapporter inn", "en": "Report progress"},
    "nav.district": {"sv": "Distrikt", "nb": "Fylkeslag", "en": "District"},
    "nav.national": {"sv": "Hela partiet", "nb": "Hele partiet", "en": "Whole party"},
    "nav.board_reports": {"sv": "Styrelserapporter", "nb": "Styrerapporter",
                          "en": "Board reports"},
    "nav.plans": {"sv": "Planer", "nb": "Planer", "en": "Plans"},
    "nav.new_plan": {"sv": "Ny plan", "nb": "Ny plan", "en": "New plan"},
    "nav.edit_plan": {"sv": "Redigera plan", "nb": "Rediger plan", "en": "Edit plan"},
    "nav.import": {"sv": "Importera", "nb": "Importer", "en": "Import"},
    "nav.access": {"sv": "Åtkomst", "nb": "Tilgang", "en": "Access"},
    "nav.app_title": {"sv": "Verksamhetsplaner", "nb": "Virksomhetsplaner",
                      "en": "Work plans"},
}
MESSAGES |= {
    "new_plan.organisation": {"sv": "Spara i organisationen", "nb": "Lagre i organisasjonen",
                              "en": "Save into the organisation"},
    "new_plan.organisation_new": {"sv": "En ny organisation (fälten nedan)",
                                  "nb": "En ny organisasjon (feltene under)",
                                  "en": "A new organisation (the fields below)"},
    "new_plan.organisation_exists": {
        "sv": "Det finns redan en organisation som heter {name} ({id}). Välj den ovan, "
              "annars skapas en till med samma namn.",
        "nb": "Det finnes allerede en organisasjon som heter {name} ({id}). Velg den over, "
              "ellers opprettes en til med samme navn.",
        "en": "There already is an organisation named {name} ({id}). Pick it above, or a "
              "second one with the same name is created.",
    },
}
