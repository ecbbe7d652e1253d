"""Loyalty use cases: versioned rules, the append-only points ledger, tiers, badges, bonuses.

Every function takes the caller's Session (one transaction per user action). The balance is the sum of
the ledger and never goes below zero: spending is refused above it, a reversal is capped at it, and
expiry only takes what is left, oldest points first (domain/loyalty.expired_total).

Hooks: `on_order` / `on_refund` are called by services/orders.py inside the order's transaction;
`on_feedback` and `record_referral` by whoever records those; `evaluate_customer` whenever a date
change may make something due (also done for everyone by `crm-app loyalty recalc`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import numpy as np
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crm_app import config
from crm_app.db.models import (BadgeAward, BadgeDefinition, Customer, Feedback, LoyaltyRuleSet, Order,
                               PointsLedger, Refund, Reward, TierDefinition, TierHistory)
from crm_app.db.models.base import utcnow
from crm_app.domain import loyalty as rules_mod
from crm_app.domain.errors import FieldError, NotFound, ValidationError
from crm_app.domain.loyalty import BadgeRule, History, LoyaltyRules, TierRule
from crm_app.services import audit, settings
from crm_app.services import loyalty_coupons as coupons

DEBIT_KINDS = ("redeem", "reverse", "adjust")   # adjust only when negative


# name, points, kind, amount (minor units), percent
DEFAULT_REWARDS = [("5.00 off", 500, "amount", 500, None), ("10 % off", 1000, "percent", None, 10),
                   ("25.00 off", 2000, "amount", 2500, None)]


def today() -> date:
    """The evaluation day of live events (a function so tests can move the clock)."""
    return date.today()


def now() -> datetime:
    """When a live action happens: now, or noon of `today()` when a test moved the clock."""
    t, d = utcnow(), today()
    return t if t.date() == d else datetime.combine(d, time(12))


# --- rules ------------------------------------------------------------------------------------------
def current_rules(session: Session) -> tuple[int, LoyaltyRules]:
    """(version, rules) of the newest rule set; version 0 = defaults with the tiers of tier_definitions."""
    row = session.scalars(select(LoyaltyRuleSet).order_by(LoyaltyRuleSet.version.desc()).limit(1)).first()
    if row is not None:
        return row.version, LoyaltyRules.from_json(row.rules)
    tiers = tuple(TierRule(t.code, t.name, t.rank, t.min_spend_minor, t.multiplier, t.perks or "", t.color or "")
                  for t in session.scalars(select(TierDefinition).order_by(TierDefinition.rank)))
    return 0, LoyaltyRules(tiers=tiers) if tiers else LoyaltyRules()


def save_rules(session: Session, new: LoyaltyRules, *, user_id: int | None = None) -> int:
    """Store the rules as a new version (older versions stay for the record); mirror tiers to tier_definitions."""
    new = new.validate()
    version, _old = current_rules(session)
    version += 1
    session.add(LoyaltyRuleSet(version=version, rules=new.to_json(), created_by=user_id))
    currency = settings.get(session, config.CURRENCY)
    existing = {t.code: t for t in session.scalars(select(TierDefinition))}
    for t in new.tiers:
        row = existing.get(t.code) or TierDefinition(code=t.code, currency=currency)
        row.name, row.rank, row.min_spend_minor, row.multiplier = t.name, t.rank, t.min_spend_minor, t.multiplier
        row.perks, row.color = t.perks or None, t.color or None
        session.add(row)
    if version == 1 and session.scalar(select(func.count(Reward.id))) == 0:
        # a starter catalogue with the first saved version (edit the rewards table to change it)
        session.add_all([Reward(name=n, points_cost=c, discount_kind=k, amount_minor=a, percent=p, currency=currency,
                                valid_days=90) for n, c, k, a, p in DEFAULT_REWARDS])
    session.flush()
    audit.record(session, "loyalty.rules", "loyalty_rule_set", version, {"version": version}, user_id)
    return version


def badge_rules(session: Session) -> list[BadgeRule]:
    return [BadgeRule(b.code, b.rule, json.loads(b.params or "{}"))
            for b in session.scalars(select(BadgeDefinition).where(BadgeDefinition.active.is_(True))
                                     .order_by(BadgeDefinition.id))]


# --- ledger -----------------------------------------------------------------------------------------
def balance(session: Session, customer_id: int) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(PointsLedger.points), 0))
                              .where(PointsLedger.customer_id == customer_id)) or 0)


def _entry(session: Session, customer_id: int, kind: str, points: int, at: datetime, *, version: int,
           expires_on: date | None = None, **kw) -> PointsLedger:
    e = PointsLedger(customer_id=customer_id, kind=kind, points=int(points), occurred_at=at, expires_on=expires_on,
                     rule_version=version, **kw)
    session.add(e)
    return e


def _lots(session: Session, customer_id: int) -> tuple[list, list, int]:
    """(credits (expires_on, points), debits (day, points), points already expired) of one customer."""
    credits, debits, expired = [], [], 0
    for kind, pts, at, exp in session.execute(
            select(PointsLedger.kind, PointsLedger.points, PointsLedger.occurred_at, PointsLedger.expires_on)
            .where(PointsLedger.customer_id == customer_id)):
        if kind == "expire":
            expired -= pts
        elif pts > 0:
            if exp is not None:
                credits.append((exp, pts))
        elif pts < 0:
            debits.append((at.date(), -pts))
    return credits, debits, expired


def expire_due(session: Session, customer_id: int, as_of: date, version: int | None = None) -> int:
    """Write the expiry the ledger owes by `as_of` (oldest points first); returns the points expired."""
    credits, debits, expired = _lots(session, customer_id)
    due = rules_mod.expired_total(credits, debits, as_of) - expired
    due = min(due, balance(session, customer_id))
    if due <= 0:
        return 0
    last = max(e for e, _ in credits if e <= as_of)
    _entry(session, customer_id, "expire", -due, datetime.combine(last, time()),
           version=version if version is not None else current_rules(session)[0],
           reason=f"points earned before {last.isoformat()} expired")
    return due


def expiring_soon(session: Session, customer_id: int, as_of: date, days: int = 30) -> int:
    credits, debits, expired = _lots(session, customer_id)
    return rules_mod.expiring_between(credits, debits, expired, as_of, as_of + timedelta(days=days))


def _bonus(session: Session, customer_id: int, kind: str, rules: LoyaltyRules, version: int, at: datetime,
           rule_key: str, reason: str) -> int:
    pts = rules.bonus(kind)
    if pts <= 0 or session.scalar(select(PointsLedger.id).where(PointsLedger.rule_key == rule_key)):
        return 0
    _entry(session, customer_id, "bonus", pts, at, version=version, rule_key=rule_key, reason=reason,
           expires_on=rules_mod.expiry_date(at.date(), rules))
    return pts


def redeem(session: Session, customer_id: int, points: int, *, reason: str | None = None,
           reward_id: int | None = None, at: datetime | None = None, user_id: int | None = None) -> int:
    """Spend points (for a catalogue reward: its cost, and the coupon is issued). Returns the ledger id."""
    at = at or now()
    version, rules = current_rules(session)
    if session.get(Customer, customer_id) is None:
        raise NotFound(f"no customer with id {customer_id}")
    reward = None
    if reward_id is not None:
        reward = session.get(Reward, reward_id)
        if reward is None or not reward.active:
            raise NotFound(f"no active reward with id {reward_id}")
        points = reward.points_cost
    if points is None or points <= 0:
        raise ValidationError([FieldError("points", "redeem a number of points above zero")])
    expire_due(session, customer_id, at.date(), version)
    have = balance(session, customer_id)
    if points > have:
        raise ValidationError([FieldError("points", f"cannot redeem {points:,} points: the balance is {have:,}")])
    coupon_id = None
    if reward is not None:
        c = coupons.issue(session, customer_id, "reward", discount_kind=reward.discount_kind, percent=reward.percent,
                          amount_minor=reward.amount_minor, currency=reward.currency, valid_days=reward.valid_days,
                          reward_id=reward.id, issued_at=at)
        coupon_id = c.id if c else None
        reason = reason or reward.name
    e = _entry(session, customer_id, "redeem", -points, at, version=version, reason=reason, coupon_id=coupon_id,
               user_id=user_id)
    session.flush()
    audit.record(session, "loyalty.redeem", "customer", customer_id,
                 {"points": points, "reward": reward_id, "reason": reason}, user_id)
    return e.id


def adjust(session: Session, customer_id: int, points: int, reason: str, *, at: datetime | None = None,
           user_id: int | None = None) -> int:
    """A manual correction: needs a reason, is audited, cannot take the balance below zero."""
    reason = (reason or "").strip()
    errors = []
    if not reason:
        errors.append(FieldError("reason", "a manual adjustment needs a reason"))
    if not points:
        errors.append(FieldError("points", "adjust by a number of points other than zero"))
    if errors:
        raise ValidationError(errors)
    if session.get(Customer, customer_id) is None:
        raise NotFound(f"no customer with id {customer_id}")
    at = at or now()
    version, rules = current_rules(session)
    expire_due(session, customer_id, at.date(), version)
    have = balance(session, customer_id)
    if have + points < 0:
        raise ValidationError([FieldError("points", f"cannot take away {-points:,} points: the balance is {have:,}")])
    e = _entry(session, customer_id, "adjust", points, at, version=version, reason=reason, user_id=user_id,
               expires_on=rules_mod.expiry_date(at.date(), rules) if points > 0 else None)
    session.flush()
    audit.record(session, "loyalty.adjust", "customer", customer_id, {"points": points, "reason": reason}, user_id)
    return e.id


# --- hooks ------------------------------------------------------------------------------------------
def on_order(session: Session, order: Order, *, user_id: int | None = None) -> None:
    """Earn points (tier multiplier), first-purchase bonus, thank-you coupon, then re-evaluate the customer."""
    version, rules = current_rules(session)
    cid = order.customer_id
    tier_code = session.scalar(select(Customer.tier_code).where(Customer.id == cid))
    pts = rules_mod.points_for(order.total_minor, rules, rules.tier(tier_code).multiplier)
    if pts > 0:
        _entry(session, cid, "earn", pts, order.ordered_at, version=version, order_id=order.id,
               expires_on=rules_mod.expiry_date(order.order_date, rules), reason=order.code)
    first = session.scalar(select(func.min(Order.order_date)).where(Order.customer_id == cid))
    if first == order.order_date:
        _bonus(session, cid, "first_purchase", rules, version, order.ordered_at, f"first_purchase:{cid}",
               "first purchase")
    if rules.thank_you.enabled and order.total_minor >= rules.thank_you.min_order_minor and order.total_minor > 0:
        coupons.issue_by_rule(session, cid, "thank_you", rules.thank_you, order.currency, f"thank_you:{order.id}",
                              order.ordered_at)
    evaluate_customer(session, cid, max(order.order_date, today()), rules=(version, rules))


def on_refund(session: Session, refund: Refund, *, user_id: int | None = None) -> None:
    """Take back the refunded share of the points the order earned (capped at the balance)."""
    version, rules = current_rules(session)
    order = session.get(Order, refund.order_id)
    earned = int(session.scalar(select(func.coalesce(func.sum(PointsLedger.points), 0)).where(
        PointsLedger.order_id == order.id, PointsLedger.kind == "earn")) or 0)
    reversed_ = -int(session.scalar(select(func.coalesce(func.sum(PointsLedger.points), 0)).where(
        PointsLedger.order_id == order.id, PointsLedger.kind == "reverse")) or 0)
    refunded = int(session.scalar(select(func.coalesce(func.sum(Refund.amount_minor), 0))
                                  .where(Refund.order_id == order.id)) or 0)
    at = refund.refunded_at or utcnow()
    expire_due(session, order.customer_id, at.date(), version)
    due = rules_mod.reverse_points(earned, order.total_minor, refunded, reversed_)
    take = max(0, min(due, balance(session, order.customer_id)))
    if due > 0:
        # written also when the points were all spent (0 points, "… already spent"): the refund is answered,
        # so a recalc, which reverses every refund without an entry, does not take them back after all
        note = f"refund of order {order.code or order.id}" + ("" if take == due else f" ({due - take:,} already spent)")
        _entry(session, order.customer_id, "reverse", -take, at, version=version, order_id=order.id,
               refund_id=refund.id, reason=note)
    evaluate_customer(session, order.customer_id, max(at.date(), today()), rules=(version, rules))


def on_feedback(session: Session, feedback_id: int) -> None:
    """Bonus for feedback given (once per feedback row) and the reviewer badges."""
    fb = session.get(Feedback, feedback_id)
    if fb is None or fb.customer_id is None:
        return
    version, rules = current_rules(session)
    _bonus(session, fb.customer_id, "feedback", rules, version, fb.created_at, f"feedback:{fb.id}", "feedback given")
    evaluate_customer(session, fb.customer_id, max(fb.created_at.date(), today()), rules=(version, rules))


def record_referral(session: Session, referrer_id: int, referred_id: int, *, at: datetime | None = None,
                    user_id: int | None = None) -> int:
    """Referral bonus for the referrer, once per referred customer."""
    if referrer_id == referred_id:
        raise ValidationError([FieldError("referred", "a customer cannot refer themselves")])
    for cid in (referrer_id, referred_id):
        if session.get(Customer, cid) is None:
            raise NotFound(f"no customer with id {cid}")
    version, rules = current_rules(session)
    at = at or now()
    pts = _bonus(session, referrer_id, "referral", rules, version, at, f"referral:{referred_id}",
                 f"referred customer {referred_id}")
    session.flush()
    audit.record(session, "loyalty.referral", "customer", referrer_id, {"referred": referred_id}, user_id)
    evaluate_customer(session, referrer_id, max(at.date(), today()), rules=(version, rules))
    return pts


# --- evaluation -------------------------------------------------------------------------------------
def history(session: Session, customer_id: int, as_of: date, window_months: int) -> History:
    """One customer's purchase days (net of refunds made up to as_of), feedback and referrals."""
    end = datetime.combine(as_of + timedelta(days=1), time())
    days: dict[int, int] = {}
    for d, total in session.execute(select(Order.order_date, Order.total_minor).where(
            Order.customer_id == customer_id, Order.order_date <= as_of)):
        days[d.toordinal()] = days.get(d.toordinal(), 0) + total
    for d, amount in session.execute(select(Order.order_date, Refund.amount_minor).join(Order, Order.id == Refund.order_id)
                                     .where(Order.customer_id == customer_id, Order.order_date <= as_of,
                                            Refund.refunded_at < end)):
        days[d.toordinal()] -= amount
    day = np.array(sorted(days), dtype=np.int64)
    amount = np.array([days[d] for d in day], dtype=np.int64)
    fb = sorted(d.date().toordinal() for d in session.scalars(select(Feedback.created_at).where(
        Feedback.customer_id == customer_id, Feedback.created_at < end)))
    ref = sorted(d.date().toordinal() for d in session.scalars(select(PointsLedger.occurred_at).where(
        PointsLedger.customer_id == customer_id, PointsLedger.rule_key.like("referral:%"),
        PointsLedger.occurred_at < end)))
    start = rules_mod.add_months(as_of, -window_months).toordinal()
    spend = int(amount[day > start].sum()) if day.size else 0
    one = lambda xs: np.full(len(xs), customer_id, np.int64)  # noqa: E731
    return History(as_of.toordinal(), one(day), day, amount, one(fb), np.array(fb, np.int64), one(ref),
                   np.array(ref, np.int64), np.array([customer_id], np.int64), np.array([spend], np.int64))


def set_tier(session: Session, customer_id: int, new_code: str, on: date, reason: str) -> bool:
    """Move the customer to a tier: customers.tier_code and an open tier_history row. False if unchanged."""
    old = session.scalar(select(Customer.tier_code).where(Customer.id == customer_id))
    if old == new_code:
        return False
    session.execute(update(TierHistory).where(TierHistory.customer_id == customer_id, TierHistory.valid_to.is_(None))
                    .values(valid_to=on).execution_options(synchronize_session=False))
    session.add(TierHistory(customer_id=customer_id, tier_code=new_code, valid_from=on, reason=reason))
    # Not a user edit of the customer: keep the optimistic-lock version as it is.
    session.execute(Customer.__table__.update().where(Customer.id == customer_id).values(tier_code=new_code))
    c = session.identity_map.get(session.identity_key(Customer, customer_id))
    if c is not None:
        session.expire(c, ["tier_code"])
    return True


def evaluate_customer(session: Session, customer_id: int, as_of: date | None = None, *,
                      rules: tuple[int, LoyaltyRules] | None = None) -> None:
    """Bring one customer up to date: tier, badges, expiry, birthday/anniversary bonuses and offers."""
    as_of = as_of or today()
    version, r = rules or current_rules(session)
    h = history(session, customer_id, as_of, r.tier_window_months)
    spend = int(h.window_spend[0])
    tier = rules_mod.choose_tier(spend, r.tiers)
    set_tier(session, customer_id, tier.code, as_of, f"rolling {r.tier_window_months}-month spend {spend / 100:.2f}")
    have = set(session.scalars(select(BadgeAward.badge_code).where(BadgeAward.customer_id == customer_id)))
    for code, cust, day in rules_mod.evaluate_badges(h, badge_rules(session), include_global=False):
        if cust.size and code not in have:
            session.add(BadgeAward(customer_id=customer_id, badge_code=code, awarded_on=date.fromordinal(int(day[0]))))
    session.flush()
    _date_rules(session, customer_id, as_of, version, r, h)
    expire_due(session, customer_id, as_of, version)
    coupons.expire_due(session, as_of, customer_id)


def _date_rules(session: Session, cid: int, as_of: date, version: int, r: LoyaltyRules, h: History) -> None:
    """Birthday and anniversary bonuses (within the grace days) and the birthday / six-months offers."""
    grace = timedelta(days=r.date_grace_days)
    at = datetime.combine(as_of, time(9))
    currency = None
    bday = session.scalar(select(Customer.birthday).where(Customer.id == cid))
    if bday is not None:
        this = rules_mod.add_months(date(as_of.year, 1, 1), bday.month - 1) + timedelta(days=bday.day - 1)
        if this <= as_of <= this + grace:
            _bonus(session, cid, "birthday", r, version, at, f"birthday:{cid}:{as_of.year}", "birthday")
        if this - timedelta(days=7) <= as_of <= this + grace:
            currency = currency or coupons.customer_currency(session, cid, settings.get(session, config.CURRENCY))
            coupons.issue_by_rule(session, cid, "birthday", r.birthday_offer, currency, f"birthday:{cid}:{this.year}", at)
    if h.day.size:
        first = date.fromordinal(int(h.day[0]))
        years = (as_of.year - first.year)
        for y in (years - 1, years):
            ann = rules_mod.add_months(first, 12 * y) if y >= 1 else None
            if ann and ann <= as_of <= ann + grace:
                _bonus(session, cid, "anniversary", r, version, at, f"anniversary:{cid}:{y}", f"{y} year(s) with us")
        six = rules_mod.add_months(first, 6)
        if six <= as_of <= six + grace:
            currency = currency or coupons.customer_currency(session, cid, settings.get(session, config.CURRENCY))
            coupons.issue_by_rule(session, cid, "anniversary", r.six_months_offer, currency, f"six_months:{cid}", at)


# --- reading ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LedgerLine:
    id: int
    kind: str
    points: int
    occurred_at: datetime
    expires_on: date | None
    reason: str | None
    balance_after: int


def ledger(session: Session, customer_id: int, limit: int = 500) -> list[LedgerLine]:
    bal = balance(session, customer_id)
    out = []
    for r in session.execute(select(PointsLedger.id, PointsLedger.kind, PointsLedger.points, PointsLedger.occurred_at,
                                    PointsLedger.expires_on, PointsLedger.reason)
                             .where(PointsLedger.customer_id == customer_id)
                             .order_by(PointsLedger.occurred_at.desc(), PointsLedger.id.desc()).limit(limit)):
        out.append(LedgerLine(r.id, r.kind, int(r.points), r.occurred_at, r.expires_on, r.reason, bal))
        bal -= int(r.points)
    return out
