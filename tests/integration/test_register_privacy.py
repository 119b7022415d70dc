"""A register full of recognisable fake names, personal numbers, e-mail addresses, phone
numbers and street addresses goes through the Importera page (AppTest) and the command
line; then the database files (SQLite main file, -wal and -shm), everything logged, the
app's st.cache_data contents and the session state are searched for each of them: zero
hits. Only the counts arrive."""

from __future__ import annotations

import contextlib
import logging
import pickle
import random
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session
from streamlit.testing.v1 import AppTest

from goals.cli.main import main
from goals.store.engine import engine_for

ROOT = Path(__file__).resolve().parents[2]
PLAN = "v-vallentuna-2021"
FIRST = ["Zlatanella", "Quirinus", "Xerxesina", "Bartholomeus", "Ingeborgia", "Wolfrida"]
LAST = ["Qvarnbergsson", "Zyllenhjelm", "Fjordqvist", "Xanderlöf", "Ömbergsdotter"]


def fake_register(count: int = 120) -> tuple[bytes, list[str]]:
    """The file and every identifying string in it (each at least 8 characters)."""
    rng = random.Random(7)
    secrets: list[str] = []
    lines = ["Förnamn;Efternamn;Personnummer;E-post;Telefon;Adress;Inträdesdatum;"
             "Utträdesdatum;Aktiv"]
    for n in range(count):
        first, last = FIRST[n % len(FIRST)], LAST[n % len(LAST)]
        personal = f"19{rng.randint(40, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-" \
                   f"{rng.randint(1000, 9999)}"
        mail = f"{first.lower()}.{last.lower()}{n}@exempel.se"
        phone = f"070-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        street = f"{last}gatan {n + 1}"
        joined = f"2020-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if n % 2 else \
            f"2021-{rng.randint(1, 5):02d}-{rng.randint(1, 28):02d}"
        ended = "2021-05-31" if n % 9 == 0 else ""
        lines.append(f"{first};{last};{personal};{mail};{phone};{street};{joined};{ended};"
                     f"{'ja' if n % 3 == 0 else 'nej'}")
        secrets += [personal, personal.replace("-", ""), mail, phone, street]
    secrets += FIRST + LAST
    return ("\n".join(lines) + "\n").encode("cp1252"), sorted(set(secrets))


def forms(secret: str) -> list[bytes]:
    """The ways a string could sit in a file: UTF-8, Windows-1252, UTF-16 (LE)."""
    out = {secret.encode("utf-8"), secret.encode("utf-16-le")}
    with contextlib.suppress(UnicodeEncodeError):
        out.add(secret.encode("cp1252"))
    return sorted(out)


def hits(blob: bytes, secrets: list[str]) -> list[str]:
    return [s for s in secrets if any(form in blob for form in forms(s))]


def database_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(db.parent.glob(db.name + "*")))


def _resource_bytes() -> list[bytes]:
    """Every picklable value st.cache_resource holds (the parsed plans are shared there)."""
    import pickle

    from streamlit.runtime.caching import cache_resource_api

    blobs = []
    caches = cache_resource_api._resource_caches._function_caches.values()
    for cache in (c for group in caches
                  for c in (group.values() if isinstance(group, dict) else [group])):
        for result in list(cache._mem_cache.values()):
            with contextlib.suppress(Exception):   # engines and locks do not pickle
                blobs.append(pickle.dumps(getattr(result, "value", result)))
    return blobs


def cache_bytes() -> bytes:
    """Every value st.cache_data holds (in AppTest: the memory storage of each function)."""
    from streamlit.runtime.caching import cache_data_api

    blobs = []
    for caches in cache_data_api._data_caches._function_caches.values():
        for cache in caches.values():
            storage = cache.storage
            while storage is not None:
                memory = getattr(storage, "_mem_cache", None)
                if memory is not None:
                    blobs += [bytes(v) for v in memory.values()]
                storage = getattr(storage, "_persist_storage", None)
    blobs += _resource_bytes()
    assert blobs, "the page's cached accessors should have stored something to search"
    return b"".join(blobs)


def session_bytes(at: AppTest) -> bytes:
    """The session state as the page sees it, and the raw stores behind it (old values of
    widgets no longer drawn included)."""
    values = list(at.session_state.to_dict().values())
    inner = at.session_state._state._state
    values += list(getattr(inner, "_old_state", {}).values())
    values += list(getattr(inner, "_new_session_state", {}).values())
    widgets = inner._new_widget_state
    for key in list(widgets.keys()):
        try:
            values.append(widgets[key])
        except (KeyError, AttributeError):
            values.append(repr(widgets.states.get(key)))
    blobs = []
    for value in values:
        try:
            blobs.append(pickle.dumps(value))
        except Exception:
            blobs.append(repr(value).encode())
        if hasattr(value, "getvalue"):
            blobs.append(value.getvalue())
    assert blobs
    return b"".join(blobs)


@pytest.fixture
def register() -> tuple[bytes, list[str]]:
    return fake_register()


def test_the_fake_identifiers_would_be_found_if_they_were_there(register):
    data, secrets = register
    in_file = [s for s in secrets if not s.isdigit()]   # all but the dash-less variants
    assert hits(data, secrets) == in_file, "the search itself works on the raw file"


def test_a_register_imported_on_the_page_leaves_no_identifier_anywhere(
        register, tmp_path, monkeypatch, caplog):
    data, secrets = register
    db = tmp_path / "privacy.db"
    monkeypatch.setenv("GOALS_DB", f"sqlite:///{db}")
    import streamlit as st

    st.cache_resource.clear()
    st.cache_data.clear()
    caplog.set_level(logging.DEBUG)
    at = AppTest.from_file(str(ROOT / "app_pages" / "import_data.py"), default_timeout=60)
    at.run()
    at.file_uploader[0].set_value(("medlemsregister.csv", data, "text/csv"))
    at.run()
    at.selectbox(key="import_how").select("register").run()
    at.selectbox(key="import_plan").select(PLAN).run()
    at.date_input(key="import_as_of").set_value("2021-06-30").run()
    at.button(key="import_apply").click().run()
    assert not at.exception
    assert at.success, "the import went through"
    with Session(engine_for(f"sqlite:///{db}")) as session:
        counts = session.execute(text("SELECT count(*) FROM entry WHERE source LIKE "
                                      "'register:%'")).scalar()
    # Jan-Jun month ends of `medlemmar` and one count of `aktiva` on Jun 30 (the plan has
    # no metric for new members).
    assert counts == 6 + 1
    assert hits(database_bytes(db), secrets) == []
    assert hits(caplog.text.encode(), secrets) == []
    assert hits(cache_bytes(), secrets) == []
    assert hits(session_bytes(at), secrets) == []


def test_a_register_imported_from_the_command_line_leaves_no_identifier(
        register, tmp_path, capsys, caplog):
    data, secrets = register
    db = tmp_path / "cli.db"
    path = tmp_path / "register.csv"
    path.write_bytes(data)
    url = f"sqlite:///{db}"
    caplog.set_level(logging.DEBUG)
    assert main(["import", str(ROOT / "plans" / f"{PLAN}.yaml"), "--db", url]) == 0
    assert main(["import", str(path), "--mapping", "register", "--plan", PLAN,
                 "--as-of", "2021-06-30", "--db", url]) == 0
    bad = data + "Zlatanella;Qvarnbergsson;19501212-1212;z@x.se;070-1;;19501212-1212;;ja\n" \
        .encode("cp1252")
    path.write_bytes(bad)
    assert main(["import", str(path), "--mapping", "register", "--plan", PLAN,
                 "--db", url]) == 1
    output = capsys.readouterr()
    assert "Inträdesdatum" in output.err, "the problem names its column"
    assert hits((output.out + output.err + caplog.text).encode(),
                secrets + ["19501212-1212"]) == []
    assert hits(database_bytes(db), secrets + ["19501212-1212"]) == []
