"""What the loyalty widgets ask of the data: one method per user action, one transaction each.

Qt-free; returns plain dataclasses/dicts (never ORM objects). The widgets call these in run_task workers.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from crm_app import config
from crm_app.db.engine import Database
from crm_app.db.models import BadgeAward, BadgeDefinition, Customer, Reward
from crm_app.domain import loyalty as L
from crm_app.domain.errors import NotFound
from crm_app.services import campaigns, settings
from crm_app.services import loyalty as svc
from crm_app.services import loyalty_coupons as coupons


@dataclass(frozen=True)
class BadgeCell:
    code: str
    name: str
    description: str
    rule: str
    params: dict
    awarded_on: date | None


@dataclass(frozen=True)
class RewardItem:
    id: int
    name: str
    points_cost: int
    discount_kind: str
    amount_minor: int | None
    percent: int | None
    currency: str | None
    valid_days: int


@dataclass(frozen=True)
class LoyaltySummary:
    customer_id: int
    balance: int
    tier: L.TierRule
    progress: L.TierProgress
    expiring_points: int         # in the next 30 days
    expiring_by: date
    badges: list[BadgeCell]
    ledger: list[svc.LedgerLine]
    coupons: list[coupons.CouponInfo]
    rewards: list[RewardItem]
    currency: str
    rule_version: int


class LoyaltyBackend:
    def __init__(self, db: Database, user_id: int | None = None):
        self.db = db
        self.user_id = user_id

    # --- the profile tab ----------------------------------------------------------------------------
    def summary(self, customer_id: int, as_of: date | None = None) -> LoyaltySummary:
        as_of = as_of or svc.today()
        with self.db.read() as s:
            if s.get(Customer, customer_id) is None:
                raise NotFound(f"no customer with id {customer_id}")
            version, rules = svc.current_rules(s)
            spend = campaigns.window_spend_one(s, customer_id, as_of, rules.tier_window_months)
            progress = L.tier_progress(spend, rules.tiers)
            code = s.scalar(select(Customer.tier_code).where(Customer.id == customer_id))
            awarded = dict(s.execute(select(BadgeAward.badge_code, BadgeAward.awarded_on)
                                     .where(BadgeAward.customer_id == customer_id)).all())
            badges = [BadgeCell(b.code, b.name, b.description or "", b.rule, json.loads(b.params or "{}"),
                                awarded.get(b.code))
                      for b in s.scalars(select(BadgeDefinition).where(BadgeDefinition.active.is_(True))
                                         .order_by(BadgeDefinition.id))]
            rewards = [RewardItem(r.id, r.name, r.points_cost, r.discount_kind, r.amount_minor, r.percent, r.currency,
                                  r.valid_days)
                       for r in s.scalars(select(Reward).where(Reward.active.is_(True)).order_by(Reward.points_cost))]
            return LoyaltySummary(
                customer_id, svc.balance(s, customer_id), rules.tier(code) if code else progress.tier, progress,
                svc.expiring_soon(s, customer_id, as_of, 30), as_of + timedelta(days=30), badges, svc.ledger(s, customer_id), coupons.for_customer(s, customer_id), rewards,
                settings.get(s, config.CURRENCY), version)

    def redeem(self, customer_id: int, points: int, reason: str | None = None, reward_id: int | None = None) -> int:
        with self.db.write() as s:
            return svc.redeem(s, customer_id, points, reason=reason, reward_id=reward_id, user_id=self.user_id)

    def adjust(self, customer_id: int, points: int, reason: str) -> int:
        with self.db.write() as s:
            return svc.adjust(s, customer_id, points, reason, user_id=self.user_id)

    def issue_coupon(self, customer_id: int, discount_kind: str, value: int, valid_days: int = 30) -> str:
        with self.db.write() as s:
            currency = settings.get(s, config.CURRENCY)
            c = coupons.issue(s, customer_id, "manual", discount_kind=discount_kind,
                              percent=value if discount_kind == "percent" else None,
                              amount_minor=value if discount_kind == "amount" else None, currency=currency,
                              valid_days=valid_days, user_id=self.user_id)
            return c.code

    # --- settings -----------------------------------------------------------------------------------
    def rules(self) -> tuple[int, L.LoyaltyRules]:
        with self.db.read() as s:
            return svc.current_rules(s)

    def currency(self) -> str:
        with self.db.read() as s:
            return settings.get(s, config.CURRENCY)

    def save_rules(self, rules: L.LoyaltyRules) -> int:
        with self.db.write() as s:
            return svc.save_rules(s, rules, user_id=self.user_id)

    # --- campaigns ----------------------------------------------------------------------------------
    def campaign(self, which: str, as_of: date | None = None, start: date | None = None, end: date | None = None,
                 limit: int | None = 1000) -> list[dict]:
        with self.db.read() as s:
            return campaigns.campaign_list(s, which, as_of=as_of, start=start, end=end, limit=limit)

    def export_csv(self, which: str, path: str, as_of: date | None = None, start: date | None = None,
                   end: date | None = None) -> int:
        rows = self.campaign(which, as_of, start, end, limit=None)
        with open(path, "w", newline="", encoding="utf-8") as f:
            return campaigns.write_csv(rows, f)

    def recalc(self, as_of: date | None = None, state=None):
        from crm_app.services.loyalty_recalc import recalc

        return recalc(self.db, as_of, progress=(state.progress if state else None),
                      cancel=(lambda: state.cancelled) if state else None)
