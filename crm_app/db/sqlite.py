"""Everything SQLite-specific lives here: pragmas, write locks, bulk loading, backups, integrity.

The rest of the code base speaks portable SQLAlchemy; a PostgreSQL back end skips this module.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # SQLAlchemy is imported where it is used: `crm-app metrics` scans before importing it
    from sqlalchemy import Engine
    from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)
SQLITE_VERSION = tuple(int(p) for p in sqlite3.sqlite_version.split("."))


def configure(engine: Engine, busy_timeout_ms: int) -> None:
    """WAL, foreign keys, busy timeout on every connection; BEGIN IMMEDIATE for write transactions."""
    from sqlalchemy import event

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
        if conn.get_execution_options().get("crm_write"):
            try:
                begin_immediate(conn.connection.driver_connection)
            except sqlite3.OperationalError as exc:
                from sqlalchemy.exc import OperationalError

                raise OperationalError("BEGIN IMMEDIATE", None, exc) from None
        else:
            conn.exec_driver_sql("BEGIN")


# A write waits busy_timeout for the lock, then tries again for up to CRM_WRITE_WAIT_S seconds (default 600):
# a long import in another process or app instance makes writers wait instead of failing with
# "database is locked".
def write_wait_s() -> float:
    return float(os.environ.get("CRM_WRITE_WAIT_S") or 600)


def begin_immediate(dbapi_conn, wait_s: float | None = None) -> None:
    """BEGIN IMMEDIATE, retried while another connection holds the write lock (nothing is done yet,
    so a retry is always safe)."""
    deadline = time.monotonic() + (write_wait_s() if wait_s is None else wait_s)
    delay = 0.05
    while True:
        try:
            dbapi_conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() >= deadline:
                raise
            log.info("the database is busy (another writer); waiting")
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


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


def fts_words_sql() -> str:
    """SQL ranking the customers whose keys contain :phrase (at most :cap newest matches; bind
    fts_phrase(folded text)): `word` is 1 when a word of the folded name starts with :word (' ' + text);
    word beginnings first, then most recent purchase, :limit rows of (id, last_order_date, word)."""
    return (f"SELECT c.id, c.last_order_date, instr(' ' || c.search_name, :word) > 0 AS word FROM customers c"
            f" WHERE c.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :phrase"
            f" ORDER BY rowid DESC LIMIT :cap) AND {FTS_INDEXED}"
            f" ORDER BY word DESC, c.last_order_date DESC NULLS LAST, c.id DESC LIMIT :limit")


def fts_match_clause() -> str:
    """SQL fragment selecting matching customer ids; bind :phrase with fts_phrase(folded query)."""
    return f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :phrase"


# --- imports, backups and restores (crm_app/io) ---------------------------------------------------
# SQLAlchemy's SQLite dialect stores Date as 'YYYY-MM-DD', DateTime as 'YYYY-MM-DD HH:MM:SS.ffffff'
# and Boolean as 0/1; rows written with bulk_insert_typed read back exactly like ORM-written rows.
def _store_date(v):
    if hasattr(v, "hour"):
        v = v.date()
    return v.isoformat() if hasattr(v, "isoformat") else v


def _store_datetime(v):
    return v.isoformat(" ", "microseconds") if hasattr(v, "hour") else v


def bulk_insert_typed(conn: Connection, table, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
    """bulk_insert for rows holding Python date, datetime and bool values (`table` is a sqlalchemy Table)."""
    from sqlalchemy import Boolean, Date, DateTime

    convert = []
    for i, name in enumerate(columns):
        t = table.c[name].type
        if isinstance(t, DateTime):
            convert.append((i, _store_datetime))
        elif isinstance(t, Date):
            convert.append((i, _store_date))
        elif isinstance(t, Boolean):
            convert.append((i, int))
    if not convert:
        bulk_insert(conn, table.name, columns, rows)
        return

    def stored(row):
        row = list(row)
        for i, f in convert:
            v = row[i]
            if v is not None:
                row[i] = f(v)
        return row

    bulk_insert(conn, table.name, columns, map(stored, rows))


def cache_size(dbapi_conn, mib: int) -> None:
    """Set the page cache of a raw sqlite3 connection to `mib` MiB (allowed inside a transaction; dirty
    pages above the new size are spilled to the journal)."""
    dbapi_conn.execute(f"PRAGMA cache_size = {-int(mib) * 1024}")


def reset_cache_size(conn: Connection) -> None:
    """Undo tune_for_bulk_load on a pooled connection (back to SQLite's default 2 MiB)."""
    conn.connection.driver_connection.execute("PRAGMA cache_size = -2000")


def open_file(path: Path | str, *, read_only: bool = False, timeout_s: float | None = None) -> sqlite3.Connection:
    """A plain sqlite3 connection to the existing database file `path`: autocommit (BEGIN yourself), usable
    from any thread, waiting up to `timeout_s` for a lock (default: the busy-timeout setting)."""
    if timeout_s is None:
        from crm_app import config

        timeout_s = config.BUSY_TIMEOUT_MS.from_env() / 1000
    return sqlite3.connect(f"file:{Path(path).as_posix()}?mode={'ro' if read_only else 'rw'}", uri=True,
                           isolation_level=None, check_same_thread=False, timeout=timeout_s)


def data_version(dbapi_conn) -> int:
    """SQLite's PRAGMA data_version: changes when another connection commits. Outside a transaction only:
    inside one it stays as the snapshot was."""
    return int(dbapi_conn.execute("PRAGMA data_version").fetchone()[0])


def schema_revision(dbapi_conn) -> str | None:
    """The Alembic revision stored in the file (None: no alembic_version table, or not one row in it)."""
    try:
        rows = dbapi_conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return None
    return rows[0][0] if len(rows) == 1 else None


def schema_tables(path: Path | str) -> set[str]:
    """Names of the tables in a database file (read-only; for checking a backup before restoring it)."""
    con = open_file(path, read_only=True)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()


def restore_into(src: Path | str, dest: Path | str, busy_timeout_ms: int = 15000) -> None:
    """Replace the content of the database `dest` with `src` through the online backup API.

    Other connections to `dest` see the restored content consistently (the copy takes the write lock),
    which is safer than moving files under a running app's feet."""
    source = open_file(src, read_only=True)
    target = sqlite3.connect(str(dest), timeout=busy_timeout_ms / 1000)
    try:
        target.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        source.backup(target)
        target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        target.close()
        source.close()


# --- fast column scans (metrics) ----------------------------------------------------------------
# Fetching millions of rows through the DB-API costs ~0.5 µs per row in Python. For analytics the
# scan below lets SQLite concatenate each column of a key range with group_concat, so Python
# receives a few long byte strings per range and numpy parses them (≈10× faster than fetchmany).
SCAN_KINDS = ("int", "real", "date", "day")


def scan_columns(conn: Connection | sqlite3.Connection, table: str, columns: dict[str, tuple[str, str]], *,
                 key: str = "id", join: str = "", where: str = "", params: Sequence = (), step: int = 500_000,
                 progress=None, cancelled=None, key_range: tuple[int, int] | None = None) -> dict:
    """Read columns of `table` (alias `t`, optionally `join`ed to others) into numpy arrays, in ranges
    of its integer `key` of `step` keys.

    `columns` maps a name to (SQL expression, kind): "int" (an INTEGER that is never NULL),
    "real" (NULL becomes NaN), "date" (a 'YYYY-MM-DD' text that is never NULL) or "day" (the day of
    an ISO date or datetime text, or NULL); dates come back as int64 days since 1970-01-01, NULL as
    INT64_MIN. `where` is an extra condition with `?` parameters `params`.
    `progress(fraction)` is called after each range; `cancelled()` returning True stops the scan
    with KeyboardInterrupt. Rows come in the order SQLite visits them (by `key` for a rowid key).
    `key_range` (lo, hi): only the rows with lo <= key < hi (default: all).
    """
    import numpy as np

    raw = conn if isinstance(conn, sqlite3.Connection) else conn.connection.driver_connection
    names = list(columns)
    parts = []
    for name in names:
        expr, kind = columns[name]
        if kind == "int":
            parts.append(f"CAST(group_concat({expr}) AS BLOB)")
        elif kind == "real":
            parts.append(f"CAST(group_concat(coalesce(CAST({expr} AS REAL), 'nan')) AS BLOB)")
        elif kind == "date":
            parts.append(f"CAST(group_concat({expr}, '') AS BLOB)")
        elif kind == "day":
            parts.append(f"CAST(group_concat(coalesce(substr({expr}, 1, 10), '0000-00-00'), '') AS BLOB)")
        else:
            raise ValueError(f"unknown column kind {kind!r}; use one of {SCAN_KINDS}")
    cond = f" AND ({where})" if where else ""
    sql = (f"SELECT count(*), {', '.join(parts)} FROM {table} AS t {join} "
           f"WHERE t.{key} >= ? AND t.{key} < ?{cond}")
    if key_range is None:
        lo, hi = key_bounds(raw, table, key)
    else:
        lo, hi = key_range[0], key_range[1] - 1
        if hi < lo:
            lo = None
    chunks: dict[str, list] = {name: [] for name in names}
    if lo is not None:
        for start in range(int(lo), int(hi) + 1, step):
            if cancelled is not None and cancelled():
                raise KeyboardInterrupt("cancelled")
            row = raw.execute(sql, (start, min(start + step, hi + 1), *params)).fetchone()
            n = row[0]
            if n:
                for name, blob in zip(names, row[1:]):
                    chunks[name].append(_parse_column(blob, columns[name][1], n, name))
            if progress is not None:
                progress(min(1.0, (start + step - lo) / (hi - lo + 1)))
    out = {}
    for name in names:
        kind = columns[name][1]
        empty = np.empty(0, dtype=np.float64 if kind == "real" else np.int64)
        out[name] = np.concatenate(chunks[name]) if chunks[name] else empty
    return out


def stored_setting(path: Path | str, key: str):
    """The value of an app setting (services.settings: JSON in app_settings) read straight from the file,
    for code that has the file but no session (backups); None when it is not stored (or not readable)."""
    import json

    try:
        con = open_file(path, read_only=True)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT value FROM app_settings WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:          # an old or damaged file
        return None
    finally:
        con.close()
    return None if row is None else json.loads(row[0])


def key_bounds(dbapi_conn, table: str, key: str = "id") -> tuple:
    """(min, max) of an indexed column, both from the index: SQLite answers a lone min() or max() with
    one b-tree descent, but `SELECT min(k), max(k)` scans the whole table (0.15 s for 1.7 M orders)."""
    return dbapi_conn.execute(f"SELECT (SELECT min({key}) FROM {table}), (SELECT max({key}) FROM {table})"
                              ).fetchone()


def _parse_column(blob: bytes, kind: str, n: int, name: str):
    import numpy as np

    if kind in ("date", "day"):
        b = np.frombuffer(blob, dtype=np.uint8)
        if b.size != 10 * n:
            raise ValueError(f"column {name}: not an ISO date in every row")
        values = iso_days(b.reshape(n, 10))
    else:
        values = np.fromstring(blob, dtype=np.int64 if kind == "int" else np.float64, sep=",")
        if values.size != n:
            raise ValueError(f"column {name}: {n} rows but {values.size} values (NULL in an int column?)")
    return values


def iso_days(digits):
    """Days since 1970-01-01 of an (n, 10) uint8 array of 'YYYY-MM-DD'; '0000-00-00' gives INT64_MIN."""
    import numpy as np

    def col(j: int):
        return digits[:, j].astype(np.int32) - 48

    month = col(5) * 10 + col(6)
    ym = (col(0) * 1000 + col(1) * 100 + col(2) * 10 + col(3)) * 12 + month - 1  # months since year 0
    day = col(8) * 10 + col(9)
    missing = month == 0
    out = np.full(digits.shape[0], np.iinfo(np.int64).min, dtype=np.int64)
    if missing.all():
        return out
    lo, hi = int(ym[~missing].min()), int(ym[~missing].max())
    first_of_month = (np.arange(lo, hi + 1) - 1970 * 12).astype("datetime64[M]").astype("datetime64[D]")
    table = first_of_month.astype(np.int64) - 1
    ok = ~missing
    out[ok] = table[ym[ok] - lo] + day[ok]
    return out


def data_fingerprint(path: Path | str) -> tuple:
    """Changes whenever a transaction commits to the database file (main file or its WAL)."""
    out = []
    for suffix in ("", "-wal"):
        try:
            st = Path(f"{path}{suffix}").stat()
            out.append((st.st_mtime_ns, st.st_size, st.st_ino))
        except FileNotFoundError:
            out.append(None)
    return tuple(out)


def select_in(conn: Connection, table: str, key: str, keys: Sequence, columns: Sequence[str] = (),
              chunk: int = 5000) -> list[tuple]:
    """Rows (key, *columns) of `table` whose `key` is in `keys`: big IN lists on the raw connection.

    Values come back as SQLite stores them (dates as text): use it for ids, codes and keys."""
    raw = conn.connection.driver_connection
    cols = ", ".join([key, *columns])
    out: list[tuple] = []
    for i in range(0, len(keys), chunk):
        part = keys[i:i + chunk]
        marks = ", ".join("?" * len(part))
        out.extend(raw.execute(f"SELECT {cols} FROM {table} WHERE {key} IN ({marks})", tuple(part)).fetchall())
    return out
