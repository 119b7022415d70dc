"""Messages for spreadsheet, member register and call-export imports (goals.mappings).

Part of the one catalogue: goals.i18n.messages merges every part and refuses a key
defined twice, so each area can be edited on its own. A message about a cell names its
row and column (Problem.line/column/path); it quotes the cell only through
goals.mappings.cell_values.shown, which hides anything that looks like a personal identifier.
"""

from __future__ import annotations


def _m(sv: str, nb: str, en: str) -> dict[str, str]:
    return {"sv": sv, "nb": nb, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    # files
    "mappings.unknown_type": _m(
        "okänd filtyp '{suffix}'; väntade .csv eller .xlsx",
        "ukjent filtype '{suffix}'; ventet .csv eller .xlsx",
        "unknown file type '{suffix}'; expected .csv or .xlsx"),
    "mappings.not_xlsx": _m(
        "filen går inte att läsa som Excel-fil (.xlsx); spara den som .xlsx eller CSV",
        "filen kan ikke leses som Excel-fil (.xlsx); lagre den som .xlsx eller CSV",
        "the file cannot be read as an Excel file (.xlsx); save it as .xlsx or CSV"),
    "mappings.no_such_sheet": _m(
        "bladet '{sheet}' finns inte; bladen är: {sheets}",
        "arket '{sheet}' finnes ikke; arkene er: {sheets}",
        "there is no sheet '{sheet}'; the sheets are: {sheets}"),
    "mappings.empty_sheet": _m(
        "bladet '{sheet}' är tomt; välj ett annat blad",
        "arket '{sheet}' er tomt; velg et annet ark",
        "the sheet '{sheet}' is empty; choose another sheet"),
    "mappings.empty_file": _m(
        "filen är tom", "filen er tom", "the file is empty"),
    "mappings.no_rows": _m(
        "filen har rubriker men inga rader att importera",
        "filen har overskrifter men ingen rader å importere",
        "the file has headers but no rows to import"),
    # mapping
    "mappings.missing_column": _m(
        "kolumnen '{column_name}' finns inte i filen{hint}; kolumnerna är: {allowed}",
        "kolonnen '{column_name}' finnes ikke i filen{hint}; kolonnene er: {allowed}",
        "the file has no column '{column_name}'{hint}; its columns are: {allowed}"),
    "mappings.dropped_column": _m(
        "kolumnen '{column_name}' ser ut att innehålla personuppgifter och togs bort; "
        "den kan inte användas",
        "kolonnen '{column_name}' ser ut til å inneholde personopplysninger og ble fjernet; "
        "den kan ikke brukes",
        "the column '{column_name}' looks like personal data and was dropped; it cannot "
        "be used"),
    "mappings.column_needed": _m(
        "välj en kolumn för '{field}'", "velg en kolonne for '{field}'",
        "choose a column for '{field}'"),
    "mappings.metric_needed": _m(
        "välj vilket mått i planen som ska få siffrorna",
        "velg hvilket mål i planen som skal få tallene",
        "choose which of the plan's metrics receives the figures"),
    "mappings.metric_type": _m(
        "måttet '{metric}' har fel typ här; det behövs ett mått av typen {expected}",
        "målet '{metric}' har feil type her; det trengs et mål av typen {expected}",
        "the metric '{metric}' has the wrong type here; a {expected} metric is needed"),
    "mappings.plan_needed": _m(
        "välj en plan (--plan PLAN_ID)", "velg en plan (--plan PLAN_ID)",
        "choose a plan (--plan PLAN_ID)"),
    "mappings.mapping_needed": _m(
        "filen har inte exportens kolumner; välj en mappning (--mapping NAMN)",
        "filen har ikke eksportens kolonner; velg en mapping (--mapping NAVN)",
        "the file does not have the export's columns; choose a mapping (--mapping NAME)"),
    "mappings.unknown_mapping": _m(
        "mappningen '{name}' finns inte{hint}; det finns: {allowed}",
        "mappingen '{name}' finnes ikke{hint}; det finnes: {allowed}",
        "there is no mapping '{name}'{hint}; there are: {allowed}"),
    "mappings.bad_mapping": _m(
        "mappningsfilen går inte att läsa: {problem}",
        "mapping-filen kan ikke leses: {problem}",
        "the mapping file cannot be read: {problem}"),
    "mappings.before_period": _m(
        "planen '{plan}' har inte börjat än; inget att räkna",
        "planen '{plan}' har ikke begynt ennå; ingenting å telle",
        "the plan '{plan}' has not started yet; nothing to count"),
    # cells
    "mappings.missing_value": _m(
        "tom cell; här behövs ett värde", "tom celle; her trengs en verdi",
        "empty cell; a value is needed here"),
    "mappings.bad_date": _m(
        "'{value}' är inget datum (ÅÅÅÅ-MM-DD, D.M.ÅÅÅÅ eller D/M/ÅÅÅÅ)",
        "'{value}' er ingen dato (ÅÅÅÅ-MM-DD, D.M.ÅÅÅÅ eller D/M/ÅÅÅÅ)",
        "'{value}' is not a date (YYYY-MM-DD, D.M.YYYY or D/M/YYYY)"),
    "mappings.bad_number": _m(
        "'{value}' är inget tal (t.ex. 12 eller 1 234,5)",
        "'{value}' er ikke et tall (f.eks. 12 eller 1 234,5)",
        "'{value}' is not a number (e.g. 12 or 1 234.5)"),
    "mappings.bad_mark": _m(
        "'{value}' är varken ja eller nej (ja/x/1 eller nej/tom/0)",
        "'{value}' er verken ja eller nei (ja/x/1 eller nei/tom/0)",
        "'{value}' is neither yes nor no (yes/x/1 or no/empty/0)"),
    "mappings.ended_before_joined": _m(
        "slutdatumet ligger före inträdesdatumet",
        "sluttdatoen ligger før innmeldingsdatoen",
        "the end date is before the join date"),
    # command line
    "mappings.cli_saved": _m(
        "mappningen '{name}' sparad", "mappingen '{name}' lagret",
        "mapping '{name}' saved"),
    "mappings.cli_dropped": _m(
        "{file}: borttagna kolumner (personuppgifter, sparas aldrig): {columns}",
        "{file}: fjernede kolonner (personopplysninger, lagres aldri): {columns}",
        "{file}: dropped columns (personal data, never stored): {columns}"),
    # the Importera page
    "mappings.title": _m("Importera siffror", "Importer tall", "Bring in figures"),
    "mappings.privacy": _m(
        "**Personuppgifter sparas aldrig.** Kolumner som ser ut som namn, e-post, telefon, "
        "adress eller personnummer tas bort direkt när filen läses, innan något annat "
        "händer. Ur ett medlemsregister sparas bara antal: medlemmar vid varje "
        "månadsskifte, nya medlemmar per månad och aktiva medlemmar. Själva filen sparas "
        "inte.",
        "**Personopplysninger lagres aldri.** Kolonner som ser ut som navn, e-post, "
        "telefon, adresse eller fødselsnummer fjernes med en gang filen leses, før noe "
        "annet skjer. Fra et medlemsregister lagres bare antall: medlemmer ved hvert "
        "månedsskifte, nye medlemmer per måned og aktive medlemmer. Selve filen lagres "
        "ikke.",
        "**Personal data is never stored.** Columns that look like names, e-mail, phone, "
        "address or personal numbers are dropped the moment the file is read, before "
        "anything else happens. From a member register only counts are kept: members at "
        "each month end, new members per month and active members. The file itself is "
        "not kept."),
    "mappings.upload": _m(
        "Kalkylblad, medlemsregister eller samtalsexport (CSV eller Excel)",
        "Regneark, medlemsregister eller samtaleeksport (CSV eller Excel)",
        "Spreadsheet, member register or call export (CSV or Excel)"),
    "mappings.sheet": _m("Blad", "Ark", "Sheet"),
    "mappings.first_rows": _m("Filens första rader", "Filens første rader",
                              "The file's first rows"),
    "mappings.dropped": _m("borttagen", "fjernet", "dropped"),
    "mappings.dropped_note": _m(
        "Borttagna kolumner (personuppgifter, används och sparas aldrig): {columns}",
        "Fjernede kolonner (personopplysninger, brukes og lagres aldri): {columns}",
        "Dropped columns (personal data, never used or stored): {columns}"),
    "mappings.how": _m("Hur ska filen läsas?", "Hvordan skal filen leses?",
                       "How should the file be read?"),
    "mappings.how_export": _m(
        "En export härifrån (rader med id uppdateras)",
        "En eksport herfra (rader med id oppdateres)",
        "An export from here (rows with an id update)"),
    "mappings.how_rows": _m("Varje rad en post", "Hver rad en post", "Each row an entry"),
    "mappings.how_register": _m("Medlemsregister → antal", "Medlemsregister → antall",
                                "Member register → counts"),
    "mappings.how_calls": _m("Samtalsexport → samtal per dag",
                             "Samtaleeksport → samtaler per dag",
                             "Call export → calls per day"),
    "mappings.how_saved": _m("Sparad mappning: {name}", "Lagret mapping: {name}",
                             "Saved mapping: {name}"),
    "mappings.how_builtin": _m("Färdig mappning: {name}", "Ferdig mapping: {name}",
                               "Ready mapping: {name}"),
    "mappings.none": _m("–", "–", "–"),
    "mappings.each_row_one": _m("(varje rad räknas som 1)", "(hver rad teller som 1)",
                                "(each row counts as one)"),
    "mappings.column.date": _m("Datum", "Dato", "Date"),
    "mappings.column.metric": _m("Mått (kolumn med mått-id)", "Mål (kolonne med mål-id)",
                                 "Metric (a column of metric ids)"),
    "mappings.column.fixed_metric": _m("… eller samma mått för alla rader",
                                       "… eller samme mål for alle rader",
                                       "… or one metric for every row"),
    "mappings.column.value": _m("Värde", "Verdi", "Value"),
    "mappings.column.tags": _m("Taggar", "Tagger", "Tags"),
    "mappings.column.note": _m("Anteckning", "Notat", "Note"),
    "mappings.column.unit": _m("Förening", "Lokallag", "Förening (unit)"),
    "mappings.column.joined": _m("Inträdesdatum", "Innmeldingsdato", "Join date"),
    "mappings.column.ended": _m("Slutdatum", "Sluttdato", "End date"),
    "mappings.column.active": _m("Aktiv (ja/nej)", "Aktiv (ja/nei)", "Active (yes/no)"),
    "mappings.column.outcome": _m("Utfall", "Utfall", "Outcome"),
    "mappings.column.recruited": _m("Värvad (ja/nej)", "Vervet (ja/nei)",
                                    "Recruited (yes/no)"),
    "mappings.column.members_metric": _m("Mått: medlemmar vid månadsskiftet",
                                         "Mål: medlemmer ved månedsskiftet",
                                         "Metric: members at month end"),
    "mappings.column.new_metric": _m("Mått: nya medlemmar per månad",
                                     "Mål: nye medlemmer per måned",
                                     "Metric: new members per month"),
    "mappings.column.active_metric": _m("Mått: aktiva medlemmar", "Mål: aktive medlemmer",
                                        "Metric: active members"),
    "mappings.column.calls_metric": _m("Mått: ringda samtal", "Mål: oppringninger",
                                       "Metric: calls made"),
    "mappings.column.conversations_metric": _m("Mått: genomförda samtal",
                                               "Mål: gjennomførte samtaler",
                                               "Metric: conversations held"),
    "mappings.column.recruited_metric": _m("Mått: värvade medlemmar", "Mål: vervede medlemmer",
                                           "Metric: members recruited"),
    "mappings.column.conversation_outcomes": _m(
        "Utfall som är samtal (kommaseparerade)", "Utfall som er samtaler (kommaseparert)",
        "Outcomes that are conversations (comma-separated)"),
    "mappings.column.recruited_outcomes": _m(
        "Utfall som är värvning (kommaseparerade)", "Utfall som er verving (kommaseparert)",
        "Outcomes that recruited (comma-separated)"),
    "mappings.columns": _m("Kolumner och mått", "Kolonner og mål", "Columns and metrics"),
    "mappings.entry_metric": _m("Mått", "Mål", "Metric"),
    "mappings.as_of": _m("Räkna till och med", "Tell til og med", "Count up to"),
    "mappings.preview": _m(
        "Det här händer om du importerar: {added} nya poster, {updated} ändrade, "
        "{unchanged} oförändrade.",
        "Dette skjer om du importerer: {added} nye poster, {updated} endret, "
        "{unchanged} uendret.",
        "This is what importing will do: {added} new entries, {updated} changed, "
        "{unchanged} unchanged."),
    "mappings.moves": _m("Mål som påverkas: {goals}", "Mål som påvirkes: {goals}",
                         "Goals it moves: {goals}"),
    "mappings.moves_none": _m(
        "Inga mål i planen räknar de här måtten.",
        "Ingen mål i planen teller disse målene.",
        "No goal of the plan counts these metrics."),
    "mappings.apply": _m("Importera", "Importer", "Import"),
    "mappings.applied": _m(
        "Klart: {added} nya poster, {updated} ändrade. Filen är glömd.",
        "Ferdig: {added} nye poster, {updated} endret. Filen er glemt.",
        "Done: {added} new entries, {updated} changed. The file is forgotten."),
    "mappings.problems": _m(
        "{count} fel – inget importeras. Rätta filen eller mappningen.",
        "{count} feil – ingenting importeres. Rett filen eller mappingen.",
        "{count} problems – nothing is imported. Fix the file or the mapping."),
    "mappings.col_row": _m("Rad", "Rad", "Row"),
    "mappings.col_column": _m("Kolumn", "Kolonne", "Column"),
    "mappings.col_problem": _m("Fel", "Feil", "Problem"),
    "mappings.save_name": _m("Spara mappningen som", "Lagre mappingen som",
                             "Save the mapping as"),
    "mappings.save": _m("Spara mappning", "Lagre mapping", "Save mapping"),
    "mappings.saved": _m(
        "Mappningen '{name}' är sparad: nästa månads fil importeras i ett steg.",
        "Mappingen '{name}' er lagret: neste måneds fil importeres i ett steg.",
        "Mapping '{name}' saved: next month's file imports in one step."),
}
