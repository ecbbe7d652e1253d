"""The frames the metrics are computed from (`MetricsData`), however they were read: by
`metrics_data` through SQLAlchemy (the app, any back end) or by `metrics_scan` with sqlite3 alone
(`crm-app metrics` on a SQLite file). Imports numpy only; pandas when the frames are built.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from crm_app.domain.money import exponent

if TYPE_CHECKING:
    import pandas as pd

    from crm_app.analytics.purchases import PurchaseDays


@dataclass
class MetricsData:
    currency: str
    minor_per_unit: int
    customers_total: int
    # purchase days, sorted by (customer_id, day)
    customer_id: np.ndarray
    day: np.ndarray
    gross_minor: np.ndarray      # orders in `currency`
    orders: np.ndarray           # orders of the purchase day (any currency)
    currency_orders: np.ndarray  # of which in `currency` (the orders behind the money figures)
    other_currency_orders: int   # orders in another currency: purchase days, but no money figures
    # refunds in `currency`
    refund_customer: np.ndarray
    refund_order_day: np.ndarray
    refund_day: np.ndarray
    refund_minor: np.ndarray
    ended: pd.DataFrame        # customer_id, ended_day (NaT: date unknown), status
    feedback: pd.DataFrame     # kind, score, day
    tickets: pd.DataFrame      # created_at, first_response_at, resolved_at, *_due_at (seconds)
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    _memo: tuple | None = field(default=None, repr=False, compare=False)

    def net_minor(self, as_of_day: int | None = None) -> np.ndarray:
        """Net minor units of every purchase day as of `as_of_day`: gross minus the refunds made on or
        before that day (a refund lowers the purchase day of the order it refunds)."""
        net = self.gross_minor.copy()
        if self.refund_minor.size and self.customer_id.size:
            ok = np.ones(self.refund_minor.size, bool) if as_of_day is None else self.refund_day <= as_of_day
            if ok.any():
                base = int(min(self.day.min(), self.refund_order_day[ok].min()))
                span = int(max(self.day.max(), self.refund_order_day[ok].max())) - base + 1
                keys = self.customer_id * span + (self.day - base)
                rkeys = self.refund_customer[ok] * span + (self.refund_order_day[ok] - base)
                pos = np.clip(np.searchsorted(keys, rkeys), 0, keys.size - 1)
                hit = keys[pos] == rkeys
                np.subtract.at(net, pos[hit], self.refund_minor[ok][hit])
        return net

    def purchase_days(self, as_of_day: int | None = None) -> PurchaseDays:
        """The purchase days (all of them, also those after `as_of_day`) with their net as of
        `as_of_day`, as analytics.purchases.PurchaseDays; `orders` counts the orders in the currency.
        The last one built is kept (the GUI recomputes with other parameters on the same data)."""
        from crm_app.analytics.purchases import PurchaseDays

        memo = self._memo
        if memo is not None and memo[0] == as_of_day:
            return memo[1]
        net = self.net_minor(as_of_day)
        p = PurchaseDays.from_arrays(self.customer_id, self.day, net / self.minor_per_unit, self.currency_orders,
                                     net, presorted=True)
        self._memo = (as_of_day, p)
        return p

    def purchases(self, as_of_day: int | None = None) -> pd.DataFrame:
        """Purchase days with their net amount as of `as_of_day` (refunds made later are not yet
        subtracted): customer_id, day, net (currency units), net_minor, orders (in the currency).
        All days are kept; analytics drop the days after the as-of date themselves."""
        import pandas as pd

        net = self.net_minor(as_of_day)
        return pd.DataFrame({"customer_id": self.customer_id, "day": self.day,
                             "net": net / self.minor_per_unit, "net_minor": net, "orders": self.currency_orders})


def assemble(raw: dict, currency: str, customers_total: int, ended: list[tuple]) -> MetricsData:
    """MetricsData from a scan (`metrics_scan.scan_sqlite`'s dict, or the portable equivalent) and the
    ended customers as (customer id, status, ended on: a date, an ISO date text or None)."""
    import pandas as pd

    ended_frame = pd.DataFrame({
        "customer_id": np.array([r[0] for r in ended], dtype=np.int64),
        "ended_day": np.array([r[2] for r in ended], dtype="datetime64[D]"),
        "status": [r[1] for r in ended]})
    r_own = (raw["r_amount"] & 1) == 0
    data = MetricsData(
        currency=currency, minor_per_unit=10 ** exponent(currency), customers_total=customers_total,
        customer_id=raw["cid"], day=raw["day"], gross_minor=raw["gross"], orders=raw["orders"],
        currency_orders=raw["own_orders"], other_currency_orders=raw["other"],
        refund_customer=raw["r_customer"][r_own], refund_order_day=raw["r_order_day"][r_own],
        refund_day=raw["r_day"][r_own], refund_minor=(raw["r_amount"] >> 1)[r_own],
        ended=ended_frame, feedback=_feedback_frame(*raw["feedback"]), tickets=pd.DataFrame(raw["tickets"]))
    if data.other_currency_orders:
        data.warnings.append(f"{data.other_currency_orders:,} orders are not in {currency}: they count as purchase "
                             f"days but are left out of the money figures (set CRM_CURRENCY to change)")
    return data


def _feedback_frame(kind: np.ndarray, score: np.ndarray, day: np.ndarray) -> pd.DataFrame:
    import pandas as pd

    names = np.array(["nps", "csat", "other"], dtype=object)
    return pd.DataFrame({"kind": names[kind], "score": score, "day": day})


# --- the small reads, shaped the same way by either reader ----------------------------------------
def tier_series(rows) -> pd.Series:
    """(customer id, tier code) rows → customer_id → tier code."""
    import pandas as pd

    return pd.Series([r[1] for r in rows], index=pd.Index([r[0] for r in rows], name="customer_id"), dtype=object)


def tag_frame(rows) -> pd.DataFrame:
    """(customer id, tag name) rows → (customer_id, segment = tag name), one row per tag of a customer."""
    import pandas as pd

    return pd.DataFrame({"customer_id": np.array([r[0] for r in rows], dtype=np.int64),
                         "segment": [r[1] for r in rows]})


def tier_table(counts: dict, tiers) -> list[dict]:
    """Customers per tier code (None: no tier) and the tier definitions (code, name, rank) in rank order →
    [{tier, name, rank, customers}]: the defined tiers, then codes without a definition, then no tier."""
    counts = dict(counts)
    out = [{"tier": code, "name": name, "rank": rank, "customers": int(counts.pop(code, 0))}
           for code, name, rank in tiers]
    none = int(counts.pop(None, 0))
    out += [{"tier": code, "name": code, "rank": None, "customers": int(n)} for code, n in sorted(counts.items())]
    out.append({"tier": None, "name": "(no tier)", "rank": None, "customers": none})
    return out
