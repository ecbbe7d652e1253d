"""Enumerations stored as short strings in the database (portable, readable in exports)."""
from __future__ import annotations

from enum import StrEnum


class CustomerStatus(StrEnum):
    ACTIVE = "active"                # status decided by purchases (churn window)
    SUBSCRIPTION_ENDED = "subscription_ended"
    CLOSED = "closed"
    MERGED = "merged"                # folded into another customer
    ERASED = "erased"                # personal data removed on request


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    HOME = "home"
    WORK = "work"
    OTHER = "other"


class LedgerKind(StrEnum):
    EARN = "earn"
    BONUS = "bonus"
    REDEEM = "redeem"
    EXPIRE = "expire"
    ADJUST = "adjust"
    REVERSE = "reverse"


class CouponStatus(StrEnum):
    ISSUED = "issued"
    REDEEMED = "redeemed"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


class DiscountKind(StrEnum):
    AMOUNT = "amount"
    PERCENT = "percent"


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    SOCIAL = "social"
    IN_PERSON = "in_person"
    WEB = "web"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class TicketStatus(StrEnum):
    NEW = "new"
    OPEN = "open"
    PENDING = "pending"
    RESOLVED = "resolved"
    CLOSED = "closed"


class FeedbackKind(StrEnum):
    NPS = "nps"      # 0–10
    CSAT = "csat"    # 1–5


class Role(StrEnum):
    ADMIN = "admin"
    OWNER = "owner"
    SALES = "sales"
    SUPPORT = "support"
    VIEWER = "viewer"
