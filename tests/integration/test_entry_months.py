"""The monthly sums (entry_month) stay equal to a fresh aggregation of the entries after
every kind of write: a saved report, a file import, a re-import that edits rows, a correction
that moves an entry to another month, a deletion and its undo."""

from __future__ import annotations

from datetime import date

from goals.access.roles import Actor
from goals.domain.entries import Entry
from goals.services.database import entries as list_entries
from goals.services.database import reading
from goals.services.file_import import import_bytes
from goals.services.writes import correct_entry, delete_entries, record_entry, restore_entries
from goals.store.entry_months import fresh_sums, stored_sums
from tests.factories import CLI_PLAN

PLAN_ID = "v-vallentuna-2021"
HEADER = "date,plan,metric,value,tags,milestone,step,note,reported_by\n"
FILE = (HEADER + "2021-03-15,v-vallentuna-2021,webbinlagg,1,,,,,\n"
        "2021-03-20,v-vallentuna-2021,webbinlagg,2,,,,,\n"
        "2021-04-01,v-vallentuna-2021,medlemmar,118,,,,,\n")
ADMIN = Actor.command_line()


def _sums(engine) -> tuple[set, set]:
    with reading(engine) as session:
        return stored_sums(session), fresh_sums(session)


def _month(engine, month: str, metric: str) -> tuple:
    stored, _ = _sums(engine)
    return next(((total, count) for _p, m, mo, total, count, _d in stored
                 if m == metric and mo == month), None)


def test_every_write_keeps_the_monthly_sums_equal_to_the_entries(engine):
    assert import_bytes(engine, CLI_PLAN.encode(), "p.yaml", is_plan=True).ok
    assert import_bytes(engine, FILE.encode(), "e.csv", is_plan=False).ok
    stored, fresh = _sums(engine)
    assert stored == fresh and _month(engine, "2021-03", "webbinlagg") == (3.0, 2)

    uid = record_entry(engine, Entry(date=date(2021, 3, 31), plan=PLAN_ID, metric="webbinlagg",
                                     value=4), actor=ADMIN)
    stored, fresh = _sums(engine)
    assert stored == fresh and _month(engine, "2021-03", "webbinlagg") == (7.0, 3)

    # The same file again with a row appended: only that row is added, 1 + 2 + 4 + 5 = 12.
    appended = FILE + "2021-03-25,v-vallentuna-2021,webbinlagg,5,,,,,\n"
    assert import_bytes(engine, appended.encode(), "e.csv", is_plan=False).ok
    stored, fresh = _sums(engine)
    assert stored == fresh and _month(engine, "2021-03", "webbinlagg") == (12.0, 4)

    # An export edited and imported again updates rows by their id: 2 becomes 3.
    with reading(engine) as session:
        two = next(e for e in list_entries(session, PLAN_ID) if e.value == 2)
    edited = HEADER.replace("reported_by", "reported_by,id") + \
        f"2021-03-20,v-vallentuna-2021,webbinlagg,3,,,,,,{two.id}\n"
    result = import_bytes(engine, edited.encode(), "export.csv", is_plan=False)
    assert result.ok and result.entries_change.updated == 1
    stored, fresh = _sums(engine)
    assert stored == fresh and _month(engine, "2021-03", "webbinlagg") == (13.0, 4)

    # A correction that moves the 4 from March to May.
    assert correct_entry(engine, uid, day=date(2021, 5, 2), value=4, note=None, actor=ADMIN)
    stored, fresh = _sums(engine)
    assert stored == fresh
    assert _month(engine, "2021-03", "webbinlagg") == (9.0, 3)
    assert _month(engine, "2021-05", "webbinlagg") == (4.0, 1)

    # Deleting it empties May; undoing the deletion brings it back.
    assert delete_entries(engine, [uid], actor=ADMIN) == 1
    stored, fresh = _sums(engine)
    assert stored == fresh and _month(engine, "2021-05", "webbinlagg") is None
    assert restore_entries(engine, [uid], actor=ADMIN) == 1
    stored, fresh = _sums(engine)
    assert stored == fresh and _month(engine, "2021-05", "webbinlagg") == (4.0, 1)


def test_a_refused_import_leaves_the_monthly_sums_as_they_were(engine):
    assert import_bytes(engine, CLI_PLAN.encode(), "p.yaml", is_plan=True).ok
    assert import_bytes(engine, FILE.encode(), "e.csv", is_plan=False).ok
    before = _sums(engine)[0]
    bad = FILE + "2021-13-01,v-vallentuna-2021,webbinlagg,1,,,,,\n"
    assert not import_bytes(engine, bad.encode(), "bad.csv", is_plan=False).ok
    assert _sums(engine)[0] == before
    with reading(engine) as session:
        assert len(list_entries(session, PLAN_ID)) == 3


def test_reports_saved_at_once_keep_the_monthly_sums_whole(engine):
    """Twenty members save at the same moment into the same month: every save succeeds and
    the month holds all twenty (on PostgreSQL two writers would otherwise both insert it)."""
    from concurrent.futures import ThreadPoolExecutor

    assert import_bytes(engine, CLI_PLAN.encode(), "p.yaml", is_plan=True).ok

    def save(n: int) -> str:
        return record_entry(engine, Entry(date=date(2021, 3, 1 + n % 28), plan=PLAN_ID,
                                          metric="webbinlagg", value=1), actor=ADMIN)

    with ThreadPoolExecutor(max_workers=20) as pool:
        uids = list(pool.map(save, range(20)))
    assert len(set(uids)) == 20
    stored, fresh = _sums(engine)
    assert stored == fresh and _month(engine, "2021-03", "webbinlagg") == (20.0, 20)


def test_a_report_bumps_the_data_version_even_as_the_very_first_write(engine):
    """The counter's row is made by the first write; a report can be that write."""
    from sqlalchemy import text

    from goals.services.database import data_version

    assert import_bytes(engine, CLI_PLAN.encode(), "p.yaml", is_plan=True).ok
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM meta"))
    record_entry(engine, Entry(date=date(2021, 3, 1), plan=PLAN_ID, metric="webbinlagg",
                               value=1), actor=ADMIN)
    record_entry(engine, Entry(date=date(2021, 3, 2), plan=PLAN_ID, metric="webbinlagg",
                               value=1), actor=ADMIN)
    with reading(engine) as session:
        assert data_version(session) == 2
    stored, fresh = _sums(engine)
    assert stored == fresh and _month(engine, "2021-03", "webbinlagg") == (2.0, 2)
