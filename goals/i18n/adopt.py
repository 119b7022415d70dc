"""Messages for a district's coverage goals förening by förening and sending a goal to adopt
(goals.services.coverage_adoption, goals.ui.coverage_adoption)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "adopt.section": {"sv": "Från {district}", "nb": "Fra {district}", "en": "From {district}"},
    "adopt.notes": {"sv": "Skickat av distriktet: täckningsmålet {goal} i {district}.",
                    "nb": "Sendt av distriktet: dekningsmålet {goal} i {district}.",
                    "en": "Sent by the district: the coverage goal {goal} of {district}."},
    "adopt.title": {"sv": "Föreningarna och målet", "nb": "Foreningene og målet",
                    "en": "The föreningar and this goal"},
    "adopt.state.done": {"sv": "klart", "nb": "ferdig", "en": "done"},
    "adopt.state.not_done": {"sv": "har målet, inte klart", "nb": "har målet, ikke ferdig",
                             "en": "has the goal, not done"},
    "adopt.state.missing": {"sv": "saknar målet i sin plan", "nb": "mangler målet i planen",
                            "en": "lacks the goal in its plan"},
    "adopt.pick": {"sv": "Skicka målet till", "nb": "Send målet til", "en": "Send the goal to"},
    "adopt.preview": {"sv": "Förhandsgranska", "nb": "Forhåndsvis", "en": "Preview"},
    "adopt.preview_text": {
        "sv": "Planen {plan} får ett nytt mål: {goal} (i avsnittet ”{section}”). Inget är "
              "sparat än.",
        "nb": "Planen {plan} får et nytt mål: {goal} (i delen «{section}»). Ingenting er "
              "lagret ennå.",
        "en": "The plan {plan} gets a new goal: {goal} (in the section “{section}”). Nothing "
              "is saved yet."},
    "adopt.send": {"sv": "Skicka målet", "nb": "Send målet", "en": "Send the goal"},
    "adopt.sent": {"sv": "Målet finns nu i planen {plan}.", "nb": "Målet er nå i planen {plan}.",
                   "en": "The goal is now in the plan {plan}."},
    "adopt.none_missing": {"sv": "Alla föreningars planer har målet.",
                           "nb": "Alle foreningenes planer har målet.",
                           "en": "Every förening's plan has the goal."},
    "adopt.already_sent": {"sv": "Målet är redan skickat eller finns i planen.",
                           "nb": "Målet er allerede sendt eller finnes i planen.",
                           "en": "The goal was already sent or is in the plan."},
    "adopt.sent_proposal": {"sv": "Skickat till {name}. Föreningens styrelse lägger till det "
                                  "under Planer.",
                            "nb": "Sendt til {name}. Foreningens styre legger det til under "
                                  "Planer.",
                            "en": "Sent to {name}. Its board adds it under Plans."},
    "adopt.proposals": {"sv": "Mål från distriktet", "nb": "Mål fra distriktet",
                        "en": "Goals from the district"},
    "adopt.proposal": {"sv": "Distriktet föreslår att planen {plan} får målet ”{goal}” "
                             "(avsnittet ”{section}”).",
                       "nb": "Distriktet foreslår at planen {plan} får målet «{goal}» (delen "
                             "«{section}»).",
                       "en": "The district proposes the goal “{goal}” for the plan {plan} "
                             "(section “{section}”)."},
    "adopt.adopt": {"sv": "Lägg till målet i planen", "nb": "Legg til målet i planen",
                    "en": "Add the goal to the plan"},
    "adopt.decline": {"sv": "Avböj", "nb": "Avslå", "en": "Decline"},
}
