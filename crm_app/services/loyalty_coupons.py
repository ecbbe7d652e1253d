"""Coupons: unique codes, issued by reward, by rule (thank-you, birthday, six months) or by hand;
status issued → redeemed (with the order) or expired."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crm_app.db.models import Coupon, Customer, Order
from crm_app.db.models.base import utcnow
from crm_app.domain.errors import FieldError, NotFound, ValidationError
from crm_app.domain.loyalty import COUPON_ORIGINS, CouponRule
from crm_app.services import audit

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"     # no 0/O, 1/I


def new_code(length: int = 10) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


@dataclass(frozen=True)
class CouponInfo:
    id: int
    code: str
    origin: str
    status: str
    discount_kind: str
    amount_minor: int | None
    percent: int | None
    currency: str | None
    issued_at: datetime
    expires_on: date | None
    redeemed_at: datetime | None
    redeemed_order_id: int | None


def info(c: Coupon) -> CouponInfo:
    return CouponInfo(c.id, c.code, c.origin, c.status, c.discount_kind, c.amount_minor, c.percent, c.currency,
                      c.issued_at, c.expires_on, c.redeemed_at, c.redeemed_order_id)


def issue(session: Session, customer_id: int | None, origin: str, *, discount_kind: str, percent: int | None = None,
          amount_minor: int | None = None, currency: str | None = None, valid_days: int | None = 30,
          reward_id: int | None = None, rule_key: str | None = None, issued_at: datetime | None = None,
          user_id: int | None = None) -> Coupon | None:
    """Issue one coupon. With a rule_key the coupon is issued at most once (None if it already was)."""
    if origin not in COUPON_ORIGINS:
        raise ValidationError([FieldError("origin", f"unknown coupon origin {origin!r}")])
    if discount_kind == "percent":
        if percent is None or not 0 < percent <= 100:
            raise ValidationError([FieldError("percent", "a percentage between 1 and 100 is needed")])
        amount_minor = None
    elif discount_kind == "amount":
        if amount_minor is None or amount_minor <= 0:
            raise ValidationError([FieldError("amount", "an amount above zero is needed")])
        percent = None
    else:
        raise ValidationError([FieldError("discount_kind", "a coupon is for an amount or a percentage")])
    if rule_key and session.scalar(select(Coupon.id).where(Coupon.rule_key == rule_key)):
        return None
    at = issued_at or utcnow()
    code = new_code()
    while session.scalar(select(Coupon.id).where(Coupon.code == code)):
        code = new_code()
    coupon = Coupon(code=code, customer_id=customer_id, reward_id=reward_id, origin=origin,
                    discount_kind=discount_kind, amount_minor=amount_minor, percent=percent, currency=currency,
                    status="issued", issued_at=at, rule_key=rule_key,
                    expires_on=(at.date() + timedelta(days=valid_days)) if valid_days else None)
    session.add(coupon)
    session.flush()
    if origin == "manual":
        audit.record(session, "coupon.issue", "customer", customer_id, {"code": code, "kind": discount_kind,
                     "percent": percent, "amount_minor": amount_minor}, user_id)
    return coupon


def issue_by_rule(session: Session, customer_id: int, origin: str, rule: CouponRule, currency: str, rule_key: str,
                  issued_at: datetime) -> Coupon | None:
    if not rule.enabled:
        return None
    return issue(session, customer_id, origin, discount_kind=rule.discount_kind, percent=rule.percent,
                 amount_minor=rule.amount_minor, currency=currency, valid_days=rule.valid_days, rule_key=rule_key,
                 issued_at=issued_at)


def redeem(session: Session, code: str, order_id: int | None = None, *, at: datetime | None = None,
           user_id: int | None = None) -> Coupon:
    """Mark a coupon used (on an order of its customer). Refused when expired, used, or someone else's."""
    coupon = session.scalar(select(Coupon).where(Coupon.code == code.strip().upper()))
    if coupon is None:
        raise NotFound(f"no coupon {code}")
    at = at or utcnow()
    if coupon.status == "issued" and coupon.expires_on is not None and coupon.expires_on < at.date():
        coupon.status = "expired"
    if coupon.status != "issued":
        raise ValidationError([FieldError("code", f"coupon {coupon.code} is {coupon.status}")])
    if order_id is not None:
        order = session.get(Order, order_id)
        if order is None:
            raise NotFound(f"no order with id {order_id}")
        if coupon.customer_id is not None and order.customer_id != coupon.customer_id:
            raise ValidationError([FieldError("code", f"coupon {coupon.code} belongs to another customer")])
    coupon.status, coupon.redeemed_at, coupon.redeemed_order_id = "redeemed", at, order_id
    audit.record(session, "coupon.redeem", "customer", coupon.customer_id, {"code": coupon.code, "order": order_id},
                 user_id)
    return coupon


def expire_due(session: Session, as_of: date, customer_id: int | None = None) -> int:
    """Issued coupons past their expiry date become expired (set-based)."""
    stmt = (update(Coupon).where(Coupon.status == "issued", Coupon.expires_on.is_not(None),
                                 Coupon.expires_on < as_of).values(status="expired"))
    if customer_id is not None:
        stmt = stmt.where(Coupon.customer_id == customer_id)
    return session.execute(stmt.execution_options(synchronize_session=False)).rowcount or 0


def for_customer(session: Session, customer_id: int, limit: int = 500) -> list[CouponInfo]:
    rows = session.scalars(select(Coupon).where(Coupon.customer_id == customer_id)
                           .order_by(Coupon.issued_at.desc(), Coupon.id.desc()).limit(limit))
    return [info(c) for c in rows]


def customer_currency(session: Session, customer_id: int, default: str) -> str:
    cur = session.scalar(select(Order.currency).where(Order.customer_id == customer_id)
                         .order_by(Order.ordered_at.desc()).limit(1))
    return cur or default


__all__ = ["issue", "issue_by_rule", "redeem", "expire_due", "for_customer", "CouponInfo", "new_code",
           "customer_currency", "Customer"]
