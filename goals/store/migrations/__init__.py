"""Schema migrations (Alembic). `goals.store.engine.create_schema` applies them."""
