"""Messages for drafting a plan from its text and the plan editor (goals.drafting).

Part of the one catalogue: goals.i18n.messages merges every part and refuses a key
defined twice, so each area can be edited on its own.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- reading documents ------------------------------------------------------------------
    "drafting.unknown_format": {
        "sv": "okänd filtyp '{suffix}'; utkastet läser {suffixes}",
        "nb": "ukjent filtype '{suffix}'; utkastet leser {suffixes}",
        "en": "unknown file type '{suffix}'; the drafter reads {suffixes}",
    },
    "drafting.unreadable": {
        "sv": "filen kan inte läsas som {format}; spara den på nytt eller klistra in texten",
        "nb": "filen kan ikke leses som {format}; lagre den på nytt eller lim inn teksten",
        "en": "the file cannot be read as {format}; save it again or paste its text",
    },
    "drafting.pdf_without_text": {
        "sv": "PDF-filen ({pages} sidor) har inget textlager (den är troligen inskannad); "
              "spara planen som text eller Word, eller klistra in texten",
        "nb": "PDF-filen ({pages} sider) har ikke noe tekstlag (den er trolig skannet); "
              "lagre planen som tekst eller Word, eller lim inn teksten",
        "en": "the PDF ({pages} pages) has no text layer (it is probably a scan); save the "
              "plan as text or Word, or paste its text",
    },
    # --- what the user must check in a draft -----------------------------------------------
    "drafting.marker": {"sv": "KONTROLLERA", "nb": "KONTROLLER", "en": "CHECK"},
    "drafting.yaml_intro": {
        "sv": "Utkast ur planens text. Rader märkta KONTROLLERA behöver dig; kör sedan "
              "python -m goals validate FIL",
        "nb": "Utkast fra planens tekst. Linjer merket KONTROLLER trenger deg; kjør så "
              "python -m goals validate FIL",
        "en": "Draft from the plan's text. Lines marked CHECK need you; then run "
              "python -m goals validate FILE",
    },
    "drafting.section_default": {"sv": "Mål", "nb": "Mål", "en": "Goals"},
    "drafting.check.title": {
        "sv": "titeln är gissad ur dokumentets första rad",
        "nb": "tittelen er gjettet fra dokumentets første linje",
        "en": "the title is guessed from the document's first line",
    },
    "drafting.check.organisation": {
        "sv": "dokumentet säger inte vilken förening planen gäller: fyll i id och name",
        "nb": "dokumentet sier ikke hvilket lag planen gjelder: fyll inn id og name",
        "en": "the document does not say whose plan it is: fill in id and name",
    },
    "drafting.check.period_missing": {
        "sv": "dokumentet nämner inget år: fyll i period: {{start: ÅÅÅÅ-MM-DD, end: ÅÅÅÅ-MM-DD}}",
        "nb": "dokumentet nevner ikke noe år: fyll inn period: {{start: ÅÅÅÅ-MM-DD, end: "
              "ÅÅÅÅ-MM-DD}}",
        "en": "the document names no year: fill in period: {{start: YYYY-MM-DD, end: "
              "YYYY-MM-DD}}",
    },
    "drafting.check.period_guessed": {
        "sv": "perioden {start}–{end} är gissad ur årtalen i texten",
        "nb": "perioden {start}–{end} er gjettet ut fra årstallene i teksten",
        "en": "the period {start}–{end} is guessed from the years in the text",
    },
    "drafting.check.no_number": {
        "sv": "texten anger inget antal: fyll i target",
        "nb": "teksten oppgir ikke noe antall: fyll inn target",
        "en": "the text gives no number: fill in target",
    },
    "drafting.check.metric_new": {
        "sv": "måttet '{metric}' finns inte i den gemensamma katalogen: kontrollera namn, "
              "label och type (eller byt till ett katalogmått)",
        "nb": "målet '{metric}' finnes ikke i den felles katalogen: kontroller navn, label og "
              "type (eller bytt til et katalogmål)",
        "en": "the metric '{metric}' is not in the common catalogue: check its name, label and "
              "type (or use a catalogue metric)",
    },
    "drafting.check.tag": {
        "sv": "taggen '{tag}' är gissad: välj det ord medlemmarna ska märka posterna med",
        "nb": "taggen '{tag}' er gjettet: velg ordet medlemmene skal merke postene med",
        "en": "the tag '{tag}' is guessed: choose the word members will tag entries with",
    },
    "drafting.check.baseline": {
        "sv": "ökning på ett flödesmått: fyll i baseline (förra periodens summa)",
        "nb": "økning på et strømningsmål: fyll inn baseline (forrige periodes sum)",
        "en": "increase on a flow metric: fill in baseline (last period's sum)",
    },
    "drafting.check.coverage": {
        "sv": "andelen föreningar vars egen plan har målet '{goal}' klart; ge målet samma id "
              "i föreningarnas planer",
        "nb": "andelen lokallag der egen plan har målet '{goal}' nådd; gi målet samme id i "
              "lokallagenes planer",
        "en": "the share of units whose own plan has goal '{goal}' done; give the goal the "
              "same id in their plans",
    },
    "drafting.check.milestone": {
        "sv": "något som görs en gång? Lägg gärna till steps, eller ta bort målet",
        "nb": "noe som gjøres én gang? Legg gjerne til steps, eller fjern målet",
        "en": "something done once? Add steps if you like, or remove the goal",
    },
    "drafting.check.deadline_guessed": {
        "sv": "deadline {date} är tolkad ur texten",
        "nb": "deadline {date} er tolket fra teksten",
        "en": "deadline {date} is read from the text's words",
    },
    "drafting.check.deadline_outside": {
        "sv": "texten nämner {date}, som ligger utanför perioden: kontrollera deadline",
        "nb": "teksten nevner {date}, som ligger utenfor perioden: kontroller deadline",
        "en": "the text names {date}, outside the period: check the deadline",
    },
    "drafting.check.no_goals": {
        "sv": "inga mål hittades i texten: lägg till dem",
        "nb": "ingen mål ble funnet i teksten: legg dem til",
        "en": "no goals were found in the text: add them",
    },
    # --- the command line -------------------------------------------------------------------
    "drafting.cli.written": {
        "sv": "{file}: utkast med {goals} mål, varav {checks} att kontrollera",
        "nb": "{file}: utkast med {goals} mål, hvorav {checks} å kontrollere",
        "en": "{file}: draft with {goals} goals, {checks} of them to check",
    },
}


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
    "editor.changed_meanwhile": _m(
        "planen '{plan}' har sparats av någon annan sedan du öppnade den; läs om den från "
        "databasen och gör ändringen igen",
        "planen '{plan}' er lagret av noen andre siden du åpnet den; les den inn på nytt fra "
        "databasen og gjør endringen igjen",
        "the plan '{plan}' was saved by someone else since you opened it; reload it from the "
        "database and make the change again"),
    "editor.new_metric": _m("Nytt mått", "Ny måling", "New metric"),
    "editor.new_metric_help": _m(
        "Det medlemmarna rapporterar. Använd helst ett mått ur listan (gemensamma mått jämförs "
        "i distriktet); lägg bara till ett eget när inget passar.",
        "Det medlemmene rapporterer. Bruk helst en måling fra listen (felles målinger "
        "sammenlignes i fylket); legg bare til en egen når ingen passer.",
        "What members report. Prefer a metric from the list (common metrics are compared "
        "across the district); add one of your own only when none fits."),
    "editor.metric_id": _m("Id (a-z, 0-9, -)", "Id (a-z, 0-9, -)", "Id (a-z, 0-9, -)"),
    "editor.metric_label": _m("Namn", "Navn", "Label"),
    "editor.metric_type": _m("Sort", "Sort", "Type"),
    "editor.metric_flow": _m("Antal som läggs ihop (inlägg, kronor)",
                             "Antall som legges sammen (innlegg, kroner)",
                             "Amounts that add up (posts, money)"),
    "editor.metric_level": _m("Ställning vid en tidpunkt (medlemmar)",
                              "Stand på et tidspunkt (medlemmer)",
                              "A count at a point in time (members)"),
    "editor.metric_unit": _m("Enhet", "Enhet", "Unit"),
    "editor.add_metric": _m("Lägg till måttet", "Legg til målingen", "Add the metric"),
    "editor.replaces_existing": _m(
        "Det finns redan en plan med id '{plan}'. Att spara ersätter dess mål (mål som inte "
        "är med arkiveras och behåller sina rapporter). Byt id ovan för en ny plan.",
        "Det finnes allerede en plan med id '{plan}'. Å lagre erstatter målene dens (mål som "
        "ikke er med, arkiveres og beholder rapportene sine). Bytt id over for en ny plan.",
        "A plan with the id '{plan}' already exists. Saving replaces its goals (goals left "
        "out are archived with their reports). Change the id above for a new plan."),
    "editor.default_section": _m("Mål", "Mål", "Goals"),
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
    "editor.group_counts": _m("{count} förslag, {accepted} godkända, {rejected} avvisade",
                              "{count} forslag, {accepted} godkjent, {rejected} avvist",
                              "{count} proposals, {accepted} accepted, {rejected} rejected"),
    "editor.group_accept": _m("Godkänn alla", "Godkjenn alle", "Accept all"),
    "editor.group_reject": _m("Avvisa alla", "Avvis alle", "Reject all"),
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
    "editor.field_commit": _m("Lovad nivå (commit)", "Lovet nivå (commit)", "Committed level"),
    "editor.field_stretch": _m("Sträckmål (stretch)", "Strekkmål (stretch)", "Stretch level"),
    "editor.field_owners": _m("Påminns (namn <e-post>; …)", "Påminnes (navn <e-post>; …)",
                              "Reminded (name <e-mail>; …)"),
    "editor.hint_owners": _m("Anna Andersson <anna@exempel.se>; kassor@exempel.se",
                             "Kari Nordmann <kari@eksempel.no>; kasserer@eksempel.no",
                             "Anna Smith <anna@example.org>; treasurer@example.org"),
    "editor.hint_target": _m("t.ex. 25000, +20%, x2, 10%", "f.eks. 25000, +20%, x2, 10%",
                             "e.g. 25000, +20%, x2, 10%"),
    "editor.hint_deadline": _m("ÅÅÅÅ-MM-DD", "ÅÅÅÅ-MM-DD", "YYYY-MM-DD"),
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
