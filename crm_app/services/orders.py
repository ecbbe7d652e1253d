"""Recording purchases and refunds."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_app.db.models import Customer, Order, OrderLine, Refund
from crm_app.domain.customer import OrderInput, clean_order
from crm_app.domain.errors import FieldError, NotFound, ValidationError
from crm_app.domain.money import Money
from crm_app.services import audit


def record_order(session: Session, data: OrderInput, *, user_id: int | None = None) -> Order:
    lines, total = clean_order(data)
    customer = session.get(Customer, data.customer_id)
    if customer is None:
        raise NotFound(f"no customer with id {data.customer_id}")
    if data.code and session.scalar(select(Order.id).where(Order.code == data.code)):
        raise ValidationError([FieldError("code", f"an order numbered {data.code} already exists")])
    order = Order(code=data.code or None, customer_id=customer.id, ordered_at=data.ordered_at,
                  order_date=data.ordered_at.date(), currency=data.currency.upper(), total_minor=total,
                  channel=data.channel, note=data.note, created_by=user_id,
                  lines=[OrderLine(description=l.description, quantity=l.quantity, product_id=l.product_id,
                                   unit_price_minor=l.unit_price_minor, amount_minor=l.amount_minor)
                         for l in lines])
    session.add(order)
    if customer.last_order_date is None or order.order_date > customer.last_order_date:
        # Not a user edit of the customer: keep the optimistic-lock version as it is.
        session.execute(Customer.__table__.update().where(Customer.id == customer.id)
                        .values(last_order_date=order.order_date))
        session.expire(customer, ["last_order_date"])
    session.flush()
    audit.record(session, "order.create", "order", order.id,
                 {"customer": customer.code, "total": str(Money.from_minor(total, order.currency))}, user_id)
    from crm_app.services import loyalty
    loyalty.on_order(session, order, user_id=user_id)
    return order


def refundable_minor(session: Session, order: Order) -> int:
    refunded = session.scalar(select(func.coalesce(func.sum(Refund.amount_minor), 0))
                              .where(Refund.order_id == order.id))
    return order.total_minor - int(refunded or 0)


def refund_order(session: Session, order_id: int, amount: Money, reason: str | None = None, *,
                 refunded_at: datetime | None = None, user_id: int | None = None) -> Refund:
    order = session.get(Order, order_id)
    if order is None:
        raise NotFound(f"no order with id {order_id}")
    if amount.currency != order.currency:
        raise ValidationError([FieldError("amount", f"the order is in {order.currency}")])
    minor = amount.to_minor()
    left = refundable_minor(session, order)
    if minor <= 0:
        raise ValidationError([FieldError("amount", "a refund must be above zero")])
    if minor > left:
        raise ValidationError([FieldError(
            "amount", f"only {Money.from_minor(left, order.currency)} of this order can still be refunded")])
    refund = Refund(order_id=order.id, amount_minor=minor, reason=reason, created_by=user_id,
                    **({"refunded_at": refunded_at} if refunded_at else {}))
    session.add(refund)
    session.flush()
    audit.record(session, "order.refund", "order", order.id, {"amount": str(amount), "reason": reason}, user_id)
    from crm_app.services import loyalty
    loyalty.on_refund(session, refund, user_id=user_id)
    return refund
