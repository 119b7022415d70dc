"""Messages for drafting a plan from its text and the plan editor (goals.drafting).

Part of the one catalogue: goals.i18n.messages merges every part and refuses a key
defined twice, so each area can be edited on its own.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {}


# --- The plan editor and the review page ("Ny plan", "Redigera plan"): keys editor.* -------

def _m(sv: str, nb: str, en: str) -> dict[str, str]:
    return {"sv": sv, "nb": nb, "en": en}


_EDITOR: dict[str, dict[str, str]] = {
    "editor.new_title": _m("Ny plan från planens text", "Ny plan fra planens tekst",
                           "New plan from the plan's text"),
    "editor.new_help": _m(
        "Ladda upp den antagna verksamhetsplanen (Word, PDF, text) eller klistra in texten. "
        "Texten läses här och skickas ingenstans.",
        "Last opp den vedtatte arbeidsplanen (Word, PDF, tekst) eller lim inn teksten. "
        "Teksten leses her og sendes ingen steder.",
        "Upload the adopted plan (Word, PDF, text) or paste its text. The text is read here "
        "and sent nowhere."),
    "editor.upload": _m("Dokument (.docx, .pdf, .txt, .md)", "Dokument (.docx, .pdf, .txt, .md)",
                        "Document (.docx, .pdf, .txt, .md)"),
    "editor.paste": _m("… eller klistra in texten", "… eller lim inn teksten",
                       "… or paste the text"),
    "editor.draft_language": _m("Dokumentets språk", "Dokumentets språk",
                                "The document's language"),
    "editor.language_auto": _m("Känn igen själv", "Gjenkjenn selv", "Detect"),
    "editor.draft_button": _m("Läs planen", "Les planen", "Read the plan"),
    "editor.read_problem": _m("Dokumentet kunde inte läsas: {problem}",
                              "Dokumentet kunne ikke leses: {problem}",
                              "The document could not be read: {problem}"),
    "editor.no_text": _m("Dokumentet innehåller ingen text.", "Dokumentet inneholder ingen tekst.",
                         "The document contains no text."),
    "editor.document": _m("Planens text", "Planens tekst", "The plan's text"),
    "editor.legend": _m("Markerat: mening som blev ett mål (grönt godkänt, gult ej granskat, "
                        "grått avvisat).",
                        "Markert: setning som ble et mål (grønt godkjent, gult ikke gjennomgått, "
                        "grått avvist).",
                        "Highlighted: a sentence that became a goal (green accepted, yellow not "
                        "reviewed, grey rejected)."),
    "editor.found": _m("{count} mål hittade i texten.", "{count} mål funnet i teksten.",
                       "{count} goals found in the text."),
    "editor.header_checks": _m("Kontrollera planens uppgifter:", "Kontroller planens opplysninger:",
                               "Check the plan's details:"),
    "editor.missed": _m("Mening som inte blev ett mål", "Setning som ikke ble et mål",
                        "A sentence that did not become a goal"),
    "editor.missed_help": _m("Välj en mening som borde vara ett mål och gör om den.",
                             "Velg en setning som burde være et mål, og gjør den om.",
                             "Pick a sentence that should be a goal and turn it into one."),
    "editor.make_goal": _m("Gör till mål", "Gjør til mål", "Make it a goal"),
    "editor.no_missed": _m("Alla meningar är redan mål.", "Alle setninger er allerede mål.",
                           "Every sentence is already a goal."),
    "editor.start_over": _m("Börja om", "Begynn på nytt", "Start over"),
    "editor.edit_title": _m("Redigera plan", "Rediger plan", "Edit a plan"),
    "editor.edit_help": _m(
        "Ändra, lägg till eller arkivera mål. Ett arkiverat mål behåller sina rapporter och "
        "kommer tillbaka om det tas med igen.",
        "Endre, legg til eller arkiver mål. Et arkivert mål beholder rapportene sine og kommer "
        "tilbake om det tas med igjen.",
        "Change, add or archive goals. An archived goal keeps its reports and comes back when "
        "it is kept again."),
    "editor.edit_link": _m("Redigera planen i ett formulär", "Rediger planen i et skjema",
                           "Edit the plan in a form"),
    "editor.new_link": _m("Ingen YAML? Gör en ny plan från den antagna planens text",
                          "Ingen YAML? Lag en ny plan fra den vedtatte planens tekst",
                          "No YAML? Make a new plan from the adopted plan's text"),
    "editor.reload": _m("Läs om från databasen", "Les inn på nytt fra databasen",
                        "Reload from the database"),
    "editor.header": _m("Planen", "Planen", "The plan"),
    "editor.header_title": _m("Titel", "Tittel", "Title"),
    "editor.header_id": _m("Planens id", "Planens id", "Plan id"),
    "editor.header_org_name": _m("Organisation", "Organisasjon", "Organisation"),
    "editor.header_org_id": _m("Organisationens id", "Organisasjonens id", "Organisation id"),
    "editor.header_org_level": _m("Nivå (förening, distrikt …)", "Nivå (lokallag, fylkeslag …)",
                                  "Level (förening, district …)"),
    "editor.header_org_parent": _m("Överordnad (id)", "Overordnet (id)", "Parent (id)"),
    "editor.header_start": _m("Period från", "Periode fra", "Period from"),
    "editor.header_end": _m("Period till", "Periode til", "Period to"),
    "editor.header_adopted": _m("Antagen", "Vedtatt", "Adopted"),
    "editor.header_language": _m("Planens språk", "Planens språk", "The plan's language"),
    "editor.language_sv": _m("Svenska", "Svensk", "Swedish"),
    "editor.language_nb": _m("Norska (bokmål)", "Norsk (bokmål)", "Norwegian (bokmål)"),
    "editor.language_en": _m("Engelska", "Engelsk", "English"),
    "editor.date_placeholder": _m("ÅÅÅÅ-MM-DD", "ÅÅÅÅ-MM-DD", "YYYY-MM-DD"),
    "editor.goals": _m("Målen", "Målene", "The goals"),
    "editor.untitled": _m("(nytt mål)", "(nytt mål)", "(new goal)"),
    "editor.problem_count": _m("{count} att rätta", "{count} å rette", "{count} to fix"),
    "editor.decision": _m("Beslut", "Beslutning", "Decision"),
    "editor.decision_open": _m("Ej granskat", "Ikke gjennomgått", "Not reviewed"),
    "editor.decision_accepted": _m("Godkänt", "Godkjent", "Accepted"),
    "editor.decision_rejected": _m("Avvisat", "Avvist", "Rejected"),
    "editor.decision_kept": _m("Med i planen", "Med i planen", "In the plan"),
    "editor.decision_archived": _m("Arkiverat", "Arkivert", "Archived"),
    "editor.accept_all": _m("Godkänn alla ej granskade", "Godkjenn alle ikke gjennomgåtte",
                            "Accept all not reviewed"),
    "editor.add_goal": _m("Lägg till mål", "Legg til mål", "Add a goal"),
    "editor.field_text": _m("Planens ord", "Planens ord", "The plan's words"),
    "editor.field_id": _m("Id", "Id", "Id"),
    "editor.field_kind": _m("Typ", "Type", "Kind"),
    "editor.field_section": _m("Avsnitt", "Avsnitt", "Section"),
    "editor.field_metric": _m("Mått", "Måling", "Metric"),
    "editor.field_goal": _m("Mål hos föreningarna (id)", "Mål i lokallagene (id)",
                            "Goal of the units below (id)"),
    "editor.field_tag": _m("Tagg", "Tagg", "Tag"),
    "editor.field_baseline": _m("Utgångsläge", "Utgangspunkt", "Baseline"),
    "editor.field_target": _m("Målvärde", "Målverdi", "Target"),
    "editor.field_per": _m("Per", "Per", "Per"),
    "editor.field_steps": _m("Steg (ett per rad)", "Steg (ett per linje)", "Steps (one a line)"),
    "editor.steps_help": _m("Valfritt: delmomenten som visar hur långt målet har kommit.",
                            "Valgfritt: delene som viser hvor langt målet har kommet.",
                            "Optional: the steps that show how far the goal has come."),
    "editor.field_deadline": _m("Senast", "Senest", "Deadline"),
    "editor.field_responsible": _m("Ansvarig", "Ansvarlig", "Responsible"),
    "editor.hint_target": _m("t.ex. 25000, +20%, x2, 10%", "f.eks. 25000, +20%, x2, 10%",
                             "e.g. 25000, +20%, x2, 10%"),
    "editor.hint_deadline": _m("ÅÅÅÅ-MM-DD (tomt: periodens slut)",
                               "ÅÅÅÅ-MM-DD (tomt: periodens slutt)",
                               "YYYY-MM-DD (empty: end of period)"),
    "editor.no_metric": _m("(inget mått)", "(ingen måling)", "(no metric)"),
    "editor.kind_none": _m("(välj typ)", "(velg type)", "(choose a kind)"),
    "editor.kind_milestone": _m("Milstolpe (görs en gång)", "Milepæl (gjøres én gang)",
                                "Milestone (done once)"),
    "editor.kind_total": _m("Summa under perioden", "Sum i perioden", "Total in the period"),
    "editor.kind_rate": _m("Minst N per vecka/månad …", "Minst N per uke/måned …",
                           "At least N per week/month …"),
    "editor.kind_increase": _m("Ökning (eller minskning)", "Økning (eller nedgang)",
                               "Increase (or decrease)"),
    "editor.kind_share": _m("Andel med en tagg", "Andel med en tagg", "Share with a tag"),
    "editor.kind_coverage": _m("Täckning (föreningar som klarat ett mål)",
                               "Dekning (lokallag som har nådd et mål)",
                               "Coverage (units below that reached a goal)"),
    "editor.per_none": _m("(välj)", "(velg)", "(choose)"),
    "editor.per_week": _m("vecka", "uke", "week"),
    "editor.per_month": _m("månad", "måned", "month"),
    "editor.per_quarter": _m("kvartal", "kvartal", "quarter"),
    "editor.per_half-year": _m("termin (halvår)", "halvår", "half-year"),
    "editor.per_year": _m("år", "år", "year"),
    "editor.save_title": _m("Spara", "Lagre", "Save"),
    "editor.undecided_left_out": _m("{count} mål är inte granskade och tas inte med.",
                                    "{count} mål er ikke gjennomgått og tas ikke med.",
                                    "{count} goals are not reviewed and are left out."),
    "editor.fix_first": _m("Rätta {count} fel innan planen kan sparas (se de röda raderna).",
                           "Rett {count} feil før planen kan lagres (se de røde linjene).",
                           "Fix {count} problems before the plan can be saved (see the red "
                           "lines)."),
    "editor.import_problems": _m("Importen hittade {count} fel:", "Importen fant {count} feil:",
                                 "The import found {count} problems:"),
    "editor.header_changed": _m("Planens uppgifter ändras.", "Planens opplysninger endres.",
                                "The plan's details change."),
    "editor.save": _m("Spara planen", "Lagre planen", "Save the plan"),
    "editor.saved": _m("Planen '{plan}' är sparad.", "Planen '{plan}' er lagret.",
                       "The plan '{plan}' is saved."),
    "editor.open_overview": _m("Öppna översikten", "Åpne oversikten", "Open the overview"),
    "editor.download_yaml": _m("Ladda ner planen (YAML)", "Last ned planen (YAML)",
                               "Download the plan (YAML)"),
}
MESSAGES.update(_EDITOR)
