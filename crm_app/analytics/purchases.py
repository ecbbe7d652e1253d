"""Purchase days: the one input most metrics share, prepared once.

A purchase frame has one row per order or per purchase day with the columns

- ``customer_id`` (int)
- ``day`` (day number or datetime64): the calendar day of the purchase
- ``net`` (float): net amount in currency units (order totals minus their refunds)
- ``orders`` (int, optional, default 1): orders behind the row
- ``net_minor`` (int, optional): the same net amount in integer minor units, for exact money sums

`PurchaseDays.from_frame` sorts it by customer and day and merges rows of the same customer and day
into one purchase day (amounts and orders add up). Every analytics function accepts either the frame
or a prepared `PurchaseDays`, so a caller that computes many metrics prepares once.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from crm_app.analytics.common import day_array, require

PURCHASE_COLUMNS = ("customer_id", "day", "net")


@dataclass(frozen=True, eq=False)
class PurchaseDays:
    """Distinct purchase days sorted by (customer_id, day); `start` = first row of each customer."""

    customer_id: np.ndarray      # int64 per row
    day: np.ndarray              # int64 day numbers per row
    net: np.ndarray              # float64 currency units per row
    orders: np.ndarray           # int64 orders per row
    net_minor: np.ndarray | None  # int64 minor units per row, when known
    ids: np.ndarray              # int64 distinct customer ids, ascending
    start: np.ndarray            # int64 row offset of each customer in `ids`

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> PurchaseDays:
        """Columns: customer_id, day, net; optional orders, net_minor."""
        require(frame, PURCHASE_COLUMNS, "purchase days")
        cid = frame["customer_id"].to_numpy(dtype=np.int64)
        day = day_array(frame["day"])
        net = frame["net"].to_numpy(dtype=np.float64)
        orders = frame["orders"].to_numpy(dtype=np.int64) if "orders" in frame else np.ones(cid.size, np.int64)
        minor = frame["net_minor"].to_numpy(dtype=np.int64) if "net_minor" in frame else None
        return cls.from_arrays(cid, day, net, orders, minor)

    @classmethod
    def from_arrays(cls, cid: np.ndarray, day: np.ndarray, net: np.ndarray, orders: np.ndarray | None = None,
                    net_minor: np.ndarray | None = None, presorted: bool = False) -> PurchaseDays:
        """`presorted`: the rows are already distinct purchase days sorted by (customer, day) —
        the caller vouches for it (the database loader does), and nothing is checked or copied."""
        cid = np.asarray(cid, dtype=np.int64)
        day = np.asarray(day, dtype=np.int64)
        net = np.asarray(net, dtype=np.float64)
        orders = np.ones(cid.size, np.int64) if orders is None else np.asarray(orders, dtype=np.int64)
        if not (cid.size == day.size == net.size == orders.size):
            raise ValueError("purchase days: columns of different lengths")
        if cid.size > 1 and not presorted:
            dc, dd = np.diff(cid), np.diff(day)
            if not np.all((dc > 0) | ((dc == 0) & (dd >= 0))):
                order = np.lexsort((day, cid))
                cid, day, net, orders = cid[order], day[order], net[order], orders[order]
                net_minor = None if net_minor is None else np.asarray(net_minor)[order]
                dc, dd = np.diff(cid), np.diff(day)
            distinct = np.concatenate(([True], (dc != 0) | (dd != 0)))
            if not distinct.all():
                at = np.flatnonzero(distinct)
                net = np.add.reduceat(net, at)
                orders = np.add.reduceat(orders, at)
                net_minor = None if net_minor is None else np.add.reduceat(np.asarray(net_minor, np.int64), at)
                cid, day = cid[at], day[at]
        start = np.flatnonzero(np.concatenate(([True], np.diff(cid) != 0))) if cid.size else np.empty(0, np.int64)
        minor = None if net_minor is None else np.asarray(net_minor, dtype=np.int64)
        return cls(cid, day, net, orders, minor, cid[start], start.astype(np.int64))

    # --- views ------------------------------------------------------------------------------
    def until(self, last_day: int) -> PurchaseDays:
        """Only purchase days on or before `last_day`."""
        if self.day.size == 0 or self.day.max() <= last_day:
            return self
        keep = self.day <= last_day
        minor = None if self.net_minor is None else self.net_minor[keep]
        cid = self.customer_id[keep]
        start = np.flatnonzero(np.concatenate(([True], np.diff(cid) != 0))) if cid.size else np.empty(0, np.int64)
        return PurchaseDays(cid, self.day[keep], self.net[keep], self.orders[keep], minor, cid[start],
                            start.astype(np.int64))

    def subset(self, customer_ids: np.ndarray) -> PurchaseDays:
        """Only the rows of these customers."""
        pos, found = self.dense(customer_ids)
        member = np.zeros(self.customers, dtype=bool)
        member[pos[found]] = True
        keep = member[self.idx]
        minor = None if self.net_minor is None else self.net_minor[keep]
        return PurchaseDays.from_arrays(self.customer_id[keep], self.day[keep], self.net[keep], self.orders[keep],
                                        minor)

    @property
    def rows(self) -> int:
        return int(self.day.size)

    @property
    def customers(self) -> int:
        return int(self.ids.size)

    @cached_property
    def end(self) -> np.ndarray:
        """One past the last row of each customer."""
        return np.append(self.start[1:], self.day.size).astype(np.int64)

    @cached_property
    def counts(self) -> np.ndarray:
        """Purchase days per customer."""
        return self.end - self.start

    @cached_property
    def idx(self) -> np.ndarray:
        """Dense customer index (0 … customers − 1) of every row."""
        return np.repeat(np.arange(self.ids.size), self.counts)

    @cached_property
    def first(self) -> np.ndarray:
        return self.day[self.start] if self.ids.size else np.empty(0, np.int64)

    @cached_property
    def last(self) -> np.ndarray:
        return self.day[self.end - 1] if self.ids.size else np.empty(0, np.int64)

    @cached_property
    def second(self) -> np.ndarray:
        """The second purchase day of each customer (INT64_MAX for one-time buyers)."""
        if not self.ids.size:
            return np.empty(0, np.int64)
        out = np.full(self.ids.size, np.iinfo(np.int64).max, dtype=np.int64)
        rep = self.counts >= 2
        out[rep] = self.day[self.start[rep] + 1]
        return out

    @cached_property
    def net_cumsum(self) -> np.ndarray:
        """Running net amount over the rows, with a leading 0 (net of rows i … j−1 = cs[j] − cs[i])."""
        return np.concatenate(([0.0], np.cumsum(self.net)))

    @cached_property
    def daily(self) -> Daily:
        """Running totals by calendar day (net, net minor units, orders, purchase days)."""
        return Daily.of(self)

    def buyers_between(self, first_day: int, last_day: int) -> int:
        """Customers with a purchase day in first_day … last_day."""
        if not self.ids.size or last_day < first_day:
            return 0
        hit = (self.day >= first_day) & (self.day <= last_day)
        return int(np.count_nonzero(np.logical_or.reduceat(hit, self.start)))

    def counts_until(self, last_day: int) -> np.ndarray:
        """Purchase days on or before `last_day` per customer (rows are sorted by day per customer);
        the last few answers are kept (model inputs and the repeat rate of a date ask for the same)."""
        if not self.ids.size:
            return np.empty(0, np.int64)
        if self.day.max() <= last_day:
            return self.counts
        memo = self._counts_memo
        hit = memo.get(int(last_day))
        if hit is None:
            hit = np.add.reduceat((self.day <= last_day).view(np.int8), self.start, dtype=np.int64)
            hit.flags.writeable = False
            if len(memo) >= 8:
                memo.pop(next(iter(memo), None), None)
            memo[int(last_day)] = hit
        return hit

    @cached_property
    def _counts_memo(self) -> dict:
        return {}

    @cached_property
    def previous(self) -> np.ndarray:
        """The purchase day before the last one (the last one itself for one-time buyers)."""
        return self.day[np.maximum(self.end - 2, self.start)] if self.ids.size else np.empty(0, np.int64)

    @cached_property
    def total(self) -> np.ndarray:
        """Net amount per customer."""
        return np.add.reduceat(self.net, self.start) if self.ids.size else np.empty(0)

    def dense(self, customer_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(dense index, found) of `customer_ids` among this frame's customers."""
        customer_ids = np.asarray(customer_ids, dtype=np.int64)
        pos = np.searchsorted(self.ids, customer_ids)
        pos = np.minimum(pos, max(self.ids.size - 1, 0))
        found = (self.ids[pos] == customer_ids) if self.ids.size else np.zeros(customer_ids.size, bool)
        return pos, found


@dataclass(frozen=True)
class Daily:
    """Running totals over calendar days d0, d0 + 1, …: the total of days lo … hi is
    x[hi − d0 + 1] − x[lo − d0] (see `between`)."""

    d0: int
    net: np.ndarray          # float, currency units
    net_minor: np.ndarray | None
    orders: np.ndarray
    days: np.ndarray         # purchase days

    @classmethod
    def of(cls, p: PurchaseDays) -> Daily:
        if not p.rows:
            z = np.zeros(1)
            return cls(0, z, np.zeros(1, np.int64), np.zeros(1, np.int64), np.zeros(1, np.int64))
        d0 = int(p.day.min())
        day = p.day if d0 >= 0 else p.day - d0        # bincount needs non-negative bins
        shift = d0 if d0 >= 0 else 0
        buf = np.empty(p.rows, dtype=np.float64)        # one buffer for the integer weights

        def run(weights=None, as_int=False):
            if weights is not None and weights.dtype != np.float64:
                np.copyto(buf, weights, casting="unsafe")
                weights = buf
            b = np.bincount(day, weights=weights)[shift:]
            b = np.rint(b).astype(np.int64) if as_int else b
            return np.concatenate(([0], np.cumsum(b)))

        minor = None if p.net_minor is None else run(p.net_minor, True)
        return cls(d0, run(p.net), minor, run(p.orders, True), run(None, True))

    def between(self, what: str, first_day: int, last_day: int):
        """Total of `what` (net, net_minor, orders, days) over first_day … last_day."""
        x = getattr(self, what)
        n = x.size - 1
        lo = min(max(first_day - self.d0, 0), n)
        hi = min(max(last_day - self.d0 + 1, 0), n)
        return x[hi] - x[lo] if hi > lo else x[0] * 0


def as_purchases(data: pd.DataFrame | PurchaseDays) -> PurchaseDays:
    return data if isinstance(data, PurchaseDays) else PurchaseDays.from_frame(data)


def ended_days(purchases: PurchaseDays, ended: pd.DataFrame | None) -> np.ndarray:
    """Per customer of `purchases`: the first day an explicit ended status applies (INT64_MAX: never).

    `ended` has columns customer_id, ended_day (day number / datetime64; missing = since always).
    """
    out = np.full(purchases.customers, np.iinfo(np.int64).max, dtype=np.int64)
    if ended is None or len(ended) == 0:
        return out
    require(ended, ("customer_id", "ended_day"), "ended statuses")
    col = ended["ended_day"]
    raw = col.to_numpy()
    if raw.dtype == object:  # dates, strings, None
        raw = pd.to_datetime(col, errors="coerce").to_numpy()
    if np.issubdtype(raw.dtype, np.datetime64):
        days = np.where(pd.isna(raw), np.iinfo(np.int64).min, raw.astype("datetime64[D]").astype(np.int64))
    else:
        num = pd.to_numeric(col, errors="coerce").to_numpy(dtype=np.float64)
        days = np.where(np.isnan(num), np.iinfo(np.int64).min, np.nan_to_num(num).astype(np.int64))
    pos, found = purchases.dense(ended["customer_id"].to_numpy(dtype=np.int64))
    np.minimum.at(out, pos[found], days[found])
    return out


def window_array(purchases: PurchaseDays, window: int, windows: pd.Series | None = None) -> np.ndarray | int:
    """The churn window per customer: `window`, or per customer from `windows` (customer_id → days)."""
    if windows is None or len(windows) == 0:
        return int(window)
    out = np.full(purchases.customers, int(window), dtype=np.int64)
    pos, found = purchases.dense(windows.index.to_numpy(dtype=np.int64))
    out[pos[found]] = windows.to_numpy(dtype=np.int64)[found]
    return out
