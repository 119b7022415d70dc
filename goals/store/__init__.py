"""All SQL: the tables, the engine, one unit of work, and small query functions by concern.

Imported only by goals.services. Schema changes go through Alembic (migrations/)."""
