"""`crm-app metrics` end to end: purchases in a database → JSON / table (shared/METRICS.md examples)."""
from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from crm_app.cli import main


class Shop:
    """Writes customers, orders and refunds straight into a migrated database file."""

    def __init__(self, path):
        self.con = sqlite3.connect(path)
        self.customers = 0
        self.orders = 0
        self.refunds = 0

    def customer(self, status: str = "active", changed: str | None = None) -> int:
        self.customers += 1
        c = self.customers
        self.con.execute(
            "INSERT INTO customers (id, code, full_name, search_name, consent_email, consent_sms, consent_phone, "
            "status, status_changed_at, created_at, updated_at, version) "
            "VALUES (?, ?, ?, ?, 0, 0, 0, ?, ?, '2020-01-01 00:00:00.000000', '2020-01-01 00:00:00.000000', 1)",
            (c, f"C{c:05d}", f"Customer {c}", f"customer {c}", status, changed))
        return c

    def order(self, customer: int, day: date, total_minor: int = 2000, currency: str = "USD") -> int:
        self.orders += 1
        ts = f"{day.isoformat()} 12:00:00.000000"
        self.con.execute("INSERT INTO orders (id, customer_id, ordered_at, order_date, currency, total_minor, "
                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (self.orders, customer, ts, day.isoformat(), currency, total_minor, ts))
        return self.orders

    def refund(self, order: int, amount_minor: int, day: date) -> None:
        self.refunds += 1
        self.con.execute("INSERT INTO refunds (id, order_id, amount_minor, refunded_at) VALUES (?, ?, ?, ?)",
                         (self.refunds, order, amount_minor, f"{day.isoformat()} 15:00:00.000000"))

    def close(self) -> None:
        self.con.commit()
        self.con.close()


@pytest.fixture
def shop(db, db_path):
    s = Shop(db_path)
    yield s
    s.con.close()


def metrics(db_path, *args, capsys) -> dict:
    assert main(["--db", str(db_path), "metrics", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def worked_example(shop: Shop, stay: int, lost: int, new: int) -> dict:
    """June 2026: `stay` customers active throughout, `lost` who lapse in June, `new` first buying in June.
    Noise that must not change S, E, N, L: refunds, same-day and zero-value orders, later purchases,
    customers without purchases."""
    ids = {"stay": [], "lost": [], "new": []}
    for i in range(stay):
        c = shop.customer()
        ids["stay"].append(c)
        o = shop.order(c, date(2025, 12, 1) + timedelta(days=i % 150))
        if i % 10 == 0:
            shop.refund(o, 500, date(2026, 6, 15))          # a refund in June is not a purchase
    for i in range(lost):
        c = shop.customer()
        ids["lost"].append(c)
        o = shop.order(c, date(2025, 6, 1) + timedelta(days=i % 28))  # leaves the 365-day window in June
        shop.refund(o, 2000, date(2026, 6, 20))             # fully refunded in June: still lost
        shop.order(c, date(2026, 7, 3))                      # after the as-of date: ignored
    for i in range(new):
        c = shop.customer()
        ids["new"].append(c)
        day = date(2026, 6, 2) + timedelta(days=i % 28)
        shop.order(c, day, 1500)
        shop.order(c, day, 0 if i == 0 else 500)             # same day (one purchase day), one zero-value
    for _ in range(5):
        shop.customer()                                      # prospects
    shop.close()
    return ids


def test_worked_example_crr_89_89(shop, db_path, capsys):
    worked_example(shop, 160, 18, 24)
    m = metrics(db_path, "--as-of", "2026-06-30", capsys=capsys)
    r = m["retention"]
    assert (r["customers_start"], r["lost"], r["new"], r["customers_end"]) == (178, 18, 24, 184)
    assert r["crr"] == 89.89 and r["churn_rate"] == 10.11
    assert r["explain"]["crr"] == "CRR = (E − N) / S × 100 = (184 − 24) / 178 × 100 = 89.89 %"
    assert (r["start"], r["end"], r["period"], r["complete"]) == ("2026-06-01", "2026-06-30", "month", True)
    # June: 48 orders of the new customers (24 same-day pairs = 24 purchase days): 23 × 20.00 + 15.00 (one
    # zero-value order); refunds made in June lower the net of the orders they refund, dated before June
    assert m["revenue"] == 475.0 and m["orders"] == 48 and m["purchase_days"] == 24
    assert m["aov"] == 9.9 and m["purchase_frequency"] == 1.0
    assert m["explain"]["aov"] == "AOV = revenue / orders = 475.00 / 48 = 9.90"
    assert m["customers"]["total"] == 207 and m["customers"]["with_purchases"] == 202
    assert m["retention_by_period"][-1]["label"] == "2026-05"
    assert m["retention_by_period"][-1]["customers_end"] == 178


def test_worked_example_crr_80(shop, db_path, capsys):
    worked_example(shop, 120, 30, 80)
    r = metrics(db_path, "--as-of", "2026-06-30", capsys=capsys)["retention"]
    assert (r["customers_start"], r["customers_end"], r["new"], r["crr"]) == (150, 200, 80, 80.0)


def test_purchases_after_as_of_and_later_refunds_are_ignored(shop, db_path, capsys):
    c = shop.customer()
    o = shop.order(c, date(2026, 6, 10), 10000)
    shop.refund(o, 2500, date(2026, 6, 12))
    o2 = shop.order(c, date(2026, 6, 20), 4000)
    shop.refund(o2, 4000, date(2026, 7, 2))                # refunded after the as-of date
    shop.order(c, date(2026, 7, 1), 99900)                  # bought after the as-of date
    shop.close()
    m = metrics(db_path, "--as-of", "2026-06-30", capsys=capsys)
    assert m["revenue"] == 115.0 and m["orders"] == 2      # 100 − 25 + 40
    later = metrics(db_path, "--as-of", "2026-07-31", "--period", "month", capsys=capsys)
    assert later["revenue"] == 999.0
    year = metrics(db_path, "--as-of", "2026-07-31", "--period", "year", capsys=capsys)
    assert year["revenue"] == 75.0 + 0.0 + 999.0 and year["retention"]["label"] == "2026"  # o2 refunded by now


def test_empty_period_and_no_customers_at_start(shop, db_path, capsys):
    c = shop.customer()
    shop.order(c, date(2026, 3, 1))
    shop.close()
    quiet = metrics(db_path, "--as-of", "2026-06-30", capsys=capsys)
    assert quiet["retention"]["crr"] == 100.0 and quiet["revenue"] == 0 and quiet["aov"] is None
    first = metrics(db_path, "--as-of", "2026-03-31", capsys=capsys)["retention"]
    assert (first["customers_start"], first["new"], first["crr"], first["churn_rate"]) == (0, 1, None, None)
    assert "undefined" in first["explain"]["crr"]


def test_an_empty_database_gives_nulls_and_explained_fit_errors(db, db_path, capsys):
    m = metrics(db_path, "--as-of", "2026-06-30", "--holdout-end", "2026-09-30", capsys=capsys)
    assert m["retention"]["customers_start"] == 0 and m["repeat_purchase_rate"] is None
    assert "error" in m["bgnbd"] and "error" in m["gamma_gamma"] and m["predicted"]["clv_total"] is None
    assert m["holdout"]["actual_purchases"] is None
    assert main(["--db", str(db_path), "metrics", "--as-of", "2026-06-30"]) == 0
    assert "no customer was active at the start" in capsys.readouterr().out


def test_closed_customers_are_not_active(shop, db_path, capsys):
    a, b = shop.customer(), shop.customer(status="closed", changed="2026-06-10 08:00:00.000000")
    for c in (a, b):
        shop.order(c, date(2026, 5, 1))
    shop.close()
    r = metrics(db_path, "--as-of", "2026-06-30", capsys=capsys)["retention"]
    assert (r["customers_start"], r["lost"], r["customers_end"]) == (2, 1, 1)


def test_table_output_shows_formulas(shop, db_path, capsys):
    worked_example(shop, 160, 18, 24)
    assert main(["--db", str(db_path), "metrics", "--as-of", "2026-06-30"]) == 0
    out = capsys.readouterr().out
    assert "CRR = (E − N) / S × 100 = (184 − 24) / 178 × 100 = 89.89 %" in out
    assert "Churn rate = L / S × 100 = 18 / 178 × 100 = 10.11 %" in out
    assert "AOV = revenue / orders" in out and "Repeat purchase rate" in out


def test_bad_arguments_fail_in_one_line(db, db_path, capsys):
    assert main(["--db", str(db_path), "metrics", "--as-of", "2026-06-30", "--holdout-end", "2026-01-01"]) == 1
    assert "holdout end" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--db", str(db_path), "metrics", "--as-of", "30/06/2026"])


@pytest.mark.slow
def test_demo_database_all_blocks(demo_db, capsys):
    path = demo_db.path
    m = metrics(path, "--as-of", "2025-12-31", "--holdout-end", "2026-06-30", "--segment", "activity",
                capsys=capsys)
    for key in ("as_of", "retention", "retention_by_period", "repeat_purchase_rate", "purchase_frequency", "aov",
                "revenue", "clv_historical", "bgnbd", "gamma_gamma", "predicted", "holdout", "nps", "csat",
                "segments", "cohorts", "rfm", "tickets"):
        assert key in m, key
    assert {"r", "alpha", "a", "b", "log_likelihood", "customers"} <= set(m["bgnbd"])
    assert {"p", "q", "v", "customers"} <= set(m["gamma_gamma"])
    assert m["holdout"]["actual_purchases"] > 0 and abs(m["holdout"]["error_pct"]) < 35
    assert m["predicted"]["clv_total"] > 0 and 0 < m["predicted"]["mean_p_alive"] < 1
    assert len(m["retention_by_period"]) == 24
    rows = {r["segment"]: r for r in m["segments"]["rows"]}
    assert sum(r["customers_start"] for r in rows.values()) == m["retention"]["customers_start"]
    assert sum(r["new"] for r in rows.values()) == m["retention"]["new"]
    assert rows["prospect"]["customers_start"] == 0
    for kind in ("tier", "tag", "rfm", "cohort"):
        seg = metrics(path, "--as-of", "2025-12-31", "--segment", kind, capsys=capsys)["segments"]
        assert seg["name"] == kind and seg["rows"]
        if kind != "tag":
            assert sum(r["customers_start"] for r in seg["rows"]) == m["retention"]["customers_start"]


@pytest.mark.slow
def test_fast_and_portable_loaders_agree_and_cache_follows_writes(demo_db):
    import numpy as np

    from crm_app.domain.customer import LineInput, OrderInput
    from crm_app.services import metrics_data, orders
    from crm_app.services.metrics import MetricsParams, compute

    fast = metrics_data.load(demo_db, use_cache=False)
    slow = metrics_data.load(demo_db, use_cache=False, fast=False)
    for name in ("customer_id", "day", "gross_minor", "orders", "refund_minor", "refund_day"):
        assert np.array_equal(np.sort(getattr(fast, name)), np.sort(getattr(slow, name))), name
    assert fast.feedback.sort_values(["day", "score"]).reset_index(drop=True).equals(
        slow.feedback.sort_values(["day", "score"]).reset_index(drop=True))
    assert np.allclose(np.sort(fast.tickets["created_at"]), np.sort(slow.tickets["created_at"]))
    # exact money: revenue equals the SQL sum of the period's orders minus their refunds
    params = MetricsParams(as_of=date(2026, 6, 30))
    result = compute(demo_db, params)
    with demo_db.engine.connect() as conn:
        gross = conn.exec_driver_sql("SELECT sum(total_minor) FROM orders WHERE order_date >= '2026-06-01' "
                                     "AND order_date <= '2026-06-30'").scalar()
        back = conn.exec_driver_sql("SELECT coalesce(sum(r.amount_minor), 0) FROM refunds r JOIN orders o ON "
                                    "o.id = r.order_id WHERE o.order_date >= '2026-06-01' AND o.order_date <= "
                                    "'2026-06-30' AND r.refunded_at < '2026-07-01'").scalar()
    assert result["revenue"] == Decimal(gross - back).scaleb(-2)
    first = metrics_data.load(demo_db)
    assert metrics_data.load(demo_db) is first                     # cached while nothing changes
    with demo_db.write() as s:
        orders.record_order(s, OrderInput(customer_id=1, ordered_at=datetime(2026, 6, 30, 10, 0), currency="USD",
                                          lines=(LineInput(description="x", quantity=1, unit_price=Decimal("9.99")),)))
    again = metrics_data.load(demo_db)
    assert again is not first and again.orders.sum() == first.orders.sum() + 1
