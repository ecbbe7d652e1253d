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
    return _historical(s.revenue, s.purchase_days, s.buyers, year.customers_start, year.lost, start, to_date(t))


def _historical(revenue: float, days: int, buyers: int, s: int, lost: int, start: date, end: date) -> HistoricalClv:
    apv = None if not days else revenue / days
    ppy = None if not buyers else days / buyers
    churn = None if not s else lost / s
    life = None if not churn else 1.0 / churn
    value = None if None in (apv, ppy, life) else apv * ppy * life
    out = HistoricalClv(value, apv, ppy, life, None if churn is None else 100 * churn, revenue, days, buyers,
                        start, end)
    out.explain = {
        "avg_purchase_value": (f"average purchase value = revenue / purchase days = {fmt(revenue)} / "
                               f"{fmt(days)} = {fmt(apv)} (year {start} … {end})"),
        "purchases_per_year": (f"purchases per year = purchase days / buyers = {fmt(days)} / "
                               f"{fmt(buyers)} = {fmt(ppy, 4)}"),
        "lifespan_years": (f"lifespan = 1 / annual churn rate = 1 / ({fmt(lost)} / {fmt(s)})"
                           f" = {fmt(life, 4)} years" if life else
                           "lifespan = 1 / annual churn rate: no customer was lost in the year, so it is undefined"),
        "value": (f"CLV = average purchase value × purchases per year × lifespan = {fmt(apv)} × {fmt(ppy, 4)} × "
                  f"{fmt(life, 4)} = {fmt(value)}" if value is not None else "CLV: undefined (see its inputs)"),
    }
    return out


def historical_clv_of_groups(purchases: PurchaseDays, as_of: date, spells: Spells, member: np.ndarray,
                             group: np.ndarray, groups: int) -> list[HistoricalClv]:
    """historical_clv of several groups of customers at once (one pass over the rows): `member` holds
    dense customer indexes (positions in `purchases.ids`, which `spells` shares), `group` the group
    (0 … groups − 1) of each; a customer may be in several groups. Same figures as historical_clv on
    each group's customers alone."""
    from crm_app.analytics.activity import active_on

    t = to_day(as_of)
    lo = t - 364
    p = purchases
    n = p.customers
    if n:
        hit = (p.day >= lo) & (p.day <= t)
        rev_c = np.add.reduceat(np.where(hit, p.net, 0.0), p.start)
        days_c = np.add.reduceat(hit.view(np.int8), p.start, dtype=np.int64)
        s_c = active_on(spells, lo - 1)
        lost_c = s_c & ~active_on(spells, t)
    else:
        rev_c = days_c = np.zeros(0)
        s_c = lost_c = np.zeros(0, bool)

    def total(values) -> np.ndarray:
        return np.bincount(group, weights=np.asarray(values, dtype=np.float64)[member], minlength=groups)

    rev, days, buyers = total(rev_c), total(days_c), total(days_c > 0)
    s, lost = total(s_c), total(lost_c)
    return [_historical(float(rev[k]), int(round(days[k])), int(round(buyers[k])), int(round(s[k])),
                        int(round(lost[k])), to_date(lo), to_date(t)) for k in range(groups)]


def historical_clv_by_segment(purchases: PurchaseDays | pd.DataFrame, as_of: date, segments: pd.Series,
                              window: int = 365, ended: pd.DataFrame | None = None) -> pd.DataFrame:
    """historical_clv per segment (segments: customer_id index → segment name); one row per segment
    with value, avg_purchase_value, purchases_per_year, lifespan_years and the explain text."""
    p = as_purchases(purchases).until(to_day(as_of))
    spells = active_spells(p, window, ended)
    names, code = np.unique(segments.astype(str).to_numpy(), return_inverse=True)
    pos, found = p.dense(segments.index.to_numpy(dtype=np.int64))
    groups = historical_clv_of_groups(p, as_of, spells, pos[found], code[found], names.size)
    return pd.DataFrame([{"segment": str(name), "value": h.value, "avg_purchase_value": h.avg_purchase_value,
                          "purchases_per_year": h.purchases_per_year, "lifespan_years": h.lifespan_years,
                          "explain": h.explain["value"]} for name, h in zip(names, groups)])
