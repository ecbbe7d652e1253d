"""Data-protection requests for one customer: export all their data (access), erase them (erasure).

Erasure removes or anonymizes personal data and keeps the business's records: orders, lines,
refunds, points, tickets and survey scores stay (anonymous), so revenue, retention and support
figures do not change. Duplicates merged into the customer are erased with them. Both actions are
written to the audit log, without the personal data.

Each function takes the Session of the caller's one transaction (`with db.write() as s:`).
"""
from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import case, delete, or_, select, update
from sqlalchemy.orm import Session

from crm_app.db import search_index
from crm_app.db.models import (AuditLog, BadgeAward, Coupon, Customer, CustomerEmail, CustomerMerge, CustomerPhone,
                               CustomerTag, Feedback, Note, Order, OrderLine, PointsLedger, Refund, Tag, Ticket,
                               TicketComment, TicketEvent, TierHistory, utcnow)
from crm_app.domain.enums import CustomerStatus
from crm_app.domain.errors import NotFound
from crm_app.domain.normalize import fold
from crm_app.services import audit

ERASED_NAME = "Erased customer"
REDACTED = "[erased]"


def _customer(session: Session, customer_id: int) -> Customer:
    c = session.get(Customer, customer_id)
    if c is None:
        raise NotFound(f"no customer with id {customer_id}")
    return c


def _family(session: Session, customer_id: int) -> list[int]:
    """The customer and every duplicate merged into them (at any depth)."""
    ids, frontier = [customer_id], [customer_id]
    while frontier:
        frontier = list(session.scalars(select(Customer.id).where(Customer.merged_into_id.in_(frontier))))
        frontier = [i for i in frontier if i not in ids]
        ids.extend(frontier)
    return ids


# --- access ------------------------------------------------------------------------------------
def _rows(session: Session, stmt) -> list[dict]:
    return [dict(r._mapping) for r in session.execute(stmt)]


def customer_data(session: Session, customer_id: int) -> dict[str, list[dict]]:
    """Everything stored about the customer (and duplicates merged into them), table by table."""
    _customer(session, customer_id)
    ids = _family(session, customer_id)
    orders = select(Order.id).where(Order.customer_id.in_(ids))
    tickets = select(Ticket.id).where(Ticket.customer_id.in_(ids))
    sections = {
        "customer": select(Customer.__table__).where(Customer.id.in_(ids)),
        "phones": select(CustomerPhone.__table__).where(CustomerPhone.customer_id.in_(ids)),
        "emails": select(CustomerEmail.__table__).where(CustomerEmail.customer_id.in_(ids)),
        "tags": select(CustomerTag.customer_id, Tag.name).join(Tag, Tag.id == CustomerTag.tag_id)
        .where(CustomerTag.customer_id.in_(ids)),
        "notes": select(Note.__table__).where(Note.customer_id.in_(ids)),
        "orders": select(Order.__table__).where(Order.customer_id.in_(ids)).order_by(Order.ordered_at),
        "order_lines": select(OrderLine.__table__).where(OrderLine.order_id.in_(orders)),
        "refunds": select(Refund.__table__).where(Refund.order_id.in_(orders)),
        "points_ledger": select(PointsLedger.__table__).where(PointsLedger.customer_id.in_(ids)),
        "coupons": select(Coupon.__table__).where(Coupon.customer_id.in_(ids)),
        "badges": select(BadgeAward.__table__).where(BadgeAward.customer_id.in_(ids)),
        "tier_history": select(TierHistory.__table__).where(TierHistory.customer_id.in_(ids)),
        "tickets": select(Ticket.__table__).where(Ticket.customer_id.in_(ids)),
        "ticket_comments": select(TicketComment.__table__).where(TicketComment.ticket_id.in_(tickets)),
        "ticket_events": select(TicketEvent.__table__).where(TicketEvent.ticket_id.in_(tickets)),
        "feedback": select(Feedback.__table__).where(Feedback.customer_id.in_(ids)),
        "merges": select(CustomerMerge.__table__).where(or_(CustomerMerge.survivor_id.in_(ids),
                                                            CustomerMerge.merged_id.in_(ids))),
        "audit_log": select(AuditLog.__table__).where(AuditLog.entity == "customer", AuditLog.entity_id.in_(ids)),
    }
    return {name: _rows(session, stmt) for name, stmt in sections.items()}


def _json_value(v):
    if isinstance(v, (datetime, date)):
        return v.isoformat()
    return str(v)


def export_customer_data(session: Session, customer_id: int, dest: str | os.PathLike, *,
                         user_id: int | None = None) -> Path:
    """A zip with data.json (all sections) and a CSV per section: the answer to a data-access request."""
    from crm_app.io.export import _atomic, write_csv

    c = _customer(session, customer_id)
    data = customer_data(session, customer_id)
    dest = Path(dest)
    with _atomic(dest) as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
            doc = {"customer_code": c.code, "exported_at": utcnow().isoformat(" ") + " UTC",
                   "note": "Amounts (*_minor) are in minor units of the currency (cents)", "data": data}
            zf.writestr("data.json", json.dumps(doc, indent=2, ensure_ascii=False, default=_json_value))
            for name, rows in data.items():
                cols = list(rows[0]) if rows else []
                buf = _text_buffer()
                write_csv(buf, cols, ([r[k] for k in cols] for r in rows))
                zf.writestr(f"{name}.csv", "\ufeff" + buf.getvalue())
    audit.record(session, "customer.data_export", "customer", customer_id,
                 {"sections": {k: len(v) for k, v in data.items()}}, user_id)
    return dest


def _text_buffer():
    import io

    return io.StringIO(newline="")


# --- erasure -----------------------------------------------------------------------------------
@dataclass
class EraseResult:
    customer_ids: list[int]
    phones: int
    emails: int
    notes: int
    tickets_redacted: int
    feedback_comments: int


def erase_customer(session: Session, customer_id: int, *, user_id: int | None = None,
                   reason: str | None = None) -> EraseResult:
    """Remove the personal data of a customer (and of duplicates merged into them).

    Name → "Erased customer"; phones, emails, tags, notes, birthday, language and consents removed;
    ticket subjects, texts and comment bodies, order notes and feedback comments redacted; personal details
    in their audit entries and merge records redacted; status 'erased'. Kept: the customer code (an
    internal number, so a re-import of an old file does not bring the person back), the country,
    and every order, line, refund, point, ticket and score, now anonymous."""
    c = _customer(session, customer_id)
    if c.status == CustomerStatus.ERASED:
        raise NotFound(f"customer {c.code} is already erased")
    ids = _family(session, customer_id)
    now = utcnow()
    counts = {}
    for name, model in (("phones", CustomerPhone), ("emails", CustomerEmail), ("notes", Note)):
        counts[name] = session.execute(delete(model).where(model.customer_id.in_(ids))).rowcount or 0
    session.execute(delete(CustomerTag).where(CustomerTag.customer_id.in_(ids)))
    # Plain UPDATEs (not an edit through the form): the optimistic-lock version is bumped so an open
    # form cannot save the old personal data back over the erasure.
    session.execute(update(Customer).where(Customer.id.in_(ids)).values(
        full_name=ERASED_NAME, search_name=fold(ERASED_NAME), birthday=None, language=None, consent_email=False,
        consent_sms=False, consent_phone=False, status=CustomerStatus.ERASED, status_changed_at=now,
        updated_at=now, version=Customer.version + 1).execution_options(synchronize_session=False))
    tickets = select(Ticket.id).where(Ticket.customer_id.in_(ids))
    # Subjects too: agents write "Call Layla back on 050…" there. Status, category, priority, times stay.
    n_tickets = session.execute(update(Ticket).where(Ticket.customer_id.in_(ids))
                                .values(subject=REDACTED, description=case((Ticket.description.is_(None), None),
                                                                           else_=REDACTED))
                                .execution_options(synchronize_session=False)).rowcount or 0
    session.execute(update(TicketComment).where(TicketComment.ticket_id.in_(tickets)).values(body=REDACTED)
                    .execution_options(synchronize_session=False))
    session.execute(update(Order).where(Order.customer_id.in_(ids), Order.note.is_not(None)).values(note=None)
                    .execution_options(synchronize_session=False))
    n_fb = session.execute(update(Feedback).where(Feedback.customer_id.in_(ids), Feedback.comment.is_not(None))
                           .values(comment=None).execution_options(synchronize_session=False)).rowcount or 0
    session.execute(update(CustomerMerge).where(or_(CustomerMerge.survivor_id.in_(ids),
                                                    CustomerMerge.merged_id.in_(ids)))
                    .values(merged_name=ERASED_NAME).execution_options(synchronize_session=False))
    session.execute(update(AuditLog).where(AuditLog.entity == "customer", AuditLog.entity_id.in_(ids),
                                           AuditLog.details.is_not(None))
                    .values(details=json.dumps({"redacted": "personal data erased"}))
                    .execution_options(synchronize_session=False))
    session.expire_all()
    search_index.sync(session, ids)
    result = EraseResult(ids, counts["phones"], counts["emails"], counts["notes"], n_tickets, n_fb)
    audit.record(session, "customer.erase", "customer", customer_id,
                 {"code": c.code, "customers": len(ids), "reason": reason}, user_id)
    return result
