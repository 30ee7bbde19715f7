"""the pause on a supplement belongs to the procedure

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 08:00:00

Decree 118/2025 Art. 19(5): after a supplement the term counts again from the start; a pause
applies only to procedures whose own law says so. The catalogue says it per procedure, and a
dossier keeps the rule in force when it was registered, as it keeps its time limit. The
agency-wide ``supplement_policy`` column stays (older programs read it) but is no longer used.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("procedures", "dossiers"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column(
                    "supplement_pause", sa.Boolean(), nullable=False, server_default=sa.false()
                )
            )


def downgrade() -> None:
    for table in ("procedures", "dossiers"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("supplement_pause")
