"""search inside names, addresses and notes

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28 13:00:00

``search_folded`` holds the applicant's name, address and the note without diacritics, lower
case (``domain.text.fold``), written by the program with the row. It is indexed for searching
any part of a word: on SQLite by an FTS5 table with the trigram tokenizer that triggers keep in
step with the column; on PostgreSQL by a trigram GIN index (``pg_trgm``; where the extension
cannot be created the search still works, without the index, and the log says so).

A later migration that rebuilds the dossiers table on SQLite (Alembic's batch "move and copy")
drops these triggers with the old table: it must create them again (``SQLITE_TRIGGERS``) and
rebuild the index (``INSERT INTO dossier_search(dossier_search) VALUES ('rebuild')``).
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None
log = logging.getLogger(__name__)

SQLITE_TRIGGERS = (
    """CREATE TRIGGER dossier_search_insert AFTER INSERT ON dossiers BEGIN
        INSERT INTO dossier_search(rowid, search_folded) VALUES (new.id, new.search_folded);
    END""",
    """CREATE TRIGGER dossier_search_delete AFTER DELETE ON dossiers BEGIN
        INSERT INTO dossier_search(dossier_search, rowid, search_folded)
        VALUES ('delete', old.id, old.search_folded);
    END""",
    """CREATE TRIGGER dossier_search_update AFTER UPDATE OF search_folded ON dossiers BEGIN
        INSERT INTO dossier_search(dossier_search, rowid, search_folded)
        VALUES ('delete', old.id, old.search_folded);
        INSERT INTO dossier_search(rowid, search_folded) VALUES (new.id, new.search_folded);
    END""",
)


def _backfill(bind) -> None:
    from desk_app.domain.text import fold

    rows = bind.execute(sa.text("SELECT id, applicant_name, address, note FROM dossiers")).all()
    updates = [
        {"i": i, "f": fold(" ".join(filter(None, (name, address, note))))}
        for i, name, address, note in rows
    ]
    for start in range(0, len(updates), 5000):
        bind.execute(
            sa.text("UPDATE dossiers SET search_folded = :f WHERE id = :i"),
            updates[start : start + 5000],
        )


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("dossiers") as batch:
        batch.add_column(sa.Column("search_folded", sa.Text(), nullable=False, server_default=""))
    _backfill(bind)
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE dossier_search USING fts5("
            "search_folded, content='dossiers', content_rowid='id', tokenize='trigram')"
        )
        op.execute("INSERT INTO dossier_search(dossier_search) VALUES ('rebuild')")
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)
        return
    nested = bind.begin_nested()
    try:
        bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
        bind.execute(
            sa.text(
                "CREATE INDEX ix_dossiers_search_trgm ON dossiers "
                "USING gin (search_folded gin_trgm_ops)"
            )
        )
        nested.commit()
    except sa.exc.DBAPIError as exc:
        nested.rollback()
        log.warning("pg_trgm not available, search inside names runs without its index: %s", exc)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS dossier_search_{name}")
        op.execute("DROP TABLE IF EXISTS dossier_search")
    else:
        op.execute("DROP INDEX IF EXISTS ix_dossiers_search_trgm")
    with op.batch_alter_table("dossiers") as batch:
        batch.drop_column("search_folded")
