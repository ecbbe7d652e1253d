"""Customer retention for a period [s, e] (shared/METRICS.md).

S = customers active at s; E = customers active at e; N = customers whose first purchase falls in
(s, e]; L = customers active at s and not active at e; CRR = (E − N) / S × 100; churn = L / S × 100.

A calendar period (month, quarter, year) starting on day `start` has s = the close of the day before
`start` (so the E of one period is the S of the next) and e = the close of its last day, or of the
as-of day for the period that is still running. Activity follows `analytics.activity` (churn window,
explicit ended statuses).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

import numpy as np
import pandas as pd

from crm_app.analytics.activity import Spells, active_on, active_spells
from crm_app.analytics.common import (
    Cancel,
    Progress,
    check_cancel,
    fmt,
    fmt_pct,
    pct,
    report,
    to_date,
    to_day,
)
from crm_app.analytics.purchases import PurchaseDays, as_purchases

PERIODS = ("month", "quarter", "year")


def _months(period: str) -> int:
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    return {"month": 1, "quarter": 3, "year": 12}[period]


def period_start(day: date, period: str) -> date:
    """First day of the calendar month/quarter/year containing `day`."""
    m = _months(period)
    month0 = ((day.month - 1) // m) * m
    return date(day.year, month0 + 1, 1)


def shift(start: date, period: str, k: int) -> date:
    """The start of the period `k` periods after the one starting on `start` (k may be negative)."""
    total = start.year * 12 + start.month - 1 + k * _months(period)
    return date(total // 12, total % 12 + 1, 1)


def period_end(start: date, period: str) -> date:
    return shift(start, period, 1) - timedelta(days=1)


def period_label(start: date, period: str) -> str:
    if period == "month":
        return f"{start.year}-{start.month:02d}"
    if period == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return f"{start.year}"


@dataclass
class Retention:
    period: str
    label: str
    start: date          # first day of the period
    end: date            # last day counted (the as-of day for the running period)
    complete: bool
    churn_window_days: int
    customers_start: int  # S, active at the close of start − 1 day
    customers_end: int    # E, active at the close of end
    new: int              # N
    lost: int             # L
    retained: int         # S − L
    reactivated: int      # active at e, not at s, first purchase on or before s (part of E, not of N)
    crr: float | None
    churn_rate: float | None
    explain: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["start"], d["end"] = self.start.isoformat(), self.end.isoformat()
        return d


def _explain(r: Retention) -> dict[str, str]:
    s_day = r.start - timedelta(days=1)
    w = r.churn_window_days
    out = {
        "customers_start": f"S = customers active at the close of {s_day} (a purchase day within {w} days) "
                           f"= {fmt(r.customers_start)}",
        "customers_end": f"E = customers active at the close of {r.end} = {fmt(r.customers_end)}",
        "new": f"N = customers whose first purchase day is in {r.start} … {r.end} = {fmt(r.new)}",
        "lost": f"L = customers active at the start and not at the end = {fmt(r.lost)}",
    }
    if r.customers_start:
        out["crr"] = (f"CRR = (E − N) / S × 100 = ({fmt(r.customers_end)} − {fmt(r.new)}) / "
                      f"{fmt(r.customers_start)} × 100 = {fmt_pct(r.crr)}")
        out["churn_rate"] = (f"Churn rate = L / S × 100 = {fmt(r.lost)} / {fmt(r.customers_start)} × 100 "
                             f"= {fmt_pct(r.churn_rate)}")
    else:
        out["crr"] = "CRR = (E − N) / S × 100: no customer was active at the start (S = 0), so it is undefined"
        out["churn_rate"] = "Churn rate = L / S × 100: undefined, S = 0"
    if r.reactivated:
        out["reactivated"] = (f"{fmt(r.reactivated)} lapsed customers came back during the period: they count "
                              f"in E but not in N")
    return out


def _flags(spells: Spells, s_day: int, e_day: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    a_s, a_e = active_on(spells, s_day), active_on(spells, e_day)
    new = (spells.first > s_day) & (spells.first <= e_day)
    back = a_e & ~a_s & (spells.first <= s_day)
    return a_s, a_e, new, back


def _make(period: str, label: str, start: date, end: date, complete: bool, window: int,
          s: int, e: int, n: int, lost: int, back: int) -> Retention:
    r = Retention(period, label, start, end, complete, window, s, e, n, lost, s - lost, back,
                  pct(e - n, s), pct(lost, s))
    r.explain = _explain(r)
    return r


def retention(purchases: PurchaseDays | pd.DataFrame, start: date, end: date, window: int = 365,
              ended: pd.DataFrame | None = None, windows: pd.Series | None = None, period: str = "custom",
              label: str | None = None, complete: bool = True, spells: Spells | None = None) -> Retention:
    """Retention of the period `start` … `end` (inclusive days; S is taken at the close of start − 1).

    purchases: columns customer_id, day, net; purchase days after `end` are ignored.
    ended: columns customer_id, ended_day (see analytics.activity). windows: customer_id → churn window.
    spells: precomputed `active_spells` of the same data (optional, for speed).
    """
    if end < start - timedelta(days=1):
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    s_day, e_day = to_day(start) - 1, to_day(end)
    if spells is None:
        spells = active_spells(as_purchases(purchases).until(e_day), window, ended, windows)
    a_s, a_e, new, back = _flags(spells, s_day, e_day)
    return _make(period, label or f"{start} … {end}", start, end, complete, window, int(a_s.sum()),
                 int(a_e.sum()), int(new.sum()), int((a_s & ~a_e).sum()), int(back.sum()))


def retention_history(purchases: PurchaseDays | pd.DataFrame, as_of: date, period: str = "month",
                      count: int = 12, window: int = 365, ended: pd.DataFrame | None = None,
                      windows: pd.Series | None = None, progress: Progress | None = None,
                      cancel: Cancel | None = None, spells: Spells | None = None) -> list[Retention]:
    """Retention of the calendar period containing `as_of` and of the `count` periods before it,
    oldest first (the running period, counted up to `as_of`, is the last item).

    purchases: columns customer_id, day, net; purchase days after `as_of` are ignored.
    spells: precomputed `active_spells` of the same data up to `as_of` (optional, for speed).
    """
    as_day = to_day(as_of)
    as_of = to_date(as_day)
    if spells is None:
        spells = active_spells(as_purchases(purchases).until(as_day), window, ended, windows)
    current = period_start(as_of, period)
    out = []
    starts = [shift(current, period, -k) for k in range(count, -1, -1)]
    for i, start in enumerate(starts):
        check_cancel(cancel)
        last = period_end(start, period)
        end = min(last, as_of)
        out.append(retention(None, start, end, window, period=period, label=period_label(start, period),
                             complete=last <= as_of, spells=spells))
        report(progress, (i + 1) / len(starts), f"retention {out[-1].label}")
    return out


def segment_members(ids: np.ndarray, segments: pd.DataFrame, unassigned: str
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(dense customer index, segment code, segment names sorted) of every membership: the rows of
    `segments` (customer_id, segment) whose customer is in `ids` (sorted), then every customer of `ids`
    in no segment, under `unassigned`."""
    cid = segments["customer_id"].to_numpy(dtype=np.int64)
    pos = np.minimum(np.searchsorted(ids, cid), max(ids.size - 1, 0))
    found = ids[pos] == cid if ids.size else np.zeros(cid.size, bool)
    listed = np.zeros(ids.size, dtype=bool)
    listed[pos[found]] = True
    alone = np.flatnonzero(~listed)
    col = segments["segment"]
    if isinstance(col.dtype, pd.CategoricalDtype):   # codes as they are, no strings per row
        cat = col.array[found].remove_unused_categories()
        cat = cat.rename_categories([str(c) for c in cat.categories])
        labels = cat.reorder_categories(sorted(cat.categories))
    else:
        labels = pd.Categorical(col.astype(str).to_numpy()[found])   # hash-based, names sorted
    names = np.asarray(labels.categories, dtype=object)
    codes = labels.codes.astype(np.int64)
    if alone.size:
        at = int(np.searchsorted(names, unassigned)) if names.size else 0
        if at < names.size and names[at] == unassigned:
            extra = np.full(alone.size, at, dtype=np.int64)
        else:
            names = np.insert(names, at, unassigned)
            codes = codes + (codes >= at)
            extra = np.full(alone.size, at, dtype=np.int64)
        codes = np.concatenate([codes, extra])
    return np.concatenate([pos[found], alone]), codes, names


def retention_by_segment(purchases: PurchaseDays | pd.DataFrame, start: date, end: date,
                         segments: pd.DataFrame | pd.Series, window: int = 365, ended: pd.DataFrame | None = None,
                         windows: pd.Series | None = None, unassigned: str = "(none)",
                         spells: Spells | None = None) -> pd.DataFrame:
    """Retention of `start` … `end` per segment.

    segments: a Series (customer_id index → segment name) or a frame with columns customer_id, segment
        (a customer may be in several segments, e.g. tags). Buyers in no segment go to `unassigned`.
    Returns one row per segment: segment, buyers, customers_start, customers_end, new, lost, retained,
    reactivated, crr, churn_rate, explain (the CRR formula with its inputs).
    """
    if isinstance(segments, pd.Series):
        segments = pd.DataFrame({"customer_id": segments.index.to_numpy(), "segment": segments.to_numpy()})
    if "customer_id" not in segments or "segment" not in segments:
        raise ValueError("segments: needs columns customer_id, segment (or a Series indexed by customer_id)")
    s_day, e_day = to_day(start) - 1, to_day(end)
    if spells is None:
        spells = active_spells(as_purchases(purchases).until(e_day), window, ended, windows)
    a_s, a_e, new, back = _flags(spells, s_day, e_day)
    member, code, names = segment_members(spells.ids, segments, unassigned)
    k = names.size

    def count(flag: np.ndarray) -> np.ndarray:
        return np.bincount(code, weights=flag[member].astype(np.int64), minlength=k).astype(np.int64)

    buyers = np.bincount(code, minlength=k)
    s, e, n = count(a_s), count(a_e), count(new)
    lost, re = count(a_s & ~a_e), count(back)
    rows = []
    for i, name in enumerate(names):
        r = _make("custom", str(name), start, end, True, window, int(s[i]), int(e[i]), int(n[i]),
                  int(lost[i]), int(re[i]))
        rows.append({"segment": str(name), "buyers": int(buyers[i]), "customers_start": r.customers_start,
                     "customers_end": r.customers_end, "new": r.new, "lost": r.lost, "retained": r.retained,
                     "reactivated": r.reactivated, "crr": r.crr, "churn_rate": r.churn_rate,
                     "explain": r.explain["crr"]})
    return pd.DataFrame(rows, columns=["segment", "buyers", "customers_start", "customers_end", "new", "lost",
                                       "retained", "reactivated", "crr", "churn_rate", "explain"])
