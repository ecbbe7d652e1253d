"""The shared customer profile as plain, frozen data (no ORM objects: these cross into the GUI thread).

Built by services/profile.py; shown by the profile view and `crm-app profile`. Money is `Money`
(Decimal), never float. Timestamps are naive, like the database (orders: business local time;
audit-style rows: UTC).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from crm_app.domain.activity import Activity
from crm_app.domain.money import Money

TIMELINE_KINDS = frozenset({"order", "refund", "ticket", "feedback", "note", "merge", "points", "badge", "tier",
                            "created"})


@dataclass(frozen=True)
class Consents:
    email: bool = False
    sms: bool = False
    phone: bool = False


@dataclass(frozen=True)
class ProfileHeader:
    id: int
    code: str
    name: str
    phones: list[tuple[str, str]]            # (raw as entered, E.164); main phone first
    emails: list[str]
    birthday: date | None
    country: str | None
    language: str | None
    tags: list[str]
    consents: Consents
    status: str                              # customers.status (active, closed, merged, ...)
    version: int                             # optimistic-lock version the edit form must send back
    tier_code: str | None
    tier_name: str | None
    tier_color: str | None
    points_balance: int                      # SUM(points_ledger.points); 0 when none
    tenure_days: int | None                  # days from customer_since to as_of
    tenure_years: int                        # whole calendar years and months of tenure
    tenure_months: int
    customer_since: date | None              # first purchase day, else the day the record was created
    first_purchase: date | None
    last_purchase: date | None
    orders_count: int
    purchase_days: int                       # distinct order days (shared/METRICS.md)
    total_spent: Money                       # net of refunds
    average_order_value: Money | None        # net revenue / orders; None without orders
    currency: str                            # the currency of total_spent / AOV
    activity: Activity
    open_tickets: int
    p_alive: float | None = None             # filled by the metrics capability
    predicted_clv: Money | None = None       # filled by the metrics capability
    merged_into_code: str | None = None
    as_of: date | None = None                # the day the figures were computed for

    @property
    def consent_email(self) -> bool:
        return self.consents.email

    @property
    def consent_sms(self) -> bool:
        return self.consents.sms

    @property
    def consent_phone(self) -> bool:
        return self.consents.phone

    @property
    def main_phone(self) -> str | None:
        return self.phones[0][1] if self.phones else None


@dataclass(frozen=True)
class OrderRow:
    id: int
    code: str | None
    ordered_at: datetime
    order_date: date
    total: Money
    refunded: Money
    net: Money
    lines: int
    channel: str | None

    @property
    def key(self) -> tuple[datetime, int]:
        """Keyset of this row: pass the last row's key as `before` to get the next page."""
        return (self.ordered_at, self.id)


@dataclass(frozen=True)
class LineRow:
    description: str
    quantity: int
    unit_price: Money
    amount: Money
    product_sku: str | None


@dataclass(frozen=True)
class TicketRow:
    id: int
    subject: str
    status: str
    priority: str
    channel: str
    category: str | None
    created_at: datetime
    resolved_at: datetime | None
    assignee: str | None


@dataclass(frozen=True)
class FeedbackRow:
    id: int
    kind: str            # nps | csat
    score: int
    comment: str | None
    source: str | None
    created_at: datetime
    ticket_id: int | None


@dataclass(frozen=True)
class NoteRow:
    id: int
    body: str
    author: str | None
    created_at: datetime


@dataclass(frozen=True)
class LedgerRow:
    id: int
    kind: str
    points: int
    occurred_at: datetime
    reason: str | None
    balance_after: int


@dataclass(frozen=True)
class BadgeRow:
    code: str
    name: str
    awarded_on: date


@dataclass(frozen=True)
class CouponRow:
    code: str
    status: str
    discount: str        # "5.00 USD" or "10 %"
    expires_on: date | None


@dataclass(frozen=True)
class TimelineEvent:
    """One thing that happened to the customer.

    ref_id: order id (order, refund), ticket id, feedback id, note id, merged customer id (merge),
    ledger id (points), badge award id, tier history id; customer id for 'created'.
    """

    at: datetime
    kind: str
    title: str
    detail: str
    ref_id: int | None
