"""PLAN_FORMAT §5: the command line, exactly as written (other tests call these commands).

Runs `python -m goals` as a user would, against a SQLite file given with --db and, for
`status`, also through the GOALS_DB environment variable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.factories import CLI_ENTRIES as ENTRIES
from tests.factories import CLI_PLAN as PLAN
from tests.factories import goals_cli

ROOT = Path(__file__).resolve().parents[2]




@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "plan.yaml").write_text(PLAN, encoding="utf-8")
    (tmp_path / "entries.csv").write_text(ENTRIES, encoding="utf-8")
    return {"plan": str(tmp_path / "plan.yaml"), "entries": str(tmp_path / "entries.csv"),
            "db": f"sqlite:///{tmp_path / 'cli.db'}"}


def test_validate_exits_0_for_a_valid_plan(files):
    result = goals_cli("validate", files["plan"])
    assert result.returncode == 0, result.stderr


def test_validate_exits_1_with_file_line_column(files, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(PLAN.replace("kind: increase", "kind: incrase"), encoding="utf-8")
    result = goals_cli("validate", str(bad))
    assert result.returncode == 1
    assert f"{bad}:15:15: " in result.stderr   # line 15, column 15: the value
    assert "menade du 'increase'" in result.stderr


def test_messages_are_english_with_lang_en(files, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(PLAN.replace("kind: increase", "kind: incrase"), encoding="utf-8")
    result = goals_cli("validate", str(bad), "--lang", "en")
    assert "did you mean 'increase'" in result.stderr


def test_status_json_is_the_object_of_the_spec(files):
    assert goals_cli("import", files["plan"], files["entries"], "--db", files["db"]).returncode == 0
    result = goals_cli("status", "v-vallentuna-2021", "--as-of", "2021-06-30", "--json",
                       "--db", files["db"])
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["plan"], data["as_of"]) == ("v-vallentuna-2021", "2021-06-30")
    goal = data["goals"][0]
    assert {k: goal[k] for k in ("id", "section", "kind", "target", "actual", "baseline",
                                 "status")} == {
        "id": "medlemsokning", "section": "Valet 2022", "kind": "increase", "target": 132.0,
        "actual": 118.0, "baseline": 110.0, "status": "behind"}
    assert goal["progress"] == 8 / 22 and goal["expected"] == 10 / 22   # unrounded


def test_the_database_comes_from_goals_db_when_no_db_is_given(files):
    env = {"GOALS_DB": files["db"]}
    assert goals_cli("import", files["plan"], env=env).returncode == 0
    assert goals_cli("status", "v-vallentuna-2021", "--json", env=env).returncode == 0


def test_export_gives_the_plan_as_yaml_and_the_entries_as_csv(files):
    goals_cli("import", files["plan"], files["entries"], "--db", files["db"])
    plan = goals_cli("export", "v-vallentuna-2021", "--db", files["db"])
    assert plan.returncode == 0 and "target: +20%" in plan.stdout
    entries = goals_cli("export", "v-vallentuna-2021", "--format", "csv", "--db", files["db"])
    header, *rows = entries.stdout.splitlines()
    assert header == "date,plan,metric,value,tags,milestone,step,note,reported_by,unit,id"
    assert len(rows) == 2


def test_an_unknown_plan_is_named_with_a_hint(files):
    goals_cli("import", files["plan"], "--db", files["db"])
    result = goals_cli("status", "v-valentuna-2021", "--db", files["db"])
    assert result.returncode == 1
    assert "menade du 'v-vallentuna-2021'" in result.stderr


def test_import_of_a_bad_file_says_nothing_was_imported(files, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(ENTRIES + "2021-13-01,v-vallentuna-2021,webbinlagg,1\n", encoding="utf-8")
    goals_cli("import", files["plan"], "--db", files["db"])
    result = goals_cli("import", str(bad), "--db", files["db"])
    assert result.returncode == 1
    assert f"{bad}:4:1: date: '2021-13-01'" in result.stderr
    assert "ingenting importerades" in result.stderr


@pytest.mark.parametrize("command", ["validate", "import", "status", "export"])
def test_every_command_has_help(command):
    result = goals_cli(command, "--help")
    assert result.returncode == 0 and "--db" in result.stdout
