"""entry months: entries summed per plan, metric and month (the national roll-up)

Revision ID: 7c1e5a9d2b40
Revises: 9c1e4a7d2b3f
Create Date: 2026-12-02 15:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '7c1e5a9d2b40'
down_revision: str | None = '9c1e4a7d2b3f'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('entry_month',
    sa.Column('plan_pk', sa.Integer(), nullable=False),
    sa.Column('metric', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('month', sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
    sa.Column('total', sa.Float(), nullable=False),
    sa.Column('entries', sa.Integer(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['plan_pk'], ['plan.pk'], ),
    sa.PrimaryKeyConstraint('plan_pk', 'metric', 'month')
    )
    # Existing entries: summed once here; from now on every write keeps the table current.
    bind = op.get_bind()
    month = ("to_char(day, 'YYYY-MM')" if bind.dialect.name == "postgresql"
             else "substr(day, 1, 7)")
    op.execute(
        "INSERT INTO entry_month (plan_pk, metric, month, total, entries, last_day) "
        f"SELECT plan_pk, COALESCE(metric, ''), {month}, COALESCE(SUM(value), 0), COUNT(*), "
        f"MAX(day) FROM entry GROUP BY plan_pk, COALESCE(metric, ''), {month}")


def downgrade() -> None:
    op.drop_table('entry_month')
