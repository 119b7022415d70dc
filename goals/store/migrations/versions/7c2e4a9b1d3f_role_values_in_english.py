"""role values in English

Revision ID: 7c2e4a9b1d3f
Revises: 255d99290f50
Create Date: 2026-12-02 15:10:00

The roles were stored half in Swedish (styrelse, distrikt), half in English (member, admin);
every stored value is now English, and the Swedish and Norwegian words stay accepted where
people type them (goals.access.roles.Role.parse).
"""

from collections.abc import Sequence

from alembic import op

revision: str = '7c2e4a9b1d3f'
down_revision: str | None = '255d99290f50'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE role_grant SET role = 'board' WHERE role = 'styrelse'")
    op.execute("UPDATE role_grant SET role = 'district' WHERE role = 'distrikt'")


def downgrade() -> None:
    op.execute("UPDATE role_grant SET role = 'styrelse' WHERE role = 'board'")
    op.execute("UPDATE role_grant SET role = 'distrikt' WHERE role = 'district'")
