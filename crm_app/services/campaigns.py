"""Campaign lists (birthdays this week, anniversaries this month, points expiring soon, close to the next
tier) and the leaderboard (points earned in a period). Each list is a list of dicts with the same keys
per list, ready for a table or `write_csv` (the csv module)."""
from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import IO

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from crm_app.db.models import Customer, CustomerEmail, Order, PointsLedger, Refund
from crm_app.domain import loyalty as L
from crm_app.services import loyalty as svc

LISTS = ("birthdays", "anniversaries", "expiring", "near-tier", "leaderboard")


def _people(session: Session, ids: Iterable[int]) -> dict[int, dict]:
    ids = list(ids)
    out: dict[int, dict] = {}
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        for r in session.execute(select(Customer.id, Customer.code, Customer.full_name, Customer.tier_code,
                                         Customer.consent_email, Customer.consent_sms, CustomerEmail.email)
                                 .outerjoin(CustomerEmail, and_(CustomerEmail.customer_id == Customer.id,
                                                                CustomerEmail.position == 0))
                                 .where(Customer.id.in_(chunk))):
            out[r.id] = {"customer_id": r.id, "code": r.code, "name": r.full_name, "tier": r.tier_code or "",
                         "email": r.email or "", "consent_email": bool(r.consent_email),
                         "consent_sms": bool(r.consent_sms)}
    return out


def _balances(session: Session, ids: list[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        out.update({c: int(b) for c, b in session.execute(
            select(PointsLedger.customer_id, func.sum(PointsLedger.points))
            .where(PointsLedger.customer_id.in_(chunk)).group_by(PointsLedger.customer_id))})
    return out


def _merge(session: Session, facts: list[tuple[int, dict]]) -> list[dict]:
    people = _people(session, [c for c, _ in facts])
    return [{**people[c], **f} for c, f in facts if c in people]


def birthdays_this_week(session: Session, as_of: date | None = None, limit: int | None = None) -> list[dict]:
    as_of = as_of or date.today()
    monday = as_of - timedelta(days=as_of.weekday())
    days = [monday + timedelta(days=i) for i in range(7)]
    keys = [d.strftime("%m-%d") for d in days]
    md = func.strftime("%m-%d", Customer.birthday)
    rows = session.execute(select(Customer.id, Customer.birthday).where(Customer.merged_into_id.is_(None),
                                                                        md.in_(keys))).all()
    when = {k: d for k, d in zip(keys, days)}
    rows.sort(key=lambda r: (when[r.birthday.strftime("%m-%d")], r.id))
    rows = rows[:limit] if limit else rows
    return _merge(session, [(r.id, {"birthday": r.birthday.isoformat(), "on": when[r.birthday.strftime('%m-%d')]
                                    .isoformat(), "age": as_of.year - r.birthday.year}) for r in rows])


def anniversaries_this_month(session: Session, as_of: date | None = None, limit: int | None = None) -> list[dict]:
    """Customers whose first purchase was in this calendar month of an earlier year."""
    as_of = as_of or date.today()
    first = select(Order.customer_id.label("c"), func.min(Order.order_date).label("d")).group_by(Order.customer_id) \
        .subquery()
    stmt = (select(first.c.c, first.c.d).where(func.strftime("%m", first.c.d) == f"{as_of.month:02d}",
                                               first.c.d < date(as_of.year, 1, 1))
            .order_by(func.strftime("%d", first.c.d), first.c.c))
    if limit:
        stmt = stmt.limit(limit)
    rows = session.execute(stmt).all()
    return _merge(session, [(r.c, {"first_purchase": r.d.isoformat() if hasattr(r.d, "isoformat") else str(r.d),
                                   "years": as_of.year - (r.d.year if hasattr(r.d, "year") else int(str(r.d)[:4]))})
                            for r in rows])


def expiring_soon(session: Session, as_of: date | None = None, days: int = 30, limit: int | None = None
                  ) -> list[dict]:
    """Points that expire by as_of + days if nothing more is spent (incl. any not yet written off)."""
    as_of = as_of or date.today()
    until = as_of + timedelta(days=days)
    cands = select(PointsLedger.customer_id).where(PointsLedger.expires_on > as_of, PointsLedger.expires_on <= until,
                                                   PointsLedger.points > 0).distinct().subquery()
    not_exp = PointsLedger.kind != "expire"
    soon = (func.sum(case((and_(PointsLedger.points > 0, not_exp, PointsLedger.expires_on <= until),
                           PointsLedger.points), else_=0))
            + func.sum(case((PointsLedger.points < 0, PointsLedger.points), else_=0)))
    bal = func.sum(PointsLedger.points)
    stmt = (select(PointsLedger.customer_id, soon.label("soon"), bal.label("bal"),
                   func.min(case((and_(PointsLedger.expires_on > as_of, PointsLedger.points > 0),
                                  PointsLedger.expires_on))).label("first"))
            .where(PointsLedger.customer_id.in_(select(cands.c.customer_id)))
            .group_by(PointsLedger.customer_id).having(soon > 0).order_by(soon.desc(), PointsLedger.customer_id))
    if limit:
        stmt = stmt.limit(limit)
    rows = session.execute(stmt).all()
    return _merge(session, [(r.customer_id, {"points_expiring": min(int(r.soon), int(r.bal)), "balance": int(r.bal),
                                             "first_expiry": str(r.first)[:10] if r.first else ""})
                            for r in rows if min(int(r.soon), int(r.bal)) > 0])


def window_spend(session: Session, as_of: date, months: int) -> dict[int, int]:
    start = L.add_months(as_of, -months)
    end = datetime.combine(as_of + timedelta(days=1), time())
    spend = dict(session.execute(select(Order.customer_id, func.sum(Order.total_minor))
                                 .where(Order.order_date > start, Order.order_date <= as_of)
                                 .group_by(Order.customer_id)).all())
    for c, a in session.execute(select(Order.customer_id, func.sum(Refund.amount_minor))
                                .join(Order, Order.id == Refund.order_id)
                                .where(Order.order_date > start, Order.order_date <= as_of, Refund.refunded_at < end)
                                .group_by(Order.customer_id)):
        spend[c] = spend.get(c, 0) - int(a)
    return {c: int(v) for c, v in spend.items()}


def window_spend_one(session: Session, customer_id: int, as_of: date, months: int) -> int:
    """One customer's net spend in the tier window (orders in (as_of - months, as_of], refunds up to as_of)."""
    start = L.add_months(as_of, -months)
    end = datetime.combine(as_of + timedelta(days=1), time())
    gross = session.scalar(select(func.coalesce(func.sum(Order.total_minor), 0)).where(
        Order.customer_id == customer_id, Order.order_date > start, Order.order_date <= as_of))
    back = session.scalar(select(func.coalesce(func.sum(Refund.amount_minor), 0)).join(Order, Order.id == Refund.order_id)
                          .where(Order.customer_id == customer_id, Order.order_date > start,
                                 Order.order_date <= as_of, Refund.refunded_at < end))
    return int(gross or 0) - int(back or 0)


def near_next_tier(session: Session, as_of: date | None = None, min_fraction: float = 0.8,
                   limit: int | None = None) -> list[dict]:
    """Customers at least `min_fraction` of the way to the next tier's threshold, closest first."""
    as_of = as_of or date.today()
    _v, rules = svc.current_rules(session)
    facts = []
    for c, spend in window_spend(session, as_of, rules.tier_window_months).items():
        p = L.tier_progress(spend, rules.tiers)
        if p.next_tier is not None and p.fraction >= min_fraction:
            facts.append((p.missing_minor, c, {"spend_minor": spend, "current_tier": p.tier.code,
                                               "next_tier": p.next_tier.code, "missing_minor": p.missing_minor,
                                               "progress": round(p.fraction, 3)}))
    facts.sort(key=lambda f: (f[0], f[1]))
    facts = facts[:limit] if limit else facts
    return _merge(session, [(c, f) for _m, c, f in facts])


def leaderboard(session: Session, start: date | None = None, end: date | None = None, limit: int | None = 20
                ) -> list[dict]:
    """Top customers by points earned (earn + bonus) in [start, end]; default: the last 12 months."""
    end = end or date.today()
    start = start or L.add_months(end, -12)
    pts = func.sum(PointsLedger.points)
    stmt = (select(PointsLedger.customer_id, pts.label("pts"))
            .where(PointsLedger.kind.in_(("earn", "bonus")),
                   PointsLedger.occurred_at >= datetime.combine(start, time()),
                   PointsLedger.occurred_at < datetime.combine(end + timedelta(days=1), time()))
            .group_by(PointsLedger.customer_id).order_by(pts.desc(), PointsLedger.customer_id))
    if limit:
        stmt = stmt.limit(limit)
    rows = session.execute(stmt).all()
    return _merge(session, [(r.customer_id, {"rank": i + 1, "points_earned": int(r.pts)})
                            for i, r in enumerate(rows)])


def campaign_list(session: Session, which: str, *, as_of: date | None = None, start: date | None = None,
                  end: date | None = None, limit: int | None = 100) -> list[dict]:
    if which == "birthdays":
        return birthdays_this_week(session, as_of, limit)
    if which == "anniversaries":
        return anniversaries_this_month(session, as_of, limit)
    if which == "expiring":
        return expiring_soon(session, as_of, limit=limit)
    if which == "near-tier":
        return near_next_tier(session, as_of, limit=limit)
    if which == "leaderboard":
        return leaderboard(session, start, end or as_of, limit)
    raise ValueError(f"unknown list {which!r}; one of {', '.join(LISTS)}")


def write_csv(rows: list[dict], out: IO[str]) -> int:
    """Write rows (dicts with the same keys) as CSV with a header; returns the number of rows."""
    if not rows:
        out.write("")
        return 0
    w = csv.DictWriter(out, fieldnames=list(rows[0].keys()))
    w.writeheader()
    w.writerows(rows)
    return len(rows)
