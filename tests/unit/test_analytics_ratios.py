"""Revenue, AOV, purchase frequency, repeat rate, historical CLV, cohorts, RFM, NPS, CSAT, tickets."""
from datetime import date

import numpy as np
import pandas as pd
import pytest

from crm_app.analytics.cohorts import cohort_matrix
from crm_app.analytics.feedback import csat, nps
from crm_app.analytics.rfm import quintile_score, rfm_segments, rfm_table, segment_of
from crm_app.analytics.sales import historical_clv, repeat_purchase_rate, sales
from crm_app.analytics.tickets import ticket_measures


def _frame(rows):
    return pd.DataFrame(rows, columns=["customer_id", "day", "net", "orders", "net_minor"])


def test_sales_in_a_period():
    frame = _frame([(1, date(2026, 6, 1), 30.0, 2, 3000), (1, date(2026, 6, 5), 0.0, 1, 0),
                    (2, date(2026, 6, 9), 12.5, 1, 1250), (3, date(2026, 5, 31), 99.0, 1, 9900)])
    s = sales(frame, date(2026, 6, 1), date(2026, 6, 30))
    assert (s.revenue_minor, s.orders, s.purchase_days, s.buyers) == (4250, 4, 3, 2)
    assert s.aov == pytest.approx(42.5 / 4)
    assert s.purchase_frequency == 1.5
    assert s.explain["aov"] == "AOV = revenue / orders = 42.50 / 4 = 10.62"
    empty = sales(frame, date(2027, 1, 1), date(2027, 1, 31))
    assert (empty.revenue, empty.aov, empty.purchase_frequency) == (0.0, None, None)


def test_repeat_purchase_rate_counts_purchase_days():
    frame = _frame([(1, date(2026, 1, 1), 1.0, 1, 100), (1, date(2026, 1, 1), 1.0, 1, 100),
                    (2, date(2026, 1, 1), 1.0, 1, 100), (2, date(2026, 2, 1), 1.0, 1, 100),
                    (3, date(2026, 7, 1), 1.0, 1, 100), (3, date(2026, 1, 1), 1.0, 1, 100)])
    r = repeat_purchase_rate(frame, as_of=date(2026, 6, 30))
    assert (r.repeat_customers, r.customers, r.value) == (1, 3, 33.33)


def test_historical_clv_inputs():
    rows = []
    for cid in range(1, 11):  # 10 customers active at the start of the year, 2 are lost
        rows.append((cid, date(2025, 5, 15), 10.0, 1, 1000))  # before the year as_of − 364 … as_of
        if cid > 2:
            rows += [(cid, date(2025, 9, 1), 20.0, 1, 2000), (cid, date(2026, 3, 1), 30.0, 1, 3000)]
    h = historical_clv(_frame(rows), date(2026, 5, 31))
    assert h.avg_purchase_value == pytest.approx(25.0)       # (8 × 20 + 8 × 30) / 16
    assert h.purchases_per_year == pytest.approx(2.0)        # 16 purchase days / 8 buyers
    assert h.lifespan_years == pytest.approx(5.0)            # 1 / (2 / 10)
    assert h.value == pytest.approx(250.0)
    assert h.explain["value"] == ("CLV = average purchase value × purchases per year × lifespan = "
                                  "25.00 × 2.0000 × 5.0000 = 250.00")


def test_cohort_matrix():
    frame = _frame([(1, date(2026, 1, 5), 1.0, 1, 1), (1, date(2026, 1, 20), 1.0, 1, 1),
                    (1, date(2026, 3, 2), 1.0, 1, 1), (2, date(2026, 1, 9), 1.0, 1, 1),
                    (2, date(2026, 2, 9), 1.0, 1, 1), (3, date(2026, 2, 1), 1.0, 1, 1)])
    m = cohort_matrix(frame, date(2026, 3, 15), "month")
    assert list(m.index) == ["2026-01", "2026-02"]
    assert list(m["customers"]) == [2, 1]
    assert m.loc["2026-01", 0] == 100.0 and m.loc["2026-01", 1] == 50.0 and m.loc["2026-01", 2] == 50.0
    assert m.loc["2026-02", 1] == 0.0 and np.isnan(m.loc["2026-02", 2])
    q = cohort_matrix(frame, date(2026, 3, 15), "quarter")
    assert list(q.index) == ["2026-Q1"] and q.loc["2026-Q1", "customers"] == 3


def test_rfm_scores_and_segments():
    assert list(quintile_score(np.array([1, 1, 1, 1, 1, 1, 2, 3, 4, 5]))) == [1, 1, 1, 1, 1, 1, 4, 4, 5, 5]
    assert list(quintile_score(np.arange(10))) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert list(segment_of(np.array([5, 1, 3, 4]), np.array([5, 1, 3, 1]))) == \
        ["champions", "hibernating", "need_attention", "promising"]
    rng = np.random.default_rng(1)
    n = 2000
    frame = pd.DataFrame({"customer_id": rng.integers(1, 300, n),
                          "day": (pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 700, n), unit="D"))
                          .values.astype("datetime64[D]"), "net": rng.gamma(2, 20, n)})
    t = rfm_table(frame, date(2025, 12, 31))
    assert set(t.columns) >= {"recency_days", "frequency", "monetary", "r", "f", "m", "rfm", "segment"}
    assert t["r"].between(1, 5).all() and t["f"].between(1, 5).all()
    best = t.sort_values("recency_days").iloc[0]
    assert best["r"] == 5
    summary = rfm_segments(t)
    assert summary["customers"].sum() == len(t)


def test_nps_and_csat():
    fb = pd.DataFrame({"kind": ["nps"] * 10 + ["csat"] * 5 + ["nps"],
                       "score": [10, 9, 9, 8, 7, 6, 3, 0, 10, 9, 5, 4, 3, 1, 5, 10],
                       "day": [date(2026, 6, 3)] * 15 + [date(2026, 7, 1)]})
    n = nps(fb, date(2026, 6, 1), date(2026, 6, 30))
    assert (n.promoters, n.passives, n.detractors, n.responses, n.value) == (5, 2, 3, 10, 20.0)
    assert n.explain.startswith("NPS = % promoters − % detractors = 50.00 % − 30.00 % = 20.00")
    c = csat(fb, date(2026, 6, 1), date(2026, 6, 30))
    assert (c.satisfied, c.responses, c.value) == (3, 5, 60.0)
    assert nps(fb, date(2027, 1, 1), date(2027, 1, 2)).value is None


def test_ticket_measures():
    ts = pd.to_datetime
    t = pd.DataFrame({
        "created_at": ts(["2026-06-01 09:00", "2026-06-02 09:00", "2026-06-03 09:00", "2026-05-01 09:00"]),
        "first_response_at": ts(["2026-06-01 10:00", "2026-06-02 13:00", None, "2026-05-01 09:30"]),
        "resolved_at": ts(["2026-06-01 21:00", None, None, None]),
        "first_response_due_at": ts(["2026-06-01 11:00", "2026-06-02 11:00", "2026-06-03 11:00", None]),
        "resolution_due_at": ts(["2026-06-02 09:00", "2026-06-05 09:00", "2026-07-10 09:00", None]),
    })
    m = ticket_measures(t, date(2026, 6, 1), date(2026, 6, 30), as_of=date(2026, 6, 30))
    assert (m.tickets, m.responded, m.resolved) == (3, 2, 1)
    assert m.first_response_hours_median == 2.5 and m.resolution_hours_median == 12.0
    assert (m.first_response_sla.met, m.first_response_sla.breached) == (1, 2)   # late, never answered
    assert (m.resolution_sla.met, m.resolution_sla.breached) == (1, 1)            # one not yet due
    assert m.first_response_sla.value == 33.33
    secs = t.apply(lambda col: col.astype("datetime64[s]").astype("int64") / 1.0)  # seconds work too
    secs[t.isna()] = np.nan
    assert ticket_measures(secs, date(2026, 6, 1), date(2026, 6, 30)).tickets == 3
