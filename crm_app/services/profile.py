"""The shared customer profile: header figures, purchases, loyalty, support and the timeline.

Every function takes a Session opened by the caller (one read per screen) and returns plain frozen
dataclasses from domain/profile.py. Figures are SQL aggregates over indexed ranges
(ix_orders_customer_date, ix_points_ledger_customer, ix_tickets_customer, ...), so a customer with
thousands of orders loads in a few milliseconds; lists are capped by `limit` and paged by keyset.

`as_of` (where accepted): only data on or before that day counts (default: today).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from crm_app import config
from crm_app.db.models import (BadgeAward, BadgeDefinition, Coupon, Customer, CustomerEmail, CustomerPhone,
                               CustomerTag, Feedback, Note, Order, OrderLine, PointsLedger, Product, Refund, Tag,
                               Ticket, TicketCategory, TierDefinition, TierHistory, User)
from crm_app.domain.activity import ActivityRules, activity_status
from crm_app.domain.errors import NotFound
from crm_app.domain.money import Money, exponent
from crm_app.domain.profile import (BadgeRow, Consents, CouponRow, FeedbackRow, LedgerRow, LineRow, NoteRow, OrderRow,
                                    ProfileHeader, TicketRow)
from crm_app.domain.tickets import OPEN_STATUSES
from crm_app.services import settings
from crm_app.services.timeline import timeline  # the Timeline tab; lives in its own module

OPEN = tuple(str(s) for s in OPEN_STATUSES)
NEWEST_ORDERS = (Order.order_date.desc(), Order.ordered_at.desc(), Order.id.desc())


def day_end(d: date) -> datetime:
    """First moment after day `d`: timestamps before it are 'on or before d'."""
    return datetime.combine(d + timedelta(days=1), time())


def business_currency(session: Session) -> str:
    return settings.get(session, config.CURRENCY)


def activity_rules(session: Session) -> ActivityRules:
    return ActivityRules(churn_window_days=int(settings.get(session, config.CHURN_WINDOW_DAYS)))


def tenure(since: date | None, as_of: date) -> tuple[int | None, int, int]:
    """(days, whole years, remaining whole months) from `since` to `as_of`; (None, 0, 0) before `since`."""
    if since is None or since > as_of:
        return None, 0, 0
    months = (as_of.year - since.year) * 12 + (as_of.month - since.month) - (1 if as_of.day < since.day else 0)
    return (as_of - since).days, months // 12, months % 12


def _customer_row(session: Session, customer_id: int):
    conn = session.connection()
    row = conn.execute(select(Customer.__table__).where(Customer.id == customer_id)).first()
    if row is None:
        raise NotFound(f"no customer with id {customer_id}")
    return row


# --- header ---------------------------------------------------------------------------------------
def load_header(session: Session, customer_id: int, as_of: date | None = None) -> ProfileHeader:
    conn = session.connection()
    c = _customer_row(session, customer_id)
    today = as_of or date.today()
    end = day_end(today)

    phones = [(r.raw, r.e164) for r in conn.execute(
        select(CustomerPhone.raw, CustomerPhone.e164).where(CustomerPhone.customer_id == customer_id)
        .order_by(CustomerPhone.position, CustomerPhone.id))]
    emails = list(conn.scalars(select(CustomerEmail.email).where(CustomerEmail.customer_id == customer_id)
                               .order_by(CustomerEmail.position, CustomerEmail.id)))
    tags = list(conn.scalars(select(Tag.name).join(CustomerTag, CustomerTag.tag_id == Tag.id)
                             .where(CustomerTag.customer_id == customer_id).order_by(Tag.name)))

    # orders: per currency (a business normally has one; the one with most orders is shown)
    per_currency = conn.execute(
        select(Order.currency, func.count(), func.coalesce(func.sum(Order.total_minor), 0))
        .where(Order.customer_id == customer_id, Order.order_date <= today).group_by(Order.currency)).all()
    orders_count = sum(int(n) for _, n, _ in per_currency)
    home = business_currency(session)
    currency, main_count, gross = max(per_currency, key=lambda r: (r[1], r[0] == home)) if per_currency \
        else (home, 0, 0)
    refunded = conn.scalar(
        select(func.coalesce(func.sum(Refund.amount_minor), 0)).join(Order, Order.id == Refund.order_id)
        .where(Order.customer_id == customer_id, Order.order_date <= today, Order.currency == currency,
               Refund.refunded_at < end)) or 0
    net_minor = int(gross) - int(refunded)
    total_spent = Money.from_minor(net_minor, currency)
    aov = None
    if main_count:
        q = Decimal(1).scaleb(-exponent(currency))
        aov = Money((total_spent.amount / int(main_count)).quantize(q, rounding=ROUND_HALF_EVEN), currency)

    days = conn.scalars(select(Order.order_date).distinct()
                        .where(Order.customer_id == customer_id, Order.order_date <= today)).all()
    first = min(days) if days else None
    last = max(days) if days else None
    created = c.created_at.date() if c.created_at else None
    since = first or (created if created and created <= today else None)
    t_days, t_years, t_months = tenure(since, today)

    points = conn.scalar(select(func.coalesce(func.sum(PointsLedger.points), 0))
                         .where(PointsLedger.customer_id == customer_id, PointsLedger.occurred_at < end)) or 0
    tier_code, tier_name, tier_color = _tier(session, customer_id, c.tier_code, as_of)
    merged_into = (conn.scalar(select(Customer.code).where(Customer.id == c.merged_into_id))
                   if c.merged_into_id else None)
    return ProfileHeader(
        id=c.id, code=c.code, name=c.full_name, phones=phones, emails=emails, birthday=c.birthday,
        country=c.country, language=c.language, tags=tags,
        consents=Consents(bool(c.consent_email), bool(c.consent_sms), bool(c.consent_phone)),
        status=c.status, version=c.version, tier_code=tier_code, tier_name=tier_name, tier_color=tier_color,
        points_balance=int(points), tenure_days=t_days, tenure_years=t_years, tenure_months=t_months,
        customer_since=since, first_purchase=first, last_purchase=last, orders_count=orders_count,
        purchase_days=len(days), total_spent=total_spent, average_order_value=aov, currency=currency,
        activity=activity_status(days, today, activity_rules(session), c.status),
        open_tickets=_open_tickets(session, customer_id, as_of), merged_into_code=merged_into, as_of=today)


def _tier(session: Session, customer_id: int, current: str | None, as_of: date | None):
    conn = session.connection()
    code = current
    if as_of is not None:
        # the tier that was valid on that day, when the history knows; else the current one
        rows = conn.execute(select(TierHistory.tier_code, TierHistory.valid_from, TierHistory.valid_to)
                            .where(TierHistory.customer_id == customer_id)
                            .order_by(TierHistory.valid_from.desc(), TierHistory.id.desc())).all()
        if rows:
            code = next((r.tier_code for r in rows
                         if r.valid_from <= as_of and (r.valid_to is None or r.valid_to > as_of)), None)
    if code is None:
        return None, None, None
    d = conn.execute(select(TierDefinition.name, TierDefinition.color).where(TierDefinition.code == code)).first()
    return (code, d.name, d.color) if d else (code, code, None)


def _open_tickets(session: Session, customer_id: int, as_of: date | None) -> int:
    conn = session.connection()
    stmt = select(func.count()).select_from(Ticket).where(Ticket.customer_id == customer_id)
    if as_of is None:
        stmt = stmt.where(Ticket.status.in_(OPEN))
    else:  # open on that day: raised by then and not resolved/closed by then
        end = day_end(as_of)
        done = func.coalesce(Ticket.resolved_at, Ticket.closed_at)
        stmt = stmt.where(Ticket.created_at < end, or_(and_(Ticket.status.in_(OPEN), done.is_(None)), done >= end))
    return int(conn.scalar(stmt) or 0)


# --- purchases --------------------------------------------------------------------------------------
def count_orders(session: Session, customer_id: int) -> int:
    conn = session.connection()
    return int(conn.scalar(select(func.count()).select_from(Order).where(Order.customer_id == customer_id)) or 0)


def orders_page(session: Session, customer_id: int, before: tuple[datetime, int] | None = None, limit: int = 200,
                *, as_of: date | None = None) -> list[OrderRow]:
    """One page of orders, newest first (ordered_at desc, id desc); `before` = the last row's key."""
    conn = session.connection()
    stmt = (select(Order.id, Order.code, Order.ordered_at, Order.order_date, Order.currency, Order.total_minor,
                   Order.channel).where(Order.customer_id == customer_id))
    if before is not None:
        # order_date is the calendar day of ordered_at: sorting by (day, time, id) is the same order, and the
        # day lets SQLite walk ix_orders_customer_date instead of sorting every order of the customer
        at, oid = before
        day = conn.scalar(select(Order.order_date).where(Order.id == oid)) or at.date()
        stmt = stmt.where(Order.order_date <= day, or_(
            Order.order_date < day, Order.ordered_at < at, and_(Order.ordered_at == at, Order.id < oid)))
    if as_of is not None:
        stmt = stmt.where(Order.order_date <= as_of)
    rows = conn.execute(stmt.order_by(*NEWEST_ORDERS).limit(max(1, limit))).all()
    if not rows:
        return []
    ids = [r.id for r in rows]
    refunds = select(Refund.order_id, func.sum(Refund.amount_minor)).where(Refund.order_id.in_(ids))
    if as_of is not None:
        refunds = refunds.where(Refund.refunded_at < day_end(as_of))
    refunded = dict(conn.execute(refunds.group_by(Refund.order_id)).all())
    lines = dict(conn.execute(select(OrderLine.order_id, func.count()).where(OrderLine.order_id.in_(ids))
                              .group_by(OrderLine.order_id)).all())
    out = []
    for r in rows:
        back = int(refunded.get(r.id) or 0)
        out.append(OrderRow(id=r.id, code=r.code, ordered_at=r.ordered_at, order_date=r.order_date,
                            total=Money.from_minor(r.total_minor, r.currency),
                            refunded=Money.from_minor(back, r.currency),
                            net=Money.from_minor(r.total_minor - back, r.currency),
                            lines=int(lines.get(r.id, 0)), channel=r.channel))
    return out


def order_lines(session: Session, order_id: int) -> list[LineRow]:
    conn = session.connection()
    currency = conn.scalar(select(Order.currency).where(Order.id == order_id))
    if currency is None:
        raise NotFound(f"no order with id {order_id}")
    rows = conn.execute(select(OrderLine.description, OrderLine.quantity, OrderLine.unit_price_minor,
                               OrderLine.amount_minor, Product.sku)
                        .outerjoin(Product, Product.id == OrderLine.product_id)
                        .where(OrderLine.order_id == order_id).order_by(OrderLine.id)).all()
    return [LineRow(r.description, r.quantity, Money.from_minor(r.unit_price_minor, currency),
                    Money.from_minor(r.amount_minor, currency), r.sku) for r in rows]


def spend_by_month(session: Session, customer_id: int) -> list[tuple[date, Decimal]]:
    """Net spend (orders minus their refunds, in major units of the main currency) per calendar month,
    from the first to the last month with an order; months without orders are 0."""
    conn = session.connection()
    refunded = (select(func.coalesce(func.sum(Refund.amount_minor), 0)).where(Refund.order_id == Order.id)
                .correlate(Order).scalar_subquery())
    rows = conn.execute(select(Order.order_date, Order.currency, Order.total_minor - refunded)
                        .where(Order.customer_id == customer_id)).all()
    if not rows:
        return []
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        counts[r[1]] += 1
    currency = max(counts, key=lambda k: counts[k])
    months: dict[date, int] = defaultdict(int)
    for d, cur, net in rows:
        if cur == currency:
            months[d.replace(day=1)] += int(net)
    out, m, last = [], min(months), max(months)
    while m <= last:
        out.append((m, Money.from_minor(months.get(m, 0), currency).amount))
        m = date(m.year + (m.month == 12), m.month % 12 + 1, 1)
    return out


# --- support ----------------------------------------------------------------------------------------
def tickets(session: Session, customer_id: int, limit: int = 500, *, open_only: bool = False) -> list[TicketRow]:
    conn = session.connection()
    stmt = (select(Ticket.id, Ticket.subject, Ticket.status, Ticket.priority, Ticket.channel,
                   TicketCategory.name.label("category"), Ticket.created_at, Ticket.resolved_at,
                   User.display_name.label("assignee"))
            .outerjoin(TicketCategory, TicketCategory.id == Ticket.category_id)
            .outerjoin(User, User.id == Ticket.assignee_id)
            .where(Ticket.customer_id == customer_id))
    if open_only:
        stmt = stmt.where(Ticket.status.in_(OPEN))
    rows = conn.execute(stmt.order_by(Ticket.created_at.desc(), Ticket.id.desc()).limit(limit)).all()
    return [TicketRow(r.id, r.subject, r.status, r.priority, r.channel, r.category, r.created_at, r.resolved_at,
                      r.assignee) for r in rows]


def feedback(session: Session, customer_id: int, limit: int = 500) -> list[FeedbackRow]:
    conn = session.connection()
    rows = conn.execute(select(Feedback.id, Feedback.kind, Feedback.score, Feedback.comment, Feedback.source,
                               Feedback.created_at, Feedback.ticket_id)
                        .where(Feedback.customer_id == customer_id)
                        .order_by(Feedback.created_at.desc(), Feedback.id.desc()).limit(limit)).all()
    return [FeedbackRow(*r) for r in rows]


def notes(session: Session, customer_id: int, limit: int = 500) -> list[NoteRow]:
    conn = session.connection()
    rows = conn.execute(select(Note.id, Note.body, User.display_name, Note.created_at)
                        .outerjoin(User, User.id == Note.author_id).where(Note.customer_id == customer_id)
                        .order_by(Note.created_at.desc(), Note.id.desc()).limit(limit)).all()
    return [NoteRow(*r) for r in rows]


# --- loyalty ----------------------------------------------------------------------------------------
def ledger(session: Session, customer_id: int, limit: int = 500) -> list[LedgerRow]:
    """Points entries newest first, each with the balance right after it."""
    conn = session.connection()
    balance = int(conn.scalar(select(func.coalesce(func.sum(PointsLedger.points), 0))
                              .where(PointsLedger.customer_id == customer_id)) or 0)
    rows = conn.execute(select(PointsLedger.id, PointsLedger.kind, PointsLedger.points, PointsLedger.occurred_at,
                               PointsLedger.reason).where(PointsLedger.customer_id == customer_id)
                        .order_by(PointsLedger.occurred_at.desc(), PointsLedger.id.desc()).limit(limit)).all()
    out = []
    for r in rows:
        out.append(LedgerRow(r.id, r.kind, int(r.points), r.occurred_at, r.reason, balance))
        balance -= int(r.points)
    return out


def badges(session: Session, customer_id: int, limit: int = 500) -> list[BadgeRow]:
    conn = session.connection()
    rows = conn.execute(select(BadgeAward.badge_code, BadgeDefinition.name, BadgeAward.awarded_on)
                        .outerjoin(BadgeDefinition, BadgeDefinition.code == BadgeAward.badge_code)
                        .where(BadgeAward.customer_id == customer_id)
                        .order_by(BadgeAward.awarded_on.desc(), BadgeAward.id.desc()).limit(limit)).all()
    return [BadgeRow(r.badge_code, r.name or r.badge_code, r.awarded_on) for r in rows]


def discount_text(kind: str, amount_minor: int | None, percent: int | None, currency: str | None) -> str:
    if kind == "percent" and percent is not None:
        return f"{percent} %"
    if amount_minor is not None:
        return str(Money.from_minor(amount_minor, currency or "USD"))
    return kind


def coupons(session: Session, customer_id: int, limit: int = 500) -> list[CouponRow]:
    conn = session.connection()
    rows = conn.execute(select(Coupon.code, Coupon.status, Coupon.discount_kind, Coupon.amount_minor,
                               Coupon.percent, Coupon.currency, Coupon.expires_on)
                        .where(Coupon.customer_id == customer_id)
                        .order_by(Coupon.issued_at.desc(), Coupon.id.desc()).limit(limit)).all()
    return [CouponRow(r.code, r.status, discount_text(r.discount_kind, r.amount_minor, r.percent, r.currency),
                      r.expires_on) for r in rows]


__all__ = ["load_header", "orders_page", "count_orders", "order_lines", "spend_by_month", "tickets", "feedback",
           "notes", "ledger", "badges", "coupons", "timeline", "tenure", "day_end"]
