"""index on the return moment

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 14:00:00

The end-of-day review lists the dossiers returned today; on a register of millions that needs
an index on ``returned_at`` (a full scan took 2.6 s on 2,000,000 dossiers).
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_dossiers_returned_at"), "dossiers", ["returned_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_dossiers_returned_at"), table_name="dossiers")
