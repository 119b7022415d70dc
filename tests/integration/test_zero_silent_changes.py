"""Zero silent changes: an import changes exactly the entries its preview listed, or
nothing; the preview names every goal it moves with figure and status before -> after; a
stock figure brought down by more than half or to zero needs the board's confirmation
(`--yes`, the page's checkbox)."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from goals.cli.main import main
from goals.mappings.mapping import Mapping
from goals.services.file_import import import_bytes
from goals.services.mapping_import import import_spreadsheet
from tests.factories import PLANS_DIR as PLANS

PLAN = (PLANS / "v-vallentuna-2021.yaml").read_bytes()
HEADER = "date,plan,metric,value,id\n"


def _load(engine) -> None:
    assert import_bytes(engine, PLAN, "v.yaml", is_plan=True).ok


def _members(engine, count: int) -> None:
    """The board's own figure: `count` members on 2021-06-30."""
    body = HEADER + f"2021-06-30,v-vallentuna-2021,medlemmar,{count},board-figure\n"
    assert import_bytes(engine, body.encode(), "board.csv", is_plan=False).ok


def _entries(engine) -> dict[str, tuple]:
    with engine.connect() as connection:
        return {uid: rest for uid, *rest in connection.execute(text(
            "select uid, day, metric, value, note, tags, unit from entry"))}


REGISTER = ("Inträdesdatum;Utträdesdatum\n" + "2020-01-01;\n" * 4
            + "2020-01-01;2021-03-01\n" * 6).encode()
REGISTER_MAPPING = Mapping(kind="register", plan="v-vallentuna-2021", joined="Inträdesdatum",
                           ended="Utträdesdatum", members_metric="medlemmar")


def test_an_import_that_halves_the_member_figure_is_refused_until_confirmed(engine):
    # the board's figure is 10 on June 30; the register says 4 are left on June 30:
    # 4 * 2 < 10, more than half gone, so the board must confirm.
    _load(engine)
    _members(engine, 10)
    before = _entries(engine)
    preview = import_spreadsheet(engine, REGISTER, "reg.csv", mapping=REGISTER_MAPPING,
                                 as_of=date(2021, 6, 30), dry_run=True, confirmed=False)
    assert preview.ok
    drops = [m for m in preview.result.moves if m.stock_drop]
    assert drops and drops[0].before == 10 and drops[0].after == 4

    refused = import_spreadsheet(engine, REGISTER, "reg.csv", mapping=REGISTER_MAPPING,
                                 as_of=date(2021, 6, 30), confirmed=False)
    assert [p.key for p in refused.result.problems] == ["imports.stock_drop"] * len(drops)
    assert "10 till 4" in refused.result.problems[0].render("sv")
    assert _entries(engine) == before

    confirmed = import_spreadsheet(engine, REGISTER, "reg.csv", mapping=REGISTER_MAPPING,
                                   as_of=date(2021, 6, 30), confirmed=True)
    assert confirmed.ok and _entries(engine) != before


def test_the_command_line_asks_for_yes_before_a_stock_figure_falls_to_zero(engine, tmp_path,
                                                                           capsys):
    _load(engine)
    _members(engine, 12)
    path = tmp_path / "zero.csv"
    path.write_text(HEADER + "2021-06-30,v-vallentuna-2021,medlemmar,0,board-figure\n")
    url = engine.url.render_as_string(hide_password=False)
    assert main(["import", str(path), "--db", url, "--lang", "en"]) == 1
    assert "falls from 12 to 0; confirm (--yes)" in capsys.readouterr().err
    assert main(["import", str(path), "--db", url, "--lang", "en", "--yes"]) == 0
    assert _entries(engine)["board-figure"][2] == 0


def test_the_preview_names_each_goal_moved_with_figure_and_status_before_and_after(engine):
    _load(engine)
    body = HEADER + "2021-03-01,v-vallentuna-2021,medlemsmoten,1,\n"
    preview = import_bytes(engine, body.encode(), "m.csv", is_plan=False, dry_run=True,
                           as_of=date(2021, 3, 31))
    moved = {m.goal: m for m in preview.moves}
    assert moved, preview
    move = next(iter(moved.values()))
    assert (move.before, move.after) == (0, 1) or (move.before is None and move.after == 1)
    assert move.status_before and move.status_after


rows = st.lists(st.tuples(st.sampled_from(["a", "b", "c", "d", ""]),
                          st.integers(1, 12), st.sampled_from(["medlemmar", "valfond",
                                                               "medlemsmoten", "okänt"]),
                          st.integers(-3, 40)), max_size=6)


def _csv(generated) -> bytes:
    lines = [f"2021-{month:02d}-01,v-vallentuna-2021,{metric},{value},{uid}"
             for uid, month, metric, value in generated]
    return (HEADER + "\n".join(lines) + "\n").encode()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(first=rows, second=rows)
def test_an_import_changes_exactly_the_entries_its_preview_listed_or_nothing(
        sqlite_engine, first, second):
    engine = sqlite_engine
    with engine.begin() as connection:
        connection.execute(text("delete from entry"))
    if not _entries(engine) and not import_bytes(engine, PLAN, "v.yaml", is_plan=True).ok:
        raise AssertionError("plan")
    import_bytes(engine, _csv(first), "first.csv", is_plan=False)
    before = _entries(engine)
    preview = import_bytes(engine, _csv(second), "second.csv", is_plan=False, dry_run=True)
    assert _entries(engine) == before
    result = import_bytes(engine, _csv(second), "second.csv", is_plan=False)
    after = _entries(engine)
    changed = {uid for uid in after if before.get(uid) != after[uid]}
    assert not set(before) - set(after), "an import never deletes"
    if not result.ok:
        assert after == before and not preview.ok
        return
    assert changed == set(preview.entries_change.changed_ids)
    assert changed == set(result.entries_change.changed_ids)


CALLS = Mapping(kind="calls", plan="v-vallentuna-2021", date="Datum", outcome="Utfall",
                conversation_outcomes=["Nådd"], other_outcomes=["Inget svar"],
                calls_metric="medlemsmoten")
calls = st.lists(st.tuples(st.integers(1, 5), st.sampled_from(["Nådd", "Inget svar", "??"])),
                 max_size=8)


def _calls_csv(generated) -> bytes:
    return ("Datum;Utfall\n" + "".join(f"2021-03-0{d};{o}\n" for d, o in generated)).encode()


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(first=calls, second=calls)
def test_a_mapped_import_changes_exactly_what_its_preview_listed_or_nothing(
        sqlite_engine, first, second):
    engine = sqlite_engine
    with engine.begin() as connection:
        connection.execute(text("delete from entry"))
        has_plan = connection.execute(text("select count(*) from plan")).scalar()
    if not has_plan:
        _load(engine)
    import_spreadsheet(engine, _calls_csv(first), "a.csv", mapping=CALLS)
    before = _entries(engine)
    preview = import_spreadsheet(engine, _calls_csv(second), "b.csv", mapping=CALLS,
                                 dry_run=True)
    assert _entries(engine) == before
    result = import_spreadsheet(engine, _calls_csv(second), "b.csv", mapping=CALLS)
    after = _entries(engine)
    if not result.ok:
        assert after == before and not preview.ok
        return
    changed = {uid for uid in after if before.get(uid) != after[uid]}
    assert changed == set(preview.result.entries_change.changed_ids)
