"""The metrics frame cache follows every change of the data: writes by another process, by this
process's own sessions (the GUI), updates in place, merges; and it is dropped with the engine."""
from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal

import pytest

from crm_app.domain.customer import LineInput, OrderInput
from crm_app.services import metrics_data, orders
from crm_app.services.metrics import MetricsParams, compute
from tests.integration.test_metrics_cli import Shop


@pytest.fixture
def shop_db(db, db_path):
    shop = Shop(db_path)
    for _ in range(3):
        c = shop.customer()
        shop.order(c, date(2026, 5, 10), 2500)
    shop.close()
    metrics_data.clear_cache()
    yield db
    metrics_data.clear_cache()


def _order(db, customer_id: int, when: datetime, price: str = "10.00") -> None:
    with db.write() as s:
        orders.record_order(s, OrderInput(customer_id=customer_id, ordered_at=when, currency="USD",
                                          lines=(LineInput(description="x", quantity=1, unit_price=Decimal(price)),)))


def test_cache_hit_while_nothing_changes(shop_db):
    first = metrics_data.load(shop_db)
    assert metrics_data.load(shop_db) is first
    assert metrics_data.data_version(shop_db) == metrics_data.data_version(shop_db)
    assert metrics_data.load(shop_db, use_cache=False) is not first


def test_an_order_recorded_in_this_process_is_seen(shop_db):
    first = metrics_data.load(shop_db)
    _order(shop_db, 1, datetime(2026, 6, 3, 10, 0))
    again = metrics_data.load(shop_db)
    assert again is not first and again.orders.sum() == first.orders.sum() + 1
    m = compute(shop_db, MetricsParams(as_of=date(2026, 6, 30)))
    assert m["revenue"] == Decimal("10.00") and m["orders"] == 1


def test_an_order_recorded_by_another_process_is_seen(shop_db, db_path):
    first = metrics_data.load(shop_db)
    code = ("import sys; from datetime import datetime; from decimal import Decimal\n"
            "from crm_app.db.engine import Database\n"
            "from crm_app.domain.customer import LineInput, OrderInput\n"
            "from crm_app.services import orders\n"
            "db = Database.open(sys.argv[1])\n"
            "with db.write() as s:\n"
            "    orders.record_order(s, OrderInput(customer_id=2, ordered_at=datetime(2026, 6, 4, 9, 0), "
            "currency='USD', lines=(LineInput(description='y', quantity=1, unit_price=Decimal('7.50')),)))\n"
            "db.dispose()\n")
    subprocess.run([sys.executable, "-c", code, str(db_path)], check=True, timeout=120)
    again = metrics_data.load(shop_db)
    assert again is not first and again.orders.sum() == first.orders.sum() + 1
    assert compute(shop_db, MetricsParams(as_of=date(2026, 6, 30)))["revenue"] == Decimal("7.50")


def test_updates_in_place_are_seen(shop_db, db_path):
    """No new row, no new id: a customer closed, an order moved to another customer (as a merge does)."""
    import sqlite3

    first = metrics_data.load(shop_db)
    con = sqlite3.connect(db_path)
    con.execute("UPDATE customers SET status = 'closed', status_changed_at = '2026-06-01 00:00:00.000000' "
                "WHERE id = 3")
    con.commit()
    closed = metrics_data.load(shop_db)
    assert closed is not first and list(closed.ended["customer_id"]) == [3]
    con.execute("UPDATE orders SET customer_id = 1 WHERE customer_id = 2")
    con.commit()
    con.close()
    moved = metrics_data.load(shop_db)
    assert moved is not closed and sorted(set(moved.customer_id.tolist())) == [1, 3]


def test_the_data_version_catches_what_the_file_stat_misses(shop_db, monkeypatch):
    """Two commits within one tick of the file clock into a reused WAL leave size and mtime alike."""
    from crm_app.db import sqlite

    monkeypatch.setattr(sqlite, "data_fingerprint", lambda path: ("same",))
    first = metrics_data.load(shop_db)
    assert metrics_data.load(shop_db) is first
    _order(shop_db, 2, datetime(2026, 6, 7, 10, 0))
    assert metrics_data.load(shop_db).orders.sum() == first.orders.sum() + 1


def test_nothing_is_cached_from_a_load_that_raced_a_commit(shop_db, monkeypatch):
    real = metrics_data._load

    def load_then_write(*args, **kwargs):
        data = real(*args, **kwargs)
        _order(shop_db, 1, datetime(2026, 6, 5, 10, 0))   # commits while the frames are being read
        return data

    monkeypatch.setattr(metrics_data, "_load", load_then_write)
    stale = metrics_data.load(shop_db)
    monkeypatch.setattr(metrics_data, "_load", real)
    fresh = metrics_data.load(shop_db)
    assert fresh is not stale and fresh.orders.sum() == stale.orders.sum() + 1


def test_disposing_the_engine_drops_the_frames_and_the_watcher(shop_db):
    metrics_data.load(shop_db)
    assert metrics_data._CACHE and metrics_data._WATCHERS
    shop_db.dispose()
    assert not metrics_data._CACHE and not metrics_data._WATCHERS


def test_portable_fingerprint_changes_on_inserts_and_updates(shop_db):
    def fp():
        with shop_db.engine.connect() as conn:
            return tuple(conn.execute(metrics_data._sql_fingerprint()).one())

    before = fp()
    assert fp() == before
    _order(shop_db, 1, datetime(2026, 6, 6, 10, 0))
    after_order = fp()
    assert after_order != before
    from crm_app.db.models import Customer

    with shop_db.write() as s:
        s.get(Customer, 2).status = "closed"          # an ORM update stamps updated_at
    assert fp() != after_order
