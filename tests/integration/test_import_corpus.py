"""Every file of the import corpus (tests/import_corpus) imports to the figures worked out by
hand beside it, or is refused with the line, the ORIGINAL column and the words its expected
file names; on SQLite and on PostgreSQL alike (the `engine` fixture runs both).

Each file goes through both doors: the service the Importera page uses (a preview first,
`dry_run`, whose shown rows are searched for identifiers too) and the command line
(`python -m goals import FILE --mapping NAME --plan ID`, the mapping saved under a name as
a board would). The two must agree, and what is stored is compared with the hand count.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import yaml
from sqlalchemy import MetaData, select
from sqlmodel import Session

from goals.cli.main import main
from goals.mappings.mapping import Mapping
from goals.services.file_import import import_bytes
from goals.services.mapping_import import (
    import_spreadsheet,
    read_clean,
    resolve_mapping,
    store_mapping,
)
from goals.store.entries import list_entries
from goals.views.import_preview import entry_rows, first_rows, problem_rows

CORPUS = Path(__file__).resolve().parents[1] / "import_corpus"
PLANS = Path(__file__).resolve().parents[2] / "plans"
CASES = sorted(CORPUS.glob("*.expected.yaml"))
_MAPPING_KEYS = ("conversation_outcomes", "recruited_outcomes", "recruited", "date_format",
                 "header_row", "wide", "year", "metric_labels", "fixed_metric", "sheet")


def expected(case: Path) -> dict:
    return yaml.safe_load(case.read_text(encoding="utf-8"))


def load_plan(engine, plan_id: str) -> None:
    path = CORPUS / "plans" / f"{plan_id}.yaml"
    if not path.exists():
        path = PLANS / f"{plan_id}.yaml"
    result = import_bytes(engine, path.read_bytes(), path.name, is_plan=True)
    assert result.ok, [p.render() for p in result.problems]


def mapping_for(engine, how: dict, data: bytes, name: str, plan_id: str) -> Mapping | None:
    """The mapping a board would set up on the Importera page for this file: a ready one
    fitted to the file with the board's changes, or one made column by column."""
    if how.get("kind") == "entries":
        return None
    extra = {key: how[key] for key in _MAPPING_KEYS if key in how}
    if "mapping" in how:
        mapping = resolve_mapping(engine, how["mapping"], data, name, plan_id)
        return replace(mapping, **how.get("columns", {}), **extra)
    return Mapping(kind="rows", plan=plan_id, **how.get("columns", {}), **extra)


def stored_text(engine) -> str:
    """Every cell of every table, as one text to search for identifiers."""
    meta = MetaData()
    meta.reflect(engine)
    parts = []
    with engine.connect() as connection:
        for table in meta.sorted_tables:
            if table.name in ("calendar_unit", "alembic_version"):
                continue
            for row in connection.execute(select(table)):
                parts.extend(str(cell) for cell in row)
    return "\n".join(parts)


def figures(entries, granularity: str | None) -> Counter:
    """Sum of values per (metric or milestone, period, förening)."""
    totals: Counter = Counter()
    for e in entries:
        totals[(e.metric or e.milestone, _period(e.date, granularity), e.unit or None)] += (
            e.value if e.value is not None else 0)
    return totals


def _period(day: date, granularity: str | None) -> object:
    if granularity == "month":
        return (day.year, day.month)
    if granularity == "week":
        return day.isocalendar()[:2]
    return day


def expected_figures(rows: list[dict], granularity: str | None) -> Counter:
    totals: Counter = Counter()
    for row in rows:
        key = (row.get("metric") or row.get("milestone"), _period(row["date"], granularity),
               row.get("förening"))
        totals[key] += float(row.get("value", 0) or 0)
    return totals


def _exact(entry) -> tuple:
    return (entry.id, entry.date, entry.metric, entry.milestone, entry.step,
            None if entry.value is None else float(entry.value), entry.note or None,
            tuple(sorted(entry.tags)), entry.reported_by or None)


def _exact_expected(row: dict) -> tuple:
    value = row.get("value")
    return (row["id"], row["date"], row.get("metric"), row.get("milestone"), row.get("step"),
            None if value is None else float(value), row.get("note"),
            tuple(sorted(row.get("tags", []))), row.get("reported_by"))


def cli_import(engine, path: Path, how: dict, mapping: Mapping | None, spec: dict,
               capsys) -> tuple[int, str]:
    url = engine.url.render_as_string(hide_password=False)
    argv = ["import", str(path), "--db", url, "--lang", "sv"]
    if mapping is not None:
        store_mapping(engine, path.stem, mapping)
        argv += ["--mapping", path.stem, "--plan", spec["plan"]]
    if spec.get("as_of"):
        argv += ["--as-of", str(spec["as_of"])]
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name.removesuffix(".expected.yaml"))
def test_every_corpus_file_imports_to_its_hand_count_or_is_refused_with_its_reason(
        case, engine, capsys):
    spec = expected(case)
    path = CORPUS / spec["file"]
    data = path.read_bytes()
    how = spec["how"]
    load_plan(engine, spec["plan"])
    as_of = spec.get("as_of") or date(2100, 1, 1)
    mapping = mapping_for(engine, how, data, path.name, spec["plan"])
    sheet = how.get("sheet")

    preview = import_spreadsheet(engine, data, path.name, mapping=mapping,
                                 plan_id=spec["plan"], as_of=as_of, dry_run=True)
    shown = _preview_text(data, path.name, sheet, preview)
    code, printed = cli_import(engine, path, how, mapping, spec, capsys)

    for secret in spec.get("must_not_appear", []):
        assert secret not in shown, f"{secret!r} shown in the preview"
        assert secret not in printed, f"{secret!r} printed"
        assert secret not in stored_text(engine), f"{secret!r} stored"
    assert str(CORPUS) not in stored_text(engine), "an absolute path was stored"

    with Session(engine) as session:
        entries = list_entries(session, spec["plan"])
    for metric in spec.get("never_written", []):
        assert not [e for e in entries if e.metric == metric], f"{metric} was written"

    if spec["outcome"] == "refused":
        assert not preview.ok and code != 0, printed
        problems = preview.result.problems
        wanted = spec["refusal"]
        where = [(p.line, p.column) for p in problems]
        assert (wanted["line"], wanted["column"]) in where, [p.render("sv") for p in problems]
        hit = next(p for p in problems if (p.line, p.column) == (wanted["line"],
                                                                wanted["column"]))
        for word in wanted["contains"]:
            assert word in hit.render("sv"), hit.render("sv")
        assert f"{path}:{wanted['line']}:{wanted['column']}" in printed, printed
        assert entries == []
        return

    assert preview.ok, [p.render("sv") for p in preview.result.problems]
    assert code == 0, printed
    if "columns_dropped" in spec:
        assert set(spec["columns_dropped"]) <= set(preview.dropped)
    if spec.get("exact"):
        assert sorted(map(_exact, entries)) == sorted(map(_exact_expected, spec["entries"]))
        return
    granularity = spec.get("date_granularity")
    got = figures(entries, granularity)
    assert got == expected_figures(spec["entries"], granularity)
    notes = [(e.date, e.note) for e in entries if e.note]
    wanted_notes = [(row["date"], row["note"]) for row in spec["entries"] if "note" in row]
    if wanted_notes:
        assert sorted(notes) == sorted(wanted_notes)
    if spec.get("notes_skipped"):
        _check_skipped_note(spec["notes_skipped"], preview, printed)


def _preview_text(data: bytes, name: str, sheet: str | None, preview) -> str:
    """Everything the Importera page would show of this file and its preview."""
    parts: list[str] = []
    try:
        table = read_clean(data, name, sheet)
    except Exception:   # a refused file shows its problems only  # noqa: BLE001
        table = None
    if table is not None:
        parts += [str(row) for row in first_rows(table, "sv")]
    parts += [str(row) for row in entry_rows(preview.entries, "sv", count=10_000)]
    parts += [str(row) for row in problem_rows(preview.result.problems, "sv")]
    parts += [p.render("sv") for p in getattr(preview, "notes", ())]
    return "\n".join(parts)


def _check_skipped_note(wanted: str, preview, printed: str) -> None:
    """The words in quotes ('Summa') and the row numbers of the expected note are said."""
    said = "\n".join(p.render("sv") for p in preview.notes)
    for word in re.findall(r"'([^']+)'", wanted):
        assert word in said and word in printed, (said, printed)
    for number in re.findall(r"\d+", wanted):
        assert number in said, said


def test_the_corpus_holds_at_least_thirty_files_each_with_its_hand_count():
    files = {expected(case)["file"] for case in CASES}
    assert len(files) >= 30
    assert all((CORPUS / name).exists() for name in files)
    refused = [c for c in CASES if expected(c)["outcome"] == "refused"]
    assert refused and all("refusal" in expected(c) for c in refused)


