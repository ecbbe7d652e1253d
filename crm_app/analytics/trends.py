"""Figures per calendar period for charts: revenue by month, NPS/CSAT by period, the CLV distribution."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from crm_app.analytics.common import day_array, fmt, require, to_date, to_day
from crm_app.analytics.purchases import PurchaseDays, as_purchases
from crm_app.analytics.retention import PERIODS, period_end, period_label, period_start, shift

_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def period_codes(days: np.ndarray, period: str) -> np.ndarray:
    """Calendar period of each day number as months since 1970-01 // months per period (a table over
    the range of the days, so one gather per value)."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    days = np.asarray(days, dtype=np.int64)
    if days.size == 0:
        return days
    lo, hi = int(days.min()), int(days.max())
    table = np.arange(lo, hi + 1).astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    return (table // _MONTHS[period])[days - lo]


def _code_of(day: date, period: str) -> int:
    return ((day.year - 1970) * 12 + day.month - 1) // _MONTHS[period]


def _periods(as_of: date, period: str, count: int) -> list[tuple[int, date, date]]:
    """(period code, first day, last day counted) of the `count` periods before the one containing
    `as_of` and of that one (counted up to `as_of`), oldest first."""
    current = period_start(as_of, period)
    out = []
    for k in range(count, -1, -1):
        start = shift(current, period, -k)
        out.append((_code_of(start, period), start, min(period_end(start, period), as_of)))
    return out


def revenue_by_period(purchases: PurchaseDays | pd.DataFrame, as_of: date, period: str = "month",
                      count: int = 23) -> list[dict]:
    """Per calendar period (the `count` before the one containing `as_of`, and that one up to `as_of`),
    oldest first: label, start, end, revenue (net, currency units; net_minor when known), orders,
    purchase_days, buyers (customers with a purchase day in the period), aov = revenue / orders.

    purchases: columns customer_id, day, net; optional orders, net_minor. Days after `as_of` are ignored.
    """
    p = as_purchases(purchases)
    t = to_day(as_of)
    spans = _periods(to_date(t), period, count)
    lo = to_day(spans[0][1])
    k = len(spans)
    # buyers: rows are sorted by customer and day, so a customer's rows of one period are consecutive;
    # a (customer, period) pair starts where the customer or the period changes
    rows = (p.day >= lo) & (p.day <= t)
    bounds = np.array([to_day(start) - lo for _, start, _ in spans[1:]], dtype=np.int64)
    table = np.searchsorted(bounds, np.arange(t - lo + 1), side="right").astype(np.int16)
    code = table[p.day[rows] - lo]
    cust = p.customer_id[rows]
    first = np.ones(code.size, dtype=bool)
    first[1:] = (cust[1:] != cust[:-1]) | (code[1:] != code[:-1])
    buyers = np.bincount(code[first], minlength=k)
    daily = p.daily
    out = []
    for i, (_, start, end) in enumerate(spans):
        a, b = to_day(start), to_day(end)
        value = float(daily.between("net", a, b))
        orders = int(daily.between("orders", a, b))
        out.append({"label": period_label(start, period), "start": start.isoformat(), "end": end.isoformat(),
                    "revenue": value,
                    "revenue_minor": None if p.net_minor is None else int(daily.between("net_minor", a, b)),
                    "orders": orders, "purchase_days": int(daily.between("days", a, b)), "buyers": int(buyers[i]),
                    "aov": value / orders if orders else None})
    return out


def feedback_by_period(feedback: pd.DataFrame, as_of: date, period: str = "month", count: int = 23) -> list[dict]:
    """NPS and CSAT per calendar period (as `revenue_by_period`), oldest first: label, start, end, nps,
    promoters, detractors, nps_responses, csat, satisfied, csat_responses (values 0–100 / −100–100,
    None without answers). feedback: columns kind ("nps" 0–10, "csat" 1–5), score, day."""
    require(feedback, ("kind", "score", "day"), "feedback_by_period")
    t = to_day(as_of)
    spans = _periods(to_date(t), period, count)
    lo = to_day(spans[0][1])
    k = len(spans)
    days = day_array(feedback["day"])
    kind = feedback["kind"].to_numpy()
    score = feedback["score"].to_numpy(dtype=np.int64)
    keep = (days >= lo) & (days <= t)
    code = np.zeros(days.size, dtype=np.int64)
    code[keep] = period_codes(days[keep], period) - spans[0][0]

    def count_of(mask: np.ndarray) -> np.ndarray:
        return np.bincount(code[keep & mask], minlength=k)

    is_nps = (kind == "nps") & (score >= 0) & (score <= 10)
    is_csat = (kind == "csat") & (score >= 1) & (score <= 5)
    n_nps, pro, det = count_of(is_nps), count_of(is_nps & (score >= 9)), count_of(is_nps & (score <= 6))
    n_csat, good = count_of(is_csat), count_of(is_csat & (score >= 4))
    out = []
    for i, (_, start, end) in enumerate(spans):
        out.append({"label": period_label(start, period), "start": start.isoformat(), "end": end.isoformat(),
                    "nps": round(100.0 * (pro[i] - det[i]) / n_nps[i], 2) if n_nps[i] else None,
                    "promoters": int(pro[i]), "detractors": int(det[i]), "nps_responses": int(n_nps[i]),
                    "csat": round(100.0 * good[i] / n_csat[i], 2) if n_csat[i] else None,
                    "satisfied": int(good[i]), "csat_responses": int(n_csat[i])})
    return out


def distribution(values: np.ndarray, bins: int = 20, top_share: float = 0.99) -> dict:
    """Histogram data of a per-customer figure (e.g. predicted CLV): `bins` equal-width bins from 0 (or
    the minimum, if negative) to the `top_share` quantile, plus one open bin above it; quantiles
    p10/p25/p50/p75/p90/p99, mean and the number of values (NaN left out)."""
    v = np.asarray(values, dtype=np.float64)
    v = v[np.isfinite(v)]
    if v.size == 0:
        return {"customers": 0, "mean": None, "quantiles": {}, "bins": [], "explain": "no values"}
    q = np.quantile(v, [0.1, 0.25, 0.5, 0.75, 0.9, 0.99])
    lo = min(0.0, float(v.min()))
    hi = float(np.quantile(v, top_share))
    if hi <= lo:
        hi = float(v.max()) if v.max() > lo else lo + 1.0
    edges = np.linspace(lo, hi, bins + 1)
    counts = np.histogram(np.clip(v, lo, hi), edges)[0]
    above = int(np.count_nonzero(v > hi))
    counts[-1] -= above                       # values above hi were clipped into the last bin
    rows = [{"from": float(edges[i]), "to": float(edges[i + 1]), "customers": int(counts[i])} for i in range(bins)]
    rows.append({"from": float(hi), "to": None, "customers": above})
    return {"customers": int(v.size), "mean": float(v.mean()),
            "quantiles": dict(zip(("p10", "p25", "p50", "p75", "p90", "p99"), (float(x) for x in q))),
            "bins": rows,
            "explain": (f"{fmt(v.size)} customers in {bins} equal bins from {fmt(lo)} to the 99th percentile "
                        f"{fmt(hi)}, and {fmt(above)} above it; median {fmt(float(q[2]))}, "
                        f"mean {fmt(float(v.mean()))}")}
