"""Messages of issue 14: imports that are right or refused with a reason (values out of
bounds, outcomes that fit no category, totals rows skipped, wide sheets, formula cells,
large stock drops, files and archives over their limits).

Part of the one catalogue (merged by goals.i18n.messages, which refuses a key defined twice).
"""

from __future__ import annotations


def _m(sv: str, nb: str, en: str) -> dict[str, str]:
    return {"sv": sv, "nb": nb, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "csv.value_too_large": _m(
        "value: '{value}…' är för stort (högst {limit})",
        "value: '{value}…' er for stort (høyst {limit})",
        "value: '{value}…' is too large (at most {limit})"),
    "imports.unknown_outcomes": _m(
        "{values} passar ingen kategori: välj vad det betyder",
        "{values} passer ingen kategori: velg hva det betyr",
        "{values} fit no category: choose what it means"),
    "imports.rows": _m("'{value}' ({count} rader)", "'{value}' ({count} rader)",
                       "'{value}' ({count} rows)"),
    "imports.totals_row": _m(
        "rad {line} '{label}' hoppades över som summarad",
        "rad {line} '{label}' ble hoppet over som summerad",
        "row {line} '{label}' skipped as a totals row"),
    "imports.totals_column": _m(
        "kolumnen '{label}' hoppades över som summakolumn",
        "kolumnen '{label}' ble hoppet over som sumkolonne",
        "the column '{label}' skipped as a totals column"),
    "imports.not_a_number_in_period": _m(
        "{period}: '{value}' är inget tal; skriv bara siffran",
        "{period}: '{value}' er ikke et tall; skriv bare tallet",
        "{period}: '{value}' is not a number; write the figure only"),
    "imports.no_period_columns": _m(
        "hittar inga kolumner för månader eller veckor (jan, feb … eller v.36, v.37 …)",
        "finner ingen kolonner for måneder eller uker (jan, feb … eller u.36, u.37 …)",
        "no columns for months or weeks found (jan, feb … or w.36, w.37 …)"),
    "imports.unknown_label": _m(
        "'{value}' motsvarar inget mått i planen; mått: {allowed}",
        "'{value}' svarer ikke til noe mål i planen; mål: {allowed}",
        "'{value}' matches no metric of the plan; metrics: {allowed}"),
    "imports.formula_cell": _m(
        "cellen innehåller en formel utan sparat resultat; skriv in värdet",
        "cellen inneholder en formel uten lagret resultat; skriv inn verdien",
        "the cell holds a formula with no saved result; type in the value"),
    "imports.bad_header_row": _m(
        "rubrikraden {row} finns inte; filen har {rows} rader",
        "overskriftsraden {row} finnes ikke; filen har {rows} rader",
        "header row {row} does not exist; the file has {rows} rows"),
    "imports.too_big": _m(
        "filen är för stor uppackad ({size} MB, högst {limit} MB); dela upp den",
        "filen er for stor utpakket ({size} MB, høyst {limit} MB); del den opp",
        "the file is too large unpacked ({size} MB, at most {limit} MB); split it"),
    "imports.too_many_rows": _m(
        "filen har fler än {limit} rader; dela upp den",
        "filen har flere enn {limit} rader; del den opp",
        "the file has more than {limit} rows; split it"),
    "imports.stock_drop": _m(
        "{metric} sjunker från {before} till {after}; bekräfta (--yes) om det stämmer",
        "{metric} synker fra {before} til {after}; bekreft (--yes) om det stemmer",
        "{metric} falls from {before} to {after}; confirm (--yes) if that is right"),
    "yaml.bad_character": _m(
        "tecknet {code} får inte stå i en planfil (ett styrtecken); ta bort det",
        "tegnet {code} kan ikke stå i en planfil (et kontrolltegn); fjern det",
        "the character {code} cannot be in a plan file (a control character); remove it"),
    "yaml.too_deep": _m(
        "för djupt nästlad (mer än {limit} nivåer); en plan har högst fem",
        "for dypt nøstet (mer enn {limit} nivåer); en plan har høyst fem",
        "nested too deeply (more than {limit} levels); a plan has at most five"),
    "plan.number_too_large": _m(
        "'{value}' är för stort (högst {limit})",
        "'{value}' er for stort (høyst {limit})",
        "'{value}' is too large (at most {limit})"),
    "cli.no_database": _m(
        "databasen {url} finns inte; kontrollera --db (ingenting skapades)",
        "databasen {url} finnes ikke; kontroller --db (ingenting ble opprettet)",
        "the database {url} does not exist; check --db (nothing was created)"),
    "imports.goal_move": _m(
        "  {goal}: {before} → {after} ({status_before} → {status_after})",
        "  {goal}: {before} → {after} ({status_before} → {status_after})",
        "  {goal}: {before} → {after} ({status_before} → {status_after})"),
    "imports.confirm_drop": _m(
        "Ja, siffran ska sjunka så mycket (jag har kontrollerat filen)",
        "Ja, tallet skal synke så mye (jeg har kontrollert filen)",
        "Yes, the figure is meant to fall this much (I have checked the file)"),
    "imports.moves_heading": _m("Mål som flyttas", "Mål som flyttes", "Goals moved"),
    "imports.col_goal": _m("Mål", "Mål", "Goal"),
    "imports.col_before": _m("Före", "Før", "Before"),
    "imports.col_after": _m("Efter", "Etter", "After"),
    "csv.duplicate_id": _m(
        "id: '{value}' står redan på rad {first}; varje post får stå en gång",
        "id: '{value}' står allerede på linje {first}; hver post kan stå én gang",
        "id: '{value}' is already on line {first}; each entry may appear once"),
    "imports.header_row": _m(
        "Rubrikraden (radnummer i filen; 0 = första raden med text)",
        "Overskriftsraden (linjenummer i filen; 0 = første linje med tekst)",
        "Header row (row number in the file; 0 = the first row with text)"),
    "imports.layout": _m("Arkets form", "Arkets form", "Shape of the sheet"),
    "imports.layout_long": _m("en rad per post", "en rad per post", "one row per entry"),
    "imports.layout_months": _m("månader som kolumner (jan, feb …)",
                                "måneder som kolonner (jan, feb …)",
                                "months as columns (jan, feb …)"),
    "imports.layout_weeks": _m("veckor som kolumner (v.36, v.37 …)",
                               "uker som kolonner (u.36, u.37 …)",
                               "weeks as columns (w.36, w.37 …)"),
    "imports.year": _m("År", "År", "Year"),
    "imports.labels": _m(
        "Radernas namn → mått (en per rad: Medlemsmöten = medlemsmoten)",
        "Radenes navn → mål (én per linje: Medlemsmøter = medlemsmoter)",
        "Row names → metrics (one per line: Members' meetings = meetings)"),
    "imports.drop_warning": _m(
        "Importen sänker en ögonblicksbild (medlemmar, aktiva, följare) med mer än hälften "
        "eller till noll. Kontrollera filen innan du bekräftar.",
        "Importen senker et øyeblikksbilde (medlemmer, aktive, følgere) med mer enn "
        "halvparten eller til null. Kontroller filen før du bekrefter.",
        "The import lowers a stock figure (members, active members, followers) by more "
        "than half or to zero. Check the file before you confirm."),
    "imports.text_too_long": _m(
        "texten är för lång för en plan ({length} tecken, högst {limit})",
        "teksten er for lang for en plan ({length} tegn, høyst {limit})",
        "the text is too long for a plan ({length} characters, at most {limit})"),
    "mappings.column.other_outcomes": _m(
        "Utfall som är ett samtalsförsök men inget samtal (kommaseparerade)",
        "Utfall som er et oppringingsforsøk men ingen samtale (kommaseparert)",
        "Outcomes that are a call but no conversation (comma-separated)"),
    "imports.nul_removed": _m(
        "ett NUL-tecken togs bort", "et NUL-tegn ble fjernet", "a NUL character was removed"),
}
