"""Cohort retention matrix: rows = acquisition period, columns = periods since acquisition,
cell = share of the cohort that bought (had a purchase day) in that period, in %."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from crm_app.analytics.common import to_day
from crm_app.analytics.purchases import PurchaseDays, as_purchases
from crm_app.analytics.retention import PERIODS, period_label

_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def _period_index(days: np.ndarray, period: str) -> np.ndarray:
    """Months since 1970-01 // months per period, through a table over the range of days (a gather
    per row instead of two datetime conversions)."""
    days = np.asarray(days, dtype=np.int64)
    if days.size == 0:
        return days
    lo, hi = int(days.min()), int(days.max())
    table = np.arange(lo, hi + 1).astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    return (table // _MONTHS[period])[days - lo]


def _start_of(index: int, period: str) -> date:
    months = int(index) * _MONTHS[period]
    return date(1970 + months // 12, months % 12 + 1, 1)


def cohort_matrix(purchases: PurchaseDays | pd.DataFrame, as_of: date, period: str = "month",
                  max_cohorts: int | None = None) -> pd.DataFrame:
    """Cohort retention in % (float, NaN where the period has not begun by `as_of`).

    purchases: columns customer_id, day, net; purchase days after `as_of` are ignored.
    The index holds the cohort labels ("2025-03", "2025-Q1", "2025"); column "customers" is the
    cohort size, columns 0, 1, 2, … the periods since acquisition (0 = the acquisition period, 100 %).
    The period containing `as_of` is counted up to `as_of`. `max_cohorts` keeps the newest cohorts.
    """
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    t = to_day(as_of)
    p = as_purchases(purchases)
    n_until = p.counts_until(t)
    buyer = n_until > 0
    if not buyer.any():
        return pd.DataFrame(columns=["customers"])
    now = int(_period_index(np.array([t]), period)[0])
    cohort_all = _period_index(p.first, period)
    if max_cohorts is not None:  # only the customers of the newest cohorts need their rows looked at
        codes = np.unique(cohort_all[buyer])
        buyer &= cohort_all >= codes[-min(max_cohorts, codes.size)]
    first_cohort = int(cohort_all[buyer].min())
    width = now - first_cohort + 1
    # the rows of the chosen customers (consecutive per customer), those on or before t
    chosen = np.flatnonzero(buyer)
    cnt = n_until[chosen]
    dense = np.repeat(chosen, cnt)
    rows = np.arange(dense.size) - np.repeat(np.cumsum(cnt) - cnt, cnt) + np.repeat(p.start[chosen], cnt)
    per = _period_index(p.day[rows], period)
    offset = per - cohort_all[dense]
    # one count per (customer, offset): rows are sorted by customer and day, so a customer's offsets
    # never decrease and the first row of each run of equal offsets is the one to count
    first_of_run = np.ones(dense.size, dtype=bool)
    first_of_run[1:] = (dense[1:] != dense[:-1]) | (offset[1:] != offset[:-1])
    crow = cohort_all[dense[first_of_run]] - first_cohort
    counts = np.bincount(crow * width + offset[first_of_run], minlength=width * width).reshape(width, width)
    sizes = np.bincount(cohort_all[buyer] - first_cohort, minlength=width)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = 100.0 * counts / sizes[:, None]
    ages = now - (np.arange(width) + first_cohort)
    share[np.arange(width)[None, :] > ages[:, None]] = np.nan
    labels = [period_label(_start_of(first_cohort + i, period), period) for i in range(width)]
    frame = pd.DataFrame(np.round(share, 2), index=pd.Index(labels, name="cohort"), columns=list(range(width)))
    frame.insert(0, "customers", sizes)
    frame = frame[frame["customers"] > 0]
    if max_cohorts is not None:
        frame = frame.iloc[-max_cohorts:]
        keep = ["customers"] + [c for c in frame.columns[1:] if frame[c].notna().any()]
        frame = frame[keep]
    return frame
