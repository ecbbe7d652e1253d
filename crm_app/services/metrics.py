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
    to_day,
)
from crm_app.domain.money import exponent

SEGMENT_KINDS = ("tier", "activity", "rfm", "cohort", "tag")
HISTORY = {"month": 24, "quarter": 12, "year": 10}
TIME_UNITS = ("day", "week")
TOP = 20
LISTS = ("win_back", "at_risk", "top_customers")
LIST_EXPLAIN = {
    "win_back": "win-back: customers with P(alive) < 0.5 and no ended status, highest net spend to date first",
    "at_risk": "at risk: activity status at_risk (no purchase day for longer than 1.5 × their usual gap between "
               "purchase days, 90 days for one-time buyers), highest predicted CLV first",
    "top_customers": "top customers: highest predicted CLV over the horizon, no ended status",
}




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
    compare: bool = True                # KPIs against the previous period and a year earlier (`kpis`)
    top: int = TOP                      # rows of the win_back, at_risk and top_customers lists

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
        if p.penalizer < 0:
            raise ValueError("the penalizer must not be negative")
        if p.history < 0:
            raise ValueError("history must not be negative")
        if p.segment is not None and p.segment not in SEGMENT_KINDS:
            raise ValueError(f"segment must be one of {', '.join(SEGMENT_KINDS)}")
        if p.holdout_end is not None and p.holdout_end <= p.as_of:
            raise ValueError(f"the holdout end ({p.holdout_end}) must come after the as-of date ({p.as_of})")
        return p


def compute(db, params: MetricsParams = MetricsParams(), progress: Progress | None = None,
            cancel: Cancel | None = None) -> dict:
    """Load (or reuse) the frames of `db` and compute every metric for `params`.

    `db`: a Database, or a reader with the same few reads (metrics_scan.FileSource: `crm-app metrics`
    on a SQLite file, without SQLAlchemy). The result is the dict documented in the README;
    `result["frames"]["customers"]` is the per-customer DataFrame (not JSON: `to_jsonable` leaves it out)."""
    if hasattr(db, "tier_counts"):
        source = db
    else:
        from crm_app.services.metrics_data import DatabaseSource

        source = DatabaseSource(db)
    params = params.resolved()
    data = source.load((lambda f, m: report(progress, 0.4 * f, m)) if progress else None, cancel)
    segments = None
    if params.segment == "tier":
        segments = source.tiers()
    elif params.segment == "tag":
        segments = source.tags()
    result = compute_from_data(data, params, (lambda f, m: report(progress, 0.4 + 0.6 * f, m)) if progress else None,
                               cancel, segment_source=segments, tier_counts=source.tier_counts())
    rows = [r for key in LISTS for r in result.get(key, [])]
    names = source.codes(sorted({r["customer_id"] for r in rows}))
    for r in rows:
        r["code"], r["name"] = names.get(r["customer_id"], (None, None))
    return result


def compute_from_data(data, params: MetricsParams, progress: Progress | None = None, cancel: Cancel | None = None,
                      segment_source=None, tier_counts: list[dict] | None = None) -> dict:
    """All metrics from loaded `metrics_data.MetricsData` (no database access)."""
    from crm_app.analytics import clv as clv_mod
    from crm_app.analytics import customer_lists, kpis, trends
    from crm_app.analytics.activity import STATUSES, active_spells, activity_codes
    from crm_app.analytics.cohorts import cohort_matrix
    from crm_app.analytics.feedback import csat, nps
    from crm_app.analytics.retention import retention_history
    from crm_app.analytics.rfm import SEGMENTS, rfm_scores
    from crm_app.analytics.sales import historical_clv, repeat_purchase_rate, sales
    from crm_app.analytics.tickets import ticket_measures
    from crm_app.domain.activity import ActivityRules

    p = params.resolved()
    as_of, window, unit = p.as_of, p.churn_window, p.time_unit
    t = to_day(as_of)
    money = _Money(data.currency)
    every = data.purchase_days(t)
    pd_ = every.until(t)
    ended = data.ended
    report(progress, 0.02, "activity")
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
                      "by_status": status_counts,
                      "explain": (f"activity on {as_of} with a churn window of {window} days: active = new + active + "
                                  f"at risk + reactivated = "
                                  f"{_plus(status_counts, ('new', 'active', 'at_risk', 'reactivated'))}; "
                                  f"lapsed {status_counts['lapsed']:,} (no purchase day within {window} days, or an "
                                  f"ended status); prospects {status_counts['prospect']:,} (no purchase yet)")},
        "retention": _retention(current),
        "retention_by_period": [_retention(r) for r in past],
        "repeat_purchase_rate": rpr.value, "purchase_frequency": s.purchase_frequency,
        "aov": money.of(s.aov), "revenue": money.minor(s.revenue_minor), "orders": s.orders,
        "purchase_days": s.purchase_days, "buyers": s.buyers,
        "explain": {"repeat_purchase_rate": rpr.explain, **s.explain},
        "clv_historical": _historical(hist, money),
        "warnings": list(data.warnings),
    }
    report(progress, 0.15, "fitting BG/NBD")
    inputs = clv_mod.model_inputs(pd_, as_of, unit, ended)
    bg, gg, forecast, fc = _models(inputs, p, out, money, cancel, progress)
    snapshots = None
    if p.compare:   # the comparison dates refit the models: in a thread, while the rest is computed here
        from concurrent.futures import ThreadPoolExecutor

        win = kpis.windows(as_of, p.period)
        pool = ThreadPoolExecutor(2, thread_name_prefix="metrics-compare")
        snapshots = [pool.submit(_snapshot, w, pd_, spells, data, p, bg, gg, cancel) for w in win[1:]]
        pool.shutdown(wait=False)
    if p.holdout_end is not None:
        if bg is not None:
            h = clv_mod.holdout_check(every, inputs, bg, as_of, p.holdout_end, unit)
            out["holdout"] = {"start": h.start.isoformat(), "end": h.end.isoformat(),
                              "predicted_purchases": round(h.predicted_purchases, 2),
                              "actual_purchases": h.actual_purchases, "error_pct": h.error_pct,
                              "customers": h.customers, "by_frequency": h.by_frequency, "explain": h.explain}
        else:
            out["holdout"] = {"end": p.holdout_end.isoformat(), "predicted_purchases": None,
                              "actual_purchases": None, "error": out["bgnbd"]["error"]}
    check_cancel(cancel)
    report(progress, 0.6, "feedback and tickets")
    n, c = nps(data.feedback, current.start, current.end), csat(data.feedback, current.start, current.end)
    out["nps"] = {**n.to_dict(), "start": current.start.isoformat(), "end": current.end.isoformat()}
    out["csat"] = {**c.to_dict(), "start": current.start.isoformat(), "end": current.end.isoformat()}
    tm = ticket_measures(data.tickets, current.start, current.end, as_of)
    out["tickets"] = {**tm.to_dict(), "sla": _sla(tm), "start": current.start.isoformat(),
                      "end": current.end.isoformat()}
    report(progress, 0.65, "cohorts and RFM")
    cm = cohort_matrix(pd_, as_of, p.period, max_cohorts=12)
    out["cohorts"] = {"period": p.period, "rows": [
        {"cohort": str(label), "customers": int(row["customers"]),
         "retention": [None if (v is None or math.isnan(v)) else float(v) for v in row.iloc[1:].tolist()]}
        for label, row in cm.iterrows()],
        "explain": (f"rows: customers by the {p.period} of their first purchase day (the newest 12); column k: "
                    f"% of the cohort with a purchase day in the k-th {p.period} after it (0 = the first, "
                    f"100 %); the running {p.period} counts up to {as_of}; empty where it has not begun")}
    rfm = rfm_scores(pd_, as_of)
    seg_counts = np.bincount(rfm[7].astype(np.int64), minlength=len(SEGMENTS))
    out["rfm"] = {seg: int(seg_counts[i]) for i, seg in enumerate(SEGMENTS)}
    if p.segment is not None:
        from crm_app.services.metrics_segments import segment_table

        out["segments"] = segment_table(p.segment, pd_, spells, current, window, ended, segment_source, money)
    check_cancel(cancel)
    report(progress, 0.7, "customer lists")
    frame = customer_lists.customer_frame(inputs, codes, rfm, forecast)
    out["frames"] = {"customers": frame}
    out["win_back"] = customer_lists.win_back(frame, t, money.of, p.top) if forecast is not None else []
    out["at_risk"] = customer_lists.at_risk(frame, t, money.of, p.top)
    out["top_customers"] = customer_lists.top_customers(frame, t, money.of, p.top) if gg is not None else []
    out["explain"].update(LIST_EXPLAIN)
    out["p_alive_vs_clv"] = customer_lists.scatter_sample(frame)
    dist = trends.distribution(frame["clv"].to_numpy())
    out["clv_distribution"] = {**dist, "mean": money.of(dist["mean"]),
                               "quantiles": {k: money.of(v) for k, v in dist["quantiles"].items()},
                               "bins": [{"from": money.of(b["from"]), "to": money.of(b["to"]),
                                         "customers": b["customers"]} for b in dist["bins"]],
                               "horizon_months": p.horizon_months}
    out["tier_distribution"] = _tiers(tier_counts)
    months = max(p.history, 23) if p.period == "month" else 23
    out["revenue_by_month"] = [{**r, "revenue": money.minor(r["revenue_minor"]), "aov": money.of(r["aov"])}
                               for r in trends.revenue_by_period(pd_, as_of, "month", months)]
    out["feedback_by_period"] = trends.feedback_by_period(data.feedback, as_of, p.period, len(past))
    out["retention_trend"] = _trend(history, p.period)
    out["explain"].update({
        "revenue_by_month": (f"per calendar month: revenue = net of the orders dated in the month (refunds made by "
                             f"{as_of} subtracted), orders in {data.currency}, purchase days, buyers = customers "
                             f"with a purchase day in the month, AOV = revenue / orders; the running month up to "
                             f"the as-of date"),
        "feedback_by_period": ("per period: NPS = % answers 9–10 − % answers 0–6, CSAT = answers 4–5 / answers "
                               "1–5 × 100, over the answers given in the period"),
        "retention_trend": "CRR and churn rate of each period (see retention) beside the same period a year before",
        "tier_distribution": "customers (not merged away) by their current loyalty tier; share = customers / all × 100",
    })
    if snapshots is not None:
        report(progress, 0.75, "previous periods")
        now = _kpi_values(out, money)
        prev, year = (f.result() for f in snapshots)
        out["kpis"] = _money_changes(kpis.compare(now, prev, year, win), money)
        out["kpi_windows"] = dict(zip(("current", "previous", "year_ago"), (w.to_dict() for w in win)))
    report(progress, 1.0, "done")
    return out


def _plus(counts: dict, keys) -> str:
    return " + ".join(f"{counts[k]:,}" for k in keys) + f" = {sum(counts[k] for k in keys):,}"


def _models(inputs, p: MetricsParams, out: dict, money, cancel, progress):
    """BG/NBD and Gamma-Gamma fits and the forecast: fills bgnbd, gamma_gamma, predicted."""
    from crm_app.analytics import clv as clv_mod
    from crm_app.analytics.bgnbd import fit_bgnbd
    from crm_app.analytics.gammagamma import fit_gamma_gamma
    from crm_app.analytics.mle import FitError

    unit = p.time_unit
    bg = gg = forecast = fc = None
    try:
        bg = fit_bgnbd(inputs, p.penalizer, cancel=cancel)
        out["bgnbd"] = {"r": bg.r, "alpha": bg.alpha, "a": bg.a, "b": bg.b, "log_likelihood": bg.log_likelihood,
                        "customers": bg.customers, "repeat_customers": bg.repeat_customers, "time_unit": unit,
                        "penalizer": p.penalizer, "iterations": bg.iterations, "explain": bg.explain}
    except FitError as exc:
        out["bgnbd"] = {"error": str(exc), "customers": len(inputs), "time_unit": unit}
    report(progress, 0.35, "fitting Gamma-Gamma")
    try:
        gg = fit_gamma_gamma(inputs, p.penalizer, cancel=cancel)
        out["gamma_gamma"] = {"p": gg.p, "q": gg.q, "v": gg.v, "log_likelihood": gg.log_likelihood,
                              "customers": gg.customers, "mean_spend": money.of(gg.mean_spend),
                              "corr_frequency_monetary": _r(gg.corr_frequency_monetary, 4),
                              "penalizer": p.penalizer, "iterations": gg.iterations, "explain": gg.explain}
    except FitError as exc:
        out["gamma_gamma"] = {"error": str(exc), "customers": int((inputs["frequency"] > 0).sum())}
    report(progress, 0.45, "predicting")
    if bg is not None:
        forecast, fc = clv_mod.predict_clv(inputs, bg, gg, p.horizon_months, p.discount_rate, unit, cancel=cancel)
        mean = fc.clv_total / max(fc.customers, 1) if gg is not None else None
        explain = dict(fc.explain)
        if mean is not None:
            explain["clv_mean"] = (f"mean predicted CLV = CLV total / customers = {fc.clv_total:,.2f} / "
                                   f"{fc.customers:,} = {mean:,.2f}")
        out["predicted"] = {"horizon_months": p.horizon_months, "discount_rate": p.discount_rate,
                            "expected_purchases": round(fc.expected_purchases, 2),
                            "mean_p_alive": round(fc.mean_p_alive, 4),
                            "clv_total": money.of(fc.clv_total if gg is not None else None),
                            "clv_mean": money.of(mean), "customers": fc.customers, "explain": explain}
        if gg is None:
            out["predicted"]["error"] = out["gamma_gamma"]["error"]
    else:
        out["predicted"] = {"horizon_months": p.horizon_months, "discount_rate": p.discount_rate,
                            "expected_purchases": None, "mean_p_alive": None, "clv_total": None, "clv_mean": None,
                            "error": out["bgnbd"]["error"]}
    return bg, gg, forecast, fc


def _historical(hist, money) -> dict:
    return {"value": money.of(hist.value), "avg_purchase_value": money.of(hist.avg_purchase_value),
            "purchases_per_year": _r(hist.purchases_per_year, 4), "lifespan_years": _r(hist.lifespan_years, 4),
            "annual_churn_rate": _r(hist.annual_churn_rate, 2),
            "window_start": hist.window_start.isoformat(), "window_end": hist.window_end.isoformat(),
            "explain": hist.explain}


def _sla(tm) -> dict:
    """Both SLA targets (first response and resolution) together: met / (met + breached)."""
    from crm_app.analytics.common import pct

    met = tm.first_response_sla.met + tm.resolution_sla.met
    breached = tm.first_response_sla.breached + tm.resolution_sla.breached
    value = pct(met, met + breached)
    text = (f"SLA attainment = targets met / (met + breached) × 100 over first-response and resolution targets = "
            f"{met:,} / ({met:,} + {breached:,}) × 100 = {value:.2f} %" if met + breached
            else "SLA attainment: no target due yet")
    return {"value": value, "met": met, "breached": breached, "explain": text}


def _tiers(counts: list[dict] | None) -> list[dict]:
    if not counts:
        return []
    total = sum(c["customers"] for c in counts)
    return [{**c, "share": round(100.0 * c["customers"] / total, 2) if total else None} for c in counts]


def _trend(history: list, period: str) -> list[dict]:
    """CRR and churn rate of each period of the history with the same period a year earlier."""
    per_year = {"month": 12, "quarter": 4, "year": 1}[period]
    out = []
    for i in range(per_year, len(history)):
        r, y = history[i], history[i - per_year]
        out.append({"label": r.label, "start": r.start.isoformat(), "end": r.end.isoformat(), "crr": r.crr,
                    "churn_rate": r.churn_rate, "last_year_label": y.label, "crr_last_year": y.crr,
                    "churn_rate_last_year": y.churn_rate})
    return out


def _kpi_values(out: dict, money) -> dict:
    """The current period's KPI values, as shown in the other keys of the result."""
    return {"crr": out["retention"]["crr"], "churn_rate": out["retention"]["churn_rate"],
            "repeat_purchase_rate": out["repeat_purchase_rate"], "purchase_frequency": out["purchase_frequency"],
            "aov": out["aov"], "revenue": out["revenue"], "clv_historical": out["clv_historical"]["value"],
            "clv_predicted": out["predicted"].get("clv_mean"), "nps": out["nps"]["value"],
            "csat": out["csat"]["value"], "sla_attainment": out["tickets"]["sla"]["value"]}


def _snapshot(w, purchases, spells, data, p: MetricsParams, bg, gg, cancel) -> dict:
    """The KPI values of a comparison window, computed the way the current ones are, as of its end
    (purchase days up to then; the same nets, i.e. refunds known on the as-of date)."""
    from crm_app.analytics import clv as clv_mod
    from crm_app.analytics.bgnbd import fit_bgnbd
    from crm_app.analytics.feedback import csat, nps
    from crm_app.analytics.gammagamma import fit_gamma_gamma
    from crm_app.analytics.mle import FitError
    from crm_app.analytics.retention import retention
    from crm_app.analytics.sales import historical_clv, repeat_purchase_rate, sales
    from crm_app.analytics.tickets import ticket_measures

    check_cancel(cancel)
    money = _Money(data.currency)
    r = retention(None, w.start, w.end, p.churn_window, spells=spells)
    s = sales(purchases, w.start, w.end)
    hist = historical_clv(purchases, w.end, p.churn_window, spells=spells)
    tm = ticket_measures(data.tickets, w.start, w.end, w.end)
    predicted = None
    if bg is not None and gg is not None:
        inputs = clv_mod.model_inputs(purchases, w.end, p.time_unit, data.ended)
        try:
            b = fit_bgnbd(inputs, p.penalizer, cancel=cancel, start=bg)
            g = fit_gamma_gamma(inputs, p.penalizer, cancel=cancel, start=gg)
            _, fc = clv_mod.predict_clv(inputs, b, g, p.horizon_months, p.discount_rate, p.time_unit, cancel=cancel)
            predicted = money.of(fc.clv_total / max(fc.customers, 1))
        except FitError:
            predicted = None
    return {"crr": r.crr, "churn_rate": r.churn_rate,
            "repeat_purchase_rate": repeat_purchase_rate(purchases, w.end).value,
            "purchase_frequency": s.purchase_frequency, "aov": money.of(s.aov), "revenue": money.minor(s.revenue_minor),
            "clv_historical": money.of(hist.value), "clv_predicted": predicted,
            "nps": nps(data.feedback, w.start, w.end).value, "csat": csat(data.feedback, w.start, w.end).value,
            "sla_attainment": _sla(tm)["value"]}


def _money_changes(table: dict, money) -> dict:
    for entry in table.values():
        if entry["unit"] == "money":
            for key in ("change", "change_year"):
                entry[key] = money.of(entry[key])
    return table


def _r(x: float | None, digits: int) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(float(x), digits)


def _retention(r) -> dict:
    return {"period": r.period, "label": r.label, "start": r.start.isoformat(), "end": r.end.isoformat(),
            "complete": r.complete, "customers_start": r.customers_start, "customers_end": r.customers_end,
            "new": r.new, "lost": r.lost, "retained": r.retained, "reactivated": r.reactivated,
            "crr": r.crr, "churn_rate": r.churn_rate, "explain": r.explain}


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


NOT_JSON = ("frames",)   # keys of the result that hold DataFrames, left out of the JSON


def to_jsonable(obj):
    """Decimal → number, date → ISO text, numpy scalars → Python, NaN → None (for json.dumps); the
    per-customer frames (key "frames") are left out."""
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items() if k not in NOT_JSON}
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
