"""Support desk: tickets with comments and history, SLA policies, feedback (NPS, CSAT)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_app.db.models.base import Base, IdType, utcnow


class TicketCategory(Base):
    """A configurable pain point (delivery, billing, product quality, ...)."""

    __tablename__ = "ticket_categories"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    active: Mapped[bool] = mapped_column(default=True)


class SlaPolicy(Base):
    __tablename__ = "sla_policies"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    priority: Mapped[str] = mapped_column(String(16), unique=True)
    first_response_minutes: Mapped[int] = mapped_column(Integer)
    resolution_minutes: Mapped[int] = mapped_column(Integer)
    business_hours: Mapped[bool] = mapped_column(Boolean, default=False)


class Ticket(Base):
    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    subject: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    channel: Mapped[str] = mapped_column(String(16))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("ticket_categories.id"))
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    status: Mapped[str] = mapped_column(String(16), default="new")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    tags: Mapped[str | None] = mapped_column(String(200))         # space-separated normalized tags
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    first_response_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    first_response_due_at: Mapped[datetime | None]
    resolution_due_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_tickets_customer", "customer_id", "created_at"),
        Index("ix_tickets_status_created", "status", "created_at"),
        Index("ix_tickets_priority_created", "priority", "created_at"),
        Index("ix_tickets_assignee_status", "assignee_id", "status"),
        Index("ix_tickets_assignee_created", "assignee_id", "created_at"),     # migration 0005
        Index("ix_tickets_created_category_customer", "created_at", "category_id", "customer_id"),  # 0005
        Index("ix_tickets_category_created", "category_id", "created_at"),
        Index("ix_tickets_channel_created", "channel", "created_at"),
        Index("ix_tickets_created", "created_at"),
        Index("ix_tickets_resolution_due", "resolution_due_at"),
    )


class TicketComment(Base):
    __tablename__ = "ticket_comments"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    internal: Mapped[bool] = mapped_column(Boolean, default=False)   # internal note vs public reply
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_ticket_comments_ticket", "ticket_id", "created_at"),)


class TicketEvent(Base):
    """History of a ticket: status, priority and assignee changes."""

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[str | None] = mapped_column(String(200))
    new_value: Mapped[str | None] = mapped_column(String(200))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_ticket_events_ticket", "ticket_id", "at"),)


class Feedback(Base):
    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    kind: Mapped[str] = mapped_column(String(8))        # nps (0–10) | csat (1–5)
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(32))   # survey, email, ticket, in_app ...
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        Index("ix_feedback_customer", "customer_id", "created_at"),
        Index("ix_feedback_kind_created", "kind", "created_at"),
        Index("ix_feedback_kind_created_cover", "kind", "created_at", "score", "source", "customer_id",
              "ticket_id"),                                                # migration 0005: pain points
        Index("ix_feedback_ticket", "ticket_id"),
    )
