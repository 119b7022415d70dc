"""The migrations and the tables agree: a database built by the migrations alone has exactly
the schema of goals/store/tables.py (so a model change without its migration fails here),
and starting the product on an existing database upgrades it without losing rows."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import Session, SQLModel

from goals.services.file_import import import_bytes
from goals.store.engine import create_schema, make_engine
from goals.store.migrate import _config
from tests.factories import REIMPORT_ENTRIES as ENTRIES
from tests.factories import REIMPORT_PLAN as PLAN


def test_the_migrations_build_exactly_the_tables_of_the_code(database_url):
    from alembic import command

    engine = make_engine(database_url)
    with engine.begin() as connection:
        command.upgrade(_config(connection), "head")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection),
                                       SQLModel.metadata)
    engine.dispose()
    assert differences == []


def test_starting_twice_keeps_the_data(engine):
    assert import_bytes(engine, PLAN.replace("TARGET", "100").encode(), "p.yaml",
                        is_plan=True).ok
    assert import_bytes(engine, ENTRIES, "e.csv", is_plan=False).ok
    create_schema(engine)
    with Session(engine) as session:
        assert session.execute(text("SELECT count(*) FROM entry")).scalar() == 2
        version = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version


def test_roles_stored_in_swedish_are_read_in_english_after_the_upgrade(database_url):
    """Grants made before roles were stored in English (styrelse, distrikt) keep their
    meaning: the upgrade rewrites them to board and district, member and admin stay."""
    from alembic import command

    from goals.access.roles import Role
    from goals.store.access import grants_of

    engine = make_engine(database_url)
    with engine.begin() as connection:
        command.upgrade(_config(connection), "255d99290f50")
        connection.execute(text(
            "INSERT INTO account (pk, email, display_name, failed_sign_ins, created_at)"
            " VALUES (1, 'a@example.org', '', 0, CURRENT_TIMESTAMP)"))
        for role, organisation in (("styrelse", "lag"), ("distrikt", "dist"),
                                   ("member", "lag"), ("admin", "*")):
            connection.execute(text(
                "INSERT INTO role_grant (account_pk, organisation_id, role) VALUES "
                f"(1, '{organisation}', '{role}')"))
    with engine.begin() as connection:
        command.upgrade(_config(connection), "head")
    with Session(engine) as session:
        stored = set(session.execute(text("SELECT role FROM role_grant")).scalars())
        grants = grants_of(session, 1)
    engine.dispose()
    assert stored == {"board", "district", "member", "admin"}
    assert grants == frozenset({("lag", Role.BOARD), ("dist", Role.DISTRICT),
                                ("lag", Role.MEMBER), ("*", Role.ADMIN)})
