"""Products, orders, order lines and refunds. Money is integer minor units + ISO currency."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_app.db.models.base import Base, IdType, utcnow


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    price_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    currency: Mapped[str] = mapped_column(String(3))
    active: Mapped[bool] = mapped_column(default=True)


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    code: Mapped[str | None] = mapped_column(String(64), unique=True)   # external order number
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    ordered_at: Mapped[datetime]
    order_date: Mapped[date] = mapped_column(Date)          # local calendar day: the purchase day
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int] = mapped_column(BigInteger)    # gross, sum of lines
    channel: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    lines: Mapped[list["OrderLine"]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.id")
    refunds: Mapped[list["Refund"]] = relationship(back_populates="order", order_by="Refund.id")

    __table_args__ = (
        Index("ix_orders_customer_date", "customer_id", "order_date"),
        Index("ix_orders_date", "order_date"),
    )


class OrderLine(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_minor: Mapped[int] = mapped_column(BigInteger)
    amount_minor: Mapped[int] = mapped_column(BigInteger)     # quantity × unit price, after discounts

    order: Mapped[Order] = relationship(back_populates="lines")

    __table_args__ = (Index("ix_order_lines_order", "order_id"), Index("ix_order_lines_product", "product_id"))


class Refund(Base):
    """A refund lowers the net amount of the order it refunds; it is never a purchase day."""

    __tablename__ = "refunds"

    id: Mapped[int] = mapped_column(IdType, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"))
    amount_minor: Mapped[int] = mapped_column(BigInteger)     # positive amount given back
    refunded_at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    order: Mapped[Order] = relationship(back_populates="refunds")

    __table_args__ = (Index("ix_refunds_order", "order_id"),)
