"""Chart data, KPI windows and comparisons, per-customer lists, and the fast paths against the plain ones."""
from datetime import date

import numpy as np
import pandas as pd
import pytest

from crm_app.analytics.clv import model_inputs
from crm_app.analytics.cohorts import cohort_matrix
from crm_app.analytics.common import to_day
from crm_app.analytics.kpis import compare, windows
from crm_app.analytics.purchases import PurchaseDays
from crm_app.analytics.rfm import quintile_score
from crm_app.analytics.sales import repeat_purchase_rate, sales
from crm_app.analytics.trends import distribution, feedback_by_period, revenue_by_period

AS_OF = date(2026, 6, 30)


@pytest.fixture(scope="module")
def frame():
    rng = np.random.default_rng(11)
    n = 6000
    days = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 940, n), unit="D")
    minor = rng.integers(0, 9000, n)
    return pd.DataFrame({"customer_id": rng.integers(1, 900, n), "day": days.values.astype("datetime64[D]"),
                         "net": minor / 100.0, "net_minor": minor, "orders": rng.integers(1, 3, n)})


def test_revenue_by_period_equals_plain_sums(frame):
    rows = revenue_by_period(frame, AS_OF, "month", 23)
    assert [r["label"] for r in rows[-2:]] == ["2026-05", "2026-06"] and len(rows) == 24
    p = PurchaseDays.from_frame(frame)
    for r in rows:
        lo, hi = to_day(date.fromisoformat(r["start"])), to_day(date.fromisoformat(r["end"]))
        inside = (p.day >= lo) & (p.day <= hi)
        assert r["revenue_minor"] == int(p.net_minor[inside].sum())
        assert r["orders"] == int(p.orders[inside].sum()) and r["purchase_days"] == int(inside.sum())
        assert r["buyers"] == len(set(p.customer_id[inside].tolist()))
    q = revenue_by_period(frame, date(2026, 5, 20), "quarter", 3)
    assert [r["label"] for r in q] == ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"] and q[-1]["end"] == "2026-05-20"


def test_sales_from_running_totals_equal_plain_sums(frame):
    p = PurchaseDays.from_frame(frame)
    for start, end in [(date(2026, 6, 1), date(2026, 6, 30)), (date(2020, 1, 1), date(2030, 1, 1)),
                       (date(2027, 1, 1), date(2027, 2, 1)), (date(2025, 2, 3), date(2025, 2, 3))]:
        s = sales(p, start, end)
        inside = (p.day >= to_day(start)) & (p.day <= to_day(end))
        assert s.revenue_minor == int(p.net_minor[inside].sum())
        assert s.revenue == pytest.approx(float(p.net[inside].sum()), abs=1e-6)
        assert (s.orders, s.purchase_days) == (int(p.orders[inside].sum()), int(inside.sum()))
        assert s.buyers == len(set(p.customer_id[inside].tolist()))


def test_as_of_views_without_copies_equal_until(frame):
    p = PurchaseDays.from_frame(frame)
    for d in (date(2025, 3, 31), AS_OF, date(2023, 12, 31)):
        t = to_day(d)
        cut = p.until(t)
        a, b = model_inputs(p, d), model_inputs(cut, d)
        assert a.index.equals(b.index)
        for col in ("frequency", "recency", "T", "first_day", "last_day"):
            assert np.array_equal(a[col].to_numpy(), b[col].to_numpy()), col
        for col in ("monetary_value", "total"):
            assert np.allclose(a[col].to_numpy(), b[col].to_numpy(), atol=1e-9), col
        assert repeat_purchase_rate(p, d).value == repeat_purchase_rate(cut).value


def test_cohort_matrix_newest_cohorts_are_the_tail_of_the_full_matrix(frame):
    full = cohort_matrix(frame, AS_OF, "month")
    tail = cohort_matrix(frame, AS_OF, "month", max_cohorts=5)
    assert list(tail.index) == list(full.index[-5:])
    expect = full.iloc[-5:][tail.columns]
    assert np.allclose(tail.to_numpy(dtype=float), expect.to_numpy(dtype=float), equal_nan=True)


def test_quintile_counting_path_equals_the_sorting_path():
    rng = np.random.default_rng(5)
    for v in (rng.integers(0, 40, 5000), -rng.integers(0, 3000, 4001), np.zeros(7, np.int64)):
        assert np.array_equal(quintile_score(v), quintile_score(v.astype(float)))


def test_feedback_by_period():
    fb = pd.DataFrame({"kind": ["nps", "nps", "nps", "csat", "csat", "nps", "csat"],
                       "score": [10, 0, 8, 5, 2, 9, 4],
                       "day": [date(2026, 6, 2), date(2026, 6, 3), date(2026, 6, 30), date(2026, 6, 5),
                               date(2026, 5, 1), date(2026, 4, 9), date(2026, 7, 1)]})
    rows = feedback_by_period(fb, AS_OF, "month", 2)
    assert [r["label"] for r in rows] == ["2026-04", "2026-05", "2026-06"]
    apr, may, jun = rows
    assert (jun["nps"], jun["promoters"], jun["detractors"], jun["nps_responses"]) == (0.0, 1, 1, 3)
    assert (jun["csat"], may["csat"], apr["nps"], may["nps"]) == (100.0, 0.0, 100.0, None)


def test_distribution_bins_add_up():
    v = np.concatenate([np.linspace(0, 100, 1000), [5000.0, np.nan]])
    d = distribution(v, bins=10)
    assert d["customers"] == 1001 and sum(b["customers"] for b in d["bins"]) == 1001
    assert d["bins"][-1]["to"] is None and d["bins"][-1]["customers"] == 10    # above the 99th percentile (99.1)
    assert d["quantiles"]["p50"] == pytest.approx(50.05, abs=0.1)
    assert distribution(np.array([np.nan]))["customers"] == 0


def test_windows_and_comparisons():
    cur, prev, year = windows(date(2026, 6, 15), "month")
    assert (cur.start, cur.end, cur.complete) == (date(2026, 6, 1), date(2026, 6, 15), False)
    assert (prev.start, prev.end, year.start, year.end) == (date(2026, 5, 1), date(2026, 5, 15),
                                                            date(2025, 6, 1), date(2025, 6, 15))
    cur, prev, year = windows(date(2026, 3, 31), "month")
    assert prev.end == date(2026, 2, 28) and prev.complete and year.end == date(2025, 3, 31)
    _, prev, _ = windows(date(2026, 3, 30), "month")
    assert prev.end == date(2026, 2, 28)                     # clamped to the shorter month
    cur, prev, year = windows(date(2026, 12, 31), "year")
    assert (prev.label, year.label, prev.complete) == ("2025", "2025", True)
    table = compare({"crr": 90.0, "revenue": 110.0, "nps": 10.0}, {"crr": 80.0, "revenue": 100.0, "nps": None},
                    {"crr": None, "revenue": 0.0}, windows(AS_OF, "month"))
    assert (table["crr"]["change"], table["crr"]["change_pct"]) == (10.0, 12.5)
    assert (table["revenue"]["change"], table["revenue"]["change_pct"], table["revenue"]["change_year_pct"]) == \
        (10.0, 10.0, None)
    assert table["nps"]["change"] is None and table["aov"]["value"] is None
    assert table["crr"]["explain"] == ("CRR 90.00 % in 2026-06 against 80.00 % in 2026-05 (+10.00 points) and "
                                       "n/a in 2025-06")
    assert "+10.00, +10.00 %" in table["revenue"]["explain"]


def test_customer_lists():
    from crm_app.analytics.customer_lists import _top, at_risk, top_customers, win_back

    idx = pd.Index([11, 12, 13, 14], name="customer_id")
    frame = pd.DataFrame({
        "status": pd.Categorical(["at_risk", "active", "at_risk", "lapsed"]),
        "rfm_segment": pd.Categorical(["loyal"] * 4), "frequency": [3, 1, 0, 5],
        "total": [100.0, 500.0, 50.0, 900.0], "p_alive": [0.9, 0.2, 0.4, 0.1],
        "expected_purchases": [2.0, 0.1, 0.5, 0.0], "clv": [80.0, 5.0, np.nan, 1.0],
        "first_purchase": np.array(["2026-01-01"] * 4, dtype="datetime64[D]"),
        "last_purchase": np.array(["2026-05-01", "2026-06-01", "2026-02-01", "2025-01-01"], dtype="datetime64[D]"),
        "ended": [False, False, False, True]}, index=idx)
    t = to_day(AS_OF)
    money = lambda x: round(float(x), 2)  # noqa: E731
    assert [r["customer_id"] for r in win_back(frame, t, money)] == [12, 13]      # 14 has an ended status
    risk = at_risk(frame, t, money)
    assert [r["customer_id"] for r in risk] == [11, 13] and risk[0]["usual_gap_days"] == 40.0
    assert risk[0]["days_since_last"] == 60 and risk[1]["usual_gap_days"] is None
    assert [r["customer_id"] for r in top_customers(frame, t, money, k=2)] == [11, 12]
    assert list(_top(np.array([1.0, 3.0, 3.0, 2.0]), np.ones(4, bool), 3)) == [1, 2, 3]


def test_warm_start_and_subsample_reach_the_same_maximum():
    from crm_app.analytics import bgnbd, gammagamma

    rng = np.random.default_rng(9)
    n = 30_000
    lam, p = rng.gamma(0.6, 1 / 3.0, n), rng.beta(0.8, 6.0, n)
    T = rng.uniform(10, 80, n)
    x = np.zeros(n)
    tx = np.zeros(n)
    t = np.zeros(n)
    alive = np.ones(n, bool)
    while alive.any():
        i = np.flatnonzero(alive)
        t[i] += rng.exponential(1 / lam[i])
        over = t[i] > T[i]
        alive[i[over]] = False
        ok = i[~over]
        x[ok] += 1
        tx[ok] = t[ok]
        alive[ok[rng.random(ok.size) < p[ok]]] = False
    summary = pd.DataFrame({"frequency": x, "recency": tx, "T": T,
                            "monetary_value": np.where(x > 0, rng.gamma(4, 10, n), 0.0)})
    cold = bgnbd.fit_bgnbd(summary)
    old = bgnbd.SUBSAMPLE
    try:
        bgnbd.SUBSAMPLE = 5_000          # 30,000 > 2 × 5,000: starts from a fit on 5,000 customers
        sub = bgnbd.fit_bgnbd(summary)
        gammagamma.SUBSAMPLE = 5_000
        g_sub = gammagamma.fit_gamma_gamma(summary)
    finally:
        bgnbd.SUBSAMPLE = gammagamma.SUBSAMPLE = old
    warm = bgnbd.fit_bgnbd(summary, start=cold)
    assert np.allclose(sub.params, cold.params, rtol=1e-5) and np.allclose(warm.params, cold.params, rtol=1e-5)
    assert warm.iterations <= 2 and sub.log_likelihood == pytest.approx(cold.log_likelihood, abs=1e-6)
    g = gammagamma.fit_gamma_gamma(summary)
    assert np.allclose(g_sub.params, g.params, rtol=1e-5)
    assert gammagamma.fit_gamma_gamma(summary, start=g).iterations <= 2


def test_the_optimiser_does_not_waste_evaluations_at_the_optimum():
    from crm_app.analytics import gammagamma, mle

    rng = np.random.default_rng(2)
    x = 1 + rng.poisson(2.0, 20_000)
    nu = rng.gamma(3.74, 1 / 15.44, x.size)
    m = rng.gamma(6.25 * x, 1.0) / (x * nu)
    calls = {"n": 0}
    real = gammagamma._LogLik.__call__

    def counted(self, params):
        calls["n"] += 1
        return real(self, params)

    gammagamma._LogLik.__call__ = counted
    try:
        g = gammagamma.fit_gamma_gamma(pd.DataFrame({"frequency": x, "monetary_value": m}))
    finally:
        gammagamma._LogLik.__call__ = real
    assert calls["n"] < 2 * g.iterations + 10, (calls, g.iterations)   # was 127 evaluations for 27 steps
    assert mle.TINY_GRADIENT <= 1e-6


def test_historical_clv_of_groups_equals_each_group_alone(frame):
    from crm_app.analytics.activity import active_spells
    from crm_app.analytics.sales import historical_clv, historical_clv_by_segment, historical_clv_of_groups

    p = PurchaseDays.from_frame(frame).until(to_day(AS_OF))
    ended = pd.DataFrame({"customer_id": [5, 9, 40], "ended_day": [date(2026, 1, 5), None, date(2026, 6, 1)]})
    spells = active_spells(p, 200, ended)
    rng = np.random.default_rng(3)
    member = np.concatenate([np.arange(p.customers), rng.choice(p.customers, 300, replace=False)])  # overlaps
    group = np.concatenate([rng.integers(0, 3, p.customers), np.full(300, 3)])
    got = historical_clv_of_groups(p, AS_OF, spells, member, group, 4)
    for k in range(4):
        alone = historical_clv(p.subset(p.ids[np.unique(member[group == k])]), AS_OF, 200, ended)
        assert got[k].explain == alone.explain
        assert (got[k].purchase_days, got[k].buyers) == (alone.purchase_days, alone.buyers)
    seg = pd.Series(np.where(p.ids % 3 == 0, "a", "b"), index=p.ids)
    table = historical_clv_by_segment(p, AS_OF, seg).set_index("segment")
    assert table.loc["a", "explain"] == historical_clv(p.subset(p.ids[p.ids % 3 == 0]), AS_OF).explain["value"]
