"""No input ends in a traceback: hypothesis-generated YAML, CSV and XLSX bytes through the
import (the services the page and the command line call) and document bytes through the
drafter each give a result or a refusal with a message, never an uncaught exception.

The XLSX cases start from real corpus workbooks and damage them (bytes flipped, cut short),
because random bytes alone never get past the zip signature.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from goals.domain.problems import InputError
from goals.drafting import draft_plan
from goals.drafting.reading import read_document
from goals.io.plan_yaml import check_plan_bytes
from goals.mappings.mapping import Mapping
from goals.services.file_import import import_bytes
from goals.services.mapping_import import import_spreadsheet

CORPUS = Path(__file__).resolve().parents[1] / "import_corpus"
PLAN = (Path(__file__).resolve().parents[2] / "plans" / "v-vallentuna-2021.yaml").read_bytes()
WORKBOOKS = [p.read_bytes() for p in sorted(CORPUS.glob("*.xlsx"))]
CHECKS = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]

yaml_like = st.one_of(
    st.binary(max_size=400),
    st.text(alphabet=st.sampled_from(list("ab:-[]{}#&*!|>'\"\n \t%@`,?\x00\x07\x1b\ufffe9")),
            max_size=300).map(str.encode),
    st.builds(lambda cut, junk: PLAN[:cut] + junk + PLAN[cut:],
              st.integers(0, len(PLAN)), st.binary(max_size=20)),
)
csv_like = st.one_of(
    st.binary(max_size=400),
    st.lists(st.lists(st.sampled_from(["", "2021-01-31", "31.1.2021", "medlemmar",
                                       "v-vallentuna-2021", "1234,5", "9" * 400, "=x",
                                       "'=x", "Summa", "\x00", "ja", "Nådd", '"', "a;b"]),
                      max_size=6), max_size=8)
    .map(lambda rows: "\n".join(";".join(r) for r in
                                [["date", "plan", "metric", "value"], *rows]).encode()),
)


def _damaged(data: bytes, where: int, junk: bytes, cut: bool) -> bytes:
    where %= max(len(data), 1)
    return data[:where] if cut else data[:where] + junk + data[where + len(junk):]


xlsx_like = st.builds(_damaged, st.sampled_from(WORKBOOKS), st.integers(0, 10**6),
                      st.binary(min_size=1, max_size=8), st.booleans())


@settings(max_examples=150, deadline=None)
@given(data=yaml_like)
def test_any_plan_bytes_are_read_or_refused_with_a_message(data):
    plan, problems = check_plan_bytes(data, "p.yaml")
    assert (plan is None) == bool(problems)
    for problem in problems:
        assert problem.render("sv")


@settings(max_examples=60, deadline=None, suppress_health_check=CHECKS)
@given(data=yaml_like)
def test_any_plan_bytes_through_the_import_service_never_raise(sqlite_engine, data):
    result = import_bytes(sqlite_engine, data, "p.yaml", is_plan=True, dry_run=True)
    assert result.ok or result.problems


@pytest.fixture(scope="module")
def plan_engine(tmp_path_factory):
    from goals.store.engine import create_schema, make_engine

    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'g.db'}")
    create_schema(engine)
    assert import_bytes(engine, PLAN, "v.yaml", is_plan=True).ok
    yield engine
    engine.dispose()


MAPPINGS = [None,
            Mapping(kind="rows", plan="v-vallentuna-2021", date="date", value="value",
                    fixed_metric="medlemsmoten", note="metric"),
            Mapping(kind="register", plan="v-vallentuna-2021", joined="date", ended="value",
                    members_metric="medlemmar"),
            Mapping(kind="calls", plan="v-vallentuna-2021", date="date", outcome="metric",
                    conversation_outcomes=["Nådd"], calls_metric="medlemsmoten"),
            Mapping(kind="rows", plan="v-vallentuna-2021", metric="plan", wide="months")]


@settings(max_examples=120, deadline=None, suppress_health_check=CHECKS)
@given(data=csv_like, mapping=st.sampled_from(MAPPINGS))
def test_any_csv_bytes_are_imported_or_refused_never_a_traceback(plan_engine, data,
                                                                 mapping):
    result = import_spreadsheet(plan_engine, data, "f.csv", mapping=mapping,
                                as_of=date(2021, 6, 30), dry_run=True)
    assert result.ok or result.result.problems


@settings(max_examples=60, deadline=None, suppress_health_check=CHECKS)
@given(data=xlsx_like, mapping=st.sampled_from(MAPPINGS))
def test_any_damaged_workbook_is_imported_or_refused_never_a_traceback(plan_engine, data,
                                                                       mapping):
    result = import_spreadsheet(plan_engine, data, "f.xlsx", mapping=mapping,
                                as_of=date(2021, 6, 30), dry_run=True)
    assert result.ok or result.result.problems


@settings(max_examples=80, deadline=None)
@given(data=st.one_of(st.binary(max_size=300), xlsx_like),
       suffix=st.sampled_from([".txt", ".md", ".docx", ".pdf"]))
def test_any_document_bytes_are_drafted_or_refused_never_a_traceback(data, suffix):
    try:
        text = read_document(f"plan{suffix}", data)
    except InputError as error:
        assert error.problems[0].render("sv")
        return
    draft_plan(text, None)
