"""The catalogue itself: key -> {language: template}. Placeholders use str.format names."""

from __future__ import annotations

from goals.i18n import access, adopt, drafting, imports, mail, mappings, overview, reports, scale

MESSAGES: dict[str, dict[str, str]] = {
    # --- statuses -------------------------------------------------------------------------
    "status.done": {"sv": "klart", "nb": "nådd", "en": "done"},
    "status.on_track": {"sv": "i fas", "nb": "i rute", "en": "on track"},
    "status.behind": {"sv": "efter", "nb": "bak skjema", "en": "behind"},
    "status.at_risk": {"sv": "i fara", "nb": "i fare", "en": "at risk"},
    "status.missed": {"sv": "missat", "nb": "ikke nådd", "en": "missed"},
    "status.no_data": {"sv": "inga data", "nb": "ingen data", "en": "no data"},
    # --- file-level problems --------------------------------------------------------------
    "file.not_found": {
        "sv": "filen finns inte",
        "nb": "filen finnes ikke",
        "en": "file not found",
    },
    "file.too_large": {
        "sv": "filen är {size} byte; en planfil får vara högst {limit} byte",
        "nb": "filen er {size} byte; en planfil kan være høyst {limit} byte",
        "en": "the file is {size} bytes; a plan file may be at most {limit} bytes",
    },
    "file.not_utf8": {
        "sv": "filen är inte UTF-8 (byte 0x{byte} kan inte läsas); spara den som UTF-8",
        "nb": "filen er ikke UTF-8 (byte 0x{byte} kan ikke leses); lagre den som UTF-8",
        "en": "the file is not UTF-8 (byte 0x{byte} cannot be read); save it as UTF-8",
    },
    "file.empty": {
        "sv": "filen är tom; en plan behöver minst id, title, organisation och period",
        "nb": "filen er tom; en plan trenger minst id, title, organisation og period",
        "en": "the file is empty; a plan needs at least id, title, organisation and period",
    },
    "file.unknown_type": {
        "sv": "okänd filtyp '{suffix}'; väntade .yaml/.yml (plan) eller .csv (poster)",
        "nb": "ukjent filtype '{suffix}'; ventet .yaml/.yml (plan) eller .csv (poster)",
        "en": "unknown file type '{suffix}'; expected .yaml/.yml (plan) or .csv (entries)",
    },
    "yaml.syntax": {
        "sv": "YAML-syntaxfel: {problem}{began}",
        "nb": "YAML-syntaksfeil: {problem}{began}",
        "en": "YAML syntax error: {problem}{began}",
    },
    "yaml.began_at": {
        "sv": " (som började på rad {line}, kolumn {column})",
        "nb": " (som begynte på linje {line}, kolonne {column})",
        "en": " (which began on line {line}, column {column})",
    },
    "yaml.several_documents": {
        "sv": "filen innehåller flera YAML-dokument (---); en fil är en plan",
        "nb": "filen inneholder flere YAML-dokumenter (---); én fil er én plan",
        "en": "the file holds several YAML documents (---); one file is one plan",
    },
    "yaml.anchor": {
        "sv": "YAML-ankare (&{name}) är inte tillåtna; skriv ut värdet där det behövs",
        "nb": "YAML-ankere (&{name}) er ikke tillatt; skriv ut verdien der den trengs",
        "en": "YAML anchors (&{name}) are not allowed; write the value out where it is needed",
    },
    "yaml.alias": {
        "sv": "YAML-alias (*{name}) är inte tillåtna; skriv ut värdet där det behövs",
        "nb": "YAML-alias (*{name}) er ikke tillatt; skriv ut verdien der den trengs",
        "en": "YAML aliases (*{name}) are not allowed; write the value out where it is needed",
    },
    "yaml.tag": {
        "sv": "YAML-taggar ({tag}) är inte tillåtna",
        "nb": "YAML-tagger ({tag}) er ikke tillatt",
        "en": "YAML tags ({tag}) are not allowed",
    },
    # --- structure ------------------------------------------------------------------------
    "plan.expected_mapping": {
        "sv": "väntade en mappning (nyckel: värde), fick {got}",
        "nb": "ventet en mapping (nøkkel: verdi), fikk {got}",
        "en": "expected a mapping (key: value), got {got}",
    },
    "plan.expected_list": {
        "sv": "väntade en lista (- ...), fick {got}",
        "nb": "ventet en liste (- ...), fikk {got}",
        "en": "expected a list (- ...), got {got}",
    },
    "plan.expected_text": {
        "sv": "väntade text, fick {got}",
        "nb": "ventet tekst, fikk {got}",
        "en": "expected text, got {got}",
    },
    "plan.unknown_key": {
        "sv": "okänd nyckel '{field}'{hint}; tillåtna här: {allowed}",
        "nb": "ukjent nøkkel '{field}'{hint}; tillatt her: {allowed}",
        "en": "unknown key '{field}'{hint}; allowed here: {allowed}",
    },
    "plan.key_not_for_kind": {
        "sv": "nyckeln '{field}' används inte av typen '{kind}'; tillåtna: {allowed}",
        "nb": "nøkkelen '{field}' brukes ikke av typen '{kind}'; tillatt: {allowed}",
        "en": "the key '{field}' is not used by kind '{kind}'; allowed: {allowed}",
    },
    "plan.did_you_mean": {
        "sv": " (menade du '{suggestion}'?)",
        "nb": " (mente du '{suggestion}'?)",
        "en": " (did you mean '{suggestion}'?)",
    },
    "plan.duplicate_key": {
        "sv": "nyckeln '{field}' står två gånger (först på rad {first_line})",
        "nb": "nøkkelen '{field}' står to ganger (først på linje {first_line})",
        "en": "the key '{field}' appears twice (first on line {first_line})",
    },
    "plan.missing_key": {
        "sv": "nyckeln '{field}' saknas",
        "nb": "nøkkelen '{field}' mangler",
        "en": "the key '{field}' is missing",
    },
    "plan.missing_key_for_kind": {
        "sv": "typen '{kind}' kräver nyckeln '{field}'",
        "nb": "typen '{kind}' krever nøkkelen '{field}'",
        "en": "kind '{kind}' needs the key '{field}'",
    },
    "plan.bad_slug": {
        "sv": "'{value}' är inget giltigt id: använd a–z, 0–9, - och _ (börja med bokstav "
        "eller siffra){hint}",
        "nb": "'{value}' er ikke en gyldig id: bruk a–z, 0–9, - og _ (start med bokstav "
        "eller siffer){hint}",
        "en": "'{value}' is not a valid id: use a–z, 0–9, - and _ (start with a letter or "
        "digit){hint}",
    },
    "plan.text_too_long": {
        "sv": "texten är {length} tecken; högst {limit} tecken är tillåtet",
        "nb": "teksten er {length} tegn; høyst {limit} tegn er tillatt",
        "en": "the text is {length} characters; at most {limit} are allowed",
    },
    "plan.text_empty": {
        "sv": "texten är tom",
        "nb": "teksten er tom",
        "en": "the text is empty",
    },
    "plan.bad_date": {
        "sv": "'{value}' är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2021-03-10",
        "nb": "'{value}' er ikke en dato; skriv ÅÅÅÅ-MM-DD, f.eks. 2021-03-10",
        "en": "'{value}' is not a date; write YYYY-MM-DD, e.g. 2021-03-10",
    },
    "plan.unreal_date": {
        "sv": "'{value}' är ingen riktig dag ({reason})",
        "nb": "'{value}' er ingen ekte dag ({reason})",
        "en": "'{value}' is not a real day ({reason})",
    },
    "plan.month_has_days": {
        "sv": "{month} har {days} dagar",
        "nb": "{month} har {days} dager",
        "en": "{month} has {days} days",
    },
    "plan.no_such_month": {
        "sv": "det finns ingen månad {month}",
        "nb": "det finnes ingen måned {month}",
        "en": "there is no month {month}",
    },
    "plan.no_day_zero": {
        "sv": "dagarna räknas från 01",
        "nb": "dagene telles fra 01",
        "en": "days count from 01",
    },
    "plan.no_year_zero": {
        "sv": "det finns inget år 0000",
        "nb": "det finnes ikke noe år 0000",
        "en": "there is no year 0000",
    },
    "plan.bad_number": {
        "sv": "'{value}' är inget tal{hint}",
        "nb": "'{value}' er ikke et tall{hint}",
        "en": "'{value}' is not a number{hint}",
    },
    "plan.number_hint": {
        "sv": " (menade du {suggestion}? skriv tal utan mellanslag och med punkt som "
        "decimaltecken)",
        "nb": " (mente du {suggestion}? skriv tall uten mellomrom og med punktum som "
        "desimaltegn)",
        "en": " (did you mean {suggestion}? write numbers without spaces, with a point as "
        "the decimal mark)",
    },
    "plan.not_finite": {
        "sv": "'{value}' är inget ändligt tal",
        "nb": "'{value}' er ikke et endelig tall",
        "en": "'{value}' is not a finite number",
    },
    "plan.must_be_positive": {
        "sv": "målet för '{kind}' måste vara ett positivt tal, fick {value}",
        "nb": "målet for '{kind}' må være et positivt tall, fikk {value}",
        "en": "the target of '{kind}' must be a positive number, got {value}",
    },
    "plan.bad_fraction": {
        "sv": "'{value}' är ingen andel mellan 0 och 100 %: skriv t.ex. 10% eller 0.1{hint}",
        "nb": "'{value}' er ingen andel mellom 0 og 100 %: skriv f.eks. 10% eller 0.1{hint}",
        "en": "'{value}' is not a share between 0 and 100 %: write e.g. 10% or 0.1{hint}",
    },
    "plan.bad_increase": {
        "sv": "'{value}' är inget ökningsmål: skriv +20%, -10%, x2, +50, -5 eller en nivå "
        "som 132{hint}",
        "nb": "'{value}' er ikke et økningsmål: skriv +20%, -10%, x2, +50, -5 eller et nivå "
        "som 132{hint}",
        "en": "'{value}' is not an increase target: write +20%, -10%, x2, +50, -5 or a "
        "level such as 132{hint}",
    },
    "plan.zero_change": {
        "sv": "'{value}' ändrar ingenting; ett ökningsmål måste ändra nivån",
        "nb": "'{value}' endrer ingenting; et økningsmål må endre nivået",
        "en": "'{value}' changes nothing; an increase target must change the level",
    },
    "plan.bad_choice": {
        "sv": "'{value}' är inte tillåtet{hint}; välj en av: {allowed}",
        "nb": "'{value}' er ikke tillatt{hint}; velg en av: {allowed}",
        "en": "'{value}' is not allowed{hint}; choose one of: {allowed}",
    },
    "plan.period_order": {
        "sv": "perioden slutar ({end}) före den börjar ({start})",
        "nb": "perioden slutter ({end}) før den begynner ({start})",
        "en": "the period ends ({end}) before it starts ({start})",
    },
    "plan.outside_period": {
        "sv": "datumet {value} ligger utanför planens period {start}–{end}",
        "nb": "datoen {value} ligger utenfor planens periode {start}–{end}",
        "en": "the date {value} lies outside the plan's period {start}–{end}",
    },
    "plan.window_order": {
        "sv": "deadline ({deadline}) ligger före start ({start})",
        "nb": "fristen ({deadline}) ligger før start ({start})",
        "en": "the deadline ({deadline}) is before the start ({start})",
    },
    "plan.checkpoint_outside": {
        "sv": "kontrollpunkten {value} ligger utanför målets fönster {start}–{deadline}",
        "nb": "kontrollpunktet {value} ligger utenfor målets vindu {start}–{deadline}",
        "en": "the checkpoint {value} lies outside the goal's window {start}–{deadline}",
    },
    "plan.checkpoint_decreasing": {
        "sv": "kontrollpunkten {value} ({fraction}) är lägre än en tidigare ({previous})",
        "nb": "kontrollpunktet {value} ({fraction}) er lavere enn et tidligere ({previous})",
        "en": "the checkpoint {value} ({fraction}) is lower than an earlier one ({previous})",
    },
    "plan.checkpoint_fraction": {
        "sv": "'{value}' är ingen andel från 0 till 100 %",
        "nb": "'{value}' er ingen andel fra 0 til 100 %",
        "en": "'{value}' is not a fraction from 0 to 100 %",
    },
    "plan.duplicate_goal": {
        "sv": "mål-id '{value}' används redan (rad {first_line}); varje mål behöver ett "
        "eget id",
        "nb": "mål-id '{value}' er allerede brukt (linje {first_line}); hvert mål trenger "
        "sin egen id",
        "en": "goal id '{value}' is already used (line {first_line}); every goal needs its "
        "own id",
    },
    "plan.duplicate_step": {
        "sv": "steget '{value}' står två gånger i samma mål",
        "nb": "steget '{value}' står to ganger i samme mål",
        "en": "the step '{value}' appears twice in the same goal",
    },
    "plan.unknown_metric": {
        "sv": "måttet '{value}' är inte definierat under metrics{hint}; definierade: "
        "{allowed}",
        "nb": "målet '{value}' er ikke definert under metrics{hint}; definert: {allowed}",
        "en": "the metric '{value}' is not defined under metrics{hint}; defined: {allowed}",
    },
    "plan.needs_flow": {
        "sv": "typen '{kind}' behöver ett flödesmått (type: flow), men '{metric}' är "
        "{type}",
        "nb": "typen '{kind}' trenger et flytmål (type: flow), men '{metric}' er {type}",
        "en": "kind '{kind}' needs a flow metric (type: flow), but '{metric}' is {type}",
    },
    "plan.unknown_tag": {
        "sv": "taggen '{value}' finns inte bland taggarna för måttet '{metric}' ({allowed}); "
        "lägg till den under metrics.{metric}.tags",
        "nb": "taggen '{value}' finnes ikke blant taggene til målet '{metric}' ({allowed}); "
        "legg den til under metrics.{metric}.tags",
        "en": "the tag '{value}' is not among the tags of metric '{metric}' ({allowed}); "
        "add it under metrics.{metric}.tags",
    },
    "plan.bad_tag": {
        "sv": "taggen '{value}' får inte innehålla ; | eller kommatecken",
        "nb": "taggen '{value}' kan ikke inneholde ; | eller komma",
        "en": "the tag '{value}' may not contain ; | or a comma",
    },
    "plan.flow_increase_needs_baseline": {
        "sv": "ett ökningsmål på flödesmåttet '{metric}' behöver 'baseline' (förra "
        "periodens summa)",
        "nb": "et økningsmål på flytmålet '{metric}' trenger 'baseline' (forrige periodes "
        "sum)",
        "en": "an increase on the flow metric '{metric}' needs 'baseline' (last period's "
        "sum)",
    },
    "plan.negative_baseline": {
        "sv": "baseline måste vara 0 eller mer, fick {value}",
        "nb": "baseline må være 0 eller mer, fikk {value}",
        "en": "the baseline must be 0 or more, got {value}",
    },
    "plan.threshold_order": {
        "sv": "gränserna måste uppfylla 0 < behind ≤ on_track ≤ 1, fick on_track={on_track}"
        ", behind={behind}",
        "nb": "grensene må oppfylle 0 < behind ≤ on_track ≤ 1, fikk on_track={on_track}, "
        "behind={behind}",
        "en": "the thresholds must satisfy 0 < behind ≤ on_track ≤ 1, got on_track="
        "{on_track}, behind={behind}",
    },
    # --- CSV entries ----------------------------------------------------------------------
    "csv.no_header": {
        "sv": "filen saknar rubrikrad; väntade t.ex. {expected}",
        "nb": "filen mangler overskriftslinje; ventet f.eks. {expected}",
        "en": "the file has no header row; expected e.g. {expected}",
    },
    "csv.unknown_column": {
        "sv": "okänd kolumn '{column}'{hint}; tillåtna: {allowed}",
        "nb": "ukjent kolonne '{column}'{hint}; tillatt: {allowed}",
        "en": "unknown column '{column}'{hint}; allowed: {allowed}",
    },
    "csv.duplicate_column": {
        "sv": "kolumnen '{column}' står två gånger i rubrikraden",
        "nb": "kolonnen '{column}' står to ganger i overskriftslinjen",
        "en": "the column '{column}' appears twice in the header",
    },
    "csv.missing_column": {
        "sv": "kolumnen '{column}' saknas i rubrikraden",
        "nb": "kolonnen '{column}' mangler i overskriftslinjen",
        "en": "the column '{column}' is missing from the header",
    },
    "csv.too_many_fields": {
        "sv": "raden har {count} fält men rubrikraden bara {expected}",
        "nb": "linjen har {count} felt, men overskriftslinjen bare {expected}",
        "en": "the row has {count} fields but the header only {expected}",
    },
    "csv.syntax": {
        "sv": "CSV-fel: {problem}",
        "nb": "CSV-feil: {problem}",
        "en": "CSV error: {problem}",
    },
    "csv.unclosed_quote": {
        "sv": "ett citattecken (\") i den här posten avslutas aldrig; resten av filen blev "
        "ett enda fält",
        "nb": "et anførselstegn (\") i denne posten avsluttes aldri; resten av filen ble "
        "ett eneste felt",
        "en": "a quote (\") in this record is never closed; the rest of the file became one "
        "field",
    },
    "csv.text_after_quote": {
        "sv": "text efter ett avslutande citattecken (\"); ett citerat fält slutar med \" "
        "följt av komma eller radslut (skriv \"\" för ett citattecken i texten)",
        "nb": "tekst etter et avsluttende anførselstegn (\"); et sitert felt slutter med \" "
        "fulgt av komma eller linjeslutt (skriv \"\" for et anførselstegn i teksten)",
        "en": "text after a closing quote (\"); a quoted field ends with \" followed by a "
        "comma or the end of the line (write \"\" for a quote inside the text)",
    },
    "csv.missing_value": {
        "sv": "kolumnen '{column}' är tom",
        "nb": "kolonnen '{column}' er tom",
        "en": "the column '{column}' is empty",
    },
    "csv.bad_date": {
        "sv": "date: '{value}' är inget datum; skriv ÅÅÅÅ-MM-DD",
        "nb": "date: '{value}' er ikke en dato; skriv ÅÅÅÅ-MM-DD",
        "en": "date: '{value}' is not a date; write YYYY-MM-DD",
    },
    "csv.unreal_date": {
        "sv": "date: '{value}' är ingen riktig dag ({reason})",
        "nb": "date: '{value}' er ingen ekte dag ({reason})",
        "en": "date: '{value}' is not a real day ({reason})",
    },
    "csv.unknown_plan": {
        "sv": "plan: planen '{value}' finns inte{hint}; importera planen först",
        "nb": "plan: planen '{value}' finnes ikke{hint}; importer planen først",
        "en": "plan: the plan '{value}' does not exist{hint}; import the plan first",
    },
    "csv.unknown_metric": {
        "sv": "metric: planen '{plan}' har inget mått '{value}'{hint}; mått: {allowed}",
        "nb": "metric: planen '{plan}' har ikke målet '{value}'{hint}; mål: {allowed}",
        "en": "metric: the plan '{plan}' has no metric '{value}'{hint}; metrics: {allowed}",
    },
    "csv.bad_value": {
        "sv": "value: '{value}' är inget tal{hint}",
        "nb": "value: '{value}' er ikke et tall{hint}",
        "en": "value: '{value}' is not a number{hint}",
    },
    "csv.negative_level": {
        "sv": "value: {value} är negativt, men '{metric}' är en ögonblicksbild (level) som "
        "måste vara 0 eller mer",
        "nb": "value: {value} er negativt, men '{metric}' er et øyeblikksbilde (level) som "
        "må være 0 eller mer",
        "en": "value: {value} is negative, but '{metric}' is a snapshot (level) that must "
        "be 0 or more",
    },
    "csv.metric_nor_milestone": {
        "sv": "raden har varken metric + value eller milestone; en post behöver det ena "
        "eller det andra",
        "nb": "linjen har verken metric + value eller milestone; en post trenger det ene "
        "eller det andre",
        "en": "the row has neither metric + value nor milestone; an entry needs one or the "
        "other",
    },
    "csv.metric_or_milestone": {
        "sv": "en post har antingen metric + value eller milestone (+ step), inte {got}",
        "nb": "en post har enten metric + value eller milestone (+ step), ikke {got}",
        "en": "an entry has either metric + value or milestone (+ step), not {got}",
    },
    "csv.unknown_milestone": {
        "sv": "milestone: planen '{plan}' har inget milstolpsmål '{value}'{hint}; "
        "milstolpar: {allowed}",
        "nb": "milestone: planen '{plan}' har ikke milepælmålet '{value}'{hint}; "
        "milepæler: {allowed}",
        "en": "milestone: the plan '{plan}' has no milestone goal '{value}'{hint}; "
        "milestones: {allowed}",
    },
    "csv.unknown_step": {
        "sv": "step: milstolpen '{milestone}' har inget steg '{value}'{hint}; steg: "
        "{allowed}",
        "nb": "step: milepælen '{milestone}' har ikke steget '{value}'{hint}; steg: "
        "{allowed}",
        "en": "step: the milestone '{milestone}' has no step '{value}'{hint}; steps: "
        "{allowed}",
    },
    "csv.unknown_tag": {
        "sv": "tags: måttet '{metric}' har ingen tagg '{value}'{hint}; taggar: {allowed}",
        "nb": "tags: målet '{metric}' har ingen tagg '{value}'{hint}; tagger: {allowed}",
        "en": "tags: the metric '{metric}' has no tag '{value}'{hint}; tags: {allowed}",
    },
    "csv.too_long": {
        "sv": "{column}: texten är {length} tecken; högst {limit} är tillåtet",
        "nb": "{column}: teksten er {length} tegn; høyst {limit} er tillatt",
        "en": "{column}: the text is {length} characters; at most {limit} are allowed",
    },
    "csv.unknown_id": {
        "sv": "id: '{value}' hör till planen '{other}', inte '{plan}'",
        "nb": "id: '{value}' hører til planen '{other}', ikke '{plan}'",
        "en": "id: '{value}' belongs to the plan '{other}', not '{plan}'",
    },
    "csv.already_imported": {
        "sv": "exakt samma fil importerades redan {when}; ingenting importerades nu",
        "nb": "nøyaktig samme fil ble allerede importert {when}; ingenting ble importert nå",
        "en": "exactly this file was already imported on {when}; nothing was imported now",
    },
    # --- command line ---------------------------------------------------------------------
    "cli.valid": {"sv": "{file}: giltig", "nb": "{file}: gyldig", "en": "{file}: valid"},
    "cli.imported_plan": {
        "sv": "{file}: plan '{plan}' importerad ({summary})",
        "nb": "{file}: plan '{plan}' importert ({summary})",
        "en": "{file}: plan '{plan}' imported ({summary})",
    },
    "cli.plan_unchanged": {
        "sv": "{file}: plan '{plan}' oförändrad",
        "nb": "{file}: plan '{plan}' uendret",
        "en": "{file}: plan '{plan}' unchanged",
    },
    "cli.plan_summary": {
        "sv": "{added} nya mål, {changed} ändrade, {archived} arkiverade, {restored} "
        "återställda",
        "nb": "{added} nye mål, {changed} endret, {archived} arkivert, {restored} gjenopprettet",
        "en": "{added} goals added, {changed} changed, {archived} archived, {restored} "
        "restored",
    },
    "cli.imported_entries": {
        "sv": "{file}: {added} poster importerade, {updated} uppdaterade",
        "nb": "{file}: {added} poster importert, {updated} oppdatert",
        "en": "{file}: {added} entries imported, {updated} updated",
    },
    "cli.nothing_imported": {
        "sv": "{file}: ingenting importerades ({count} fel)",
        "nb": "{file}: ingenting ble importert ({count} feil)",
        "en": "{file}: nothing was imported (errors: {count})",
    },
    "cli.unknown_plan": {
        "sv": "planen '{plan}' finns inte i databasen{hint}",
        "nb": "planen '{plan}' finnes ikke i databasen{hint}",
        "en": "the plan '{plan}' is not in the database{hint}",
    },
    "cli.bad_as_of": {
        "sv": "--as-of: '{value}' är inget datum; skriv ÅÅÅÅ-MM-DD",
        "nb": "--as-of: '{value}' er ikke en dato; skriv ÅÅÅÅ-MM-DD",
        "en": "--as-of: '{value}' is not a date; write YYYY-MM-DD",
    },
    "cli.database_error": {
        "sv": "databasen kunde inte öppnas ({url}): {problem}",
        "nb": "databasen kunne ikke åpnes ({url}): {problem}",
        "en": "the database could not be opened ({url}): {problem}",
    },
    "cli.status_header": {
        "sv": "{title} – läget {as_of}",
        "nb": "{title} – status {as_of}",
        "en": "{title} – as of {as_of}",
    },
    # --- the app ------------------------------------------------------------------------
    "ui.plan": {"sv": "Plan", "nb": "Plan", "en": "Plan"},
    "ui.as_of": {"sv": "Läget per", "nb": "Status per", "en": "As of"},
    "ui.no_plans": {
        "sv": "Inga planer ännu. Importera en plan med `python -m goals import plans/*.yaml`.",
        "nb": "Ingen planer ennå. Importer en plan med `python -m goals import plans/*.yaml`.",
        "en": "No plans yet. Import one with `python -m goals import plans/*.yaml`.",
    },
    "ui.progress_line": {
        "sv": "{standing} · {progress} (väntat nu {expected})",
        "nb": "{standing} · {progress} (forventet nå {expected})",
        "en": "{standing} · {progress} (expected by now {expected})",
    },
    "ui.last_reported": {
        "sv": "senast rapporterat {day}",
        "nb": "sist rapportert {day}",
        "en": "last reported {day}",
    },
    "ui.never_reported": {
        "sv": "ingen rapport ännu",
        "nb": "ingen rapport ennå",
        "en": "nothing reported yet",
    },
    # --- reporting ----------------------------------------------------------------------
    "report.title": {"sv": "Rapportera", "nb": "Rapporter", "en": "Report"},
    "report.what": {"sv": "Vad har du gjort?", "nb": "Hva har du gjort?",
                    "en": "What did you do?"},
    "report.how_many": {"sv": "Hur många?", "nb": "Hvor mange?", "en": "How many?"},
    "report.how_much": {"sv": "Belopp ({unit})", "nb": "Beløp ({unit})",
                        "en": "Amount ({unit})"},
    "report.level_today": {"sv": "Hur många i dag?", "nb": "Hvor mange i dag?",
                           "en": "How many today?"},
    "report.day": {"sv": "Datum", "nb": "Dato", "en": "Date"},
    "report.tags": {"sv": "Taggar", "nb": "Tagger", "en": "Tags"},
    "report.more": {"sv": "Anteckning och namn (frivilligt)",
                    "nb": "Notat og navn (frivillig)", "en": "Note and name (optional)"},
    "report.note": {"sv": "Anteckning", "nb": "Notat", "en": "Note"},
    "report.name": {"sv": "Ditt namn (visas för styrelsen)",
                    "nb": "Ditt navn (vises for styret)",
                    "en": "Your name (shown to the board)"},
    "report.save": {"sv": "Spara", "nb": "Lagre", "en": "Save"},
    "report.saved": {"sv": "Sparat. Tack!", "nb": "Lagret. Takk!", "en": "Saved. Thank you!"},
    "report.pick_first": {"sv": "Välj vad du har gjort.", "nb": "Velg hva du har gjort.",
                          "en": "Choose what you did."},
    "report.number_needed": {"sv": "Skriv ett tal.", "nb": "Skriv et tall.",
                             "en": "Enter a number."},
    "report.no_plan": {"sv": "Planen '{plan}' finns inte.", "nb": "Planen '{plan}' finnes ikke.",
                       "en": "The plan '{plan}' does not exist."},
    "report.privacy": {
        "sv": "Vi sparar bara siffror och, om du vill, ditt namn – inga medlemslistor.",
        "nb": "Vi lagrer bare tall og, om du vil, navnet ditt – ingen medlemslister.",
        "en": "We store only figures and, if you wish, your name – no member lists.",
    },
    "ui.filter_status": {"sv": "Visa", "nb": "Vis", "en": "Show"},
    "ui.filter_section": {"sv": "Avsnitt", "nb": "Del", "en": "Section"},
    "ui.all_sections": {"sv": "Alla avsnitt", "nb": "Alle deler", "en": "All sections"},
    "ui.stale": {"sv": "ingen har rapporterat på länge", "nb": "ingen har rapportert på lenge",
                 "en": "nobody has reported for a long time"},
    # --- goal page ----------------------------------------------------------------------
    "goal.title": {"sv": "Mål", "nb": "Mål", "en": "Goal"},
    "goal.open": {"sv": "Visa målet", "nb": "Vis målet", "en": "Open the goal"},
    "goal.pick": {"sv": "Mål", "nb": "Mål", "en": "Goal"},
    "goal.actual": {"sv": "Utfall", "nb": "Resultat", "en": "Actual"},
    "goal.expected": {"sv": "Väntad takt", "nb": "Forventet takt", "en": "Expected pace"},
    "goal.target": {"sv": "Mål", "nb": "Mål", "en": "Target"},
    "goal.forecast": {"sv": "Prognos", "nb": "Prognose", "en": "Forecast"},
    "goal.checkpoints": {"sv": "Kontrollpunkter", "nb": "Kontrollpunkter",
                         "en": "Checkpoints"},
    "goal.done_steps": {"sv": "Klart", "nb": "Ferdig", "en": "Done"},
    "goal.open_steps": {"sv": "Kvar", "nb": "Gjenstår", "en": "Open"},
    "goal.forecast_line": {
        "sv": "Med takten hittills: {share} av målet vid deadline {deadline}.",
        "nb": "Med takten så langt: {share} av målet ved fristen {deadline}.",
        "en": "At the pace so far: {share} of the target by the deadline {deadline}.",
    },
    "goal.needed_line": {
        "sv": "Det som återstår är {amount} per månad fram till deadline.",
        "nb": "Det som gjenstår er {amount} per måned fram til fristen.",
        "en": "What remains is {amount} a month until the deadline.",
    },
    "goal.entries": {"sv": "Rapporter", "nb": "Rapporter", "en": "Reports"},
    "goal.no_entries": {"sv": "Inga rapporter ännu.", "nb": "Ingen rapporter ennå.",
                        "en": "No reports yet."},
    "goal.unknown": {"sv": "Målet '{goal}' finns inte i planen.",
                     "nb": "Målet '{goal}' finnes ikke i planen.",
                     "en": "The goal '{goal}' is not in the plan."},
    "col.date": {"sv": "Datum", "nb": "Dato", "en": "Date"},
    "col.value": {"sv": "Värde", "nb": "Verdi", "en": "Value"},
    "col.tags": {"sv": "Taggar", "nb": "Tagger", "en": "Tags"},
    "col.step": {"sv": "Steg", "nb": "Steg", "en": "Step"},
    "col.note": {"sv": "Anteckning", "nb": "Notat", "en": "Note"},
    "col.reported_by": {"sv": "Rapporterat av", "nb": "Rapportert av", "en": "Reported by"},
    # --- plans page ---------------------------------------------------------------------
    "plans.title": {"sv": "Planer", "nb": "Planer", "en": "Plans"},
    "plans.upload": {"sv": "Ladda upp en plan (YAML) eller rapporter (CSV)",
                     "nb": "Last opp en plan (YAML) eller rapporter (CSV)",
                     "en": "Upload a plan (YAML) or entries (CSV)"},
    "plans.problems": {"sv": "Filen har {count} fel. Ingenting har sparats.",
                       "nb": "Filen har {count} feil. Ingenting er lagret.",
                       "en": "The file has {count} problems. Nothing was saved."},
    "plans.col_line": {"sv": "Rad", "nb": "Linje", "en": "Line"},
    "plans.col_column": {"sv": "Kolumn", "nb": "Kolonne", "en": "Column"},
    "plans.col_where": {"sv": "Var", "nb": "Hvor", "en": "Where"},
    "plans.col_problem": {"sv": "Fel", "nb": "Feil", "en": "Problem"},
    "plans.preview": {"sv": "Det här händer om du sparar:", "nb": "Dette skjer om du lagrer:",
                      "en": "This is what saving will do:"},
    "plans.new_plan": {"sv": "Ny plan '{plan}' med {count} mål.",
                       "nb": "Ny plan '{plan}' med {count} mål.",
                       "en": "New plan '{plan}' with {count} goals."},
    "plans.unchanged": {"sv": "Ingenting ändras.", "nb": "Ingenting endres.",
                        "en": "Nothing changes."},
    "plans.added": {"sv": "Nya mål", "nb": "Nye mål", "en": "Goals added"},
    "plans.changed": {"sv": "Ändrade mål", "nb": "Endrede mål", "en": "Goals changed"},
    "plans.archived": {"sv": "Arkiveras (rapporterna behålls)",
                       "nb": "Arkiveres (rapportene beholdes)",
                       "en": "Archived (their entries are kept)"},
    "plans.restored": {"sv": "Återställs", "nb": "Gjenopprettes", "en": "Restored"},
    "plans.entries_preview": {
        "sv": "{added} nya rapporter, {updated} ändrade, {unchanged} fanns redan.",
        "nb": "{added} nye rapporter, {updated} endret, {unchanged} fantes allerede.",
        "en": "{added} new entries, {updated} changed, {unchanged} already there.",
    },
    "plans.apply": {"sv": "Spara", "nb": "Lagre", "en": "Save"},
    "plans.applied": {"sv": "Sparat.", "nb": "Lagret.", "en": "Saved."},
    "plans.download": {"sv": "Hämta", "nb": "Last ned", "en": "Download"},
    "plans.download_yaml": {"sv": "Planen (YAML)", "nb": "Planen (YAML)",
                            "en": "The plan (YAML)"},
    "plans.download_csv": {"sv": "Rapporterna (CSV)", "nb": "Rapportene (CSV)",
                           "en": "The entries (CSV)"},
    "plans.download_xlsx": {"sv": "Rapporterna (Excel)", "nb": "Rapportene (Excel)",
                            "en": "The entries (Excel)"},
    "plans.next": {"sv": "Nästa års plan från den här", "nb": "Neste års plan fra denne",
                   "en": "Next year's plan from this one"},
    "plans.next_help": {
        "sv": "Samma mål med alla datum flyttade ett år (eller periodens längd). Hämta, ändra "
              "och ladda upp igen.",
        "nb": "Samme mål med alle datoer flyttet ett år (eller periodens lengde). Last ned, "
              "endre og last opp igjen.",
        "en": "The same goals with every date moved on by a year (or the period's length). "
              "Download, edit and upload again.",
    },
    "plans.paste": {"sv": "… eller klistra in en plan (YAML)",
                    "nb": "… eller lim inn en plan (YAML)",
                    "en": "… or paste a plan (YAML)"},
    # --- formatting ---------------------------------------------------------------------
    "fmt.of": {"sv": "av", "nb": "av", "en": "of"},
    "fmt.steps": {"sv": "steg", "nb": "steg", "en": "steps"},
    "fmt.done": {"sv": "klart", "nb": "ferdig", "en": "done"},
    "fmt.not_done": {"sv": "inte klart än", "nb": "ikke ferdig ennå", "en": "not done yet"},
    "fmt.per.week": {"sv": "veckor", "nb": "uker", "en": "weeks"},
    "fmt.per.month": {"sv": "månader", "nb": "måneder", "en": "months"},
    "fmt.per.quarter": {"sv": "kvartal", "nb": "kvartaler", "en": "quarters"},
    "fmt.per.half-year": {"sv": "halvår", "nb": "halvår", "en": "half-years"},
    "fmt.per.year": {"sv": "år", "nb": "år", "en": "years"},
    "ui.meetings": {"sv": "Styrelsemöten", "nb": "Styremøter", "en": "Board meetings"},
    "ui.meeting_day": {"sv": "Mötesdatum", "nb": "Møtedato", "en": "Meeting date"},
    "ui.add_meeting": {"sv": "Lägg till möte", "nb": "Legg til møte", "en": "Add meeting"},
    "ui.since_meeting": {
        "sv": "**Sedan mötet {day}:** {count} nya rapporter, {changed} mål har bytt läge.",
        "nb": "**Siden møtet {day}:** {count} nye rapporter, {changed} mål har endret status.",
        "en": "**Since the meeting on {day}:** {count} new reports, {changed} goals changed "
              "status.",
    },
    "col.delete": {"sv": "Ta bort", "nb": "Slett", "en": "Delete"},
    "goal.save_changes": {"sv": "Spara ändringar", "nb": "Lagre endringer",
                          "en": "Save changes"},
    "goal.undo": {"sv": "Ångra borttagningen ({count})", "nb": "Angre slettingen ({count})",
                  "en": "Undo the deletion ({count})"},
    "cli.demo_loaded": {
        "sv": "demodistriktet laddat: {plans} planer ({files} filer) i {url}",
        "nb": "demodistriktet lastet: {plans} planer ({files} filer) i {url}",
        "en": "demo district loaded: {plans} plans ({files} files) into {url}",
    },
    # --- district page ------------------------------------------------------------------
    "district.title": {"sv": "Distrikt", "nb": "Fylkeslag", "en": "District"},
    "district.pick": {"sv": "Distrikt", "nb": "Fylkeslag", "en": "District"},
    "district.none": {"sv": "Ingen plan anger något distrikt som 'parent' ännu.",
                      "nb": "Ingen plan har et fylkeslag som 'parent' ennå.",
                      "en": "No plan names a district as its 'parent' yet."},
    "district.start": {"sv": "Period från", "nb": "Periode fra", "en": "Period from"},
    "district.end": {"sv": "till", "nb": "til", "en": "to"},
    "district.units": {"sv": "Föreningar", "nb": "Lokallag", "en": "Local branches"},
    "district.with_plan": {"sv": "med plan", "nb": "med plan", "en": "with a plan"},
    "district.silent": {"sv": "tysta", "nb": "stille", "en": "silent"},
    "district.no_plan": {"sv": "utan plan", "nb": "uten plan", "en": "without a plan"},
    "district.only_warnings": {"sv": "Bara de som behöver stöd",
                               "nb": "Bare de som trenger støtte",
                               "en": "Only those who need support"},
    "district.col_unit": {"sv": "Förening", "nb": "Lokallag", "en": "Branch"},
    "district.col_plans": {"sv": "Planer", "nb": "Planer", "en": "Plans"},
    "district.col_good": {"sv": "Klart eller i fas", "nb": "Nådd eller i rute",
                          "en": "Done or on track"},
    "district.col_members": {"sv": "Medlemsmål", "nb": "Medlemsmål", "en": "Member goal"},
    "district.col_members_now": {"sv": "Medlemmar", "nb": "Medlemmer", "en": "Members"},
    "district.col_recent": {"sv": "Rapporter 30 dagar", "nb": "Rapporter 30 dager",
                            "en": "Reports, 30 days"},
    "district.col_last": {"sv": "Senast rapporterat", "nb": "Sist rapportert",
                          "en": "Last reported"},
    "district.col_warning": {"sv": "Varning", "nb": "Varsel", "en": "Warning"},
    "district.col_open": {"sv": "Öppna", "nb": "Åpne", "en": "Open"},
    "district.warning.silent": {"sv": "har inte rapporterat på länge",
                                "nb": "har ikke rapportert på lenge",
                                "en": "has not reported for long"},
    "district.warning.no_plan": {"sv": "ingen plan för perioden",
                                 "nb": "ingen plan for perioden",
                                 "en": "no plan for the period"},
    "district.common": {"sv": "Gemensamma mål", "nb": "Felles mål", "en": "Common goals"},
    "district.ranking": {"sv": "Rangordning", "nb": "Rangering", "en": "Ranking"},
    "district.total": {"sv": "Distriktet totalt: {total}", "nb": "Fylkeslaget totalt: {total}",
                       "en": "District total: {total}"},
    "district.own": {"sv": "Distriktets egna planer", "nb": "Fylkeslagets egne planer",
                     "en": "The district's own plans"},
    "district.missing": {"sv": "Saknas: {names}", "nb": "Mangler: {names}",
                         "en": "Missing: {names}"},
    "district.none_missing": {"sv": "Alla föreningar är med.", "nb": "Alle lokallag er med.",
                              "en": "Every branch is in."},
    "district.download_csv": {"sv": "Jämförelsen (CSV)", "nb": "Sammenligningen (CSV)",
                              "en": "The comparison (CSV)"},
    "district.download_xlsx": {"sv": "Jämförelsen (Excel)", "nb": "Sammenligningen (Excel)",
                               "en": "The comparison (Excel)"},
    "csv.bad_unit": {
        "sv": "unit: '{value}' är inget organisations-id (a–z, 0–9, - och _)",
        "nb": "unit: '{value}' er ingen organisasjons-id (a–z, 0–9, - og _)",
        "en": "unit: '{value}' is not an organisation id (a–z, 0–9, - and _)",
    },
    "district.campaigns": {"sv": "Kampanjer", "nb": "Kampanjer", "en": "Campaigns"},
    "district.all": {"sv": "Alla", "nb": "Alle", "en": "All"},
}


def _merge_parts() -> None:
    """Add each area's messages to the catalogue; a key defined twice is a bug."""
    for part in (reports, drafting, mappings, access, adopt, mail, imports, scale, overview):
        clash = MESSAGES.keys() & part.MESSAGES.keys()
        if clash:
            raise KeyError(f"message keys defined twice: {sorted(clash)}")
        MESSAGES.update(part.MESSAGES)


_merge_parts()
