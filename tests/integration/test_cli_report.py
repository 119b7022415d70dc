"""`python -m goals report`: the lägesrapport and the verksamhetsberättelse from the command
line, in each format, in the plan's language unless --lang says otherwise."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from tests.factories import CLI_ENTRIES as ENTRIES
from tests.factories import CLI_PLAN as PLAN
from tests.factories import goals_cli


@pytest.fixture
def db(tmp_path: Path) -> str:
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "entries.csv").write_text(ENTRIES, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    result = goals_cli("import", str(tmp_path / "plan.yaml"), str(tmp_path / "entries.csv"),
                       "--db", url)
    assert result.returncode == 0, result.stderr
    return url


def plain(text: str) -> str:
    return " ".join(text.split())


def test_a_status_report_as_pdf(db, tmp_path):
    out = tmp_path / "lagesrapport.pdf"
    result = goals_cli("report", "v-vallentuna-2021", "--as-of", "2021-06-30", "--format",
                       "pdf", "--out", str(out), "--db", db)
    assert result.returncode == 0, result.stderr
    assert f"Skrev {out}" in result.stdout
    text = plain(" ".join(p.extract_text() for p in PdfReader(out).pages))
    # 118 of 110 -> 132 on 30 June: +7 % of +20 %, 8/22 = 36 % against 10/22 = 45 %: behind.
    assert "Lägesrapport" in text and "Sida 1 av 1" in text
    assert "efter: +7 % av +20 % (framsteg 36 %, väntat 45 %)" in text


def test_a_year_report_as_docx_and_as_markdown_with_its_charts(db, tmp_path):
    docx_file = tmp_path / "berattelse.docx"
    result = goals_cli("report", "v-vallentuna-2021", "--as-of", "2021-12-31", "--kind", "year",
                       "--out", str(docx_file), "--db", db)
    assert result.returncode == 0, result.stderr
    text = plain(" ".join(p.text for p in Document(io.BytesIO(docx_file.read_bytes()))
                          .paragraphs))
    # Only the May report (118) exists: +8/110 = +7 %, so not reached at the year's end.
    assert ("Målet att öka vårt medlemsantal med 20 % nåddes inte: föreningen gick från 110 "
            "till 118 medlemmar, +7 %.") in text
    markdown = tmp_path / "berattelse.md"
    result = goals_cli("report", "v-vallentuna-2021", "--as-of", "2021-12-31", "--kind", "year",
                       "--format", "md", "--out", str(markdown), "--db", db)
    assert result.returncode == 0, result.stderr
    body = markdown.read_text(encoding="utf-8")
    assert "## Verksamhetsberättelse (utkast)" in body
    charts = sorted(p.name for p in tmp_path.glob("berattelse-*.png"))
    assert charts == ["berattelse-month-1.png", "berattelse-section-1.png"]
    assert all(f"({name})" in body for name in charts)


def test_lang_overrides_the_plans_language(db, tmp_path):
    out = tmp_path / "report.md"
    result = goals_cli("report", "v-vallentuna-2021", "--as-of", "2021-06-30", "--out", str(out),
                       "--lang", "nb", "--db", db)
    assert result.returncode == 0, result.stderr
    assert "## Statusrapport" in out.read_text(encoding="utf-8")


def test_an_unknown_plan_or_a_bad_day_writes_nothing(db, tmp_path):
    out = tmp_path / "x.pdf"
    result = goals_cli("report", "v-valentuna-2021", "--out", str(out), "--db", db)
    assert result.returncode == 1 and "menade du 'v-vallentuna-2021'" in result.stderr
    result = goals_cli("report", "v-vallentuna-2021", "--as-of", "2021-13-01", "--out",
                       str(out), "--db", db)
    assert result.returncode == 2 and "2021-13-01" in result.stderr
    assert not out.exists()


def test_report_has_help():
    result = goals_cli("report", "--help")
    assert result.returncode == 0 and "--kind" in result.stdout and "--db" in result.stdout
