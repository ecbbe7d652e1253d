"""customer search index (FTS5 trigram on SQLite; other back ends use their own)

Revision ID: 0002_search_index
Revises: 0001_baseline
"""
from alembic import op

revision = "0002_search_index"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        from crm_app.db import sqlite

        sqlite.fts_create(conn)
        sqlite.fts_rebuild(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        from crm_app.db import sqlite

        sqlite.fts_drop(conn)
