"""Every metric of the metrics tab, the CLI and the PDF report, computed for one set of parameters.

`compute(db, params)` returns a JSON-able dict (money as Decimal — `to_jsonable` turns it into JSON
numbers) whose keys are documented in the README ("## Metrics"); each figure carries its formula with
its inputs in an `explain` string.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace
from datetime import date
from decimal import Decimal

import numpy as np

from crm_app import config
from crm_app.analytics.common import (
    Cancel,
    Progress,
    check_cancel,
    report,
    to_date,
    to_day,
)
from crm_app.domain.money import exponent

SEGMENT_KINDS = ("tier", "activity", "rfm", "cohort", "tag")
HISTORY = {"month": 24, "quarter": 12, "year": 10}
TIME_UNITS = ("day", "week")
WIN_BACK = 20


@dataclass(frozen=True)
class MetricsParams:
    as_of: date | None = None           # default: today
    period: str = "month"
    churn_window: int | None = None     # days; default: the churn_window_days setting (365)
    time_unit: str = "week"
    horizon_months: int = 12
    discount_rate: float = 0.01         # per month
    holdout_end: date | None = None
    segment: str | None = None
    history: int | None = None          # earlier periods in retention_by_period (default by period)
    penalizer: float = 0.0

    def resolved(self) -> MetricsParams:
        p = replace(self, as_of=self.as_of or date.today(),
                    churn_window=self.churn_window or config.CHURN_WINDOW_DAYS.from_env(),
                    history=HISTORY.get(self.period, 12) if self.history is None else self.history)
        if p.period not in HISTORY:
            raise ValueError(f"period must be one of {', '.join(HISTORY)}")
        if p.time_unit not in TIME_UNITS:
            raise ValueError(f"time unit must be one of {', '.join(TIME_UNITS)}")
        if p.churn_window < 1:
            raise ValueError("the churn window must be at least one day")
        if not 1 <= p.horizon_months <= 600:
            raise ValueError("the horizon must be 1 to 600 months")
        if not 0 <= p.discount_rate < 1:
            raise ValueError("the monthly discount rate must be in [0, 1)")
        if p.segment is not None and p.segment not in SEGMENT_KINDS:
            raise ValueError(f"segment must be one of {', '.join(SEGMENT_KINDS)}")
        if p.holdout_end is not None and p.holdout_end <= p.as_of:
            raise ValueError(f"the holdout end ({p.holdout_end}) must come after the as-of date ({p.as_of})")
        return p


def compute(db, params: MetricsParams = MetricsParams(), progress: Progress | None = None,
            cancel: Cancel | None = None) -> dict:
    """Load (or reuse) the frames of `db` and compute every metric for `params`."""
    from crm_app.services import metrics_data

    params = params.resolved()
    data = metrics_data.load(db, (lambda f, m: report(progress, 0.4 * f, m)) if progress else None, cancel)
    source = None
    if params.segment == "tier":
        source = metrics_data.tiers(db)
    elif params.segment == "tag":
        source = metrics_data.tags(db)
    result = compute_from_data(data, params, (lambda f, m: report(progress, 0.4 + 0.6 * f, m)) if progress else None,
                               cancel, segment_source=source)
    ids = [w["customer_id"] for w in result.get("win_back", [])]
    names = metrics_data.codes(db, ids)
    for w in result.get("win_back", []):
        w["code"], w["name"] = names.get(w["customer_id"], (None, None))
    return result


def compute_from_data(data, params: MetricsParams, progress: Progress | None = None, cancel: Cancel | None = None,
                      segment_source=None) -> dict:
    """All metrics from loaded `metrics_data.MetricsData` (no database access)."""
    from crm_app.analytics import clv as clv_mod
    from crm_app.analytics.activity import STATUSES, active_spells, activity_codes
    from crm_app.analytics.bgnbd import fit_bgnbd
    from crm_app.analytics.cohorts import cohort_matrix
    from crm_app.analytics.feedback import csat, nps
    from crm_app.analytics.gammagamma import fit_gamma_gamma
    from crm_app.analytics.mle import FitError
    from crm_app.analytics.purchases import PurchaseDays
    from crm_app.analytics.retention import retention_history
    from crm_app.analytics.rfm import SEGMENTS, rfm_table
    from crm_app.analytics.sales import historical_clv, repeat_purchase_rate, sales
    from crm_app.analytics.tickets import ticket_measures
    from crm_app.domain.activity import ActivityRules

    p = params.resolved()
    as_of, window, unit = p.as_of, p.churn_window, p.time_unit
    t = to_day(as_of)
    money = _Money(data.currency)
    every = PurchaseDays.from_frame(data.purchases(t))
    pd_ = every.until(t)
    ended = data.ended
    report(progress, 0.05, "activity")
    spells = active_spells(pd_, window, ended)
    history = retention_history(pd_, as_of, p.period, p.history, window, spells=spells, cancel=cancel)
    current = history[-1]
    first_day = int(pd_.first.min()) if pd_.customers else t
    past = [r for r in history[:-1] if to_day(r.end) >= first_day]
    check_cancel(cancel)
    s = sales(pd_, current.start, current.end)
    rpr = repeat_purchase_rate(pd_)
    hist = historical_clv(pd_, as_of, window, spells=spells)
    _, codes = activity_codes(pd_, as_of, ActivityRules(churn_window_days=window), ended)
    status_counts = {name: int((codes == i).sum()) for i, name in enumerate(STATUSES)}
    status_counts["prospect"] = max(data.customers_total - pd_.customers, 0)
    out: dict = {
        "as_of": as_of.isoformat(), "currency": data.currency,
        "parameters": {k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(p).items()},
        "customers": {"total": data.customers_total, "with_purchases": pd_.customers,
                      "active": int(sum(v for k, v in status_counts.items() if k not in ("lapsed", "prospect"))),
                      "by_status": status_counts},
        "retention": _retention(current),
        "retention_by_period": [_retention(r) for r in past],
        "repeat_purchase_rate": rpr.value, "purchase_frequency": s.purchase_frequency,
        "aov": money.of(s.aov), "revenue": money.minor(s.revenue_minor), "orders": s.orders,
        "purchase_days": s.purchase_days, "buyers": s.buyers,
        "explain": {"repeat_purchase_rate": rpr.explain, **s.explain},
        "clv_historical": {"value": money.of(hist.value), "avg_purchase_value": money.of(hist.avg_purchase_value),
                           "purchases_per_year": _r(hist.purchases_per_year, 4),
                           "lifespan_years": _r(hist.lifespan_years, 4),
                           "annual_churn_rate": _r(hist.annual_churn_rate, 2),
                           "window_start": hist.window_start.isoformat(), "window_end": hist.window_end.isoformat(),
                           "explain": hist.explain},
        "warnings": list(data.warnings),
    }
    report(progress, 0.25, "fitting BG/NBD")
    inputs = clv_mod.model_inputs(pd_, as_of, unit, ended)
    bg = gg = None
    try:
        bg = fit_bgnbd(inputs, p.penalizer, cancel=cancel)
        out["bgnbd"] = {"r": bg.r, "alpha": bg.alpha, "a": bg.a, "b": bg.b, "log_likelihood": bg.log_likelihood,
                        "customers": bg.customers, "repeat_customers": bg.repeat_customers, "time_unit": unit,
                        "explain": bg.explain}
    except FitError as exc:
        out["bgnbd"] = {"error": str(exc), "customers": len(inputs), "time_unit": unit}
    report(progress, 0.45, "fitting Gamma-Gamma")
    try:
        gg = fit_gamma_gamma(inputs, p.penalizer, cancel=cancel)
        out["gamma_gamma"] = {"p": gg.p, "q": gg.q, "v": gg.v, "log_likelihood": gg.log_likelihood,
                              "customers": gg.customers, "mean_spend": money.of(gg.mean_spend),
                              "corr_frequency_monetary": _r(gg.corr_frequency_monetary, 4), "explain": gg.explain}
    except FitError as exc:
        out["gamma_gamma"] = {"error": str(exc), "customers": int((inputs["frequency"] > 0).sum())}
    report(progress, 0.55, "predicting")
    if bg is not None:
        frame, fc = clv_mod.predict_clv(inputs, bg, gg, p.horizon_months, p.discount_rate, unit, cancel=cancel)
        out["predicted"] = {"horizon_months": p.horizon_months, "discount_rate": p.discount_rate,
                            "expected_purchases": round(fc.expected_purchases, 2),
                            "mean_p_alive": round(fc.mean_p_alive, 4),
                            "clv_total": money.of(fc.clv_total if gg is not None else None),
                            "clv_mean": money.of(fc.clv_total / max(fc.customers, 1) if gg is not None else None),
                            "customers": fc.customers, "explain": fc.explain}
        out["win_back"] = _win_back(inputs, frame, money)
        if p.holdout_end is not None:
            h = clv_mod.holdout_check(every, inputs, bg, as_of, p.holdout_end, unit)
            out["holdout"] = {"start": h.start.isoformat(), "end": h.end.isoformat(),
                              "predicted_purchases": round(h.predicted_purchases, 2),
                              "actual_purchases": h.actual_purchases, "error_pct": h.error_pct,
                              "customers": h.customers, "by_frequency": h.by_frequency, "explain": h.explain}
    else:
        out["predicted"] = {"horizon_months": p.horizon_months, "discount_rate": p.discount_rate,
                            "expected_purchases": None, "mean_p_alive": None, "clv_total": None,
                            "error": out["bgnbd"]["error"]}
        if p.holdout_end is not None:
            out["holdout"] = {"end": p.holdout_end.isoformat(), "predicted_purchases": None,
                              "actual_purchases": None, "error": out["bgnbd"]["error"]}
    check_cancel(cancel)
    report(progress, 0.75, "feedback and tickets")
    n, c = nps(data.feedback, current.start, current.end), csat(data.feedback, current.start, current.end)
    out["nps"] = {**n.to_dict(), "start": current.start.isoformat(), "end": current.end.isoformat()}
    out["csat"] = {**c.to_dict(), "start": current.start.isoformat(), "end": current.end.isoformat()}
    tm = ticket_measures(data.tickets, current.start, current.end, as_of)
    out["tickets"] = {**tm.to_dict(), "start": current.start.isoformat(), "end": current.end.isoformat()}
    report(progress, 0.8, "cohorts and RFM")
    cm = cohort_matrix(pd_, as_of, p.period, max_cohorts=12)
    out["cohorts"] = {"period": p.period, "rows": [
        {"cohort": str(label), "customers": int(row["customers"]),
         "retention": [None if (v is None or math.isnan(v)) else float(v) for v in row.iloc[1:].tolist()]}
        for label, row in cm.iterrows()]}
    rfm = rfm_table(pd_, as_of)
    counts = rfm["segment"].value_counts()
    out["rfm"] = {seg: int(counts.get(seg, 0)) for seg in SEGMENTS}
    if p.segment is not None:
        from crm_app.services.metrics_segments import segment_table

        out["segments"] = segment_table(p.segment, pd_, spells, current, window, ended, segment_source, money)
    report(progress, 1.0, "done")
    return out


def _r(x: float | None, digits: int) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(float(x), digits)


def _retention(r) -> dict:
    return {"period": r.period, "label": r.label, "start": r.start.isoformat(), "end": r.end.isoformat(),
            "complete": r.complete, "customers_start": r.customers_start, "customers_end": r.customers_end,
            "new": r.new, "lost": r.lost, "retained": r.retained, "reactivated": r.reactivated,
            "crr": r.crr, "churn_rate": r.churn_rate, "explain": r.explain}


def _win_back(inputs, frame, money: _Money) -> list[dict]:
    """Customers who brought the most (net, to date) and are probably gone (P(alive) < 0.5, no ended status)."""
    alive = frame["p_alive"].to_numpy()
    cand = (alive < 0.5) & ~inputs["ended"].to_numpy(dtype=bool)
    if not cand.any():
        return []
    total = inputs["total"].to_numpy()
    idx = np.flatnonzero(cand)
    top = idx[np.argsort(-total[idx], kind="stable")[:WIN_BACK]]
    clv = frame["clv"].to_numpy()
    last = inputs["last_day"].to_numpy()
    return [{"customer_id": int(inputs.index[i]), "historical_value": money.of(total[i]),
             "predicted_clv": money.of(None if np.isnan(clv[i]) else clv[i]), "p_alive": round(float(alive[i]), 4),
             "last_purchase": to_date(int(last[i])).isoformat()} for i in top]


class _Money:
    """Floats of the analytics frames → Decimal in the business currency's minor units."""

    def __init__(self, currency: str):
        self.currency = currency
        self.exp = exponent(currency)
        self.q = Decimal(1).scaleb(-self.exp)

    def of(self, x: float | None) -> Decimal | None:
        if x is None or (isinstance(x, float) and not math.isfinite(x)):
            return None
        return Decimal(repr(round(float(x), self.exp))).quantize(self.q)

    def minor(self, minor: int | None) -> Decimal | None:
        return None if minor is None else Decimal(int(minor)).scaleb(-self.exp).quantize(self.q)


def to_jsonable(obj):
    """Decimal → number, date → ISO text, numpy scalars → Python, NaN → None (for json.dumps)."""
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, Decimal):
        return int(obj) if obj == obj.to_integral_value() and obj.as_tuple().exponent >= 0 else float(obj)
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, np.generic):
        obj = obj.item()
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    return obj
