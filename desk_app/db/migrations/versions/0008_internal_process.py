"""internal process steps per procedure, and where each dossier is

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 11:00:00

A procedure's internal process is an ordered list of steps (the department that holds the
dossier, a time budget in the procedure's unit). A dossier keeps the process in force when it
was registered, as it keeps its time limit, and the step it is at, since when and when that
step's budget runs out (derived from its events, kept for the list and the review).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "procedure_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("department", sa.String(200), nullable=False),
        sa.Column("budget", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["procedure_id"],
            ["procedures.id"],
            name=op.f("fk_procedure_steps_procedure_id_procedures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procedure_steps")),
    )
    op.create_index(op.f("ix_procedure_steps_procedure_id"), "procedure_steps", ["procedure_id"])
    with op.batch_alter_table("dossiers") as batch:
        batch.add_column(sa.Column("process", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("step_department", sa.String(200), nullable=True))
        batch.add_column(sa.Column("step_since", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("step_due_at", sa.DateTime(), nullable=True))
        batch.create_index(batch.f("ix_dossiers_step_due_at"), ["step_due_at"])


def downgrade() -> None:
    with op.batch_alter_table("dossiers") as batch:
        batch.drop_index(batch.f("ix_dossiers_step_due_at"))
        for column in ("step_due_at", "step_since", "step_department", "process"):
            batch.drop_column(column)
    op.drop_table("procedure_steps")
