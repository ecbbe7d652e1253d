"""Merge two records of the same person: everything of the duplicate moves to the survivor.

One call = one user action, inside the caller's transaction (nothing is committed here, so any
error leaves both customers as they were). Moved: orders, points, tickets, feedback, notes,
coupons, badge awards (one per badge: the earlier award wins), tier history, and the phones,
emails and tags the survivor does not have yet. Empty birthday / country / language of the
survivor are filled from the duplicate. The duplicate stays as a record with status 'merged' and
merged_into_id (lookups hide it; its code still resolves to the survivor through the profile).
"""
from __future__ import annotations

import json

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from crm_app.db import search_index
from crm_app.db.models import (BadgeAward, Coupon, Customer, CustomerEmail, CustomerMerge, CustomerPhone,
                               CustomerTag, Feedback, Note, Order, PointsLedger, Ticket, TierDefinition, TierHistory,
                               utcnow)
from crm_app.domain.enums import CustomerStatus
from crm_app.domain.errors import ConflictError, FieldError, NotFound, ValidationError
from crm_app.services import audit

GONE = (CustomerStatus.MERGED.value, CustomerStatus.ERASED.value)


def _load(session: Session, customer_id: int, role: str) -> Customer:
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFound(f"no customer with id {customer_id} ({role})")
    if c.status in GONE:
        into = session.get(Customer, c.merged_into_id) if c.merged_into_id else None
        where = f" into {into.code} {into.full_name}" if into is not None else ""
        raise ConflictError(f"{c.code} {c.full_name} was already {c.status}{where}; it cannot be merged again.")
    return c


def _move(session: Session, table, customer_col, survivor_id: int, duplicate_id: int, **extra) -> int:
    result = session.execute(update(table).where(customer_col == duplicate_id)
                             .values({customer_col.key: survivor_id, **extra})
                             .execution_options(synchronize_session=False))
    return int(result.rowcount or 0)


def merge_customers(session: Session, survivor_id: int, duplicate_id: int, *,
                    user_id: int | None = None) -> CustomerMerge:
    if survivor_id == duplicate_id:
        raise ValidationError([FieldError("duplicate_id", "a customer cannot be merged into itself")])
    survivor = _load(session, survivor_id, "survivor")
    duplicate = _load(session, duplicate_id, "duplicate")
    session.flush()
    moved: dict[str, int] = {}

    moved["orders"] = _move(session, Order, Order.customer_id, survivor_id, duplicate_id)
    moved["points"] = _move(session, PointsLedger, PointsLedger.customer_id, survivor_id, duplicate_id)
    moved["tickets"] = _move(session, Ticket, Ticket.customer_id, survivor_id, duplicate_id,
                             version=Ticket.version + 1)     # an open ticket form must reload
    moved["feedback"] = _move(session, Feedback, Feedback.customer_id, survivor_id, duplicate_id)
    moved["notes"] = _move(session, Note, Note.customer_id, survivor_id, duplicate_id)
    moved["coupons"] = _move(session, Coupon, Coupon.customer_id, survivor_id, duplicate_id)
    moved["tier_history"] = _move(session, TierHistory, TierHistory.customer_id, survivor_id, duplicate_id)
    moved["badges"] = _merge_badges(session, survivor_id, duplicate_id)
    moved["phones"] = _merge_contacts(session, CustomerPhone, CustomerPhone.e164, survivor_id, duplicate_id)
    moved["emails"] = _merge_contacts(session, CustomerEmail, CustomerEmail.normalized, survivor_id, duplicate_id)
    moved["tags"] = _merge_tags(session, survivor_id, duplicate_id)
    # earlier merges into the duplicate now belong to the survivor too
    moved["earlier_merges"] = _move(session, CustomerMerge, CustomerMerge.survivor_id, survivor_id, duplicate_id)
    _move(session, Customer, Customer.merged_into_id, survivor_id, duplicate_id)

    # read first, then change: one UPDATE (one new version) per customer, not one per autoflush
    tier = _higher_tier(session, survivor.tier_code, duplicate.tier_code)
    last_order = session.scalar(select(func.max(Order.order_date)).where(Order.customer_id == survivor_id))
    filled = {f: getattr(duplicate, f) for f in ("birthday", "country", "language")
              if getattr(survivor, f) is None and getattr(duplicate, f) is not None}
    for field, value in filled.items():
        setattr(survivor, field, value)
    survivor.tier_code = tier
    survivor.last_order_date = last_order
    survivor.updated_at = utcnow()            # always a new version: an open edit form must reload
    duplicate.status = CustomerStatus.MERGED.value
    duplicate.status_changed_at = utcnow()
    duplicate.merged_into_id = survivor_id
    duplicate.last_order_date = None
    session.expire(survivor, ["phones", "emails", "tags"])
    session.expire(duplicate, ["phones", "emails", "tags"])

    record = CustomerMerge(survivor_id=survivor_id, merged_id=duplicate_id, merged_code=duplicate.code,
                           merged_name=duplicate.full_name, moved=json.dumps(moved), user_id=user_id)
    session.add(record)
    session.flush()
    search_index.sync(session, [survivor_id, duplicate_id])
    details = {"survivor": survivor.code, "merged": duplicate.code, "merged_name": duplicate.full_name,
               "moved": moved, **({"filled": filled} if filled else {})}
    audit.record(session, "customer.merge", "customer", survivor_id, details, user_id)
    audit.record(session, "customer.merged_into", "customer", duplicate_id,
                 {"survivor": survivor.code, "merge_id": record.id}, user_id)
    return record


def _merge_badges(session: Session, survivor_id: int, duplicate_id: int) -> int:
    have = dict(session.execute(select(BadgeAward.badge_code, BadgeAward.id)
                                .where(BadgeAward.customer_id == survivor_id)).all())
    moved = 0
    for award in session.scalars(select(BadgeAward).where(BadgeAward.customer_id == duplicate_id)).all():
        if award.badge_code in have:
            kept = session.get(BadgeAward, have[award.badge_code])
            if award.awarded_on < kept.awarded_on:
                kept.awarded_on = award.awarded_on
            session.delete(award)
        else:
            award.customer_id = survivor_id
            moved += 1
    session.flush()
    return moved


def _merge_contacts(session: Session, table, key_col, survivor_id: int, duplicate_id: int) -> int:
    """Move the duplicate's phones / emails the survivor lacks (after the survivor's own ones);
    the ones it already has stay with the merged record."""
    have = set(session.scalars(select(key_col).where(table.customer_id == survivor_id)))
    position = session.scalar(select(func.coalesce(func.max(table.position), -1))
                              .where(table.customer_id == survivor_id))
    moved = 0
    for row_id, key in session.execute(select(table.id, key_col).where(table.customer_id == duplicate_id)
                                       .order_by(table.position, table.id)).all():
        if key in have:
            continue
        have.add(key)
        position += 1
        session.execute(update(table).where(table.id == row_id).values(customer_id=survivor_id, position=position)
                        .execution_options(synchronize_session=False))
        moved += 1
    return moved


def _merge_tags(session: Session, survivor_id: int, duplicate_id: int) -> int:
    have = set(session.scalars(select(CustomerTag.tag_id).where(CustomerTag.customer_id == survivor_id)))
    theirs = set(session.scalars(select(CustomerTag.tag_id).where(CustomerTag.customer_id == duplicate_id)))
    new = sorted(theirs - have)
    if new:
        session.execute(CustomerTag.__table__.insert(), [{"customer_id": survivor_id, "tag_id": t} for t in new])
    session.execute(delete(CustomerTag).where(CustomerTag.customer_id == duplicate_id)
                    .execution_options(synchronize_session=False))
    return len(new)


def _higher_tier(session: Session, a: str | None, b: str | None) -> str | None:
    if not a or not b or a == b:
        return a or b
    ranks = dict(session.execute(select(TierDefinition.code, TierDefinition.rank)
                                 .where(TierDefinition.code.in_([a, b]))).all())
    return b if ranks.get(b, -1) > ranks.get(a, -1) else a
