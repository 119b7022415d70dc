"""Bad input files: each is refused whole, and says in which file, on which line, what is wrong.

The rule (PLAN_FORMAT §1.1 and §4): a file with any error imports nothing, and every error
names the file and the line (for a plan also the column; for a CSV file the line its record
starts on) and says what was expected. A secretary fixes the file from the message alone.

Every file in `tests/bad_files/` is a small plan (`.yaml`) or entries file (`.csv`) with ONE
fault; the plans are variants of `GOOD_PLAN` below, with the same plan id. The table `CASES`
gives, for each file, the line and column of the one problem it must yield and a distinctive
part of the Swedish message (for some also the English one). A few files are made at test
time rather than committed: bytes that are not UTF-8, a file over 1 MB, and other line
endings (which git might rewrite).

Before each bad import the database already holds `GOOD_PLAN` and `GOOD_ENTRIES`, so a bad
re-import of the same plan id, or a CSV file whose first rows are good, must leave every
table row exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from goals.cli.main import main as cli_main
from goals.services.file_import import import_file
from goals.store.engine import create_schema, make_engine
from tests.factories import GOOD_PLAN

PROJECT_ROOT = Path(__file__).resolve().parents[2]
BAD_FILES = PROJECT_ROOT / "tests" / "bad_files"
PLAN_ID = "bad-files-2021"


GOOD_ENTRIES = """\
date,plan,metric,value,tags,milestone,step,note,reported_by
2021-01-01,bad-files-2021,medlemmar,110,,,,,Kassören
2021-03-01,bad-files-2021,inlagg,1,klimat,,,,Anna
2021-03-02,bad-files-2021,valfond,5000,,,,Insamling,Anna
2021-04-02,bad-files-2021,,,,valprogram,Utkast,,
"""


class Case(NamedTuple):
    """A bad file and the one problem it must give."""

    file: str
    line: int
    column: int | None  # None for CSV: its errors name the line a record starts on
    sv: str  # a distinctive part of the Swedish message
    en: str | None = None  # and of the English one, where checked


CASES: list[Case] = [
    # --- plans: keys and structure --------------------------------------------------------
    Case("unknown-top-level-key.yaml", 3, 1, "okänd nyckel 'titel' (menade du 'title'?)",
         "unknown key 'titel' (did you mean 'title'?)"),
    Case("unknown-goal-key.yaml", 22, 9, "okänd nyckel 'deadlien' (menade du 'deadline'?)"),
    Case("duplicate-key.yaml", 22, 9, "nyckeln 'target' står två gånger (först på rad 21)",
         "the key 'target' appears twice (first on line 21)"),
    Case("wrong-kind.yaml", 19, 15, "'totl' är inte tillåtet (menade du 'total'?)",
         "'totl' is not allowed (did you mean 'total'?)"),
    Case("total-without-metric.yaml", 17, 9, "typen 'total' kräver nyckeln 'metric'",
         "kind 'total' needs the key 'metric'"),
    Case("share-without-tag.yaml", 17, 9, "typen 'share' kräver nyckeln 'tag'"),
    Case("language-se.yaml", 5, 11, "'se' är inte tillåtet (menade du 'sv'?); välj en av: "
         "sv, nb, en", "'se' is not allowed (did you mean 'sv'?)"),
    Case("per-fortnight.yaml", 22, 14, "'fortnight' är inte tillåtet; välj en av: week, "
         "month, quarter, half-year, year"),
    Case("text-too-long.yaml", 18, 15, "texten är 2100 tecken; högst 2000 tecken är tillåtet"),
    # --- plans: numbers and targets -------------------------------------------------------
    Case("target-with-space.yaml", 21, 17, "'25 000' är inget tal (menade du 25000?",
         "'25 000' is not a number (did you mean 25000?"),
    Case("target-decimal-comma.yaml", 21, 17, "'1,5' är inget tal (menade du 1.5?"),
    Case("target-nan.yaml", 21, 17, "'.nan' är inget ändligt tal"),
    Case("negative-total-target.yaml", 21, 17,
         "målet för 'total' måste vara ett positivt tal, fick -25000"),
    Case("share-target-150.yaml", 22, 17, "'150%' är ingen andel mellan 0 och 100 %"),
    Case("increase-target-abc.yaml", 22, 17, "'abc' är inget ökningsmål: skriv +20%"),
    # --- plans: ids -----------------------------------------------------------------------
    Case("duplicate-goal-id.yaml", 17, 13, "mål-id 'valprogram' används redan (rad 13)",
         "goal id 'valprogram' is already used (line 13)"),
    Case("goal-id-not-ascii.yaml", 17, 13, "'medlemsökning' är inget giltigt id: använd a–z, "
         "0–9, - och _ (börja med bokstav eller siffra) (menade du 'medlemsokning'?)"),
    # --- plans: dates, windows and checkpoints --------------------------------------------
    Case("deadline-outside-period.yaml", 22, 19,
         "datumet 2022-01-31 ligger utanför planens period 2021-01-01–2021-12-31"),
    Case("start-after-deadline.yaml", 23, 19, "deadline (2021-06-30) ligger före start "
         "(2021-09-01)"),
    Case("period-end-before-start.yaml", 5, 34,
         "perioden slutar (2021-01-01) före den börjar (2021-12-31)"),
    Case("unreal-date.yaml", 22, 19, "'2021-02-30' är ingen riktig dag (2021-02 har 28 dagar)",
         "'2021-02-30' is not a real day (2021-02 has 28 days)"),
    Case("date-wrong-format.yaml", 22, 19, "'2021/03/01' är inget datum; skriv ÅÅÅÅ-MM-DD"),
    Case("checkpoints-decreasing.yaml", 24, 11,
         "kontrollpunkten 2021-09-30 (40%) är lägre än en tidigare (50%)"),
    Case("checkpoint-outside-window.yaml", 25, 11,
         "kontrollpunkten 2021-09-30 ligger utanför målets fönster 2021-01-01–2021-06-30"),
    Case("duplicate-step.yaml", 19, 13, "steget 'Utkast' står två gånger i samma mål"),
    # --- plans: metrics and tags ----------------------------------------------------------
    Case("unknown-metric.yaml", 20, 17,
         "måttet 'valfonden' är inte definierat under metrics (menade du 'valfond'?)"),
    Case("tag-not-listed.yaml", 21, 14, "taggen 'miljo' finns inte bland taggarna för måttet "
         "'inlagg' (klimat, nyhet); lägg till den under metrics.inlagg.tags"),
    Case("total-on-level-metric.yaml", 20, 17, "typen 'total' behöver ett flödesmått "
         "(type: flow), men 'medlemmar' är level"),
    Case("flow-increase-without-baseline.yaml", 20, 17,
         "ökningsmål på flödesmåttet 'inlagg' behöver 'baseline'"),
    # --- plans: the YAML itself -----------------------------------------------------------
    Case("yaml-bad-indentation.yaml", 20, 17,
         "YAML-syntaxfel: mapping values are not allowed here"),
    Case("yaml-unclosed-bracket.yaml", 17, 11, "YAML-syntaxfel: expected ',' or ']', but got "
         "':' while parsing a flow sequence (som började på rad 16, kolumn 16)",
         "(which began on line 16, column 16)"),
    Case("anchor-alias.yaml", 18, 15, "YAML-ankare (&valtext) är inte tillåtna",
         "YAML anchors (&valtext) are not allowed"),
    Case("python-object-tag.yaml", 18, 15,
         "YAML-taggar (!!python/object/apply:os.system) är inte tillåtna"),
    Case("two-documents.yaml", 17, 1, "filen innehåller flera YAML-dokument (---)"),
    Case("empty.yaml", 1, 1, "filen är tom"),
    Case("comments-only.yaml", 1, 1, "filen är tom"),
    # --- plans: bytes (made at test time, see GENERATED) ----------------------------------
    Case("not-utf8.yaml", 2, 18, "filen är inte UTF-8 (byte 0xF6 kan inte läsas)",
         "the file is not UTF-8 (byte 0xF6 cannot be read)"),
    Case("too-large.yaml", 1, 1, "en planfil får vara högst 1000000 byte"),
    Case("target-with-space-crlf-bom.yaml", 21, 17, "'25 000' är inget tal (menade du 25000?"),
    Case("target-with-space-cr.yaml", 21, 17, "'25 000' är inget tal (menade du 25000?"),
    # --- entries: the header --------------------------------------------------------------
    Case("unknown-column.csv", 1, 4, "okänd kolumn 'vaule' (menade du 'value'?)"),
    Case("duplicate-column.csv", 1, 5, "kolumnen 'value' står två gånger i rubrikraden"),
    Case("missing-date-column.csv", 1, None, "kolumnen 'date' saknas i rubrikraden",
         "the column 'date' is missing from the header"),
    # --- entries: a row -------------------------------------------------------------------
    Case("unknown-plan.csv", 3, 2, "plan: planen 'bad-files-2020' finns inte"),
    Case("unknown-metric.csv", 3, 3,
         "metric: planen 'bad-files-2021' har inget mått 'inlag' (menade du 'inlagg'?)",
         "the plan 'bad-files-2021' has no metric 'inlag' (did you mean 'inlagg'?)"),
    Case("value-with-space.csv", 2, 4, "value: '5 000' är inget tal (menade du 5000?",
         "value: '5 000' is not a number (did you mean 5000?"),
    Case("bad-date.csv", 3, 1, "date: '15/3/2021' är inget datum; skriv ÅÅÅÅ-MM-DD"),
    Case("unreal-date.csv", 3, 1,
         "date: '2021-02-29' är ingen riktig dag (2021-02 har 28 dagar)"),
    Case("unknown-step.csv", 2, 7,
         "step: milstolpen 'valprogram' har inget steg 'Remiss'; steg: Utkast, Antaget"),
    Case("unknown-milestone.csv", 2, 6,
         "milestone: planen 'bad-files-2021' har inget milstolpsmål 'valprogramm' "
         "(menade du 'valprogram'?)"),
    Case("metric-and-milestone.csv", 2, None, "en post har antingen metric + value eller "
         "milestone (+ step), inte metric + value + milestone"),
    Case("neither-metric-nor-milestone.csv", 2, None,
         "raden har varken metric + value eller milestone",
         "the row has neither metric + value nor milestone"),
    Case("too-many-fields.csv", 2, None, "raden har 10 fält men rubrikraden bara 9"),
    Case("negative-level-value.csv", 2, 4,
         "value: -3 är negativt, men 'medlemmar' är en ögonblicksbild (level)"),
    Case("unknown-tag.csv", 2, 5,
         "tags: måttet 'inlagg' har ingen tagg 'miljo'; taggar: klimat, nyhet"),
    # --- entries: records over several lines, and the file as a whole ---------------------
    Case("multiline-note-then-bad-row.csv", 5, 4, "value: 'ett' är inget tal"),
    Case("multiline-bad-record.csv", 3, 5, "tags: måttet 'inlagg' har ingen tagg 'miljo'"),
    Case("unclosed-quote.csv", 3, None, "ett citattecken (\") i den här posten avslutas aldrig",
         "a quote (\") in this record is never closed"),
    Case("text-after-quote.csv", 3, None, "text efter ett avslutande citattecken (\")"),
    Case("late-bad-row.csv", 20, 4, "value: '1.000,5' är inget tal (menade du 1000.5?"),
    Case("not-utf8.csv", 3, None, "filen är inte UTF-8 (byte 0xF6 kan inte läsas)"),
    Case("multiline-note-then-bad-row-crlf-bom.csv", 5, 4, "value: 'ett' är inget tal"),
]


def _with_line_endings(name: str, ending: str, bom: bool) -> Callable[[], bytes]:
    def make() -> bytes:
        body = (BAD_FILES / name).read_text(encoding="utf-8").replace("\n", ending)
        return ("\ufeff" if bom else "").encode() + body.encode()

    return make


GENERATED: dict[str, Callable[[], bytes]] = {
    # 'ö' of "Testplan för" on line 2, column 18, as one Latin-1 byte (0xF6)
    "not-utf8.yaml": lambda: GOOD_PLAN.encode("latin-1"),
    # a good plan padded with comments to just over 1 MB
    "too-large.yaml": lambda: (GOOD_PLAN + ("#" + " ." * 50 + "\n") * 10_000).encode(),
    "target-with-space-crlf-bom.yaml": _with_line_endings("target-with-space.yaml", "\r\n",
                                                          bom=True),
    "target-with-space-cr.yaml": _with_line_endings("target-with-space.yaml", "\r", bom=False),
    # a row with "Möte" (Latin-1) on line 3, after a good row
    "not-utf8.csv": lambda: (GOOD_ENTRIES.splitlines(keepends=True)[0]
                             + f"2021-03-15,{PLAN_ID},inlagg,1,,,,,Anna\n"
                             + f"2021-03-16,{PLAN_ID},inlagg,1,,,,Möte,Anna\n").encode("latin-1"),
    "multiline-note-then-bad-row-crlf-bom.csv": _with_line_endings(
        "multiline-note-then-bad-row.csv", "\r\n", bom=True),
}

CASE_BY_FILE = {case.file: case for case in CASES}
TABLES = {"plan": "pk", "goal": "pk", "entry": "pk", "meta": "key"}


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    with engine.connect() as connection:
        return {
            table: [tuple(row) for row in connection.execute(
                text(f"SELECT * FROM {table} ORDER BY {key}"))]
            for table, key in TABLES.items()
        }


def bad_file(name: str, tmp_path: Path) -> Path:
    """The committed bad file, or the generated one written into `tmp_path`."""
    if name in GENERATED:
        path = tmp_path / name
        path.write_bytes(GENERATED[name]())
        return path
    return BAD_FILES / name


@pytest.fixture(scope="module")
def good_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file holding the good plan and four of its entries, built once."""
    folder = tmp_path_factory.mktemp("good")
    engine = make_engine(f"sqlite:///{folder}/template.db")
    create_schema(engine)
    for name, body in (("plan.yaml", GOOD_PLAN), ("entries.csv", GOOD_ENTRIES)):
        path = folder / name
        path.write_text(body, encoding="utf-8")
        result = import_file(engine, path)
        assert result.ok, [p.render() for p in result.problems]
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return folder / "template.db"


@pytest.fixture
def bad_engine(good_database: Path, tmp_path: Path) -> Iterator[Engine]:
    """A fresh copy of the good database for one test."""
    shutil.copyfile(good_database, tmp_path / "t.db")
    engine = make_engine(f"sqlite:///{tmp_path}/t.db")
    yield engine
    engine.dispose()


def test_the_good_baseline_fills_every_table(bad_engine: Engine) -> None:
    rows = snapshot(bad_engine)
    assert [len(rows[t]) for t in ("plan", "goal", "entry")] == [1, 2, 4]
    assert rows["meta"], "the data version is stored"


def test_every_committed_bad_file_has_a_row_in_the_table() -> None:
    committed = {path.name for path in BAD_FILES.iterdir()}
    assert committed == set(CASE_BY_FILE) - set(GENERATED)
    assert len(CASES) == len(CASE_BY_FILE), "a file is listed twice"
    assert len([c for c in CASES if c.file.endswith(".yaml")]) >= 30
    assert len([c for c in CASES if c.file.endswith(".csv")]) >= 12


@pytest.mark.parametrize("case", CASES, ids=[case.file for case in CASES])
def test_a_bad_file_names_its_line_and_fault_and_imports_nothing(
    case: Case, bad_engine: Engine, tmp_path: Path
) -> None:
    path = bad_file(case.file, tmp_path)
    before = snapshot(bad_engine)

    result = import_file(bad_engine, path)

    assert snapshot(bad_engine) == before
    assert not result.ok and result.plan_change is None and result.entries_change is None
    assert len(result.problems) == 1, [p.render() for p in result.problems]
    problem = result.problems[0]
    assert problem.file == str(path)
    assert (problem.line, problem.column) == (case.line, case.column), problem.render()
    assert case.sv in problem.render(), problem.render()
    if case.en is not None:
        assert case.en in problem.render("en"), problem.render("en")


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("GOALS_DB", "GOALS_LANG")}
    return subprocess.run([sys.executable, "-m", "goals", *args], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def database_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _prefix(path: Path, case: Case) -> str:
    where = f"{path}:{case.line}" + ("" if case.column is None else f":{case.column}")
    return where + ": "


CLI_FILES = ["unknown-top-level-key.yaml", "yaml-unclosed-bracket.yaml", "empty.yaml",
             "not-utf8.yaml", "unknown-metric.csv", "multiline-note-then-bad-row.csv"]


def test_validate_prints_file_line_and_column_for_each_bad_file_and_exits_1(
    bad_engine: Engine, tmp_path: Path
) -> None:
    paths = [bad_file(name, tmp_path) for name in CLI_FILES]

    run = _run_cli("validate", *map(str, paths), "--db", database_url(bad_engine))

    assert run.returncode == 1, run.stderr
    assert "giltig" not in run.stdout
    lines = run.stderr.splitlines()
    assert len(lines) == len(paths), run.stderr
    for name, path in zip(CLI_FILES, paths, strict=True):
        case = CASE_BY_FILE[name]
        line = next((ln for ln in lines if ln.startswith(f"{path}:")), "")
        assert line.startswith(_prefix(path, case)), run.stderr
        assert case.sv in line


def test_import_of_bad_files_exits_1_and_says_nothing_was_imported(
    bad_engine: Engine, tmp_path: Path
) -> None:
    paths = [bad_file(name, tmp_path) for name in ("duplicate-goal-id.yaml", "late-bad-row.csv")]
    before = snapshot(bad_engine)

    run = _run_cli("import", *map(str, paths), "--db", database_url(bad_engine))

    assert run.returncode == 1, run.stderr
    for path in paths:
        assert _prefix(path, CASE_BY_FILE[path.name]) in run.stderr
        assert f"{path}: ingenting importerades (1 fel)" in run.stderr
    assert snapshot(bad_engine) == before


def test_the_command_line_speaks_english_with_lang_en(
    bad_engine: Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bad_file("unknown-top-level-key.yaml", tmp_path)

    code = cli_main(["import", str(path), "--db", database_url(bad_engine), "--lang", "en"])

    stderr = capsys.readouterr().err
    assert code == 1
    assert f"{path}:3:1: titel: unknown key 'titel' (did you mean 'title'?)" in stderr
    assert f"{path}: nothing was imported (errors: 1)" in stderr
