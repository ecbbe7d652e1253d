"""Helpers shared by the import tests."""
from __future__ import annotations

import csv
import io

from sqlalchemy import func, select

TABLES = ("customers", "customer_phones", "customer_emails", "customer_tags", "orders", "order_lines", "tickets",
          "feedback")


def write_csv(path, header, rows, *, encoding="utf-8", delimiter=","):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter)
    w.writerow(header)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def counts(db) -> dict[str, int]:
    from sqlalchemy import table

    with db.read() as s:
        return {t: s.scalar(select(func.count()).select_from(table(t))) for t in TABLES}


def fingerprint(db) -> tuple:
    """Everything an import may touch, to compare before/after."""
    with db.read() as s:
        conn = s.connection()
        return tuple(tuple(conn.exec_driver_sql(q).fetchall()) for q in (
            "SELECT id, code, full_name, last_order_date, created_at, version FROM customers ORDER BY id",
            "SELECT id, code, customer_id, total_minor, order_date FROM orders ORDER BY id",
            "SELECT count(*), coalesce(sum(amount_minor), 0) FROM order_lines",
            "SELECT count(*) FROM customer_phones", "SELECT count(*) FROM customer_emails",
            "SELECT count(*) FROM tickets", "SELECT count(*) FROM feedback",
            "SELECT count(*) FROM audit_log WHERE action LIKE 'import.%'",
        ))
