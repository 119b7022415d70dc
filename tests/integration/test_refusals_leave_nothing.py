"""A refused file leaves everything as it was, and no input ends in a traceback.

* a refused plan, CSV or spreadsheet on a database that does not exist yet creates none;
  `validate` and `status` with a mistyped `--db` create nothing, and `validate` never
  migrates an existing database;
* control characters (NUL, BEL, ESC, U+FFFE) in a plan and 5 000-level flow nesting are a
  FILE:LINE:COL problem, refused inside 2 s of CPU and 256 MB (a subprocess under
  `resource.setrlimit`, so the bound is the operating system's, not a wall clock);
* an archive bomb (.xlsx, .docx) is refused from the sizes its zip directory declares,
  before a byte is inflated; a PDF over pypdf's limits is a message, not a traceback;
* a 400-digit target or value is refused where it is read.
"""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from goals.cli.main import main
from goals.io.plan_yaml import check_plan_bytes

PROJECT = Path(__file__).resolve().parents[2]
GOOD_PLAN = (PROJECT / "plans" / "v-vallentuna-2021.yaml").read_bytes()


def _bad_plan() -> bytes:
    return GOOD_PLAN.replace(b"title:", b"titel:", 1)


@pytest.mark.parametrize("suffix,body", [
    (".yaml", _bad_plan()),
    (".csv", b"date,plan,metric,value\n2021-01-01,nope,x,1\n"),
    (".xlsx", b"not a workbook"),
])
def test_a_refused_import_on_a_database_that_does_not_exist_creates_none(
        tmp_path, capsys, suffix, body):
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(body)
    database = tmp_path / "nested" / "new.db"
    code = main(["import", str(path), "--db", f"sqlite:///{database}"])
    assert code == 1
    assert not database.exists() and not database.parent.exists()
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["validate", "{plan}"],
    ["validate", "{csv}"],
    ["status", "v-vallentuna-2021"],
    ["export", "v-vallentuna-2021", "--format", "csv"],
    ["report", "v-vallentuna-2021", "--out", "{plan}.md"],
    ["mapping", "list"],
])
def test_read_only_commands_with_a_mistyped_db_create_nothing_and_say_so(tmp_path, capsys,
                                                                         argv):
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(GOOD_PLAN)
    csv = tmp_path / "e.csv"
    csv.write_bytes(b"date,plan,metric,value\n2021-01-31,v-vallentuna-2021,medlemmar,3\n")
    typo = tmp_path / "goalz.db"
    args = [a.format(plan=plan, csv=csv) for a in argv] + ["--db", f"sqlite:///{typo}"]
    main(args)
    assert not typo.exists()
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if argv[0] != "validate":
        assert "finns inte" in err


def test_validate_never_migrates_an_older_database(tmp_path, capsys):
    database = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{database}")
    with engine.begin() as connection:   # an older product's database: one table, stamped
        connection.execute(text("create table alembic_version (version_num varchar(32))"))
        connection.execute(text("insert into alembic_version values ('55dae092ab65')"))
    engine.dispose()
    before = database.read_bytes()
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(GOOD_PLAN)
    assert main(["validate", str(plan), "--db", f"sqlite:///{database}"]) == 0
    assert database.read_bytes() == before


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x1b", "\ufffe"])
def test_a_control_character_in_a_plan_is_a_problem_with_line_and_column(character):
    data = GOOD_PLAN.decode().replace("title: ", f"title: Bad{character}", 1).encode()
    plan, problems = check_plan_bytes(data, "p.yaml")
    assert plan is None and problems
    line = data.decode()[: data.decode().index(character)].count("\n") + 1
    assert (problems[0].line, problems[0].file) == (line, "p.yaml")
    assert problems[0].column is not None


def test_deep_flow_nesting_is_refused_without_recursion():
    data = b"id: x\ntitle: " + b"[" * 5000 + b"]" * 5000 + b"\n"
    plan, problems = check_plan_bytes(data, "deep.yaml")
    assert plan is None
    assert problems[0].key == "yaml.too_deep" and problems[0].line == 2


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bombs() -> dict[str, bytes]:
    """A workbook and a Word file each holding one 300 MB part (zeros, deflated to ~0.3 MB)."""
    huge = b"0" * (300 * 1024 * 1024)
    return {"xlsx": _zip({"[Content_Types].xml": b"<x/>", "xl/worksheets/sheet1.xml": huge}),
            "docx": _zip({"[Content_Types].xml": b"<x/>", "word/document.xml": huge})}


_BOUNDED = textwrap.dedent("""
    import resource, sys
    resource.setrlimit(resource.RLIMIT_CPU, (2, 2))
    resource.setrlimit(resource.RLIMIT_AS, (256 * 2**20, 256 * 2**20))
    {body}
""")


def _bounded(body: str, data: bytes) -> subprocess.CompletedProcess:
    """Run `body` (reading stdin's bytes as `data`) under 2 s CPU and 256 MB of memory."""
    code = _BOUNDED.format(body=textwrap.indent(textwrap.dedent(body), "").strip())
    return subprocess.run([sys.executable, "-c", code], input=data, cwd=PROJECT,
                          capture_output=True, timeout=120)


def test_an_xlsx_bomb_is_refused_within_two_seconds_of_cpu_and_256_mb(bombs):
    run = _bounded("""
    data = sys.stdin.buffer.read()
    from goals.domain.problems import InputError
    from goals.mappings.tables import read_table
    try:
        read_table(data, "bomb.xlsx")
    except InputError as error:
        print(error.problems[0].key)
    """, bombs["xlsx"])
    assert run.returncode == 0, run.stderr.decode()[-2000:]
    assert run.stdout.decode().strip() == "imports.too_big"


def test_a_docx_bomb_is_refused_by_draft_within_two_seconds_of_cpu_and_256_mb(bombs):
    run = _bounded("""
    data = sys.stdin.buffer.read()
    from goals.domain.problems import InputError
    from goals.drafting.reading import read_document
    try:
        read_document("bomb.docx", data)
    except InputError as error:
        print(error.problems[0].key)
    """, bombs["docx"])
    assert run.returncode == 0, run.stderr.decode()[-2000:]
    assert run.stdout.decode().strip() == "imports.too_big"


def test_deep_nesting_is_refused_within_two_seconds_of_cpu_and_256_mb():
    data = b"id: x\ntitle: " + b"[" * 5000 + b"]" * 5000 + b"\n"
    run = _bounded("""
    data = sys.stdin.buffer.read()
    from goals.io.plan_yaml import check_plan_bytes
    print(check_plan_bytes(data, "deep.yaml")[1][0].key)
    """, data)
    assert run.returncode == 0, run.stderr.decode()[-2000:]
    assert run.stdout.decode().strip() == "yaml.too_deep"


def test_a_pdf_over_pypdfs_limits_is_a_message_not_a_traceback(monkeypatch):
    from pypdf.errors import LimitReachedError

    from goals.domain.problems import InputError
    from goals.drafting import reading

    def explode(*args, **kwargs):
        raise LimitReachedError("limit reached")

    monkeypatch.setattr("pypdf.PdfReader", explode)
    with pytest.raises(InputError) as error:
        reading.read_document("bomb.pdf", b"%PDF-1.7\n")
    assert error.value.problems[0].file == "bomb.pdf"


def test_a_400_digit_target_is_refused_where_it_is_read():
    data = GOOD_PLAN.decode()
    start = data.index("target:")
    end = data.index("\n", start)
    data = data[:start] + "target: " + "9" * 400 + data[end:]
    plan, problems = check_plan_bytes(data.encode(), "p.yaml")
    assert plan is None
    assert any(p.key == "plan.number_too_large" for p in problems), [p.render() for p in
                                                                     problems]


def test_a_document_text_longer_than_any_plan_is_refused_before_drafting():
    from goals.domain.problems import InputError
    from goals.drafting.reading import MAX_CHARS, read_document

    with pytest.raises(InputError) as error:
        read_document("plan.txt", b"Vi ska ringa. " * (MAX_CHARS // 10))
    assert error.value.problems[0].key == "imports.text_too_long"
