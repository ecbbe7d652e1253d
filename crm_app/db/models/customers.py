"""Customers and everything that identifies them: phones, emails, tags, notes, merges."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_app.db.models.base import Base, IdType, utcnow


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)          # business key, upper-case
    full_name: Mapped[str] = mapped_column(String(200))                 # display name, as written
    search_name: Mapped[str] = mapped_column(String(200), index=True)   # fold(full_name)
    birthday: Mapped[date | None] = mapped_column(Date)
    country: Mapped[str | None] = mapped_column(String(2))              # ISO 3166-1 alpha-2
    language: Mapped[str | None] = mapped_column(String(16))            # BCP 47 (ar, fa, ru, en-US)
    consent_email: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_sms: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_phone: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(24), default="active", index=True)
    status_changed_at: Mapped[datetime | None]
    tier_code: Mapped[str | None] = mapped_column(String(24), index=True)  # current tier (loyalty keeps it)
    # Maintained in the same transaction as every order write: lets lists and search rank by
    # recent activity without aggregating orders.
    last_order_date: Mapped[date | None] = mapped_column(Date, index=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    phones: Mapped[list["CustomerPhone"]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerPhone.position")
    emails: Mapped[list["CustomerEmail"]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerEmail.position")
    tags: Mapped[list["Tag"]] = relationship(secondary="customer_tags", order_by="Tag.name")

    __mapper_args__ = {"version_id_col": version}


class CustomerPhone(Base):
    __tablename__ = "customer_phones"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    raw: Mapped[str] = mapped_column(String(64))                 # as entered, for display
    e164: Mapped[str] = mapped_column(String(20), index=True)    # normalized '+966501234567'
    digits_rev: Mapped[str] = mapped_column(String(20), index=True)  # reversed E.164 digits: suffix search
    kind: Mapped[str] = mapped_column(String(16), default="mobile")
    position: Mapped[int] = mapped_column(Integer, default=0)    # 0 = main phone

    customer: Mapped[Customer] = relationship(back_populates="phones")

    __table_args__ = (Index("ix_customer_phones_customer", "customer_id", "position"),)


class CustomerEmail(Base):
    __tablename__ = "customer_emails"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(254))                   # as validated
    normalized: Mapped[str] = mapped_column(String(254), index=True)  # casefolded match key
    position: Mapped[int] = mapped_column(Integer, default=0)

    customer: Mapped[Customer] = relationship(back_populates="emails")

    __table_args__ = (Index("ix_customer_emails_customer", "customer_id", "position"),)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)   # normalize_tag()


class CustomerTag(Base):
    __tablename__ = "customer_tags"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (Index("ix_customer_tags_tag", "tag_id", "customer_id"),)


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_notes_customer", "customer_id", "created_at"),)


class CustomerMerge(Base):
    """One merge of a duplicate into a survivor; shown in the survivor's timeline."""

    __tablename__ = "customer_merges"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    survivor_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    merged_code: Mapped[str] = mapped_column(String(32))
    merged_name: Mapped[str] = mapped_column(String(200))
    moved: Mapped[str] = mapped_column(Text, default="{}")   # JSON counts of moved rows
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    merged_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("merged_id"),)
