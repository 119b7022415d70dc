"""column mappings belong to an organisation

Revision ID: 9c1e4a7d2b3f
Revises: bab52a7e439a
Create Date: 2026-12-02 15:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '9c1e4a7d2b3f'
down_revision: str | None = 'bab52a7e439a'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('column_mapping', schema=None) as batch_op:
        batch_op.add_column(sa.Column('organisation_id',
                                      sqlmodel.sql.sqltypes.AutoString(length=120),
                                      nullable=True))
        batch_op.drop_index(batch_op.f('ix_column_mapping_name'))
        batch_op.create_index(batch_op.f('ix_column_mapping_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_column_mapping_organisation_id'),
                              ['organisation_id'], unique=False)
        batch_op.create_unique_constraint('uq_column_mapping_organisation_id_name',
                                          ['organisation_id', 'name'])


def downgrade() -> None:
    with op.batch_alter_table('column_mapping', schema=None) as batch_op:
        batch_op.drop_constraint('uq_column_mapping_organisation_id_name', type_='unique')
        batch_op.drop_index(batch_op.f('ix_column_mapping_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_column_mapping_name'))
        batch_op.create_index(batch_op.f('ix_column_mapping_name'), ['name'], unique=True)
        batch_op.drop_column('organisation_id')
