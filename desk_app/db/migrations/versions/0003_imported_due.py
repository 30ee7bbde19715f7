"""imported due moments, search indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 09:00:00

A dossier imported from another register may carry the due moment that system computed. It is
kept as the legal due moment (``due_fixed``) until the desk itself moves the clock (a supplement
request), instead of being recomputed on this desk's calendar.

The dossier list filters by procedure or state and sorts by the time received: two composite
indexes serve those pages on a register of millions of dossiers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dossiers", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("due_fixed", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.drop_index("ix_dossiers_procedure_id")
        batch_op.create_index(
            "ix_dossiers_procedure_received", ["procedure_id", "received_at"], unique=False
        )
        batch_op.create_index("ix_dossiers_state_received", ["state", "received_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("dossiers", schema=None) as batch_op:
        batch_op.drop_index("ix_dossiers_state_received")
        batch_op.drop_index("ix_dossiers_procedure_received")
        batch_op.create_index("ix_dossiers_procedure_id", ["procedure_id"], unique=False)
        batch_op.drop_column("due_fixed")
