"""Revenue, orders, AOV, purchase frequency, repeat purchase rate and the classic historical CLV."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from crm_app.analytics.activity import Spells, active_spells
from crm_app.analytics.common import fmt, fmt_pct, pct, ratio, to_date, to_day
from crm_app.analytics.purchases import PurchaseDays, as_purchases
from crm_app.analytics.retention import retention


@dataclass
class Sales:
    start: date
    end: date
    revenue: float             # net, currency units
    revenue_minor: int | None  # exact, when the frame has net_minor
    orders: int
    purchase_days: int
    buyers: int
    aov: float | None
    purchase_frequency: float | None
    explain: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["start"], d["end"] = self.start.isoformat(), self.end.isoformat()
        return d


def sales(purchases: PurchaseDays | pd.DataFrame, start: date, end: date) -> Sales:
    """Net revenue, orders, AOV = revenue / orders and purchase frequency = purchase days / buyers
    for the purchase days in `start` … `end`.

    purchases: columns customer_id, day, net; optional orders, net_minor.
    """
    p = as_purchases(purchases)
    lo, hi = to_day(start), to_day(end)
    daily = p.daily
    minor = int(daily.between("net_minor", lo, hi)) if p.net_minor is not None else None
    revenue = float(daily.between("net", lo, hi))
    orders = int(daily.between("orders", lo, hi))
    days = int(daily.between("days", lo, hi))
    buyers = p.buyers_between(lo, hi) if days else 0
    aov = None if not orders else revenue / orders
    freq = ratio(days, buyers)
    s = Sales(start, end, revenue, minor, orders, days, buyers, aov, freq)
    s.explain = {
        "revenue": f"Revenue = net of the {fmt(orders)} orders dated {start} … {end} (order totals − their "
                   f"refunds) = {fmt(revenue)}",
        "aov": (f"AOV = revenue / orders = {fmt(revenue)} / {fmt(orders)} = {fmt(aov)}" if orders
                else "AOV = revenue / orders: no orders in the period"),
        "purchase_frequency": (f"Purchase frequency = purchase days / buyers = {fmt(days)} / {fmt(buyers)} = "
                               f"{fmt(freq, 4)}" if buyers else "Purchase frequency: no buyers in the period"),
    }
    return s


@dataclass
class RepeatRate:
    value: float | None
    repeat_customers: int
    customers: int
    explain: str


def repeat_purchase_rate(purchases: PurchaseDays | pd.DataFrame, as_of: date | None = None) -> RepeatRate:
    """Share of customers (with a purchase day on or before `as_of`) with two or more purchase days.

    purchases: columns customer_id, day, net.
    """
    p = as_purchases(purchases)
    n = p.counts if as_of is None else p.counts_until(to_day(as_of))
    repeat, customers = int(np.count_nonzero(n >= 2)), int(np.count_nonzero(n >= 1))
    value = pct(repeat, customers)
    text = (f"Repeat purchase rate = customers with 2+ purchase days / customers = {fmt(repeat)} / "
            f"{fmt(customers)} × 100 = {fmt_pct(value)}")
    return RepeatRate(value, repeat, customers, text)


@dataclass
class HistoricalClv:
    value: float | None
    avg_purchase_value: float | None
    purchases_per_year: float | None
    lifespan_years: float | None
    annual_churn_rate: float | None
    revenue: float
    purchase_days: int
    buyers: int
    window_start: date
    window_end: date
    explain: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["window_start"], d["window_end"] = self.window_start.isoformat(), self.window_end.isoformat()
        return d


def historical_clv(purchases: PurchaseDays | pd.DataFrame, as_of: date, window: int = 365,
                   ended: pd.DataFrame | None = None, spells: Spells | None = None) -> HistoricalClv:
    """Classic CLV = average purchase value × purchases per year × lifespan in years, over the year
    ending on `as_of` (the 365 days as_of − 364 … as_of):

    - average purchase value = net revenue / purchase days in the year;
    - purchases per year = purchase days / buyers in the year;
    - lifespan = 1 / annual churn rate, the churn rate L / S of that year (analytics.retention).

    purchases: columns customer_id, day, net. ended: as for analytics.activity.
    """
    t = to_day(as_of)
    p = as_purchases(purchases)
    start = to_date(t - 364)
    s = sales(p, start, to_date(t))
    if spells is None:
        spells = active_spells(p.until(t), window, ended)
    year = retention(None, start, to_date(t), window, spells=spells)
    apv = None if not s.purchase_days else s.revenue / s.purchase_days
    ppy = None if not s.buyers else s.purchase_days / s.buyers
    churn = None if year.churn_rate is None else year.lost / year.customers_start
    life = None if not churn else 1.0 / churn
    value = None if None in (apv, ppy, life) else apv * ppy * life
    out = HistoricalClv(value, apv, ppy, life, None if churn is None else 100 * churn, s.revenue,
                        s.purchase_days, s.buyers, start, to_date(t))
    out.explain = {
        "avg_purchase_value": (f"average purchase value = revenue / purchase days = {fmt(s.revenue)} / "
                               f"{fmt(s.purchase_days)} = {fmt(apv)} (year {start} … {to_date(t)})"),
        "purchases_per_year": (f"purchases per year = purchase days / buyers = {fmt(s.purchase_days)} / "
                               f"{fmt(s.buyers)} = {fmt(ppy, 4)}"),
        "lifespan_years": (f"lifespan = 1 / annual churn rate = 1 / ({fmt(year.lost)} / {fmt(year.customers_start)})"
                           f" = {fmt(life, 4)} years" if life else
                           "lifespan = 1 / annual churn rate: no customer was lost in the year, so it is undefined"),
        "value": (f"CLV = average purchase value × purchases per year × lifespan = {fmt(apv)} × {fmt(ppy, 4)} × "
                  f"{fmt(life, 4)} = {fmt(value)}" if value is not None else "CLV: undefined (see its inputs)"),
    }
    return out


def historical_clv_by_segment(purchases: PurchaseDays | pd.DataFrame, as_of: date, segments: pd.Series,
                              window: int = 365, ended: pd.DataFrame | None = None) -> pd.DataFrame:
    """historical_clv per segment (segments: customer_id index → segment name); one row per segment
    with value, avg_purchase_value, purchases_per_year, lifespan_years and the explain text."""
    p = as_purchases(purchases).until(to_day(as_of))
    rows = []
    for name, members in segments.groupby(segments.astype(str)).groups.items():
        sub = p.subset(np.asarray(members, dtype=np.int64))
        h = historical_clv(sub, as_of, window, ended)
        rows.append({"segment": name, "value": h.value, "avg_purchase_value": h.avg_purchase_value,
                     "purchases_per_year": h.purchases_per_year, "lifespan_years": h.lifespan_years,
                     "explain": h.explain["value"]})
    return pd.DataFrame(rows)
