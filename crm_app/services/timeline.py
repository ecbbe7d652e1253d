"""A customer's timeline: orders, refunds, tickets, feedback, notes, merges, points, badges, tiers and the
record's creation, merged newest first. Each source is read newest first with the same limit through
its own (customer_id, time) index, so the cost is bounded by `limit`, not by the customer's history.
"""
from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_app.db.models import (BadgeAward, BadgeDefinition, Customer, CustomerMerge, Feedback, Note, Order,
                               PointsLedger, Refund, Ticket, TicketCategory, TierDefinition, TierHistory, User)
from crm_app.domain.errors import NotFound
from crm_app.domain.money import Money
from crm_app.domain.profile import TimelineEvent


def _end(d: date) -> datetime:
    return datetime.combine(d + timedelta(days=1), time())


def _at(d: date) -> datetime:
    return datetime.combine(d, time())


def _short(text: str | None, n: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _moved_text(moved: str | None) -> str:
    try:
        counts = json.loads(moved or "{}")
    except ValueError:
        return ""
    return ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items() if isinstance(v, int) and v)


def timeline(session: Session, customer_id: int, limit: int = 500, *, as_of: date | None = None) \
        -> list[TimelineEvent]:
    """The newest `limit` events, newest first (same moment: higher ref_id first).

    Each source yields (at, ref_id, make) with `make()` building the event: only the `limit` events
    that survive the merge pay for their titles and money formatting.
    """
    conn = session.connection()
    c = conn.execute(select(Customer.id, Customer.code, Customer.created_at, Customer.merged_into_id)
                     .where(Customer.id == customer_id)).first()
    if c is None:
        raise NotFound(f"no customer with id {customer_id}")
    end = _end(as_of) if as_of else None
    limit = max(1, limit)
    found: list[tuple[datetime, int, object]] = []

    def newest(stmt, *order):
        return conn.execute(stmt.order_by(*order).limit(limit)).all()

    # orders and refunds
    stmt = (select(Order.id, Order.code, Order.ordered_at, Order.currency, Order.total_minor, Order.channel)
            .where(Order.customer_id == customer_id))
    if as_of:
        stmt = stmt.where(Order.order_date <= as_of)
    for r in newest(stmt, Order.order_date.desc(), Order.ordered_at.desc(), Order.id.desc()):
        found.append((r.ordered_at, r.id, lambda r=r: TimelineEvent(
            r.ordered_at, "order", f"Order {r.code or '#' + str(r.id)}",
            str(Money.from_minor(r.total_minor, r.currency)) + (f" · {r.channel}" if r.channel else ""), r.id)))
    stmt = (select(Refund.id, Refund.order_id, Refund.amount_minor, Refund.refunded_at, Refund.reason, Order.code,
                   Order.currency).join(Order, Order.id == Refund.order_id).where(Order.customer_id == customer_id))
    if end:
        stmt = stmt.where(Refund.refunded_at < end)
    for r in newest(stmt, Refund.refunded_at.desc(), Refund.id.desc()):
        found.append((r.refunded_at, r.order_id, lambda r=r: TimelineEvent(
            r.refunded_at, "refund", f"Refund on order {r.code or '#' + str(r.order_id)}",
            str(Money.from_minor(r.amount_minor, r.currency)) + (f" · {_short(r.reason)}" if r.reason else ""),
            r.order_id)))

    # support
    stmt = (select(Ticket.id, Ticket.subject, Ticket.status, Ticket.priority, Ticket.channel, Ticket.created_at,
                   Ticket.resolved_at, TicketCategory.name.label("category"))
            .outerjoin(TicketCategory, TicketCategory.id == Ticket.category_id)
            .where(Ticket.customer_id == customer_id))
    if end:
        stmt = stmt.where(Ticket.created_at < end)
    for r in newest(stmt, Ticket.created_at.desc(), Ticket.id.desc()):
        found.append((r.created_at, r.id, lambda r=r: TimelineEvent(
            r.created_at, "ticket", f"Ticket #{r.id} opened: {_short(r.subject, 80)}",
            " · ".join([r.channel, r.priority] + ([r.category] if r.category else [])), r.id)))
        if r.resolved_at and (end is None or r.resolved_at < end):
            found.append((r.resolved_at, r.id, lambda r=r: TimelineEvent(
                r.resolved_at, "ticket", f"Ticket #{r.id} resolved", f"now {r.status}", r.id)))
    stmt = (select(Feedback.id, Feedback.kind, Feedback.score, Feedback.comment, Feedback.source, Feedback.created_at)
            .where(Feedback.customer_id == customer_id))
    if end:
        stmt = stmt.where(Feedback.created_at < end)
    for r in newest(stmt, Feedback.created_at.desc(), Feedback.id.desc()):
        found.append((r.created_at, r.id, lambda r=r: TimelineEvent(
            r.created_at, "feedback", f"{r.kind.upper()} {r.score}", _short(r.comment) or (r.source or ""), r.id)))
    stmt = (select(Note.id, Note.body, Note.created_at, User.display_name)
            .outerjoin(User, User.id == Note.author_id).where(Note.customer_id == customer_id))
    if end:
        stmt = stmt.where(Note.created_at < end)
    for r in newest(stmt, Note.created_at.desc(), Note.id.desc()):
        found.append((r.created_at, r.id, lambda r=r: TimelineEvent(
            r.created_at, "note", f"Note by {r.display_name}" if r.display_name else "Note", _short(r.body), r.id)))

    # merges: duplicates folded into this customer, and where this one went
    stmt = (select(CustomerMerge.merged_at, CustomerMerge.merged_id, CustomerMerge.merged_code,
                   CustomerMerge.merged_name, CustomerMerge.moved).where(CustomerMerge.survivor_id == customer_id))
    if end:
        stmt = stmt.where(CustomerMerge.merged_at < end)
    for r in newest(stmt, CustomerMerge.merged_at.desc()):
        found.append((r.merged_at, r.merged_id, lambda r=r: TimelineEvent(
            r.merged_at, "merge", f"Merged {r.merged_code} {r.merged_name} into this customer", _moved_text(r.moved),
            r.merged_id)))
    m = conn.execute(select(CustomerMerge.merged_at, Customer.code, Customer.id)
                     .join(Customer, Customer.id == CustomerMerge.survivor_id)
                     .where(CustomerMerge.merged_id == customer_id)).first()
    if m and (end is None or m.merged_at < end):
        found.append((m.merged_at, m.id, lambda: TimelineEvent(m.merged_at, "merge", f"Merged into {m.code}", "",
                                                                m.id)))

    # loyalty
    stmt = (select(PointsLedger.id, PointsLedger.kind, PointsLedger.points, PointsLedger.occurred_at,
                   PointsLedger.reason).where(PointsLedger.customer_id == customer_id))
    if end:
        stmt = stmt.where(PointsLedger.occurred_at < end)
    for r in newest(stmt, PointsLedger.occurred_at.desc(), PointsLedger.id.desc()):
        found.append((r.occurred_at, r.id, lambda r=r: TimelineEvent(
            r.occurred_at, "points", f"{r.points:+,} points ({r.kind})", _short(r.reason), r.id)))
    stmt = (select(BadgeAward.id, BadgeAward.badge_code, BadgeAward.awarded_on, BadgeDefinition.name)
            .outerjoin(BadgeDefinition, BadgeDefinition.code == BadgeAward.badge_code)
            .where(BadgeAward.customer_id == customer_id))
    if as_of:
        stmt = stmt.where(BadgeAward.awarded_on <= as_of)
    for r in newest(stmt, BadgeAward.awarded_on.desc(), BadgeAward.id.desc()):
        found.append((_at(r.awarded_on), r.id, lambda r=r: TimelineEvent(
            _at(r.awarded_on), "badge", f"Badge earned: {r.name or r.badge_code}", "", r.id)))
    stmt = (select(TierHistory.id, TierHistory.tier_code, TierHistory.valid_from, TierHistory.reason,
                   TierDefinition.name).outerjoin(TierDefinition, TierDefinition.code == TierHistory.tier_code)
            .where(TierHistory.customer_id == customer_id))
    if as_of:
        stmt = stmt.where(TierHistory.valid_from <= as_of)
    for r in newest(stmt, TierHistory.valid_from.desc(), TierHistory.id.desc()):
        found.append((_at(r.valid_from), r.id, lambda r=r: TimelineEvent(
            _at(r.valid_from), "tier", f"Tier: {r.name or r.tier_code}", _short(r.reason), r.id)))

    if c.created_at and (end is None or c.created_at < end):
        found.append((c.created_at, c.id, lambda: TimelineEvent(c.created_at, "created", "Customer record created",
                                                                 c.code, c.id)))
    found.sort(key=lambda e: (e[0], e[1]), reverse=True)
    return [make() for _at_, _ref, make in found[:limit]]
