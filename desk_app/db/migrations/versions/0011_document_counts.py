"""what the counter usually receives of each required document

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28 14:00:00

A required document says how many originals, certified copies and copies the counter usually
receives (1 original by default, as before); the intake's counts start from these.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

COLUMNS = (("originals", "1"), ("certified_copies", "0"), ("copies", "0"))


def upgrade() -> None:
    with op.batch_alter_table("procedure_documents") as batch:
        for name, default in COLUMNS:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=False, server_default=default))


def downgrade() -> None:
    with op.batch_alter_table("procedure_documents") as batch:
        for name, _default in COLUMNS:
            batch.drop_column(name)
