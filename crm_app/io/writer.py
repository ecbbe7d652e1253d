"""Bulk writes inside the caller's transaction: SQLite's executemany fast path, portable Core otherwise.

Rows are tuples in the order of `columns` holding Python values (date, datetime, bool, int, str).
In a dry run (`enabled=False`) nothing is written and new rows get negative placeholder ids, so the
same import code validates and counts exactly as it would write.
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Table, bindparam, func, insert, select
from sqlalchemy.orm import Session

IN_CHUNK = 500   # ids/keys per IN (...) query: far below every back end's parameter limit


def chunks(seq: Sequence, n: int = IN_CHUNK):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


class BulkWriter:
    def __init__(self, session: Session, enabled: bool = True):
        self.session = session
        self.conn = session.connection()
        self.sqlite = self.conn.dialect.name == "sqlite"
        self.enabled = enabled
        self._next_id: dict[str, int] = {}
        self._fake = 0

    def insert(self, table: Table, columns: Sequence[str], rows: list[tuple]) -> None:
        if not rows or not self.enabled:
            return
        if self.sqlite:
            from crm_app.db import sqlite

            sqlite.bulk_insert_typed(self.conn, table, columns, rows)
        else:
            self.conn.execute(insert(table), [dict(zip(columns, r)) for r in rows])

    def insert_ids(self, table: Table, columns: Sequence[str], rows: list[tuple]) -> list[int]:
        """Insert rows and return their new ids in order (placeholders < 0 when not writing)."""
        if not rows:
            return []
        if not self.enabled:
            start = self._fake
            self._fake -= len(rows)
            return list(range(start - 1, self._fake - 1, -1))
        if self.sqlite:
            # The write transaction holds SQLite's write lock (BEGIN IMMEDIATE): nobody else can take ids.
            name = table.name
            if name not in self._next_id:
                self._next_id[name] = int(self.conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
            first = self._next_id[name]
            ids = list(range(first, first + len(rows)))
            self._next_id[name] = first + len(rows)
            self.insert(table, ("id", *columns), [(i, *r) for i, r in zip(ids, rows)])
            return ids
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(self.conn.execute(stmt, [dict(zip(columns, r)) for r in rows]).scalars())

    def update_many(self, table: Table, key: str, columns: Sequence[str], rows: list[tuple], where=None) -> None:
        """UPDATE table SET columns WHERE key = ? for each (key, *values) row; `where(table)` adds a condition."""
        if not rows or not self.enabled:
            return
        stmt = table.update().where(table.c[key] == bindparam("_k"))
        if where is not None:
            stmt = stmt.where(where(table))
        stmt = stmt.values({c: bindparam("_" + c) for c in columns})
        params = [{"_k": r[0], **{"_" + c: v for c, v in zip(columns, r[1:])}} for r in rows]
        for part in chunks(params, 20_000):
            self.conn.execute(stmt, part)

    def lookup(self, column, keys, *extra):
        """Rows (key, *extra) of the table whose `column` is in `keys`, queried in chunks.
        For ids, codes and keys (on SQLite, dates would come back as stored text)."""
        keys = list(keys)
        if self.sqlite and all(c.table is column.table for c in extra):
            from crm_app.db import sqlite

            return sqlite.select_in(self.conn, column.table.name, column.name, keys, [c.name for c in extra])
        out = []
        for part in chunks(keys):
            out.extend(self.conn.execute(select(column, *extra).where(column.in_(part))).all())
        return out
