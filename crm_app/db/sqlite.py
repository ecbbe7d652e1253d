"""Everything SQLite-specific lives here: pragmas, write locks, bulk loading, backups, integrity.

The rest of the code base speaks portable SQLAlchemy; a PostgreSQL back end skips this module.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine import Connection

SQLITE_VERSION = tuple(int(p) for p in sqlite3.sqlite_version.split("."))


def configure(engine: Engine, busy_timeout_ms: int) -> None:
    """WAL, foreign keys, busy timeout on every connection; BEGIN IMMEDIATE for write transactions."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (pysqlite's own is lazy)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cur.execute("PRAGMA foreign_keys = ON")
        if _is_file(dbapi_conn):
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection):
        # A write takes the lock up front: a read that upgrades to a write can fail with
        # SQLITE_BUSY without waiting, BEGIN IMMEDIATE waits for busy_timeout instead.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("crm_write") else "BEGIN")


def _is_file(dbapi_conn) -> bool:
    row = dbapi_conn.execute("PRAGMA database_list").fetchone()
    return bool(row and row[2])


def bulk_insert(conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
    """Fast path for loading many rows as tuples (demo data, imports)."""
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    conn.connection.driver_connection.executemany(sql, rows)


def integrity_check(path: Path | str) -> str:
    con = sqlite3.connect(str(path))
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(r[0] for r in rows)
    finally:
        con.close()


def backup(src: Path | str, dest: Path | str) -> None:
    """Copy a live database with SQLite's online backup API (consistent even while in use)."""
    source = sqlite3.connect(str(src))
    target = sqlite3.connect(str(dest))
    try:
        source.execute("PRAGMA busy_timeout = 15000")
        source.backup(target, pages=4096)
    finally:
        target.close()
        source.close()


def tune_for_bulk_load(conn: Connection) -> None:
    """Bigger page cache for a one-off bulk load (allowed inside a transaction)."""
    raw = conn.connection.driver_connection
    raw.execute("PRAGMA cache_size = -262144")  # 256 MiB


def analyze(conn: Connection) -> None:
    conn.connection.driver_connection.execute("ANALYZE")


# --- full-text search index (FTS5 trigram) ---------------------------------------------------
# One row per customer: rowid = customers.id, `keys` = folded name, code, emails and tags.
# Trigram gives substring matches in any script; queries shorter than 3 characters use the
# B-tree prefix index on customers.search_name instead.

FTS_TABLE = "customer_fts"

FTS_KEYS_SQL = (
    "SELECT c.id, c.search_name || ' ' || lower(c.code)"
    " || COALESCE((SELECT ' ' || group_concat(e.normalized, ' ') FROM customer_emails e"
    "              WHERE e.customer_id = c.id), '')"
    " || COALESCE((SELECT ' ' || group_concat(t.name, ' ') FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
    "              WHERE ct.customer_id = c.id), '')"
    " FROM customers c"
)


def fts_create(conn: Connection) -> None:
    conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(keys, tokenize='trigram')")


def fts_drop(conn: Connection) -> None:
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")


# Merged and erased customers are not searchable: they leave the index.
FTS_INDEXED = "c.status NOT IN ('merged', 'erased')"


def fts_rebuild(conn: Connection) -> None:
    conn.exec_driver_sql(f"DELETE FROM {FTS_TABLE}")
    conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}(rowid, keys) {FTS_KEYS_SQL} WHERE {FTS_INDEXED}")
    conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")


def fts_sync(conn: Connection, ids: Sequence[int]) -> None:
    """Re-index these customers (or drop them from the index when they no longer exist or are
    merged / erased)."""
    ids = list(dict.fromkeys(ids))
    raw = conn.connection.driver_connection
    for k in range(0, len(ids), 500):
        part = tuple(ids[k:k + 500])
        marks = ", ".join("?" * len(part))
        raw.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", part)
        raw.execute(f"INSERT INTO {FTS_TABLE}(rowid, keys) {FTS_KEYS_SQL} WHERE c.id IN ({marks}) AND {FTS_INDEXED}",
                    part)


def fts_phrase(text: str) -> str:
    """Quote user text as one FTS5 string: quotes, *, NEAR(, parentheses are searched literally."""
    return '"' + text.replace('"', '""') + '"'


def fts_ids_sql() -> str:
    """SQL selecting the ids of customers whose keys contain a text, newest first, at most :cap.
    Bind :phrase with fts_phrase(folded text of ≥ 3 characters): quotes, *, NEAR(, brackets are
    searched literally. FTS5 walks its doclists in rowid order and stops at the cap, so a very common
    text costs no more than a rare one."""
    return f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :phrase ORDER BY rowid DESC LIMIT :cap"


def fts_match_clause() -> str:
    """SQL fragment selecting matching customer ids; bind :phrase with fts_phrase(folded query)."""
    return f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :phrase"
