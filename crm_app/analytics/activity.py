"""Activity status, vectorised: the rules of crm_app.domain.activity applied to every customer at once.

A test compares `activity_status` with the scalar `domain.activity.activity_status` on random data.
`active_spells` turns purchase days into intervals of activity, so "who was active on day t" for
many days t (retention of many past periods) costs one comparison per interval.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from crm_app.analytics.common import to_day
from crm_app.analytics.purchases import (
    PurchaseDays,
    as_purchases,
    ended_days,
    window_array,
)
from crm_app.domain.activity import Activity, ActivityRules

STATUSES = [a.value for a in Activity]  # prospect, new, active, at_risk, reactivated, lapsed
DEFAULT_RULES = ActivityRules()
ACTIVE_STATUSES = frozenset({Activity.NEW, Activity.ACTIVE, Activity.AT_RISK, Activity.REACTIVATED})


def activity_codes(purchases: PurchaseDays | pd.DataFrame, as_of: date | int, rules: ActivityRules = DEFAULT_RULES,
                   ended: pd.DataFrame | None = None, windows: pd.Series | None = None
                   ) -> tuple[np.ndarray, np.ndarray]:
    """(customer ids, index into STATUSES) for the customers with a purchase day on or before `as_of`."""
    t = to_day(as_of)
    p = as_purchases(purchases).until(t)
    if p.customers == 0:
        return p.ids, np.empty(0, dtype=np.int8)
    w = window_array(p, rules.churn_window_days, windows)
    n = p.counts
    first, last, prev = p.first, p.last, p.previous
    since_last = t - last
    explicit = ended_days(p, ended) <= t
    usual_gap = np.where(n >= 2, (last - first) / np.maximum(n - 1, 1), rules.default_gap_days)
    code = np.select(
        [explicit,
         since_last > w,
         (t - first) <= rules.new_days,
         (n >= 2) & ((last - prev) > w) & (since_last <= rules.new_days),
         since_last > rules.at_risk_factor * np.maximum(usual_gap, 1.0)],
        [STATUSES.index(Activity.LAPSED), STATUSES.index(Activity.LAPSED), STATUSES.index(Activity.NEW),
         STATUSES.index(Activity.REACTIVATED), STATUSES.index(Activity.AT_RISK)],
        default=STATUSES.index(Activity.ACTIVE)).astype(np.int8)
    return p.ids, code


def activity_status(purchases: PurchaseDays | pd.DataFrame, as_of: date | int,
                    rules: ActivityRules = DEFAULT_RULES, ended: pd.DataFrame | None = None,
                    customers: np.ndarray | None = None, windows: pd.Series | None = None) -> pd.Series:
    """Activity status of every customer on `as_of` (a Series of status names indexed by customer_id).

    purchases: columns customer_id, day, net (see analytics.purchases); days after `as_of` are ignored.
    ended: columns customer_id, ended_day — customers with an explicit ended status (closed,
        subscription ended, merged, erased) from `ended_day` on (missing ended_day: always).
    customers: all customer ids; those without a purchase day on or before `as_of` are "prospect".
    windows: a per-customer churn window (customer_id → days) overriding `rules.churn_window_days`.
    """
    ids, code = activity_codes(purchases, as_of, rules, ended, windows)
    names = np.array(STATUSES, dtype=object)
    status = pd.Series(names[code], index=pd.Index(ids, name="customer_id"), name="status", dtype=object)
    if customers is not None:
        status = status.reindex(pd.Index(np.unique(np.asarray(customers, dtype=np.int64)), name="customer_id"),
                                fill_value=Activity.PROSPECT.value)
    return status


@dataclass(frozen=True)
class Spells:
    """Intervals [start, stop] (inclusive day numbers) during which a customer counts as active."""

    ids: np.ndarray        # customer ids (dense order)
    first: np.ndarray      # first purchase day per customer
    customer: np.ndarray   # dense customer index per spell
    start: np.ndarray
    stop: np.ndarray
    memo: dict = field(default_factory=dict, compare=False, repr=False)  # day → active_on (periods share days)

    @property
    def customers(self) -> int:
        return int(self.ids.size)


def active_spells(purchases: PurchaseDays | pd.DataFrame, window: int = 365, ended: pd.DataFrame | None = None,
                  windows: pd.Series | None = None) -> Spells:
    """Intervals of activity: a customer is active on t when a purchase day lies in [t − window, t]
    and no explicit ended status applies on t (METRICS.md, same rule as `activity_status`).

    purchases: columns customer_id, day, net. ended, windows: as for `activity_status`.
    """
    p = as_purchases(purchases)
    if p.rows == 0:
        e = np.empty(0, np.int64)
        return Spells(p.ids, p.first, e, e, e)
    w = window_array(p, window, windows)
    w_row = w if np.isscalar(w) else np.repeat(w, p.counts)
    breaks = np.empty(p.rows, dtype=bool)         # a new spell: a customer's first row, or a gap > window + 1
    breaks[0] = True
    np.greater(p.day[1:] - p.day[:-1], (w_row if np.isscalar(w_row) else w_row[1:]) + 1, out=breaks[1:])
    breaks[p.start] = True
    first_row = np.flatnonzero(breaks)
    del breaks
    last_row = np.append(first_row[1:], p.rows) - 1
    cust = np.searchsorted(p.start, first_row, side="right") - 1
    start = p.day[first_row]
    stop = p.day[last_row] + (w if np.isscalar(w) else w[cust])
    ended_on = ended_days(p, ended)[cust]
    lo, hi = np.iinfo(np.int64).min, np.iinfo(np.int64).max
    with np.errstate(over="ignore"):
        cap = np.where(ended_on == hi, hi, np.where(ended_on == lo, lo, ended_on - 1))
    stop = np.minimum(stop, cap)
    keep = stop >= start
    return Spells(p.ids, p.first, cust[keep], start[keep], stop[keep])


def active_on(spells: Spells, day: int) -> np.ndarray:
    """Boolean per customer (dense order of `spells.ids`): active on `day` (read-only; the last 64
    days asked for are remembered, since consecutive periods share their boundary days)."""
    day = int(day)
    hit = spells.memo.get(day)
    if hit is not None:
        return hit
    out = np.zeros(spells.customers, dtype=bool)
    cover = (spells.start <= day) & (spells.stop >= day)
    out[spells.customer[cover]] = True
    out.flags.writeable = False
    if len(spells.memo) >= 64:   # several threads may ask (the comparisons run beside the rest)
        spells.memo.pop(next(iter(spells.memo), None), None)
    spells.memo[day] = out
    return out
