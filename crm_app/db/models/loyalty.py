"""Loyalty: versioned rules, append-only points ledger, tiers, badges, rewards and coupons."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_app.db.models.base import Base, IdType, utcnow


class LoyaltyRuleSet(Base):
    """A version of the program's rules (earning, expiry, bonuses) as JSON; the newest active one applies."""

    __tablename__ = "loyalty_rule_sets"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    rules: Mapped[str] = mapped_column(Text)          # JSON
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class PointsLedger(Base):
    """Append-only: earn, bonus, redeem, expire, adjust, reverse. Balance = SUM(points)."""

    __tablename__ = "points_ledger"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    kind: Mapped[str] = mapped_column(String(16))
    points: Mapped[int] = mapped_column(BigInteger)       # signed
    occurred_at: Mapped[datetime]
    expires_on: Mapped[date | None] = mapped_column(Date)  # for earn/bonus entries
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    coupon_id: Mapped[int | None] = mapped_column(ForeignKey("coupons.id"))
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("points_ledger.id"))
    rule_version: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    refund_id: Mapped[int | None] = mapped_column(Integer)        # migration 0006: the refund a reverse answers
    rule_key: Mapped[str | None] = mapped_column(String(64))      # 0006: unique key of a rule-made entry

    __table_args__ = (
        Index("ix_points_ledger_customer", "customer_id", "occurred_at"),
        Index("ix_points_ledger_order", "order_id"),
        Index("ix_points_ledger_expiry", "expires_on"),
        Index("ix_points_ledger_refund", "refund_id"),                          # 0006
        Index("ix_points_ledger_kind_occurred", "kind", "occurred_at"),         # 0006: leaderboard
        Index("uq_points_ledger_rule_key", "rule_key", unique=True,             # 0006
              sqlite_where=text("rule_key IS NOT NULL"), postgresql_where=text("rule_key IS NOT NULL")),
    )


class TierDefinition(Base):
    __tablename__ = "tier_definitions"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    rank: Mapped[int] = mapped_column(Integer)                 # 0 = entry tier
    min_spend_minor: Mapped[int] = mapped_column(BigInteger)   # over the rolling window
    currency: Mapped[str] = mapped_column(String(3))
    multiplier: Mapped[float] = mapped_column(Float, default=1.0)  # points multiplier, not money
    perks: Mapped[str | None] = mapped_column(Text)
    color: Mapped[str | None] = mapped_column(String(16))


class TierHistory(Base):
    __tablename__ = "tier_history"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    tier_code: Mapped[str] = mapped_column(String(24))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_tier_history_customer", "customer_id", "valid_from"),)


class BadgeDefinition(Base):
    """A rule-based badge: `rule` names an evaluator, `params` (JSON) configures it."""

    __tablename__ = "badge_definitions"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    description: Mapped[str | None] = mapped_column(Text)
    rule: Mapped[str] = mapped_column(String(32))
    params: Mapped[str] = mapped_column(Text, default="{}")
    icon: Mapped[str | None] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(default=True)


class BadgeAward(Base):
    __tablename__ = "badge_awards"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    badge_code: Mapped[str] = mapped_column(String(32))
    awarded_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("customer_id", "badge_code", name="uq_badge_awards_customer_badge"),)


class Reward(Base):
    """Catalogue entry: N points buy a coupon for an amount or a percentage."""

    __tablename__ = "rewards"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    points_cost: Mapped[int] = mapped_column(BigInteger)
    discount_kind: Mapped[str] = mapped_column(String(16))     # amount | percent
    amount_minor: Mapped[int | None] = mapped_column(BigInteger)
    percent: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str | None] = mapped_column(String(3))
    valid_days: Mapped[int] = mapped_column(Integer, default=90)
    active: Mapped[bool] = mapped_column(default=True)


class Coupon(Base):
    __tablename__ = "coupons"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    reward_id: Mapped[int | None] = mapped_column(ForeignKey("rewards.id"))
    origin: Mapped[str] = mapped_column(String(24))     # reward, thank_you, birthday, anniversary, manual
    discount_kind: Mapped[str] = mapped_column(String(16))
    amount_minor: Mapped[int | None] = mapped_column(BigInteger)
    percent: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str | None] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16), default="issued", index=True)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    redeemed_at: Mapped[datetime | None]
    redeemed_order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    rule_key: Mapped[str | None] = mapped_column(String(64))      # 0006: birthday:42:2026, ... (issued once)

    __table_args__ = (Index("uq_coupons_rule_key", "rule_key", unique=True,   # 0006
                            sqlite_where=text("rule_key IS NOT NULL"), postgresql_where=text("rule_key IS NOT NULL")),)
