"""Retention and historical CLV per segment: tier, activity, RFM, acquisition cohort, tag.

Membership: tier and tags are the customers' current ones; activity and RFM segments are taken at
the start of the period (the close of the day before it), so the row reads "of the customers who were
at risk when the month began, …"; customers without a purchase by then are "prospect" (activity) or
"(no purchase yet)" (RFM) — they are the period's new customers. Cohort = year of the first purchase.
"""
from __future__ import annotations

import math
from datetime import timedelta

import numpy as np
import pandas as pd

from crm_app.analytics.activity import STATUSES, activity_codes
from crm_app.analytics.retention import Retention, retention_by_segment, segment_members
from crm_app.analytics.rfm import SEGMENTS, rfm_scores
from crm_app.analytics.sales import historical_clv_of_groups
from crm_app.domain.activity import ActivityRules

UNASSIGNED = {"tier": "(no tier)", "tag": "(no tag)", "activity": "prospect", "rfm": "(no purchase yet)",
              "cohort": "(none)"}


def members(kind: str, purchases, current: Retention, window: int, ended, source) -> tuple[pd.DataFrame, str]:
    """(customer_id, segment) rows and the date membership was taken at."""
    s_day = current.start - timedelta(days=1)
    if kind in ("tier", "tag"):
        if isinstance(source, pd.Series):
            frame = pd.DataFrame({"customer_id": source.index.to_numpy(dtype=np.int64),
                                  "segment": source.astype(str).to_numpy()})
        else:
            frame = source if source is not None else pd.DataFrame({"customer_id": [], "segment": []})
        return frame, "current"
    if kind == "activity":
        ids, code = activity_codes(purchases, s_day, ActivityRules(churn_window_days=window), ended)
        return pd.DataFrame({"customer_id": ids, "segment": pd.Categorical.from_codes(code, STATUSES)}), \
            s_day.isoformat()
    if kind == "rfm":
        ids, *_, seg = rfm_scores(purchases, s_day)
        segment = pd.Categorical.from_codes(seg.astype(np.int64), SEGMENTS)
        return pd.DataFrame({"customer_id": ids, "segment": segment}), s_day.isoformat()
    if kind == "cohort":
        years = purchases.first.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970
        frame = pd.DataFrame({"customer_id": purchases.ids, "segment": years.astype(str)})
        return frame, "year of the first purchase"
    raise ValueError(f"unknown segment {kind!r}")


def segment_table(kind: str, purchases, spells, current: Retention, window: int, ended, source, money) -> dict:
    """The `segments` block of the metrics result."""
    frame, taken = members(kind, purchases, current, window, ended, source)
    table = retention_by_segment(purchases, current.start, current.end, frame, window, spells=spells,
                                 unassigned=UNASSIGNED[kind])
    rows = []
    member, group, names = segment_members(purchases.ids, frame, UNASSIGNED[kind])  # the table's rows, in order
    clvs = historical_clv_of_groups(purchases, current.end, spells, member, group, len(names))
    for rec, h in zip(table.to_dict("records"), clvs):
        rec = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in rec.items()}
        rec["clv_historical"] = {"value": money.of(h.value), "avg_purchase_value": money.of(h.avg_purchase_value),
                                 "purchases_per_year": None if h.purchases_per_year is None
                                 else round(h.purchases_per_year, 4),
                                 "lifespan_years": None if h.lifespan_years is None else round(h.lifespan_years, 4),
                                 "explain": h.explain["value"]}
        rows.append(rec)
    order = {"activity": ["prospect", "new", "active", "at_risk", "reactivated", "lapsed"]}.get(kind)
    if order:
        rows.sort(key=lambda r: order.index(r["segment"]) if r["segment"] in order else len(order))
    return {"name": kind, "membership_at": taken, "start": current.start.isoformat(), "end": current.end.isoformat(),
            "rows": rows}
