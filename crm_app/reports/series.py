"""The data behind the charts, as plain lists: from the metrics result and the cached metrics frames.

The metrics result (services/metrics.compute) holds retention per period, cohorts, NPS/CSAT/tickets of
the current period and the fitted BG/NBD and Gamma-Gamma parameters, but not the per-customer
predictions, revenue per month or NPS/CSAT/SLA per past period. Those are computed here from the same
cached frames (services/metrics_data.load) with the same analytics functions, so the charts agree
with the KPIs. Qt-free: the metrics tab calls `chart_data` off the GUI thread too.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import numpy as np

from crm_app.analytics.common import Cancel, Progress, check_cancel, report, to_day

# periods shown in the "by period" charts; the overlay is the same periods a year earlier
SHOWN = {"month": 12, "quarter": 8, "year": 11}


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    complete: bool


@dataclass
class RetentionSeries:
    period: str
    periods: list[Period]
    crr: list[float | None]
    churn: list[float | None]
    crr_previous: list[float | None] | None     # the same periods a year earlier (None for years)
    churn_previous: list[float | None] | None


@dataclass
class PeriodMeasures:
    """Per shown period: NPS, CSAT, tickets created, SLA attainment (first response, resolution)."""
    periods: list[Period]
    nps: list[float | None]
    csat: list[float | None]
    tickets: list[int]
    first_response_sla: list[float | None]
    resolution_sla: list[float | None]


@dataclass
class ChartData:
    currency: str
    retention: RetentionSeries
    cohorts: list[dict]                          # {"cohort": "2026-03", "customers": n, "retention": [%...]}
    cohort_period: str
    months: list[date]                           # revenue by month: first days, oldest first
    revenue: list[Decimal]
    revenue_previous: list[Decimal | None]       # the same months a year earlier
    p_alive: np.ndarray = field(default_factory=lambda: np.empty(0))
    clv: np.ndarray = field(default_factory=lambda: np.empty(0))        # NaN without a Gamma-Gamma fit
    win_back: np.ndarray = field(default_factory=lambda: np.empty(0, bool))
    tiers: list[tuple[str, int, str | None]] = field(default_factory=list)   # (name, customers, colour)
    measures: PeriodMeasures | None = None


def _periods(result: dict) -> list[dict]:
    return [*result.get("retention_by_period", []), result["retention"]]


def _period(r: dict) -> Period:
    return Period(date.fromisoformat(r["start"]), date.fromisoformat(r["end"]), bool(r.get("complete", True)))


def retention_series(result: dict) -> RetentionSeries:
    """CRR and churn of the last SHOWN[period] periods (the running one last) and of the same periods a
    year earlier, when the history reaches that far."""
    period = result["retention"]["period"]
    rows = _periods(result)
    n = SHOWN.get(period, 12)
    shown = rows[-n:]
    prev = None
    if period != "year":
        earlier = {r["start"]: r for r in rows}
        prev = []
        for r in shown:
            s = date.fromisoformat(r["start"])
            k = (s.year - 1) * 12 + s.month - 1
            prev.append(earlier.get(date(k // 12, k % 12 + 1, 1).isoformat()))
        if not any(prev):
            prev = None
    return RetentionSeries(period, [_period(r) for r in shown], [r["crr"] for r in shown],
                           [r["churn_rate"] for r in shown],
                           None if prev is None else [p["crr"] if p else None for p in prev],
                           None if prev is None else [p["churn_rate"] if p else None for p in prev])


def revenue_by_month(data, as_of: date, months: int = 12) -> tuple[list[date], list[Decimal], list[Decimal | None]]:
    """Net revenue (orders dated in the month minus their refunds made by `as_of`) of the `months` months
    up to the one containing `as_of` (counted to `as_of`), and of the same months a year earlier."""
    t = to_day(as_of)
    frame = data.purchases(t)
    day = frame["day"].to_numpy()
    keep = day <= t
    month = day[keep].astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)  # months since 1970-01
    minor = frame["net_minor"].to_numpy()[keep]
    last = (as_of.year - 1970) * 12 + as_of.month - 1
    first = last - months + 1 - 12
    sums = np.zeros(months + 12, dtype=np.int64)
    inside = (month >= first) & (month <= last)
    np.add.at(sums, month[inside] - first, minor[inside])
    earliest = int(month.min()) if month.size else last + 1
    scale = Decimal(1) / Decimal(data.minor_per_unit)

    def money(i: int) -> Decimal:
        return (Decimal(int(sums[i])) * scale).quantize(scale)

    starts = [date(1970 + (first + 12 + i) // 12, (first + 12 + i) % 12 + 1, 1) for i in range(months)]
    now = [money(12 + i) for i in range(months)]
    before = [money(i) if first + i >= earliest else None for i in range(months)]
    return starts, now, before


def customer_values(data, result: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(p_alive, predicted CLV, win-back flag) per customer with a purchase by the as-of date, from the
    BG/NBD and Gamma-Gamma parameters fitted by the metrics engine (no refit). CLV is NaN without a
    Gamma-Gamma fit; empty arrays without a BG/NBD fit."""
    from crm_app.analytics.clv import model_inputs, predict_clv
    from crm_app.analytics.purchases import PurchaseDays

    bg, gg, pred = result.get("bgnbd", {}), result.get("gamma_gamma", {}), result.get("predicted", {})
    if "error" in bg or "r" not in bg:
        return np.empty(0), np.empty(0), np.empty(0, bool)
    params = result["parameters"]
    as_of = date.fromisoformat(result["as_of"])
    t = to_day(as_of)
    days = PurchaseDays.from_frame(data.purchases(t)).until(t)
    inputs = model_inputs(days, as_of, bg.get("time_unit", params.get("time_unit", "week")), data.ended)
    gamma = None if "error" in gg or "p" not in gg else (gg["p"], gg["q"], gg["v"])
    frame, _ = predict_clv(inputs, (bg["r"], bg["alpha"], bg["a"], bg["b"]), gamma,
                           int(pred.get("horizon_months", params.get("horizon_months", 12))),
                           float(pred.get("discount_rate", params.get("discount_rate", 0.01))),
                           bg.get("time_unit", params.get("time_unit", "week")))
    ids = inputs.index.to_numpy()
    marked = np.isin(ids, [w["customer_id"] for w in result.get("win_back", [])])
    return frame["p_alive"].to_numpy(dtype=float), frame["clv"].to_numpy(dtype=float), marked


def tier_counts(db, customers_total: int) -> list[tuple[str, int, str | None]]:
    """(tier name, customers, colour) in tier order, then the customers without a tier."""
    from crm_app.services import loyalty, metrics_data

    codes = metrics_data.tiers(db)
    with db.read() as s:
        _version, rules = loyalty.current_rules(s)
    counts = codes.value_counts()
    out = [(t.name, int(counts.get(t.code, 0)), t.color or None) for t in sorted(rules.tiers, key=lambda t: t.rank)]
    known = {t.code for t in rules.tiers}
    out += [(str(code), int(n), None) for code, n in counts.items() if code not in known]
    out.append(("", max(int(customers_total) - int(counts.sum()), 0), None))   # "" = no tier (caller names it)
    return out


def measures(data, period: Period, as_of: date, frame=None) -> dict:
    """Revenue, orders, AOV, NPS, CSAT, tickets and SLA attainment of one period, with the engine's
    functions over the cached frames (for the running period they equal the metrics result's).
    frame: `data.purchases(as_of)` when the caller already has it."""
    from crm_app.analytics.feedback import csat, nps
    from crm_app.analytics.tickets import ticket_measures

    t = to_day(as_of)
    s_day, e_day = to_day(period.start), min(to_day(period.end), t)
    frame = data.purchases(t) if frame is None else frame
    day = frame["day"].to_numpy()
    inside = (day >= s_day) & (day <= e_day)
    minor = int(frame["net_minor"].to_numpy()[inside].sum())
    orders = int(frame["orders"].to_numpy()[inside].sum())
    scale = Decimal(1) / Decimal(data.minor_per_unit)
    revenue = (Decimal(minor) * scale).quantize(scale)
    tm = ticket_measures(data.tickets, period.start, period.end, as_of)
    return {"revenue": revenue, "orders": orders,
            "aov": (revenue / orders).quantize(scale) if orders else None,
            "nps": nps(data.feedback, period.start, period.end).value,
            "csat": csat(data.feedback, period.start, period.end).value,
            "tickets": tm.tickets, "first_response_sla": tm.first_response_sla.value,
            "resolution_sla": tm.resolution_sla.value}


def comparison_periods(result: dict) -> tuple[Period | None, Period | None]:
    """The period before the running one and the same period a year earlier (None when not in the history)."""
    rows = _periods(result)
    cur = date.fromisoformat(result["retention"]["start"])
    prev = _period(rows[-2]) if len(rows) > 1 else None
    year = date(cur.year - 1, cur.month, 1).isoformat()
    ago = next((_period(r) for r in rows[:-1] if r["start"] == year), None)
    return prev, ago


def period_measures(data, result: dict) -> PeriodMeasures:
    """NPS, CSAT, tickets and SLA attainment for the periods of `retention_series`."""
    period = result["retention"]["period"]
    rows = _periods(result)[-SHOWN.get(period, 12):]
    as_of = date.fromisoformat(result["as_of"])
    out = PeriodMeasures([], [], [], [], [], [])
    frame = data.purchases(to_day(as_of))
    for r in rows:
        p = _period(r)
        m = measures(data, p, as_of, frame)
        out.periods.append(p)
        out.nps.append(m["nps"])
        out.csat.append(m["csat"])
        out.tickets.append(m["tickets"])
        out.first_response_sla.append(m["first_response_sla"])
        out.resolution_sla.append(m["resolution_sla"])
    return out


def chart_data(db, result: dict, progress: Progress | None = None, cancel: Cancel | None = None) -> ChartData:
    """Everything the retention charts draw, for the metrics `result` of `db` (frames from the cache)."""
    from crm_app.services import metrics_data

    report(progress, 0.0, "chart data")
    data = metrics_data.load(db, cancel=cancel)
    check_cancel(cancel)
    as_of = date.fromisoformat(result["as_of"])
    months, revenue, previous = revenue_by_month(data, as_of)
    out = ChartData(result["currency"], retention_series(result), result.get("cohorts", {}).get("rows", []),
                    result.get("cohorts", {}).get("period", result["retention"]["period"]), months, revenue, previous)
    report(progress, 0.3, "customer predictions")
    out.p_alive, out.clv, out.win_back = customer_values(data, result)
    check_cancel(cancel)
    report(progress, 0.7, "tiers")
    out.tiers = tier_counts(db, result["customers"]["total"])
    report(progress, 0.8, "satisfaction by period")
    out.measures = period_measures(data, result)
    report(progress, 1.0, "chart data ready")
    return out
