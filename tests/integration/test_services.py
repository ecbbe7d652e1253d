from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crm_app.db.models import AuditLog, Customer, Note, Order
from crm_app.domain.customer import CustomerInput, LineInput, OrderInput
from crm_app.domain.errors import ConflictError, ValidationError
from crm_app.domain.money import Money
from crm_app.services import customers, orders


def _create(db, **kw):
    data = CustomerInput(**{"full_name": "Layla Haddad", "phones": ("+966 50 123 4567",),
                            "emails": ("Layla@Example.com",), **kw})
    with db.write() as s:
        return customers.create_customer(s, data).id


def test_create_normalizes_and_audits(db):
    cid = _create(db, tags=("VIP Event", "newsletter"))
    with db.read() as s:
        c = s.get(Customer, cid)
        assert c.code == f"C{cid:07d}" and c.version == 1
        assert [p.e164 for p in c.phones] == ["+966501234567"]
        assert c.phones[0].digits_rev == "765432105669"
        assert [e.normalized for e in c.emails] == ["layla@example.com"]
        assert [t.name for t in c.tags] == ["newsletter", "vip-event"]
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "customer.create")) == 1


def test_invalid_fields_are_all_reported_and_nothing_saved(db):
    with pytest.raises(ValidationError) as err:
        with db.write() as s:
            customers.create_customer(s, CustomerInput(full_name=" ", phones=("12",), emails=("x@",),
                                                       birthday=date(2999, 1, 1)))
    assert set(err.value.by_field()) == {"full_name", "phones.0", "emails.0", "birthday"}
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0


def test_duplicate_code_rejected(db):
    _create(db, code="ab-1")
    with pytest.raises(ValidationError, match="already used"):
        _create(db, code="AB-1")


def test_update_with_stale_version_is_a_conflict(db):
    cid = _create(db)
    with db.write() as s:
        customers.update_customer(s, cid, CustomerInput(full_name="Layla H."), expected_version=1)
    with pytest.raises(ConflictError, match="changed by someone else"):
        with db.write() as s:
            customers.update_customer(s, cid, CustomerInput(full_name="Layla X"), expected_version=1)
    with db.read() as s:
        c = s.get(Customer, cid)
        assert (c.full_name, c.version, c.phones) == ("Layla H.", 2, [])


def test_order_with_lines_refund_and_last_order_date(db):
    cid = _create(db)
    with db.write() as s:
        o = orders.record_order(s, OrderInput(cid, datetime(2026, 3, 1, 10, 30), "USD", (
            LineInput("Coffee", Decimal("12.50"), 2), LineInput("Mug", Decimal("7.99")))))
        oid = o.id
    with db.read() as s:
        o = s.get(Order, oid)
        assert o.total_minor == 3299 and o.order_date == date(2026, 3, 1)
        assert s.get(Customer, cid).last_order_date == date(2026, 3, 1)
        assert s.get(Customer, cid).version == 1  # recording a purchase is not an edit of the customer
    with db.write() as s:
        orders.refund_order(s, oid, Money.parse("10.00", "USD"), "broken mug")
    with pytest.raises(ValidationError, match="can still be refunded"):
        with db.write() as s:
            orders.refund_order(s, oid, Money.parse("23.00", "USD"))
    with db.read() as s:
        assert orders.refundable_minor(s, s.get(Order, oid)) == 2299


def test_bad_order_lines_rejected(db):
    cid = _create(db)
    with pytest.raises(ValidationError) as err:
        with db.write() as s:
            orders.record_order(s, OrderInput(cid, datetime(2026, 3, 1), "USD", (
                LineInput("", Decimal("1")), LineInput("x", Decimal("-1")), LineInput("y", Decimal("1"), 0))))
    assert set(err.value.by_field()) == {"lines.0.description", "lines.1.unit_price", "lines.2.quantity"}


def test_zero_value_order_is_allowed(db):
    cid = _create(db)
    with db.write() as s:
        o = orders.record_order(s, OrderInput(cid, datetime(2026, 3, 1), "USD", (LineInput("Free gift", Decimal("0")),)))
        assert o.total_minor == 0


def test_transaction_rolls_back_everything_on_error(db):
    cid = _create(db)
    with pytest.raises(RuntimeError):
        with db.write() as s:
            customers.add_note(s, cid, "first")
            raise RuntimeError("crash mid-way")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Note)) == 0


def test_money_never_float():
    m = Money.parse("19.999", "USD")
    assert m.amount == Decimal("20.00") and m.to_minor() == 2000
    assert Money.parse("1.2345", "KWD").to_minor() == 1234
    assert Money.from_minor(1999, "USD").amount == Decimal("19.99")
