"""campaign entry index: entries with a unit, by plan (the district list without a scan of
every entry of the party)

Revision ID: 9a4f0c6e1d27
Revises: 7c1e5a9d2b40
Create Date: 2026-12-02 15:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '9a4f0c6e1d27'
down_revision: str | None = '7c1e5a9d2b40'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_entry_campaign_plan', 'entry', ['plan_pk'], unique=False,
                    sqlite_where=sa.text('unit IS NOT NULL'),
                    postgresql_where=sa.text('unit IS NOT NULL'))


def downgrade() -> None:
    op.drop_index('ix_entry_campaign_plan', table_name='entry')
