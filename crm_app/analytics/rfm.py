"""RFM: recency, frequency and monetary quintile scores (1–5) and the named segments built on them.

Scores: a customer's score is the fifth of all customers in which their value starts when customers
are ordered from worst to best, ties sharing the lowest rank — so customers with equal values always
get the same score (with many one-time buyers, F jumps from 1 to 3). Recency: fewer days since the
last purchase day is better. Frequency: purchase days. Monetary: net amount.

Segments (R and F scores, the widely used RFM grid):
champions R5 F4–5 · loyal R3–4 F4–5 · potential_loyalist R4–5 F2–3 · new_customers R5 F1 ·
promising R4 F1 · need_attention R3 F3 · about_to_sleep R3 F1–2 · at_risk R1–2 F3–4 ·
cant_lose R1–2 F5 · hibernating R1–2 F1–2.
"""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from crm_app.analytics.common import to_day
from crm_app.analytics.purchases import PurchaseDays, as_purchases

SEGMENTS = ["champions", "loyal", "potential_loyalist", "new_customers", "promising", "need_attention",
            "about_to_sleep", "at_risk", "cant_lose", "hibernating"]

# GRID[r - 1][f - 1] → segment
_GRID = [
    ["hibernating", "hibernating", "at_risk", "at_risk", "cant_lose"],
    ["hibernating", "hibernating", "at_risk", "at_risk", "cant_lose"],
    ["about_to_sleep", "about_to_sleep", "need_attention", "loyal", "loyal"],
    ["promising", "potential_loyalist", "potential_loyalist", "loyal", "loyal"],
    ["new_customers", "potential_loyalist", "potential_loyalist", "champions", "champions"],
]


_GRID_CODE = np.array([[SEGMENTS.index(name) for name in row] for row in _GRID], dtype=np.int8)


def quintile_score(values: np.ndarray) -> np.ndarray:
    """1–5: 1 + ⌊5 × (lowest rank among ties − 1) / n⌋, higher values scoring higher."""
    values = np.asarray(values)
    n = values.size
    if n == 0:
        return np.empty(0, dtype=np.int8)
    if np.issubdtype(values.dtype, np.integer):
        lo = int(values.min())
        if int(values.max()) - lo < 4 * n + 1024:  # counting instead of sorting: recency and frequency
            counts = np.bincount(values - lo)
            rank_min = np.cumsum(counts) - counts         # customers with a smaller value
            return (1 + (5 * rank_min) // n).astype(np.int8)[values - lo]
    order = np.argsort(values, kind="stable")
    sorted_v = values[order]
    first_of_tie = np.concatenate(([True], sorted_v[1:] != sorted_v[:-1]))
    rank_min = np.maximum.accumulate(np.where(first_of_tie, np.arange(n), 0))  # 0-based lowest rank
    score = np.empty(n, dtype=np.int8)
    score[order] = 1 + (5 * rank_min) // n
    return score


def segment_of(r: np.ndarray, f: np.ndarray) -> np.ndarray:
    grid = np.array(_GRID, dtype=object)
    return grid[np.asarray(r) - 1, np.asarray(f) - 1]


def rfm_scores(purchases: PurchaseDays | pd.DataFrame, as_of: date) -> tuple[np.ndarray, ...]:
    """(customer ids, recency days, frequency, monetary, r, f, m, segment code into SEGMENTS) as arrays."""
    t = to_day(as_of)
    p = as_purchases(purchases).until(t)
    recency = t - p.last
    freq = p.counts
    money = p.total
    r, f, m = quintile_score(-recency), quintile_score(freq), quintile_score(money)
    return p.ids, recency, freq, money, r, f, m, _GRID_CODE[r - 1, f - 1]


def rfm_table(purchases: PurchaseDays | pd.DataFrame, as_of: date) -> pd.DataFrame:
    """One row per customer with a purchase day on or before `as_of`, indexed by customer_id:
    recency_days, frequency, monetary, r, f, m (scores 1–5), rfm ("545") and segment.

    purchases: columns customer_id, day, net; purchase days after `as_of` are ignored.
    """
    ids, recency, freq, money, r, f, m, seg = rfm_scores(purchases, as_of)
    code = np.array([str(k) for k in range(1000)], dtype=object)[r.astype(np.int64) * 100 + f * 10 + m]
    return pd.DataFrame({"recency_days": recency, "frequency": freq, "monetary": money, "r": r, "f": f, "m": m,
                         "rfm": code, "segment": np.array(SEGMENTS, dtype=object)[seg]},
                        index=pd.Index(ids, name="customer_id"))


def rfm_segments(table: pd.DataFrame) -> pd.DataFrame:
    """Summary per named segment of an `rfm_table`: customers, share %, mean recency, frequency, monetary."""
    for col in ("segment", "recency_days", "frequency", "monetary"):
        if col not in table:
            raise ValueError(f"rfm_segments: missing column {col} (pass the frame rfm_table returns)")
    g = table.groupby("segment", observed=True)
    out = pd.DataFrame({"customers": g.size(), "recency_days": g["recency_days"].mean(),
                        "frequency": g["frequency"].mean(), "monetary": g["monetary"].mean()})
    out["share"] = (100.0 * out["customers"] / max(len(table), 1)).round(2)
    return out.reindex([s for s in SEGMENTS if s in out.index])
