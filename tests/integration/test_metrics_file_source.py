"""`crm-app metrics` on a SQLite file reads it with sqlite3 alone (metrics_scan): the same figures as
through SQLAlchemy, one snapshot, the scans split over two connections, and a fallback to the usual
path whenever the file is not at the current schema."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date

import numpy as np
import pytest

from crm_app.db import sqlite as sq
from crm_app.services import metrics_scan
from crm_app.services.metrics import MetricsParams, compute, to_jsonable
from crm_app.services.metrics_data import DatabaseSource

AS_OF = date(2026, 6, 30)


@pytest.fixture
def varied(demo_db):
    """The demo with what it lacks: tiers, a merged customer, an order in another currency, a subscription
    that ended on a known day (all written straight into the file, as another process would)."""
    con = sqlite3.connect(demo_db.path)
    con.execute("UPDATE customers SET tier_code = 'gold' WHERE id % 7 = 0")
    con.execute("UPDATE customers SET tier_code = 'legacy' WHERE id % 11 = 0")      # a code without definition
    con.execute("UPDATE customers SET status = 'merged' WHERE id = 3")
    con.execute("UPDATE customers SET status = 'subscription_ended', status_changed_at = '2026-03-04 10:00:00.000000'"
                " WHERE id = 5")
    con.execute("UPDATE orders SET currency = 'EUR' WHERE id IN (SELECT id FROM orders ORDER BY id LIMIT 4)")
    con.commit()
    con.close()
    return demo_db


def _both(db, params):
    reader = metrics_scan.FileSource.open(str(db.path))
    assert reader is not None
    try:
        via_file = to_jsonable(compute(reader, params))
    finally:
        reader.close()
    return to_jsonable(compute(DatabaseSource(db), params)), via_file


@pytest.mark.parametrize("params", [
    MetricsParams(as_of=AS_OF),
    MetricsParams(as_of=AS_OF, period="quarter", segment="tier"),
    MetricsParams(as_of=AS_OF, segment="tag", churn_window=180),
], ids=["month", "quarter-tier", "tag"])
def test_the_file_reader_gives_the_same_result_as_sqlalchemy(varied, params):
    through_orm, through_file = _both(varied, params)
    assert through_file == through_orm
    # the comparison covers what the fixture added
    assert through_file["customers"]["total"] == 599
    assert any("not in USD" in w for w in through_file.get("warnings", []))
    tiers = {t["tier"]: t["customers"] for t in through_file["tier_distribution"]}
    assert tiers["gold"] and tiers["legacy"] and tiers[None]
    if params.segment:
        assert through_file["segments"]["rows"]


def test_the_command_line_does_not_import_sqlalchemy_for_a_current_file(demo_db, tmp_path):
    script = ("import json, sys\n"
              "from crm_app.cli import main\n"
              f"code = main(['--db', {str(demo_db.path)!r}, 'metrics', '--as-of', '2026-06-30', '--json'])\n"
              "sys.stderr.write(json.dumps({'code': code, 'orm': 'sqlalchemy' in sys.modules}))\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "CRM_DATA_DIR": str(tmp_path / "data")})
    status = json.loads(proc.stderr.strip().splitlines()[-1])
    assert status == {"code": 0, "orm": False}, proc.stderr
    out = json.loads(proc.stdout)
    assert out["as_of"] == "2026-06-30" and out["retention"]["label"] == "2026-06"


def test_a_file_not_at_the_current_schema_goes_the_usual_way(demo_db, tmp_path):
    assert metrics_scan.FileSource.open("postgresql://u@h/db") is None
    assert metrics_scan.FileSource.open(str(tmp_path / "missing.db")) is None
    blank = tmp_path / "blank.db"
    sqlite3.connect(blank).close()
    assert metrics_scan.FileSource.open(str(blank)) is None            # no alembic_version table
    con = sqlite3.connect(demo_db.path)
    con.execute("UPDATE alembic_version SET version_num = '0005_older'")
    con.commit()
    con.close()
    assert metrics_scan.FileSource.open(str(demo_db.path)) is None
    assert metrics_scan.FileSource.open(f"sqlite:///{demo_db.path}") is None


def test_the_scans_split_over_two_connections_read_what_one_reads(demo_db, monkeypatch):
    def connect():
        con = sqlite3.connect(demo_db.path, isolation_level=None, check_same_thread=False)
        con.execute("BEGIN")
        return con

    one, a, b = connect(), connect(), connect()
    lo, hi = sq.key_bounds(one, "orders")
    assert (lo, hi) == one.execute("SELECT min(id), max(id) FROM orders").fetchone()
    alone = metrics_scan.scan_sqlite(one, "USD")
    monkeypatch.setattr(metrics_scan, "SPLIT_MIN", 1)    # (a split needs 100,000 ids; the demo has thousands)
    split = metrics_scan.scan_sqlite(a, "USD", second=b)
    for key in ("cid", "day", "gross", "orders", "own_orders", "r_customer", "r_day", "r_amount"):
        assert np.array_equal(alone[key], split[key]), key
    assert alone["other"] == split["other"]
    assert all(np.array_equal(x, y) for x, y in zip(alone["feedback"], split["feedback"]))
    # purchase days: one per (customer, day), sorted, the orders of the day summed
    rows = one.execute("SELECT customer_id, order_date, count(*), sum(total_minor) FROM orders "
                       "GROUP BY customer_id, order_date ORDER BY customer_id, order_date").fetchall()
    assert alone["cid"].tolist() == [r[0] for r in rows]
    assert alone["day"].tolist() == [(date.fromisoformat(r[1]) - date(1970, 1, 1)).days for r in rows]
    assert alone["orders"].tolist() == [r[2] for r in rows] and alone["gross"].tolist() == [r[3] for r in rows]
    for con in (one, a, b):
        con.close()


def test_scan_columns_reads_a_key_range_in_steps(demo_db):
    con = sqlite3.connect(demo_db.path)
    cols = {"customer": ("t.customer_id", "int"), "day": ("t.order_date", "date")}
    whole = sq.scan_columns(con, "orders", cols)
    lo, hi = sq.key_bounds(con, "orders")
    mid = (lo + hi) // 2
    parts = [sq.scan_columns(con, "orders", cols, step=97, key_range=r) for r in ((lo, mid), (mid, hi + 1))]
    for name in cols:
        assert np.array_equal(np.concatenate([p[name] for p in parts]), whole[name])
    assert sq.scan_columns(con, "orders", cols, key_range=(5, 5))["customer"].size == 0
    con.close()


@pytest.mark.parametrize("top", [1 << 20, 1 << 40, 1 << 62], ids=["radix", "packed", "argsort"])
def test_sort_key_is_a_stable_sort(top):
    rng = np.random.default_rng(top % 1000)
    key = rng.integers(0, top, 50_000, dtype=np.int64)
    key[::3] = key[0]                                     # many ties: stability matters
    expected = np.argsort(key, kind="stable")
    got_key, order = metrics_scan._sort_key(key.copy())
    assert np.array_equal(order, expected) and np.array_equal(got_key, key[expected])


def test_a_commit_during_the_split_scan_is_not_mixed_in(demo_db, monkeypatch):
    """The app's loader scans on two connections of its own, in a thread, before its transaction begins;
    should another connection commit meanwhile, the two could read different snapshots, or another one
    than the transaction's: the loader notices (PRAGMA data_version) and reads the scans again inside it."""
    import threading

    from crm_app.services import metrics_data

    path = demo_db.path
    monkeypatch.setattr(metrics_scan, "SPLIT_MIN", 1)
    con = sqlite3.connect(path)
    total, top = con.execute("SELECT sum(total_minor), max(id) FROM orders").fetchone()
    con.close()
    real = metrics_scan._scan_orders
    calls, lock = [], threading.Lock()

    def and_a_commit(c, cur, key_range, progress, stop):
        with lock:
            first = not calls
            calls.append(key_range)
        if first:           # another desktop changes the oldest and the newest order while the scan runs
            other = sqlite3.connect(path)
            other.execute("UPDATE orders SET total_minor = total_minor + 100000 WHERE id IN (1, ?)", (top,))
            other.commit()
            other.close()
        return real(c, cur, key_range, progress, stop)

    monkeypatch.setattr(metrics_scan, "_scan_orders", and_a_commit)
    data = metrics_data.load(demo_db, use_cache=False)
    # the transaction's snapshot — from before or after the commit, as it happened to begin — never a mix
    assert int(data.gross_minor.sum()) in (total, total + 200000)
    assert len(calls) == 3 and calls[-1] is None              # split, then read again in the transaction
    calls.clear()
    monkeypatch.setattr(metrics_scan, "_scan_orders", lambda *a: calls.append(a[2]) or real(*a))
    data = metrics_data.load(demo_db, use_cache=False)
    assert int(data.gross_minor.sum()) == total + 200000 and len(calls) == 2   # nothing new: the split is kept
