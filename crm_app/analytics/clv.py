"""Predictive CLV: model inputs from purchase days, per-customer predictions, calibration/holdout check.

Inputs per customer as of a date (shared/METRICS.md), in a time unit (week by default):
frequency x = purchase days after the first; recency t_x = first → last purchase day; T = first
purchase day → as-of date; monetary_value = mean net amount of the repeat purchase days.

CLV over H months with a monthly discount rate d, summed month by month (a month = 4.345 weeks or
30 days): CLV = Σ_{m=1..H} (E[Y(m·M)] − E[Y((m−1)·M)]) × E[spend] / (1 + d)^m.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from crm_app.analytics.bgnbd import BgNbd, _numerator, expected_purchases_path, p_alive, pair_codes
from crm_app.analytics.bgnbd import _params as _bg_params
from crm_app.analytics.common import (
    Cancel,
    Progress,
    check_cancel,
    fmt,
    report,
    require,
    to_day,
)
from crm_app.analytics.gammagamma import GammaGamma, expected_spend
from crm_app.analytics.purchases import PurchaseDays, as_purchases, ended_days

UNIT_DAYS = {"day": 1.0, "week": 7.0}
MONTH_IN_UNITS = {"day": 30.0, "week": 4.345}


def _unit(time_unit: str) -> float:
    if time_unit not in UNIT_DAYS:
        raise ValueError(f"time unit must be one of {', '.join(UNIT_DAYS)}, not {time_unit!r}")
    return UNIT_DAYS[time_unit]


def model_inputs(purchases: PurchaseDays | pd.DataFrame, as_of: date, time_unit: str = "week",
                 ended: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per customer with a purchase day on or before `as_of`, indexed by customer_id:
    frequency, recency, T (in `time_unit`), monetary_value (0 without repeat days), first_day, last_day,
    total (net amount of all purchase days) and ended (an explicit ended status applies on `as_of`).

    purchases: columns customer_id, day, net. ended: columns customer_id, ended_day.
    """
    unit = _unit(time_unit)
    t = to_day(as_of)
    p = as_purchases(purchases)
    n = p.counts_until(t)                   # a customer's days on or before t are the first n of their rows
    keep = n > 0
    start, n = p.start[keep], n[keep]
    first, last = p.day[start], p.day[start + n - 1]
    cs = p.net_cumsum
    total = cs[start + n] - cs[start]
    x = n - 1
    repeat_total = cs[start + n] - cs[start + 1]
    with np.errstate(invalid="ignore", divide="ignore"):
        monetary = np.where(x > 0, repeat_total / np.maximum(x, 1), 0.0)
    return pd.DataFrame({
        "frequency": x, "recency": (last - first) / unit, "T": (t - first) / unit,
        "monetary_value": monetary, "first_day": first, "last_day": last, "total": total,
        "ended": ended_days(p, ended)[keep] <= t,
    }, index=pd.Index(p.ids[keep], name="customer_id"))


@dataclass
class ClvForecast:
    horizon_months: int
    discount_rate: float
    time_unit: str
    customers: int
    expected_purchases: float     # Σ over customers, undiscounted, over the horizon
    mean_p_alive: float
    clv_total: float              # Σ discounted CLV
    explain: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def predict_clv(inputs: pd.DataFrame, bgnbd: BgNbd, gamma_gamma: GammaGamma | None, horizon_months: int = 12,
                discount_rate: float = 0.01, time_unit: str = "week", progress: Progress | None = None,
                cancel: Cancel | None = None) -> tuple[pd.DataFrame, ClvForecast]:
    """Per customer: expected_purchases (over the horizon), p_alive, expected_spend, clv; and totals.

    inputs: columns frequency, recency, T, monetary_value; optional ended (bool: predicted 0, P(alive) 0).
    Without a Gamma-Gamma model the spend is unknown: expected_spend and clv are NaN.
    """
    require(inputs, ("frequency", "recency", "T", "monetary_value"), "predict_clv")
    if horizon_months < 1:
        raise ValueError("the horizon must be at least one month")
    month = MONTH_IN_UNITS[time_unit] if time_unit in MONTH_IN_UNITS else _unit(time_unit)
    x = inputs["frequency"].to_numpy(dtype=np.float64)
    tx = inputs["recency"].to_numpy(dtype=np.float64)
    T = inputs["T"].to_numpy(dtype=np.float64)
    dead = inputs["ended"].to_numpy(dtype=bool) if "ended" in inputs else np.zeros(x.size, bool)
    report(progress, 0.05, "expected purchases")
    # E[Y(t) | x, t_x, T] = numerator(t; x, T) × P(alive | x, t_x, T): the numerator is evaluated per
    # distinct (x, T) and month, then discounted and summed per pair; customers only multiply
    params = _bg_params(bgnbd)
    ux, uT, inv = pair_codes(x, T)
    discount = (1.0 + discount_rate) ** -np.arange(1, horizon_months + 1)
    prev = np.zeros(ux.size)
    weighted = np.zeros(ux.size)
    for m in range(1, horizon_months + 1):
        check_cancel(cancel)
        cur = _numerator(params, month * m, ux, uT)
        weighted += (cur - prev) * discount[m - 1]
        prev = cur
        report(progress, 0.05 + 0.85 * m / horizon_months, "expected purchases")
    alive = np.where(dead, 0.0, p_alive(bgnbd, x, tx, T))
    expected = prev[inv] * alive
    if gamma_gamma is not None:
        spend = expected_spend(gamma_gamma, x, inputs["monetary_value"].to_numpy(dtype=np.float64))
        clv = weighted[inv] * alive * spend
    else:
        spend = np.full(x.size, np.nan)
        clv = np.full(x.size, np.nan)
    report(progress, 1.0, "CLV done")
    frame = pd.DataFrame({"expected_purchases": expected, "p_alive": alive, "expected_spend": spend, "clv": clv},
                         index=inputs.index)
    total_purchases = float(expected.sum())
    total_clv = float(np.nansum(clv)) if gamma_gamma is not None else float("nan")
    mean_alive = float(alive.mean()) if alive.size else float("nan")
    out = ClvForecast(horizon_months, discount_rate, time_unit, int(x.size), total_purchases, mean_alive, total_clv)
    out.explain = {
        "expected_purchases": (f"expected purchase days in the next {horizon_months} months (BG/NBD, a month = "
                               f"{month:g} {time_unit}s) summed over {fmt(x.size)} customers = "
                               f"{fmt(total_purchases)}"),
        "mean_p_alive": f"mean P(alive) over {fmt(x.size)} customers = {mean_alive:.4f}",
        "clv_total": (f"CLV = Σ_m (expected purchase days in month m) × expected spend (Gamma-Gamma) / "
                      f"(1 + {discount_rate:g})^m for m = 1 … {horizon_months}, summed over customers = "
                      f"{fmt(total_clv)}" if gamma_gamma is not None else
                      "CLV: no spend model (Gamma-Gamma could not be fitted)"),
    }
    return frame, out


@dataclass
class Holdout:
    start: date                   # calibration end (exclusive start of the holdout)
    end: date
    length: float                 # in time units
    time_unit: str
    customers: int
    predicted_purchases: float
    actual_purchases: int
    error_pct: float | None       # (predicted − actual) / actual × 100
    by_frequency: list[dict] = field(default_factory=list)
    explain: str = ""

    def to_dict(self) -> dict:
        d = asdict(self)
        d["start"], d["end"] = self.start.isoformat(), self.end.isoformat()
        return d


def holdout_check(purchases: PurchaseDays | pd.DataFrame, inputs: pd.DataFrame, bgnbd: BgNbd,
                  calibration_end: date, holdout_end: date, time_unit: str = "week",
                  max_bucket: int = 7) -> Holdout:
    """Compare BG/NBD predicted and actual purchase days in (calibration_end, holdout_end] for the
    customers of `inputs` (a model_inputs frame as of calibration_end), overall and by calibration
    frequency (0, 1, …, max_bucket+).

    purchases: columns customer_id, day, net (including the holdout days).
    """
    require(inputs, ("frequency", "recency", "T"), "holdout_check")
    unit = _unit(time_unit)
    c, h = to_day(calibration_end), to_day(holdout_end)
    if h <= c:
        raise ValueError(f"the holdout end ({holdout_end}) must come after the calibration end ({calibration_end})")
    p = as_purchases(purchases).until(h)
    rows = p.day > c
    ids = inputs.index.to_numpy(dtype=np.int64)
    actual_per = np.zeros(ids.size, dtype=np.int64)
    cust, counts = np.unique(p.customer_id[rows], return_counts=True)
    pos = inputs.index.get_indexer(cust)
    ok = pos >= 0
    actual_per[pos[ok]] = counts[ok]
    length = (h - c) / unit
    x = inputs["frequency"].to_numpy(dtype=np.float64)
    pred = expected_purchases_path(bgnbd, np.array([length]), x, inputs["recency"].to_numpy(dtype=np.float64),
                                   inputs["T"].to_numpy(dtype=np.float64))[:, 0]
    if "ended" in inputs:
        pred[inputs["ended"].to_numpy(dtype=bool)] = 0.0
    bucket = np.minimum(x, max_bucket).astype(np.int64)
    by = []
    for k in range(max_bucket + 1):
        sel = bucket == k
        if sel.any():
            by.append({"frequency": f"{k}+" if k == max_bucket else str(k), "customers": int(sel.sum()),
                       "predicted_mean": round(float(pred[sel].mean()), 4),
                       "actual_mean": round(float(actual_per[sel].mean()), 4)})
    total_pred, total_act = float(pred.sum()), int(actual_per.sum())
    err = None if not total_act else round(100.0 * (total_pred - total_act) / total_act, 2)
    text = (f"holdout {calibration_end} → {holdout_end} ({length:.2f} {time_unit}s): predicted purchase days "
            f"{fmt(total_pred)} vs actual {fmt(total_act)} for {fmt(ids.size)} customers"
            + (f" (error {err:+.2f} %)" if err is not None else ""))
    return Holdout(calibration_end, holdout_end, length, time_unit, int(ids.size), total_pred, total_act, err, by, text)
