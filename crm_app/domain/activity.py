"""Activity status of one customer on a date, per shared/METRICS.md.

A customer is *active* on t when their first purchase is on or before t and their last purchase
on or before t is within the churn window, unless an explicit status (closed, subscription
ended, merged, erased) says otherwise. The segments refine that:

- prospect     no purchase on or before t
- new          active, first purchase within `new_days` of t
- reactivated  active, the last purchase came after a gap longer than the churn window
               (bought again after lapsing), within `new_days` of t
- at_risk      active, but no purchase for longer than `at_risk_factor` × the customer's usual gap
               (mean days between their purchase days; `default_gap` for one-time buyers)
- active       active otherwise
- lapsed       last purchase outside the churn window, or an explicit ended/closed status

The vectorised version in analytics.activity follows the same rules (a test compares them).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Activity(StrEnum):
    PROSPECT = "prospect"
    NEW = "new"
    ACTIVE = "active"
    AT_RISK = "at_risk"
    REACTIVATED = "reactivated"
    LAPSED = "lapsed"


ENDED_STATUSES = frozenset({"closed", "subscription_ended", "merged", "erased"})


@dataclass(frozen=True)
class ActivityRules:
    churn_window_days: int = 365
    new_days: int = 90
    at_risk_factor: float = 1.5
    default_gap_days: float = 90.0


def activity_status(purchase_days: list[date], as_of: date, rules: ActivityRules = ActivityRules(),
                    explicit_status: str | None = None) -> Activity:
    """`purchase_days`: distinct purchase days, any order; days after `as_of` are ignored."""
    days = sorted({d for d in purchase_days if d <= as_of})
    if not days:
        return Activity.PROSPECT
    if explicit_status in ENDED_STATUSES:
        return Activity.LAPSED
    first, last = days[0], days[-1]
    since_last = (as_of - last).days
    if since_last > rules.churn_window_days:
        return Activity.LAPSED
    if (as_of - first).days <= rules.new_days:
        return Activity.NEW
    if len(days) >= 2 and (days[-1] - days[-2]).days > rules.churn_window_days and since_last <= rules.new_days:
        return Activity.REACTIVATED
    usual_gap = (last - first).days / (len(days) - 1) if len(days) >= 2 else rules.default_gap_days
    if since_last > rules.at_risk_factor * max(usual_gap, 1.0):
        return Activity.AT_RISK
    return Activity.ACTIVE
