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

    def tier(self, customer: int, code: str) -> None:
        self.con.execute("UPDATE customers SET tier_code = ? WHERE id = ?", (code, customer))

    def tag(self, customer: int, name: str) -> None:
        self.con.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
        self.con.execute("INSERT INTO customer_tags (customer_id, tag_id) SELECT ?, id FROM tags WHERE name = ?",
                         (customer, name))

    def feedback(self, customer: int, kind: str, score: int, day: date) -> None:
        self.con.execute("INSERT INTO feedback (customer_id, kind, score, created_at) VALUES (?, ?, ?, ?)",
                         (customer, kind, score, f"{day.isoformat()} 10:00:00.000000"))

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


def simulated(shop: Shop, n: int = 300, seed: int = 1, until: date = date(2026, 6, 30)) -> list[int]:
    """`n` customers buying at their own rates from 2024 on, some of them stopping (repeat buyers for
    the models), amounts around 20–60."""
    import numpy as np

    rng = np.random.default_rng(seed)
    ids = []
    for _ in range(n):
        c = shop.customer()
        ids.append(c)
        day = date(2024, 1, 1) + timedelta(days=int(rng.integers(0, 850)))
        rate = rng.gamma(1.5, 1 / 40)            # purchase days per day
        stop = day + timedelta(days=int(rng.exponential(400)))
        while day <= until and day <= stop:
            shop.order(c, day, int(rng.gamma(4, 1000)))
            day += timedelta(days=1 + int(rng.exponential(1 / rate)))
    return ids


def worked_example(shop: Shop, stay: int, lost: int, new: int, close: bool = True) -> dict:
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
    if close:
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


def test_zero_value_fully_refunded_and_same_day_orders(shop, db_path, capsys):
    free = shop.customer()
    shop.order(free, date(2026, 6, 5), 0)                    # a reward redeemed in full: still a visit
    back = shop.customer()
    o = shop.order(back, date(2026, 6, 6), 3000)
    shop.refund(o, 3000, date(2026, 6, 8))                   # fully refunded: still a purchase day
    busy = shop.customer()
    for total in (1000, 2000, 500):
        shop.order(busy, date(2026, 6, 7), total)            # three orders, one purchase day
    shop.order(busy, date(2026, 6, 20), 1500)
    shop.close()
    m = metrics(db_path, "--as-of", "2026-06-30", capsys=capsys)
    r = m["retention"]
    assert (r["customers_start"], r["new"], r["customers_end"]) == (0, 3, 3)
    assert (m["orders"], m["purchase_days"], m["buyers"]) == (6, 4, 3)
    assert m["revenue"] == 50.0                               # 0 + (30 − 30) + 10 + 20 + 5 + 15
    assert m["aov"] == round(50.0 / 6, 2) and m["purchase_frequency"] == round(4 / 3, 4)
    assert m["repeat_purchase_rate"] == 33.33                 # only `busy` has two purchase days
    frame_days = {row["customer_id"]: row["purchase_days"] for row in m["at_risk"] + m["top_customers"]}
    assert all(v >= 1 for v in frame_days.values())


def test_kpis_match_the_result_and_earlier_as_of_dates(shop, db_path, capsys):
    worked_example(shop, 160, 18, 24)
    m = metrics(db_path, "--as-of", "2026-06-30", capsys=capsys)
    k, w = m["kpis"], m["kpi_windows"]
    assert w["previous"] == {"label": "2026-05", "start": "2026-05-01", "end": "2026-05-31", "complete": True}
    assert w["year_ago"]["label"] == "2025-06" and w["year_ago"]["complete"]
    assert k["crr"]["value"] == m["retention"]["crr"] and k["churn_rate"]["value"] == m["retention"]["churn_rate"]
    assert k["revenue"]["value"] == m["revenue"] and k["aov"]["value"] == m["aov"]
    assert k["repeat_purchase_rate"]["value"] == m["repeat_purchase_rate"]
    assert k["clv_historical"]["value"] == m["clv_historical"]["value"]
    assert k["clv_predicted"]["value"] == m["predicted"]["clv_mean"]
    may = metrics(db_path, "--as-of", "2026-05-31", capsys=capsys)
    year = metrics(db_path, "--as-of", "2025-06-30", capsys=capsys)
    for name, key in (("crr", "crr"), ("churn_rate", "churn_rate")):
        assert k[name]["previous"] == may["retention"][key]
        assert k[name]["year_ago"] == year["retention"][key]
    assert k["repeat_purchase_rate"]["previous"] == may["repeat_purchase_rate"]
    assert k["crr"]["change"] == round(k["crr"]["value"] - k["crr"]["previous"], 2)
    assert k["crr"]["unit"] == "pct" and k["revenue"]["unit"] == "money"
    assert "points" in k["crr"]["explain"] and "2026-05" in k["crr"]["explain"]
    # revenue of May as the May row of revenue_by_month (refunds known on the as-of date)
    may_row = next(r for r in m["revenue_by_month"] if r["label"] == "2026-05")
    assert k["revenue"]["previous"] == may_row["revenue"]
    trend = {t["label"]: t for t in m["retention_trend"]}
    assert trend["2026-06"]["crr"] == m["retention"]["crr"] and trend["2026-06"]["last_year_label"] == "2025-06"


def test_a_running_period_is_compared_day_for_day(shop, db_path, capsys):
    worked_example(shop, 20, 3, 4)
    w = metrics(db_path, "--as-of", "2026-06-15", capsys=capsys)["kpi_windows"]
    assert w["current"] == {"label": "2026-06", "start": "2026-06-01", "end": "2026-06-15", "complete": False}
    assert w["previous"]["end"] == "2026-05-15" and w["year_ago"]["end"] == "2025-06-15"
    q = metrics(db_path, "--as-of", "2026-06-30", "--period", "quarter", capsys=capsys)["kpi_windows"]
    assert (q["previous"]["label"], q["year_ago"]["label"]) == ("2026-Q1", "2025-Q2")


def test_lists_carry_codes_and_names_and_frames_stay_out_of_the_json(shop, db, db_path, capsys):
    simulated(shop, 300)
    shop.close()
    m = metrics(db_path, "--as-of", "2026-06-30", capsys=capsys)
    assert "frames" not in m
    for key in ("at_risk", "top_customers", "win_back"):
        for row in m[key]:
            assert row["code"] == f"C{row['customer_id']:05d}" and row["name"] == f"Customer {row['customer_id']}"
    assert m["top_customers"] and m["top_customers"][0]["predicted_clv"] >= m["top_customers"][-1]["predicted_clv"]
    assert all(row["status"] == "at_risk" for row in m["at_risk"])
    from crm_app.services.metrics import MetricsParams, compute

    result = compute(db, MetricsParams(as_of=date(2026, 6, 30)))
    frame = result["frames"]["customers"]
    n = m["customers"]["with_purchases"]
    assert len(frame) == n and n > 250
    counts = frame["status"].value_counts()
    assert all(counts.get(k, 0) == v for k, v in m["customers"]["by_status"].items() if k != "prospect")
    assert frame["clv"].sum() == pytest.approx(m["predicted"]["clv_total"], abs=0.01)
    assert frame["p_alive"].mean() == pytest.approx(m["predicted"]["mean_p_alive"], abs=1e-4)
    top = m["top_customers"][0]
    assert frame.loc[top["customer_id"], "clv"] == pytest.approx(frame["clv"].max())
    sample = m["p_alive_vs_clv"]
    assert sample["sample"] == len(sample["customer_id"]) == len(sample["p_alive"]) == n
    dist = m["clv_distribution"]
    assert sum(b["customers"] for b in dist["bins"]) == dist["customers"] == n


def test_tier_tag_and_feedback_blocks(shop, db_path, capsys):
    ids = worked_example(shop, 10, 2, 3, close=False)
    for i, c in enumerate(ids["stay"]):
        shop.tier(c, "gold" if i % 2 else "silver")
        if i < 4:
            shop.tag(c, "wholesale")
    for score, day in ((10, date(2026, 6, 3)), (3, date(2026, 6, 4)), (9, date(2026, 5, 2))):
        shop.feedback(ids["stay"][0], "nps", score, day)
    shop.feedback(ids["stay"][1], "csat", 5, date(2026, 6, 9))
    shop.close()
    m = metrics(db_path, "--as-of", "2026-06-30", "--segment", "tier", capsys=capsys)
    rows = {r["segment"]: r for r in m["segments"]["rows"]}
    assert rows["gold"]["customers_start"] == 5 and rows["silver"]["customers_start"] == 5
    assert rows["(no tier)"]["new"] == 3
    tiers = {t["tier"]: t["customers"] for t in m["tier_distribution"]}
    assert (tiers["gold"], tiers["silver"], tiers[None]) == (5, 5, 5 + 5)   # 5 lost/new + 5 prospects
    june = m["feedback_by_period"][-1]
    assert (june["label"], june["nps"], june["nps_responses"], june["csat"]) == ("2026-06", 0.0, 2, 100.0)
    assert m["feedback_by_period"][-2]["nps"] == 100.0
    assert m["kpis"]["nps"]["value"] == 0.0 and m["kpis"]["nps"]["previous"] == 100.0
    assert m["kpis"]["nps"]["change"] == -100.0
    tags = metrics(db_path, "--as-of", "2026-06-30", "--segment", "tag", capsys=capsys)["segments"]["rows"]
    assert {r["segment"]: r["buyers"] for r in tags} == {"(no tag)": 11, "wholesale": 4}


def test_no_repeat_buyers_is_an_explained_error_not_a_crash(shop, db_path, capsys):
    for i in range(30):
        c = shop.customer()
        shop.order(c, date(2026, 1, 1) + timedelta(days=i), 1000 + i)
    shop.close()
    m = metrics(db_path, "--as-of", "2026-06-30", capsys=capsys)
    assert "0 customers with a repeat purchase day" in m["bgnbd"]["error"]
    assert "Gamma-Gamma" in m["gamma_gamma"]["error"]
    assert m["predicted"]["clv_total"] is None and m["kpis"]["clv_predicted"]["value"] is None
    assert m["top_customers"] == [] and m["win_back"] == []
    assert main(["--db", str(db_path), "metrics", "--as-of", "2026-06-30"]) == 0
    out = capsys.readouterr().out
    assert "no prediction: BG/NBD: 0 customers with a repeat purchase day" in out


def test_penalizer_and_no_compare(shop, db_path, capsys):
    simulated(shop, 300)
    shop.close()
    free = metrics(db_path, "--as-of", "2026-06-30", capsys=capsys)["bgnbd"]
    m = metrics(db_path, "--as-of", "2026-06-30", "--penalizer", "0.01", "--no-compare", capsys=capsys)
    assert m["bgnbd"]["penalizer"] == 0.01 and "kpis" not in m
    assert sum(m["bgnbd"][k] ** 2 for k in "r alpha a b".split()) < sum(free[k] ** 2 for k in "r alpha a b".split())
    with pytest.raises(SystemExit):
        main(["--db", str(db_path), "metrics", "--penalizer", "-1"])


def test_progress_and_cancel(shop, db, db_path):
    import threading

    from crm_app.analytics.common import Cancelled
    from crm_app.services import metrics_data
    from crm_app.services.metrics import MetricsParams, compute

    worked_example(shop, 40, 5, 6)
    seen = []
    compute(db, MetricsParams(as_of=date(2026, 6, 30)), progress=lambda f, msg: seen.append((f, msg)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(seen) > 10
    metrics_data.clear_cache()
    flag = threading.Event()
    flag.set()
    with pytest.raises(Cancelled):
        compute(db, MetricsParams(as_of=date(2026, 6, 30)), cancel=flag)
    later = {"n": 0}

    def cancel_after_load() -> bool:                  # the frames are cached now: stop inside the analytics
        later["n"] += 1
        return later["n"] > 3

    with pytest.raises(Cancelled):
        compute(db, MetricsParams(as_of=date(2026, 6, 30)), cancel=cancel_after_load)
