"""Schema versions with Alembic: a new database gets the current schema and is stamped;
an existing one is upgraded to the newest migration. Run by `create_schema` at start-up,
so every app server and command brings the database to the schema its code expects.

To change the schema: edit goals/store/tables.py, then
`python -m goals.store.migrate revision "what changed"` writes the migration, which
tests/integration/test_migrations.py then checks against the tables.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import Connection, Engine
from sqlmodel import SQLModel

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def migrate(engine: Engine) -> None:
    """Bring the database at `engine` to the newest schema."""
    with engine.begin() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        if current is None and not inspect(connection).has_table("plan"):
            SQLModel.metadata.create_all(connection)
            command.stamp(_config(connection), "head")
            return
        if current is None:   # made by create_all before migrations existed
            command.stamp(_config(connection), "head")
            SQLModel.metadata.create_all(connection)
            return
        command.upgrade(_config(connection), "head")


def new_revision(message: str) -> None:
    """Write a migration for the difference between the tables and the newest migration."""
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{folder}/migrate.db")
        with engine.begin() as connection:
            command.upgrade(_config(connection), "head")
            command.revision(_config(connection), message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":   # python -m goals.store.migrate revision "message"
    if len(sys.argv) == 3 and sys.argv[1] == "revision":
        new_revision(sys.argv[2])
    else:
        print(__doc__)
