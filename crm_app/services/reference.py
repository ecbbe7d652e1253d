"""Reference data every database needs (users, SLA policies, ticket categories, tiers, badges).

Idempotent: run after every migration; only missing rows are added, user edits are kept.
"""
from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_app import config
from crm_app.db.models import BadgeDefinition, SlaPolicy, TicketCategory, TierDefinition, User
from crm_app.services import settings

USERS = [("admin", "Administrator", "admin"), ("owner", "Owner", "owner")]

SLA = [("urgent", 30, 4 * 60, False), ("high", 2 * 60, 24 * 60, True),
       ("normal", 8 * 60, 3 * 24 * 60, True), ("low", 24 * 60, 7 * 24 * 60, True)]

TICKET_CATEGORIES = ["Delivery delay", "Damaged item", "Wrong item", "Billing", "Refund request",
                     "Product question", "Account and login", "Loyalty points", "Store experience",
                     "Website and app"]

# code, name, rank, minimum spend over rolling 12 months (major units), points multiplier, colour
TIERS = [("bronze", "Bronze", 0, 0, 1.0, "#a97142"), ("silver", "Silver", 1, 300, 1.25, "#9ea7b3"),
         ("gold", "Gold", 2, 1000, 1.5, "#d4a017"), ("vip", "VIP", 3, 3000, 2.0, "#6a3d9a")]

BADGES = [("first_purchase", "First purchase", "purchase_days", {"count": 1}),
          ("purchase_5", "5 visits", "purchase_days", {"count": 5}),
          ("purchase_10", "10 visits", "purchase_days", {"count": 10}),
          ("anniversary_1", "One year with us", "tenure_years", {"years": 1}),
          ("anniversary_5", "Five years with us", "tenure_years", {"years": 5}),
          ("big_spender", "Big spender", "top_spend_share", {"share": 0.05, "months": 12}),
          ("reviewer", "Reviewer", "feedback_count", {"count": 1}),
          ("referrer", "Referrer", "referrals", {"count": 1}),
          ("comeback", "Comeback", "reactivated", {}),
          ("streak_3", "3-month streak", "monthly_streak", {"months": 3})]


def complete(session: Session) -> bool:
    """Whether every seeded row ensure() would add is already there."""
    checks = ((User.username, {u for u, _n, _r in USERS}), (SlaPolicy.priority, {p for p, *_ in SLA}),
              (TicketCategory.name, set(TICKET_CATEGORIES)), (TierDefinition.code, {c for c, *_ in TIERS}),
              (BadgeDefinition.code, {c for c, *_ in BADGES}))
    return all(want <= set(session.scalars(select(column))) for column, want in checks)


def ensure(session: Session) -> None:
    currency = settings.get(session, config.CURRENCY)
    have = set(session.scalars(select(User.username)))
    session.add_all(User(username=u, display_name=n, role=r) for u, n, r in USERS if u not in have)
    have = set(session.scalars(select(SlaPolicy.priority)))
    session.add_all(SlaPolicy(priority=p, first_response_minutes=f, resolution_minutes=r, business_hours=b)
                    for p, f, r, b in SLA if p not in have)
    have = set(session.scalars(select(TicketCategory.name)))
    session.add_all(TicketCategory(name=n) for n in TICKET_CATEGORIES if n not in have)
    have = set(session.scalars(select(TierDefinition.code)))
    session.add_all(TierDefinition(code=c, name=n, rank=k, min_spend_minor=s * 100, currency=currency,
                                   multiplier=m, color=col) for c, n, k, s, m, col in TIERS if c not in have)
    have = set(session.scalars(select(BadgeDefinition.code)))
    session.add_all(BadgeDefinition(code=c, name=n, rule=r, params=json.dumps(p)) for c, n, r, p in BADGES
                    if c not in have)
